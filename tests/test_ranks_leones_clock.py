"""A surname after a rank acronym written as the full name given before ('SACP Mwakasege'),
new leones written 'NLe', a time of day in 24-hour form ('at around 1930 hours'), and a
list a person introduces with 'He listed ... as follows:'. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

RANKED = (
    "Police spokesperson Senior Assistant Commissioner of Police (SACP) Grace Temba said 40 "
    "suspects were held.\n\nSACP Temba said a total of 2,306 suspects had been arraigned."
)
LISTED = (
    "Presenting the statistics in Dodoma, police spokesperson SACP Grace Temba credited "
    "community policing.\n\n"
    "He listed some of the key figures as follows:\n\n"
    "• Murder cases fell to 1,204 from 1,316 in 2023;"
)

ROWS: list[tuple[Any, ...]] = [
    ("rank-acronym-surname", RANKED, "2,306", dict(attribution="Grace Temba")),
    ("new-leones", "Officers seized NLe 92,400 in cash from suspected dealers.", "NLe 92,400",
     dict(unit="SLE", kind="money", subject="cash")),
    ("he-listed", LISTED, "1,204", dict(attribution="Grace Temba")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("clock-hours", "The robbery happened on 14 March at around 1930 hours, police said.",
     "1930"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("hours-counted", "Officers worked 1,930 hours of overtime.", "1,930 hours",
     dict(unit="hour")),
    ("le-word", "Le Monde reported that 40 people were held.", "40", dict(unit=None)),
    # a list introduced by no one names no speaker
    ("unnamed-list", "Burglaries fell in 2024.\n\nItems seized included:\n\n- 41 rounds of live "
     "ammunition", "41", dict(attribution=None)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
