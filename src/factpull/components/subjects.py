"""Parse patterns that name what an amount measures when no noun is attached to the number.

Each function looks at the dependency parse around one mention and returns the head token of
the phrase it finds (or the label tokens), or None. The rules in ``subject_nouns``,
``subject_amounts`` and ``subject_clauses`` turn heads into phrases; ``RoleFinder._subject`` in
``roles.py`` decides the order in which they are tried.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components.phrases import PERIOD_WORDS, QUALIFYING_WORDS, glued_hyphen
from factpull.components.tables import header_unit, period_label

_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
# Dependencies by which a noun right after a measure hangs on it: "(1.5mm internal diameter)".
_PROPERTY_DEPS = ("npadvmod", "compound")
_LABEL_WORDS = ("NOUN", "PROPN", "ADJ")
_THIRD_PERSON = frozenset({"he", "she", "it", "they"})


def label_tokens(span: Span) -> list[Token] | None:
    """'Total cost: $72,370', '(base price: $59,995)', 'Arrests: 1,200': the label before a
    colon names the amount. Read from the words, since the parse of such fragments is poor."""
    doc, colon = span.doc, span.start - 1
    while colon > 0 and (doc[colon].lower_ in _BEFORE_LABELLED or _change_figure(doc, colon)):
        colon -= 1  # "Stolen vehicles recovered: about 3,300", "Carjackings: up 9%, to 96"
    if colon > 2 and doc[colon].lower_ == "and" and doc[colon - 2].like_num:
        colon -= 3  # "Heroin: 412 grams and 220 milligrams": the second part of one measure
    dash = colon > 0 and doc[colon].text in ("–", "—")  # "Vehicle thefts – 96"
    if colon < 1 or (doc[colon].text not in (":", "):") and not dash):
        return None
    end = _before_gloss(doc, colon)  # "Rapiñas (robberies with violence or threat): 5,318"
    if end < 1 or not _label_end(doc, end - 1):
        return None
    start = end - 1
    while start > 0 and end - start < 7:
        if start > 1 and glued_hyphen(doc, start - 1):
            start -= 2  # "drug-related crimes registered:": the whole hyphened word
        elif _colon_label_part(doc, start - 1):
            start -= 1
        else:
            break
    while not _label_word_at(doc, start):
        start += 1  # a joining word opens no label
    if dash and not (_opens_line(doc, start) and _closes_line(span)):
        # "three men – 12 were charged", "KRAGUJEVAC – 3 years for arson": a dash inside
        # prose or a headline labels nothing
        return None
    tokens = list(doc[start:end])
    person = _aged_person_before(doc, start)
    if person is not None:
        return person  # "• Kevin S. (29), port employee: 7 years": the person's sentence
    return tokens if not any(t.like_num for t in tokens) else None


def _closes_line(span: Span) -> bool:
    """Nothing but a bracketed note follows the figure on its line."""
    text = span.doc.text
    line_end = text.find("\n", span.end_char)
    rest = text[span.end_char : line_end if line_end >= 0 else len(text)]
    return _LINE_REST.fullmatch(rest) is not None


_LINE_REST = re.compile(r"\s*(?:\([^)]*\))?\s*[.;]?\s*")


def _aged_person_before(doc: Doc, start: int) -> list[Token] | None:
    """'Jeroen de K. (52), transport company owner:': a name with a bracketed age before the
    comma that opens a label; the label then says who the person is, the name which one."""
    if start < 5 or doc[start - 1].text != "," or doc[start - 2].text != ")":
        return None
    if not doc[start - 3].like_num or doc[start - 4].text != "(":
        return None
    first = start - 5
    while first > 0 and (
        doc[first - 1].pos_ == "PROPN" or doc[first - 1].lower_ in _NAME_PARTICLES
    ):
        first -= 1
    name = list(doc[first : start - 4])
    return name if name and name[0].pos_ == "PROPN" else None


_NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "ten", "ter", "du", "des", "del"}
)


# What may stand between a label's colon and its figure: a qualifier, or a change before
# the level it reached ('Carjackings: up 9%, to 96').
_BEFORE_LABELLED = (QUALIFYING_WORDS - {"a", "an"}) | {
    "up", "down", "by", "to", ",", "%", "percent", "per", "cent"
}  # fmt: skip


def _change_figure(doc: Doc, index: int) -> bool:
    """A number set before the labelled figure as a change or a listed figure ('9' of 'up
    9%, to 96', '1,200' of '1,200, up 5%'); not a phone number's groups ('0370 496 7622')."""
    after = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    return doc[index].like_num and after in ("%", "percent", "per", ",")


def _before_gloss(doc: Doc, colon: int) -> int:
    """Where a label ends before its colon, past a bracketed gloss right before it ('Thefts
    (hurtos):'); the colon itself when there is none."""
    closing = colon if doc[colon].text == "):" else colon - 1  # the tokenizer may keep "):"
    if doc[closing].text not in (")", "):"):
        return colon
    window = range(closing - 1, max(closing - 12, 0), -1)
    opening = next((i for i in window if doc[i].text == "("), 0)
    return opening if opening > 0 else colon


def _label_word_at(doc: Doc, index: int) -> bool:
    """A noun or adjective of a label, or a participle before its noun ('Stolen vehicles')."""
    token = doc[index]
    if token.pos_ in _LABEL_WORDS:
        return True
    if token.tag_ == "VBZ" and token.is_title and _opens_line(doc, index):
        return True  # "- Calls for service: 238,910": a plural the tagger read as a verb
    people = lexicon().words("age_people_nouns")
    if token.tag_ == "VBN" and index > 0 and doc[index - 1].lower_ in people:
        return True  # "people convicted of drug trafficking:": a participle after its noun
    return token.tag_ == "VBN" and index + 1 < len(doc) and doc[index + 1].pos_ in _NOUNS


def _opens_line(doc: Doc, index: int) -> bool:
    """Is the token the first word of its line, after a bullet or dash at most?"""
    before = doc[index - 1] if index > 0 else None
    return before is None or before.text in ("-", "•", "*", "–", "—") or "\n" in before.text


def _label_end(doc: Doc, index: int) -> bool:
    """The last word of a colon label: a noun, or a participle after one ('Stolen vehicles
    recovered:')."""
    token = doc[index]
    if token.pos_ in _NOUNS:
        return True
    if token.tag_ not in ("VBN", "VBD") or index == 0 or doc[index - 1].pos_ not in _NOUNS:
        return False
    speech = lexicon().words("reporting_verbs") - _COUNTING_VERBS
    return token.lemma_.lower() not in speech  # 'Police said: 3,300' is no label


# Reporting verbs that also head a label's participle: "Offences recorded: 47"
_COUNTING_VERBS = frozenset({"record", "report", "list", "find", "publish", "estimate"})


def _colon_label_part(doc: Doc, index: int) -> bool:
    """A word of a colon label: nouns and adjectives, and the words joining two of them ('Threats
    and extortion:', 'Detection rate for fraud:')."""
    token = doc[index]
    if _label_word_at(doc, index):
        return True
    if token.lower_ in _ARTICLES and index > 0 and doc[index - 1].lower_ in _COLON_LABEL_JOINS:
        return True  # "Drug cases under the NDPS Act:", "Unlawful use of a motor vehicle:"
    return token.lower_ in _COLON_LABEL_JOINS and index > 0 and _label_word_at(doc, index - 1)


_COLON_LABEL_JOINS = frozenset({"and", "&", "of", "for", "in", "under"})
_ARTICLES = frozenset({"the", "a", "an"})


def signed_label(span: Span) -> list[Token] | None:
    """'Burglary -4.2%, robbery +1.5%', 'Stoxx 50 -1.3% FTSE -0.6%': in a list of signed
    changes the name written just before each figure is what changed."""
    doc, index = span.doc, span.start - 1
    tokens: list[Token] = []
    while index >= 0 and len(tokens) < 4:
        token = doc[index]
        numbered_name = (
            token.like_num and not tokens and index > 0 and doc[index - 1].pos_ == "PROPN"
        )
        if token.text in ("%", "|") or not (token.pos_ in _LABEL_WORDS or numbered_name):
            break
        if token.like_num and not numbered_name:
            break
        tokens.insert(0, token)
        index -= 1
    return tokens if any(t.pos_ in _NOUNS for t in tokens) else None


def property_after(span: Span) -> Token | None:
    """'a tip (1.5mm internal diameter)': a noun governed by the measure, written right after
    it, names the property measured."""
    for token in span:
        for child in token.rights:
            near = span.end <= child.i <= span.end + 2
            if near and child.pos_ == "NOUN" and child.dep_ in _PROPERTY_DEPS:
                return child
    return None


def of_holder(anchor: Token, span: Span) -> Token | None:
    """'a fine of $5,000', 'speeds of up to 400 m/s', 'the seizure of Rs 22 crore': the noun
    an amount is 'of'."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.pos_ != "NOUN" or holder.i >= span.start or holder.like_num:
        return None
    return holder


def verb_object(anchor: Token, span: Span, prepositions: tuple[str, ...]) -> Token | None:
    """'raised the reward to $50,000', 'boost the range by 35 miles', 'the drugs were sold for
    $6': what a verb acts on, when the amount comes in a phrase on that verb."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in prepositions:
        return None
    verb = prep.head
    if prep.lower_ == "for" and verb.dep_ == "pobj" and verb.head.head.pos_ in _VERBS:
        verb = verb.head.head  # "selling 50 grams to an agent for P340,000": not the agent's
    if verb.pos_ not in _VERBS:
        return None
    raised = _gerund_owner(verb)
    if raised is not None:
        return raised
    for child in verb.children:
        outside = not span.start <= child.i < span.end
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in _NOUNS and outside:
            return child
    return _shared_passive_subject(verb)


def _shared_passive_subject(verb: Token) -> Token | None:
    """'Each brick was bought ... and resold in Hanoi for VND 390 million': a joined verb with
    no subject of its own shares the passive subject of the verb it is joined to."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    shared = [c for c in verb.head.children if c.dep_ == "nsubjpass" and c.pos_ in _NOUNS]
    return shared[0] if shared else None


def _gerund_owner(gerund: Token) -> Token | None:
    """'raise the maximum sentence for causing an explosion to 15 years': the parser hangs the
    level on a subjectless gerund after 'for'; the object of the verb before moves."""
    if gerund.dep_ != "pcomp" or gerund.head.lower_ != "for" or gerund.head.head.pos_ not in _VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
        return None
    verb = gerund.head.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUNS]
    return objects[0] if objects and objects[0].i < gerund.i else None


def paid_for(anchor: Token, span: Span, verbs: frozenset[str]) -> Token | None:
    """'paid $35,000 for a car', 'spent $5m on cocaine', 'charged between €3,000 and €12,000
    for crossings': what the money went on."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ in _BOUND_PREPOSITIONS and verb.dep_ == "prep":
        anchor, verb = verb, verb.head  # "charged between ...", "paid up to ..."
    elif anchor.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in verbs:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "on") and prep.i >= span.end:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            # not "paid L3,000 a week for 14 months": how long, not what for
            if objects and objects[0].lemma_.lower() not in PERIOD_WORDS:
                return objects[0]
    return None


# Prepositions that bound a sum hung on its verb: "charged between €3,000 and €12,000"
_BOUND_PREPOSITIONS = frozenset({"between", "to", "about", "around", "over", "under"})


def followed_by(anchor: Token) -> Token | None:
    """'Theft led with 11,906 cases, followed by physical injuries with 7,215': in a ranking,
    the figure after 'followed by X with/at' is X's."""
    if anchor.dep_ == "nummod" and anchor.head.dep_ == "pobj" and anchor.head.i > anchor.i:
        # "followed by Guanajuato with 722 and Nuevo León with 587": the parser hangs the
        # figure on the next name, which is the object of 'with'
        anchor = anchor.head
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("with", "at", "on"):
        return None
    verb = prep.head
    agent = verb.head
    if verb.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.lemma_.lower() == "follow":
        return verb  # "followed by assault with 5,036": 'with' hung on the noun
    listed = verb.dep_ == "conj" and verb.head.lemma_.lower() == "follow" and verb.tag_ == "VBG"
    if listed and verb.i > verb.head.i:
        return verb  # "followed by burglary with 87 and wounding with 54": a gerund's name
    if verb.lemma_.lower() != "follow" or prep.i < verb.i:
        return None
    for agent in verb.children:
        objects = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
        if agent.dep_ != "agent" or not objects or objects[0].i > prep.i:
            continue
        named = verb.doc[prep.i - 1]  # "... with 296 and Zamfara with 181": the nearest name
        return named if named.pos_ in _NOUNS and named.i > objects[0].i else objects[0]
    return None


def passive_agent(noun: Token) -> tuple[Token, Token] | None:
    """'17 suspects arrested by police', 'eight estimates compiled by Bloomberg': the agent
    of a passive participle on the counted noun, with that participle."""
    for clause in noun.rights:
        if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
            continue
        for agent in clause.children:
            objects = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if agent.dep_ == "agent" and objects:
                return objects[0], clause
    return None


def direct_object(verb: Token, span: Span) -> Token | None:
    """The verb's noun object outside the mention: 'we cooked each sample for 3 min'."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in _NOUNS and not span.start <= child.i < span.end:
            return child
    return None


def reported_speaker(pronoun: Token, verb: Token) -> Token | None:
    """'Police said they arrested 17 suspects', 'The company said it has 1,000 customers':
    a third-person pronoun in a reported clause stands for the speaker, when they agree."""
    word = pronoun.lower_
    if word not in _THIRD_PERSON:
        return None
    while verb.dep_ == "conj" and verb.head.pos_ in _VERBS:
        verb = verb.head  # "they raided ... and arrested 17": the first verb is reported
    if verb.dep_ != "ccomp" or verb.head.pos_ not in _VERBS:
        return None
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not speakers or speakers[0].pos_ not in _NOUNS:
        return None
    speaker = speakers[0]
    plural = plural_noun(speaker)
    if word == "they" and plural:
        return speaker
    if word in ("he", "she") and not plural:
        return speaker
    if word == "it" and speaker.tag_ == "NN":  # "Smith said it ...": 'it' is something else
        return speaker
    return None


def plural_noun(noun: Token) -> bool:
    """A plural noun, 'police' too (tagged singular): a 'they' stands for it, a 'he' not."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ == "police"


ROW_MARKERS = frozenset({"-", "*", "•", "–", "▪", "|"})
_ROW_FILLERS = frozenset({"up", "down", "by", "(", ")", "%", "+", "-", ",", "/", "|",
                          # "(down from 702)", ", down by almost a third"
                          "from", "almost", "nearly", "about", "around", "roughly", "some",
                          "just", "more", "less", "than", "over",
                          # "9 (unchanged)", "14 (no change)", "(stable)", "(new)"
                          "unchanged", "no", "change", "stable", "steady", "flat", "same",
                          "new"})  # fmt: skip
# Words a "Label: value" line may hold besides the label and its figures.
_LINE_PUNCT = frozenset({",", "(", ")", "-", "/", "&", "'s"})


def row_label(span: Span) -> list[Token] | None:
    """'- Attempted murder: 7,033 (up 5.6%)', 'Murder    12    15    -20.0%', 'Robbery,
    extortion and hijacking    2,140    2,311': a bullet or table row whose line is a label
    and figures only; the label, up to its first column gap, names every figure."""
    doc = span.doc
    index = 1 if len(doc) and doc[0].text in ROW_MARKERS else 0
    label: list[Token] = []
    depth = 0  # "Sexual assault (level 1)": a bracket in the label holds anything
    while index < span.start and len(label) < _LABEL_MAX:
        token = doc[index]
        depth += (token.text == "(") - (token.text == ")" and depth > 0)
        if not (depth or token.text == ")" or _label_word(token, label)):
            break
        label.append(token)
        index += 1
    if not label or index > span.start or depth:
        return None
    # a long label may leave one space before the first figure when later columns are apart
    crowded = doc[index].like_num and any(_row_break(t) for t in doc[index + 1 :])
    if not crowded and (index == span.start or not _row_break(doc[index])):
        return None
    if not (label[-1].is_alpha or label[-1].text == ")") or label[-1].lower_ in _LABEL_JOINERS:
        return None  # 'Robbery, and': a label broken off
    if period_label(doc[label[0].i : label[-1].i + 1].text):
        return None  # 'January    41    12': the column headers name the figures
    label = _without_unit_bracket(label)  # 'Violent crime share (%)': the label is the share
    rest = [t for t in doc[index + (not crowded) :] if not t.is_space]
    figures = all(
        t.like_num
        or t.lower_ in _ROW_FILLERS
        or _signed(t)
        or _money_mark(t)
        or _unit_word(t)
        or _prefix_dot(t)
        for t in rest
    )  # "Heroin          64.3 kg      up 22%", "Gold jewellery    1,846 grams    Rs. 1.21 crore"
    # a capitalised name may be tagged as anything ('Ashanti | 97 | 86' as a preposition)
    named = any(t.pos_ in _LABEL_WORDS + _VERBS or t.is_title for t in label)
    return label if figures and named else None


def _without_unit_bracket(label: list[Token]) -> list[Token]:
    """A row label without a closing bracket that only states its unit ('(%)', '(kg)'), a
    figure of its own ('Fuel (1.1 million litres)', claimed apart) or a quoted street name."""
    if len(label) < 4 or label[-1].text != ")":
        return label
    opening = max((i for i, t in enumerate(label) if t.text == "("), default=0)
    bracket = label[0].doc[label[opening].i : label[-1].i + 1].text
    inside = label[opening:]
    graded = any(t.lower_ in lexicon().words("category_words") for t in inside)  # "(level 1)"
    figure = any(t.like_num for t in inside) and not graded
    alias = any(t.is_quote for t in inside)  # 'Methamphetamine ("ice")': its street name
    return label[:opening] if opening and (figure or alias or header_unit(bracket)) else label


def _unit_word(token: Token) -> bool:
    """'kg', 'tonnes', 'litres': a unit of measure written in a row's cell; not a time ('(24
    hours)' after a phone number) nor a count."""
    units = lexicon().unit_surfaces
    info = units.get(token.text) or units.get(token.lower_)
    return info is not None and info.kind in ("weight", "other")


def _money_mark(token: Token) -> bool:
    """'£563.4m', '$1.2bn', 'RM643.2 million', 'US$310m': a currency sign or prefix, a scale
    word or an amount with its currency letters glued on, in a money cell."""
    glued = _PREFIXED.fullmatch(token.text) is not None
    prefix = token.text in lexicon().currency_prefixes  # 'US$' of 'US$310m'
    return token.is_currency or token.lower_ in _CELL_SCALES or glued or prefix


def _prefix_dot(token: Token) -> bool:
    """The dot of a currency prefix written 'Rs.' in a money cell."""
    before = token.nbor(-1) if token.i > 0 else None
    return (
        token.text == "." and before is not None and not before.whitespace_ and _money_mark(before)
    )


# "RM643.2", "S$385.6", "Rs3,000": an amount with its currency letters glued on
_PREFIXED = re.compile(r"[A-Z][A-Za-z]{0,3}\$?\d[\d,.]*")


_CELL_SCALES = frozenset({"m", "mn", "bn", "b", "k", "million", "billion", "crore", "lakh"})


# Words that join the parts of a row label: 'Robbery, extortion and hijacking', 'Theft/fraud'.
_LABEL_JOINERS = frozenset({",", "and", "or", "&", "/", "-"})
_LABEL_MAX = 10


def _label_word(token: Token, label: list[Token]) -> bool:
    """A word of a row label, up to its first column gap; a joiner only after a word."""
    return token.is_alpha or (bool(label) and token.lower_ in _LABEL_JOINERS)


def _row_break(token: Token) -> bool:
    """A column gap or separator. The tokenizer leaves one blank of a run on the word before
    it, so 'theft  | 61,300' puts a one-blank space token before the pipe: a gap all the same."""
    if token.text in (":", "|"):
        return True
    blanks = len(token.text) + (len(token.doc[token.i - 1].whitespace_) if token.i else 0)
    return token.is_space and (blanks >= 2 or "\t" in token.text)


def line_label(span: Span, figures: list[range], counted: bool = False) -> list[Token] | None:
    """'Clearance rate, violent offences: 61.3%', 'Average response time (Priority 1): 7.8
    minutes', '- Cash seized: USD 2 million', 'Homicide rate: 4.2 (2022: 3.9)': a sentence
    that is one 'Label: value' line, bulleted or not. The label names the value, and a
    bracketed prior-period value too; a rate's per-noun does not. A bracketed aside in the
    label ('(Priority 1)', '(new admissions)') scopes it and is left out, as readers do.
    ``counted``: the line may hold another figure with its own noun ('Phone scams: 11,208
    cases, RM389.1 million'); the label names the other figures (the money)."""
    doc = span.doc
    first = 1 if len(doc) and doc[0].text in ROW_MARKERS else 0  # "- Cash seized: ..."
    colon = next((t.i for t in doc[first : span.start] if _colon(t)), None)
    if colon is None or not first + 1 <= colon <= first + 10:
        return None
    if not doc[first].is_alpha or not doc[first].is_title:
        return None
    label = list(doc[first : colon + 1]) if doc[colon].text != ":" else list(doc[first:colon])
    depth = 0
    for token in label:
        depth += token.text.count("(") - token.text.count(")")
        words = token.is_alpha or token.text in _LINE_PUNCT or _colon(token)
        if not words and not (depth and token.like_num):  # "(Priority 1)" is part of it
            return None
        if token.pos_ in ("AUX", "PRON", "DET"):  # a clause ("He was held (bail: ...)")
            return None
    if depth:
        return None
    rest = [t for t in doc[colon + 1 :] if not any(t.i in f for f in figures)]
    if counted:  # "11,208 cases": a figure's own counted noun
        rest = [t for t in rest if not (t.pos_ == "NOUN" and any(t.i - 1 in f for f in figures))]
    if not all(_line_filler(t) for t in rest):
        return None
    return without_asides(label)


def without_asides(label: list[Token]) -> list[Token]:
    """The words outside brackets ('National Police Service (NPS)' -> its name); the tokenizer
    may keep a bracket and a colon as one '):' token, which closes the aside too."""
    kept: list[Token] = []
    depth = 0
    for token in label:
        opened = token.text.count("(")
        depth += opened
        if not depth:
            kept.append(token)
        depth -= token.text.count(")")
    return kept or label


def _colon(token: Token) -> bool:
    """':' or '):' (the tokenizer keeps a bracket and a colon together)."""
    return token.text.endswith(":") and not any(c.isalnum() for c in token.text)


def _line_filler(token: Token) -> bool:
    """Around a line's figures: brackets, signs, a prior period ('(2022: 3.9)')."""
    return (token.is_punct or token.is_space or token.like_num or _signed(token)
            or token.lower_ in _ROW_FILLERS)  # fmt: skip


def _signed(token: Token) -> bool:
    """'-20.0', '+10.2%', '−6,6' (a minus sign): a signed figure the tokenizer kept whole."""
    return token.text[:1] in "+-−–" and token.text[1:].replace(".", "").replace(",", "").isdigit()
