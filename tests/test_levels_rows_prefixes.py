"""Egyptian pounds written 'LE', dinars placed by a capital in the dateline, the level a verb
of moving takes its object to ('bringing the workforce to 84,000'), a capacity or
establishment as the size of what holds people, headerless rows with a unit and a change
('Heroin    64.3 kg    up 22%'), mixed-case acronyms as a headline's source ('MoI: ...'),
years of the solar Hijri calendar, and 'worth a further' amounts. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS_TABLE = (
    "Seizures in the first quarter:\n\n"
    "Heroin          41.7 kg      up 12%\n"
    "Cannabis        1,880 kg     down 6%\n"
)

ROWS: list[tuple[Any, ...]] = [
    ("egyptian-le", "Police seized foreign and local currency worth LE31 million in a week.",
     "LE31 million", dict(unit="EGP", value=31_000_000)),
    ("egyptian-le-range", "Dealers were buying dollars at between LE48.2 and LE48.9.",
     "LE48.2 and LE48.9", dict(unit="EGP", value=48.2, value_high=48.9)),
    ("dinars-capital-dateline", "TUNIS, May 3 (TAP) - Customs officers seized goods worth "
     "around 41 million dinars.", "41 million dinars", dict(unit="TND")),
    # the level a verb of moving takes its object to
    ("bringing-to", "The force recruited 1,200 officers, bringing the workforce to around "
     "31,000.", "31,000", dict(subject="workforce")),
    ("pushed-above", "Officials say the crackdown has pushed the remand population above 9,400.",
     "9,400", dict(subject="remand population", qualifier="more than")),
    ("capacity-of", "The jail held 2,400 inmates against a capacity of about 1,150.", "1,150",
     dict(subject="capacity", kind="count")),
    ("establishment-of", "The force has 147 officers against an approved establishment of "
     "190.", "190", dict(subject="approved establishment")),
    # headerless rows: a unit and a change after the label
    ("row-unit", ROWS_TABLE, "41.7 kg", dict(subject="Heroin", unit="kilogram")),
    ("row-change", ROWS_TABLE, "6%", dict(subject="Cannabis", change="decrease")),
    # a ministry's mixed-case acronym before a headline's colon
    ("mixed-case-acronym", "MoJ: 412 Inmates Released Early in Six Months", "412",
     dict(attribution="MoJ")),
    ("worth-a-further", "Assets worth a further Rs. 210 million were frozen.",
     "Rs. 210 million", dict(subject="Assets")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("solar-year", "Some 930 smugglers were held since the start of the solar year 1404.",
     "1404"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("le-in-name", "LE PEN said 5 people were hurt.", "5", dict(unit=None)),
    ("count-near-solar-year", "Police seized 1403 kg this year.", "1403 kg",
     dict(unit="kilogram")),
    ("took-to-court", "Police took 40 suspects to court.", "40", dict(subject="suspects")),
    # a time in brackets after a phone number is no row's figure
    ("phone-hours", "NCA Press Office: 0370 496 7622 (24 hours)", "24 hours",
     dict(subject=None)),
    ("long-place-before-colon", "KwaZulu: 45 arrested in raids", "45", dict(attribution=None)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
