"""The fast scan: find quantity mentions in sentence text by their written form.

The scan works on characters, so it sees "€2.5m", "HK$10", "20–35" and "42 923" the same way
whatever spaCy's tokenizer does with them. It finds each mention's extent (currency prefix, number,
scale word, unit, range end, "per" phrase) and reads its value. It knows nothing about grammar:
whether a number is a year, a date part or an identifier is decided later on the parsed sentence
(``components/quantities.py``), and units this scan does not know are left to quantulum3
(``quantities.py``).

This module holds the entry points and the order of the steps: ``Scanner._read_quantity`` follows
one value from text to ``Candidate``. Each step lives in ``factpull/scanning/``:

- ``candidate.py``: the ``Candidate`` record and shared text tests
- ``not_quantities.py``: dates, times, phone numbers, references and identifiers, set aside
- ``numbers.py``: one number: digits, words, scale words and suffixes, sign, uncertainty
- ``money.py``: currency prefixes, signs and words; money context; accounting negatives
- ``units.py``: unit words, symbols and marks; compound durations
- ``rates.py``: "per" phrases ("per 100,000 residents", "$52 a barrel", "/kg")
- ``ranges.py``: "20 to 35", "between 5 and 10", a scale word shared by both ends
- ``ages.py``: "15-year-old", "aged 35", "the under-25s", "in their 30s"
- ``qualifiers.py``: "more than", "up to", "or more"
- ``fractions.py``: fraction words, ratios ("one in five"), multipliers ("threefold")
- ``ordinals.py``: ordinals and ranks ("the second-largest", "world No. 1")
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from factpull.assets import Lexicon, lexicon
from factpull.currency import place_cued
from factpull.numerals import FRACTION_DENOMINATORS, NUMBER_WORDS, ORDINAL_WORDS
from factpull.scanning.ages import AgeReading
from factpull.scanning.candidate import (
    FORM_DIGITS,
    FORM_FRACTION,
    FORM_ORDINAL,
    FORM_WORDS,
    Candidate,
    DocumentStyle,
    _letter_at,
)
from factpull.scanning.fractions import _FOLD_WORDS, _MULTIPLIER_WORDS, FractionReading
from factpull.scanning.money import MoneyReading, _prefix_alternations
from factpull.scanning.not_quantities import NotQuantities
from factpull.scanning.numbers import NumberReading, writes_decimal_commas
from factpull.scanning.ordinals import OrdinalReading
from factpull.scanning.qualifiers import QualifierReading
from factpull.scanning.ranges import RangeReading
from factpull.scanning.rates import RateReading
from factpull.scanning.units import UnitReading

# Cardinal, fraction and ordinal words: where a mention may start, and what makes a sentence
# worth scanning at all.
_NUMBER_WORD_ALTERNATION = "|".join(
    sorted(NUMBER_WORDS | set(FRACTION_DENOMINATORS) | set(ORDINAL_WORDS), key=len, reverse=True)
)


# A sentence scanned with no document around it
PLAIN_STYLE = DocumentStyle()


class Scanner(
    NotQuantities, NumberReading, MoneyReading, UnitReading, RateReading, RangeReading,
    AgeReading, QualifierReading, FractionReading, OrdinalReading,
):  # fmt: skip
    """Compiled patterns built from the lexicon tables; one per process. The steps are mixed in
    from ``factpull/scanning/``, each with the patterns it uses."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.style = PLAIN_STYLE
        self._init_not_quantities(lex)
        self._init_numbers(lex)
        self._init_money(lex)
        self._init_units(lex)
        self._init_rates(lex)
        self._init_ranges(lex)
        self._init_ages(lex)
        self._init_qualifiers(lex)
        self._init_fractions(lex)
        self._init_ordinals(lex)
        alternation, folded, local = _prefix_alternations(lex)
        self.start = re.compile(
            rf"\d|[½¼¾⅓⅔⅕⅛⅜⅝⅞]|[+.](?=\d)|{alternation}|(?<![A-Za-z])(?:{folded})"
            rf"|(?:{local})(?=\d)"  # fast: a letter first; the currency pattern checks before it
            rf"|(?i:(?<![A-Za-z])(?:an?|{_NUMBER_WORD_ALTERNATION}|minus)\b)"
            rf"|(?i:(?<![A-Za-z])(?:{_FOLD_WORDS})fold\b)"  # "threefold"
            rf"|(?i:(?<![A-Za-z])(?:{_MULTIPLIER_WORDS})\b)"  # "twice the legal limit"
        )

    # -- public ---------------------------------------------------------------------------
    def scan(self, text: str, style: DocumentStyle = PLAIN_STYLE) -> list[Candidate]:
        """All candidate mentions in ``text``, in order, not overlapping; ``style`` is what the
        text's document shows of its writing (``document_style``)."""
        self.style = style
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
            skip = self._not_quantity_at(text, start)
            if skip:
                pos = skip.end()
                continue
            candidate = self._candidate_at(text, start)
            if candidate is not None:
                candidate = self._as_rank(text, candidate)
            if candidate is not None and not self._names_something(text, candidate):
                return candidate
            pos = _past_token(text, start) if candidate is None else max(candidate.end, start + 1)

    def _next_start(self, text: str, pos: int) -> int | None:
        match = self.start.search(text, pos)
        return match.start() if match else None

    def _candidate_at(self, text: str, start: int) -> Candidate | None:
        readers = (
            self._read_fold, self._read_twice, self._read_fraction, self._read_ordinal,
            self._read_one_and_a_half, self._read_quantity,
        )  # fmt: skip
        for reader in readers:
            candidate = reader(text, start)
            if candidate is not None:
                return candidate
        return None

    # -- whole mentions -------------------------------------------------------------------------
    def _read_quantity(self, text: str, start: int) -> Candidate | None:
        """One mention at ``start``: a number (``numbers.py``, with ``money.py`` prefixes),
        then the steps that grow it, in this order: ratio, unit ("5 grand" too), range, age,
        per-phrase, qualifier, accounting sign. Each lives in the ``scanning/`` module named
        after it."""
        if start >= 5 and text[start - 1] == "-":
            group = self._age_group(text, start)
            if group is not None:
                return group
        if text[start + 1 : start + 3] == "0s":
            decades = self._decade_ages(text, start)
            if decades is not None:
                return decades
        sign, sign_start, number_start = self._read_sign(text, start)
        number = self._read_number(text, number_start, after_sign=sign is not None)
        if number is None:
            return None
        number = self._with_uncertainty(text, number)
        sign = "-" if number.negative else sign
        value = -number.value if sign == "-" else number.value
        candidate = Candidate(
            start=sign_start if sign else number.start, end=number.end, value=value,
            form=number.form, number_start=number.start, number_end=number.end,
            has_scale=number.has_scale, unit=number.currency,
            kind="money" if number.currency else None,
            currency_symbol=number.symbol, sign=sign,
        )  # fmt: skip
        ratio = self._ratio(text, candidate)
        if ratio is not None:
            return self._with_qualifier(text, ratio)
        candidate = self._with_grand(text, self._with_unit(text, candidate))
        candidate = self._with_unit_before(text, candidate)
        if candidate.form == FORM_FRACTION and candidate.unit is None:
            candidate = replace(candidate, unit="fraction", kind="other")
        if candidate.end == number.end and _letter_at(text, number.end):
            return None  # "22nd", "5G", "3D": letters glued to the number name something
        candidate = self._with_range(text, candidate, number)
        candidate = self._with_age(text, candidate)
        candidate = self._with_listed_unit(text, candidate)
        candidate = self._with_per(text, candidate)
        return self._with_accounting_sign(text, self._with_qualifier(text, candidate))


