"""Sub-section numbers ('318(4)'), time-zone offsets ('GMT + 7'), a 'Median days' column,
and a total that names no group ('Of the total, 362 were illegal migrants'). Every text is
written for this file."""

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
    ("of-the-victims", "Of the victims, 11 were girls.", "11", dict(subject="victims")),
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
