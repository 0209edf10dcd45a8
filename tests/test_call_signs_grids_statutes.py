"""A broadcaster's call sign before its channel ('KARE 11'); US grid streets ('the 400 South
corridor'); Florida statute numbers after 'F.S.'; emergency lines described after an
owner or 'to' ("the city's most urgent 911 calls"); a body's report named by its acronym
before a headline colon; the subject after a dateline's dash. Every text is written for
this file."""

from __future__ import annotations

import pytest

from factpull import extract
from tests.expectations import assert_claim, texts_over


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("By WFAA 8 Staff", "8"),
        ("Thefts rose along the 700 South corridor, police said.", "700"),
        ("He faces a charge of trafficking (F.S. 893.135).", "893.135"),
        ("Officers are reaching the county's most urgent 911 calls faster.", "911"),
        ("Response times to most urgent 911 calls fell.", "911"),
    ],
)
def test_names_and_lines_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


def test_headline_report_named_by_acronym() -> None:
    claims = extract("GBI Report: Burglaries Down 6.1 Percent in Georgia in 2024")
    assert_claim(claims, "6.1 Percent", dict(attribution="GBI Report", change="decrease"))


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        ("Some 400 South Africans were deported.", "400", dict(subject="South Africans")),
        ("Police received 911 calls overnight.", "911", dict(subject="calls")),
        ("The WHO said 40 people died.", "40", dict(subject="people")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, object]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "text", "subject"),
    [
        ("BOSTON — Burglaries in Boston fell 9% last year.", "9%", "Burglaries"),
        (
            "LIMA, PERU – Car thefts in the capital rose 14 percent in May.",
            "14 percent",
            "Car thefts",
        ),
    ],
)
def test_subject_after_a_dateline_dash(document: str, text: str, subject: str) -> None:
    assert_claim(extract(document), text, dict(subject=subject))
