"""Currencies of Eswatini ('E38 million'), Sierra Leone ('Le 2 million'), Seychelles ('SCR')
and Liberia ('L$'), a post and a name as a person a later paragraph's 'he' or 'she' stands
for, a named person's list, and a flight code that is no money. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # local currencies written as their papers write them
    ("emalangeni", "MBABANE – Motor vehicle theft cost owners an estimated E38 million last "
     "year, according to the Royal Eswatini Police Service.", "E38 million",
     dict(unit="SZL", value=38e6, qualifier="about")),
    ("leones", "Sierra Leone police seize kush worth over Le 2 million in Freetown raids",
     "Le 2 million", dict(unit="SLE", qualifier="more than", subject="kush")),
    ("seychelles-rupees", "Police seized heroin with a street value of SCR 4.8 million.",
     "SCR 4.8 million", dict(unit="SCR", kind="money")),
    ("liberian-dollars", "Police seized narcotics valued at L$27.3 million, about US$141,000, "
     "in Monrovia, Liberia.", "L$27.3 million", dict(unit="LRD", subject="narcotics")),
    # a post and a name: the person a later paragraph's pronoun stands for
    ("post-name-he", "Police Spokesman Cecil B. Clarke said 386 cases were recorded.\n\nHe "
     "disclosed that the LNP arrested 712 suspects during the period.", "712",
     dict(attribution="Police Spokesman Cecil B. Clarke")),
    ("post-name-she", "Police Public Relations Officer Superintendent Phindile Vilakati said "
     "most vehicles were taken abroad.\n\nShe said only 147 of the stolen vehicles had been "
     "recovered.", "147",
     dict(attribution="Police Public Relations Officer Superintendent Phindile Vilakati")),
    # near miss: a post of a body names no person
    ("post-of-body", "The Director of the National Crime Bureau said 40 were held.\n\nHe said "
     "12 were charged.", "12", dict(attribution=None)),
    # a named person's list states its items
    ("person-lists", "The agency's director, Femi Babafemi, said the seizures were large.\n\n"
     "Babafemi listed other major seizures as follows:\n\n- 620kg of skunk recovered from a "
     "warehouse\n- 38 blocks of cannabis resin", "38",
     dict(attribution="Femi Babafemi", subject="blocks of cannabis resin")),
    ("riyals-glued", "Fines reached QR1,500 per case.", "QR1,500 per case",
     dict(unit="QAR per case", kind="rate")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("flight-code", "He was arrested on a Qatar Airways flight QR1407 from Doha.", "QR1407"),
    ("road-names", "Traffic on the M25 was slow; the E45 road closed.", "E45"),
    ("model-name", "Fig. 4 shows the density profile from the M7b model.", "M7b"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []
