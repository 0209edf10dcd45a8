"""Equivalents and comparisons: how neighbouring mentions of one sentence share a measure.

A parenthetical conversion ('29.95 billion yuan ($4.58 billion)') points at the amount it
converts (``equivalent_of``) and shares its subject and change; a restatement ('60% of its
market cap, or $30 billion') and a compared figure ('fell to $5m, from $6m') share the subject.

The patterns read the words between two figures without the second one's qualifier
(``_between``): 'down from about 19' is read as 'down from', so no pattern lists hedge words.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from factpull.assets import lexicon
from factpull.components.phrases import SOURCE_ASIDE, TIME_NOUNS, phrase_text
from factpull.mentions import Mention
from factpull.scanning.qualifiers import trailing_qualifier

# Words of emphasis, no qualifier, that may stand before a compared figure: "up from just 19".
_EMPHASIS = r"(?:\s+(?:just|only))?"
# What may name the compared figure's standing: "down from a record 19 tonnes", "the peak of".
_STANDING = (  # or a bare "the": "compared with the 5,227 recorded in 2023"
    r"(?:\s+(?:a|an|the)(?:\s+(?:recent|new|previous|all-time))?"
    r"\s+(?:record|peak|high|low|previous|revised)(?:\s+of)?|\s+the)?"
)
# "29.95 billion yuan ($4.58 billion)", "ISK 1.9 billion [$13.8 million; €12.7 million]"
_PARENTHETICAL_EQUIVALENT = re.compile(r"^\s*(?:\(|\[|,\s*or|or|;)\s*$", re.IGNORECASE)
# "60% of its market cap, or more than $30 billion": another measure of the same thing.
_RESTATEMENT = re.compile(
    r"^(?:\s+(?:worth\s+)?of\s+[^,;()]+)?\s*(?:\(|,\s*or|\bor)\s*$", re.IGNORECASE
)


# "..., or about half." / "..., or 56 percent,": a share set after a count's clause.
_SHARE_AFTER_CLAUSE = re.compile(rf"^[^,;()]*,\s*or{_EMPHASIS}\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?:total|whole|all)\b)?\s*(?:[.;,)]|$)")
# What sets an apposition off: a comma or a spaced dash ("3,511 in 2024 – a rise of 11%").
_APPOSED = r"(?:,|\s[–—-])"
# "fell to $5m, from $6m", "R$ 47m, against R$ 62m", "Fraud: 21,460 (up from 18,186)": the
# compared figure of the same thing.
_COMPARED = re.compile(  # a time may come first: '87 this year compared with 112'
    r"^\s*(?:(?:this|last)\s+(?:year|month|week|quarter)\s+|in\s+(?:19|20)\d\d\s+)?"
    r"[,(]?\s*(?:up\s+|down\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to)|"
    r"(?:(?:slightly|much|far|well|marginally|significantly)\s+)?"  # "slightly lower than the"
    r"(?:lower|higher|smaller|larger|greater)\s+than)"
    rf"{_EMPHASIS}{_STANDING}\s*$",
    re.IGNORECASE,
)

# "handled 6,214 calls in 2025, up from 5,870", "10 baht in border areas, compared with 150":
# words (the counted noun, a place or a time) may stand between the figure and the comparison.
_COMPARED_AFTER_WORDS = re.compile(  # a bracketed acronym may stand between: "the NDPS (NDPS)"
    r"^(?:[^,;()]|\([A-Z]{2,}\))*(?:,\s*(?:including|excluding)\s[^,;()]*)?"
    rf"{SOURCE_ASIDE}(?:,\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|"
    r"versus|vs\.?)|\s(?:compared\s+(?:with|to)|versus|short\s+of(?:\s+the)?))"
    rf"{_EMPHASIS}{_STANDING}\s*$",
    # without a comma: "... in 2024 compared with 390", "well short of the 750"; an aside may
    # come first: "64 shootings, including fatal ones, compared with 71"
    re.IGNORECASE,
)
# "seized 486.7 tons of cocaine in May, a 9.3% increase": a change set after a figure in
# apposition is the change of that figure's subject.
_CHANGE_NOUNS = (
    r"(?:increase|rise|jump|climb|gain|growth|drop|decrease|fall|decline|reduction|dip|cut|"
    r"slump|surge)"
)
_APPOSITIVE_START = re.compile(rf"^[^,;()]*{_APPOSED}\s*an?\s*$", re.IGNORECASE)
_APPOSITIVE_CHANGE = re.compile(rf"^\s*{_CHANGE_NOUNS}\b", re.IGNORECASE)
# "seized 12 tonnes of heroin, an increase of 30%": the change noun before its figure.
_APPOSITIVE_OF = re.compile(rf"^[^,;()]*{_APPOSED}\s*an?\s+{_CHANGE_NOUNS}\s+of\s*$", re.IGNORECASE)


# "118 fewer than", "higher than": a comparative that relates one figure to another.
_COMPARATIVE_THAN = r"(?:more|fewer|less|higher|lower)\s+than\b"
# "5,964 violent deaths in 2025, down 18% from a record 7,283": a change figure may stand
# between a figure and the one it is compared with (its text is taken out before matching).
# "612 murders this year, 18 per cent fewer than the 746 recorded": so may a comparative.
_COMPARED_ACROSS_CHANGE = re.compile(  # "..., a 22% increase from 5,524" too
    r"^[^,;()]*,\s*(?:(?:up|down)\s+\S*\s*(?:from|on|against|compared\s+(?:with|to))|"
    rf"an?\s+\S*\s*{_CHANGE_NOUNS}\s+(?:from|on|over|compared\s+(?:with|to))|"
    rf"(?:only\s+|[a-z]+\s+)?{_COMPARATIVE_THAN})"  # "about 6 per cent fewer than": its qualifier
    r"(?:\s+(?:an?|the))?(?:\s+(?:record|revised|previous))?"
    r"(?:\s+in\s+(?:19|20)\d\d\s*\()?\s*$",  # "..., 1,8 % fewer than in 2023 (184 810)"
    re.IGNORECASE,
)
# "448 murders, 117 fewer than the 565 recorded in 2023": the figure a difference is taken
# from, straight after the difference.
_THAN_AFTER_DIFFERENCE = re.compile(
    rf"^\s*{_COMPARATIVE_THAN}(?:\s+(?:the|a|an))?(?:\s+(?:record|revised|previous))?\s*$",
    re.IGNORECASE,
)
# "331 homicides last year, 118 fewer than in 2024", "331 homicides, the fewest since 2014,
# and 118 fewer than in 2024": the difference from a figure.
_DIFFERENCE_START = re.compile(r"^[^;()]*(?:,|\band)\s*$")
_DIFFERENCE_AFTER = re.compile(rf"^\s*{_COMPARATIVE_THAN}", re.IGNORECASE)
# "£31,200 and EUR 9,800": two amounts joined with nothing between share what they measure
_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|or|plus)\s*$", re.IGNORECASE)
_IN_AFTER = re.compile(r"^\s+in\s", re.IGNORECASE)  # "... and €1.26 million in cash"
# "2.9 per 100,000, a fraction of the 30.7 recorded in 1990": the same measure, elsewhen.
_MULTIPLE_OF = re.compile(
    r"^[^,;()]*,\s*(?:still\s+)?(?:only\s+)?(?:a\s+fraction|half|a\s+third|a\s+quarter|"
    r"double|twice|triple)\s+(?:of\s+)?(?:the|its|their)\s*$",
    re.IGNORECASE,
)
_MULTIPLE_WORDS = frozenset({"", "fraction", "half", "third", "quarter", "double", "twice"})
# "328 000 robberies, equivalent to 73 per 100 000": the same figure in other terms.
_EQUIVALENT_TO = re.compile(  # "..., the equivalent of about 480 a day"
    rf"^[^,;()]*{_APPOSED}\s*(?:(?:equivalent|equal)\s+to|the\s+equivalent\s+of"
    # "9,870 tests during the operation, an average of about 280 a day": the same tests
    rf"|(?:an?|the)\s+(?:daily\s+|weekly\s+|monthly\s+)?average\s+of){_EMPHASIS}\s*$",
    re.IGNORECASE,
)
# "61% of violent incidents involved a weapon, up 9 percentage points": the main figure's change.
_APPOSITIVE_UPDOWN = re.compile(rf"^[^,;()]*{_APPOSED}\s*(?:up|down)(?:\s+by)?\s*$", re.IGNORECASE)
# "..., up 48 from a year earlier": the time compared with, not a level the figure goes to
_FROM_TIME = re.compile(
    r"(?i)^\s*from\s+(?:a|the|last)\s+(?:(?:year|month|week|quarter)\b|previous|same)"
)
# "accounted for 11,930 incidents, 14.2 per cent higher than a year earlier": a change figure
# set after a comma with its comparative after it.
_APPOSITIVE_COMPARATIVE = re.compile(
    r"^\s*(?:higher|lower|more|fewer|less|greater|smaller|up|down)\b", re.IGNORECASE
)
# A time the parser took for what a compared figure counts: 'last year', 'the same period'.
_TIME_SUBJECT = re.compile(
    r"(?i)(?:(?:last|this|next|previous|same|prior)\s+)?(?:year|month|week|quarter|period|day)s?"
)
# A rate set in apposition after a count: '41 homicides, down from 53 — a rate of 4.9 per
# 100,000 residents'; what lies between may name the count's thing and its comparison.
_APPOSITIVE_RATE = re.compile(  # "117,400 offences, or 72 per 1,000 inhabitants" too
    r"(?i)^[^.;:!?]{0,80}?[,—–-]\s*(?:or\s*$|"
    r"(?:or\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}rate\s+of\s*$)"
)
# Words before a count of places: 'across the three islands', 'in 12 districts'.
_PLACE_BEFORE = re.compile(r"(?i)\b(?:across|in|at|throughout)\s+(?:the\s+|its\s+|their\s+)?$")
# "548,312 offences in the 12 months to 30 June, up 4.7%": a duration naming the period
# the figure covers is no figure the change could be of.
_PERIOD_BEFORE = re.compile(
    r"\b(?:in|over|during|within|across)\s+(?:the\s+)?"
    r"(?:past|last|previous|preceding|first|latest)?\s*$",
    re.IGNORECASE,
)


def _between(text: str, first: Mention, second: Mention) -> str:
    """The words between two figures of a sentence, without the second one's qualifier."""
    return _unqualified(text[first.end : second.start], second)


