"""Sub-section numbers ('318(4)'), time-zone offsets ('GMT + 7'), a 'Median days' column, a
total that names no group ('Of the total, 362 were illegal migrants'), a rate named by its
own word, a change after 'which is', and manats. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a column headed by a statistic and a time unit
    ("median-days", "Casework by section\n\nSection              Requests completed    Median "
     "days\nDrug Chemistry       14,206                21\nToxicology           11,538       "
     "         34", "34", dict(unit="day", kind="duration", subject="Toxicology")),
    ("requests-column", "Section              Requests completed    Median days\nDrug "
     "Chemistry       14,206                21", "14,206", dict(unit=None, kind="count")),
    # 'the total' names no group: what the part was does
    ("of-the-total", "Of the total, 362 were illegal migrants, while 3,956 were overstayers.",
     "3,956", dict(subject="overstayers")),
    ("of-the-victims", "Of the victims, 11 were girls.", "11", dict(subject="girls")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("sub-sections", "A case was registered under Sections 318(4), 319(2) and 61(2) of the BNS.",
     "319(2)"),
    ("zone-spaced", "Updated : 04/18/2025 14:35 GMT + 7", "+ 7"),
    ("zone-glued", "The briefing starts at 10:00 UTC+8.", "+8"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


MORE_ROWS: list[tuple[Any, ...]] = [
    # a rate its own word names is what its level measures; 'the number of' looks through
    ("named-rate-level", "The disclosure rate of crimes reached 71.4%, against 68.9% a year "
     "earlier.", "71.4%", dict(subject="disclosure rate of crimes")),
    ("number-of-level", "The number of thefts hit 5,000.", "5,000", dict(subject="thefts")),
    # a change set off by 'which is' after the figure it compares
    ("which-is-less", "The police registered 27,614 crimes in 2025, which is 6.2% less than in "
     "2024.", "6.2%", dict(subject="crimes", change="decrease")),
    # Azerbaijani manats in the plural
    ("manats", "The seized drugs are valued at 96 million manats ($56.5 million).",
     "96 million manats", dict(unit="AZN", kind="money", value=96e6)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(MORE_ROWS, 4))
def test_more_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
