"""Ranges: "20 to 35", "between 5 and 10", "20-35", "$1m-$2m", "three or four years".

A range is two numbers joined by "to", "and", "or" or a dash, when the words before allow it
("between ... and"; not a change "rose from 5 to 10", which is two levels). A scale word written
once belongs to both numbers ("1 to 2 million").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.scanning.candidate import _SPACE, FORM_DIGITS, FORM_WORDS, Candidate, _Number


class RangeReading:
    """Scanner methods that extend an amount into a range."""

    lex: Lexicon
    range_joiner: re.Pattern[str]

    def _init_ranges(self, lex: Lexicon) -> None:
        """The pattern joining the two ends of a range."""
        self.range_joiner = re.compile(  # "8- to 16-metre": a suspended hyphen first
            rf"[-–—]{_SPACE}+(?:to|and|or){_SPACE}+|[-–—]to[-–—](?=\d)"  # "0-to-60-mph"
            rf"|{_SPACE}*(?:to|[-–—]|and|or){_SPACE}*|[-–—]"
        )

    def _with_range(self, text: str, cand: Candidate, low: _Number) -> Candidate:
        """'20 to 35', 'between 5 and 10', '20-35', '$1m-$2m', 'three or four years'.

        A scale word written only once belongs to both numbers, range or not: "1 to 2
        million", and "rose from 2 to 2.5 million" (two levels: 2 million, 2.5 million)."""
        if cand.form not in (FORM_DIGITS, FORM_WORDS) or cand.value < 0:
            return cand
        joiner = self.range_joiner.match(text, cand.end)
        if not joiner or _COLUMN_GAP.search(joiner.group()):
            return cand  # "15          -20.0%": two table columns, never one range
        word = joiner.group().strip(" \u00a0\u202f\u2009").lower()
        word = word.lstrip("-–—").strip() or word  # "- to" of "8- to 16-metre" is "to"
        hyphened = word.startswith("to") and joiner.group()[-1:] in "-–—"  # "0-to-60-mph"
        high = self._read_number(text, joiner.end(), after_sign=hyphened, money_of=low.currency)
        if high is None or (high.form != low.form and low.form == FORM_DIGITS):
            return cand
        before = text[max(0, cand.start - 60) : cand.start].lower()
        cand = self._with_shared_scale(cand, low, high, rising=_RISE_BEFORE_FROM.search(before))
        priced = bool(low.currency and high.currency)
        if not _range_joiner_fits(word, before, priced) or self._changed_from(text, cand, word):
            return cand
        if self._year_then_amount(text, cand, high):
            return cand  # "from 1,226,400 at yearend 2023 to 1,241,100": a date, then a level
        upper = self._with_unit(text, Candidate(
            start=high.start, end=high.end, value=high.value, unit=high.currency,
            kind="money" if high.currency else None,
        ))  # fmt: skip
        merged = self._merge_range(cand, upper, high)
        if word == "or" and merged.value_high is not None:
            # not "25k or 40k cheaper than its rivals respectively": two figures, one each
            clause = _CLAUSE_REST.match(text, merged.end)
            apart = clause is not None and "respectively" in clause.group().lower()
            span = _alternatives_span(merged.value, merged.value_high) and not apart
            return merged if span else cand
        return merged

    def _with_listed_unit(self, text: str, cand: Candidate) -> Candidate:
        """'38 and 22 per cent of all petitions respectively', '5, 10 and 15 percent', 'jailed
        for 3 and 4 years': a bare number listed before the one that carries the unit shares
        it. Numbers with a scale word or a currency sign are left alone: a list's may differ."""
        bare = cand.unit is None and cand.kind is None and cand.value_high is None
        number = text[cand.number_start : cand.number_end]
        if not bare or cand.has_scale or cand.form not in (FORM_DIGITS, FORM_WORDS):
            return cand
        if _YEAR.fullmatch(number):
            return cand  # "in 2023 and 12 per cent": a year
        position = cand.end
        while (joiner := _LIST_JOINER.match(text, position)) is not None:
            listed = self._read_number(text, joiner.end())
            if listed is None or listed.currency or listed.has_scale or listed.form != cand.form:
                return cand
            word = joiner.group().strip(", \u00a0")
            if word and position == cand.end and "," in joiner.group():
                return cand  # "rose by 564, or 2.5%": the same change restated, no list
            if word:  # "and"/"or": the list's last number
                last = self._with_unit(text, _bare(listed))
                if _share_restating_count(cand, last):
                    return cand  # "5,216 or 52.8 percent": a count, then its share
                return _shared_unit(cand, last, text)
            position = listed.end
        return cand

    def _changed_from(self, text: str, cand: Candidate, word: str) -> bool:
        """'Cases went up by 27 per cent last year, from 1,148 to 1,458', 'Thefts doubled in
        2024, from 310 to 620': a change stated first, then its two levels. Only when nothing
        but the change figure and time words stand between a change word of the same clause
        and 'from' ('Fines rose, ranging from 50 to 500' and 'sentences from 5 to 10 years'
        stay ranges)."""
        if word != "to":
            return False
        before = _SENTENCE_BREAK.split(text[max(0, cand.start - 120) : cand.start])[-1]
        found = _FROM_AT_END.search(before)
        if found is None:
            return False
        months = self.lex.words("months")
        for change in _CHANGE_WORD.finditer(before, 0, found.start()):
            between = _TOKEN.findall(before[change.end() : found.start()].lower())
            if all(_links_change_to_levels(token, months) for token in between):
                return True
        return False

    def _year_then_amount(self, text: str, cand: Candidate, high: _Number) -> bool:
        """A year used as a date ('at yearend 2023', 'in fiscal 2024') is no low end of a range
        whose high end is no year ('yearend 2023 to 1,241,100'); 'between 2019 and 2023',
        'a crowd of 2000 to 3,000' keep theirs."""
        low_text = text[cand.number_start : cand.number_end]
        high_text = text[high.start : high.end]
        if not _YEAR.fullmatch(low_text) or _YEAR.fullmatch(high_text) or cand.unit:
            return False
        words = _DATE_WORD.findall(text[max(0, cand.start - 20) : cand.start].lower())
        return bool(words) and words[-1] in self.lex.words("year_date_words")

    @staticmethod
    def _with_shared_scale(
        cand: Candidate, low: _Number, high: _Number, rising: object = None
    ) -> Candidate:
        """'2 to 2.5 million': the first number is millions too. The scale is carried only
        when the result agrees with what the text says of the order: an amount with its own
        currency sign, or a number after a rise verb ("rose from 300 to 2 million"), takes it
        only when the range stays in order ('$2 to $4 million' is 2..4 million, '$200 to $4
        million' is 200..4,000,000); other bare counts keep carrying it ('fell from 3 to 2
        million' is 3 million to 2 million)."""
        unscaled_small = not low.has_scale and not cand.unit_text and low.base_value < 1000
        # "$300-350 million": the high end written bare after the low end's sign
        same_money = low.currency in (None, high.currency) or high.currency is None
        if high.has_scale and unscaled_small and same_money and cand.value == low.value:
            scaled = cand.value * (high.value / high.base_value)
            must_stay_in_order = low.currency is not None or rising
            if not must_stay_in_order or scaled <= high.value:
                return replace(cand, value=scaled)
        return cand

    def _merge_range(self, cand: Candidate, upper: Candidate, high: _Number) -> Candidate:
        if cand.unit and upper.unit and cand.unit != upper.unit:
            return cand  # "7% to $2.3 billion": two quantities
        if cand.unit_text and not upper.unit:
            return cand  # "0.4 per cent to 13176": a change, then a level
        if not cand.unit and upper.unit_text.lower().startswith("centur"):
            cand = replace(cand, value=cand.value * 100)  # "two to three centuries", in years
        if not cand.value < upper.value:
            return cand
        unit = cand.unit or upper.unit
        kind = cand.kind if cand.unit else upper.kind
        return replace(
            cand, end=upper.end, value_high=upper.value, unit=unit, kind=kind,
            unit_text=upper.unit_text or cand.unit_text, number_end=high.end,
            has_scale=cand.has_scale or high.has_scale,
            # "between 50,000 and 500,000 pesos": the upper end's word places the currency
            currency_symbol=cand.currency_symbol or upper.currency_symbol,
        )  # fmt: skip


