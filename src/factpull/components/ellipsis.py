"""Unit ellipsis: a bare number paired with a quantity that has a unit takes that unit.

'fell from 208 pounds to 193' (193 pounds), 'from 101.9 to 96.7 per 1,000 households', 'the
national average of 87' after '180 offences per 100,000 population', 'the highest forecast is
84.75 cents, while the lowest is 74.07', 'a fraction of the 30.7 recorded in 1990'. A rate whose
per-phrase lost its noun takes the paired rate's: 'per 100,000 residents, up from 355 per
100,000' (355 per 100,000 residents). ``factpull_quantities`` calls ``carry_units`` on its
mentions, so ``factpull_roles`` already sees the kind it steers its subject rules by.

Why the words between the two figures, not the parse: en_core_web_sm hangs the second figure of
'from X to Y' or 'X, while ... Y' on a different head from one sentence to the next (pobj, conj,
appos, attr), while the few words between the figures name the pairing reliably ('from .. to',
'compared with', 'the average of', 'while the ... is'). The parse is read only where it is
dependable: the part of speech after the bare number (a counted noun means it is no ellipsis)
and, for parallel clauses, the word that governs each figure and the second clause's subject.
Only neighbouring mentions pair, so the words between them hold no other figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from factpull.assets import Lexicon
from factpull.components.phrases import COUNT_HOLDERS, SOURCE_ASIDE
from factpull.mentions import Mention
from factpull.scan import FORM_DIGITS, FORM_WORDS
from factpull.scanning.qualifiers import trailing_qualifier

_WINDOW = 80  # characters between two figures at most: further apart, no pairing
# A time phrase may follow the first figure: 'from 20 mpg in 2008 to 29', '61.3% in 2024,
# compared with 58.2'.
_TIME_PHRASE = r"(?:(?:in|during|by|as of|at the end of|last|this)\s(?:[\w-]+\s+){0,2}[\w-]+)?"
# 'from X to Y'.
_TRANSITION = re.compile(rf"[\s,]*{_TIME_PHRASE}[\s,]*to\s+")
_REFERENCE_NOUNS = r"(?:average|mean|median|norm|benchmark|level|rate|figure|peak|high|low|record)"
# The second figure is what the first is compared with: ', down from 9.4', 'compared with 58',
# 'versus 3.1', ', higher than the national rate of 4', 'well below Winnipeg's 8.1'.
_REFERENCE = re.compile(  # the counted noun may stand between: '63.7 killings, from 83.4'
    rf"(?:\s+(?:of\s+)?[a-z][a-z-]*){{0,2}}?{SOURCE_ASIDE}[\s,(]*{_TIME_PHRASE}[\s,(]*"
    r"(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|versus|vs\.?|against|"
    r"(?:\w+er|more|less)\s+than|below|above|behind|ahead\s+of)\s+"
    rf"(?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{_REFERENCE_NOUNS}\s+(?:of|at)\s+"
    r"|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+)?"  # "well below Winnipeg's 8.1" (gaps are lowercased)
)
# '..., more than double the national average of 87': a reference level named by its noun.
_AVERAGE = re.compile(
    r"[\s,(]*(?:(?!and\b|but\b|while\b|whereas\b|which\b|who\b)[\w-]+\s+){0,4}"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:average|mean|median|norm|benchmark)"
    r"\s+(?:of|at)\s+"
)
# The second figure is a level the first is a part or multiple of: ', a fraction of the 30.7
# recorded in 1990', ', half the 41 of 2015', ', a far cry from the 90 of a decade ago'.
_PROPORTION = re.compile(
    r"[\s,(]*(?:(?:a|an|only|just|barely|about|roughly|nearly|almost|well|far|less\s+than|"
    r"more\s+than)\s+)*(?:fraction|half|third|quarter|fifth|tenth|double|triple|twice|"
    r"thrice|shadow|far\s+cry)\s+(?:of\s+|from\s+)?(?:the|its|their)\s+"
)
# A second clause of the same shape: '84.75 cents, while the lowest is 74.07'.
_PARALLEL = re.compile(r"[\s,]*(?:while|whereas|but|and)\s+(?:[^\s.;:!?]+\s+){1,6}")
# Words before a duration that make it the period of a figure, not a measure: 'in the first
# 10 months', 'over the past two years', 'during the same three weeks'.
_PERIOD_LEAD = re.compile(
    r"(?i)(?:\b(?:in|for|over|during|within|across)\s+the|\b(?:first|last|past|next|previous|"
    r"same|preceding|following))\s+(?:(?:first|last|past|next|previous|same|preceding|"
    r"following)\s+)?$"
)
# A list of places with their figures in brackets: 'Latvia (4.2 per 100 000), Lithuania (3.1)
# and Estonia (2.6)', 'with 45.1 per 100,000, followed by Bahia (40.6)'. Read on the written
# text: the capital letter marks the name.
# A figure outside brackets starts such a list only with a word of ranking ('followed by'):
# '3 kg of heroin, John Smith (45)' gives an age, not kilograms.
# ``NAME`` and ``RANKING`` also read a ranking's next place in ``change`` ('followed by Quebec').
NAME = r"[A-Z][\w'.-]*"
_NAMED = rf"{NAME}(?:\s+(?:{NAME}|of|do|da|de|del|and|the))*\s*\(\s*"
RANKING = r"(?:followed\s+by|then|ahead\s+of|behind)"
_LISTED = re.compile(rf"\)\s*[,;]?\s*(?:(?:and|or|{RANKING})\s+)?{_NAMED}")
_FOLLOWED = re.compile(rf"\s*[,;]?\s*(?:and\s+)?{RANKING}\s+{_NAMED}")
# 'at 38.8 per 100,000 people, followed by Honduras with 31.1 and Colombia with 25.6': the
# next places of a ranking, each 'with' its bare figure, which ends its item.
_FOLLOWED_WITH = re.compile(
    rf"\s*[,;]?\s*(?:and\s+)?(?:{RANKING}\s+)?{NAME}(?:\s+(?:{NAME}|of|the))*\s+with\s+"
)
_ITEM_END = re.compile(r"\s*(?:[,;.]|and\b|$)")
_SCALE = re.compile(r"(?i)(?:thousand|million|billion|trillion|crore|lakh|\d\s?(?:bn|mn|m|k))\b")
_YEARS = range(1500, 2100)
# A per-phrase that names its base but no noun: 'per 100,000', 'per 1 000'.
_BARE_BASE = re.compile(r"\bper\s+\d[\d,.\s]*$")
# Time words after a level date it, they count nothing: 'to 65 last year', '9 a year ago'.
_TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "quarter",
                         "day", "days", "decade", "earlier", "ago"})  # fmt: skip
# Words stating a level in both clauses ('is ... is', 'closed at ... at'). Not 'to' or 'of':
# 'raised the fine to $500 while cutting the term to 3' names two different measures.
_LEVEL_LEADS = frozenset({"be", "at", "stand", "close", "end", "finish", "settle"})


# A bare number this large compared with a percentage is a count, not another percentage.
_MAX_CARRIED_PERCENT = 1000


def carry_units(doc: Doc, text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The mentions, with the unit (and kind) of a paired figure on each bare one."""
    pairing = _Pairing(doc, text, lex)
    out = list(mentions)
    # a multiple between two figures ("180 per 100,000, double the average of 87") relates
    # them and is no figure of the measure itself: the pair is read across it
    figures = [i for i, m in enumerate(out) if not _is_multiple(m)]
    for i, j in pairwise(figures):
        first, second = out[i], out[j]
        if second.start - first.end > _WINDOW:
            continue
        forward = pairing.carrier(first) and pairing.bare(second)
        forward = forward and pairing.measure_fits(second, first)
        if forward and pairing.scales_fit(second, first) and pairing.pairs(first, second):
            out[j] = _carried(second, first)
        backward = pairing.bare(first) and pairing.carrier(second)
        backward = backward and pairing.measure_fits(first, second)
        if backward and pairing.scales_fit(first, second) and pairing.transition(first, second):
            out[i] = _carried(first, second)  # 'from 101.9 to 96.7 per 1,000 households'
        out[i], out[j] = _fill_bases(pairing, out[i], out[j])
    return out


