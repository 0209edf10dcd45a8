"""Labels with a hyphened first word or a participle after a people noun ('drug-related crimes
registered:', 'people convicted of drug trafficking:'); a row label's quoted street name; a
count per period with its noun inside ('80 homicides a month'); a share as the complement's
part ('two thirds were cattle'); a double surname shortened to its first ('Vásquez said');
bodies named by their head ('the cabinet'); headline sources before a change ('Sharjah Police:
28% drop'); thousands dotted before a scale word in a story that writes decimal commas; page
furniture: short lines with a leading zero, share counters, reaction counts, Baltic addresses,
private bags, the parties of a case ('the second defendant'). Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # -- labels and rows
    ("hyphened-label", "• drug-related arrests recorded: 431, down 6.2%;", "431",
     dict(subject="drug-related arrests recorded")),
    ("people-participle-label", "• people convicted of money laundering: 54, including 9 "
     "women.", "54", dict(subject="people convicted of money laundering")),
    ("quoted-alias-row", "| Drug | 2023 | 2024 |\n|---|---|---|\n| Cannabis (\"ganja\") | "
     "410.5 | 388.1 |", "388.1", dict(subject="Cannabis")),
    ("aged-label-trim", "Persons aged below 25 years made up 41% of all arrests.",
     "25 years", dict(subject="Persons", kind="age")),
    # -- subjects
    ("count-per-month", "Police recorded 70 homicides a month.", "70",
     dict(subject="homicides", unit="per month")),
    ("paid-for-months", "The trader said he had paid L2,500 a week for 18 months.",
     "L2,500 a week", dict(subject="trader")),
    ("share-complement", "Of the 4 300 animals reported stolen, about two thirds were goats.",
     "two thirds", dict(subject="goats")),
    ("average-age", "The average age at which users first tried cocaine was 17 years.",
     "17 years", dict(kind="age", subject="average age")),
    # -- numbers written the continental way
    ("dotted-before-scale", "The Attorney General's Office said it had seized assets worth "
     "$4.500 million.\n\nHomicides fell 2,8%.", "$4.500 million",
     dict(value=4_500_000_000)),
    # -- currencies placed by the story
    ("pesos-in-hidalgo", "Soldiers and Pemex staff recovered fuel near Pachuca and 3.1 million "
     "pesos in cash.", "3.1 million pesos", dict(unit="MXN")),
    ("dollars-in-nova-scotia", "HALIFAX, N.S. — A man stole converters worth $92,000.",
     "$92,000", dict(unit="CAD")),
    # -- qualifiers
    ("in-court-over", "Lautoka: Three men in court over $36,000 burglary", "$36,000",
     dict(qualifier=None)),
    ("jails-over-weight", "Court jails two for 15 years over 2,4 tonnes of cannabis",
     "2,4 tonnes", dict(qualifier=None, value=2.4)),
    # -- attribution
    ("headline-change-source", "Dubai Police: 19% drop in traffic deaths in 2024", "19%",
     dict(attribution="Dubai Police", change="decrease")),
    ("double-surname", "Prosecutor María López Herrera heads the extortion unit.\n\n\"We have "
     "found at least 9 gangs,\" López said.", "9",
     dict(attribution="Prosecutor María López Herrera")),
    ("cabinet-full-name", "The Security Cabinet said 12 taps were found.\n\nAccording to the "
     "cabinet, the gang drilled 17 more.", "17", dict(attribution="The Security Cabinet")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Report drug dealing anonymously: 089", "089"),
        ("Police seized 4 kg.\n\nShared 2,031 times", "2,031"),
        ("Reactions (12)", "12"),
        ("Valsts policija · Čiekurkalna 1. līnija 1, k-4, Riga, LV-1026", "1, k-4"),
        ("Ministry of Safety, Private Bag 13281, Windhoek", "13281"),
        ("The second defendant (52) and the third defendant (31) face trial.", "second"),
        ("The second defendant (52) and the third defendant (31) face trial.", "third"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # two figures taken one each stay two claims
        (
            "The model will be around 25k or 40k cheaper than its rivals respectively.",
            "40k",
            dict(value=40000, value_high=None),
        ),
        # 'a fourth suspect' counts one more
        ("A fourth suspect was arrested on Monday.", "fourth", dict(kind="ordinal")),
        # a sum paid for a thing keeps the thing
        ("He paid $35,000 for a car.", "$35,000", dict(subject="car")),
        # a rate per population names the rate
        ("The rate was 186 crimes per 100,000 residents.", "186", dict(kind="rate")),
        # a row of figures after a body's colon is no headline
        ("Metropolitan Police: 84,370, a rise of 3%", "84,370", dict(attribution=None)),
        # 'the average age' keeps its head
        ("The average age was 41.", "41", dict(subject="average age")),
        # 'over' after a verb that takes the count still bounds it
        ("Police arrested over 40 people.", "40", dict(qualifier="more than")),
        # a video shared many times in prose is still a count
        ("The video was shared 1,248 times.", "1,248", dict(value=1248)),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
