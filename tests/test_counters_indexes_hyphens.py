"""Page counters after a label and a colon ('Shares: 1.4k', 'Visitor Counter : 1284'); a
bare '$' placed in Fiji by its provinces and chiefly titles; a decimal comma where thousands
are spaced; a year before 'data'; a change whose verb a second part drops ('and burglaries by
4%'); an index as a source, and 'the Index' as its full name; a count of a noun that a
hyphenated modifier stands before ('cash-in-transit attacks'). Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("fjd-provinces", "Police in Naitasiri and Tailevu said the crop was worth $64,000.",
     "$64,000", dict(unit="FJD")),
    ("decimal-comma-spaced", "Rates per 1 000 residents: robbery 2,4; vehicle theft 7,9 per "
     "1 000 vehicles.", "2,4", dict(value=2.4)),
    ("gapped-change-by", "Property crime eased: bicycle thefts fell by 8% and commercial "
     "burglaries by 3%.", "3%", dict(subject="commercial burglaries", change="decrease")),
    ("index-finds", "The Global Peace Index finds that violence rose in 97 countries.", "97",
     dict(attribution="Global Peace Index")),
    ("index-list-intro", "The Global Peace Index finds that violence rose in 97 countries."
     "\n\nKey figures from the Index:\n\n- Conflict deaths rose in 41 countries", "41",
     dict(attribution="Global Peace Index")),
    ("edition-of-index", "The fourth edition of the Global Peace Index, which ranks 163 "
     "states, finds that violence rose in 97 countries.", "97",
     dict(attribution="Global Peace Index")),
    ("hyphenated-modifier", "The province recorded 38 cash-in-transit robberies last year.",
     "38", dict(subject="cash-in-transit robberies")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Frontier Wire | 09:12 | Share: 214", "214"),
        ("Reported by Ana Ruiz | Shares: 2.3k", "2.3k"),
        ("Share: 96 | Comments: 14", "14"),
        ("(Release ID: 2093310)  Visitor Counter : 3817", "3817"),
        ("Source: regional police databases, provisional 2023 data.", "2023"),
    ],
)
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a counter label with a counted noun after the number is prose
        ("Views: 12 residents objected to the plan.", "12", dict(subject="residents")),
        # with no spaced thousands near, a comma before one or two digits keeps its reading
        ("The court heard 1,25 was a typo.", "1", dict(value=1)),
        # a change with its own verb keeps the clause's subject
        ("Robberies fell by 9% while arrests rose by 6%.", "6%", dict(subject="arrests")),
        # a plain hyphenated word is its own noun
        ("Police arrested 12 co-conspirators in the case.", "12", dict(subject="co-conspirators")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
