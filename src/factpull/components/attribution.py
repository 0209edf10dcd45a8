"""Attribution: who states a sentence's numbers.

Headline sources ('SAPS: 6,945 ...') and people ('Maria Lopez: ...'), 'according to X', and
the subject of a reporting verb ('X said', 'figures from X show'), cut down to the speaker's
name ('its spokesman Femi Babafemi', 'SESNSP data'; the name rules are in ``speaker_names``).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components.phrases import CITING_VERBS, NOUNS, noun_key, phrase_text
from factpull.components.predicates import ESTIMATING_VERBS, Predicates
from factpull.components.speaker_names import (
    affiliation,
    after_dateline,
    name_after_post_bracket,
    name_after_title_comma,
    named_appositive,
    person_like,
    source_tokens,
    spaced_dash,
    titled_name_within,
)
from factpull.components.subjects import without_asides
from factpull.components.tables import DASH_LABEL_LINE, table_row
from factpull.numerals import parse_ordinal

_RELATIVE = frozenset({"WP", "WDT"})
_CLOSING = frozenset({".", "!", "?", '"', "”", "'"})
_FIRST_PERSON = frozenset({"i", "we", "us", "me"})
# A headline's trailing source ('...: NCRB', '... - police') is a short name, no clause.
_MAX_TAIL = 5
_TAIL_TAGS = frozenset({"PROPN", "NOUN", "ADJ", "PART", "PUNCT"})
_NAME_LINKS = frozenset({"of", "for", "and", "&"})
# What a bare data noun may carry and still name nobody: 'the data', 'these latest figures'.
_PLAIN_DETERMINERS = frozenset({"the", "this", "these", "those", "such", "a", "an"})
_PLAIN_MODIFIERS = frozenset({"latest", "new", "recent", "same", "available", "above"})
_PLAIN_WORDS = _PLAIN_DETERMINERS | _PLAIN_MODIFIERS
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# 'the most reported crime', 'the least reported offence': a participle graded like an adjective.
_DEGREE_WORDS = frozenset({"most", "least"})
_BASED_ON = frozenset({"on", "upon"})
# Past forms a reporting verb takes as a participle ('reported fraud', 'offences recorded').
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# Words after which a participle opens a noun phrase ('while reported fraud rose', 'of all
# recorded offences'); a noun or pronoun before it is its subject ('Police reported ...').
_BEFORE_MODIFIER = frozenset({"DET", "SCONJ", "ADP", "ADV", "ADJ", "PUNCT"})
# A clause the verb states: with one, 'Three witnesses said ...' is speech.
_STATED = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "parataxis", "agent"})
# Never participles that describe a noun ('offences said' is no phrase).
_SPEECH_ONLY = frozenset({"say", "tell"})
_NOUN_WORDS = frozenset({"NOUN", "PROPN", "ADJ"})
_RECORDING_VERBS = frozenset({"record", "register", "log"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
# Documents kept of a case, which state what they hold themselves: 'court records show'.
_RECORD_NOUNS = frozenset({"record", "document", "filing", "transcript"})
# Reporting verbs only data and documents state with: 'the survey found', 'the report lists'.
# A fact that 'tells you' something is no speaker: '..., and it tells you ...', 'this shows'
_FACT_PRONOUNS = frozenset({"it", "this", "that", "which"})
_TELLING_VERBS = frozenset({"tell", "show", "suggest", "indicate", "mean"})
_FINDING_VERBS = frozenset({"show", "indicate", "find", "record", "publish", "list", "rank"})


def _court_finding(verb: Token, subject: Token) -> bool:
    """'..., the court found', 'The court found that he had laundered ...': a court's finding
    states the facts; 'a jury found him guilty' is its verdict on a person."""
    verdict = any(c.dep_ == "dobj" or c.lower_ in _VERDICT_WORDS for c in verb.children)
    return subject.lemma_.lower() in _FINDING_BODIES and not verdict


_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "responsible"})


# Bodies whose finding is their statement: "..., the court found"
_FINDING_BODIES = frozenset({"court", "tribunal", "jury", "judge", "magistrate", "coroner",
                             "inquest", "inquiry", "panel"})  # fmt: skip
_LISTING_VERBS = frozenset({"list"})  # a person who lists figures states them
# Objects of a giving verb that announce a list after a colon ('gave a breakdown of ...:').
_LISTING_NOUNS = frozenset({"breakdown", "summary", "rundown", "overview", "details", "list"})
# Verbs by which a second speaker inside a sentence states its figures.
_SAYING_VERBS = frozenset({"say", "tell", "state", "announce", "add"})
# Data nouns a definite 'the' points back with ('The statistics showed ...'); the speakers
# pass finds their issuer (``data_reference``).
DATA_REFERENCE_NOUNS = frozenset({"statistics"})
# Who sets or fixes a figure decides it rather than states it: "The court set bail at $5,000".
_DECIDING_VERBS = frozenset({"set", "fix"})
_INSIDE_OBJECT = frozenset({"acl", "pobj", "prep", "dobj"})
_MAX_NAME_WORDS = 5  # "Det Chief Supt Mary Byrne"
_MAX_LABELLED_VALUE = 3  # tokens after a label's colon: ": 84,370", ": €1.2 m"
# 'told' is missing on purpose: '..., Senate panel told' is a headline's passive.
_IRREGULAR_PAST = frozenset({"said", "wrote", "found"})


class Attribution(Predicates):
    """Who states the numbers; mixed into ``RoleFinder``."""

    def _attribution(self, doc: Doc) -> tuple[Span, str] | None:
        """Who states the sentence's numbers: 'X said', 'according to X', 'figures from X show'."""
        source = self._headline_source(doc) or self._headline_speaker(doc)
        source = source or self._headline_tail(doc)
        if source is not None:
            return source, source.text
        label = self._label_source(doc)
        if label is not None:
            return label
        if table_row(doc.text) or DASH_LABEL_LINE.match(doc.text):
            # "Domestic violence reports | 41,235", "Burglaries reported – 187": a label, no
            # one reporting
            return None
        lowered = doc.text.lower()  # Doc.text joins the tokens: build it once
        according = lowered.find("according to")
        if according >= 0:
            cue = doc.char_span(according, according + len("according to"))
            objects = _according_objects(cue) if cue is not None else []
            owner = _document_owner(objects[0]) if objects and _possessed(objects[0]) else None
            if owner is not None:  # "X says ..., according to its annual report": X
                return self._source(owner)
            if objects and document_reference(objects[0]) is not None:
                # "According to the statement, ...": the earlier source that issued it, which
                # ``factpull.speakers`` finds; the phrase stands for it until then
                phrase = doc[objects[0].left_edge.i : objects[0].i + 1]
                return phrase, phrase.text
            if objects and not self._bare_data(objects[0]):
                head = _document_owner(objects[0]) or _participle_agent(objects[0], cited=True)
                # "according to year-end figures the department released": who gave them out
                head = head or _relative_teller(objects[0])
                return self._source(head or objects[0])
            teller = _relative_teller(objects[0]) if objects else None
            if teller is not None:  # "according to data the Israel Police presented to ..."
                return self._source(teller)
        reported = self._reported_by(doc, lowered) if " by" in lowered else None
        if reported is not None:
            return reported
        based = self._cited_data(doc, "based") if "based" in lowered else None
        if based is not None:
            return self._source(based)
        # "..., IPN reports, citing the IGP's quarterly report": a body named as the owner of
        # the data cited states it, not the outlet citing it ("the newspaper reported, citing
        # police data" stays the newspaper's); with no reporting verb, the data named
        cited = self._cited_data(doc, "citing") if "citing" in lowered else None
        if cited is not None and _named_owner(cited):
            return self._source(cited)
        speaker = self._reporting_speaker(doc) or self._closing_speaker(doc)
        if speaker is not None and _first_person(speaker[1]):
            return None  # '"... our commands have recorded 4,318 arrests': the quote's speaker's
        if speaker is not None:
            return speaker
        return self._source(cited) if cited is not None else None

    def _reported_by(self, doc: Doc, lowered: str) -> tuple[Span, str] | None:
        """'Results from the operation, as presented by Bareskrim:', 'As reported by the
        ministry, ...': like 'according to', the body named is the source."""
        reported_by = _AS_REPORTED_BY.search(lowered)
        by = doc.char_span(reported_by.end() - 2, reported_by.end()) if reported_by else None
        objects = [c for c in by[0].children if c.dep_ == "pobj"] if by is not None else []
        if objects and objects[0].lemma_.lower() in _FINDING_VERBS:
            # "Figures presented by Chief Supt Dunne show:": the parser took the verb for
            # the name's last word
            objects = [c for c in objects[0].children if c.dep_ == "compound"][-1:]
        if not objects or self._bare_data(objects[0]):
            return None
        return self._source(objects[0])

    def _inner_speaker(
        self, anchor: Token, attribution: tuple[Span, str] | None
    ) -> tuple[Span, str] | None:
        """'..., the CPLC data showed, while the police said 64 suspected robbers had been
        killed': a figure in what a second speaker of the sentence says is that speaker's."""
        if attribution is None:
            return None
        token = anchor
        for _ in range(12):
            head = token.head
            if head.i == token.i:
                return None
            # only a saying verb joined to the sentence's own clause ('..., while the police
            # said', '..., and Brandt said'), not the one the sentence's speaker is found by
            joined = head.dep_ in ("conj", "advcl")
            if token.dep_ == "ccomp" and joined and head.lemma_.lower() in _SAYING_VERBS:
                speakers = [c for c in head.children if c.dep_ == "nsubj"]
                if not speakers or speakers[0].pos_ not in ("NOUN", "PROPN"):
                    return None
                spoken = attribution[0].start <= speakers[0].i < attribution[0].end
                return None if spoken or not _can_speak(speakers[0]) else self._source(speakers[0])
            token = head
        return None

    def _estimate_source(self, anchor: Token) -> tuple[Span, str] | None:
        """'the Institute for Economics and Peace put the cost of violence at 4.9 trillion
        pesos', 'Insurers' figures put thefts at $1.2bn': who puts a figure on something
        states that figure, whoever speaks elsewhere in the sentence."""
        at = next((t for t in anchor.ancestors if t.dep_ == "prep"), None)
        if at is None or at.lower_ != "at":
            return None
        verb = at.head  # the parser may hang 'at' inside the object: "the value of cars stolen"
        while verb.dep_ in _INSIDE_OBJECT and not _estimating(verb):
            verb = verb.head
        if not _estimating(verb):
            return None
        if not any(c.dep_ == "dobj" and c.i < at.i for c in verb.children):
            return None  # "placed at the scene": no figure put on anything
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
        if not subjects or subjects[0].lower_ in _FIRST_PERSON or self._bare_data(subjects[0]):
            return None
        if self._finding_act(subjects[0]) or not _can_speak(subjects[0]):
            return None
        if document_reference(subjects[0]) is not None:
            return None  # "The report puts ...": the sentence's own source stands for it
        return self._source(subjects[0])

    def _cited_data(self, doc: Doc, cue: str) -> Token | None:
        """'Based on PDEA data, ...', 'based on figures from the Home Office', 'citing police
        data': like 'according to', the data noun a 'based on' or 'citing' phrase names states
        the figures. Only a data noun that says whose it is: 'based on the evidence', 'based on
        the data' or 'based on a survey' names no source."""
        sources = self.lex.words("attribution_sources_for_show")
        for token in doc:
            if token.lower_ != cue:
                continue
            if cue == "based":
                if token.i > 0 and token.nbor(-1).text != ",":
                    continue  # "Findings are based on the survey": what it rests on, no source
                heads = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _BASED_ON]
                objects = [o for h in heads for o in h.children if o.dep_ == "pobj"]
            else:
                objects = [c for c in token.children if c.dep_ == "dobj"]
            for noun in objects:
                if not noun_key(noun) & sources or self._bare_data(noun):
                    continue
                if not _bare_research(noun, sources):
                    return noun
        return None

    def _reporting_speaker(self, doc: Doc) -> tuple[Span, str] | None:
        """The subject of a finite reporting verb: 'X said', 'figures from X show'."""
        reporting = self.lex.words("reporting_verbs")
        for token in doc:
            if token.pos_ == "PROPN" and token.is_title and token.i > 0:
                # "New FTC Data Show Consumers Reported ...": a title-case headline's verb
                owner = self._owner_before_compound_verb(token)
                if owner is not None:
                    return owner
            if token.pos_ not in _VERB_OR_NOUN or not self._reports(token, reporting):
                continue  # cheap tests first: this runs for every token
            owner = self._owner_before_compound_verb(token)
            if owner is not None:
                return owner  # "FBI data show carjacking cases rose": one noun to the parser
            presenter = _data_presenter(token)
            if presenter is not None:
                return self._source(presenter)  # "Figures presented by Chief Supt Dunne show:"
            if not _verb_like(token):
                continue
            if _reported_clause(token, reporting):
                continue  # "victims reported the incident, CBS reports": CBS states it
            if token.lemma_.lower() == "tell" and any(c.dep_ == "xcomp" for c in token.children):
                continue  # "fined $2,000 and told to stay away": an order, not a statement
            if _told_nobody(token):
                continue  # "..., Senate panel told": a headline's passive, the panel heard it
            described = _name_before_aside(doc, token.i) if token.dep_ == "acl" else None
            if described is not None and described == token.head:
                # "..., Commissioner Rosa Duarte, head of the unit, announced on Friday": the
                # parser hung the verb on the name as a participle; it is her statement
                return self._source(described)
            if _no_speech(token, reporting) or _agentless_passive(token) or _aside(token):
                continue
            # "adults who reported a burglary": a relative pronoun names no source
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE]
            subjects = _nearest_first(subjects, token)
            if not subjects:
                # "Cash worth Rs38.6m was recovered, a senior officer told Dawn": the parser
                # hangs the speaker on the clause before it; the thing counted never speaks
                subjects = [t for t in [_speaker_before(token)] if t is not None]
            if not subjects:
                # "..., police data show.": the parser takes the data noun for a compound
                subjects = self._compound_data(token)
                owner = _owner_on_verb(token, subjects[0]) if subjects else None
                if owner is not None:
                    return self._source(owner)  # "..., the department's data show."
            if not subjects and token.dep_ == "dep":
                subjects = self._participle_subject(token)
            if not subjects and token.dep_ in ("conj", "advcl"):
                # "X commended the officers and said ...", "X disputed it, saying ..."
                shared = self._subject_of(token)
                subjects = [shared] if shared is not None and shared.pos_ in NOUNS else []
            if not subjects or subjects[0].lower_ in _FIRST_PERSON:
                continue  # '"We have added 1,500 officers," Tan said': the speaker is Tan
            body = _body_it_stands_for(subjects[0], token)
            if body is not None:
                return self._source(body)  # "The Anti-Scam Command froze ..., it added."
            if subjects[0].lower_ in _FACT_PRONOUNS and token.lemma_.lower() in _TELLING_VERBS:
                continue  # '..., and it tells you our officers are working," Knowles said
            if not _can_speak(subjects[0]) or subjects[0].lemma_.lower() in self.change_nouns:
                continue  # "A 12 percent increase in recoveries tells me ...": no speaker
            if self._finding_act(subjects[0]):
                agent = self._finding_agent(subjects[0])
                if agent is None:
                    continue  # "Preliminary investigations revealed that ...": nobody speaks
                return self._source(agent)
            # "Babafemi listed other major seizures as follows:": a named person lists
            # "He listed some of the key figures as follows:": a person lists them
            person = subjects[0].pos_ == "PROPN" or subjects[0].lower_ in ("he", "she")
            listing = token.lemma_.lower() in _LISTING_VERBS and person
            shows = token.lemma_.lower() in _FINDING_VERBS and not listing
            sources = self.lex.words("attribution_sources_for_show")
            if (
                shows
                and not noun_key(subjects[0]) & sources
                and not self._keeper(token, subjects[0])
                and not _court_finding(token, subjects[0])
                and not (_introduces_list(token) and self._body_or_person(subjects[0]))
            ):
                continue
            if self._bare_data(subjects[0]) and data_reference(subjects[0]) is not None:
                # "The statistics showed that ...": the statistics the text named before, whose
                # issuer ``factpull.speakers`` finds; nobody when it named none
                phrase = token.doc[subjects[0].left_edge.i : subjects[0].i + 1]
                return phrase, phrase.text
            if _bare_research(subjects[0], sources) or self._bare_data(subjects[0]):
                continue  # "Analysis showed ...", "the data showed ...": nobody is named
            return self._source(subjects[0])
        return None

    def _body_or_person(self, subject: Token) -> bool:
        """'Over the four days, police recorded:': a name or a body that lists what it found,
        not 'A breakdown of the complaints shows:'."""
        bodies = self.lex.words("headline_source_words") | self.lex.words("organisation_heads")
        return subject.pos_ == "PROPN" or subject.lower_ in bodies

    def _reports(self, token: Token, reporting: frozenset[str]) -> bool:
        """A reporting verb, or one that reports only the clause it governs ('The PNH
        specifies that ...', 'Police claimed to have arrested 2,380'; 'recalled 5,000 cars'
        and 'callers claim to be officers' state no figure)."""
        lemma = token.lemma_.lower()
        if lemma in reporting:
            return True
        if lemma in _GIVING_VERBS:  # "He shared the following figures:"
            data = self.lex.words("bare_data_nouns")
            return any(_introduced_data(c, data) for c in token.children)
        if lemma not in self.lex.words("clause_reporting_verbs"):
            return False
        if _introduces_list(token):
            return True  # "The ministry also highlighted:" and the figures listed after it
        return any(c.dep_ == "ccomp" or _perfect_infinitive(c) for c in token.children)

    def _closing_speaker(self, doc: Doc) -> tuple[Span, str] | None:
        """'..., CARDH specifies.', '..., the agency reports.': a short name and its reporting
        verb close the sentence after a comma. The parser often takes such a verb for a plural
        noun in apposition, so the word's forms decide, not its tag."""
        end = len(doc)
        while end > 0 and doc[end - 1].text in _CLOSING:
            end -= 1
        comma = next((t.i for t in reversed(doc[: max(end - 1, 0)]) if t.text == ","), None)
        if comma is None:
            return None
        verb, words = doc[end - 1], list(doc[comma + 1 : end - 1])
        publisher = self._data_publisher(words)  # "..., new figures from X Police show."
        plural = publisher is not None and verb.lower_ in self.lex.words("reporting_verbs")
        if verb.lower_ not in _reporting_forms() and not plural:
            return None
        words = publisher or words
        if not 1 <= len(words) <= _MAX_NAME_WORDS:
            return None
        if words[0].lower_ in _FIRST_PERSON or words[-1].pos_ not in ("PROPN", "NOUN"):
            return None
        if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") for t in words):
            return None
        named = any(_name(t) for t in words)
        if not named and not noun_key(words[-1]) & self.lex.words("organisation_heads"):
            return None  # "..., the figures show.": no one named
        return doc[words[0].i : verb.i], phrase_text(words)

    def _data_publisher(self, words: list[Token]) -> list[Token] | None:
        """'new figures from Derbyshire Police': the words after a data noun's 'from'."""
        data = self.lex.words("attribution_sources_for_show")
        for index, word in enumerate(words[1:], start=1):
            if word.lower_ in ("from", "by") and noun_key(words[index - 1]) & data:
                rest = words[index + 1 :]
                return rest[1:] if rest and rest[0].lower_ == "the" else rest
        return None

    def _compound_data(self, verb: Token) -> list[Token]:
        """The data noun the parser hung on a trailing finding verb as a compound ('...,
        police data show', '..., court records show'): the verb's subject."""
        if verb.lemma_.lower() not in _FINDING_VERBS or verb.i == 0:
            return []
        before = verb.doc[verb.i - 1]
        data = before.dep_ == "compound" and before.head == verb
        return (
            [before]
            if data and noun_key(before) & self.lex.words("attribution_sources_for_show")
            else []
        )

    def _owner_before_compound_verb(self, verb: Token) -> tuple[Span, str] | None:
        """'FBI data show carjacking cases rose 9 per cent': the parser hangs the verb and
        the words before it on the noun after it, all as compounds. The name before the data
        noun states the figures; bare 'data show' names nobody."""
        if verb.dep_ != "compound" or verb.lemma_.lower() not in CITING_VERBS or verb.i < 2:
            return None
        data = verb.doc[verb.i - 1]
        if not noun_key(data) & self.lex.words("attribution_sources_for_show"):
            return None
        owners: list[Token] = []
        for token in reversed(verb.doc[: data.i]):
            hung = token.head.i in (verb.i, verb.head.i, data.i)
            if token.dep_ not in ("compound", "nsubj") or not hung:
                break
            owners.insert(0, token)
        if not owners or not any(_name(t) for t in owners):
            return None
        return verb.doc[owners[0].i : owners[-1].i + 1], phrase_text(owners)

    def _keeper(self, verb: Token, subject: Token) -> bool:
        """'The agency recorded 28,410 burglaries': an organisation that keeps the records
        (cues.json ``organisation_heads``) states what it records. Not 'Police recorded
        53,900 offences', which a statistics bulletin reports of the police, nor a place:
        'Jamaica has recorded 612 murders'."""
        if verb.lemma_.lower() not in _RECORDING_VERBS or subject.pos_ == "PROPN":
            return False
        named = [o for p in subject.children if p.lower_ == "of" for o in p.children]
        if named and named[0].pos_ == "PROPN":
            return False  # "the department of Canelones recorded 58": a place, no keeper
        return bool(noun_key(subject) & self.lex.words("organisation_heads"))

    def _participle_subject(self, verb: Token) -> list[Token]:
        """'Police Scotland data released this week show that ...': the parser makes the
        participle the root and 'show' a loose dependent; the data noun it describes speaks."""
        head = verb.head
        if head.i == verb.i or head.tag_ not in _PARTICIPLE_TAGS:
            return []
        sources = self.lex.words("attribution_sources_for_show")
        return [c for c in head.children if c.dep_ == "nsubj" and noun_key(c) & sources]

    def _bare_data(self, noun: Token) -> bool:
        """'the data showed', 'according to the latest figures': a data noun with nothing but
        an article or a time word names nobody. An owner ('Garda figures'), a publisher ('data
        from the FBI') or any other word ('official data') keeps it a source."""
        # 'Records show ...': the tagger takes a sentence's capitalised first word for a name
        opening = noun.pos_ == "PROPN" and noun.i == noun.sent.start and noun.is_title
        if noun.pos_ != "NOUN" and not opening:
            return False
        if not noun_key(noun) & self.lex.words("bare_data_nouns"):
            return False
        # 'the figures published today show': a participle with no agent names nobody either
        return all(
            (c.lower_ in _PLAIN_WORDS and c.dep_ in ("det", "amod")) or _agentless_participle(c)
            for c in noun.children
        )

    def _finding_act(self, subject: Token) -> bool:
        """'A subsequent inspection revealed 311 packages', 'Preliminary investigations
        revealed that ...': an act of looking uncovers the figures; it never speaks itself."""
        return subject.pos_ == "NOUN" and bool(
            noun_key(subject) & self.lex.words("finding_act_nouns")
        )

    def _finding_agent(self, act: Token) -> Token | None:
        """Who made the finding speaks for it: the agent of 'an investigation by the
        Guardian', the name that owns 'a Europol inquiry' or 'the NCA's probe', a body
        ('a police investigation'); None for a bare act."""
        for prep in act.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        bodies = self.lex.words("data_owner_nouns")
        owners = [c for c in act.children if c.dep_ in ("compound", "poss", "nmod")]
        named = [c for c in owners if _name(c) or (c.pos_ == "NOUN" and noun_key(c) & bodies)]
        return named[-1] if named else None

    def _label_source(self, doc: Doc) -> tuple[Span, str] | None:
        """'Key findings of the Annual Crime Report:', 'Highlights from the Garda Survey:',
        'Other figures in the RCIPS report:': a line with no verb that ends in a colon
        introduces what a named publication, or the publication of a named body, states (the
        list after it, see ``factpull.speakers``). A bare 'Crime statistics:' names nobody."""
        finite = any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" for t in doc)
        # the tokenizer may glue the colon to a closing bracket: '... (DIDM):'
        if len(doc) < 3 or not doc[-1].text.endswith(":") or finite:
            return None
        sources = self.lex.words("attribution_sources_for_show")
        for token in doc:
            if token.pos_ == "PROPN" and noun_key(token) & sources and token.dep_ != "compound":
                return self._source(token)
            if token.pos_ == "NOUN" and noun_key(token) & sources:
                # 'Other figures in the RCIPS report:': the named owner of a publication
                # not the month of 'February figures from ...'
                owners = [c for c in token.lefts if c.dep_ in ("compound", "poss")
                          and c.lower_ not in _date_names()]  # fmt: skip
                # "JPD's year-end report": the possessor before the describing words
                owned = [c for c in owners if c.dep_ == "poss" and c.pos_ == "PROPN"]
                if owned or (owners and owners[-1].pos_ == "PROPN"):
                    named = _name_before_of(token)
                    if named is not None:  # "(Ministry of Public Security data):"
                        return named, named.text
                    return self._source((owned or owners)[-1])
                # 'Among the figures provided by the CDPF:', 'Key figures from the DIDM:'; not
                # 'Results from Operation Stay Alive 4:', an operation's name
                agent = self._publisher(token)
                operation = agent is not None and any(t.text == "Operation" for t in agent.subtree)
                if agent is not None and not operation:
                    return self._source(agent)
            if token.pos_ == "NOUN" and document_reference(token) is not None:
                # 'Key figures from the report:': the report named before (``speakers``)
                phrase = doc[token.left_edge.i : token.i + 1]
                return phrase, phrase.text
        return None

    def _headline_source(self, doc: Doc) -> Span | None:
        """'SAPS: 6,945 murdered between July and September', 'Interior Ministry: Registered
        Crimes Down 4.7%': in a headline (no closing punctuation), an acronym or a short
        capitalised name ending in an organisation word before a colon names who publishes
        the figures."""
        colon = next((t.i for t in doc[1:5] if t.text == ":"), None)
        if len(doc) < 3 or colon is None or doc[-1].text in _CLOSING:
            return None
        label = doc[0]
        if colon == 1:
            # "SAPS", and the mixed-case acronyms of ministries: "MoI", "DoJ"
            capitals = sum(c.isupper() for c in label.text)
            acronym = label.is_alpha and label.text[0].isupper() and capitals >= 2
            acronym = acronym and 2 <= len(label.text) <= 5
            return doc[0:1] if acronym and not self._is_unit_word(label) else None
        name = doc[:colon]
        bodies = self.lex.words("organisation_heads") | self.lex.words("headline_source_words")
        titled = all((t.is_title or _acronym(t)) and t.is_alpha for t in name)
        # "TBI Report: Drug Offenses Up 7.4 Percent": a body's report, named by its acronym
        reported = name[-1].lower_ in _HEADLINE_DOCUMENTS and any(_acronym(t) for t in name)
        named = titled and (name[-1].lower_ in bodies or reported)
        rest = doc[colon + 1 :]
        return name if named and (_headline_after(rest) or self._change_headline(rest)) else None

    def _change_headline(self, rest: Span) -> bool:
        """'28% drop in road deaths': a figure then the change it is, with no verb, as a
        headline words it (not a row's '84,370, a rise of 3%')."""
        number = next((t for t in rest[:2] if t.like_num), None)
        if number is None:
            return False
        after = number.i + 1
        while after < rest.end and rest.doc[after].lower_ in ("%", "per", "cent", "percent"):
            after += 1
        return after < rest.end and rest.doc[after].lemma_.lower() in self.change_nouns

    def _headline_tail(self, doc: Doc) -> Span | None:
        """'Crime rate rises to 448.3 per lakh population in 2024: NCRB', '... - police': in a
        headline, a short name after its last colon, comma or spaced dash is who publishes the
        figures. The name must be an acronym or hold an organisation word: a place ('...:
        Lagos') or a bare 'report' is no source."""
        if len(doc) < 4 or doc[-1].text in _CLOSING:
            return None
        cut = next((t.i for t in reversed(doc) if _separator(t)), None)
        if cut is None or cut < 2 or not 1 <= len(doc) - cut - 1 <= _MAX_TAIL:
            return None
        tail = _without_data_verb(doc[cut + 1 :], self.lex.words("attribution_sources_for_show"))
        words = [t for t in tail if t.pos_ != "DET"]
        if not words or any(t.like_num or not _in_name(t, tail) for t in words):
            return None  # "Murders up 9%, robberies fall": a clause, not a name
        if all(t.lower_ in self.lex.words("media_tags") for t in words):
            return None  # "... - PHOTOS", "... | VIDEO": the site's tag
        named = any(_acronym(t) and not self._is_unit_word(t) for t in words)
        organisation = lexicon().words("headline_source_words")  # '... - police'
        return tail if named or any(t.lower_ in organisation for t in words) else None

    @staticmethod
    def _headline_person(doc: Doc) -> Span | None:
        """'Maria Lopez: Prosecutors Recovered $12 Million': in a headline, a two- or
        three-word name before a colon, followed by a clause, is who says it. A label line
        ('Murder Rate: 5.1') has no verb after its colon."""
        colon = next((t.i for t in doc[:4] if t.text == ":"), None)
        if colon not in (2, 3) or doc[-1].text in _CLOSING:
            return None
        name = doc[:colon]
        if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
            return None
        return name if any(t.pos_ == "VERB" for t in doc[colon + 1 :]) else None

    @staticmethod
    def _headline_speaker(doc: Doc) -> Span | None:
        """A headline person who says the figures; not an operation's name ('Operation
        Paradox: $1.1 million in drugs seized') nor a site's section ('Mumbai News: ...')."""
        name = Attribution._headline_person(doc)
        if name is None or name[0].lower_ in _CAMPAIGN_WORDS:
            return None
        # "Mumbai News: Cyber Police Bust ...": a site's section, no one speaking
        return None if name[-1].lower_ in lexicon().words("media_tags") else name

    def _source(self, head: Token) -> tuple[Span, str]:
        """The speaker's name: the full noun phrase without appositions or relative clauses.
        For 'figures from the Home Office show', the source is the Home Office."""
        # "the National Survey of Victimization ...": a document's name, not its publisher's
        named = head.pos_ == "PROPN" and any(c.dep_ == "compound" for c in head.lefts)
        if noun_key(head) & self.lex.words("attribution_sources_for_show") and not named:
            publisher = self._publisher(head)
            if publisher is not None:
                head = publisher
        head = _name_before_data_verb(after_dateline(head))
        tokens = source_tokens(head)
        span = head.doc[tokens[0].i : tokens[-1].i + 1]
        # "Jane Foley of the Roads Policing Bureau": the parser may hang the bureau's name on
        # the person as an apposition; after an affiliation the person is the speaker
        named = named_appositive(head)
        # a post's 'of' phrase is part of its title: "Deputy Commissioner of Police (DCOP)
        # Frederick Adu-Anim, the Regional Police Commander, has said" names its holder
        post = head.lower_ in self.lex.words("speaker_titles")
        if named and affiliation(head) is not None and not _bracketed(named) and not post:
            named = None  # not "The Anti-Vehicle Lifting Staff (AVLS) of the Lahore police"
        named = named or titled_name_within(head) or name_after_title_comma(head)
        named = named or name_after_post_bracket(head)
        named = named or self._data_owner(head)
        return span, phrase_text(_whole_foreign_name(named or tokens))

    def _data_owner(self, data_word: Token) -> list[Token] | None:
        """'SESNSP data', 'Scotland Yard figures', "the Home Office's statistics": the name
        that owns the data states it; so does a body named by a common noun ('police data').
        A topic ('crime figures') names nobody, and the records of an unnamed body are no
        statement of its own ('court records'; 'Garda records' are the Garda's): the phrase
        stays whole."""
        if not noun_key(data_word) & self.lex.words("attribution_sources_for_show"):
            return None
        if data_word.pos_ == "PROPN":
            return None  # "the World Drug Report 2024": the report's own name, whole
        # "the National Crime Records Bureau (NCRB) data": the parser makes the name an nmod
        owners = [c for c in data_word.lefts if c.dep_ in ("compound", "poss", "nmod")]
        report = data_word.lemma_.lower() == "report"
        if report and any(c.dep_ == "poss" and _called_back(c) for c in owners):
            return None  # "the department's annual narcotics report": the report, whole
        named = [c for c in owners if c.dep_ == "poss" and c.pos_ == "PROPN"]
        # "Victoria's Crime Statistics Agency figures": a name after the possessive is the
        # body; the possessive says whose or where it is
        after = [c for c in owners if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named and after and after[0].i > named[-1].i:
            owners, named = [c for c in owners if c.dep_ != "poss"], []
        # "the Police Service's 2023 crime report", "the National Police Service (NPS) annual
        # crime report": the named owner, not the report's topic words
        bodies = self.lex.words("data_owner_nouns")
        kept = [c for c in owners if c.pos_ == "PROPN" or noun_key(c) & bodies]
        owners = named or kept or owners
        tokens = sorted((t for c in owners for t in c.subtree), key=lambda t: t.i)
        if any(_name(t) for t in tokens):
            # "new Police Scotland figures": the name, not the figures' describing words
            while len(tokens) > 1 and tokens[0].pos_ == "ADJ" and tokens[0].is_lower:
                tokens = tokens[1:]
            # "a DIICOT activity report": the name, not the topic words after it
            bodies = self.lex.words("data_owner_nouns")
            while len(tokens) > 1 and _topic_word(tokens[-1]) and not noun_key(tokens[-1]) & bodies:
                tokens = tokens[:-1]
            return [t for t in without_asides(tokens) if t.tag_ != "POS"]
        if data_word.lemma_.lower() in _RECORD_NOUNS | _DOCUMENTS:
            # "court records show", "state report shows": the document speaks, no named
            # body wrote it
            return None
        return self._body_owner(tokens)

    def _body_owner(self, owner: list[Token]) -> list[Token] | None:
        """'police data' -> police, 'the latest police crime figures' -> police: the owner
        words up to the last that names a body keeping data ('data_owner_nouns')."""
        bodies = self.lex.words("data_owner_nouns")
        last = [i for i, t in enumerate(owner) if t.pos_ == "NOUN" and noun_key(t) & bodies]
        return [t for t in owner[: last[-1] + 1] if t.tag_ != "POS"] if last else None

    def _publisher(self, data_word: Token) -> Token | None:
        months = self.lex.words("months")
        for prep in data_word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                for obj in prep.children:
                    # not 'data from January to October': when, not whose
                    named = obj.pos_ == "PROPN" or _named_by_compound(obj)
                    if obj.dep_ == "pobj" and named and obj.lower_ not in months:
                        return obj
        return _participle_agent(data_word)


def _name_before_data_verb(obj: Token) -> Token:
    """'Figures released by the Police Headquarters show:': the parser reads the verb as the
    name's head noun; the name ends before it."""
    names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if obj.lower_ in _REPORTING_FORMS_OF_DATA and names else obj


def _headline_after(rest: Span) -> bool:
    """Is what follows a name's colon a headline, with a verb or in title case? Not a row's
    figure ('Metropolitan Police: 84,370') nor a list line ('...: 31,204 offences, up 3%')."""
    if len(rest) < _MAX_LABELLED_VALUE:
        return False
    words = [t for t in rest if t.is_alpha and len(t) >= 4]
    titled = bool(words) and all(t.is_title for t in words)
    return titled or any(t.pos_ == "VERB" for t in rest)


def _without_data_verb(tail: Span, data_words: frozenset[str]) -> Span:
    """'..., Hellenic Police Data Show': a headline's tail ending in data and their verb names
    the body whose data they are; '..., state report shows' names the report."""
    if len(tail) < 3 or tail[-1].lower_ not in _REPORTING_FORMS_OF_DATA:
        return tail
    if tail[-2].lower_ not in data_words:
        return tail
    return tail[:-1] if tail[-2].lower_ in _DOCUMENTS else tail[:-2]


# Data words that are documents, which state their figures themselves: 'state report shows'.
_DOCUMENTS = frozenset({"report", "survey", "study", "bulletin", "release", "analysis"})


# The verbs a headline's data speak with: 'Police Data Show', 'Figures Reveal'.
_REPORTING_FORMS_OF_DATA = frozenset({"show", "shows", "reveal", "reveals", "suggest", "suggests"})


def _body_it_stands_for(pronoun: Token, verb: Token) -> Token | None:
    """'The Anti-Scam Command froze 21,000 accounts, it added.': a closing 'it' stands for
    the named body (an organisation word or acronym ends its name) that is the subject of
    the sentence's main clause."""
    if pronoun.lower_ != "it" or verb.i < pronoun.i:
        return None
    bodies = lexicon().words("organisation_heads")
    for token in pronoun.doc[: pronoun.i]:
        named_body = token.pos_ == "PROPN" and (token.lower_ in bodies or _acronym(token))
        if token.dep_ == "nsubj" and named_body and token.head.i < pronoun.i:
            return token  # not a place: "Taichung recorded ..., it said"
    return None


def _perfect_infinitive(clause: Token) -> bool:
    """'to have busted': a deed claimed done, whose figures the claim states."""
    if clause.dep_ != "xcomp":
        return False
    return any(c.lower_ == "have" and c.dep_ == "aux" for c in clause.children)


@cache
def _reporting_forms() -> frozenset[str]:
    """Third-person and past forms of the reporting verbs ('says', 'specifies', 'noted',
    'said'), for verbs the tagger misread."""
    lex = lexicon()
    lemmas = lex.words("reporting_verbs") | lex.words("clause_reporting_verbs")
    forms = set(_IRREGULAR_PAST)
    for lemma in lemmas:
        if lemma.endswith("y") and lemma[-2] not in "aeiou":  # specifies, specified
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        elif lemma.endswith("e"):  # notes, noted
            forms |= {lemma + "s", lemma + "d"}
        else:  # says, reports, reported, stresses
            forms |= {lemma + "s", lemma + "es", lemma + "ed"}
    return frozenset(forms)


def _participle_agent(head: Token, cited: bool = False) -> Token | None:
    """'data released today by the Crime Statistics Agency', 'the Safety Monitor published by
    Statistics Netherlands': the agent of a participle after the cited text is who states it.
    Only for a data word, a named publication or what 'according to' cites (``cited``: 'the
    crime balance published by the Interior Ministry'): 'a man arrested by police' is no
    source; nor is the agent of a verb of getting or reading ('figures obtained by the BBC')."""
    data_word = bool(noun_key(head) & lexicon().words("attribution_sources_for_show"))
    if head.pos_ != "PROPN" and not data_word and not cited:
        return None
    for verb in head.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        if verb.lemma_.lower() in lexicon().words("data_receiving_verbs"):
            continue  # 'LAPD data reviewed by The Times': the paper read it, LAPD states it
        if head.pos_ != "PROPN" and not data_word and verb.lemma_ not in _PUBLISHING_VERBS:
            continue  # 'according to a man arrested by police': police made no statement
        for agent in verb.children:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if agent.dep_ == "agent" and objects:
                return objects[0]
    return None


def _data_presenter(verb: Token) -> Token | None:
    """'Figures presented by Chief Supt Dunne show:', 'Data released by the ministry show
    ...': who gave out the data that a finding verb says shows something (the verb may be
    tagged a noun)."""
    if verb.lemma_.lower() not in _FINDING_VERBS:
        return None
    data = [c for c in verb.children if c.dep_ == "nsubj"]
    return _participle_agent(data[0]) if data else None


# What a body does to a text it states: 'the crime balance published by the Interior Ministry'.
_PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "compile", "produce", "prepare",
                               "present", "conduct", "commission", "unveil"})  # fmt: skip


