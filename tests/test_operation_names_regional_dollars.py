"""An operation's name ending in a number ('Results from Operation Stay Alive 4:'), which
neither counts nor speaks; dollars placed in regional New South Wales by its towns and road
slang. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, texts_over

_INTRO = "Police spoke on Monday.\n\nResults from Operation {}:\n- 41 drivers charged"


def test_operation_number_is_no_claim() -> None:
    document = _INTRO.format("Stay Safe 4")
    assert texts_over(extract(document), document, "4:") == []


def test_operation_names_no_source_of_its_list() -> None:
    document = _INTRO.format("Safe Roads 3")
    assert_claim(extract(document), "41", dict(attribution=None, subject="drivers"))


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        (
            "A Tamworth P-plater was fined $2,998 after being caught near Armidale.",
            "$2,998",
            dict(unit="AUD"),
        ),
        # a count after an operation's name, with no punctuation closing the name, counts
        ("Operation Thor 12 arrests were made.", "12", dict(value=12)),
    ],
)
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
