"""'N years earlier' says when; a calibre names a gun; a second phone line after 'or' in a
sentence about calling; a term's penalty without the offence it was given for; a budget
raised 'from A to B'; a quote after a closed quote whose speaker follows an 'according to'
paragraph; quote paragraphs after a person's reported speech are that person's. Every text
is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("penalty-without-offence", "The judge sentenced Peter Hamutenya to 15 years' imprisonment "
     "for robbery.", "15 years", dict(subject="imprisonment")),
    ("budget-from-to", "The agency wants parliament to raise its budget from US$2.1 million to "
     "at least US$3 million next year.", "US$3 million", dict(subject="budget")),
    ("budget-from", "The agency wants parliament to raise its budget from US$2.1 million to "
     "at least US$3 million next year.", "US$2.1 million", dict(subject="budget")),
    # an earlier sentence's 'according to' covers only that sentence
    ("quote-after-according", "Fraud losses reached CHF96 million, according to the cantonal "
     "police.\n\n“These figures are only part of the picture,” said police spokesman Marc "
     "Favre. “Barely one in four victims goes to the police.”", "one in four",
     dict(attribution="Marc Favre")),
    # quote paragraphs after a person's reported speech
    ("quote-run-after-report", "Speaking in Gbarnga, LDEA Director General Samuel K. Dolo said "
     "agents seized 84 kilograms of kush.\n\n\"This was a difficult operation.\n\n\"We have "
     "only three vehicles for a county of more than 300,000 people.\"", "three",
     dict(attribution="Samuel K. Dolo")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("That was 4.2 per cent more than one year earlier.", "one year"),
        ("Officers recovered a .38 revolver and six rounds.", ".38"),
        ("Detectives seized a .22 calibre rifle from the house.", ".22"),
        ("Anyone with information can call police on 911 or 226-7112.", "226-7112"),
    ],
)
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a reading written with a leading point keeps its value
        ("His blood alcohol level was .08 percent.", ".08 percent", dict(value=0.08)),
        # two counts joined by 'or' are no phone line: a rough span of round figures
        (
            "Police arrested 150 or 160 people in the sweep.",
            "150 or 160",
            dict(value=150, value_high=160, subject="people"),
        ),
        # a count with its own noun after 'by' keeps it
        (
            "The council will expand its camera network by 40 cameras.",
            "40",
            dict(subject="cameras"),
        ),
        # a body's report before a quote paragraph does not speak it
        (
            'Police said 40 people were arrested.\n\n"We lost 12 cars."',
            "12",
            dict(attribution=None),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