def _agentless_participle(token: Token) -> bool:
    """'published today', 'released on Thursday', 'released in October': a participle clause
    naming no agent (a month or a day is no name of one). Who got or read the data names no
    source either: 'Data obtained by the Echo under freedom of information laws'."""
    if token.dep_ != "acl" or token.tag_ not in _PARTICIPLE_TAGS:
        return False
    if token.lemma_.lower() in lexicon().words("data_receiving_verbs"):
        return True
    dates = _date_names()
    # 'released to the Herald under the Freedom of Information Act': who got the data and on
    # what grounds name no source; a name after 'by' or 'from' does
    return not any(
        t.dep_ == "agent" or (_name(t) and t.lower_ not in dates and not _received(t, token))
        for t in token.subtree
    )


def _received(name: Token, participle: Token) -> bool:
    """Does ``name`` stand in a 'to' or 'under' phrase of ``participle`` ('released to the
    Herald', 'obtained under the Freedom of Information Act')?"""
    preps = [t for t in name.ancestors if t.dep_ == "prep" and participle in t.ancestors]
    return bool(preps) and preps[-1].lower_ in ("to", "under")


@cache
def _date_names() -> frozenset[str]:
    """Month and weekday names, lowercase."""
    return lexicon().words("months") | lexicon().words("weekdays")


