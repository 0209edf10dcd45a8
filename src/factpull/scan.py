"""The fast scan: find quantity mentions in sentence text by their written form.

The scan works on characters, so it sees "€2.5m", "HK$10", "20–35" and "42 923" the same way
whatever spaCy's tokenizer does with them. It finds each mention's extent (currency prefix, number,
scale word, unit, range end, "per" phrase) and reads its value. It knows nothing about grammar:
whether a number is a year, a date part or an identifier is decided later on the parsed sentence
(``components/quantities.py``), and units this scan does not know are left to quantulum3
(``quantities.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from factpull.assets import Lexicon, lexicon
from factpull.numerals import (
    FRACTION_DENOMINATORS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SMALL_NUMBERS,
    parse_digits,
    parse_fraction_words,
    parse_number_words,
    parse_ordinal,
    scale_factor,
    split_number_words,
    to_float,
)

FORM_DIGITS, FORM_WORDS, FORM_FRACTION, FORM_ORDINAL = "digits", "words", "fraction", "ordinal"
_SPACE = r"[ \u00a0\u202f\u2009]"


@dataclass(frozen=True)
class Candidate:
    """A quantity mention found by its written form, before any grammatical check."""

    start: int  # mention extent in the scanned text (qualifier excluded)
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None  # canonical unit or ISO currency from our tables
    kind: str | None = None  # kind implied by the unit ("money", "percent", ...)
    qualifier: str | None = None
    form: str = FORM_DIGITS
    number_start: int = 0  # the first number of the mention (after any currency prefix)
    number_end: int = 0  # end of the last number + scale word (before unit words)
    unit_text: str = ""  # the unit words as written, "" when none
    hyphen_unit: bool = False  # "three-year", "5-kg": number and unit joined by a hyphen
    has_scale: bool = False
    age_cue: bool = False  # "20-year-old", "years old", "aged"
    per: str | None = None  # "per 1,000 people" when the mention is a rate
    currency_symbol: str | None = None  # "$", "¥": a symbol whose currency the document decides
    consumed_end: int = 0  # where scanning resumes: past a "per 100,000" the mention owns


@dataclass(frozen=True)
class _Number:
    start: int
    end: int  # after the scale word, if any
    value: float
    form: str
    currency: str | None
    has_scale: bool
    core_end: int  # end of the digits / words themselves
    base_value: float  # the value before the scale word: 2 for "2 million"
    symbol: str | None  # the currency prefix as written, when it is ambiguous ("$", "¥")


class Scanner:
    """Compiled patterns built from the lexicon tables; one per process."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        prefixes = sorted(lex.currency_prefixes, key=len, reverse=True)
        symbol_prefixes = [p for p in prefixes if not p[-1].isalpha() and p[-1] != "."]
        word_prefixes = [p for p in prefixes if p not in symbol_prefixes]
        symbols = "|".join(re.escape(p) for p in symbol_prefixes)
        words = "|".join(re.escape(p) for p in word_prefixes)
        self.currency = re.compile(
            rf"(?P<cur>(?:{symbols})|(?<![A-Za-z])(?:{words})(?![a-z]))(?P<space>{_SPACE}?)"
        )
        self.digits = re.compile(
            rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?(?!,?\d)"  # Indian grouping: 7,51,10,300
            rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!,?\d)"
            rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d,.]?\d)(?:\.\d+)?"
            rf"|\d+(?:\.\d+)?|\.\d+"
        )
        word_alternation = "|".join(sorted(NUMBER_WORDS | {"a", "an"}, key=len, reverse=True))
        self.number_words = re.compile(
            rf"(?i)\b(?:{word_alternation})(?:(?:\s+and\s+|\s+|-)(?:{word_alternation}))*\b"
        )
        fraction_words = "|".join(FRACTION_DENOMINATORS)
        small = "|".join(SMALL_NUMBERS)
        self.fraction = re.compile(rf"(?i)\b(?:(?:a|an|one|{small})[ -])?(?:{fraction_words})\b")
        self.scale_word = re.compile(
            rf"(?:{_SPACE}|-)?(?i:thousand|million|billion|trillion|lakhs?|lacs?|crores?)\b"
            rf"|(?:k|K|m|M|MM|b|B|bn|Bn|tn|trn|cr)\b|{_SPACE}?(?:mn|mln|bn|bln|cr)\b"
        )
        self.ordinal = re.compile(
            r"(?i)\b(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\b"
        )
        self.unit = _unit_pattern(lex)
        self.qualifier = _qualifier_pattern(lex)
        self.range_joiner = re.compile(rf"{_SPACE}*(?:to|[-–—]|and|or){_SPACE}*|[-–—]")
        self.per = re.compile(
            rf"(?P<gap>(?:{_SPACE}+[A-Za-z][\w'-]*){{0,2}}?)"
            rf"{_SPACE}+(?P<per>per|for every|every|a|an)"
            rf"(?:{_SPACE}+(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|one|a|ten|hundred|thousand|million))?"
            rf"{_SPACE}+(?P<noun>[A-Za-z]+)\b"
        )
        self.age_after = re.compile(
            r"(?i)(?:-|\s)?(?:years?|months?)(?:-|\s)old\b|(?:\s|-)?years?\s+of\s+age\b"
        )

    # -- public ---------------------------------------------------------------------------
    def scan(self, text: str) -> list[Candidate]:
        """All candidate mentions in ``text``, in order, not overlapping."""
        found: list[Candidate] = []
        pos = 0
        while pos < len(text):
            candidate = self._next_candidate(text, pos)
            if candidate is None:
                break
            found.append(candidate)
            pos = max(candidate.end, candidate.consumed_end, pos + 1)
        return found

    # -- finding the next mention ------------------------------------------------------------
    def _next_candidate(self, text: str, pos: int) -> Candidate | None:
        while True:
            start = self._next_start(text, pos)
            if start is None:
                return None
            skip = _NOT_QUANTITIES.match(text, start)
            if skip:
                pos = skip.end()
                continue
            candidate = self._candidate_at(text, start)
            if candidate is not None:
                return candidate
            pos = _past_token(text, start)

    _START = re.compile(
        r"[\d$€£¥₹₩₽₦₱฿₪₺₴₿+]|(?<![A-Za-z])(?:[A-Z]{1,3}\$|Rs\.?|RMB|USD|EUR|GBP|CNY|INR|JPY|CAD|AUD"
        r"|CHF|RM|Rp|KSh|NIS|ZAR|NGN|HKD|SGD|[Aa]n?\b|"
        + "|".join(
            sorted(
                NUMBER_WORDS | set(FRACTION_DENOMINATORS) | set(ORDINAL_WORDS),
                key=len,
                reverse=True,
            )
        )
        + r")",
        re.IGNORECASE,
    )

    def _next_start(self, text: str, pos: int) -> int | None:
        match = self._START.search(text, pos)
        return match.start() if match else None

    def _candidate_at(self, text: str, start: int) -> Candidate | None:
        for reader in (self._read_fraction, self._read_ordinal, self._read_quantity):
            candidate = reader(text, start)
            if candidate is not None:
                return candidate
        return None

    # -- numbers -------------------------------------------------------------------------------
    def _read_number(self, text: str, pos: int) -> _Number | None:
        """A number with optional currency prefix and scale word, starting exactly at ``pos``."""
        start, currency, symbol = pos, None, None
        cur = self.currency.match(text, pos)
        if cur and (cur.group("space") or _digit_at(text, cur.end())):
            currency = self.lex.currency_prefixes[cur.group("cur")]
            if cur.group("cur") in self.lex.ambiguous_symbols:
                symbol = cur.group("cur")
            pos = cur.end()
        digits = self.digits.match(text, pos)
        if digits and (currency or not _glued_to_word(text, digits.start())):
            value, form, core_end = parse_digits(digits.group()), FORM_DIGITS, digits.end()
        else:
            if currency is not None:
                return None
            words = self._read_number_words(text, pos)
            if words is None:
                return None
            value, core_end = words
            form = FORM_WORDS
        base_value, end, has_scale = to_float(value), core_end, False
        scale = self.scale_word.match(text, core_end)
        if scale:
            factor = scale_factor(scale.group().strip(" -\u00a0\u202f\u2009"))
            if factor and self._scale_applies(text, scale, currency, form):
                value, end, has_scale = value * factor, scale.end(), True
        return _Number(
            start, end, to_float(value), form, currency, has_scale, core_end, base_value, symbol
        )

    def _read_number_words(self, text: str, pos: int) -> tuple[int, int] | None:
        match = self.number_words.match(text, pos)
        if not match:
            return None
        # Shrink from the right until the words form one number ("five and ten" -> "five").
        pieces = list(re.finditer(r"[A-Za-z]+", match.group()))
        for count in range(len(pieces), 0, -1):
            words = [p.group().lower() for p in pieces[:count]]
            value = parse_number_words(words)
            if value is not None and not (count == 1 and words[0] in ("a", "an")):
                return value, pos + pieces[count - 1].end()
        return None

    def _scale_applies(
        self, text: str, scale: re.Match[str], currency: str | None, form: str
    ) -> bool:
        word = scale.group().strip(" -\u00a0\u202f\u2009")
        if form == FORM_WORDS and word in ("k", "K", "m", "M", "b", "B", "MM", "cr"):
            return False
        if word in ("m", "M"):
            # "£2.5m" and "1.2m people" are millions; "a 5m wall" is metres.
            return currency is not None or self._followed_by_plural(text, scale.end())
        if word in ("b", "B", "MM"):
            return currency is not None
        return True

    def _followed_by_plural(self, text: str, pos: int) -> bool:
        match = re.match(r"[ \u00a0]+([a-z]+)", text[pos:])
        if not match:
            return False
        word = match.group(1)
        return word.endswith("s") or word in self.lex.words("per_nouns_population")

    # -- whole mentions -------------------------------------------------------------------------
    def _read_quantity(self, text: str, start: int) -> Candidate | None:
        negative = start > 0 and text[start - 1] in "-−" and _minus_is_sign(text, start - 1)
        number = self._read_number(text, start)
        if number is None:
            return None
        value = -number.value if negative else number.value
        mention_start = start - 1 if negative else number.start
        candidate = Candidate(
            start=mention_start, end=number.end, value=value, form=number.form,
            number_start=number.start, number_end=number.end, has_scale=number.has_scale,
            unit=number.currency, kind="money" if number.currency else None,
            currency_symbol=number.symbol,
        )  # fmt: skip
        candidate = self._with_unit(text, candidate)
        candidate = self._with_smaller_unit(text, candidate)
        candidate = self._with_range(text, candidate, number)
        candidate = self._with_age(text, candidate)
        candidate = self._with_per(text, candidate)
        return self._with_qualifier(text, candidate)

    def _with_unit(self, text: str, cand: Candidate) -> Candidate:
        match = self.unit.match(text, cand.end)
        if not match:
            return cand
        surface = match.group("unit")
        joined_by_hyphen = match.group("sep") == "-"
        key = surface if len(surface) <= 2 else surface.lower()
        if key in self.lex.currency_words or surface.lower() in self.lex.currency_words:
            if cand.unit is not None:
                return cand
            code = self.lex.currency_words[surface.lower()]
            return replace(cand, end=match.end(), unit=code, kind="money", unit_text=surface)
        info = self.lex.unit_surfaces.get(key) or self.lex.unit_surfaces.get(surface.lower())
        if info is None or (joined_by_hyphen and not info.hyphen):
            return cand
        if cand.kind == "money" and info.kind != "percent":
            return cand  # "$5 m" is handled as a scale word; "$5 per kg" below as a rate
        return replace(
            cand, end=match.end(), unit=info.name, kind=info.kind, unit_text=surface,
            hyphen_unit=joined_by_hyphen,
        )  # fmt: skip

    def _with_smaller_unit(self, text: str, cand: Candidate) -> Candidate:
        """'18 years and eight months' is one duration: 224 months."""
        factor_by_unit = _COMPOUND_DURATIONS.get(cand.unit or "")
        if factor_by_unit is None:
            return cand
        joiner = re.compile(rf"(?:,?{_SPACE}+and|,)?{_SPACE}+").match(text, cand.end)
        if not joiner:
            return cand
        number = self._read_number(text, joiner.end())
        if number is None or number.currency:
            return cand
        rest = self._with_unit(
            text, Candidate(start=number.start, end=number.end, value=number.value)
        )
        smaller, factor = factor_by_unit
        if rest.unit != smaller:
            return cand
        return replace(
            cand,
            end=rest.end,
            value=cand.value * factor + rest.value,
            unit=smaller,
            number_end=rest.end,
            unit_text=rest.unit_text,
        )

    def _with_range(self, text: str, cand: Candidate, low: _Number) -> Candidate:
        if cand.form not in (FORM_DIGITS, FORM_WORDS) or cand.value < 0:
            return cand
        joiner = self.range_joiner.match(text, cand.end)
        if not joiner:
            return cand
        word = joiner.group().strip(" \u00a0\u202f\u2009").lower()
        before = text[max(0, cand.start - 40) : cand.start].lower()
        if word == "and" and not re.search(r"\bbetween\s*$", before):
            return cand
        if word == "or" and not re.search(r"\b(?:about|around|some|approximately)\s*$", before):
            return cand
        if word == "to" and re.search(r"\bfrom\s*$", before) and _CHANGE_BEFORE_FROM.search(before):
            return cand  # "rose from 5 to 10" states two levels, not a range
        if word in ("-", "–", "—") and joiner.group() != word and cand.form == FORM_DIGITS:
            return cand  # "20 - 35" with spaces is more often arithmetic or a list
        high = self._read_number(text, joiner.end())
        if high is None or (high.form != low.form and low.form == FORM_DIGITS):
            return cand
        upper = self._with_unit(
            text,
            replace(
                cand,
                start=high.start,
                end=high.end,
                unit=None,
                kind=None,
                unit_text="",
                value=high.value,
            ),
        )
        return self._merge_range(cand, upper, low, high)

    def _merge_range(
        self, cand: Candidate, upper: Candidate, low: _Number, high: _Number
    ) -> Candidate:
        if low.currency and high.currency and low.currency != high.currency:
            return cand
        if (
            cand.unit
            and upper.unit
            and cand.unit != upper.unit
            and not (cand.kind == "money" and not upper.unit)
        ):
            return cand
        low_value = cand.value
        if high.has_scale and not low.has_scale and cand.unit == low.currency:
            # "between 1 and 2 million", "$1-2bn": the scale word is shared.
            low_value *= high.value / high.base_value
        if not low_value < upper.value:
            return cand
        unit = cand.unit if cand.unit and cand.unit != low.currency else (upper.unit or cand.unit)
        kind = cand.kind if unit == cand.unit else upper.kind
        return replace(
            cand, end=upper.end, value=low_value, value_high=upper.value, unit=unit, kind=kind,
            unit_text=upper.unit_text or cand.unit_text, number_end=high.end,
            has_scale=cand.has_scale or high.has_scale,
            hyphen_unit=cand.hyphen_unit or upper.hyphen_unit,
        )  # fmt: skip

    def _with_age(self, text: str, cand: Candidate) -> Candidate:
        tail = self.age_after.match(text, cand.number_end)
        if tail and (cand.unit in (None, "year", "month")):
            unit = "month" if "month" in tail.group().lower() else "year"
            return replace(
                cand,
                end=max(tail.end(), cand.end),
                unit=unit,
                kind="age",
                age_cue=True,
                unit_text=tail.group().strip(" -"),
            )
        if self._age_context(text[max(0, cand.start - 40) : cand.start]) and cand.unit in (
            None,
            "year",
            "month",
        ):
            return replace(cand, unit=cand.unit or "year", kind="age", age_cue=True)
        return cand

    def _age_context(self, before: str) -> bool:
        """'aged 35', 'ages ranging from 20 to 35', 'age of 35'."""
        fillers = {"ranging", "range", "ranged", "from", "between", "of", "in", "at", "the",
                   "group", "groups", "bracket", "was", "were", "is", "are"}  # fmt: skip
        for word in reversed(re.findall(r"[a-z]+", before.lower())[-5:]):
            if word in self.lex.words("age_cues_before"):
                return True
            if word not in fillers:
                return False
        return False

    def _with_per(self, text: str, cand: Candidate) -> Candidate:
        if cand.kind == "percent":
            return cand
        match = self.per.match(text, cand.end)
        if not match:
            return cand
        per_word, number, noun = match.group("per").lower(), match.group("num"), match.group("noun")
        time_units = ("year", "month", "week", "day", "hour", "minute", "annum")
        if per_word in ("a", "an", "every"):
            if match.group("gap") or number or noun.lower() not in time_units:
                return cand
        elif not number and noun.lower() in ("cent", "centum"):
            return cand
        if match.group("gap") and not number:
            return cand  # "12 crimes per capita" is fine, "12 crimes per ..." needs a base
        if match.group("gap") and cand.unit:
            return cand
        phrase = " ".join(p for p in ("per", number, noun.lower()) if p)
        unit = f"{cand.unit} {phrase}" if cand.unit else phrase
        end = cand.end if match.group("gap") else match.end()
        return replace(cand, end=end, unit=unit, kind="rate", per=phrase, consumed_end=match.end())

    def _with_qualifier(self, text: str, cand: Candidate) -> Candidate:
        window = text[max(0, cand.start - 40) : cand.start]
        match = self.qualifier.search(window)
        if not match:
            return cand
        return replace(cand, qualifier=self.lex.qualifiers[match.group("q").lower()])

    # -- fractions and ordinals -------------------------------------------------------------------
    def _read_fraction(self, text: str, start: int) -> Candidate | None:
        match = self.fraction.match(text, start)
        if not match:
            return None
        value = parse_fraction_words(match.group())
        after = text[match.end() : match.end() + 12].lower()
        before = text[max(0, start - 4) : start].lower()
        if value is None or not (
            re.match(r"\s+(?:of|the|their|all|its|his|her)\b", after) or before.endswith("by ")
        ):
            return None
        cand = Candidate(start=start, end=match.end(), value=value, unit="fraction",
                         kind="other", form=FORM_FRACTION, number_start=start,
                         number_end=match.end())  # fmt: skip
        return self._with_qualifier(text, cand)

    def _read_ordinal(self, text: str, start: int) -> Candidate | None:
        match = self.ordinal.match(text, start)
        if not match or _glued_to_word(text, start):
            return None
        after = re.match(r"([\s-]+)([a-z]+)", text[match.end() : match.end() + 20].lower())
        before = re.findall(r"[a-z]+", text[max(0, start - 20) : start].lower())[-2:]
        heads = self.lex.words("superlative_ordinal_heads")
        ranked = (after and after.group(2) in heads) or any(
            w in self.lex.words("rank_verbs") for w in before
        )
        if not ranked:
            return None
        value = parse_ordinal(match.group())
        if value is None:
            return None
        end = match.end()
        if after and after.group(1) == "-" and after.group(2) in heads:
            end += after.end()  # "second-largest" is one mention
        return Candidate(
            start=start,
            end=end,
            value=float(value),
            kind="ordinal",
            form=FORM_ORDINAL,
            number_start=start,
            number_end=match.end(),
        )


