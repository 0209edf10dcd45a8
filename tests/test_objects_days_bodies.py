"""What a verb of change changed, written before 'by' ('increased night patrols by 30 per
cent'), a day of the month in brackets after a day's name ('Saturday (08)'), a line after
'information on', and a closing 'it' that stands for the named body the sentence opened
with. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("changed-object", "The police set up 41 checkpoints and increased night patrols by 20 per "
     "cent.", "20 per cent", dict(subject="night patrols", change="increase")),
    ("it-body", "The Anti-Fraud Command froze more than 8,000 bank accounts, it added.", "8,000",
     dict(attribution="The Anti-Fraud Command")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("bracketed-day", "Some 940 people were arrested from 6.00 a.m. on Friday (14) to 6.00 a.m. "
     "today (15).", "(14)"),
    ("bracketed-today", "Some 940 people were arrested from 6.00 a.m. on Friday (14) to 6.00 "
     "a.m. today (15).", "(15)"),
    ("information-on-line", "Police urged the public to provide information on 119.", "119"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("passive-cut", "Burglaries were cut by 30 per cent.", "30 per cent",
     dict(subject="Burglaries", change="decrease")),
    ("bracketed-count", "The suspects (12) were held on Monday.", "12", dict(subject="suspects")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
