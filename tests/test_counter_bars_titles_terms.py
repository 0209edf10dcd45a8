"""Page counters on a line cut by bars or middots; labelled figures set side by side on one
line; an ordinal naming a district; 'arrested over 40 kilos'; multiples of a rate or of a
possessed amount; the second part of a two-part term; the bench's titles before a surname;
a speaker's own age, which the writer states; a body named after a place's possessive;
'reports the crime', which states nothing; per-nouns with a describing word; a headline's
change by a fraction; 'two are Lithuanian nationals'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("bar-cells", "Arrests: 18 | Seizures: 26 kg", "18", dict(subject="Arrests")),
    ("middot-cells", "Arrests: 18 · Seizures: 26 kg · Fines: $2,400", "$2,400",
     dict(subject="Fines")),
    ("arrested-over-weight", "KRAKOW – Three arrested over 25 kilos of amphetamine", "25 kilos",
     dict(qualifier=None)),
    ("multiple-of-rate", "The robbery rate stood at 41.2 per 100,000 residents, more than "
     "five times the national average.", "five", dict(kind="other", unit=None)),
    ("multiple-of-possessed", "That is about four times their yearly income, she said.",
     "four", dict(kind="other")),
    ("term-second-part", "A shop owner said she had spent $12,000 on shutters.\n\nThe judge "
     "set a non-parole period of three years and four months.", "four months",
     dict(subject="non-parole period")),
    ("judge-surname", "Judge Helen Marsh sentenced the pair.\n\n\"Owners told this court they "
     "spent $9,000 on bollards,\" Judge Marsh said.", "$9,000",
     dict(attribution=("Helen Marsh", "Judge Helen Marsh"))),
    ("attorney-general-surname", "Attorney General Ruth Okoye announced the results.\n\n"
     "\"The sweep netted 212 arrests,\" Attorney General Okoye said.", "212",
     dict(attribution=("Ruth Okoye", "Attorney General Ruth Okoye"))),
    ("speaker-age", "Hardware store owner Tom Reyes (61) said he lost $7,000 of stock.", "61",
     dict(subject="Tom Reyes", attribution=None)),
    ("place-possessive-body", "Ontario's Provincial Crime Unit figures show break-ins rose "
     "14 per cent.", "14 per cent", dict(attribution="Provincial Crime Unit")),
    ("reports-the-crime", "Spokesperson Ilona Varga said:\n- 3 210 scam reports were filed\n"
     "- only one in six victims reports the crime the same day", "one in six",
     dict(attribution="Ilona Varga")),
    ("per-retail-worker", "Theft costs stores about $900 per retail worker a year.",
     "$900 per retail worker", dict(unit="USD per retail worker")),
    ("headline-up-fraction", "Burglary up a quarter as winter nights draw in", "a quarter",
     dict(value=0.25, change="increase", subject="Burglary")),
    ("predicate-after-and", "Four of them are Latvian citizens and three are Polish nationals.",
     "three", dict(subject="Polish nationals")),
    ("sentence-in-detention", "He has already served 190 days in pre-trial detention.",
     "190 days", dict(subject="pre-trial detention")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Tip-offs: 47 | Comments (9)", "47"),
        ("Comments · 12 · Share", "12"),
        ("Officers searched 14 flats in Vienna's 10th district.", "10th"),
    ],
)
def test_page_counters_and_district_names_are_no_claims(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a count after an arrest verb and 'over' is still bounded
        ("Police arrested over 40 people.", "40", dict(qualifier="more than")),
        # a weight seized 'over' is bounded too
        ("Police seized over 40 kilos of skunk.", "40 kilos", dict(qualifier="more than")),
        # a term's second part that names its own stays
        (
            "She got 22 months, suspended for two years, and 200 hours of unpaid work.",
            "200 hours",
            dict(subject="unpaid work"),
        ),
        # an age stated in the speaker's sentence after the source keeps the source
        ("Police said a 34-year-old man was held.", "34-year-old", dict(attribution="Police")),
        # reporting the figures is a statement of them
        (
            "Police reported the figures on Monday: 40 thefts were logged.",
            "40",
            dict(attribution="Police"),
        ),
        # the city's homicide is an event counted in order
        ("It was the city's third homicide this week.", "third", dict(kind="ordinal")),
        # 'looked up a third time' is no change
        ("He looked up a third time.", "third", dict(kind="ordinal")),
        # a pipe row of a table keeps its cells
        ("| Robbery | 5 | 7 |", "7", dict(subject="Robbery")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
