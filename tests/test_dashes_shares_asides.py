"""An em dash that splits off a headline's source ('up 12%—police'), a title's year before
its bracketed unit, unit-word column headers, a loss 'through' something, money that
'accounted for' part of a total, a change set off past its speaker, time saved as a fall,
a reporting verb inside a 'which' clause, and the youngest of a longer group. Every text is
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

TABLE = "Gold seized by province, 2025 (kg)\nProvince | Kilograms\nManicaland | 412"

ROWS: list[tuple[Any, ...]] = [
    # an em dash joins no words: a headline's source after it
    ("em-dash-source", "Defilement cases up 12%—police", "12%",
     dict(attribution="police", subject="Defilement cases", change="increase")),
    # a title's bracketed unit goes to its rows; a unit-word column names nothing counted
    ("title-unit-after-year", TABLE, "412",
     dict(unit="kilogram", kind="weight", subject="Gold seized")),
    ("bracketed-unit", "The weight is 20 (kg).", "20 (kg)", dict(unit="kilogram")),
    # what a loss went through
    ("lost-through", "ZIMBABWE lost an estimated US$1.5 billion through gold leakages last "
     "year, police said.", "US$1.5 billion", dict(subject="gold leakages", qualifier="about")),
    # money that accounted for part of a total measures the clause's subject
    ("accounted-of-total", "Cocaine accounted for €61million of the total, with cannabis herb "
     "making up another €48million.", "€61million", dict(subject="Cocaine")),
    ("seized-of-total-haul", "Police seized €61million of the total haul.", "€61million",
     dict(subject="total haul")),
    # a change set off after a figure and its speaker
    ("set-off-past-speaker", "Police closed 61% of homicide cases in 2025, the department said, "
     "up about 9 percentage points from 2024.", "9 percentage points",
     dict(subject="homicide cases", change="increase", qualifier="about")),
    # time saved is a fall in the time taken; time lost a rise
    ("faster-time", "The average response time was just under 12 minutes, about 45 seconds "
     "faster than in 2024.", "45 seconds", dict(change="decrease")),
    ("longer-time", "Cases now take two days longer to close.", "two days",
     dict(change="increase")),
    # a reporting verb in a 'which' clause states none of the figures
    ("which-credited", "Chief Angela Kerr spoke. Auto thefts fell to 1,487 from 1,879, a drop "
     "of 392, which Kerr credited to a joint task force.", "392",
     dict(attribution=None, change="decrease")),
    # the age of the youngest of a group named at length
    ("youngest-long", "The youngest person charged with auto theft was 15.", "15",
     dict(kind="age", unit="year")),
    ("oldest-count", "The oldest 10 cases were closed.", "10", dict(kind="count")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_title_year_is_no_weight() -> None:
    """'2025 (kg)' in a table title is a year, then the table's unit."""
    assert texts_over(extract(TABLE), TABLE, "2025") == []
