"""A small change after 'up just', ages bounded by 'between' after people or 'younger than',
ages of the plural group named right before 'aged', a term on probation or in custody, a
change noun's 'to' object, a body's possession dropped from what it counts ('the service's
operating budget'), a document that states its figures ('..., state report shows'), and the
year a document covers left out of its name. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("up-just", "Property crime was flat at 12,410 incidents, up just 0.4 per cent.",
     "0.4 per cent", dict(change="increase")),
    ("people-between", "More than half were young men between 18 and 29.", "18 and 29",
     dict(kind="age", unit="year", subject="young men")),
    ("younger-than-people", "Some 300 of the guns were taken from people younger than 18, "
     "the chief said.", "18", dict(kind="age", subject="people")),
    ("plural-before-aged", "A 31-year-old woman and four men aged 19 to 44 face charges.",
     "19 to 44", dict(subject="men")),
    ("on-probation", "He will be on probation for three years after his release.",
     "three years", dict(subject="probation")),
    ("in-custody", "The suspect was remanded in custody for two months.", "two months",
     dict(subject="custody")),
    ("increase-to", "The hires are paid for by a $2.1-million increase to the operating budget.",
     "$2.1-million", dict(subject="operating budget", change="increase")),
    ("body-possessive", "The service's 2025 operating budget was $412 million.",
     "$412 million", dict(subject="operating budget")),
    ("state-report-shows", "Violent crime fell 6% in 2024, state report shows", "6%",
     dict(attribution="state report")),
    ("document-year", "According to the police annual crime report for 2024, murders fell to "
     "412.", "412", dict(attribution="the police annual crime report")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NEAR_MISSES: list[tuple[Any, ...]] = [
    ("rose-to-just", "Arrests rose to just 40.", "40", dict(change=None)),
    ("between-times", "Police arrested men between 5 and 10 times.", "5 and 10",
     dict(kind="count")),
    ("coordinated-group-aged", "The number of children and young people aged 10 to 17 "
     "charged rose.", "10 to 17", dict(subject="children and young people")),
    ("police-data-owner", "Thefts rose 4%, police data show.", "4%",
     dict(attribution="police")),
    ("named-report-year", "According to the Annual Crime Report 2024, thefts fell 5%.", "5%",
     dict(attribution="the Annual Crime Report 2024")),
    ("place-possessive-kept-body", "Europol's budget rose to 200 million euros.",
     "200 million euros", dict(subject="Europol's budget")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