_COLUMN_GAP = re.compile(r"[ \u00a0]{3,}")
# what joins the numbers of a list: "5, 10 and 15", "38 and 22", "three or four"
_LIST_JOINER = re.compile(rf",{_SPACE}*(?:(?:and|or){_SPACE}+)?|{_SPACE}+(?:and|or){_SPACE}+")
_AGE_AFTER = re.compile(r"[\s-]*old\b")  # "18 and 35 years old": ages, read elsewhere


def _bare(number: _Number) -> Candidate:
    return Candidate(start=number.start, end=number.end, value=number.value, form=number.form,
                     number_start=number.start, number_end=number.end)  # fmt: skip


def _share_restating_count(cand: Candidate, last: Candidate) -> bool:
    """'5,216 or 52.8 percent': a number above 100 before a share of at most 100 percent is
    the count the share restates, not a percentage of its own."""
    return last.kind == "percent" and cand.value > 100 >= last.value


def _shared_unit(cand: Candidate, last: Candidate, text: str) -> Candidate:
    """``cand`` in the unit of the list's last number: a unit or currency word written after it
    ('22 per cent', '10 dollars'), or an age ('18 and 35 years old')."""
    if last.unit is None or last.kind is None or not last.unit_text:
        return cand
    if last.unit == "year" and _AGE_AFTER.match(text, last.end):
        return replace(cand, unit="year", kind="age")
    return replace(cand, unit=last.unit, kind=last.kind, unit_text=last.unit_text,
                   currency_symbol=last.currency_symbol)  # fmt: skip


