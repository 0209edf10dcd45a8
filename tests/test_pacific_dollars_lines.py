"""Dollars written with their ISO code ('SBD$1.2 million', 'TOP$2.6 million'), a hyphened
given name kept in a titled speaker ('Inspector Jean-Pierre Kalo'), a surname after a
qualified rank ('Detective Superintendent Bryson') written as the full name, and police lines
named after a calling verb ('call Triple Zero (000)', '... or 105 afterwards'). Every text is
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("sbd-dollars", "Property worth more than SBD$2.4 million was reported stolen.",
     "SBD$2.4 million", dict(unit="SBD", qualifier="more than")),
    ("top-dollars", "The drugs had a street value of TOP$1.8 million.", "TOP$1.8 million",
     dict(unit="TOP")),
    ("hyphened-given-name", "Officer Commanding Tafea, Inspector Jean-Luc Nato, said 31 plants "
     "were found.", "31", dict(attribution="Inspector Jean-Luc Nato")),
    ("qualified-rank", "Detective Superintendent Richard Moss said 40 kg were found. Detective "
     "Superintendent Moss said the three accused had been watched since March.", "three",
     dict(attribution="Detective Superintendent Richard Moss")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("triple-zero", "In an emergency, call Triple Zero (000).", "000"),
    ("or-105", "To report dangerous driving, call 111 if it is happening now, or 105 "
     "afterwards.", "105"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("calls-counted", "Police received 105 calls.", "105", dict(subject="calls")),
    ("us-dollars", "It cost US$5 million.", "US$5 million", dict(unit="USD")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