def _is_multiple(m: Mention) -> bool:
    """'twice', 'double', 'four times': a multiple, kind "other" with no unit of a measure."""
    return m.kind == "other" and m.unit in (None, "times")


def _fill_bases(pairing: _Pairing, first: Mention, second: Mention) -> tuple[Mention, Mention]:
    """A rate whose per-phrase lost its noun ('up from 355 per 100,000 in 2023') takes the
    paired rate's whole per-phrase ('per 100,000 residents'); either may come first."""
    if _elided_base(second, first) and pairing.pairs(first, second):
        return first, replace(second, unit=first.unit)
    if _elided_base(first, second) and pairing.transition(first, second):
        return replace(first, unit=second.unit), second  # 'from 355 per 100,000 to 359 per ...'
    return first, second


def _elided_base(short: Mention, whole: Mention) -> bool:
    """'per 100,000' is 'per 100,000 residents' without its noun: the same base, cut short."""
    if short.kind != "rate" or whole.kind != "rate" or not short.unit or not whole.unit:
        return False
    return _BARE_BASE.search(short.unit) is not None and whole.unit.startswith(short.unit + " ")


def _carried(bare: Mention, carrier: Mention) -> Mention:
    # the mention's text stays the bare number: the unit is not written there
    return replace(
        bare, unit=carrier.unit, kind=carrier.kind, currency_symbol=carrier.currency_symbol
    )