_CLAUSE_REST = re.compile(r"[^.;\n]{0,100}")


def _alternatives_span(low: float, high: float) -> bool:
    """'five or six', '15 or 20', '₡50,000 or ₡100,000': two neighbouring counts, or two
    round figures no more than twice apart, give a rough span; 'Article 3 or 14' does not."""
    if not (0 < low < high and low.is_integer() and high.is_integer()):
        return False
    round_pair = low % 5 == 0 and high % 5 == 0 and high <= 2 * low
    return high - low <= 2 or round_pair


def _range_joiner_fits(word: str, before: str, priced: bool = False) -> bool:
    """Whether 'X <word> Y' can be a range, judging by the words before X. ``priced``: both
    ends carry their currency ('$5m to $15m')."""
    if word == "and":
        return _BETWEEN_AT_END.search(before) is not None
    if word == "to" and priced and _LOSS_RIGHT_BEFORE.search(before):
        return True  # "a shop can lose Shs5 million to Shs15 million": what a loss may come to
    if word == "to" and _PUNISHABLE_BY.search(before):
        return True  # "punishable under Law No. 7258 by three to five years": a penalty's span
    if word == "to" and _CHANGE_RIGHT_BEFORE.search(before):
        return False  # "dropped 7% to 12%", "increased by $43.6bn to $419.2bn": change, level
    if word == "to" and _SPREAD_FROM.search(before):
        return True  # "Fines rose last year, ranging from 50 to 500": a spread, whatever rose
    if word == "to" and _FROM_AT_END.search(before):
        return _CHANGE_BEFORE_FROM.search(before) is None  # "rose from 5 to 10": two levels
    return True


# "between 5 and 10", "between the ages of 18 and 35"
_BETWEEN_AT_END = re.compile(r"\bbetween(?:\s+the\s+ages?\s+of)?\s*$")
_SPREAD_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s*$")