_TOKEN_REST = re.compile(r"[\w.,]*")


def _past_token(text: str, pos: int) -> int:
    """Where to look next after a start that read nothing: past the rest of this token."""
    match = _TOKEN_REST.match(text, pos + 1)
    return match.end() if match and match.end() > pos + 1 else pos + 1


@cache
def scanner() -> Scanner:
    return Scanner(lexicon())


@lru_cache(maxsize=1024)
def _scan_cached(text: str, style: DocumentStyle) -> tuple[Candidate, ...]:
    return tuple(scanner().scan(text, style))


def scan(text: str, style: DocumentStyle = PLAIN_STYLE) -> list[Candidate]:
    """Candidates in ``text``, a sentence of a document written in ``style``. Cached: the
    pre-parse filter and the component scan each sentence, and candidates are immutable."""
    return list(_scan_cached(text, style))


def document_style(text: str) -> DocumentStyle:
    """What a whole document shows of its writing: whether its dots group thousands, and which
    'place_only' currency letters its place words make money (currencies.json)."""
    letters = (s for s, spec in lexicon().ambiguous_symbols.items() if spec.get("place_only"))
    return DocumentStyle(
        writes_decimal_commas(text), frozenset(s for s in letters if place_cued(s, text))
    )


def has_number(text: str) -> bool:
    """Cheap test: could this text state a quantity at all? (digits or number words)."""
    return _HAS_NUMBER.search(text) is not None


def worth_parsing(text: str, style: DocumentStyle = PLAIN_STYLE) -> bool:
    """Does the sentence hold a candidate the parse could confirm? Sentences whose only numbers
    are dates, times or years after 'in'/'since' ("On 7 March 2024", "since 2019") are skipped
    before the statistical pipeline, which is most of the cost."""
    if not has_number(text):
        return False
    return any(not _plain_year_reference(text, c) for c in scan(text, style))


def _plain_year_reference(text: str, cand: Candidate) -> bool:
    if cand.unit or cand.kind or cand.value_high is not None or cand.qualifier:
        return False
    if not _YEAR_TEXT.fullmatch(text[cand.number_start : cand.number_end]):
        return False
    before = re.findall(r"[A-Za-z']+", text[max(0, cand.start - 20) : cand.start].lower())
    return bool(before) and before[-1] in scanner().lex.words("year_prepositions")


_YEAR_TEXT = re.compile(r"(?:1[5-9]|20)\d{2}")


_HAS_NUMBER = re.compile(
    rf"[\d½¼¾⅓⅔⅕⅛⅜⅝⅞]|(?i:\b(?:{_NUMBER_WORD_ALTERNATION}|{_MULTIPLIER_WORDS})\b"
    rf"|\b(?:{_FOLD_WORDS})fold\b)"
)
__all__ = [
    "FORM_DIGITS", "FORM_FRACTION", "FORM_ORDINAL", "FORM_WORDS",
    "Candidate", "Scanner", "has_number", "scan", "scanner", "worth_parsing",
]  # fmt: skip