def _unqualified(words: str, figure: Mention) -> str:
    """``words`` written before ``figure`` without its qualifier: '..., down from about' ->
    '..., down from' (the lexicon's qualifiers, as the scanner read them)."""
    return trailing_qualifier().sub("", words) if figure.qualifier is not None else words


def partner(text: str, mentions: list[Mention], index: int) -> int | None:
    """The earlier mention whose measure mentions[index] shares: the figure it is compared
    with ('..., down 18% from a record 7,283'), a difference from ('..., 118 fewer than') or
    an equivalent of ('..., equivalent to 73 per 100 000'). Mentions are of one sentence."""
    if index == 0:
        return None
    second, previous = mentions[index], mentions[index - 1]
    between = _between(text, previous, second)
    if index >= 2 and _converted_before(text, mentions, index - 1):
        # "reached XOF2.7 billion (about $4.4 million), against XOF1.5 billion in 2022": the
        # bracketed conversion aside, compared with the figure it converts
        lead, after_bracket = mentions[index - 2], text[previous.end + 1 : second.start]
        dated = _AGAINST.match(after_bracket.lstrip(" ,")) and _EARLIER_TIME.match(
            text[second.end :]
        )
        same = lead.kind == second.kind
        return index - 2 if same and (compared(after_bracket) or dated) else None
    if _EQUIVALENT_TO.match(between) or _MULTIPLE_OF.match(between):
        lead = index - 1  # "9,870 tests during the five-week operation, an average of ...":
        while lead > 0 and mentions[lead].kind == "duration" != second.kind:  # not the period
            lead -= 1
        return lead if _EQUIVALENT_TO.match(_between(text, mentions[lead], second)) else index - 1
    if _frequency_of_count(previous, second) and _APPOSED_FREQUENCY.match(between):
        return index - 1  # "claimed 1,842 lives since January, nearly 6 a day": lives a day
    multiplied = _multiplied(text, mentions, index)
    if multiplied is not None:
        return multiplied  # "46.3 kg of shabu, nearly double the 24.1 kg recorded in 2024"
    if (
        previous.kind == second.kind
        or _bare_count_of_rate(previous, second)
        or _bare_score(previous, second)
    ):
        difference = _DIFFERENCE_START.match(between) and _DIFFERENCE_AFTER.match(
            text[second.end :]
        )
        if _THAN_AFTER_DIFFERENCE.match(between):
            # "448 murders, 117 fewer than the 565 recorded": compared with the first figure,
            # of which the difference between them is no measure of its own
            return partner(text, mentions, index - 1)
        # "4,892 cybercrime cases against 3,977 in 2023": 'against' and then a time
        dated = _AGAINST.match(between) and _EARLIER_TIME.match(text[second.end :])
        return index - 1 if compared(between) or difference or dated else None
    same = [i for i in range(index - 1) if mentions[i].kind == second.kind]
    if not same:
        return None
    between = _between(text, mentions[same[-1]], second)
    for skipped in mentions[same[-1] + 1 : index]:  # the change between: "down 18% from"
        between = between.replace(text[skipped.start : skipped.end], "", 1)
    across = _COMPARED_ACROSS_CHANGE.match(between) or _COMPARED_AFTER_WORDS.match(between)
    return same[-1] if across else None  # "64 drivers going over 40km/h ..., compared with 41"


