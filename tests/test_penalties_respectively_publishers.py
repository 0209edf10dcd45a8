"""A term of years stated of a penalty ('a maximum sentence of four years in prison'); how
long a licence is lost; 'N and M respectively' split over a listed subject; the oldest of a
gapped pair ('... was 19 and the oldest 71'); 'X average £N'; '..., new figures from X
show.'; a police operation's name before a headline colon; money raised is no increase; an
hour 'in the morning'; 'Snr' as a rank. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("penalty-of-years", "Carrying a firearm carries a maximum sentence of seven years in "
     "prison.", "seven years", dict(subject="maximum sentence")),
    ("penalty-up-to", "Dealers face a penalty of up to 12 years in jail.", "12 years",
     dict(subject="penalty", qualifier="up to")),
    ("licence-lost", "Repeat offenders lose their licence for nine months.", "nine months",
     dict(subject="licence")),
    ("respectively", "Leeds and Bradford accounted for most of the thefts, with 412 and 388 "
     "respectively.", "388", dict(subject="Bradford")),
    ("oldest-gapped", "The youngest suspect was 19 and the oldest 71.", "71",
     dict(subject="oldest", kind="age")),
    ("average-verb", "Car thefts cost owners £3,100 while van thefts average £5,400.",
     "£5,400", dict(subject="van thefts")),
    ("figures-from-show", "Burglaries in the town rose 14 per cent, new figures from Kent "
     "Police show.", "14 per cent", dict(attribution="Kent Police")),
    ("operation-headline", "Operation Trident: 41 Guns Seized, 19 People Charged", "41",
     dict(attribution=None)),
    ("money-raised", "The auction of seized cars raised $86,000 for victims.", "$86,000",
     dict(change=None)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_hour_in_the_morning_is_no_claim() -> None:
    document = "The parties run from 11pm until 4 in the morning, residents said."
    assert texts_over(extract(document), document, "4") == []


def test_abbreviated_senior_rank_finds_the_full_name() -> None:
    document = (
        "Senior Constable Aroha Walker said patrols would continue.\n\n"
        "Snr Const Walker said 37 drivers were caught."
    )
    assert_claim(extract(document), "37", dict(attribution="Senior Constable Aroha Walker"))


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a count in a morning raid is still a count
        ("Officers arrested 6 in the morning raids on Friday.", "6", dict(kind="count")),
        # a raise of a thing's level is still a change
        ("The council raised parking fines by $20.", "$20", dict(change="increase")),
        # a term of years with no penalty noun keeps the prison
        ("He spent eight years in prison.", "eight years", dict(subject="prison")),
        # a counted noun before 'respectively' stays whole
        (
            "Leeds and Bradford recorded 412 and 388 thefts respectively.",
            "388",
            dict(subject="thefts"),
        ),
        # a person's name before a headline colon still speaks
        (
            "Maria Lopez: Prosecutors Recovered $12 Million",
            "$12 Million",
            dict(attribution="Maria Lopez"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