def _unit_pattern(lex: Lexicon) -> re.Pattern[str]:
    surfaces = set(lex.unit_surfaces) | set(lex.currency_words)
    long_forms = sorted((s for s in surfaces if len(s) > 2), key=len, reverse=True)
    short_forms = sorted((s for s in surfaces if len(s) <= 2), key=len, reverse=True)
    long_alt = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in long_forms)
    short_alt = "|".join(re.escape(s) for s in short_forms)
    return re.compile(rf"(?P<sep>{_SPACE}|-)?(?P<unit>(?i:{long_alt})|{short_alt})(?![A-Za-z0-9])")


def _qualifier_pattern(lex: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lex.qualifiers, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?i)(?<![A-Za-z])(?P<q>{alternation})\s*(?:between\s+|from\s+)?$")


# Written forms that contain digits but state no quantity: dates, times, fiscal years, phone
# numbers, screen sizes, zero-padded identifiers. Matched where a number would start.
_NOT_QUANTITIES = re.compile(
    r"""(?x)
      \d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)                  # 2020-12-24
    | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)                  # 12/24/2020, 24.12.2020
    | \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?           # 20:04, 5:30 a.m.
    | \d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)                        # 5pm, 5 p.m.
    | (?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?![\d,]) # 2019-20, 2015/2016
    | \+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}                   # +44 20 7946 0958
    | \(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)                   # (555) 123-4567, 555-123-4567
    | \d-\d{3}-\d{3}-\d{4}(?!\d)                              # 1-800-555-0199
    | \d+\s?[*×x]\s?\d+(?![\d,])                              # 1024*768, 3x4
    | 0\d{3,}                                                  # 0108263
    | \d{16,}                                                  # card numbers, hashes, digit runs
    """
)