# "..., nearly double the", "..., three times the": a multiple between a figure and the one it
# multiplies, which measures the same thing.
_MULTIPLE_BEFORE = re.compile(
    r"^[^;()]*(?:,|\band)\s*(?:(?:nearly|almost|about|roughly|around|some|over|more\s+than)\s+)?"
    r"(?:double|twice|triple|treble|quadruple|half|(?:two|three|four|five|\d+(?:\.\d+)?)\s+times)"
    r"\s+the\s*$",
    re.IGNORECASE,
)


def _frequency_of_count(first: Mention, second: Mention) -> bool:
    """A count, then a bare frequency ('6 a day') that may restate it over a period."""
    period = (second.unit or "").removeprefix("per ")
    bare = second.kind == "rate" and period != second.unit and " " not in period
    return first.kind == "count" and first.unit is None and bare and period in _FREQUENCY_PERIODS


_FREQUENCY_PERIODS = TIME_NOUNS | {"hour", "night", "weekend"}
# "1,842 lives since January, nearly 6 a day": the frequency right after a comma
_APPOSED_FREQUENCY = re.compile(r"^[^,;()]*,\s*(?:or\s+)?$", re.IGNORECASE)


def _multiplied(text: str, mentions: list[Mention], index: int) -> int | None:
    """The earlier figure of the same kind that a multiple stands between this one and: '412
    burglaries, twice the 206 of 2023' (the multiple may be read as a figure of its own)."""
    second = mentions[index]
    earlier = [i for i in range(index) if mentions[i].kind == second.kind]
    if not earlier:
        return None
    between = _between(text, mentions[earlier[-1]], second)
    return earlier[-1] if _MULTIPLE_BEFORE.match(between) else None


