"""'Statewide results provided by X:' as a list intro; the days of a date list ('on 14 and
15 January'); a French time ('11 h 00'); a release's end mark written with en dashes; an
all-capitals place before a headline clause ('SARAJEVO: Two arrested ...'); ages after
counted groups listed beside a whole ('The detainees, 16 men and three women aged ...').
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("results-provided-by", "Statewide results provided by the Highway Patrol:\n"
     "• DUI arrests: 214\n• Speeding citations: 3,906", "3,906",
     dict(attribution="the Highway Patrol")),
    ("caps-dateline-clause", "MOSTAR: Three arrested after post office robbery", "Three",
     dict(subject=None)),
    ("listed-groups-aged", "The detainees, 11 men and four women aged between 19 and 58, were "
     "remanded.", "19 and 58", dict(kind="age", subject="detainees")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("The raids took place on 21 and 22 October in three towns.", "21"),
        ("Searches on 3, 4 and 5 May found nothing.", "3"),
        ("Searches on 3, 4 and 5 May found nothing.", "4"),
        ("News release – Québec, March 4, 2025, 14 h 30", "14 h 30"),
        ("Anyone with information can call us.\n\n– 30 –", "30"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a capitals label over a bare figure still names it
        ("HOMICIDES: 45", "45", dict(subject="HOMICIDES")),
        # two counts joined by 'and' before a noun stay counts
        ("Police arrested 14 and 15 suspects in May.", "15", dict(subject="suspects")),
        # a range written with en dashes is no end mark
        ("Police seized 30 – 40 kg.", "30 – 40 kg", dict(value=30, value_high=40)),
        # groups listed with no whole before them keep the last group
        ("Police held 16 men and three women aged 20 to 30.", "20 to 30", dict(kind="age")),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


_MINISTRY_TABLE = (
    "Arrests in the first quarter of 2025, by district (Ministry of Public Security data):\n\n"
    "District | Meth pills | Heroin (kg)\n"
    "North | 1.2 million | 41\n"
    "South | 0.8 million | 18\n"
)


def test_table_intro_names_a_ministry_split_at_of() -> None:
    """'(Ministry of Public Security data):' over a pipe table: the whole name states the
    rows, though the parser split it at 'of'."""
    claim = claim_on_line(_MINISTRY_TABLE, "18", "South")
    assert claim.attribution == "Ministry of Public Security"
