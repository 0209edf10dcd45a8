"""Shares and multiples written in words: fractions ("two-thirds", "half a million", "a quarter
mile"), ratios ("one in five", "3 out of 10") and multipliers ("threefold", "a 3-fold rise",
"twice the rate").

A fraction word alone is a mention only where it states a share ("half of the ..."); "the
first half of 2024" is a period, and "a third day" an ordinal (``ordinals.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.numerals import (
    FRACTION_DENOMINATORS,
    SMALL_NUMBERS,
    parse_fraction_words,
    parse_number_words,
    scale_factor,
    split_number_words,
)
from factpull.scanning.candidate import (
    _CLAUSE_END,
    _SPACE,
    FORM_DIGITS,
    FORM_FRACTION,
    FORM_WORDS,
    Candidate,
    _glued_to_word,
)


class FractionReading:
    """Scanner methods that read fractions, ratios and multipliers."""

    lex: Lexicon
    fraction: re.Pattern[str]
    fold: re.Pattern[str]

    def _init_fractions(self, lex: Lexicon) -> None:
        """Patterns of fraction words and of '-fold'."""
        fraction_words = "|".join(FRACTION_DENOMINATORS)
        small = "|".join(SMALL_NUMBERS)
        self.fraction = re.compile(rf"(?i)\b(?:(?:a|an|one|{small})[ -])?(?:{fraction_words})\b")
        self.fold = re.compile(rf"(?i)(?P<num>\d+(?:\.\d+)?|{_FOLD_WORDS})-?fold\b(?!-)")

    def _read_fold(self, text: str, start: int) -> Candidate | None:
        """'a threefold rise', 'grew more than sixfold', 'a 3-fold increase': a multiplier."""
        match = self.fold.match(text, start)
        if match is None or _glued_to_word(text, start):
            return None
        num = match.group("num").lower()
        value = float(num) if num[0].isdigit() else parse_number_words([num])
        if value is None:
            return None
        # unit "times": what "three times" says with its counted noun
        cand = Candidate(start=start, end=match.end(), value=float(value), unit="times",
                         kind="other", number_start=start, number_end=match.end())  # fmt: skip
        return self._with_qualifier(text, cand)

    def _read_twice(self, text: str, start: int) -> Candidate | None:
        """'nearly twice the legal limit', 'almost double the Sydney rate', 'triple the 2025
        total': a multiplier word before the measure it multiplies, like 'two times the'. Not
        'charged twice before' (occasions), 'twice a week' (a rate) or 'plans to double the
        patrols' (a verb)."""
        match = _TWICE.match(text, start)
        if match is None or _glued_to_word(text, start):
            return None
        if _VERB_SLOT_BEFORE.search(text, max(0, start - 12), start):
            return None  # "plans to double the patrols": a verb, no stated multiple
        value = _MULTIPLIER_VALUES[match.group(1).lower()]
        cand = Candidate(start=start, end=match.end(), value=value, unit=None, kind="other",
                         form=FORM_WORDS, number_start=start, number_end=match.end())  # fmt: skip
        return self._with_qualifier(text, cand)

    def _read_one_and_a_half(self, text: str, start: int) -> Candidate | None:
        """'a year and a half', 'an hour and a half', 'one mile and a half': one unit and half
        of another. 'a year' alone states no amount; the half makes it one."""
        article = _ONE_BEFORE_UNIT.match(text, start)
        if article is None or _glued_to_word(text, start):
            return None
        one = Candidate(start=start, end=article.end(), value=1.0, form=FORM_WORDS,
                        number_start=start, number_end=article.end())  # fmt: skip
        measured = self._with_unit(text, one)
        half = _AND_A_HALF.match(text, measured.end)
        if measured.unit is None or measured.kind == "money" or half is None:
            return None
        return self._with_qualifier(text, replace(measured, end=half.end(), value=1.5))

    def _multiplier(self, text: str, cand: Candidate) -> Candidate | None:
        """'more than four times the global average', 'three times higher than', '2.6 times
        as many': a multiplier, kind "other" like 'threefold'. 'three times a year' is a
        rate and 'jailed three times' a count of occasions, so a comparison must follow."""
        plain = cand.unit is None and cand.kind is None
        if not plain or cand.form not in (FORM_DIGITS, FORM_WORDS):
            return None
        times = _TIMES_COMPARED.match(text, cand.end)
        if times is None or cand.value <= 0:
            return None
        if times.group("next").lower() == "over" and not _GROWTH_VERB_BEFORE.search(
            text, max(0, cand.start - 20), cand.start
        ):
            return None  # "jailed three times over the decade": occasions
        # unit null and "times" outside the text: the number alone is the mention, as for
        # "10 times larger" elsewhere; only "threefold" carries its multiplier in one word
        return replace(cand, kind="other")

    def _ratio(self, text: str, cand: Candidate) -> Candidate | None:
        """'one in five adults', 'a 1-in-4 chance', '3 out of 10 voters': the fraction N/M.
        Not '5 in 10 minutes' or '2 in 3 games' (a count within a measure or a span)."""
        if cand.unit is not None or cand.form not in (FORM_DIGITS, FORM_WORDS):
            return None
        joiner = _RATIO_JOINER.match(text, cand.end)
        if joiner is None or not cand.value.is_integer() or cand.value < 1:
            return None
        whole = self._read_number(text, joiner.end(), after_sign=True)  # 'in-4' is no name
        if whole is None or whole.currency or whole.has_scale or whole.form == FORM_FRACTION:
            return None
        if not (cand.value < whole.value <= 1000 and whole.value.is_integer()):
            return None
        hyphenated = joiner.group().startswith("-")
        # "two out of three litres sold": 'out of' shares the measured thing, where "5 in 10
        # minutes" counts within a span
        measured = self.unit.match(text, whole.end) and "out" not in joiner.group().lower()
        if not hyphenated and (measured or _RATIO_NOT_PEOPLE.match(text, whole.end)):
            return None
        return replace(
            cand, end=whole.end, number_end=whole.end, value=cand.value / whole.value,
            unit="fraction", kind="other",
        )  # fmt: skip

    def _read_fraction(self, text: str, start: int) -> Candidate | None:
        match = self.fraction.match(text, start)
        if not match:
            return None
        value = parse_fraction_words(match.group())
        if value is None and _lone_fraction_of_scale(text, match):
            value = 0.25  # "quarter million": "quarter" alone is no number word
        if value is None or self._period_part(text, start, match.end()):
            return None
        cand = Candidate(start=start, end=match.end(), value=value, unit="fraction",
                         kind="other", form=FORM_FRACTION, number_start=start,
                         number_end=match.end())  # fmt: skip
        measured = self._fraction_of_amount(text, cand) or self._fraction_with_unit(text, cand)
        if measured is not None:
            return self._with_qualifier(text, measured)
        before = text[max(0, start - 4) : start].lower()
        words = split_number_words(match.group())
        stands_alone = (  # "exactly one sixth.", "rose to two-thirds,"; not "a third." (a place)
            len(words) == 2
            and words[0] not in ("a", "an")
            and _CLAUSE_END.match(text, match.end()) is not None
            and (words[1] != "quarters" or "-" in match.group())  # "three quarters": fiscal
        )
        if not (
            _SHARE_OF_AFTER.match(text, match.end())
            or (len(words) == 2 and _PERCENT_IN_BRACKETS.match(text, match.end()))
            or before.endswith("by ")
            or self._headline_change(text, start, match.end())
            or self._change_size(text, start, match.end())
            or stands_alone
            or value > 1  # "three halves": never a count of halves
            or self._share_without_of(text, start, match.end(), words)
            or _COMPARED_AFTER.match(text, match.end()) is not None
        ):
            return None
        return self._with_qualifier(text, cand)

    @staticmethod
    def _headline_change(text: str, start: int, end: int) -> bool:
        """'Shoplifting up a third as retailers count cost': a change by a fraction after
        'up' or 'down', with no noun after it ('looked up a third time' is an ordinal)."""
        up_down = _UP_DOWN_BEFORE.search(text, max(0, start - 6), start) is not None
        return up_down and _AFTER_CHANGE_SIZE.match(text, end) is not None

    @staticmethod
    def _change_size(text: str, start: int, end: int) -> bool:
        """'an increase of more than a fifth compared with ...': the size of a change noun's
        change, with no noun of its own after it (not 'the fall of a third empire')."""
        before = _CHANGE_OF_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and _AFTER_CHANGE_SIZE.match(text, end) is not None

    @staticmethod
    def _share_without_of(text: str, start: int, end: int, words: list[str]) -> bool:
        """'almost a quarter were', 'dropped by nearly half', 'more than half said': a share
        with its whole left unsaid. 'a third was' may be a third person, so a bare 'a third'
        needs a plural verb; 'a quarter past', 'half-time' have no verb after them."""
        lead = text[max(0, start - 30) : start]
        if _WHOLE_NAMED_BEFORE.search(lead):
            return True  # "$3.9bn, of which around a third related to ...": the whole is named
        qualified = _SHARE_QUALIFIER_BEFORE.search(lead) is not None
        if qualified and lead.lower().rstrip().endswith(_BY_QUALIFIERS):
            return True  # "fell by nearly half", "cut by more than a third"
        verb = _SHARE_VERB_AFTER.match(text, end)
        if verb is None:
            return qualified and _CLAUSE_END.match(text, end) is not None
        plain_half = words[-1] in ("half", "quarter")
        ordinal_like = words[0] in ("a", "an") and not plain_half
        return not ordinal_like or qualified or verb.group(1).lower() in _PLURAL_VERBS

    @staticmethod
    def _period_part(text: str, start: int, end: int) -> bool:
        """'the first half of 2024', 'the second half of the year', 'Q3' written 'the third
        quarter': a named period, not a fraction. 'half of the year's thefts' stays one."""
        word = text[start:end].lower()
        if word not in ("half", "quarter"):
            return False
        if _PERIOD_ORDINAL_BEFORE.search(text, max(0, start - 10), start):
            return True
        return word == "half" and _PERIOD_OF_AFTER.match(text, end) is not None

    def _fraction_of_amount(self, text: str, cand: Candidate) -> Candidate | None:
        """'half a million', 'half an hour', 'half a dozen', 'a quarter of a mile'."""
        link = _FRACTION_LINK.match(text, cand.end)
        if not link:
            return None
        if not link.group("of") and text[cand.start : cand.end].lower() != "half":
            return None  # "half a mile", but "a quarter a mile" is not English
        return self._fraction_times(text, cand, link.end())

    def _fraction_with_unit(self, text: str, cand: Candidate) -> Candidate | None:
        """'one-half miles', 'a quarter mile', 'three-quarters million'."""
        words = split_number_words(text[cand.start : cand.end])
        if len(words) < 2 and not _lone_fraction_of_scale(
            text, self.fraction.match(text, cand.start)
        ):
            return None  # "half-year results" is not half a year; "half million" is 500,000
        if words[0] in ("a", "an") and words[1] not in ("half", "quarter"):
            return None  # "a third day", "a fifth year": ordinals
        return self._fraction_times(text, cand, cand.end)

    def _fraction_times(self, text: str, cand: Candidate, pos: int) -> Candidate | None:
        """The fraction of the scale word or unit at ``pos``, else None."""
        scale = _FRACTION_SCALE.match(text, pos)
        if scale:
            word = scale.group("scale").lower()
            factor = 12 if word == "dozen" else scale_factor(word) or 1
            scaled = replace(cand, end=scale.end(), number_end=scale.end(), unit=None,
                             kind=None, value=cand.value * factor, form=FORM_WORDS,
                             has_scale=True)  # fmt: skip
            return self._with_unit(text, scaled)
        measured = self._with_unit(text, replace(cand, end=pos, unit=None, kind=None))
        return measured if measured.unit is not None else None


