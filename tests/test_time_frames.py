"""A duration that says when a clause happened ('over six years', 'in the first 10 months',
'within 48 hours') measures nothing the clause names: its subject is none, not the clause's
subject. A duration that is what lasted keeps its noun ('a two-week operation', 'jailed for 14
years', '31 years of national reporting'). Every sentence is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, sentence, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    (
        "over-after-amount",
        "A former bookkeeper who siphoned about $92,000 from a charity over four years was "
        "sentenced yesterday.",
        "four years",
        dict(subject=None, qualifier=None, kind="duration"),
    ),
    (
        "over-the-past",
        "The coastguard intercepted 640 migrants over the past nine days, the ministry said.",
        "nine days",
        dict(subject=None, qualifier=None),
    ),
    (
        "in-the-first-of-the-year",
        "Sonora recorded 1,207 homicide victims in the first eight months of the year.",
        "eight months",
        dict(subject=None),
    ),
    (
        "in-the-previous",
        "The courier had made at least four similar trips in the previous three months.",
        "three months",
        dict(subject=None),
    ),
    (
        "within-the-first",
        "Officers made 40 arrests within the first 48 hours.",
        "48 hours",
        dict(subject=None),
    ),
    (
        "superlative-in",
        "Shoplifting reached its highest total in nine years.",
        "nine years",
        dict(subject=None),
    ),
    (
        "during-the-last",
        "Officers issued 312 fines during the last two weeks.",
        "two weeks",
        dict(subject=None),
    ),
    (
        "for-the-past",
        "The syndicate has laundered cash for the past five years, prosecutors said.",
        "five years",
        dict(subject=None),
    ),
    (
        "over-after-bracketed-equivalent",
        "The ring allegedly moved 1.4 billion pesos ($80 million) over two years.",
        "two years",
        dict(subject=None, qualifier=None),
    ),
    (
        "fronted-over",
        "Over eight weeks, officers stopped 2,300 vehicles.",
        "eight weeks",
        dict(subject=None, qualifier=None),
    ),
    # near misses: the duration is what lasted, or 'over' is a bound
    (
        "jailed-for",
        "A 38-year-old courier was jailed for 11 years.",
        "11 years",
        dict(subject=None),  # the length of a sentence measures no person
    ),
    (
        "jailed-for-over",
        "Two brothers were jailed for over 12 years each.",
        "12 years",
        dict(qualifier="more than"),
    ),
    (
        "adjectival-operation",
        "Police arrested 27 people during a three-week operation.",
        "three-week",
        dict(subject="operation"),
    ),
    (
        "of-an-activity",
        "Road deaths hit the highest total in 25 years of national statistics.",
        "25 years",
        dict(subject="national statistics"),
    ),
    (
        "frame-noun-written",
        "There were 418 robberies over a six-month period.",
        "six-month",
        dict(subject="period"),
    ),
    (
        "in-prison",
        "The former mayor was sentenced to 96 months in prison.",
        "96 months",
        dict(subject="prison"),
    ),
    (
        "taken-in",
        "Most cars were stolen in under 10 minutes, the force said.",
        "10 minutes",
        dict(subject="cars", qualifier="less than"),
    ),
    (
        "reported-within",
        "Nine in ten thefts were reported within 48 hours.",
        "48 hours",
        dict(subject="thefts"),
    ),
    # a length of time is never what a span measures
    (
        "headline-years-and-months",
        "Bronx Man Sentenced to 11 Years and Seven Months for Heroin Trafficking Conspiracy",
        "11 Years",
        dict(subject=None),
    ),
    (
        "operated-for",
        "The network had operated for more than six years.",
        "six years",
        dict(subject="network"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_time_frame(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)
