"""A count hyphenated to a word that describes a noun a few words on ('a 60-member anti-scam
unit', 'a 12-man task force') counts that noun's kind, a change after 'with the number
of X' changes X, and a hyphen inside a headline's word ('hit-and-run crashes up 4%') keeps the
word whole. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("member-unit", "The force will set up a new 40-member anti-fraud unit.", "40",
     dict(subject="anti-fraud unit")),
    ("man-task-force", "Police formed a 12-man task force.", "12", dict(subject="task force")),
    ("with-number-of", "Patrols are working, with the number of car thefts down by nearly a "
     "quarter.", "a quarter", dict(subject="car thefts", change="decrease")),
    # a hyphen inside a headline's words: one word, not a list marker or a break
    ("hyphenated-headline", "- hit-and-run crashes up 4%", "4%",
     dict(subject="hit-and-run crashes", change="increase")),
    ("hyphenated-level", "- break-and-enters to shops down 9 per cent, to 212", "212",
     dict(subject="break-and-enters to shops")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("member-gang", "A seven-member gang was arrested.", "seven", dict(subject="gang")),
    ("unit-hyphen", "Police seized 40-kilogram bags of rice.", "40-kilogram",
     dict(unit="kilogram", subject="bags of rice")),
    ("with-plain", "Crime fell, with murders down 12%.", "12%", dict(subject="murders")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
