"""Spaced thousands before a decimal comma ('1 246,8'); the dram's code 'AMD' before an
amount; address lines in Spanish, Portuguese,
Italian and French forms; a gallery's media counts; 'Share on Facebook · 46'; a phone line
after 'line,'; gapped shares after a comma ('Imereti for 11.2%'). Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("dram-code", "Searches turned up AMD 58 million in cash.", "AMD 58 million",
     dict(value=58e6, unit="AMD", kind="money")),
    ("spaced-decimal-comma", "• 2 318,4 hectares of forest were examined by the teams;",
     "2 318,4 hectares", dict(value=2318.4, unit="hectare")),
    ("gapped-share-comma", "Lisbon accounted for 38.5% of all recorded thefts, Porto for "
     "14.2% and Braga for 6.1%.", "14.2%", dict(subject="recorded thefts")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Jefatura Superior de Policía · C/ Alcalá, 245 · 28028 Madrid", "245"),
        ("Jefatura Superior de Policía · C/ Alcalá, 245 · 28028 Madrid", "28028"),
        ("Comando Distrital | Rua das Flores, 1100-045 Lisboa", "1100-045"),
        ("Redazione, Via Nazionale 42, 00184 Roma · Tel.", "42"),
        ("Photo: The Nantes courthouse, 19 quai François-Mitterrand.", "19"),
        ("Downloads: 6 photos\n2 videos (1:12)", "6"),
        ("Downloads: 6 photos\n2 videos (1:12)", "2"),
        ("Share on Facebook · 58", "58"),
        ("Fires can also be reported through the Forest Watch line, 808 300 410.", "808 300 410"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a gallery word followed by 'of' counts things the story is about
        ("Police released 4 photos of the suspects.", "4", dict(subject="photos")),
        # a street sentence without a postal code keeps its counts
        ("Police on Main Street arrested 12 people.", "12", dict(subject="people")),
        # the chip maker before a model number is no currency
        ("AMD 7 series chips sold well.", "7", dict(unit=None, kind="count")),
        # spaced thousands with no decimal comma stay whole
        ("Officers logged 12 450 calls.", "12 450", dict(value=12450)),
        # 'and' still joins a gapped count
        (
            "Harju County accounted for 1,602 of the cases and Ida-Viru County for 411.",
            "411",
            dict(subject="cases"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