def _past_token(text: str, pos: int) -> int:
    """Where to look next after a start that read nothing: past the rest of this token."""
    match = re.compile(r"[\w.,]*").match(text, pos + 1)
    return match.end() if match and match.end() > pos + 1 else pos + 1


# "N <unit> and M <smaller unit>": the smaller unit and how many of it make one of the larger.
_COMPOUND_DURATIONS = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
                       "hour": ("minute", 60), "minute": ("second", 60)}  # fmt: skip
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:ris|rose|increas|grew|grow|jump|climb|surg|soar|doubl|tripl|fell|fall|drop|declin|"
    r"decreas|plung|slump|shr[aiu]nk|cut|reduc|went|gone|chang|mov|shift|up|down)\w*"
    r"(?:\W+\w+){0,3}\W+from\s*$"
)


def _digit_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isdigit() or text[pos] == ".")


def _glued_to_word(text: str, pos: int) -> bool:
    """True for the '19' of 'COVID-19', the '20' of 'G20', the '17' of 'MH17'."""
    if pos == 0:
        return False
    before = text[pos - 1]
    if before.isalpha():
        return True
    return before == "-" and pos >= 2 and text[pos - 2].isalpha()


def _minus_is_sign(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in " (\t\n\u00a0"


@cache
def scanner() -> Scanner:
    return Scanner(lexicon())


def scan(text: str) -> list[Candidate]:
    return scanner().scan(text)


def has_number(text: str) -> bool:
    """Cheap test: could this text state a quantity at all? (digits or number words)."""
    return _HAS_NUMBER.search(text) is not None


_HAS_NUMBER = re.compile(
    r"\d|(?i:\b(?:"
    + "|".join(
        sorted(
            NUMBER_WORDS | set(FRACTION_DENOMINATORS) | set(ORDINAL_WORDS), key=len, reverse=True
        )
    )
    + r")\b)"
)
__all__ = ["Candidate", "Scanner", "has_number", "scan", "scanner", "split_number_words"]
