"""Panamanian balboas ('B/.'), a headline's 'Top Cop', a post before a name with a bracket
between ('Commissioner of Police (ag) Hughes Barker'), 'acknowledged' as a statement, times
'o'clock', mobile short codes ('*462'), a law's number and year ('Law 631-16'), a number
after 'tel.', labels with a bracketed gloss ('Thefts (hurtos): 31,406') and a signed change
bracketed after a figure, and a report of a body called back as 'the department'. Every text
is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

BARKER = (
    "Serious crimes down 21 per cent – Top Cop\n\nSERIOUS crimes fell by 21 per cent, "
    "Commissioner of Police (ag) Hughes Barker has said.\n\nAddressing ranks on Friday, the "
    "Commissioner said murders decreased from 71 to 58."
)

ROWS: list[tuple[Any, ...]] = [
    ("balboas", "If convicted, the defendants face fines of up to B/.500,000.", "B/.500,000",
     dict(unit="PAB", qualifier="up to", subject="fines")),
    # a headline's source; the post named before a bracketed note and the name
    ("top-cop", "Serious crimes down 21 per cent – Top Cop", "21 per cent",
     dict(attribution="Top Cop", subject="Serious crimes")),
    ("the-commissioner", BARKER, "58", dict(attribution="Hughes Barker")),
    ("acknowledged", "Commissioner Edgar Tillett acknowledged that the department is short "
     "some 180 officers.", "180", dict(attribution="Commissioner Edgar Tillett")),
    # a label with a bracketed gloss, and signed changes bracketed after figures
    ("glossed-label", "• Rapiñas (robberies with violence or threat): 5,318, a fall of 9.6%.",
     "5,318", dict(subject="Rapiñas")),
    ("glossed-label-glued", "• Thefts (hurtos): 31,406, broadly stable (+0.7%).", "31,406",
     dict(subject="Thefts")),
    ("bracketed-change", "• Thefts (hurtos): 31,406, broadly stable (+0.7%).", "+0.7%",
     dict(subject="Thefts", change="increase")),
    ("bracketed-change-after-level", "• Homicides: 92 in the quarter, down from 108 in the "
     "same quarter of 2024 (-14.8%).", "-14.8%",
     dict(subject="Homicides", change="decrease")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("oclock", "Vehicles come in and out, up to 2 o’clock in the morning.", "2 o’clock"),
    ("short-code", "Citizens can report illegal weapons by calling *462 or 809-686-6251.", "462"),
    ("law-number", "The surrender program under Law 631-16 brought in nearly 900 guns.", "631-16"),
    ("tel-number", "Contact: observatorio@minterior.gub.uy, tel. 2030 4949.", "4949"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_guns_after_law_number_count() -> None:
    """Near miss: the count after the law's number is still a claim."""
    document = "The surrender program under Law 631-16 brought in nearly 900 guns."
    assert_claim(extract(document), "900", dict(subject="guns", qualifier="nearly"))


REPORT_ROWS: list[tuple[Any, ...]] = [
    # a report of a body called back by a common noun states its figures itself
    ("called-back-report", "Officers seized about 412,000 pills in 2024, according to the "
     "department's annual narcotics report.", "412,000",
     dict(attribution="the department's annual narcotics report")),
    ("named-body-report", "Police made 2,917 arrests, according to the Minneapolis Police "
     "Department's annual report.", "2,917",
     dict(attribution="the Minneapolis Police Department")),
    ("owner-data", "Police data show 40 arrests.", "40", dict(attribution="Police")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(REPORT_ROWS, 4))
def test_report_attribution(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