# Words that are a multiplier on their own; the scanner's start pattern looks for them too.
_MULTIPLIER_VALUES = {"twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0, "quadruple": 4.0}
_MULTIPLIER_WORDS = "|".join(_MULTIPLIER_VALUES)
# "to double the", "will triple the": the word is a verb there
_VERB_SLOT_BEFORE = re.compile(
    r"(?i)\b(?:to|will|would|could|can|may|might|should|must|did|does|do|'ll)\s+$"
)
# "twice the national rate": the measure that makes the word a multiplier ('twice as likely'
# stays unread, as NewsQuant's annotators leave it; 'scored twice as United won' is no multiple)
_TWICE = re.compile(  # "twice as many as": a multiple of a count; "twice as likely" no
    rf"(?i)({_MULTIPLIER_WORDS})(?={_SPACE}+(?:the|that\s+of|those\s+of|its|their|his|her|"
    rf"as{_SPACE}+(?:many|much)\b))"
    rf"(?!{_SPACE}+the{_SPACE}+(?:following|previous|next|same)\b)"
)
# "N times" then a comparison: "times the rate", "times higher", "times as many", "times that
# of". Not "times the following week" or "times the year before" (when, not how much).
_TIMES_COMPARED = re.compile(
    rf"(?i){_SPACE}+(?P<times>times)(?={_SPACE}+(?P<next>the|their|his|her|its|our|what|more"
    r"|less|fewer|higher|lower|as"
    r"|bigger|larger|greater|smaller|above|below|over|that\s+of|those\s+of)\b)"
    rf"(?!{_SPACE}+the{_SPACE}+(?:following|previous|next|same|last|first|past|day|week|month"
    r"|year|night|season|weekend)\b)"
)


# "rose 2.6 times over", "grew three times over": growth, not occasions
_GROWTH_VERB_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|grew|grown|increased|jumped|climbed|soared|surged|multiplied|expanded"
    r"|doubled|rising|growing|increasing)\s+(?:by\s+)?$"
)