# A figure's noun, then 'against' right before the earlier figure ('cases against 3,977').
_AGAINST = re.compile(r"^[^,;()]*\sagainst\s*$", re.IGNORECASE)
# When the earlier figure was counted: 'in 2023', 'a year earlier', 'last year'.
_EARLIER_TIME = re.compile(
    r"^\s+(?:in\s+(?:19|20)\d\d|(?:a|the)\s+year\s+(?:earlier|before)|last\s+year|"
    r"the\s+previous\s+year|in\s+the\s+same\s+period)\b",
    re.IGNORECASE,
)


# "The value of stolen property fell from €31.2m in 2019 to €18.7m": a change's start point
# measures what its end point does.
_FROM_TO = re.compile(rf"\bfrom{_EMPHASIS}\s*$", re.IGNORECASE)
_TO_AFTER_FROM = re.compile(r"^\s*(?:in\s+(?:19|20)\d\d\s+)?to\s*$", re.IGNORECASE)


def _change_start(text: str, first: Mention, second: Mention) -> bool:
    """Is ``first`` the start point of a change ``second`` ends ('from €31.2m ... to €18.7m')?"""
    if first.kind != second.kind or not _FROM_TO.search(_unqualified(text[: first.start], first)):
        return False
    return bool(_TO_AFTER_FROM.match(_between(text, first, second)))


