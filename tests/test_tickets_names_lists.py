"""A Barbados story's '$' placed by its police force's acronym; a count after an identifier
word that is a verb ('troopers ticket 9,400 drivers'); an amount hung on the first word of
a compound name ('$2.4M cargo theft ring'); emergency calls described before the line's
number; a listed noun with an amount of its own ('and enough chemicals'); an 'of' phrase
that counts its own things; a case number stated with 'is'. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("barbados-acronym", "The RBPF said it had seized $3.1 million in cocaine this year, "
     "Barbados police said.", "$3.1 million", dict(unit="BBD")),
    ("ticket-verb", "State troopers ticket 6,250 drivers in holiday speed crackdown", "6,250",
     dict(subject="drivers")),
    ("compound-name", "Orange deputies bust $3.1M tool theft ring; 7 charged", "$3.1M",
     dict(subject="tool theft ring")),
    ("enough-apart", "Officers seized 31 kilograms of carfentanil and enough precursor "
     "chemicals to make 40 million doses.", "31 kilograms", dict(subject="carfentanil")),
    ("of-phrase-counted-apart", "The academy will graduate three recruit classes of 40 to 55 "
     "officers each this year.", "three", dict(subject="recruit classes")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Response times for the most urgent 911 calls averaged 8.2 minutes.", "911"),
        ("The case number is 25-104417.", "25"),
    ],
)
def test_lines_and_references_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # calls received in a number are still counted
        ("Police received 911 calls last night.", "911", dict(subject="calls")),
        # an identifier word before a plain number keeps it an identifier elsewhere
        ("Officers seized 40 rifles and pistols.", "40", dict(subject="rifles and pistols")),
        # a name's capitalised words are not climbed over
        ("Police seized a 5kW generator.", "5kW", dict(unit="kilowatt")),
        # an 'of' phrase with no figure of its own stays
        ("Police arrested 12 members of a gang.", "12", dict(subject="members of a gang")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_case_reference_stays_unread() -> None:
    document = "Quote ticket 12345 when calling the station."
    assert texts_over(extract(document), document, "12345") == []
