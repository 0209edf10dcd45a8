"""Forms of Australian, New Zealand and Pacific reports: a bare '$' placed by Tasman,
Marlborough and the Cook Islands (NZD) or by Palmerston and the Northern Territory (AUD); the
day a body released figures kept out of its name; a five-digit local line after 'calling';
a term of imprisonment 'for up to' a length; 'a lot of them'; 'puts X's rate at N'; a
year-like count opening a labelled line of figures. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a bare '$' placed by the top of the South Island and by the Cook Islands
    (
        "nzd-tasman",
        "Scammers took $1.4m from residents of Tasman and Marlborough last year.",
        "$1.4m",
        dict(unit="NZD"),
    ),
    (
        "nzd-cook-islands",
        "Police on Rarotonga said drink-drivers in the Cook Islands face a fine of up to $1000.",
        "$1000",
        dict(unit="NZD"),
    ),
    (
        "aud-palmerston",
        "Northern Territory Police seized $52,300 in cash in Palmerston.",
        "$52,300",
        dict(unit="AUD"),
    ),
    # the day of a release is no part of the body's name
    (
        "released-on-day",
        "Data released by ACT Policing on Thursday also show 204 motorists failed a roadside "
        "drug test.",
        "204",
        dict(attribution="ACT Policing"),
    ),
    # a term of imprisonment 'for up to' a length
    (
        "imprisonment-for-up-to",
        "Offenders face a fine of up to $2000 or imprisonment for up to six months.",
        "six months",
        dict(subject="imprisonment", qualifier="up to"),
    ),
    # 'a lot of them' stands for what 'them' does, never 'lot'
    (
        "a-lot-of-them",
        '"A lot of them can be opened in under 20 seconds," he said.',
        "20 seconds",
        dict(subject=(None, "them")),
    ),
    # 'puts X's rate at N per 100,000'
    (
        "puts-rate-at",
        "The report puts Mildura's assault rate at 1,420 offences per 100,000 people.",
        "1,420",
        dict(subject="Mildura's assault rate", kind="rate"),
    ),
    # a year-like count opening a labelled line of figures
    (
        "labelled-year-like-count",
        "Plants pulled by district:\nKaikohe: 1850 plants, 6 arrests",
        "1850",
        dict(value=1850, subject="plants"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Anyone with information can report it by calling 21080.", "21080"),
        # a year after a label with nothing else on the line is still a year
        ("Highlights: 2024 elections went smoothly.", "2024"),
    ],
)
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a count after 'calling' with its own noun still counts
        ("Officers began calling 12000 residents in the district.", "12000",
         dict(subject="residents")),
        # 'Palmerston North' is in New Zealand
        ("Police in Palmerston North and Manawatu recovered $8,400 in cash.", "$8,400",
         dict(unit="NZD")),
        # a 'lot' that is what was sold keeps its noun
        ("A lot of 40 phones was sold at auction.", "40", dict(subject="phones")),
        # a 'for' term after a verb of keeping is still the thing kept
        ("Banks must keep records for up to seven years.", "seven years",
         dict(subject="records")),
    ],
)  # fmt: skip
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
