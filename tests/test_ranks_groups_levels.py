"""Moves in a ranking ('dropped to fourth'), the age of the youngest or oldest, a quantifier
standing for its group ('Most were aged 18 to 25'), later parts of a fronted group ('Of the
victims, 17 were women and 14 ...'), a period after a fraction ('fell by a third last year'),
levels reached from above or below ('crossed 22 lakh', 'is down from $14.6 billion', 'fell by
half to ₹21,367 crore'), generic heads that keep their participle ('the amount involved',
'people arrested'), who gave the data in an 'according to data X presented' clause, a
possessive owner of data that shows, and the baht written 'Bt'. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a move in a ranking ends at the ordinal
    ("rank-dropped-to", "Kisumu, which led the table in 2023, dropped to fourth.", "fourth",
     dict(kind="ordinal", value=4, subject="Kisumu")),
    ("rank-climbed-to-in", "Galway climbed to second in the county rankings.", "second",
     dict(kind="ordinal", value=2, subject="Galway")),
    ("rank-slipped-to-behind", "The city slipped to third behind Leeds and Hull.", "third",
     dict(kind="ordinal", value=3)),
    ("rank-moved-up-to-place", "Durban moved up to fifth place.", "fifth",
     dict(kind="ordinal", value=5)),
    # the age of the youngest or oldest of a group
    ("youngest-just", "The programme has enrolled 85 teenagers, the youngest just 13.", "13",
     dict(kind="age", unit="year", subject="youngest")),
    ("oldest-elided-verb", "Police said the youngest suspect was 17 and the oldest 64.", "64",
     dict(kind="age", unit="year")),
    ("oldest-victim-was", "The oldest victim was 84, detectives said.", "84",
     dict(kind="age", unit="year", subject="oldest victim")),
    ("youngest-aged-comma", "Six men were charged; the youngest, aged 19, was bailed.", "19",
     dict(kind="age", subject="youngest")),
    # near miss: a count of the oldest things
    ("oldest-cases-count", "The oldest 10 files were sent back to detectives.", "10",
     dict(kind="count")),
    # a quantifier standing alone counts the group named before it
    ("most-were-aged", "Officers detained 287 runners at the port. Most were aged 18 to 25.",
     "18 to 25", dict(kind="age", subject="runners")),
    ("many-were-aged", "Police questioned 96 fans after the match. Many were aged 15 or 16.",
     "15 or 16", dict(kind="age", value=15, value_high=16, subject="fans")),
    # without a group before it, a quantifier names nothing
    ("most-alone", "Most were aged 18 to 25.", "18 to 25", dict(kind="age", subject=None)),
    # later parts of a fronted group are parts of it too
    ("fronted-second-part", "Of the victims, 17 were women and 14 were aged under 18, the "
     "report said.", "14", dict(subject="victims")),
    ("fronted-while", "Among the suspects, 40 were released while 12 were charged.", "12",
     dict(subject="suspects")),
    ("fronted-but", "Of those detained, 31 were bailed but nine remain in custody.", "nine",
     dict(subject="those detained")),
    # near miss: a clause with its own subject after 'and' is not a part of the group
    ("fronted-own-subject", "Of the 30 cases, 12 went to court and police dropped 5 charges.",
     "5", dict(subject="charges")),
    # a period phrase after a fraction says when, not what
    ("fraction-last-year", "Cocaine seizures at the port fell by a third last year.",
     "a third", dict(subject="Cocaine seizures", change="decrease")),
    ("fraction-this-year", "Burglaries rose by half this year, the council said.", "half",
     dict(subject="Burglaries", change="increase")),
    ("fraction-about-last-month", "Carjackings fell by roughly a fifth last month.", "a fifth",
     dict(subject="Carjackings", qualifier="about")),
    # near miss: a predeterminer before a real noun still counts it
    ("predet-noun", "Police recovered half the stolen cars.", "half",
     dict(subject="stolen cars")),
    # levels crossed, and levels a subject is down or up from or to
    ("crossed-lakh", "Complaints on the helpline crossed 14 lakh in 2025.", "14 lakh",
     dict(subject="Complaints")),
    ("breached-count", "Knife offences breached 5,000 for the first time.", "5,000",
     dict(subject="Knife offences")),
    ("is-down-from", "The total alleged loss is down from $14.6 billion.", "$14.6 billion",
     dict(subject="total alleged loss", unit="USD")),
    ("fell-from-alone", "Recorded fraud fell from £2.1bn in the previous year.", "£2.1bn",
     dict(subject="Recorded fraud")),
    ("are-down-to", "Vehicle thefts are down to 1,200 this year.", "1,200",
     dict(subject="Vehicle thefts")),
    ("by-half-to", "The amount involved fell by nearly half to ₹8,140 crore.", "₹8,140 crore",
     dict(subject="amount involved", change=None)),
    # near miss: a figure compared with another keeps its partner's noun
    ("down-from-partner", "Fraud made up 11 per cent of offences, up from 8.7 per cent in 2023.",
     "8.7 per cent", dict(subject="offences")),
    ("from-to-value-of", "She said the value of property stolen in burglaries had fallen from "
     "€31.2m in 2019 to €18.7m.", "€31.2m",
     dict(subject="value of property stolen in burglaries")),
    # a generic head keeps the participle that says which
    ("amount-involved", "The amount involved rose to Rs 340 crore.", "Rs 340 crore",
     dict(subject="amount involved")),
    ("people-arrested-long", "The number of people arrested at Dublin Airport for carrying "
     "drugs rose by 14 percent.", "14 percent", dict(subject="people arrested")),
    ("persons-killed", "The number of persons killed on the roads fell by 30.", "30",
     dict(subject="persons killed", change="decrease")),
    # near miss: a head that names something keeps only itself
    ("suspects-arrested-place", "The number of suspects arrested in Leeds rose by 12.", "12",
     dict(subject="suspects")),
    # who gave the data, named in a relative clause without its pronoun
    ("according-data-presented", "Police solved 11% of murders, according to data the "
     "national police presented to parliament.", "11%",
     dict(attribution="the national police")),
    ("according-figures-that-released", "Thefts rose 12%, according to figures that the "
     "ministry released on Monday.", "12%", dict(attribution="the ministry")),
    ("according-data-shared", "Losses reached NPR 2.3 billion, according to data the bureau "
     "shared with reporters.", "NPR 2.3 billion", dict(attribution="the bureau")),
    # near miss: bare data names nobody
    ("according-bare-data", "Thefts rose 12%, according to the data.", "12%",
     dict(attribution=None)),
    # the owner of data that shows states the figures
    ("possessive-data-show", "Thefts rose 12%, the department's data show.", "12%",
     dict(attribution="the department")),
    ("possessive-figures-show", "Robberies fell 3 percentage points, the council's figures "
     "show.", "3 percentage points", dict(attribution="the council")),
    # the baht written 'Bt'
    ("baht-bt", "The haul, valued at about Bt1.3 billion, was the year's largest.",
     "Bt1.3 billion", dict(unit="THB", kind="money", value=1.3e9, qualifier="about")),
    ("baht-bt-spaced", "Fines of Bt 50,000 were issued to 12 venues.", "Bt 50,000",
     dict(unit="THB", value=50000)),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    # a floor or a kind of offence is no rank
    ("floor-not-rank", "The lift fell to the third floor before it stopped.", "third"),
    ("degree-not-rank", "The charge rose to second-degree murder.", "second"),
    ("rank-of-date", "Sales rose to third of the list.", "third"),
    # 'Bt' before a word is no currency
    ("bt-cotton", "Bt cotton is grown in the district.", "Bt"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []
