"""Turn number expressions into values: digits, scale words and suffixes, number words, fractions.

Pure functions, no spaCy. Decimal arithmetic keeps "29.95 billion" exactly 29950000000.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Multipliers that close a group ("two hundred", "5 crore"); lakh/crore are Indian English.
SCALE_WORDS = {
    "hundred": 100, "thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "lac": 10**5,
    "lacs": 10**5, "million": 10**6, "crore": 10**7, "crores": 10**7, "billion": 10**9,
    "trillion": 10**12,
    # as Latin American, Brazilian and Nordic papers leave them in English text: "$ 48.500
    # millones", "R$ 1,2 bilhão", "612 mio. kr."
    "millones": 10**6, "millón": 10**6, "milhão": 10**6, "milhões": 10**6, "bilhão": 10**9,
    "bilhões": 10**9, "mio": 10**6, "mia": 10**9, "mrd": 10**9,
}  # fmt: skip
# Abbreviated scale suffixes as written after digits: "€2.5m", "$3bn", "£40k", "Rs 5 cr",
# "RM46.8mil" (Malaysian and Singaporean papers; the scan takes "mil"/"bil" only with money).
SCALE_SUFFIXES = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "MM": 10**6,
    "b": 10**9, "B": 10**9, "bn": 10**9, "Bn": 10**9, "bln": 10**9, "tn": 10**12,
    "trn": 10**12, "tln": 10**12, "T": 10**12, "cr": 10**7, "mil": 10**6, "bil": 10**9,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(SCALE_WORDS) | {"dozen"}

_DIGIT_SPACES = re.compile(r"[,'’\s\u00a0\u202f\u2009\u2007]")  # "14'211": Swiss grouping
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def parse_digits(text: str) -> Decimal:
    """'1,759' -> 1759, '42 923' -> 42923, "14'211" -> 14211, '29.95' -> 29.95, '.5' -> 0.5."""
    cleaned = _DIGIT_SPACES.sub("", text)
    try:
        return Decimal(cleaned)
    except InvalidOperation as err:
        raise ValueError(f"not a number: {text!r}") from err


def scale_factor(word: str) -> int | None:
    """Multiplier of a scale word or suffix ('billion' -> 1e9, 'bn' -> 1e9), else None."""
    if word in SCALE_SUFFIXES:
        return SCALE_SUFFIXES[word]
    return SCALE_WORDS.get(word.lower())


def split_number_words(text: str) -> list[str]:
    """'two hundred and fifty-one' -> ['two', 'hundred', 'and', 'fifty', 'one']."""
    return [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w]


def parse_number_words(words: list[str]) -> int | None:
    """Value of a well-formed English number-word sequence, or None when it is not one.

    Handles compounds ("two hundred and fifty thousand"), "a"/"an" as one ("a million"),
    and dozens ("two dozen"). Rejects sequences that are lists, like "five six" or "five and ten".
    """
    if not words or words[0] in SCALE_WORDS or words[0] in ("dozen", "and"):
        return None
    total, group, last, last_scale = 0, 0, "", 0
    for index, word in enumerate(words):
        if word in ("a", "an"):
            if index != 0:
                return None
            group, last = 1, "unit"
        elif word == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "and"
        elif word == ",":  # "three million, two hundred": only after a thousand or more
            if last != "scale" or last_scale < 1000:
                return None
            last = "comma"
        elif word in SMALL_NUMBERS:
            if last in ("unit", "teen", "tens_unit") or (
                last == "tens" and SMALL_NUMBERS[word] > 9
            ):
                return None
            if last == "tens" and SMALL_NUMBERS[word] == 0:
                return None
            group += SMALL_NUMBERS[word]
            last = (
                "tens_unit" if last == "tens" else ("teen" if SMALL_NUMBERS[word] > 9 else "unit")
            )
        elif word in TENS:
            if last in ("unit", "teen", "tens", "tens_unit"):
                return None
            group += TENS[word]
            last = "tens"
        elif word == "hundred":
            if last == "hundred" or group >= 100:
                return None
            group = (group or 1) * 100
            last = "hundred"
        elif word == "dozen":
            group = (group or 1) * 12
            last = "scale"
        elif word in SCALE_WORDS:
            factor = SCALE_WORDS[word]
            if last == "scale" and group == 0 and factor > last_scale:
                total *= factor  # "one thousand million", "one lakh crore"
            elif last_scale and factor >= last_scale:
                return None  # "three million two million" is two numbers
            else:
                total += (group or 1) * factor
            group, last, last_scale = 0, "scale", factor
        else:
            return None
    if last in ("and", "comma") or (words[0] in ("a", "an") and len(words) == 1):
        return None
    return total + group


def parse_ordinal(text: str) -> int | None:
    """'3rd' -> 3, 'third' -> 3, else None."""
    match = _ORDINAL_SUFFIX.match(text)
    if match:
        return int(match.group(1))
    return ORDINAL_WORDS.get(text.lower())


def parse_fraction_words(text: str) -> float | None:
    """'half' -> 0.5, 'a quarter' -> 0.25, 'two-thirds' -> 0.666..., 'three halves' -> 1.5,
    else None."""
    words = split_number_words(text)
    if not words or words[-1] not in FRACTION_DENOMINATORS:
        return None
    denominator = FRACTION_DENOMINATORS[words[-1]]
    if len(words) == 1:
        return 1 / denominator if words[0] in ("half",) else None
    numerator = 1 if words[0] in ("a", "an", "one") else SMALL_NUMBERS.get(words[0])
    if numerator is None or len(words) != 2 or numerator == 0:
        return None
    improper = words[-1] in ("halves", "thirds") and numerator > denominator  # "three halves"
    if numerator >= denominator and not improper:
        return None  # "two halves" of a match, "four quarters" of a year
    return numerator / denominator


def to_float(value: Decimal | int, factor: int = 1) -> float:
    return float(Decimal(value) * factor)
