"""Police ranks written in full or as capitals ('Detective Sergeant', 'CP') that make a
speaker a person a later 'she said' stands for; a titled person's body dropped from the name
('... of Police Scotland'); a minus sign in a table row; people under an age with the
sentence going on ('40 children under 15 last year'); 'the number of X per 100,000 people'
as a rate; 'Share (112)'; a Czech address line; a headline's dek set off by an em dash.
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a full rank before a name makes a person, whom a later 'she' stands for
    ("rank-words-person", "Owen Price, 41, was jailed.\n\nDetective Sergeant Ffion Pugh said "
     "officers seized 14 quad bikes.\n\n\"Farm thefts cost £1.1 million last year,\" she "
     "added.", "£1.1 million", dict(attribution="Detective Sergeant Ffion Pugh")),
    # 'CP' (Commissioner of Police) is a rank: the next paragraph's 'He' is that person
    ("cp-rank", "The state commissioner, CP Musa Bello, said the gang had 16 members.\n\nHe "
     "said 9 were in custody.", "9", dict(attribution="CP Musa Bello")),
    # the body after a titled person's name is dropped
    ("affiliation-dropped", "Officers seized 23 phones, Chief Inspector Tom Reid of Police "
     "Scotland said.", "23", dict(attribution="Chief Inspector Tom Reid")),
    # a minus sign (U+2212) closing a row leaves the row label the subject
    ("minus-sign-row", "| Offence | 2023 | 2024 | Change, % |\n|---|---|---|---|\n"
     "| Vehicle thefts | 12 410 | 11 602 | −6,5 |", "11 602",
     dict(subject="Vehicle thefts")),
    # people under an age, with the sentence going on after the age
    ("people-under-age", "Police stopped 52 drivers under 21 in the city centre last month.",
     "21", dict(kind="age", unit="year", qualifier="less than", subject="drivers")),
    ("bullet-under-age", "- 640 suspects under 18 in robbery investigations", "18",
     dict(kind="age", subject="suspects")),
    # 'the number of X per N people' is a rate in those units
    ("number-per-base", "The number of burglaries per 100 000 inhabitants was 412 in 2024.",
     "412", dict(kind="rate", unit="per 100,000 inhabitants", subject="burglaries")),
    ("number-per-other-base", "The number of thefts per 1,000 vehicles was 9.", "9",
     dict(kind="rate", unit="per 1,000 vehicles")),
    # a dek line under a headline, set off by an em dash, is a sentence of its own
    ("em-dash-dek", "Police arrest 9 over car thefts\nOn May 2, 2025 In News by Ada Obi\n"
     "— Gang stole 40 cars in six months — CP", "9", dict(attribution=None)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Photo: Anna Berg/TT\nShare (212)", "212"),
        ("Press office, Vodičkova 12/14, 110 00 Prague 1, tel. 221 000 111", "110 00"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # an 'of' inside the title, before the name, stays
        (
            "Officers seized 23 phones, the Commissioner of Police Ann Lee said.",
            "23",
            dict(attribution="the Commissioner of Police Ann Lee"),
        ),
        # a body's 'of' stays: no person before it
        (
            "The Ministry of Justice said 310 inmates escaped.",
            "310",
            dict(attribution="The Ministry of Justice"),
        ),
        # a noun after the bound is what is counted, not an age
        ("Officers found victims over 60 cases in the files.", "60", dict(kind="count")),
        # a per-phrase of a rate noun elsewhere in the sentence leaves a count alone
        (
            "The rate stood at 610 per 100,000 residents, and the force had 476 officers, "
            "about 40 short of its target.",
            "40",
            dict(kind="count", unit=None),
        ),
        # a street's count is no postcode
        ("On Main Street, 1500 fans gathered.", "1500", dict(value=1500)),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_cells_of_a_pipe_table_with_minus_signs() -> None:
    text = (
        "| Offence | 2023 | 2024 | Change, % |\n|---|---|---|---|\n"
        "| Frauds | 8 140 | 7 310 | −10,2 |\n| Robberies | 1 204 | 1 260 | +4,7 |\n"
    )
    change = claim_on_line(text, "−10,2", "| Frauds")
    assert (change.value, change.change, change.subject) == (10.2, "decrease", "Frauds")