_VERB_OR_NOUN = frozenset({"VERB", "NOUN"})


def _verb_like(token: Token) -> bool:
    """A verb, or a reporting verb the tagger took for a noun ('Home Office figures published
    today show there were ...'): a root with a subject and a clause of its own."""
    if token.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in token.children}
    subject = "nsubj" in deps or "compound" in deps  # '..., police data show': see above
    if token.pos_ == "NOUN" and token.dep_ in ("advcl", "npadvmod", "nsubj") and subject:
        # "Crime fell 4.5%, FBI data shows, as murders drop", "..., the city's data show.",
        # "..., the OIJ data show, and at least 14 were minors"
        return _aside_in_commas(token)
    return token.pos_ == "NOUN" and token.dep_ == "ROOT" and subject and "ccomp" in deps


def _bracketed(tokens: list[Token]) -> bool:
    """Is the phrase written in brackets ('(AVLS)')?"""
    first = tokens[0]
    return first.i > 0 and first.doc[first.i - 1].text == "("


def _aside_in_commas(token: Token) -> bool:
    """Is the token's phrase set off by a comma before it and a comma or the end after it?"""
    doc = token.doc
    words = [t.i for t in token.subtree if not t.is_punct]
    first, last = words[0], token.i
    before = doc[first - 1].text == "," if first > 0 else False
    after = last + 1 >= len(doc) or doc[last + 1].text in (",", ".")
    return before and after


