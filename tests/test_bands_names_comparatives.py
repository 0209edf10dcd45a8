"""Age bands ('the 51 to 60 age group'), Romanian lei written 'RON', 'incl.' inside a table
label, a person named after a titled post and a relative clause, 'more' of a noun as a level,
a ranking's next place in another measure, a bare participle's change ('Homicide cases reduced
by 312'), what a span 'from' one figure applies to, Uruguayan and Colombian pesos and
Jordanian dinars, 'approx.' and 'bil.' inside sentences, 'the remaining four', 'mostly aged',
places recording bare figures, 'record' before a noun, a column's year, 'over' a span after a
place, and dialling codes. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # an age band
    ("age-group", "The 51 to 60 age group made the most reports.", "51 to 60",
     dict(kind="age", unit="year", value=51, value_high=60)),
    ("age-bracket", "Victims in the 18-24 age bracket lost the least.", "18-24",
     dict(kind="age", value=18, value_high=24)),
    # near miss: a count of groups
    ("count-of-groups", "Police dismantled 51 groups.", "51", dict(kind="count")),
    # Romanian lei written as a code before the amount
    ("ron-code", "Prosecutors seized assets worth RON 1.27 billion (about EUR 255 million).",
     "RON 1.27 billion", dict(unit="RON", kind="money", value=1.27e9, subject="assets")),
    # 'incl.' inside a table label is no sentence end
    ("incl-label", "Offence | 2023 | 2024 | Change |\nMurders (incl. attempts) | 143 | 128 | "
     "-10.5% |", "128", dict(subject="Murders (incl. attempts)")),
    # a person named after a titled post, with a relative clause after the name
    ("post-name-relative", "The State Commander, Sule Garba Danladi, who spoke in Kano on "
     "Monday, said 43 suspects were arrested.", "43",
     dict(attribution="Sule Garba Danladi")),
    # 'more' of a noun is a level; with 'than' it is a difference
    ("more-of-noun", "The agency needs at least 70 more prosecutors.", "70",
     dict(subject="prosecutors", change=None, qualifier="at least")),
    ("more-than", "Police recorded 40 more burglaries than in 2023.", "40",
     dict(subject="burglaries", change="increase")),
    ("times-higher", "Black people were searched at a rate 3.7 times higher than White people.",
     "3.7", dict(change="increase")),
    # a ranking's next place keeps no direction from a figure of another measure
    ("ranked-next-other-measure", "Vilnius accounted for 38 percent of all registered crimes, "
     "up 2 percentage points, followed by Kaunas with 19 percent.", "19 percent",
     dict(change=None, subject="registered crimes")),
    ("ranked-next-same-measure", "Ontario saw the steepest drop, at 23.4 per cent, followed by "
     "Quebec at 20.8 per cent.", "20.8 per cent", dict(change="decrease")),
    # a bare participle's 'by' figure is a change
    ("bare-participle-change", "• Homicide cases reduced by 312, from 4,106 to 3,794", "312",
     dict(change="decrease", subject="Homicide cases")),
    # near miss: a passive's agent
    ("passive-agent", "The unit was boosted by 300 officers.", "300", dict(change=None)),
    # places' pesos and Jordanian dinars
    ("uruguay-pesos", "Authorities in Montevideo, Uruguay, valued the shipment at 1,900 million "
     "pesos.", "1,900 million pesos", dict(unit="UYU", value=1.9e9)),
    ("colombia-peso-range", "Businesses in Bogota and Cali, Colombia, pay between 50,000 and "
     "500,000 pesos.", "50,000 and 500,000 pesos", dict(unit="COP", value_high=500000)),
    ("jordan-jd", "The street value of the pills was put at more than JD94 million.",
     "JD94 million", dict(unit="JOD", qualifier="more than")),
    # 'approx.' and 'bil.' end no sentence
    ("approx-inside", "Losses reached 72.1 billion yen (approx. $470 million) in 2024, up 59% "
     "from the previous year.", "$470 million", dict(qualifier="about", subject="Losses")),
    ("bil-headline", "Special fraud losses in Japan hit 72.1 bil. yen in 2024, up 59%: police",
     "72.1 bil. yen", dict(subject="Special fraud losses", unit="JPY", value=72.1e9)),
    # the rest of a group named by its complement
    ("remaining-were", "The remaining four were users caught in a drug den.", "four",
     dict(subject="users")),
    # an age set off after its people with 'mostly'
    ("mostly-aged", "Police arrested 226 money mules, mostly aged 18 to 25, last month.",
     "18 to 25", dict(kind="age", subject="money mules")),
    # a place that records a bare figure, and a gapped place after it
    ("place-recorded", "Montevideo concentrated 214 of the homicides, while the department of "
     "Canelones recorded 58 and Rivera 21.", "58", dict(subject="homicides", attribution=None)),
    ("gapped-no-preposition", "Montevideo concentrated 214 of the homicides, while Canelones "
     "recorded 58 and Rivera 21.", "21", dict(subject="homicides")),
    # 'record' says how large, not what
    ("record-seizures", "Police reported record cocaine seizures of 4.1 tonnes.", "4.1 tonnes",
     dict(subject="cocaine seizures")),
    # a column's year says when
    ("column-year", "City | Homicides 2023 | Rate\nCali | 1,053 | 46.1", "1,053",
     dict(subject="Homicides")),
    # 'over' a span after a place is when
    ("over-span-after-place", "Police arrested 17 people who trafficked heroin into Ho Chi Minh "
     "City over two years.", "two years", dict(qualifier=None)),
    ("over-bound", "He was jailed in Leeds for over two years.", "two years",
     dict(qualifier="more than")),
    # what a span 'from' one figure applies to
    ("cut-from", "A new laboratory would cut the time taken to analyse exhibits from six "
     "months to three weeks.", "six months", dict(subject="time", kind="duration")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("dialling-codes", "Scammers use phone numbers beginning with '+1' or '+44,' police said.",
     "+44"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []
