"""Ages that a form of 'be' states of a person ("The victim, who was 17, died", "He will be
35 by then", "The suspects were 17 and 19.") or that follow a person with 'now' ("The
accused, now 42,"). Near misses: a number stated of no person, or one that goes on to a
noun or a whole, keeps its old reading. Every sentence is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

AGE = dict(kind="age", unit="year")

# (id, sentence, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # 'aged' after the group it describes, wherever the parser hung it
    (
        "aged-after-plural-misparse",
        "Cases rose 38.7 percent to 13,214, with people aged 65 or older accounting for 64.5 "
        "percent of victims.",
        "65",
        dict(AGE, subject="people"),
    ),
    (
        "aged-after-copula-adverb",
        "The victims are mostly aged between 50 and 70, he said.",
        "50 and 70",
        dict(AGE, subject="victims"),
    ),
    (
        "aged-after-superlative",
        "Juveniles made up 60% of those arrested, the report said, with the youngest aged 12.",
        "12",
        dict(AGE, subject="youngest"),
    ),
    (
        "aged-after-share-kept",
        "Of the 516 young people apprehended, about two-thirds were aged 14 to 17.",
        "14 to 17",
        dict(AGE, subject="young people apprehended"),
    ),
    (
        "relative-who-was",
        "The victim, who was 17, died at the scene.",
        "17",
        dict(AGE, value=17, subject="victim"),
    ),
    (
        "relative-who-is",
        "A shop assistant, who is 23, was threatened with a knife.",
        "23",
        dict(AGE, subject="shop assistant"),
    ),
    (
        "pronoun-will-be",
        "He will be 35 by the time he is eligible for parole.",
        "35",
        dict(AGE, subject="He"),
    ),
    (
        "pronoun-was-when",
        "She was 16 when she was first trafficked.",
        "16",
        dict(AGE, subject="She"),
    ),
    ("person-noun-full-stop", "Police said the driver was 19.", "19", dict(AGE, subject="driver")),
    ("two-ages", "The suspects were 17 and 19.", "19", dict(AGE, subject="suspects")),
    (
        "full-name",
        "Daniel Okafor was 34 at the time of the robbery.",
        "34",
        dict(AGE, subject="Daniel Okafor"),
    ),
    ("title-surname", "Mrs Haddad was 71.", "71", dict(AGE, subject="Mrs Haddad")),
    (
        "now-appositive",
        "The accused, now 42, was arrested in Leeds in 2019.",
        "42",
        dict(AGE, subject="accused"),
    ),
    (
        "then-appositive",
        "His daughter, then 10, was taken into care.",
        "10",
        dict(AGE, subject="daughter"),
    ),
    # near misses: no person, or the number goes on
    ("toll", "The death toll was 17.", "17", dict(kind="count", unit=None)),
    ("total", "The total was 35 by the end of the year.", "35", dict(kind="count", unit=None)),
    ("one-of", "She was one of 12 women charged.", "12", dict(kind="count", subject="women")),
    ("measure", "The officer was 35 metres away.", "35 metres", dict(kind="other")),
    (
        "counted-noun",
        "The suspects were 12 men and three women.",
        "12",
        dict(kind="count", subject="men"),
    ),
    ("place-name", "The force's arrest count was 34 in March.", "34", dict(kind="count")),
    # a participle the article makes a noun, with its ages in apposition
    (
        "accused-aged",
        "The accused, aged 23 to 61, face 30 charges between them.",
        "23 to 61",
        dict(kind="age", subject="accused"),
    ),
    (
        "injured-aged",
        "The injured, aged 40, was flown to hospital.",
        "40",
        dict(kind="age", subject="injured"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_stated_age(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)