def _told_nobody(verb: Token) -> bool:
    """'FIA received over 126,000 complaints, Senate panel told': 'told' with nobody told
    and nothing said after it is a headline's short passive ('was told')."""
    if verb.lower_ != "told" or any(c.dep_ in _TOLD_OBJECTS for c in verb.children):
        return False
    return all(t.is_punct for t in verb.doc[verb.i + 1 : verb.sent.end])


_TOLD_OBJECTS = frozenset({"dobj", "dative", "iobj", "ccomp", "xcomp", "prep", "attr"})


def _nearest_first(subjects: list[Token], verb: Token) -> list[Token]:
    """'At least 30 migrants drowned ..., the coastguard spokesperson told AFP': of two
    subjects the parser gives one verb, the one nearest before it speaks; the other is the
    clause reported. After a comma, a subject right after the verb speaks ('..., says X')."""
    inverted = [s for s in subjects if s.left_edge.i == verb.i + 1]
    if inverted and verb.i > 0 and verb.nbor(-1).text == ",":
        return inverted + [s for s in subjects if s is not inverted[0]]  # "..., says Lalbazar"
    before = [s for s in subjects if s.i < verb.i]
    return [before[-1], *(s for s in subjects if s is not before[-1])] if before else subjects


def _speaker_before(verb: Token) -> Token | None:
    """'..., a senior officer of the Lahore police told The Daily Post': a reporting verb with
    no subject whose words since the last comma are one noun phrase, which the parser hung on
    the clause before (an apposition): that phrase is who speaks."""
    doc = verb.doc
    # "..., ACP Grace Ansah-Boateng, has announced": the verb group starts at its auxiliary
    end = min([c.i for c in verb.children if c.dep_ in _AUXILIARIES and c.i < verb.i] + [verb.i])
    described = _name_before_aside(doc, end)
    if described is not None:
        return described  # "..., Commissioner Nelson Giménez, head of the CID, announced"
    if _named_in_commas(doc, end):
        end -= 1  # "..., the Director of Public Affairs, Supt Ama Boakye, said": the name
    comma = next((t.i for t in reversed(doc[:end]) if t.text in (",", ";")), None)
    if comma is None:
        return _misread_name(doc[verb.sent.start : end], verb)
    if comma >= end - 1 or verb.dep_ in ("acl", "relcl"):
        return None  # "the largest penalty imposed": a participle describes the noun
    phrase = doc[comma + 1 : end]
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in _RELATIVE for t in phrase):
        return None  # "..., which police seized, told": a clause, no speaker's name
    # a bracket the parser hangs outside the phrase ('Control (GDNC) said') is no second head
    heads = [t for t in phrase if not t.is_punct and not comma < t.head.i < verb.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i > comma:
        return None
    return heads[0]


def _misread_name(phrase: Span, verb: Token) -> Token | None:
    """'Det Garda Paul Fennelly told the court': a title and name opening the sentence, which
    the parser hung on the verb as a modifier; its last word speaks."""
    if not 2 <= len(phrase) <= _MAX_NAME_WORDS or any(t.pos_ != "PROPN" for t in phrase):
        return None
    last = phrase[-1]
    inside = all(t.head.i in range(phrase.start, phrase.end) for t in phrase[:-1])
    return last if inside and last.head == verb and last.dep_ in ("advmod", "npadvmod") else None


def _name_before_aside(doc: Doc, verb_start: int) -> Token | None:
    """'..., Commissioner Nelson Giménez, head of the Criminal Investigations Department,
    announced on Monday': a person's name, then an aside in commas saying who they are,
    straight before a verb group that has no subject; the name speaks."""
    if verb_start < 4 or doc[verb_start - 1].text != ",":
        return None
    comma = next((t.i for t in reversed(doc[: verb_start - 1]) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    aside = doc[comma + 1 : verb_start - 1]
    roots = [t for t in aside if not aside.start <= t.head.i < aside.end]
    name = doc[comma - 1]
    if len(roots) != 1 or roots[0].dep_ != "appos" or roots[0].head != name:
        return None
    return name if name.pos_ == "PROPN" and person_like(name) else None


def _named_in_commas(doc: Doc, verb_start: int) -> bool:
    """'..., the spokesman, ASP Ama Owusu, said': a comma straight before the verb group
    (which starts at ``verb_start``) closes a name the parser hung, as an apposition or a
    conjunct, on a title before it."""
    if verb_start < 3 or doc[verb_start - 1].text != ",":
        return False
    name = doc[verb_start - 2]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name.i == verb_start - 2 and name.pos_ == "PROPN" and name.dep_ in ("appos", "conj")


def _reported_incident(child: Token) -> bool:
    """'reports the crime', 'reported it': an object that is a thing already named, not a
    figure; the verb is an act of telling police, no statement of figures."""
    if child.dep_ != "dobj":
        return False
    if child.pos_ == "PRON":
        return True
    if noun_key(child) & lexicon().words("attribution_sources_for_show"):
        return False  # "Police reported the figures on Monday": a statement of them
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in child.children)
    return definite and not any(t.like_num for t in child.subtree)


def _reported_state(child: Token) -> bool:
    """'reported stolen', 'reported missing': a participle or adjective with no subject of its
    own after 'report' says what state a thing was reported in."""
    if child.dep_ not in ("xcomp", "oprd", "acomp") or child.tag_ not in ("VBN", "JJ"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)


def _no_speech(verb: Token, reporting: frozenset[str]) -> bool:
    """A reporting verb used as no statement: negated ('cannot explain'), graded like an
    adjective ('the second most reported crime'), 'add' with an object ('added 12
    detectives'), a gerund after it ('reported losing money': an experience, no statement),
    a participle that describes a noun ('reported fraud', 'offences recorded'), or inside a
    participle clause that says what a figure makes of something ('..., making defilement
    the second most reported crime')."""
    if any(c.dep_ == "advmod" and c.lower_ in _DEGREE_WORDS for c in verb.children):
        return True
    if any(c.dep_ == "neg" for c in verb.children):
        return True  # "an officer ... cannot explain assets worth Sh210 million": no statement
    if verb.lemma_.lower() == "add" and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "the department added 12 detectives": it took them on, it said nothing
    if verb.lemma_.lower() == "report" and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children
    ):
        return True  # "adults aged 20 to 29 reported losing money": what befell them
    if verb.lemma_.lower() == "report" and any(_reported_incident(c) for c in verb.children):
        return True  # "one in eight victims reports the crime": they tell police of it
    if verb.lemma_.lower() == "report" and any(_reported_state(c) for c in verb.children):
        return True  # "2 pick-up vehicles reported stolen": what befell them, said by nobody
    if _participle(verb):
        return True
    outer = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or outer.i == verb.i:
        return False
    return outer.tag_ == "VBG" and outer.dep_ in ("advcl", "acl") and outer.lemma_ not in reporting


def _aside(verb: Token) -> bool:
    """'seized banknotes worth SEK 1.2m in what they said was the largest such seizure',
    'police uncovered what they allege is one of the largest syndicates', 'a drop of 392,
    which Kerr credited to a task force': a reporting verb in a 'what' clause, or in a
    relative clause whose object is 'which', judges one thing in passing; it states none of
    the sentence's figures."""
    if verb.dep_ == "relcl" and any(
        c.lower_ in ("which", "that") and c.dep_ == "dobj" for c in verb.children
    ):
        return True
    return verb.dep_ != "ROOT" and any(c.lower_ == "what" for c in verb.children)


def _agentless_passive(verb: Token) -> bool:
    """'half of them were reported stolen', 'two were reported missing': a passive reporting
    verb with no 'by' agent says what was reported of its subject, not who speaks."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _participle(verb: Token) -> bool:
    """A reporting verb's past participle that describes a noun states nothing: 'the
    announced measures' (amod), 'the figures reported by the ministry' (acl: the agent is
    found through the data noun), and where the parser takes it for a finite verb, before
    its noun ('while reported fraud rose') or after it ('10 per cent of all offences
    reported', 'Cases reported to the hotline doubled')."""
    if verb.tag_ not in _PARTICIPLE_TAGS or verb.lemma_.lower() in _SPEECH_ONLY:
        return False
    if any(_stated_clause(c) for c in verb.children):
        return False  # "X claimed to have busted a gang": a statement, however it is tagged
    if verb.dep_ in ("amod", "acl"):
        return True
    return _before_noun(verb) or _after_figure(verb) or _subject_taken(verb)


def _stated_clause(child: Token) -> bool:
    """An infinitive ('claimed to have busted') or a 'that' clause ('reported that 40 ...')
    after a reporting verb: what it states."""
    if child.dep_ == "xcomp":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    )