_FOLD_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand"


# "one in five", "1-in-4", "3 out of 10", "one in every four", "seven out of every 10",
# "3 of every 5" (a bare "of" needs "every": "3 of 5 suspects" may be three of a group)
_RATIO_JOINER = re.compile(
    rf"-in-|{_SPACE}+(?:(?:in|out{_SPACE}+of)(?:{_SPACE}+every)?|of{_SPACE}+every){_SPACE}+"
)


# What follows a share: "two-thirds of", "half the", and a bracketed figure between the share
# and its "of" ("nearly two-thirds (65.3%) of violent crimes"), which is a claim of its own.
_SHARE_OF_AFTER = re.compile(
    r"(?i)(?:\s*\([^()\n]{1,24}\))?\s+(?:of|the|their|all|its|his|her|my|our|your|these|those)\b"
)


# A share restated as a percent in brackets: "two fifths (41%) resigned", "three quarters
# (76 per cent) said". The percent makes it a share, whatever verb follows (and "three
# quarters" no fiscal period).
_PERCENT_IN_BRACKETS = re.compile(
    r"(?i)\s*\(\s*(?:about\s+|around\s+|nearly\s+|almost\s+)?\d{1,3}(?:\.\d+)?\s*"
    r"(?:%|per\s?cent|percent)\s*\)"
)


