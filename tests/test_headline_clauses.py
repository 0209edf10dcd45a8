"""Headlines of two clauses joined by a semicolon ('Violent crime rate falls 3.1%;
homicides down 9.6%') and a place of two words opening a headline's subject ('San Diego
carjackings down nearly 30%'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("semicolon-clause", "Property crime rate falls 4.2%; burglaries down 7.9%", "7.9%",
     dict(subject="burglaries", change="decrease")),
    ("two-word-place", "San Diego carjackings down nearly 30% as task force expands", "30%",
     dict(subject="carjackings", qualifier="nearly")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NEAR_MISSES: list[tuple[Any, ...]] = [
    # one capitalised word opening a headline may be a common noun
    ("knife-crime", "Knife crime in Thames Valley up 11% as arrests soar", "11%",
     dict(subject="Knife crime")),
    ("gun-crimes", "Gun crimes up 15 per cent despite fewer murders", "15 per cent",
     dict(subject="Gun crimes")),
    ("first-clause", "Property crime rate falls 4.2%; burglaries down 7.9%", "4.2%",
     dict(subject="Property crime rate")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
