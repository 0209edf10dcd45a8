"""Forms of Nordic, Irish, Pacific and Greek releases: a signed decimal-comma cell ('-25,7')
in an aligned table whose count column is headed by a period; a tip line 'is' a number in
groups; a 'Ph:' label; page counters written '1.4k shares' and 'Comments (23)'; kina placed by
PNG provinces; 'anyone under 18'; a Dublin postal district; a body's full name that never
runs into the next sentence. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

TABLE = (
    "Shootings by police region:\n\n"
    "Police region    Jan–Jun 2025    Change on 2024, %\n"
    "Malmö                      37                -18,4\n"
    "Göteborg                   29                -22,9\n"
)

ROWS: list[tuple[Any, ...]] = [
    ("signed-decimal-comma", TABLE, "-18,4", dict(value=18.4, change="decrease",
                                                 subject="Malmö")),
    ("period-header-names-nothing", TABLE, "29", dict(subject="Göteborg")),
    ("kina-provinces", "Police in Hela and Southern Highlands spent K2.4 million on the "
     "operation.", "K2.4 million", dict(unit="PGK")),
    ("anyone-under", "Shops face fines for selling knives to anyone under 16.", "16",
     dict(kind="age", qualifier="less than")),
    ("full-name-within-sentence", "Source: Ministry of Public Order\n\nThe ministry said 64 "
     "offices handled the complaints.", "64",
     dict(attribution="Ministry of Public Order")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("The police tip line is 112 12.", "12."),
        ("Issued by: Media Unit | Ph: 325 7700", "7700"),
        ("2.3k shares", "2.3k"),
        ("Comments (41)", "41"),
        ("A second man was arrested in Dublin 24 later that night.", "24"),
    ],
)
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a count after 'Dublin' with its own noun still counts
        ("In Dublin 15 people were hurt.", "15", dict(subject="people")),
        # a comma before three digits is a thousands comma, after a sign too
        ("Thefts      +1,250", "+1,250", dict(value=1250)),
        # a 'tip line' that received calls counts them
        ("The ministry's tip line is busy: 400 calls came in.", "400", dict(subject="calls")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
