"""A quote carried over paragraphs ('X said: "... .' then a paragraph opening '"...'), a
ranked surname written as the full name given before it, police lines named after 'on' or
'non-emergency', a measure in a relative clause ('which weighed 21kg'), gerund crimes
('Dundee shoplifting up 35%', 'Shoplifting in Dundee has risen by a third'), the name in
'new Police Scotland figures show', and a budget table headed '£m' whose rows sit two
blanks from their figures. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

CONTINUED = (
    'Inspector Ruth Daley, of Fife Division, said: "Car crime is not victimless. Behind these '
    "numbers are families.\n\n"
    '"We now have 18 officers dedicated to vehicle crime across the region."'
)
CLOSED = (
    'Inspector Ruth Daley said: "Car crime is not victimless."\n\n'
    '"We now have 18 officers dedicated to vehicle crime."'
)
RANKED = (
    '"That is 90 fewer victims," Chief Superintendent Derek Nolan told councillors.\n\n'
    "Chief Supt Nolan said that in 2024:\n\n"
    "• 1,140 drug offences were detected in the division"
)
BUDGET = (
    "Where the money came from\n\n"
    "Budget 2025/26          £m\n"
    "Police grant         151.2\n"
    "Council tax precept  121.9\n"
    "Total                273.1\n"
)

ROWS: list[tuple[Any, ...]] = [
    ("continued-quote", CONTINUED, "18", dict(attribution="Inspector Ruth Daley")),
    ("ranked-surname", RANKED, "1,140", dict(attribution="Chief Superintendent Derek Nolan")),
    ("which-weighed", "The cannabis, which weighed 19kg, was found in sealed bags in the loft.",
     "19kg", dict(subject="cannabis")),
    ("gerund-headline", "Perth shoplifting up 28% as police record 980 thefts", "28%",
     dict(subject="Perth shoplifting", change="increase")),
    ("gerund-subject", "Shoplifting in Perth has risen by more than a quarter in a year.",
     "a quarter", dict(subject="Shoplifting", change="increase")),
    ("new-named-figures", "Vandalism in Perth has risen by a fifth in a year, new Police "
     "Scotland figures show.", "a fifth", dict(attribution="Police Scotland")),
    ("budget-two-blanks", BUDGET, "121.9",
     dict(unit="GBP", value=121_900_000, subject="Council tax precept")),
    ("budget-total", BUDGET, "273.1", dict(unit="GBP", value=273_100_000)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("reported-on-101", "Incidents can be reported on 101 or, if a crime is in progress, 999.",
     "101"),
    ("or-999", "Incidents can be reported on 101 or, if a crime is in progress, 999.", "999"),
    ("non-emergency-line", "The wait for non-emergency 101 calls fell to three minutes.", "101"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    # a quote closed in its paragraph: the next paragraph's quote may be anyone's
    ("closed-quote", CLOSED, "18", dict(attribution=None)),
    ("calls-counted", "Police received 911 calls last night.", "911", dict(subject="calls")),
    ("days-after-line", "Police received 999 calls on 101 days.", "101 days",
     dict(unit="day")),
    ("clause-gerund", "Stealing cars has cost insurers $5m.", "$5m", dict(subject=None)),
    # two blanks after a sentence's full stop make no table
    ("double-space-prose", "He said it.  Then 45 people left.\nPolice said 12 were held.", "45",
     dict(subject="people")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