# After "N in M": what it is a count within, not a share of ("2 in 3 games", "5 in 10 tries").
_RATIO_NOT_PEOPLE = re.compile(
    r"(?i)\s+(?:games?|matches|starts|appearances|outings|innings|races|attempts|tries|shots|"
    r"seasons|rounds|events|tournaments|meetings|visits|days?|years?)\b"
)


# Qualifiers written before a share: "almost a quarter", "more than half", "by nearly a third".
_SHARE_QUALIFIER_BEFORE = re.compile(
    r"(?i)\b(?:more|less|fewer)\s+than\s*$|\b(?:almost|nearly|about|around|roughly|over|under"
    r"|approximately|some|only|just|barely|close\s+to|at\s+least|upwards\s+of)\s*$"
)


_ONE_BEFORE_UNIT = re.compile(r"(?i)(?:a|an|one)(?=[ \u00a0]+[a-z])")
_AND_A_HALF = re.compile(r"(?i)[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half\b(?!-)")


# "of which", "of whom about": the whole a share is taken of, named just before it
_WHOLE_NAMED_BEFORE = re.compile(r"(?i)\bof\s+(?:which|whom)\s+(?:[a-z]+\s+){0,2}$")


# "an increase of more than a fifth", "a drop of nearly half": the size of a change.
_CHANGE_OF_BEFORE = re.compile(
    r"(?i)\b(?:increase|rise|drop|fall|decline|decrease|reduction|jump|surge|cut|growth)\s+of"
    r"(?:\s+(?:more|less)\s+than|\s+(?:almost|nearly|about|around|roughly|over|some|just))?"
    r"\s+$"
)
_AFTER_CHANGE_SIZE = re.compile(
    r"(?i)[ \t]*(?:[,.;:)]|$|\s(?:in|compared|on|from|over|since|against|to|year|as|after|amid)\b)"
)
_BY_QUALIFIERS = tuple(
    f"by {q}" for q in ("more than", "less than", "almost", "nearly", "about", "around",
                        "roughly", "over", "approximately", "some", "close to", "just under",
                        "just over", "at least", "up to")
)  # fmt: skip


