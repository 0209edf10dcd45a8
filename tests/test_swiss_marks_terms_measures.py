"""Swiss thousands marks ("14'211"); a '#' that labels ('Release #171') or ranks ('the #1
cause'); a postcode after a lettered house number; ages bounded after a share of people or
by 'younger than'; sentence lengths, which measure no person; levels bounded by a measure
noun and fractional figures, which count nothing; concentrations; 'of whom' columns; quotes
that go on in a new paragraph; gapped counts. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # numbers written with Swiss thousands marks
    ("swiss-count", "The unit logged 23'480 reports in 2024.", "23'480",
     dict(value=23480, subject="reports")),
    ("swiss-money", "Assets of CHF 1'250'000 were frozen.", "CHF 1'250'000",
     dict(value=1250000, unit="CHF", kind="money")),
    # a rank written with '#'
    ("hash-rank", "Drink driving was the #2 cause of road deaths.", "2", dict(kind="ordinal")),
    # ages
    ("share-of-them-under", "Investigators detained 215 people, 40 of them under 18.", "18",
     dict(unit="year", kind="age", qualifier="less than", subject="people")),
    ("share-of-them-over", "Officers charged 31 people, 12 of them over 60.", "60",
     dict(kind="age", qualifier="more than", subject="people")),
    ("younger-than-years", "Nearly a quarter were younger than 21 years.", "21 years",
     dict(unit="year", kind="age")),
    ("possessive-share-age", "\"Half my tenants this year were under 30.\"", "30",
     dict(unit="year", kind="age", subject="tenants")),
    ("possessive-share", "\"Half my tenants were behind on rent.\"", "Half",
     dict(value=0.5, subject="tenants")),
    ("named-after-descriptor", "Ringleader Maria Santos, 38, of Leeds, admitted the plot.", "38",
     dict(kind="age", subject="Maria Santos")),
    # sentence lengths
    ("jailed-person", "Ringleader Maria Santos was jailed for nine years on Friday.",
     "nine years", dict(subject=None)),
    ("received-term", "Her cousin, Dev Patel, 27, received four years.", "four years",
     dict(subject=None)),
    ("suspended-part", "She received six years and two months, of which two years were "
     "suspended.", "two years", dict(subject=None)),
    ("headline-for", "Gang that moved £2m of cannabis jailed for more than 40 years",
     "40 years", dict(subject=None)),
    ("relative-held", "You can lose a flat you've rented for six years because of one missed "
     "payment.", "six years", dict(subject="flat")),
    # durations, levels and measures
    ("working-days", "Average processing time: 45 working days", "45 working days",
     dict(value=45, unit="day", kind="duration")),
    ("worth-roughly", "The cargo would have been worth roughly €40 million on the street.",
     "€40 million", dict(subject="cargo")),
    ("bounded-concentration", "Nine drivers were banned for a breath alcohol concentration "
     "between 0.25 and 0.4.", "0.25 and 0.4", dict(kind="other",
                                                    subject="breath alcohol concentration")),
    ("fraction-not-count", "Her blood alcohol reading was 0.21, police said.", "0.21",
     dict(kind="other")),
    ("concentration", "Tests found 0.9 milligrams per litre of lead in the water.",
     "0.9 milligrams per litre", dict(unit="milligram per litre", kind="other")),
    ("day-fines", "The court set the fine at 30 daily rates.", "30",
     dict(kind="count", subject="daily rates")),
    ("spread-over", "The cash was spread over 14 bank accounts.", "14", dict(qualifier=None)),
    ("most-before-participle", "Most detained migrants (64%) were later released.", "64%",
     dict(subject="detained migrants")),
    ("level-crossed-headline", "Online fraud losses cross ₹900 crore: police data",
     "₹900 crore", dict(subject="Online fraud losses")),
    ("acronym-compound", "Officials blocked 3,41,250 IMEI handsets last year.", "3,41,250",
     dict(subject="IMEI handsets")),
    ("gapped-count", "Banks filed 9,310 reports and insurers 48.", "48",
     dict(subject="reports")),
    ("price-past-buyer", "He was caught selling 2 kg of heroin to an informant for $30,000.",
     "$30,000", dict(subject="heroin")),
    # a table column that counts a part of the one before, and a change column after both
    ("of-whom-column", "Arrests, 2022 to 2023\n| Year | Arrests | of whom: women* | Change |\n"
     "|---|---:|---:|---:|\n| 2022 | 5,120 | 610 | +2.0% |\n| 2023 | 5,380 | 655 | +5.1% |\n"
     "* Aged 18 and over.", "655", dict(subject="women")),
    ("change-after-part", "Arrests, 2022 to 2023\n| Year | Arrests | of whom: women* | Change |"
     "\n|---|---:|---:|---:|\n| 2022 | 5,120 | 610 | +2.0% |\n| 2023 | 5,380 | 655 | +5.1% |",
     "+5.1%", dict(subject="Arrests")),
    # a quote paragraph after a quote that named its speaker
    ("quote-goes-on", "\"The numbers keep climbing,\" said Ruth Adeyemi, who runs a shelter.\n\n"
     "\"We took in 140 women this year.", "140", dict(attribution="Ruth Adeyemi")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Release #214 - 3 March 2025\nPolice arrested 9 people.", "214"),
        ("Call #455 to report drunk drivers; 12 were caught.", "455"),
        ("MROS\nBahnhofstrasse 12B, 8001 Zurich\nTel. 031 000 00 00", "8001"),
    ],
)
def test_labels_and_postcodes_are_no_claims(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a gapped list of what was counted keeps each noun
        ("Thefts numbered 24,870 and burglaries 6,105.", "6,105", dict(subject="burglaries")),
        # a length the subject lasted, with no sentencing verb, keeps the subject
        ("The gang operated for 10 years.", "10 years", dict(subject="gang")),
        # a penalty named as the subject keeps it
        ("He was handed a prison term of 12 years.", "12 years", dict(subject="prison term")),
        # a length that describes the noun after it keeps that noun
        ("The suspect was sent on a 14-day remand.", "14-day", dict(subject="remand")),
        # plural rates measured are still rates
        ("Homicide rates were 5.7 in Lima and 6.1 in Cusco.", "5.7", dict(kind="rate")),
        # a price per gram stays a rate
        ("Heroin sold at 5,000 pesos per gram.", "5,000 pesos per gram", dict(kind="rate")),
        # a share of things, not people, bounded by a number is no age
        ("Officers seized 40 books, 12 of them over 10.", "10", dict(kind="count")),
        # an integer after a scale word still counts
        ("Arrests rose to 2.5 million.", "2.5 million", dict(kind="count")),
        # 'the most wanted' names the group with its superlative
        (
            "The 10 most wanted fugitives include 3 women.",
            "10",
            dict(subject="most wanted fugitives"),
        ),
        # 'for' inside a word is no 'or' of a restatement
        ("A gang that moved £2m of drugs was jailed for 40 years.", "£2m", dict(subject="drugs")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