def _before_noun(verb: Token) -> bool:
    """'while reported fraud rose', 'In 2023, recorded crime fell': a participle with no
    subject before it, written before a noun the sentence goes on from. Not ', said police.'
    (the speaker after its verb ends the clause)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].pos_ not in _NOUN_WORDS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    if verb.i > 0 and doc[verb.i - 1].pos_ not in _BEFORE_MODIFIER:
        return False
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ in _NOUN_WORDS:
        end += 1
    return end < len(doc) and not doc[end].is_punct


def _after_figure(verb: Token) -> bool:
    """'Fraud makes up 10 per cent of all offences reported, up from 8.7 per cent': a
    participle straight after a phrase that holds a figure, stating nothing of its own (no
    object, no clause), describes the noun before it; the figure is no speaker. 'Two of the
    victims told police ...' states something."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[-1].right_edge.i != verb.i - 1:
        return False
    if not any(t.like_num for t in subjects[-1].subtree):
        return False
    return not any(c.dep_ in _STATED for c in verb.children)


def _subject_taken(verb: Token) -> bool:
    """'Cases reported to the hotline doubled to 3,400': the parser makes the noun before a
    participle its subject and the sentence's verb its clause, which then has no subject of
    its own; a reported clause ('Police reported that arrests doubled') always has one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[-1].right_edge.i != verb.i - 1:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    finite = [c for c in clauses if c.tag_ in ("VBD", "VBZ", "VBP")]
    return bool(finite) and not any(_has_subject(c) or _marked(c) for c in finite)


def _marked(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "expl", "csubj") for c in clause.children)


def _estimating(verb: Token) -> bool:
    """'put', 'estimates', 'valued' as a verb ('the value of' is no estimate)."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and lemma in ESTIMATING_VERBS and lemma not in _DECIDING_VERBS


