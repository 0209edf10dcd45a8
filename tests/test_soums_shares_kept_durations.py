"""Soums; a count before 'or' and its share keep their own units; a participle the parser
made the root ('The value of heroin seized rose 9%'); a figure compared as 'lower than the
N'; how long a thing is kept; a length followed by its dimension word; a name with a comma
in it; a line numbered after its owner ('the ministry's 1102 hotline'); a report issued by
no person who spoke before. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("soums", "Customs fined the importer 95 million soums.", "95 million soums",
     dict(unit="UZS", kind="money", value=95_000_000)),
    ("count-or-share", "Of the recorded thefts, 2,140 or 38.5 percent were in the capital.",
     "2,140", dict(unit=None, kind="count")),
    ("participle-root", "The value of heroin seized rose 9% on the year.", "9%",
     dict(subject="heroin", change="increase")),
    ("lower-than-the", "Cannabis seizures fell to 412 tonnes, slightly lower than the 450 "
     "tonnes seized in 2023.", "450 tonnes", dict(subject="Cannabis seizures")),
    ("kept-for", "Pawnbrokers must keep sales ledgers for five years.", "five years",
     dict(subject="sales ledgers")),
    ("kept-for-object-hung", "Platforms are required to hold flagged payments for up to 48 "
     "hours.", "48 hours", dict(subject="flagged payments")),
    ("dimension-after-noun", "Thieves stripped copper wire 200 metres long from the line.",
     "200 metres", dict(subject="copper wire")),
    ("comma-in-name", "Thefts rose 6%, according to data from the Research, Planning and "
     "Statistics Unit.", "6%", dict(attribution="the Research, Planning and Statistics Unit")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_line_after_owner_is_no_claim() -> None:
    document = "Residents can report drug dealing to the agency's 1456 hotline."
    assert texts_over(extract(document), document, "1456") == []


def test_report_is_not_the_person_who_spoke_before() -> None:
    document = (
        "Robberies fell 6% in 2024, the National Police said in its annual review.\n\n"
        "Thefts rose 3%, spokesman Ivan Petrov said.\n\n"
        "According to the report, 412 firearms were seized."
    )
    assert_claim(extract(document), "412", dict(attribution="the National Police"))


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a share listed with another share shares its unit
        ("Rates rose 5 or 6 percent.", "5 or 6 percent", dict(value=5, value_high=6)),
        # people held for a time: the act's, no subject
        ("Police held the suspects for 48 hours.", "48 hours", dict(subject=None)),
        # a finite 'have seized' is no reduced relative
        ("Police have seized 135 litres liquor in raids.", "135 litres", dict(subject="liquor")),
        # a plural after the owner's number counts lines
        ("The agency's 14 hotlines took calls.", "14", dict(subject="hotlines")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
