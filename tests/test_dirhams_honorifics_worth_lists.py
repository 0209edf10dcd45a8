"""Moroccan dirhams; '(approx.)' after an amount; an emergency number 'is' a line; 'its
annual report' standing for the clause's body, named without its country; honorifics a later
mention drops; 'worth' after a passive and after a list whose first item has its own figure;
'a 30 percent cut of' (a share); sorts that narrow nothing; 'in a drive' and 'for victims';
rankings whose next name the parser joined to the figure; participles and 'other' before a
count; a misread gerund; a fraction compared with 'more than'. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("moroccan-dirhams", "Police in Casablanca said fraud cost victims 64 million dirhams in "
     "Morocco last year.", "64 million dirhams", dict(unit="MAD")),
    ("approx-bracket", "The scheme caused a loss of Rs. 2.15 crore (approx.) to the bank.",
     "Rs. 2.15 crore", dict(qualifier="about")),
    ("its-report-owner", "The National Crime Office says its officers solved 61 percent of "
     "cases, according to its annual report.", "61 percent",
     dict(attribution="National Crime Office")),
    ("country-owner-dropped", "Kenya's Directorate of Criminal Investigations says detectives "
     "solved 312 cases.", "312", dict(attribution="Directorate of Criminal Investigations")),
    ("honorific-given-name", "State police chief Datuk Azmi Rahman Yusof said 40 people were "
     "held.\n\nAzmi said nine of them had prior drug records.", "nine",
     dict(attribution="Datuk Azmi Rahman Yusof")),
    ("worth-after-passive", "- 2,300 kilograms of cannabis were seized, worth an estimated "
     "Dh90 million", "Dh90 million", dict(subject="cannabis")),
    ("worth-in-list", "Officers seized two cars, cash of RM58,000 and watches worth RM31,200.",
     "RM31,200", dict(subject="watches")),
    ("cut-of-share", "The ring's boss kept a 20 percent cut of every payment.", "20 percent",
     dict(change=None)),
    ("all-types", "The force registered 3,912 cases of all types in the quarter.", "3,912",
     dict(subject="cases")),
    ("in-a-drive", "Customs recover Dh45 million in anti-smuggling drive", "Dh45 million",
     dict(subject=None)),
    ("for-victims", "Police said they had returned $2.6 million in stolen savings for victims "
     "of the scheme.", "$2.6 million", dict(subject="stolen savings")),
    ("in-a-case", "Police seized Rs 2 lakh in a gambling case.", "Rs 2 lakh",
     dict(subject=None)),
    ("followed-by-joined", "Lima led the ranking with 2,104 robberies, followed by Callao with "
     "830 and La Libertad with 612.", "830", dict(subject="robberies")),
    ("participle-counted", "Three other accused were released on bail.", "Three",
     dict(subject="accused")),
    ("other-dropped", "Detectives are looking for two other men.", "two", dict(subject="men")),
    ("rigorous-imprisonment", "The court sentenced him to Rigorous Imprisonment for seven "
     "years.", "seven years", dict(subject="Rigorous Imprisonment")),
    ("gerund-compound", "Thefts fell to 940, and snatching complaints rose by nearly a "
     "quarter.", "a quarter", dict(subject="snatching complaints")),
    ("fraction-compared", "Officers deported 318 people last year, a quarter more than in "
     "2023.", "a quarter", dict(value=0.25, change="increase")),
    ("street-value-split", "The haul has an estimated street value of Tk 96 crore, officials "
     "said.", "Tk 96 crore", dict(subject="street value", qualifier="about")),
    ("players-age", "\"Nearly half of the players were under 25.\"", "25",
     dict(kind="age", subject="players")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_emergency_number_is_no_claim() -> None:
    document = "The country's emergency number is 17 for police, officials said."
    assert texts_over(extract(document), document, "17") == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # the number of victims is a count, not a line
        ("The number of victims is 19, police said.", "19", dict(kind="count")),
        # a cut in something is still a reduction
        ("The council approved a 5% cut in police funding.", "5%", dict(change="decrease")),
        # an amount made of something keeps it
        ("Police seized $1.2 million in cash.", "$1.2 million", dict(subject="cash")),
        # a rate's 'for' phrase stays part of its name
        (
            "The clearance rate for burglary was 12%.",
            "12%",
            dict(subject="clearance rate for burglary"),
        ),
        # a gerund that acts on an object is no compound
        ("Selling drugs earns gangs 40% more.", "40%", dict(subject="gangs")),
        # 'Other' opening a category stays
        ("Other crimes rose 5%.", "5%", dict(subject="Other crimes")),
        # a kind of a crime that narrows the count stays
        (
            "Police recorded 300 crimes of a violent nature.",
            "300",
            dict(subject="crimes of a violent nature"),
        ),
        # dirhams with no Moroccan place are the UAE's
        ("Dubai Police recovered 3 million dirhams.", "3 million dirhams", dict(unit="AED")),
        # 'its report' with a subject that owns no data names the report
        (
            "Thefts rose 12%, according to its latest report.",
            "12%",
            dict(attribution="its latest report"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
