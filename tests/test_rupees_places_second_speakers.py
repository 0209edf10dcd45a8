"""Rupees placed by a country named once ('Sri Lanka Police') or by its provinces and
districts (pycountry, and Nepal's districts); 'N cases against M in 2023'; a colon label
with 'under the' inside; a site's section before a headline colon; two joined describing
words before a count's noun; 'for 37 accused'; a second speaker joined to the sentence
('..., while the police said 64 ...'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("lkr-country-once", "Sri Lanka Police said cash worth Rs. 3.2 million was found in the "
     "lorry.", "Rs. 3.2 million", dict(unit="LKR")),
    ("lkr-districts", "Officers in Matara and Hambantota seized cannabis worth Rs. 9 million.",
     "Rs. 9 million", dict(unit="LKR")),
    ("npr-districts", "Police in Kanchanpur arrested two men with gold worth Rs 4.5 million, "
     "the District Police Office in Dadeldhura said.", "Rs 4.5 million", dict(unit="NPR")),
    ("inr-default", "The gang cheated investors of Rs 12 crore.", "Rs 12 crore",
     dict(unit="INR")),
    ("against-in-year", "The district recorded 2,310 burglaries against 2,604 in 2023.",
     "2,604", dict(subject="burglaries")),
    ("label-under-the", "- Cases under the Arms Act: 77", "77",
     dict(subject="Cases under the Arms Act")),
    ("site-section", "Pune News: Police Seize Mephedrone Worth ₹4 Crore, 3 Held", "3",
     dict(attribution=None)),
    ("joined-modifiers", "Police returned 212 stolen and lost bicycles to their owners.",
     "212", dict(subject="stolen and lost bicycles")),
    ("for-n-accused", "Prosecutors secured convictions for 41 accused.", "41",
     dict(subject="accused")),
    ("second-speaker", "Robberies fell 8%, the ministry's data showed, while the police said "
     "212 suspects had been charged.", "212", dict(attribution="the police")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # offences against people are no comparison
        (
            "Police recorded 41 offences against 12 victims in the city.",
            "12",
            dict(subject="victims"),
        ),
        # the speaker a sentence is found by keeps its figures
        (
            "Inspector Ravi Kumar said 40 people were arrested.",
            "40",
            dict(attribution="Inspector Ravi Kumar"),
        ),
        # what a speaker was told is still the speaker's
        (
            "Councillor Anne Byrne said residents told her waits reached 40 minutes.",
            "40 minutes",
            dict(attribution="Councillor Anne Byrne"),
        ),
        # a source after a headline's dash still names it
        ("Knife crime up 7% in 2024 - BBC News", "7%", dict(attribution="BBC News")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
