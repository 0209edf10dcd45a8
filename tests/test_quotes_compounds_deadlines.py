"""'According to X head Y,' with Y hung on 'According'; an owner's estimate; 'G$'; a level
a moving verb brings a looked-through amount to; a gun's gauge; 'the fourth of its kind';
a column header with a half-year; a 'Source:' line whose name ends in a comma; a service
line written as two groups; quote paragraphs after a resolved surname or 'she'; 'co-accused';
'the vehicles, worth a combined R8.3m'; 'within 12 months of his release'; a length before
a compound noun; 'saw its total fall by 18.2%'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # the parser may hang the cited name on 'According' rather than on 'to'
    ("according-dep", "According to NDLEA head Femi Bako, the raid is the unit's fourth at "
     "the border.", "fourth", dict(attribution="Femi Bako")),
    # an estimate's owner states it
    ("estimate-owner", "According to Europol's estimate, the drugs were worth about €3 "
     "million.", "€3 million", dict(attribution="Europol")),
    ("guyana-dollar", "The drugs have a street value of G$40 million.", "G$40 million",
     dict(unit="GYD", kind="money")),
    # 'to' hung on the participle inside the object; 'the amount of' looked through
    ("brings-amount-to", "The seizure brings the amount of heroin seized at the port this "
     "year to 87 kilogrammes.", "87 kilogrammes", dict(subject="heroin")),
    ("gauge-kept", "- Firearms seized: 9, including three 12-gauge shotguns", "three",
     dict(subject="12-gauge shotguns")),
    ("fourth-of-its-kind", "The minister said the raid was the fourth of its kind this year.",
     "fourth", dict(kind="ordinal", value=4, subject="raid")),
    # a half-year in a column header says when, not what
    ("half-year-header", "Region        Deaths H1 2025   Deaths H1 2024\n"
     "Coast                  1,104            1,212\nHighlands                341"
     "              402", "1,104", dict(subject="Deaths")),
    ("source-line-comma", "Region        Thefts   Robberies\nCoast           812       "
     "140\nHighlands       301        52\nSource: Ministry of Security, provisional figures",
     "812", dict(attribution="Ministry of Security")),
    ("co-accused-count", "Thabo Zulu, 41, and his four co-accused were convicted on 30 counts.",
     "four", dict(subject="co-accused")),
    ("co-accused-ages", "The co-accused, aged 23, 26 and 30, received sentences of 15 years "
     "each.", "26", dict(kind="age", subject="co-accused")),
    # a link set off by a comma after its noun
    ("worth-combined", "The trucks, worth a combined R4.6m, were stripped for parts.", "R4.6m",
     dict(subject="trucks")),
    ("within-of-deadline", "He must repay $12,000 within 18 months of his release.",
     "18 months", dict(subject=None)),
    ("length-compound", "She received a 9-month community corrections order.", "9-month",
     dict(subject="community corrections order")),
    ("fall-by-infinitive", "The capital saw its total fall by 11.5% last year.", "11.5%",
     dict(change="decrease", subject="total")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Relatives can get help on line 1800-442917 at any hour.", "1800-442917"),
        ("- Firearms seized: 9, including three 12-gauge shotguns", "12"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # two groups with no word of calling before them stay a range
        ("Fines of 5000-100000 pesos apply.", "5000-100000 pesos", dict(value=5000)),
        # 'the third of May' stays a date
        ("The hearing was the third of May and 4 people attended.", "4", dict(value=4)),
        # reporting within a time keeps how long it took
        ("Most victims report the theft within 24 hours.", "24 hours", dict(unit="hour")),
        # a count before a compound counts the word after it
        ("Police raided a 2 bedroom apartment.", "2", dict(value=2)),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


_SURNAME_QUOTES = (
    "National Prosecuting Authority (NPA) KwaZulu-Natal spokesperson Lerato Mokoena said the "
    "gang targeted 40 motorists at traffic lights.\n\n"
    '"The court heard the cars were stripped in Pretoria. Only six have been recovered," '
    "Mokoena said.\n\n"
    '"One victim, a 61-year-old driver, was shot in his driveway. His wife, then 57, was '
    'hurt."\n'
)


def test_post_hung_apart_from_the_name() -> None:
    """A post and a name the parser hangs as two appositions on a body ('Authority (NPA)
    KwaZulu-Natal spokesperson Lerato Mokoena said') name the person."""
    assert claim_on_line(_SURNAME_QUOTES, "40", "National").attribution == (
        "spokesperson Lerato Mokoena"
    )


def test_quote_paragraph_after_a_surname_speaker() -> None:
    """A quote paragraph naming no one, after one whose speaker was written as a surname
    and resolved to the person named before, is that person's."""
    claim = claim_on_line(_SURNAME_QUOTES, "61-year-old", '"One victim')
    assert claim.attribution == "spokesperson Lerato Mokoena"


_PRONOUN_QUOTES = (
    "Mwaka Chanda, who speaks for the commission, said the agency arrested 412 people.\n\n"
    "Ms Chanda said officers seized 38 kilogrammes of heroin in the quarter.\n\n"
    '"Close to 40 per cent of the suspects were aged 25 or younger," she said.\n\n'
    '"Some of these young people are being paid K500 to carry a parcel across the border."\n'
)


def test_quote_paragraph_after_a_pronoun_speaker() -> None:
    """'..., she said.' resolved to the person named before: the next quote paragraph,
    naming no one, is that person's too."""
    assert claim_on_line(_PRONOUN_QUOTES, "K500", '"Some').attribution == "Mwaka Chanda"