def _bare_count_of_rate(first: Mention, second: Mention) -> bool:
    """'14 robberies a week, down from 19': a bare count compared with a rate is one too."""
    frequency = first.kind == "rate" and (first.unit or "").startswith("per ")  # not km/h
    return frequency and second.kind == "count" and second.unit is None


def _bare_score(first: Mention, second: Mention) -> bool:
    """'a score of 121.4 compared with 113.5': a bare number compared with a unitless score
    is a score too, not a count."""
    score = first.kind == "other" and first.unit is None
    return score and second.kind == "count" and second.unit is None


def _compared_with_rate(text: str, first: Mention, second: Mention) -> bool:
    """'14 robberies a week, down from 19', not 'a fraction of the 300 killings': the bare
    count is the rate's earlier value."""
    return _bare_count_of_rate(first, second) and compared(_between(text, first, second))


def _converted_before(text: str, mentions: list[Mention], index: int) -> bool:
    """Is mentions[index] a bracketed conversion of the figure before it ('XOF2.7 billion
    (about $4.4 million)'), closed right after it?"""
    first, bracketed = mentions[index - 1], mentions[index]
    opened = _PARENTHETICAL_EQUIVALENT.match(_between(text, first, bracketed)) is not None
    closed = text[bracketed.end : bracketed.end + 1] == ")"
    return opened and closed and first.kind == bracketed.kind == "money"


def compared(between: str) -> bool:
    """Is ``between`` (the text after one figure) what leads to a figure compared with it?"""
    return bool(_COMPARED.match(between) or _COMPARED_AFTER_WORDS.match(between))


def _appositive(between: str, after: str) -> bool:
    """Is the second figure a change set in apposition after the first ('..., a 12% rise',
    '..., an increase of 30%', '..., up 9 percentage points')?"""
    before_noun = _APPOSITIVE_START.match(between) and _APPOSITIVE_CHANGE.match(after)
    onward = re.match(r"^\s*(?:from|to)\b", after) and not _FROM_TIME.match(after)
    updown = _APPOSITIVE_UPDOWN.match(between) and not onward
    comparative = _DIFFERENCE_START.match(between) and _APPOSITIVE_COMPARATIVE.match(after)
    return bool(before_noun or _APPOSITIVE_OF.match(between) or updown or comparative)


def _carry_across_places(doc: Doc, mentions: list[Mention]) -> None:
    """'Leeds recorded 412 burglaries, while Bradford recorded 390': a bare count whose clause
    has a named subject of its own, after a count whose clause has another, counts the same
    thing for its place or body."""
    for index, second in enumerate(mentions):
        if second.subject is not None or second.kind != "count" or index == 0:
            continue
        here = _named_clause_subject(doc[second.token_start])
        earlier = [m for m in mentions[:index] if m.kind == "count" and m.subject]
        if here is None or not earlier:
            continue
        first = earlier[-1]
        there = _named_clause_subject(doc[first.token_start])
        between = doc.text[first.end : second.start]
        if there is None or there.i == here.i or len(between) > _MAX_PARALLEL_GAP:
            continue
        if there.text.lower() in (first.subject or "").lower():
            continue  # 'the DAX fell to 13176 while the CAC40 was at 5884': no thing counted
        if not _SENTENCE_END.search(between):
            second.subject, second.subject_is_pronoun = first.subject, first.subject_is_pronoun


def _place_accounting(doc: Doc, mentions: list[Mention]) -> None:
    """'Almost half of the blasts took place in two cities, with Rotterdam alone accounting
    for 312': a place that accounts for a count holds a part of what the sentence counted
    before; the place itself is not counted."""
    if "respectively" in doc.text.lower():
        return  # "Leeds and Bradford accounted for 412 and 388 respectively": ``_respectively``
    places = lexicon().words("place_nouns")  # not the 'three cities' a count is split by
    for index, mention in enumerate(mentions):
        number = doc[mention.token_start]
        if mention.kind != "count" or number.dep_ != "pobj" or number.head.lower_ != "for":
            continue
        verb = number.head.head
        holders = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.lemma_.lower() != "account" or not holders or holders[0].pos_ != "PROPN":
            continue
        if holders[0].text not in (mention.subject or ""):
            continue  # the parser found what is counted: '..., accounting for 312 blasts'
        earlier = [m for m in mentions[:index] if m.subject and m.subject.lower() not in places]
        mention.subject = earlier[-1].subject if earlier else None
        mention.subject_is_pronoun = earlier[-1].subject_is_pronoun if earlier else False


