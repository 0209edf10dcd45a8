"""A list introduced by 'Key figures from <body> (<acronym>):', whose colon the tokenizer
glues to the bracket; a first-person subject inside a quote ('our units have recorded') is
the quote's speaker's side, not a source; an amount someone was fined is a fine. Every text
is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    ("figures-from-body", "Reported crime fell in the second quarter.\n\nKey figures from the "
     "Bureau of Crime Statistics and Research (BOCSAR):\n\n- Assault: 2,315 cases\n- Theft: "
     "4,102 cases", "4,102", dict(attribution=("BOCSAR", "Bureau of Crime Statistics and "
                                               "Research"))),
    ("fined-each", "Each of the three men was also fined Dh150,000 and will be deported.",
     "Dh150,000", dict(subject="fine")),
    ("first-person-in-quote", "Customs chief Amina Bello said the agency had doubled its "
     "patrols.\n\n\"This year our units at the borders have recorded 2,760 seizures.\"",
     "2,760", dict(attribution="Amina Bello")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a list under a label that names no body has no source
        ("Crime figures by region:\n\n- North: 1,204 cases", "1,204", dict(attribution=None)),
        # money paid as a fine keeps the 'of' reading
        ("She paid a fine of $400 for speeding.", "$400", dict(subject="fine")),
        # a third-person body recording figures still states them
        (
            "Border units have recorded 2,760 seizures this year, the agency said.",
            "2,760",
            dict(attribution="the agency"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