def _relative_teller(data: Token) -> Token | None:
    """'according to data the Israel Police presented', 'figures (that) the bureau shared
    with the Post': who gave the data, named in a relative clause without its pronoun. The
    parser often hangs that clause elsewhere, so it is read from the words: a noun phrase,
    then a verb of giving out."""
    doc, index = data.doc, data.i + 1
    if index < len(doc) and doc[index].lower_ in ("that", "which"):
        index += 1
    words = list(doc[index : index + _MAX_NAME_WORDS + 1])
    phrase = list(itertools.takewhile(lambda t: t.pos_ in _TELLER_WORDS or t.tag_ == "POS", words))
    if not phrase or len(phrase) == len(words) or phrase[-1].pos_ not in NOUNS:
        return None
    verb = words[len(phrase)]
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or verb.lemma_.lower() not in _GIVING_VERBS:
        return None
    return phrase[-1]


_TELLER_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ"})
# Verbs whose subject gives out the data it describes ("data the police presented"), and so
# states the data it hands over when listed after it ('He shared the following figures:'; not
# 'shared photos', nor 'Table 4 gives figures for ...').
_GIVING_VERBS = frozenset({"present", "release", "publish", "provide", "compile", "share",
                           "give", "issue", "submit", "supply", "produce", "send", "collect",
                           "gather", "report", "disclose", "table", "furnish"})  # fmt: skip


def _owner_on_verb(token: Token, data: Token) -> Token | None:
    """The data's owner the parser hung on a verb taken for a noun: the department of 'the
    department's data show', the OIJ of 'the OIJ data show'."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in NOUNS:
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < data.i:
            return child
    return None


def _can_speak(subject: Token) -> bool:
    """An ordinal ('the second', 'the 3rd') is never a speaker; a counted group may be
    ('Two of the victims told police ...'), a bare figure is not ('- 412 reported
    kidnappings': the parser's clause from a count and a participle)."""
    if subject.like_num and not any(c.dep_ == "prep" for c in subject.children):
        return False
    if subject.lower_ in _SHARE_WORDS:
        return False  # "23.1 per cent of the population stated ...": a survey's answer
    return parse_ordinal(subject.text) is None


# Heads of a share of people: what a share answered is a finding, no statement of a source.
_SHARE_WORDS = frozenset({"cent", "percent", "%", "half", "third", "thirds", "quarter",
                          "quarters", "fifth", "fifths", "majority", "proportion",
                          "share"})  # fmt: skip


def _reported_clause(verb: Token, reporting: frozenset[str]) -> bool:
    """'Just over a third of victims reported the incident, CBS reports': a reporting verb in
    the clause another speaker's reporting verb governs is part of what is reported."""
    outer = verb.head
    governed = verb.dep_ in ("ccomp", "parataxis") and outer.i != verb.i
    return governed and outer.lemma_.lower() in reporting and _has_subject(outer)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _document_owner(document: Token) -> Token | None:
    """'according to a statement from the ministry', "according to the ministry's
    statement": who issued the document states it."""
    if document.lemma_.lower() not in lexicon().words("back_reference_documents"):
        return None
    for child in document.children:
        if child.dep_ == "poss" and child.pos_ in NOUNS:
            called_back = _called_back(child) and document.lemma_.lower() == "report"
            return None if called_back else child  # "the ministry's statement": the ministry
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return _clause_owner(document)  # "X made 2,917 arrests, according to its report"
        # not 'of': 'a statement of intent', 'a report of a robbery' name no issuer
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
            if objects:
                return objects[0]
    return None


def _called_back(owner: Token) -> bool:
    """'the department', 'the service', 'the force': a body's common head noun after 'the',
    standing for a name given earlier, or for none. Its report states the report's figures
    ('according to the department's annual report'); its statement is its own."""
    articled = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    bare = not any(c.dep_ in ("compound", "amod") for c in owner.children)
    return articled and bare and owner.pos_ == "NOUN"


def _clause_owner(document: Token) -> Token | None:
    """Whom an 'its' before a document means: the nearest subject of a clause the document's
    phrase belongs to that is a name or a body keeping data ('The Malta Police Force made
    2,917 arrests, according to its annual report')."""
    for verb in document.ancestors:
        # the subject nearest the verb: a dateline's place may be parsed as a second one
        # ('Doha, January 27 (QNA) - The Directorate ... recorded 162 deaths')
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")][-1:]
        if subjects and _can_own(subjects[0]):
            return subjects[0]  # past 'its officers solved ...' to 'The DGSN says'
    return None


