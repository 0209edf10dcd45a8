"""Ages bounded by 'younger/older than', a label before a change and its level ('Carjackings:
up 9%, to 96'), a definite group after 'decline of' that is no change, an addition a
participle brings to a total, data a body gave out ('according to figures the department
released'), a bare count a named body is given, rows labelled by a bare number or a stub
word like 'Maximum', a title set apart that breaks its table down by place, a '-wide' word
or trailing adverb after the counted noun, the end of a range of dates, an ordinal in a
place's name, and an abbreviated word in a headline's subject. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

DISTRICTS = (
    "Burglaries by district, January to June\n\n"
    "District   2024   2025\n"
    "1            41     36\n"
    "2            17     22\n"
)
NAMED_ROWS = (
    "Table 2: Recorded burglaries by district, 2025\n\n"
    "District            2024      2025\n"
    "Harbour Ward         412       388\n"
)
LEVELS = (
    "Table 1. Prison population by security level, 2025\n\n"
    "Security level     Population   Share\n"
    "Maximum                 1,204     8.1%\n"
    "Minimum                 6,310    42.5%\n"
)

ROWS: list[tuple[Any, ...]] = [
    ("younger-than-age", "The number of victims younger than 16 rose to 44.", "16",
     dict(kind="age", unit="year", qualifier="less than", subject="victims")),
    ("younger-than-count", "The number of victims younger than 16 rose to 44.", "44",
     dict(kind="count", subject="victims")),
    ("label-change-level", "- Robberies: up 11%, to 420.", "420", dict(subject="Robberies")),
    ("label-change", "- Robberies: up 11%, to 420.", "11%",
     dict(subject="Robberies", change="increase")),
    ("extra-bringing-to", "The council approved an extra $2.4 million for patrols, bringing "
     "the budget to about $9 million.", "$2.4 million", dict(change="increase")),
    ("more-taking-to", "The force hired 60 more officers, taking its strength to 1,310.", "60",
     dict(change="increase")),
    ("figures-body-released", "Thefts fell to 412, according to year-end figures the "
     "department released on Friday.", "412", dict(attribution="the department")),
    ("body-count", "Reyes said PPD now has 910 sworn officers and hopes to reach 1,100 by "
     "2027.", "1,100", dict(subject="sworn officers")),
    ("body-count-short", "HPD ended the year with 1,604 sworn officers, about 150 short of its "
     "authorized strength.", "150", dict(subject="sworn officers")),
    # tables
    ("numbered-rows-title", DISTRICTS, "36", dict(subject="Burglaries")),
    ("named-rows-keep-name", NAMED_ROWS, "388", dict(subject="Harbour Ward")),
    ("stub-word-no-qualifier", LEVELS, "1,204", dict(qualifier=None, subject="Population")),
    # the place a count was made is no part of what it counts
    ("citywide", "Robberies citywide fell to 312 from 355.", "312", dict(subject="Robberies")),
    ("nationally", "Offences recorded nationally rose 5%.", "5%", dict(subject="Offences")),
    # the place's abbreviated word is read as part of its name, which then says where
    ("abbreviated-headline-word", "St. Paul burglaries down 14% as patrols grow", "14%",
     dict(subject="burglaries")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("numbered-row-label", DISTRICTS, "\n2  "),
    ("date-range-end", "The raids ran on Oct. 14-17 across the city.", "17"),
    ("date-range-to", "Officers were deployed from March 3 to 12.", "12"),
    ("ordinal-place-name", "The steepest fall came in the 4th District, police said.", "4th"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    # a decline of a definite group is which group; a bare 'decline of five cases' changes
    ("definite-group", "It was the largest decline of the city's six police districts.",
     "six", dict(change=None)),
    ("decline-of-count", "Police recorded a decline of five cases.", "five",
     dict(change="decrease")),
    # a count after 'bringing ... to' that is no addition stays a count
    ("seized-bringing", "Police seized 12 guns, bringing the total to 340.", "12",
     dict(change=None)),
    # a count of what follows a range of dates
    ("count-after-dates", "In March 3 to 12 people died.", "12", dict(subject="people")),
    # a phone number before a bracket is no label's change
    ("phone-bracket", "NCA Press Office: 0370 496 7622 (24 hours)", "24 hours",
     dict(subject=None)),
    # a rank before a lower-case word is still a rank
    ("finished-fifth", "He finished 5th in the race.", "5th", dict(kind="ordinal")),
    # an adverb a preposition takes stays
    ("from-abroad", "Offences committed from abroad rose by 8.1 per cent.", "8.1 per cent",
     dict(subject="Offences committed from abroad")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
