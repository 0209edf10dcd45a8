"""A speaker's 'breakdown' and 'figures provided by X:' introducing a list; 'Commissioner of
Police <name>' found again by a later 'he'; a gerund crime ranked after 'followed by'; how
many more are needed is no change; 'Of that number' pointing back; a body named by its head
noun short of a strength; 'report ... to 911'; 'Cap.' before a chapter number. Every text is
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, texts_over


def test_breakdown_introduces_the_speakers_list() -> None:
    document = (
        "Superintendent Maria Okoye gave a breakdown of the weapons seized:\n\n"
        "- 23 pistols\n"
        "- 7 rifles\n"
    )
    assert_claim(extract(document), "7", dict(attribution="Superintendent Maria Okoye"))


def test_figures_provided_by_introduce_the_list() -> None:
    document = "Among the figures released by the RGPF:\n\n• 44 reports involved cattle\n"
    assert_claim(extract(document), "44", dict(attribution="the RGPF"))


def test_commissioner_of_police_is_found_by_a_later_he() -> None:
    document = (
        "Speaking on Monday, Commissioner of Police Trevor Delpesche said 12 of the 19 "
        "killings involved guns.\n\n"
        '"We will not stop," Delpesche said. "We are on the streets every night."\n\n'
        "He said officers had also seized 48 rifles in the period."
    )
    claim = assert_claim(extract(document), "48", dict(subject="rifles"))
    assert claim.attribution == "Commissioner of Police Trevor Delpesche"


ROWS: list[tuple[Any, ...]] = [
    ("gerund-followed-by", "Theft remained the most common offence, followed by burglary with "
     "61 and wounding with 33.", "33", dict(subject="wounding")),
    ("wanted-more", "The chief said the force had 700 officers but needed between 100 and "
     "150 more to adequately police the 40 villages.", "100 and 150", dict(change=None)),
    ("of-that-number", "Police recorded 512 burglaries. Of that number, 204 were solved.",
     "204", dict(subject="burglaries")),
    ("body-short-of", "The service had 640 officers, about 90 short of its establishment.",
     "90", dict(subject="officers")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])  # fmt: skip
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Residents should report gunshots to 911 or the tip line.", "911"),
        ("Offenders face a fine under the Dangerous Drugs Act, Cap. 12.09.", "12.09"),
    ],
)
def test_lines_and_chapters_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a count the body's name is built from stays its own
        (
            "The ministry will open a new 300-bed centre in the north.",
            "300",
            dict(subject="centre"),
        ),
        # a count sent to a number of places is still a count
        ("Police sent 911 officers to the scene.", "911", dict(subject="officers")),
        # 'Of the total' leaves the clause to say what was counted
        (
            "Police arrested 90 people. Of the total, 31 were foreigners.",
            "31",
            dict(subject="foreigners"),
        ),
        # a difference stated with 'than' is still a change
        ("Arrests rose to 412, 40 more than last year.", "40", dict(change="increase")),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
