"""A change verb the tagger misreads in a headline in sentence case ('Plymouth shoplifting
soars 41% as ...', '... rise by a fifth over Christmas') still gives the change's direction;
a level bound after the verb ('slips below 40 per cent') and a loss ('loses Rs 1,240 crore')
do not. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("rise-by-fraction", "Drink and drug-driving arrests across North Devon rise by a fifth over "
     "Christmas", "a fifth", dict(change="increase")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("soars", "Exeter shoplifting soars 37% as police launch city centre crackdown", "37%",
     dict(change="increase")),
    ("slips-below", "Recovery rate slips below 40 per cent; two models remain top targets",
     "40 per cent", dict(change=None, qualifier="less than")),
    ("loses-money", "Mysuru loses Rs 240 crore to cyber fraud in 10 months", "Rs 240 crore",
     dict(change=None)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