def _respectively(text: str, mentions: list[Mention]) -> None:
    """'Caloundra and Kawana Waters ..., with 94 and 71 respectively': figures listed before
    'respectively' that share a listed subject take its parts in order."""
    for index, last in enumerate(mentions):
        if not _RESPECTIVELY.match(text, last.end):
            continue
        group = [last]
        while index - len(group) >= 0:
            earlier = mentions[index - len(group)]
            if not _LISTED_FIGURES.fullmatch(text[earlier.end : group[0].start]):
                break
            group.insert(0, earlier)
        subject = last.subject or ""
        parts = [p for p in _LIST_SPLIT.split(subject) if p]
        shared = all(m.subject == subject for m in group)
        if len(group) > 1 and shared and len(parts) == len(group):
            for mention, part in zip(group, parts, strict=True):
                mention.subject = part


_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_LISTED_FIGURES = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _after_dash(doc: Doc, mentions: list[Mention]) -> None:
    """'We're seeing fewer shootings — 87 this year compared with 112': a bare count set off by
    a dash right after a plural noun counts that noun."""
    for mention in mentions:
        if mention.subject is not None or mention.kind != "count" or mention.token_start < 2:
            continue
        dash, noun = doc[mention.token_start - 1], doc[mention.token_start - 2]
        if dash.text not in _DASHES or noun.tag_ not in ("NNS", "NNPS"):
            continue
        words = [t for t in noun.lefts if t.dep_ in ("compound", "amod")]
        words = [t for t in words if t.lower_ not in _COMPARATIVES]
        mention.subject = phrase_text([*words, noun])


_DASHES = frozenset({"—", "–", "--"})
_COMPARATIVES = frozenset({"fewer", "more", "less", "many", "several"})


def _named_clause_subject(number: Token) -> Token | None:
    """The proper-noun subject of the clause a number stands in ('Bradford' of 'Bradford
    recorded 390'), found through at most three heads."""
    token = number
    for _ in range(3):
        if token.head == token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            # the small tagger makes some place names nouns ('Leeds'): a capital is enough
            named = subjects and (subjects[0].pos_ == "PROPN" or subjects[0].is_title)
            return subjects[0] if named else None
    return None


_MAX_PARALLEL_GAP = 100
_SENTENCE_END = re.compile(r"[.!?]\s")


def _names_own_noun(text: str, mention: Mention) -> bool:
    """Is a count written with its subject right after it ('44 arrests')?"""
    subject = (mention.subject or "").lower()
    after = text[mention.end : mention.end + len(subject) + 1].lower()
    own = mention.kind == "count" and bool(subject) and after.strip() == subject
    return own and subject not in ("times", "fold")  # "up 2.4 times": no noun counted


def _apposed_share(text: str, lead: Mention, second: Mention) -> bool:
    """Is ``second`` a bare share closing the clause of a count ('seized 1,572 of the 3,102
    phones, or about half.'), which is a share of what the count counts?"""
    share = second.kind == "percent" or second.unit == "fraction"
    if not share or lead.kind != "count" or second.change is not None:
        return False
    closing = _CLAUSE_END.match(text[second.end :])
    return bool(closing and _SHARE_AFTER_CLAUSE.match(_between(text, lead, second)))


def _rate_unit_carried(text: str, mentions: list[Mention]) -> None:
    """'78.4 homicides per 100,000 inhabitants, four times the national rate of 18.2': a bare
    figure a rate is written with is a rate in the base an earlier rate of its sentence
    states."""
    for index, mention in enumerate(mentions):
        if mention.kind != "count" or mention.unit is not None:
            continue
        before = _unqualified(text[max(mention.start - 30, 0) : mention.start], mention)
        if not _RATE_BEFORE.search(before):
            continue
        based = [
            m for m in mentions[:index] if m.kind == "rate" and (m.unit or "").startswith("per ")
        ]
        if based:
            mention.kind, mention.unit = "rate", based[-1].unit


