"""Bahraini dinars written 'BD'; the body a back reference names when the first name was a
body's department ('the Ministry of Interior's General Department'); Hijri dates in Gulf
datelines; lines listed after an emergency number, a two-digit area code, a line one
submits information to; a penalty 'punishable ... by three to five years'; a table row
'(unchanged)'; a list worth an amount; a closing 'it added' in a paragraph of its own; 'A
further N' going on with the report. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("bd-glued", "Three jailed over BD47,000 investment scam", "BD47,000",
     dict(unit="BHD", value=47000)),
    ("bd-spaced", "Police in Manama said a retired nurse lost BD 8,300 to the callers.",
     "BD 8,300", dict(unit="BHD", kind="money")),
    ("bd-header", "Complaints by governorate:\n\n| Governorate | Complaints | Lost (BD) |\n"
     "| Capital | 318 | 27,450 |", "27,450", dict(unit="BHD", kind="money")),
    ("ministry-of-department", "The Ministry of Interior's General Department of Criminal "
     "Investigation said it arrested 12 suspects. The ministry said 64 percent of them were "
     "repeat offenders.", "64 percent", dict(attribution="The Ministry of Interior")),
    ("punishable-by-range", "Smuggling is punishable under Law No. 4512 by two to seven years "
     "in prison.", "two to seven years", dict(value=2, value_high=7, unit="year")),
    ("row-unchanged", "Serious offences:\n\nArson                     287 (down 4%)\n"
     "Manslaughter                6 (unchanged)", "6", dict(subject="Manslaughter")),
    ("list-worth", "In one case, burglars made off with watches and cash worth €215,000 "
     "from a flat.", "€215,000", dict(subject="watches and cash")),
    ("it-added-new-paragraph", "In a statement, the Internal Security Forces said the hostage "
     "was held for three days. The gang had demanded $90,000, the statement said.\n\n"
     "Three other suspects are still at large, it added.", "Three",
     dict(attribution="the Internal Security Forces")),
    ("a-further", "The ministry said 1,208 people were arrested at the border. A further 73 "
     "people were caught at the airport.", "73", dict(attribution="The ministry")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Jeddah, Rabi Al-Thani 4, 1447, Sep 26, 2025, SPA -- Police held 38 suspects.", "1447"),
        ("Report smuggling by calling 911 in Riyadh, and 999 or 994 in other regions.", "994"),
        ("Anyone with information should call the hotline on 112 or 09-481122.", "09-481122"),
        ("The public can submit information to the Citizens' Line on 1417.", "1417"),
    ],
)
def test_dates_and_lines_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a person is no 'it': nobody else spoke, so the figure has no speaker
        (
            "Police Chief Jane Doe said 40 were held.\n\nTwo others fled, it added.",
            "Two",
            dict(attribution=None),
        ),
        # a count listed after an emergency number with its noun counts
        ("Police received 911 or 40 more calls.", "40", dict(subject="calls")),
        # a possessive before the head stays in the name
        (
            "Egypt's Interior Ministry said 41 traders were arrested. The ministry said 12 were "
            "released.",
            "12",
            dict(attribution="Egypt's Interior Ministry"),
        ),
        # a change 'by X to Y' is a change and a level, not a range
        ("Burglaries fell by 300 to 4,120.", "300", dict(change="decrease", value_high=None)),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
