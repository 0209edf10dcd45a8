"""Hard-wrapped text: a line break inside prose stands for a space, so a unit, scale word or
'per cent' after it still belongs to the number before it; the claim keeps the text as
written, line break included, at its offsets. A bullet item wrapped onto an indented or
lower-case next line goes on with that line. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor, extract
from tests.expectations import assert_claim, table_params

WRAPPED = (
    "Customs officers at the port said on Monday that they had seized 14\n"
    "kilograms of heroin and 2.3 million\n"
    "euros in cash during the operation, and that thefts from containers fell 9 per\n"
    "cent on the year before."
)

ROWS: list[tuple[Any, ...]] = [
    ("unit-after-break", WRAPPED, "14\nkilograms", dict(unit="kilogram", subject="heroin")),
    ("currency-after-scale-break", WRAPPED, "2.3 million\neuros",
     dict(unit="EUR", value=2_300_000, subject="cash")),
    ("per-cent-broken", WRAPPED, "9 per\ncent", dict(unit="percent", change="decrease")),
    # near miss: a Windows line break is two spaces to the scanner, so only the parse joins
    # the noun there ('6\r\nkilograms' is not read as a weight yet)
    ("crlf-break", "Police seized 6\r\nfirearms during the raids, officers said.", "6",
     dict(subject="firearms")),
    # a bullet item wrapped onto an indented line
    ("wrapped-bullet", "Highlights:\n- officers dismantled 12\n  criminal groups in the capital\n"
     "- 312 arrests", "12", dict(subject="criminal groups")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_claim_text_is_the_source_slice() -> None:
    """What users check a claim against: the document's own characters at its offsets."""
    for claim in extract(WRAPPED):
        assert WRAPPED[claim.start : claim.end] == claim.text
        assert "\n" in claim.sentence  # the sentence as written


def test_wrapped_bullet_is_one_sentence(shared_extractor: Extractor) -> None:
    text = "Highlights:\n- officers dismantled 12\n  criminal groups in the capital\n- 312 arrests"
    sentences = {c.sentence for c in shared_extractor.extract(text)}
    item = "- officers dismantled 12\n  criminal groups in the capital"
    assert sentences == {item, "- 312 arrests"}


def test_prose_after_a_wrapped_bullet_stands_alone(shared_extractor: Extractor) -> None:
    """Near miss: a capitalised unindented line after a wrapped item is the text going on."""
    text = "- 45 guns\nseized in raids\nPolice said 17 people were charged."
    sentences = [c.sentence for c in shared_extractor.extract(text)]
    assert sentences == ["- 45 guns\nseized in raids", "Police said 17 people were charged."]


def test_table_rows_keep_their_lines(shared_extractor: Extractor) -> None:
    """Near miss: rows of a table are no wrapped prose; each row's figures stay its own."""
    text = "Offence      2023   2024\nBurglary      412    388\nRobbery        97    104\n"
    claims = shared_extractor.extract(text)
    assert {c.text: c.subject for c in claims} == {
        "412": "Burglary", "388": "Burglary", "97": "Robbery", "104": "Robbery"
    }  # fmt: skip