class _Pairing:
    def __init__(self, doc: Doc, text: str, lex: Lexicon) -> None:
        self.doc, self.text = doc, text
        change = lex.cues["change"]
        self.change_verbs = frozenset(change["increase_verbs"] + change["decrease_verbs"])
        self.change_nouns = frozenset(change["increase_nouns"] + change["decrease_nouns"])
        self.trailing_qualifier = trailing_qualifier()

    # -- the two sides -------------------------------------------------------------------------
    def carrier(self, m: Mention) -> bool:
        return m.unit is not None and m.unit != "fraction" and m.kind not in ("count", "ordinal")

    def bare(self, m: Mention) -> bool:
        """A plain number counting nothing written after it: not '3 raids', not a year."""
        if m.unit is not None or m.kind != "count" or m.form not in (FORM_DIGITS, FORM_WORDS):
            return False
        if m.value.is_integer() and int(m.value) in _YEARS:
            return False  # a year the year rules kept, never a level of the paired figure
        number = self.doc[m.token_start : m.token_end]
        if any(t.dep_ == "nummod" and t.head.i >= number.end for t in number):
            return False  # the parser saw a counted noun after it
        return not self._noun_next(m.unit_token_end)

    def _noun_next(self, index: int) -> bool:
        doc = self.doc
        if index >= len(doc):
            return False
        token = doc[index]
        if token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("of", "-"):
            return token.lower_ not in _TIME_NOUNS  # '29 years' counts; 'to 65 a year' no
        after = doc[index + 1] if index + 1 < len(doc) else None
        if token.pos_ != "ADJ" or after is None or after.pos_ != "NOUN":
            return False
        return after.lower_ not in _TIME_NOUNS  # '65 armed raids'; not '65 last year'

    def measure_fits(self, bare: Mention, carrier: Mention) -> bool:
        """A duration that names a period is no measure the bare figure shares: 'recorded
        31,482 crimes in the first 10 months, down from 34,610'. Nor does a duration reach a
        bare number of thousands: a span of 34,610 months is no figure news reports; nor a
        percentage ('7.6 per cent compared to 90,505')."""
        if carrier.kind == "percent":
            # "an increase of 7.6 per cent compared to 90,505": thousands are no share
            return bare.value < _MAX_CARRIED_PERCENT
        if carrier.kind != "duration":
            return True
        if bare.value >= 1000:
            return False
        before = self.text[max(0, carrier.start - 40) : carrier.start]
        return _PERIOD_LEAD.search(before) is None

    def scales_fit(self, bare: Mention, carrier: Mention) -> bool:
        """'from R1.2 billion to 1.5': whether 1.5 is billions too is a guess, so it stays bare
        ('$1.5 million versus 900,000' pairs). A scaled bare number takes only a currency:
        'from 4.1% to 4.5 million' is two quantities."""
        carrier_scaled = _SCALE.search(self.text[carrier.start : carrier.end]) is not None
        bare_scaled = _SCALE.search(self.text[bare.start : bare.end]) is not None
        if carrier_scaled and not bare_scaled:
            return bare.value >= 1000
        return carrier.kind == "money" or not bare_scaled

    # -- the words between ---------------------------------------------------------------------
    def _gap_start(self, first: Mention, second: Mention) -> int:
        """Where the words after the first figure start: past a per-phrase it owns but does
        not cover ('180 offences per 100,000'), however its base is grouped ('per 100 000')."""
        if first.kind != "rate" or not first.unit or "per " not in first.unit:
            return first.end
        per = _loose(first.unit[first.unit.index("per ") :])
        found = per.search(self.text, first.end, second.start)
        return found.end() if found else first.end

    def _gap(self, first: Mention, second: Mention) -> str:
        """Words between the two figures, without the second one's qualifier."""
        gap = self.text[self._gap_start(first, second) : second.start]
        if second.qualifier is not None:
            gap = self.trailing_qualifier.sub("", gap)
        return gap.lower()

    def listed(self, carrier: Mention, bare: Mention) -> bool:
        """'Latvia (4.2 per 100 000), Lithuania (3.1)': the bare figure stands alone in the
        brackets after the next name of a list, or after 'with' ('..., followed by Honduras
        with 31.1'), so it is the same measure for that place."""
        gap = self.text[self._gap_start(carrier, bare) : bare.start]
        if _FOLLOWED_WITH.fullmatch(gap) and _ITEM_END.match(self.text, bare.end):
            return True
        if not self.text[bare.end : bare.end + 3].lstrip().startswith(")"):
            return False
        return _LISTED.fullmatch(gap) is not None or _FOLLOWED.fullmatch(gap) is not None

    def transition(self, first: Mention, second: Mention) -> bool:
        """'from 101.9 to 96.7 per 1,000 households': two levels of one measure."""
        before = self.text[max(0, first.start - 40) : first.start].lower()
        if first.qualifier is not None:
            before = self.trailing_qualifier.sub("", before)
        if not re.search(r"\bfrom\s*$", before):
            return False
        return _TRANSITION.fullmatch(self._gap(first, second)) is not None

    def pairs(self, carrier: Mention, bare: Mention) -> bool:
        if self.transition(carrier, bare) or self.listed(carrier, bare):
            return True
        gap = self._gap(carrier, bare)
        if _REFERENCE.fullmatch(gap) or _AVERAGE.fullmatch(gap) or _PROPORTION.fullmatch(gap):
            # 'rose 5% from 4,577': after a change, the compared figure is often a level
            return not self._is_change(carrier)
        return _PARALLEL.fullmatch(gap) is not None and self._parallel(carrier, bare)

    # -- parallel clauses ----------------------------------------------------------------------
    def _parallel(self, carrier: Mention, bare: Mention) -> bool:
        """'rose 2 percent but the Nasdaq fell 1', 'is 84.75 cents, while the lowest is 74.07':
        both figures hang on change verbs, or on the same level word ('is' ... 'is'), and the
        second clause does not count things ('while the number of detectives is 40')."""
        first, second = self._lead(carrier), self._lead(bare)
        if first is None or second is None:
            return False
        both_changes = self._is_change(carrier) and self._is_change(bare)
        same_level = first.lemma_.lower() == second.lemma_.lower() in _LEVEL_LEADS
        if not (both_changes or same_level):
            return False
        holder = _holder(second)
        if holder is None or not bare.value.is_integer():
            return True  # 'assaults climbed 1.8': a decimal counts no assaults
        return holder.tag_ not in ("NNS", "NNPS") and holder.lemma_.lower() not in COUNT_HOLDERS

    def _lead(self, m: Mention) -> Token | None:
        """The word the figure hangs on in the text: 'fell' of 'fell 1', 'is' of 'is 74.07',
        skipping a qualifier ('rose more than 5%')."""
        start = m.start
        if m.qualifier is not None:
            window = self.text[max(0, start - 40) : start]
            match = self.trailing_qualifier.search(window)
            start -= len(window) - match.start() if match else 0
        index = m.unit_token_start - 1
        while index >= 0 and self.doc[index].idx >= start:
            index -= 1
        return self.doc[index] if index >= 0 else None

    def _is_change(self, m: Mention) -> bool:
        """'rose 2%', 'up 5%', 'by 3%', 'a 5% increase': the figure is itself a change."""
        lead = self._lead(m)
        if lead is not None and (
            lead.lemma_.lower() in self.change_verbs or lead.lower_ in ("by", "up", "down")
        ):
            return True
        after = self.doc[m.unit_token_end] if m.unit_token_end < len(self.doc) else None
        return after is not None and after.lemma_.lower() in self.change_nouns


def _holder(lead: Token) -> Token | None:
    """The subject of the clause a figure's lead word belongs to ('the lowest' of 'the lowest
    is'), or the noun a preposition hangs on ('total' of 'a total of')."""
    verb = lead
    if lead.pos_ == "ADP":
        if lead.head.pos_ in ("NOUN", "PROPN"):
            return lead.head
        verb = lead.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


def _loose(phrase: str) -> re.Pattern[str]:
    """A per-phrase as written in any grouping: 'per 100,000 inhabitants' also finds
    'per 100 000 inhabitants', 'per 100000 inhabitants' and 'Per 100,000 Inhabitants'."""
    parts = []
    for word in phrase.split():
        if re.fullmatch(r"[\d,.]+", word):
            digits = re.sub(r"\D", "", word)
            parts.append(r"[\s,.\u00a0\u202f]?".join(digits))
        else:
            parts.append(re.escape(word))
    return re.compile(r"\s+".join(parts), re.IGNORECASE)
