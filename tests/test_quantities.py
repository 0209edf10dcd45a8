"""What quantulum3 gets wrong on news text, and what factpull reports instead.

Each case names quantulum3 0.10.0's reading (checked once by hand; quantulum3 is pinned) and
asserts factpull's. factpull reads numbers itself and asks quantulum3 only about units.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor

pytestmark = pytest.mark.slow

CORRECTIONS = [
    # (id, sentence, mention, quantulum3 says, factpull must say)
    (
        "parenthesis-is-not-negative",
        "It seized 29.95 billion yuan ($4.58 billion) of assets.",
        "$4.58 billion",
        "-4580000000.0 dollar",
        dict(value=4_580_000_000, unit="USD"),
    ),
    (
        "third-party-is-not-a-third",
        "It worked with third-party internet firms and 12 banks.",
        None,
        "1/3 for 'third'",
        None,
    ),
    (
        "m-suffix",
        "Police seized €2.5m in cash.",
        "€2.5m",
        "2.5 euro metre",
        dict(value=2_500_000, unit="EUR"),
    ),
    (
        "bn-suffix",
        "The scheme moved $3bn offshore.",
        "$3bn",
        "3 dollar",
        dict(value=3_000_000_000, unit="USD"),
    ),
    (
        "k-suffix",
        "He stole £40k from the till.",
        "£40k",
        "40 pound sterling",
        dict(value=40_000, unit="GBP"),
    ),
    (
        "crore",
        "Police seized Rs 5 crore in cash.",
        "Rs 5 crore",
        "5 dimensionless",
        dict(value=50_000_000, unit="INR"),
    ),
    (
        "lakh",
        "Officers found 2.5 lakh rupees.",
        "2.5 lakh rupees",
        "2.5 dimensionless",
        dict(value=250_000, unit="INR"),
    ),
    (
        "qualifier-kept",
        "Police arrested more than 17,000 suspects.",
        "17,000",
        "17000 (no qualifier)",
        dict(value=17_000, qualifier="more than"),
    ),
    (
        "english-word-is-no-unit-part",
        "The winner led by 3 furlongs at Ascot.",
        "3 furlongs",
        "3 furlong ampere-turn ('at' read as a unit)",
        dict(value=3, unit="furlong"),
    ),
    (
        "cents-at",
        "The shares rose 19 cents at the close.",
        "19 cents",
        "19 cent ampere-turn",
        dict(value=19, unit="cent", kind="money"),
    ),
    (
        "number-words-unit",
        "The archive held one thousand bytes.",
        "one thousand bytes",
        "1000 byte (factpull shows it '1 bytes' and keeps its own value)",
        dict(value=1000, unit="byte"),
    ),
    (
        "slash-fraction-unit",
        "Pour in 1/2 cup of milk.",
        "1/2 cup",
        "0.5 cup",
        dict(value=0.5, unit="cup"),
    ),
    (
        "range-not-midpoint",
        "Most were aged 20 to 35.",
        "20 to 35",
        "27.5 ± 7.5",
        dict(value=20, value_high=35),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "raw", "expected"),
                         [pytest.param(*c[1:], id=c[0]) for c in CORRECTIONS])  # fmt: skip
def test_factpull_corrects_quantulum3(shared_extractor: Extractor, sentence: str,
                                      mention: str | None, raw: str,
                                      expected: dict[str, Any] | None) -> None:  # fmt: skip
    claims = shared_extractor.extract(sentence)
    if mention is None:  # nothing but the real number may be reported
        assert [c.text for c in claims] == ["12"], raw
        return
    claim = next(c for c in claims if c.text == mention)
    for field, want in (expected or {}).items():
        got = getattr(claim, field)
        if isinstance(want, float | int):
            assert got == pytest.approx(want), f"{field}; quantulum3 says {raw}"
        else:
            assert got == want, f"{field}; quantulum3 says {raw}"


def test_unit_reading_drops_english_word_parts() -> None:
    """quantulum3 glues 'at'/'in' onto a unit ('gigabit ampere-turn'); the adapter re-reads
    the text without that word, and the mention ends before it."""
    from factpull.quantities import read_unit

    reading = read_unit("40 gigabits at peak times")
    assert reading is not None
    assert (reading.unit, reading.length) == ("gigabit", len("40 gigabits"))