# "Shoplifting up a third", "thefts down half": a headline's change by a fraction
_UP_DOWN_BEFORE = re.compile(r"(?i)\b(?:up|down)\s+$")
# A comparison right after a fraction makes it a change's size: "243 suspects, a third more
# than in 2023", "half as many again"
_COMPARED_AFTER = re.compile(r"(?i)\s+(?:(?:more|fewer|less|higher|lower)\s+than|as\s+many)\b")
# A verb right after a share that is the clause's subject: "a third were juveniles".
_SHARE_VERB_AFTER = re.compile(
    r"(?i)\s+(?:also\s+|now\s+|still\s+)?(were|was|are|is|had|have|has|said|say|says|reported"
    r"|report|admitted|involved|felt|feel|believe|believed|think|thought|did|do|would|could|will"
    r"|came|occurred|took|remain|remained|lived|live|went)\b"
)


_PLURAL_VERBS = frozenset(("were", "are", "have", "say", "do", "feel", "believe", "think", "live"))


_PERIOD_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|final|last|latter|former|1st|2nd|3rd|4th)[\s-]+$"
)


_PERIOD_OF_AFTER = re.compile(
    r"(?i)\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?"
    r"(?:year|season|decade|century|month|quarter|period|match|game|term|(?:19|20)\d\d)\b(?!['’])"
)


# Between a fraction and what it is a fraction of: "half a million", "a third of an hour".
_FRACTION_LINK = re.compile(rf"(?i)(?P<of>{_SPACE}+of)?{_SPACE}+an?{_SPACE}+")


def _lone_fraction_of_scale(text: str, match: re.Match[str] | None) -> bool:
    """'half million', 'quarter million': a bare 'half'/'quarter' right before a scale word."""
    if match is None or match.group().lower() not in ("half", "quarter"):
        return False
    return _FRACTION_SCALE.match(text, match.end()) is not None


_FRACTION_SCALE = re.compile(
    rf"(?i)(?:{_SPACE}|-)?(?P<scale>million|billion|trillion|thousand|dozen|lakh|crore)\b"
)
