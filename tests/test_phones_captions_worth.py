"""Omani rials written 'RO', emergency and phone numbers (a hotline's number set off by
commas, a long number after 'calling', an area code in brackets), a table title set apart
from its rows by a blank line, changes set off after a compared level ('representing an
increase of') or as a fraction, 'as young as' after its people, a misattached 'worth', and
'released' as a statement. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("ro-prefix", "Victims lost around RO 3.2 million to such schemes during the year.",
     "RO 3.2 million", dict(unit="OMR", kind="money", qualifier="about")),
    # a title set apart from its table still gives its unit
    ("caption-apart", "Table 1: Household victimisation prevalence by crime type (%)\n\n"
     "Crime type | 2019 | 2024\nHousebreaking | 7.2 | 5.8\nLivestock theft | 4.9 | 4.1", "4.1",
     dict(unit="percent", kind="percent", subject="Livestock theft")),
    # near miss: a sentence before a table is no title
    ("prose-before-table", "Police said the numbers fell.\n\nCrime type | 2019 | 2024\n"
     "Housebreaking | 72 | 58", "58", dict(unit=None, kind="count")),
    # a change set off after a compared level, and one written as a fraction
    ("representing-increase", "The police service registered 1,027 murder cases this year, up "
     "from 917 during the same period in 2023, representing an increase of 12 percent.",
     "12 percent", dict(subject="murder cases", change="increase")),
    ("fraction-change", "The bureau registered 412 cases of human trafficking last year, up by "
     "a third from 309 the year before.", "a third",
     dict(subject="cases of human trafficking", change="increase")),
    # the people an age 'as young as' bounds
    ("as-young-as", "• 1,195 defilement cases, with victims as young as three", "three",
     dict(kind="age", subject="victims")),
    ("as-old-as", "The victims were as old as 80.", "80", dict(kind="age", subject="victims")),
    # 'worth' the parser hangs on an earlier noun measures the noun right before it
    ("worth-misattached", "• 642 cases of robbery, in which suspects made away with property "
     "worth K1.9 billion", "K1.9 billion", dict(subject="property")),
    ("worth-listed", "The agency attached 38 immovable properties and bank deposits worth "
     "₹212.6 crore.", "₹212.6 crore",
     dict(subject="immovable properties and bank deposits")),
    # a body that released results states what they show
    ("released-results", "Statistics Botswana today released the results of the survey, which "
     "interviewed 6,240 households.", "6,240",
     dict(attribution="Statistics Botswana", subject="households")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("hotline-set-off", "The anti-narcotics police hotline, 110, operates around the clock.",
     "110"),
    ("calling-long-number", "Residents can report drug crimes by calling 2347444 or via the "
     "app.", "2347444"),
    ("bracketed-area-code", "The public can report illegal dealers on the National Complaints "
     "Desk on (0242) 703631.", "703631"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_calls_counted_are_claims() -> None:
    """Near miss: a count of calls that is an emergency number's digits."""
    assert_claim(extract("Police received 110 calls about the fire."), "110",
                 dict(subject="calls"))  # fmt: skip