_RATE_BEFORE = re.compile(
    r"\brate\s+(?:of|was|is|at|stood\s+at|stands\s+at)\s*$",
    re.IGNORECASE,
)


def _appositive_lead(text: str, mentions: list[Mention], index: int) -> Mention:
    """The figure a change set after mentions[index - 1] qualifies: the nearest earlier one
    that is not the period it covers ('in the 12 months to 30 June') nor a count of where
    ('2,911 crimes were reported across the three islands, a 6% decline')."""
    lead = index - 1
    while lead > 0 and (_names_period(text, mentions[lead]) or _counts_where(text, mentions[lead])):
        lead -= 1
    return mentions[lead]


def _counts_where(text: str, mention: Mention) -> bool:
    """Is the mention a count in a phrase of place ('across the three islands', 'in 12
    districts')?"""
    before = text[max(mention.start - 20, 0) : mention.start]
    return mention.kind == "count" and bool(_PLACE_BEFORE.search(before))


def _names_period(text: str, mention: Mention) -> bool:
    """Is the mention a duration naming a period ('in the 12 months to', 'over the past 5
    years')?"""
    before = text[max(mention.start - 30, 0) : mention.start]
    return mention.kind == "duration" and bool(_PERIOD_BEFORE.search(before))


def _difference(text: str, mentions: list[Mention], index: int) -> bool:
    """Is mentions[index] a difference from the figure before it ('..., 118 fewer than') or
    its multiple ('..., a fraction of the 30.7 recorded in 1990')? It measures the same
    thing, whatever the parser hung it on."""
    if index == 0:
        return False
    first, second = mentions[index - 1], mentions[index]
    between = _between(text, first, second)
    if _MULTIPLE_OF.match(between):
        # named after the multiple ('fraction') rather than a noun of its own ('300 killings');
        # the kinds may differ until ``carry_units`` fills the elided unit
        return (second.subject or "").lower() in _MULTIPLE_WORDS
    if first.kind != second.kind:
        return False
    return bool(_DIFFERENCE_START.match(between)) and bool(
        _DIFFERENCE_AFTER.match(text[second.end :])
    )


def link_equivalents(doc: Doc, mentions: list[Mention]) -> None:
    """What one figure of a sentence lends another: '29.95 billion yuan ($4.58 billion)' (the
    second restates the first), a compared or appositive figure's subject ('up from 5,870', 'a
    12% rise', 'a rate of 4.9 per 100,000'), a parallel place's count ('while Bradford
    recorded 390') and a count set off by a dash ('fewer shootings — 87')."""
    _carry_across_places(doc, mentions)
    _respectively(doc.text, mentions)
    _place_accounting(doc, mentions)
    _after_dash(doc, mentions)
    text = doc.text  # joined from the tokens on each access
    _rate_unit_carried(text, mentions)
    for index in range(len(mentions)):
        _link_compared(text, mentions, index)
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        between = _between(text, first, second)
        _link_change_ends(text, first, second, between)
        _link_apposed(text, mentions, index + 1)
        _link_joined(text, first, second, between)
        if first.kind != second.kind:
            _link_restated(first, second, between)
        elif _PARENTHETICAL_EQUIVALENT.match(between) or _approximate_conversion(
            first, second, between
        ):
            _link_conversion(first, second, index)


def _approximate_conversion(first: Mention, second: Mention, between: str) -> bool:
    """'2.4 billion krónur, roughly 16.5 million euros', 'GH¢4.6 million in stolen funds,
    about US$310,000': an approximate amount in another currency set after a comma converts
    the first ('fines of $500, $1,000' are a list)."""
    other_currency = first.kind == "money" and first.unit != second.unit
    return (
        other_currency and second.qualifier == "about" and bool(_CONVERSION_GAP.fullmatch(between))
    )


# What stands between an amount and its approximate conversion: a comma, after the thing the
# amount is of ('GH¢4.6 million in stolen funds, about US$310,000')
_CONVERSION_GAP = re.compile(r"(?:\s+(?:in|of)\s+[^\d,;.()]{1,40}?)?\s*,\s*")


def _share_subject(target: Mention, source: Mention) -> None:
    target.subject, target.subject_is_pronoun = source.subject, source.subject_is_pronoun


