"""Moroccan 'DH', Algerian 'DA' and Honduran 'L' amounts; Samoa's dollar; 'Le360' as a
name; short numbers named '(police)'; share counters after 'Facebook'; a dateline's place
parsed as a second subject; a two-word Arabic surname resolved to the full name; a label
'X per 100,000 population: N' as a rate; 'The estimated value of X reached N'; the plural
group right before 'aged'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("moroccan-dh", "Police in Casablanca and Rabat said the Moroccan gang took DH64,000 "
     "from each victim.", "DH64,000", dict(unit="MAD", kind="money")),
    ("algerian-da", "Customs in Oran, Algeria, seized goods worth DA2.4 billion.",
     "DA2.4 billion", dict(unit="DZD", value=2.4e9)),
    ("honduran-l", "Gangs in San Pedro Sula, Honduras, charge bus drivers L800 a week.",
     "L800 a week", dict(unit="HNL per week")),
    ("samoan-dollar", "A clerk in Apia, Samoa, stole $64,000 from the bank.", "$64,000",
     dict(unit="WST")),
    # the dateline's place, parsed as a second subject, owns no report
    ("dateline-owner", "Manama, March 3 (BNA) - The Traffic Directorate recorded 88 road "
     "deaths in 2024, according to its annual report.", "88",
     dict(attribution="The Traffic Directorate")),
    ("rate-label", "- Road deaths per 100,000 population: 4.8", "4.8",
     dict(kind="rate", unit="per 100,000 population", subject="Road deaths")),
    ("estimated-value-of", "The estimated value of stolen cattle reached N$2.1 million.",
     "N$2.1 million", dict(qualifier="about")),
    ("group-before-aged", "Three suspects, two Kuwaitis aged 29 and 41 and a Syrian national, "
     "were arrested.", "41", dict(kind="age", subject="Kuwaitis")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("By Le360 (with MAP) | 03/04/2025", "Le360"),
        # a Canadian postcode, whose first letter and digit would read as lempiras
        ("Police Service, 1 Civic Square, Halbrook ON  L4B 2K9", "L4B"),
        ("Tip-offs: 19 (police) | 177 (gendarmerie)", "19"),
        ("Tip-offs: 19 (police) | 177 (gendarmerie)", "177"),
        ("Share this: Facebook (86) | X (12)", "86"),
        ("Share this: Facebook (86) | X (12)", "12"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a leone amount grouped in thousands stays money
        ("Police in Freetown seized Le5,000.", "Le5,000", dict(unit="SLE")),
        # a change of an estimated number is no estimate
        ("The estimated number of burglaries fell 6.5% in 2024.", "6.5%", dict(qualifier=None)),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


_ARABIC_SURNAME = (
    "Director of the Traffic Department Colonel Khalid Saeed Al Mansoori said deaths fell "
    "by 6 percent.\n\n"
    "Al Mansoori gave the following figures:\n"
    "- Speeding violations: 412,300\n"
)


def test_two_word_arabic_surname_takes_the_full_name() -> None:
    claim = claim_on_line(_ARABIC_SURNAME, "412,300", "- Speeding")
    assert claim.attribution == "Khalid Saeed Al Mansoori"
