"""What the scan produces, and the small text tests all its parts share.

``Candidate`` is the one record the scan hands on; ``DocumentStyle`` is what the document
around a scanned sentence tells it. ``_Number`` is a number as first read, with
its currency prefix and scale word; units, ranges, ages, per-phrases and qualifiers then grow it
into a ``Candidate`` (see ``Scanner._read_quantity`` in ``factpull/scan.py``). Names with a
leading underscore are private to the scan: ``factpull.scan`` and this package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORM_DIGITS, FORM_WORDS, FORM_FRACTION, FORM_ORDINAL = "digits", "words", "fraction", "ordinal"
_SPACE = r"[ \u00a0\u202f\u2009]"


@dataclass(frozen=True)
class DocumentStyle:
    """What a whole document shows of its writing that one sentence may not: that its dots
    group thousands ('23.918 thefts' in a story with '-26,7%' elsewhere), and which local
    currency letters its place words make money ('D250,000' in a story datelined Banjul)."""

    dotted_thousands: bool = False
    placed_letters: frozenset[str] = frozenset()


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
    has_scale: bool = False
    currency_symbol: str | None = None  # "$", "¥": a symbol whose currency the document decides
    sign: str | None = None  # "+" or "-" written before the number ("-1.3%", "+5%")
    consumed_end: int = 0  # where scanning resumes: past a "per 100,000" the mention owns


@dataclass(frozen=True)
class _Number:
    start: int
    end: int  # after the scale word, if any
    value: float
    form: str
    currency: str | None
    has_scale: bool
    base_value: float  # the value before the scale word: 2 for "2 million"
    symbol: str | None  # the currency prefix as written, when it is ambiguous ("$", "¥")
    negative: bool = False  # a minus between the currency prefix and the digits: "$-99.99"


def _entries(table: dict[str, str]) -> dict[str, str]:
    """A lexicon mapping without its '_comment' keys."""
    return {k: v for k, v in table.items() if not k.startswith("_")}


_LOWER_WORD = re.compile(r"[a-z]+")
# The word right before a position (search up to it): "children " of "children 12 and under"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


# Words that may follow an amount written with an ambiguous prefix ("fined R500 for ...").
_FUNCTION_WORDS = frozenset(
    ("in", "for", "to", "and", "or", "on", "at", "by", "from", "was", "were", "is", "are", "each",
     "which", "that", "after", "before", "with", "as", "per", "a", "an", "the", "has", "had",
     "have", "will", "would", "could", "if", "but")
)  # fmt: skip


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+[–—-]\s")  # a spaced dash sets off an aside


# Words that rank the places named after them: "ahead of Clarendon (64)", "followed by Kano".
RANKING_BEFORE = re.compile(r"(?i)\b(?:ahead\s+of|followed\s+by|behind)\b[^.;]*$")


def _letter_at(text: str, pos: int) -> bool:
    """A letter right after a number ('22nd', '5G'), or an underscore joining it to one
    ('2026-142_Ortiz', a file name)."""
    return pos < len(text) and (text[pos].isalpha() or text[pos] == "_")


def _digit_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isdigit() or text[pos] == ".")


def _glued_to_word(text: str, pos: int) -> bool:
    """True for the '19' of 'COVID-19', the '20' of 'G20', the '17' of 'MH17', and for
    exponents: the '2' of 'm^2', the '1' of 'fb−1'."""
    if pos == 0:
        return False
    before = text[pos - 1]
    if before.isalpha() or before == "^":
        return True
    return before in "-−" and pos >= 2 and text[pos - 2].isalpha()


def _minus_digit(text: str, pos: int) -> bool:
    return text[pos : pos + 1] in ("-", "−") and _digit_at(text, pos + 1)


def _minus_is_sign(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in " (\t\n\u00a0"