def _link_compared(text: str, mentions: list[Mention], index: int) -> None:
    """A compared figure measures what its partner does ('down 18% from a record 7,283',
    '118 fewer than'), and a bare count compared with a frequency is one ('14 robberies a
    week, down from 19')."""
    second = mentions[index]
    found = partner(text, mentions, index)
    if found is None:
        return
    first = mentions[found]
    # the parser may give the compared figure the clause's actor: '412 burglaries in 2024
    # compared with 390 in 2023' is no count of police; nor a time ('... compared with 112
    # last year')
    actor = second.subject is not None and (
        second.subject == first.agent or bool(_TIME_SUBJECT.fullmatch(second.subject))
    )
    if _compared_with_rate(text, first, second) or _bare_score(first, second):
        second.kind, second.unit = first.kind, first.unit
    pointed = second.subject_is_pronoun  # "That is 40 thefts a day, up from 35": not 'That'
    # "..., the equivalent of about 480 a day": the restated figure's, not 'equivalent'
    pointed = pointed or (second.subject or "").lower() in ("equivalent", "equal")
    if second.subject is None or actor or pointed or _difference(text, mentions, index):
        _share_subject(second, first)


def _link_change_ends(text: str, first: Mention, second: Mention, between: str) -> None:
    """'fell from €31.2m in 2019 to €18.7m', 'fell to $5m, from $6m': both ends of a change
    measure the same thing."""
    if first.subject is None and _change_start(text, first, second):
        _share_subject(first, second)
    if second.subject is None and first.kind == second.kind and compared(between):
        _share_subject(second, first)
        if second.agent is not None and second.agent == second.subject:
            second.agent = None  # the measured thing, not who acts


def _link_apposed(text: str, mentions: list[Mention], index: int) -> None:
    """A share, change or rate set after a figure in apposition counts what that figure
    counts: '..., or about half', 'arrested 1,204 people, a 12% rise', '41 homicides — a rate
    of 4.9 per 100,000'."""
    second = mentions[index]
    lead = _appositive_lead(text, mentions, index)
    if not lead.subject:
        return
    if _apposed_share(text, lead, second):
        _share_subject(second, lead)  # "1,572 of the 3,102 phones, or about half"
    apposed = _appositive(_between(text, lead, second), text[second.end :])
    own_noun = _names_own_noun(text, second)  # "an increase of 44 arrests on 2024"
    if second.change is not None and apposed and not own_noun:
        _share_subject(second, lead)
    rated = second.kind == "rate" and lead.kind == "count"
    if rated and _APPOSITIVE_RATE.match(_between(text, lead, second)):
        _share_subject(second, lead)


def _link_joined(text: str, first: Mention, second: Mention, between: str) -> None:
    """Amounts joined by 'and' share their holder: 'cash of £31,200 and EUR 9,800', 'seized
    £380,000 and €1.26 million in cash'; so do the parts of one length of time ('2 minutes
    and 44 seconds', not 'jailed for eight years and six months')."""
    if not _JOINED.match(between):
        return
    money = first.kind == second.kind == "money"
    clock = first.kind == second.kind == "duration" and second.unit in ("minute", "second")
    if second.subject is None and (money or clock):
        _share_subject(second, first)
    if first.subject is None and money and _IN_AFTER.match(text[second.end :]):
        _share_subject(first, second)


def _link_restated(first: Mention, second: Mention, between: str) -> None:
    """'60% of its market cap, or $30 billion', 'Of these, 310, or 61%': another measure of
    the same thing."""
    restated = _RESTATEMENT.match(between) and not first.subject_is_pronoun
    if second.subject is None and restated:
        _share_subject(second, first)
        second.subject_implied = first.subject_implied
        second.subject_of_group = first.subject_of_group


def _link_conversion(first: Mention, second: Mention, index: int) -> None:
    """'29.95 billion yuan ($4.58 billion)': the second converts the first (mentions[index])."""
    second.equivalent_of = index
    if second.qualifier is None:
        second.qualifier = first.qualifier  # "about $1.9m (N2.9bn)": both are approximate
    if first.subject is not None:
        _share_subject(second, first)  # a conversion restates the same amount
    else:
        first.subject = second.subject
    if second.change is None:
        second.change = first.change
