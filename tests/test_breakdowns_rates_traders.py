"""A table cell with its own scale word under a currency header; a row label's bracketed
figure; a title breaking a count down by region; phone numbers in pairs of digits and a
'free line'; a change 'of 120 cases or about 12.5 per cent'; a rate counted in bare cases;
a speaker's home place; people 'between 18 and 30 years'. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("scaled-cell-currency", "The authority's summary:\n\nItem                 | Value (birr)\n"
     "Cosmetics            | 95 million\nVehicles             | 310 million", "95 million",
     dict(unit="ETB", value=95e6, kind="money", subject="Cosmetics")),
    ("bracketed-figure-label", "Seizures:\n\nItem                   | Value (birr)\n"
     "Diesel (40,000 litres) | 12 million", "12 million", dict(subject="Diesel")),
    ("breakdown-title", "Regional breakdown of burglary cases\nRegion | 2024 | 2025\n"
     "Volta | 64 | 71\nOti | 22 | 19", "71", dict(subject="burglary cases")),
    ("or-about-restated", "Burglaries recorded a decline of 95 cases or about 8.4 per cent.",
     "8.4 per cent", dict(change="decrease", qualifier="about")),
    ("rate-in-cases", "The national crime rate fell to 2,210 cases per 100,000 people last "
     "year.", "2,210", dict(subject="national crime rate", kind="rate")),
    ("speaker-home-place", "A cattle trader in Rumbek told reporters that a bull now sells for "
     "SSP 900,000.", "SSP 900,000", dict(attribution="A cattle trader")),
    ("people-between-years", "Most of the victims were young people between 19 and 28 years.",
     "19 and 28 years", dict(kind="age", value=19, value_high=28)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Call the police on 17 or 800 00 31 31 to report trafficking.", "800 00 31 31"),
        ("Report smuggling via the free line 994, the authority said.", "994"),
    ],
)
def test_lines_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a graded bracket stays in the label
        (
            "Offences:\n\nSexual assault (level 1)  | 12\nRobbery                   | 40",
            "12",
            dict(subject="Sexual assault (level 1)"),
        ),
        # a rate of a named kind of case keeps it
        (
            "Police recorded 12 burglary cases per 1,000 homes.",
            "12",
            dict(subject="burglary cases"),
        ),
        # the body a person works in stays ('in the Ministry of ...' is no home place)
        (
            "A spokesman in the Ministry of Interior said 40 were held.",
            "40",
            dict(attribution="A spokesman in the Ministry of Interior"),
        ),
        # years served are no ages
        (
            "Prisoners serving between 5 and 10 years were moved.",
            "5 and 10 years",
            dict(kind="duration"),
        ),
        # a free line's traffic counts
        ("The free line handled 987 calls last month.", "987", dict(subject="calls")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
