"""Speakers' names: the words of a source phrase that name who speaks.

A reporting verb's subject or an 'according to' object is a whole phrase; the speaker is
the name in it ('its spokesman Femi Babafemi', 'the Ghana Police Service' after a wire
dateline), with the title written before a person's name ('Det Supt Karen Mills'). Used by
the attribution component and by ``factpull.speakers`` (the people a 'he said' may mean).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token

from factpull.assets import lexicon
from factpull.components.phrases import phrase_text
from factpull.components.subjects import plural_noun
from factpull.places import is_country

_DASHES = frozenset({"-", "–", "—", "--"})
_BRACKETS = frozenset({"(", ")", "[", "]"})
# Rank abbreviations that also open place names ('St Albans').
_NOT_TITLES = frozenset({"st"})
# The most tokens a list inside a name runs after its first comma ('Ministry of Environment,
# Forestry, Fisheries and Tourism'): bounds the look-ahead from each comma.
_NAME_LIST_TOKENS = 16
# Marks the tokenizer splits off inside one word of a name ('Kwok-fai', 'Mensah-Bonsu').
_WORD_JOINERS = frozenset({"-", "‐", "'", "’"})


def named_people(doc: Doc, speaker: str | None) -> list[str]:
    """The people the sentence names as its speaker or as a clause's subject, the likeliest
    for a later 'he said' last (the speaker), with the title as written ('Lt Col Mashiur
    Rahman, commanding officer of RAB-7, told reporters', 'Police Commissioner Dr Raymond
    Walters addressed the media'). A person is a PERSON entity (run the recognizer on ``doc``
    first) or a proper name after a rank abbreviation ('Lt Col Nasir Uddin'), which the
    recognizer sometimes misses."""
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    names = [_titled(t) for t in doc if t.pos_ == "PROPN" and _subject(t)]
    names = [n for n in names if n[-1].ent_type_ == "PERSON" or _ranked([t.text for t in n])]
    found = [phrase_text(n) for n in names]
    # "The Chief of Public Security, Lieutenant-General Tariq bin Hassan Al Hassan, ...": a
    # person set beside a post, wherever the parser hangs the post
    posts = lexicon().words("speaker_titles")
    titled = [e.text for e in doc.ents if e.label_ == "PERSON" and _beside_post(e.root, posts)]
    found += [name for name in titled if not any(name in f for f in found)]
    named = speaker is not None and (_ranked(speaker.split()) or _post_and_name(speaker.split()))
    if speaker is not None and (any(p in speaker for p in people) or named):
        found = [n for n in found if n != speaker] + [speaker]  # last: a 'he said' tries it first
    return found


def _beside_post(name: Token, posts: frozenset[str]) -> bool:
    """Is the name in apposition to a post ('The Chief ..., Lieutenant-General X')?"""
    return name.dep_ == "appos" and name.head.lower_ in posts


def titled_person(name: str) -> bool:
    """Is ``name`` a person given with a rank or post ('Commissioner of Police Dinah
    Marathe', 'Lt Col Nasir Uddin')?"""
    words = name.split()
    return _ranked(words) or _post_and_name(words)


def _post_and_name(words: list[str]) -> bool:
    """'Police Spokesman Cecil B. Clarke', 'Police Public Relations Officer Superintendent
    Phindile Vilakati', 'Commissioner of Police Trevor Delpesche': a post (cues.json
    ``speaker_titles``), then a name of two or more
    capitalised words that are no post or body ('Police Spokesman', 'Director of the
    Bureau' name nobody), or a post and a surname alone ('Commissioner Mbarga')."""
    posts = lexicon().words("speaker_titles")
    bodies = lexicon().words("organisation_heads") | lexicon().words("data_owner_nouns")
    words = [w for w in words if not _BRACKETED_ACRONYM.fullmatch(w)]  # "(DGP)"

    def is_post(i: int) -> bool:  # "Director General", "Inspector General": one post
        lowered = words[i].lower()
        return lowered in posts or (
            lowered == "general" and i > 0 and words[i - 1].lower() in posts
        )

    last_post = max((i for i in range(len(words)) if is_post(i)), default=-1)
    name = words[last_post + 1 :]
    if len(name) > 2 and name[0].lower() == "of" and name[1].lower().strip(".,") in bodies:
        name = name[2:]  # "Commissioner of Police Trevor Delpesche"
    # "Commissioner Mbarga said": a post right before one surname names its holder too
    surname = len(name) == 1 and last_post == 0 and name[0].istitle() and len(name[0]) > 2
    if last_post < 0 or (len(name) < 2 and not surname) or not all(w[:1].isupper() for w in name):
        return False
    return not any(w.lower().strip(".,") in bodies | posts for w in name)


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _ranked(words: list[str]) -> bool:
    """'Lt Col Nasir Uddin', 'Det. Insp. Jane Cole', 'Ms Grace Kamau', 'ACP Grace
    Ansah-Boateng': a rank abbreviation, a courtesy title or a police rank's capitals
    (cues.json ``rank_acronyms``), then a name."""
    if len(words) < 2 or not words[-1].istitle():
        return False
    first = words[0].rstrip(".")
    return first.lower() in _rank_titles() or first in lexicon().words("rank_acronyms")


@cache
def _rank_titles() -> frozenset[str]:
    """Rank abbreviations ('lt', 'supt') and courtesy titles ('mrs', 'ms'), without dots."""
    courtesy = lexicon().cues["pronoun_titles"].values()
    titles = lexicon().words("title_abbreviations") - _NOT_TITLES
    return titles | {word.rstrip(".") for words in courtesy for word in words}


def plural_speaker(doc: Doc, speaker: str) -> bool:
    """Is the speaker a plural ('Police', 'Officials') that no 'he' or 'she' can stand for?"""
    start = doc.text.find(speaker)
    span = doc.char_span(start, start + len(speaker)) if start >= 0 else None
    if span is None:
        return False
    return plural_noun(span.root)


def _subject(token: Token) -> bool:
    """A clause's subject, or the name in apposition to one ('the spokesman, Femi Babafemi,')."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") or _title_of(token) is not None


def _title_of(name: Token) -> Token | None:
    """'Chief of Patrol Marco Ortiz disagreed': the parser makes the title the subject and the
    name the object of its 'of'; the title, whose words the name keeps. The title must be a
    post ('Chief', 'Director'): in 'Det Supt Karen Mills of Police Scotland' the name leads."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "PROPN":
        return None
    if prep.head.lower_ not in lexicon().words("speaker_titles"):
        return None
    return prep.head if prep.head.dep_ in ("nsubj", "nsubjpass") else None


def _titled(name: Token) -> list[Token]:
    """The name with the title words written straight before it ('Det Supt Karen Mills'):
    the recognizer's PERSON span, and compounds before it that it left out."""
    doc = name.doc
    entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
    start = entity.start if entity is not None else name.i
    title = _title_of(name)
    if title is not None:
        start = title.left_edge.i
    while start > 0 and _title_word(doc[start - 1], name):
        start -= 1
        # 'Deputy Director-General Chou Yu-wei': a hyphen inside the title keeps it whole
        if start > 1 and _joiner(doc[start - 1]) and _title_word(doc[start - 2], name):
            start -= 1
    return list(doc[start : name.i + 1])


def _title_word(token: Token, name: Token) -> bool:
    """A capitalised compound word before the name ('Chief', tagged an adjective, in 'Chief
    Superintendent Ian Pratt')."""
    title = token.pos_ == "PROPN" or token.is_title
    return token.dep_ == "compound" and title and token.i < token.head.i <= name.i


_YEAR = re.compile(r"(?:19|20)\d\d(?:[-/–]\d{2,4})?")


def source_tokens(head: Token) -> list[Token]:
    """The speaker's phrase under ``head`` cut down to its name: no appositions or relative
    clauses, no possessive mark, nothing after its comma or before a wire dateline's dash."""
    tokens = [
        t for t in head.subtree
        if not _inside(t, head, ("appos", "relcl", "acl")) or _name_end(t)
    ]  # fmt: skip
    where = affiliation(head)
    if where is not None:  # "sociologist Carolina Grillo of Fluminense University"
        tokens = [t for t in tokens if t.i < where.i]
    # "according to the ministry's statement": the owner without its possessive mark
    tokens = [t for t in tokens if not (t.tag_ == "POS" and t.head.i == head.i)] or tokens
    tokens = _without_country_owner(tokens, head)
    tokens = _with_rank_before(tokens)
    tokens = _without_period(tokens, head)
    return _after_dateline_dash(_before_comma(tokens, head))


def _without_country_owner(tokens: list[Token], head: Token) -> list[Token]:
    """ "Morocco's General Directorate for National Security": a body's name, without the
    country that owns it (most annotators drop it)."""
    # 'poss', or 'nmod' with a typographic "’s" the parser reads less well
    owners = (c for c in head.children if c.dep_ in ("poss", "nmod") and c.pos_ == "PROPN")
    owner = next((c for c in owners if any(t.tag_ == "POS" for t in c.children)), None)
    if owner is None or not is_country(" ".join(t.text for t in owner.subtree if t.tag_ != "POS")):
        return tokens
    rest = [t for t in tokens if t.i > owner.right_edge.i]
    return rest if any(t.pos_ == "PROPN" for t in rest) else tokens


def _without_period(tokens: list[Token], head: Token) -> list[Token]:
    """'the police annual crime report for 2023', 'ACT Policing on Sunday': the year a
    document covers, or the day it came out, is no part of who states its figures."""
    days = lexicon().words("weekdays") | lexicon().words("months")
    for prep in head.rights:
        years = [c for c in prep.children if c.dep_ == "pobj" and _YEAR.fullmatch(c.text)]
        if prep.dep_ == "prep" and prep.lower_ in ("for", "in") and years:
            return [t for t in tokens if t.i < prep.i]
        # "figures released by ACT Policing on Sunday": when, not who
        dated = [c for c in prep.children if c.dep_ == "pobj" and c.lower_ in days]
        if prep.dep_ == "prep" and prep.lower_ == "on" and dated:
            return [t for t in tokens if t.i < prep.i]
    return tokens


def _with_rank_before(tokens: list[Token]) -> list[Token]:
    """'DCOP Ofori-Mensah said': a police rank in capitals (cues.json ``rank_acronyms``) right
    before the name is part of it, though the tagger may take it for a verb."""
    first = tokens[0]
    if first.i == 0 or first.pos_ != "PROPN":
        return tokens
    before = first.doc[first.i - 1]
    return [before, *tokens] if before.text in lexicon().words("rank_acronyms") else tokens


def _name_end(token: Token) -> bool:
    """'... Psychotropic Substances Control': the last word of a long name, which the parser
    hangs on an earlier word as an apposition with no comma before it."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    ends = after is None or after.is_punct or after.pos_ in ("VERB", "AUX")
    one_word = not any(True for _ in token.children) and not token.text.isupper()
    return (token.dep_ == "appos" and token.pos_ == "PROPN" and one_word and ends
            and before is not None and before.pos_ == "PROPN")  # fmt: skip


def affiliation(head: Token) -> Token | None:
    """The 'of' after a person's name that says where they work ('Carolina Grillo of
    Fluminense Federal University') or the 'in'/'at' that says where they spoke ('Police
    Minister Sipho Ndlovu in Parliament'): the name is the speaker. An organisation's own
    'of' ('Reserve Bank of India', 'Ministry of Justice') stays."""
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if head.pos_ == "NOUN":  # "A local trader in Bor told ...": where the person lives
        return next((c for c in head.rights if c.dep_ == "prep" and _at_named_place(c)), None)
    if head.pos_ != "PROPN" or not names or not head.is_title:
        return None
    if head.lower_ in _institution_words() or head.lower_ in _TITLE_HEADS:
        return None  # "Inspector General of Police Nasir Awan": a title's own 'of'
    preps = [c for c in head.rights if c.dep_ == "prep"]
    where = next((c for c in preps if c.lower_ in ("in", "at") and not _in_charge(c)), None)
    if where is not None:
        return where
    of = next((c for c in preps if c.lower_ == "of"), None)
    titled = any(w.lower_ in lexicon().words("speaker_titles") for w in [*names, head])
    if titled and not (of is not None and _ends_in_institution(of)):
        return None  # "Director General of Police Ravi Gupta", "Commissioner of Police X"
    return of  # "Chief Superintendent Jane Foley of the Roads Policing Bureau"


def _at_named_place(prep: Token) -> bool:
    """'in Bor', 'from Nhlangano': a place by its name after a person noun."""
    places = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in ("in", "from") or not places:
        return False
    # 'in the Ministry of Interior' names a body, with its article; 'in Bor' a place
    return places[0].pos_ == "PROPN" and not any(c.dep_ == "det" for c in places[0].children)


def _ends_in_institution(of: Token) -> bool:
    """Does the 'of' phrase end in an organisation's head word ('of the Roads Policing
    Bureau'), not in a person's name ('of Police Ravi Gupta')?"""
    doc = of.doc
    index = of.i + 1
    while index < len(doc) and doc[index].pos_ == "DET":
        index += 1
    run = []  # the name after 'of', read from the words: the parser may split it
    while index < len(doc) and (doc[index].pos_ in ("PROPN", "NOUN") or doc[index].tag_ == "POS"):
        # "of the PSNI's Organised Crime Branch": the owner's name ends at its possessive
        run = [] if doc[index].tag_ == "POS" else [*run, doc[index]]
        index += 1
    return bool(run) and run[-1].lower_ in _institution_words()


def _in_charge(prep: Token) -> bool:
    """'Special Agent in Charge Dana Whitfield': 'in Charge' belongs to the title."""
    following = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return following is not None and following.lower_ == "charge"


@cache
def _institution_words() -> frozenset[str]:
    """Head nouns of organisations' names, which an 'of' completes."""
    lex = lexicon()
    return lex.words("organisation_heads") | lex.words("headline_source_words") | _INSTITUTIONS


# Last words of titles an 'of' completes ('Inspector General of Police', 'Chief of Staff').
_TITLE_HEADS = frozenset({"general", "chief", "head", "director", "secretary", "minister"})
_INSTITUTIONS = frozenset(
    {"bank", "university", "college", "school", "court", "church", "association", "federation",
     "forum", "union", "party", "hospital", "centre", "center", "foundation", "society",
     "company", "group", "corporation", "network", "alliance", "league", "coalition", "trust",
     "branch", "team", "division", "section",  # "of the PSNI's Organised Crime Branch"
     "survey", "census", "report", "index", "study"}  # "the National Survey of Victimization"
)  # fmt: skip


def _before_comma(tokens: list[Token], head: Token) -> list[Token]:
    """'according to the British Retail Consortium's (BRC) annual Crime Survey, up from
    1,300': the source phrase ends at the comma after its head; brackets in it stay as
    written, other punctuation goes."""
    marks = [t for t in tokens if t.i > head.i and t.text in (",", ";")]
    in_name = {t.i for t in marks if _inside_name_list(t, tokens)}
    end = next((t.i for t in marks if t.i not in in_name), None)
    kept = [t for t in tokens if end is None or t.i < end]
    kept = [
        t for t in kept if t.dep_ != "punct" or t.text in _BRACKETS or _joiner(t) or t.i in in_name
    ]
    return _balanced(kept)


def _inside_name_list(comma: Token, tokens: list[Token]) -> bool:
    """'the Ministry of Environment, Forestry and Tourism': a comma between capitalised words
    of a list that 'and <Capitalised>' closes, all inside the phrase, is part of the name."""
    if comma.text != "," or comma.i == 0 or not comma.doc[comma.i - 1].text[:1].isupper():
        return False
    rest = [t for t in tokens if comma.i < t.i <= comma.i + _NAME_LIST_TOKENS]
    for prev, word in itertools.pairwise([comma, *rest]):
        if word.i != prev.i + 1:
            return False  # the phrase skips words: the list left it
        if word.lower_ == "and":
            after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
            return after is not None and after.text[:1].isupper() and after in rest
        if not (word.text == "," or word.text[:1].isupper()):
            return False
    return False


def _after_dateline_dash(tokens: list[Token]) -> list[Token]:
    """'Kumasi, Nov. 3, GNA - The Ghana Police Service said': the parser hangs a wire
    dateline's agency code on the subject; a name never holds a dash with spaces around it,
    so the speaker starts after the last one."""
    dashes = [i for i, t in enumerate(tokens) if spaced_dash(t)]
    return tokens[dashes[-1] + 1 :] if dashes and dashes[-1] + 1 < len(tokens) else tokens


def spaced_dash(token: Token) -> bool:
    """A dash with spaces around it ('GNA - The Ghana Police Service'), not a hyphen."""
    doc = token.doc
    spaced = token.i > 0 and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
    return token.text in _DASHES and spaced


def _joiner(token: Token) -> bool:
    """A hyphen or apostrophe written inside a word of a name ('Kwok-fai', 'Director-General',
    'Mensah-Bonsu'): the name keeps it as written."""
    doc = token.doc
    if token.text not in _WORD_JOINERS or token.whitespace_ or token.i in (0, len(doc) - 1):
        return False
    return not doc[token.i - 1].whitespace_ and doc[token.i + 1].is_alpha


def _balanced(tokens: list[Token]) -> list[Token]:
    """Drop brackets left empty ('the Agency (NCA)' less its apposition) or without their
    partner by the cuts."""
    opened = [t for t in tokens if t.text in ("(", "[")]
    closed = [t for t in tokens if t.text in (")", "]")]
    pairs = itertools.pairwise(tokens)
    empty = any(a.text in ("(", "[") and b.text in (")", "]") for a, b in pairs)
    if len(opened) == len(closed) and not empty:
        return tokens
    return [t for t in tokens if t.text not in _BRACKETS]


def after_dateline(head: Token) -> Token:
    """'PHILADELPHIA – United States Attorney Jacqueline Romero announced', 'Mombasa, Kenya
    (AP) - The Kenya Coast Guard said': the parser makes the dateline the subject and the
    speaker its apposition after the dash; the speaker states it."""
    doc = head.doc
    for named in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
        between = doc[head.i + 1 : named.left_edge.i]
        upper = head.is_upper and head.i + 1 < len(doc) and head.nbor().text in _DASHES
        if upper or any(spaced_dash(t) for t in between):
            return named
    return _after_dash(head) or head


def _after_dash(head: Token) -> Token | None:
    """'BASSETERRE, St Kitts — The Royal St Christopher and Nevis Police Force (RSCNPF) says':
    the parser may chain the whole line as conjuncts of the capitalised dateline; the phrase
    after the dash hangs from the dateline by one word, and that word heads the speaker."""
    doc, verb = head.doc, head.head
    if not head.is_upper or verb.i <= head.i:
        return None
    dash = next((t.i for t in doc[head.i + 1 : verb.i] if spaced_dash(t)), None)
    if dash is None:
        return None
    phrase = doc[dash + 1 : verb.i]
    roots = [t for t in phrase if not dash < t.head.i < verb.i]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return roots[0]


def named_appositive(title: Token) -> list[Token] | None:
    """'its spokesman Femi Babafemi said', 'Chairman of the agency, Mohamed Buba Marwa,
    said', 'Europol's Executive Director Catherine De Bolle said': the person named after a
    title is the speaker."""
    titled = title.pos_ == "PROPN" and any(c.dep_ == "prep" for c in title.children)
    # "The Regional Police Public Relations Officer, ASP Ama Owusu, said": a definite title
    # ending in a post ('Officer', 'Commander') before a name in commas
    posts = lexicon().words("speaker_titles")
    defined = title.pos_ == "PROPN" and title.lower_ in posts
    defined = defined and any(c.dep_ == "det" and c.lower_ == "the" for c in title.children)
    # "Europol's Executive Director Catherine De Bolle": a name written straight after an
    # owned title (like "its spokesman X"), with no comma, is the person holding it.
    owned = title.pos_ == "PROPN" and any(c.dep_ == "poss" for c in title.children)
    for child in title.rights:
        if _bracketed(child) and _name_follows(title, child):
            continue  # "Joint Commissioner (Cyber Crimes) K. Sreenivas": the post's portfolio
        adjacent = owned and child.left_edge.i == title.i + 1
        # "The agency's Director, Media and Advocacy, Femi Babafemi": a post, then the name
        # "Commissioner (ag) Deonarine Persaud told ...": a bare post, an aside, then the name
        bare_post = title.pos_ == "PROPN" and title.lower_ in posts
        named = (defined or bare_post or (owned and title.lower_ in posts)) and person_like(child)
        if title.pos_ != "NOUN" and not titled and not adjacent and not named:
            continue
        # after a title with an 'of' phrase, a one-word apposition that is no acronym ends a
        # long name the parser split ('Directorate General of Narcotics and Psychotropic
        # Substances Control'); it is no person
        one_word = sum(not t.is_punct for t in child.subtree) == 1
        split_name = titled and one_word and not child.text.isupper()
        if child.dep_ == "appos" and _name_word(child) and not split_name:
            # the hyphen of a name stays ('COP Frederick Adu-Anim'), other punctuation goes
            # nor the name's own apposition ('..., Tunde Adeyemi, a 45-year-old businessman')
            kept = [t for t in child.subtree if not _inside(t, child, ("relcl", "acl", "appos"))]
            return [t for t in kept if t.dep_ != "punct" or t.tag_ == "HYPH"]
    return None


def name_after_post_bracket(head: Token) -> list[Token] | None:
    """'Deputy Commissioner of Police (Cyber) Shweta Khedkar': a post whose phrase ends in a
    bracketed portfolio and then a name; the parser hangs the name on the post's 'of'."""
    if head.lower_ not in lexicon().words("speaker_titles"):
        return None
    tokens = list(head.subtree)
    closing = [k for k, t in enumerate(tokens) if t.text == ")"]
    name = tokens[closing[-1] + 1 :] if closing else []
    proper = all(t.pos_ == "PROPN" for t in name) and name and name[-1].is_title
    return name if proper and len(name) >= 2 else None


def name_after_title_comma(head: Token) -> list[Token] | None:
    """'The spokesman of the PNH, Jean-Robert Pierre-Louis, said': the parser may fold the
    name in commas into the title's 'of' phrase; a post (cues.json ``speaker_titles``)
    whose phrase ends in a comma and a capitalised name was written to name its holder."""
    if head.lower_ not in lexicon().words("speaker_titles"):
        return None
    phrase = [t for t in head.subtree if t.i > head.i]
    commas = [k for k, t in enumerate(phrase) if t.text == ","]
    if not commas:
        return None
    name = phrase[commas[0] + 1 :]
    if name and name[-1].text == ",":
        name = name[:-1]
    # "Commissioner of Police Jean-Claude Mbarga": a titled name keeps its small words
    words = [t for t in name if not _joiner(t) and t.lower_ not in ("of", "the")]
    capitalised = all(t.pos_ == "PROPN" and t.is_title for t in words)
    return name if len(words) >= 2 and capitalised else None


def titled_name_within(head: Token) -> list[Token] | None:
    """'Directorate of Criminal Investigations (DCI) Director Peter Kimani Njoroge said': the
    parser hangs the titled name on the organisation's last word as an apposition; a post
    (cues.json ``speaker_titles``) written before a person's name makes that name the
    speaker, wherever in the phrase it hangs."""
    posts = lexicon().words("speaker_titles")
    for token in head.subtree:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.i <= head.i:
            continue
        # the hyphen of a name stays ('Inspector Jean-Pierre Kalo'), other punctuation goes
        words = [t for t in token.subtree if (not t.is_punct or _joiner(t)) and t.i <= token.i]
        if len(words) >= 3 and words[0].lower_ in posts and person_like(token):
            return words
        before = token.doc[words[0].i - 1] if words[0].i > 0 else None
        if before is not None and before.lower_ in posts and person_like(token):
            # "... Authority (NPA) KwaZulu-Natal spokesperson Lerato Mokoena said": the post
            # hangs apart from the name, both as appositions
            return [before, *words]
    return None


def person_like(name: Token) -> bool:
    """'ASP Ama Owusu', 'COP Frederick Adu-Anim': two or more proper-noun words ending in a
    capitalised one, not an acronym ('NCA') or a single place word."""
    # 'Sule Garba Danladi, who disclosed this ...': the name without its relative clause
    words = [t for t in name.subtree
             if not t.is_punct and not _inside(t, name, ("relcl", "acl", "appos"))]  # fmt: skip
    return len(words) >= 2 and all(map(_name_word, words)) and words[-1].is_title


def _name_word(token: Token) -> bool:
    """A word of a person's name: a proper noun, or the capitalised last word of a name that
    the tagger took for a verb by its ending ('Colonel Dorji Tshering' as 'Tshering' VBG)."""
    if token.pos_ == "PROPN":
        return True
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    return token.is_title and token.dep_ == "appos" and named


def _name_follows(title: Token, aside: Token) -> bool:
    """Does a person's name stand in apposition to ``title`` after the bracketed ``aside``?"""
    later = (c for c in title.rights if c.i > aside.right_edge.i and c.dep_ == "appos")
    return any(person_like(c) and not _bracketed(c) for c in later)


def _bracketed(token: Token) -> bool:
    """True when ``token``'s phrase is written in brackets: 'Commissioner (Cyber Crimes)'."""
    words = [t.i for t in token.subtree if not t.is_punct]
    if not words:
        return False  # the bracket itself
    doc, left, right = token.doc, min(words), max(words)
    opened = left > 0 and doc[left - 1].text in ("(", "[")
    return opened and right + 1 < len(doc) and doc[right + 1].text in (")", "]")


def _inside(token: Token, head: Token, deps: Iterable[str]) -> bool:
    """True when ``token`` hangs below ``head`` through one of ``deps``."""
    deps = tuple(deps)
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in deps:
            return True
        token = token.head
    return False