def _possessed(document: Token) -> bool:
    """'its annual report', 'their statement': a document an 'its' or 'their' gives away."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in document.children)


def _can_own(subject: Token) -> bool:
    """A name ('the Malta Police Force') or a body that keeps data ('police'); not what
    the clause counts ('Thefts rose 12%, according to its latest report')."""
    return subject.pos_ == "PROPN" or bool(noun_key(subject) & lexicon().words("data_owner_nouns"))


def document_reference(noun: Token) -> str | None:
    """'the statement', 'the latest figures': a definite document noun with no owner,
    publisher or other word points back at one the text named before; its noun, else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon().words(
        "back_reference_documents"
    ):
        return None
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children):
        return None
    plain = all(c.lower_ in _PLAIN_WORDS and c.dep_ in ("det", "amod") for c in children)
    return noun.lemma_.lower() if plain else None


def _name(token: Token) -> bool:
    """A proper name, or an acronym the tagger took as a common noun ('NHS data show')."""
    return token.pos_ == "PROPN" or _acronym(token)


def _acronym(token: Token) -> bool:
    return token.is_upper and token.is_alpha and 2 <= len(token.text) <= 6


def _separator(token: Token) -> bool:
    """A colon, a comma, an em dash ('... up 12%—police') or a dash with spaces around it
    ('... in London - police'), not the hyphen inside 'year-on-year'."""
    return token.text in (":", ",", "—") or spaced_dash(token)


def _in_name(token: Token, name: Span) -> bool:
    """Can the token be part of a short organisation name ('Ministry of Home Affairs')?"""
    inner = name.start < token.i < name.end - 1 and token.lower_ in _NAME_LINKS
    return token.pos_ in _TAIL_TAGS or inner


def _bare_research(subject: Token, sources: frozenset[str]) -> bool:
    """'Analysis showed', 'A study found', 'Research estimates': a research noun with no
    owner ('Home Office analysis'), publisher ('a study by the CPS') or definite article
    ('the report', which points back at one the text has named) states nothing citable."""
    research = sources | lexicon().words("research_nouns")
    if subject.pos_ != "NOUN" or not noun_key(subject) & research:
        return False
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in subject.children):
        return False
    if any(c.dep_ in ("compound", "poss", "nmod", "appos") for c in subject.children):
        return False
    below = [t for t in subject.subtree if t.i != subject.i]
    published = any(t.dep_ == "pobj" and t.head.lower_ in ("by", "from") for t in below)
    return not published and not any(_name(t) for t in below)


def _introduced_data(noun: Token, data_nouns: frozenset[str]) -> bool:
    """'the following figures', 'these statistics:', 'a breakdown of the items handed in:':
    an object naming data listed next."""
    listing = noun.lower_ in _LISTING_NOUNS and noun.sent[-1].text == ":"
    if noun.dep_ != "dobj" or (noun.lower_ not in data_nouns and not listing):
        return False
    following = any(c.lower_ in ("following", "these") for c in noun.children)
    return following or noun.sent[-1].text == ":"


def _introduces_list(verb: Token) -> bool:
    """'The ministry also highlighted:': a main verb with no object whose sentence ends in
    the colon before a list; what follows is what it states."""
    no_object = not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    return verb.dep_ == "ROOT" and no_object and verb.sent[-1].text == ":"


# Documents a body's acronym may name before a headline's colon ('TBI Report: ...').
_HEADLINE_DOCUMENTS = frozenset({"report", "bulletin", "survey", "data", "statistics"})

# Words that open the name of a police operation or campaign, not of a person.
_CAMPAIGN_WORDS = frozenset({"operation", "op", "project", "campaign", "exercise"})

# Lowercase words inside European organisations' names: 'Direction générale de la gendarmerie
# nationale', 'Guardia di Finanza', 'Dirección General de la Policía'.
_NAME_PARTICLES = frozenset(
    {"de", "la", "le", "les", "du", "des", "di", "del", "della", "dei", "degli", "da", "do",
     "dos", "das", "van", "von", "der", "den", "het", "y", "e"}
)  # fmt: skip
_MAX_NAME_LEAD = 4


def _whole_foreign_name(tokens: list[Token]) -> list[Token]:
    """A name the parser cut around its particles: 'de la gendarmerie nationale' (the words
    before a leading particle back to the capitalised word that opens the name), 'the
    Direction générale' (the particle run and name words after it)."""
    if not tokens:
        return tokens
    return _name_tail(_name_lead(tokens))


def _name_lead(tokens: list[Token]) -> list[Token]:
    if tokens[0].lower_ not in _NAME_PARTICLES:
        return tokens
    doc, start = tokens[0].doc, tokens[0].i
    for opening in range(start - 1, max(-1, start - 1 - _MAX_NAME_LEAD), -1):
        word = doc[opening]
        english = word.pos_ in ("DET", "ADP") and word.lower_ not in _NAME_PARTICLES
        if not word.is_alpha or english:
            return tokens
        if word.is_title:
            return [*doc[opening:start], *tokens]
    return tokens


def _name_tail(tokens: list[Token]) -> list[Token]:
    doc, end = tokens[0].doc, tokens[-1].i + 1
    particle_next = end < len(doc) and doc[end].lower_ in _NAME_PARTICLES
    if not particle_next or not any(t.is_title for t in tokens):
        return tokens
    stop = end
    while stop < len(doc) and stop - end < _MAX_NAME_LEAD + 2 and _name_word(doc[stop]):
        stop += 1
    while stop > end and doc[stop - 1].lower_ in _NAME_PARTICLES:
        stop -= 1  # a name ends on a word, not on 'de'
    return [*tokens, *doc[end:stop]]


def _name_word(word: Token) -> bool:
    """A particle or a word of a foreign name, not a verb or an English preposition."""
    if word.lower_ in _NAME_PARTICLES:
        return True
    return word.is_alpha and word.pos_ in ("NOUN", "PROPN", "ADJ", "X")


def _topic_word(token: Token) -> bool:
    """A lowercase word describing what a document covers ('activity', 'crime', 'annual')."""
    return token.is_lower and token.pos_ in ("NOUN", "ADJ")


def _named_by_compound(noun: Token) -> bool:
    """'the Direction générale ...': a noun the parser made the head of a capitalised name."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1 for c in noun.children
    )


def _named_owner(data_word: Token) -> bool:
    """Does a proper name own the data ('the IGP's quarterly report', 'INEGI data')?"""
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in data_word.lefts)


def _first_person(name: str) -> bool:
    """'our commands', 'my officers', 'we': the speaker's own side, named from inside a quote;
    whoever speaks the quote states its figures."""
    words = name.lower().split()
    return bool(words) and words[0] in ("our", "my", "we", "i", "us")


def data_reference(noun: Token) -> str | None:
    """'The statistics showed ...': the data noun a plain definite 'the' points back with
    (``DATA_REFERENCE_NOUNS``), else None."""
    if noun.lower_ not in DATA_REFERENCE_NOUNS:
        return None
    return noun.lower_ if [c.lower_ for c in noun.children] == ["the"] else None


def _name_before_of(data: Token) -> Span | None:
    """'Ministry of Public Security data': a name the parser split at 'of', its last words
    hung on the data noun as compounds and its head on what the phrase follows."""
    prep = data.head
    if data.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "PROPN":
        return None
    name = data.doc[prep.head.i : data.i]
    return name if all(t.pos_ == "PROPN" or t.i == prep.i for t in name) else None


def _according_objects(cue: Span) -> list[Token]:
    """What 'according to' cites: the object of 'to', else, where the parser broke the
    phrase ('According to CANU head Orin Bacchus, ...' with the name hung on 'According' or
    on 'head'), the last noun before the phrase's comma."""
    objects = [c for c in cue[-1].children if c.dep_ == "pobj"]
    if objects:
        return objects
    phrase = itertools.takewhile(lambda t: not t.is_punct, cue.doc[cue.end : cue.end + 8])
    nouns = [t for t in phrase if t.pos_ in NOUNS]
    return nouns[-1:]


# ", as presented by Bareskrim:", "As reported by the ministry, ...": like 'according to', a
# source; set off by a comma or opening the sentence ('filed as reported by a neighbour' is not)
_AS_REPORTED_BY = re.compile(
    r"(?:(?:^|,\s*)as|^(?:the\s+)?(?:figures|data|statistics|numbers))"
    r" (?:reported|presented|stated|released|published|announced|compiled|provided) by\b"
)
