"""Counts with a three-word noun before 'a day'; measures with an 'of' phrase before their
period ('gallons of water a month'); a capitalised plural the tagger read as a verb opening
a colon label; articles inside a label; year-like numbers counted ('1700 rounds of
ammunition') or in a table's value cells; '911 response times'; a statute code before its
number; a pay 'raise'; a bare number compared with a score; Canadian cities placing '$'.
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("three-word-noun-a-day", "Officers attend 14 domestic abuse incidents a day.", "14",
     dict(kind="rate", unit="per day")),
    ("measure-of-per-month", "The farms drew 2.4 million litres of river water a month.",
     "2.4 million litres", dict(kind="rate", unit="litre per month")),
    ("verb-tagged-label", "- Calls for help: 41,200, down 2% from the year before", "41,200",
     dict(subject="Calls for help")),
    ("article-in-label", "• Unlawful use of a firearm: 212, up 9 per cent", "212",
     dict(subject="Unlawful use of a firearm")),
    ("year-like-of", "Police also found 146 plants, four firearms, and 1900 rounds of "
     "ammunition at a farm.", "1900", dict(kind="count", subject="rounds of ammunition")),
    ("raise", "Officers will get a 6% raise next year.", "6%", dict(change="increase")),
    ("score-compared", "The town posted a score of 88.2 compared with 91.5 the year before.",
     "91.5", dict(kind="other", subject="score")),
    ("cad-cities", "Regina police said the Saskatoon gang laundered $2.1 million.",
     "$2.1 million", dict(unit="CAD")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_year_like_table_cells_are_counts() -> None:
    document = "| Offence | 2023 | 2024 |\n| Burglary | 1874 | 2107 |\n| Robbery | 412 | 398 |\n"
    assert_claim(extract(document), "1874", dict(kind="count"))


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("The mayor promised faster 911 response times.", "911"),
        ("He was charged under KRS 218.1412 with trafficking.", "218.1412"),
        # a year after 'in' stays a year before a counted noun and its 'of'
        ("In 2023 sales of guns rose 4%.", "2023"),
    ],
)
def test_lines_and_codes_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a weight seized a week ago is no rate
        ("Police seized 40 kg of heroin a week ago.", "40 kg", dict(kind="weight")),
        # the year of sales stays a year
        ("The 1988 sales of guns were high. Police seized 12 guns.", "12", dict(subject="guns")),
        # a count compared with a count stays a count
        ("Police made 412 arrests compared with 398 the year before.", "398", dict(kind="count")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
