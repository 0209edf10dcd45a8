"""Lebanese pounds written 'LL', New Zealand dollars placed by its broadcasters and gangs, a
price per head 'charged ... for' something, a column header's fiscal year, a headline's
'..., says X', a count gapped before a preposition ('and nine to robberies') and a share 'of
them' said to be under an age. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # Lebanese pounds as Beirut papers write them
    ("ll-prefix", "Thieves demanded LL50 million to return the car.", "LL50 million",
     dict(unit="LBP", value=50e6, kind="money")),
    ("ll-dotted", "The ISF said fines of L.L. 2 million apply.", "L.L. 2 million",
     dict(unit="LBP", value=2e6)),
    # a New Zealand broadcaster and gang names place the dollar
    ("nz-broadcaster", "Figures released to 1News show the Mongrel Mob grew by 400 members. "
     "Police restrained $73.4 million of gang assets.", "$73.4 million", dict(unit="NZD")),
    # what a price per head was charged for
    ("charged-for", "Smugglers charged between €3,000 and €12,000 per person for crossings on "
     "the route.", "€3,000 and €12,000 per person",
     dict(subject="crossings", kind="rate", unit="EUR per person")),
    ("paid-about-for", "They paid about $5,000 for each passport.", "$5,000",
     dict(subject="passport", qualifier="about")),
    # a column header's fiscal year says when
    ("column-fiscal-year", "| Suburb | Thefts 2023-24 | Thefts 2024-25 |\n|---|---|---|\n"
     "| Elizabeth | 142 | 211 |", "211", dict(subject="Thefts")),
    ("column-fy", "| Region | Arrests FY2024/25 |\n|---|---|\n| North | 1,204 |", "1,204",
     dict(subject="Arrests")),
    # a headline's source after its figure
    ("says-after-comma", "Cyber fraud cost city Rs 47 crore this year, says Lalbazar",
     "Rs 47 crore", dict(attribution="Lalbazar", subject="Cyber fraud")),
    # a count gapped before the preposition of the clause before
    ("gapped-preposition", "Of the murders, 22 were linked to personal disputes and nine to "
     "robberies.", "nine", dict(subject="murders")),
    # a share of people 'of them' said to be under an age
    ("share-of-them-under", "We arrested 214 people this year, and 63 per cent of them were "
     "under 18.", "18", dict(kind="age", unit="year", qualifier="less than")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_law_degree_is_no_currency() -> None:
    """Near miss: 'LL.M.' names a degree, not Lebanese pounds."""
    document = "The LL.M. programme admitted 50 students."
    assert texts_over(extract(document), document, "LL.M.") == []
    assert_claim(extract(document), "50", dict(unit=None, subject="students"))
