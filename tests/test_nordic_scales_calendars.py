"""Scale words left in their own language in English text ('612 mio. kr.', 'R$ 1,2 bilhão',
'$ 48.500 millones'); 'pct.' as a percent that shows a text's decimal commas; hours written
with dots between two times; Taiwan's ROC calendar year; a surname written before a hyphened
given name ('Lin said' after 'Lin Chia-hung'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("mio-kroner", "Insurance payouts for break-ins in Aarhus, Denmark, totalled 415 mio. kr. "
     "last year.", "415 mio. kr.", dict(value=415_000_000, unit="DKK")),
    ("bilhao", "The programme received R$ 2,4 bilhão in investment.", "R$ 2,4 bilhão",
     dict(value=2_400_000_000, unit="BRL")),
    ("millones-dotted", "Prosecutors seized assets worth $ 12.300 millones.\n\nThefts fell "
     "4,6%.", "$ 12.300 millones", dict(value=12_300_000_000)),
    ("pct-evidence", "Police registered 21.408 reports of burglary in 2024, a fall of 5,2 pct.",
     "21.408", dict(value=21408)),
    ("surname-first", "Contact: Section Chief Wang Mei-ling, (02) 2555-1234 ext. 201\n\n"
     "Police dismantled a lab.\n\nWang said seizures rose 38% in the first half.", "38%",
     dict(attribution="Wang Mei-ling")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("38 pct. of thefts took place between 18.00 and 23.00, police said.", "18.00"),
        ("Date: March 3, 2025 (ROC year 114)", "114"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # prices between dotted figures with a currency after them stay money
        ("Prices rose from 10.00 to 12.00 kroner.", "12.00 kroner", dict(value=12)),
        # a short word after a count is no Nordic scale
        ("My 5 mia friends came.", "5", dict(value=5)),
        # 'mio' with no money after it scales nothing
        ("The 12 mio. project started.", "12", dict(value=12)),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