_CHANGE_RIGHT_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|increas\w*|gain\w*|grew|grow\w*|jump\w*|climb\w*|surg\w*|soar\w*|"
    r"fell|fall\w*|drop\w*|declin\w*|decreas\w*|plung\w*|slump\w*|shed|lost|los\w*|up|down|by|"
    r"advanc\w*|slid\w*|slip\w*|add\w*|cut)"
    # "fell by about 11 tonnes to 142 tonnes": the change's own qualifier may come between
    r"(?:\s+(?:about|around|nearly|almost|roughly|some|approximately|more\s+than|over))?\s*$"
)


_PUNISHABLE_BY = re.compile(
    r"(?i)\b(?:punishable|punished|penali[sz]ed)\b(?:[^.;]|(?<=\bno)\.){0,60}\bby\s*$"
)  # "punishable under Law No. 7258 by"


_LOSS_RIGHT_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost)\s*$")


_RISE_BEFORE_FROM = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|"
    r"jump\w*|climb\w*|surg\w*|soar\w*|doubl\w*|tripl\w*|up)(?:\W+\w+){0,3}\W+from\s*$"
)  # "rose from 300 to 2 million": the 300 is not in millions, or the rise would be a fall


# the verbs of rising and falling both change patterns below share
_RISE_FALL = (
    r"ris(?:e|es|en|ing)|rose|jump\w*|climb\w*|surg\w*|soar\w*|doubl\w*|tripl\w*|fell|"
    r"fall(?:s|en|ing)?|drop\w*|declin\w*|decreas\w*|plung\w*|slump\w*|shr[aiu]nk\w*|up|down"
)
# a change word: its figure and time words may stand before 'from' (``_changed_from``)
_CHANGE_WORD = re.compile(rf"(?i)\b(?:{_RISE_FALL}|increas\w*|grew|grow(?:s|n|ing|th)?|halved)\b")


_FROM_AT_END = re.compile(r"(?i)\bfrom\s*$")


_SENTENCE_BREAK = re.compile(r"[.;:!?]\s")


_TOKEN = re.compile(r"[^\s,]+")


# "by 27 per cent", "1.2%", "a third": the change figure and the words that link it
_CHANGE_FIGURE = re.compile(
    r"[$€£¥]?[\d.,]+(?:%|k|m|bn|pc)?|per|cent|percent|pct|%|percentage|points?|a|an|the|by|"
    r"of|some|about|around|nearly|almost|just|over|more|than|half|third|quarter|fold|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|"
    r"sharply|slightly|steeply|overall|nationally|nationwide|again|also|further"
)


# time words between the change figure and "from": "last year", "in 2024", "year on year"
_CHANGE_TIME_WORDS = frozenset(
    {"last", "this", "past", "previous", "year", "years", "month", "months", "quarter",
     "quarters", "week", "weeks", "decade", "period", "in", "on", "during", "since", "between",
     "compared", "with", "year-on-year", "year-over-year", "annually", "yearly", "alone",
     "fiscal", "financial", "calendar", "first", "second", "third", "fourth", "half",
     "yearend", "year-end", "end", "at", "to", "date", "twelve", "same",
     "and"}  # "between January and June"
)  # fmt: skip


def _links_change_to_levels(token: str, months: frozenset[str]) -> bool:
    """A word that may stand between a change and its 'from X to Y' levels."""
    token = token.strip("()")
    return (
        token in _CHANGE_TIME_WORDS
        or token in months
        or _YEAR.fullmatch(token) is not None
        or _CHANGE_FIGURE.fullmatch(token) is not None
    )


_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


_DATE_WORD = re.compile(r"[a-z][a-z-]*")


# A change verb, then up to three words, or up to six with no comma between, naming what
# changed ("raised the threshold for small damage from €266 to €700"), then 'from': two
# levels. Verbs only: "growth forecast from 5 to 7 per cent" is a range; so is "rose 12%,
# with victims aged from 20 to 35", where the comma ends the change.
_CHANGE_BEFORE_FROM = re.compile(
    rf"\b(?:{_RISE_FALL}|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|"
    r"cut|cuts|reduc\w*|went|gone|chang\w*|mov(?:e|ed|es|ing)|shift\w*)"
    r"(?:(?:\W+\w+){0,3}|(?:\s+[^\s,;:.]+){4,6})\W+from\s*$"
)
