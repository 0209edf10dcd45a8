"""Changes read past a qualifier, hyphenated durations that are no change, compound durations
as one claim per number, 'over N <time unit>' as a span, and age bounds ('under the age of 21',
'victims were under 25')."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, sentence, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # 1. a qualifier between the direction word and the number
    (
        "down-about",
        "The control room answered 1,212 calls in March, down about 6% from February.",
        "6%",
        dict(value=6, unit="percent", change="decrease", qualifier="about"),
    ),
    (
        "up-nearly",
        "Reported robberies were up nearly 9% on the same month last year.",
        "9%",
        dict(change="increase", qualifier="nearly"),
    ),
    (
        "down-more-than-percent",
        "Shoplifting offences were down more than 12 percent, the constabulary said.",
        "12 percent",
        dict(change="decrease", qualifier="more than", attribution="the constabulary"),
    ),
    (
        "up-roughly-count",
        "Domestic burglaries were up roughly 300 cases on last year.",
        "300",
        dict(change="increase", qualifier="about", subject="cases"),
    ),
    (
        "fell-by-almost",
        "Vehicle crime fell by almost 4% in the third quarter.",
        "4%",
        dict(change="decrease", qualifier="nearly"),
    ),
    (
        "down-by-about",
        "Knife possession offences are down by about 20% since the amnesty.",
        "20%",
        dict(change="decrease", qualifier="about"),
    ),
    (
        "up-just-under",
        "Emergency response times were up just under 10% at weekends.",
        "10%",
        dict(change="increase", qualifier="nearly"),
    ),
    (
        "plain-up-kept",
        "Car thefts were up 7% in the year to June.",
        "7%",
        dict(change="increase", qualifier=None),
    ),
    # near misses: a level after 'to', a bound with no direction, a phrasal verb
    (
        "down-to-level",
        "The detection rate was down to about 6% by the end of May.",
        "6%",
        dict(change=None, qualifier="about"),
    ),
    (
        "level-then-from",
        "There were more than 300 up from 250 a year earlier.",
        "300",
        dict(change=None, qualifier="more than"),
    ),
    (
        "went-up-to",
        "Arrests for drink-driving went up to 300 over the festive period.",
        "300",
        dict(change=None),
    ),
    (
        "cleared-up",
        "Detectives cleared up more than 50% of residential burglaries.",
        "50%",
        dict(change=None, qualifier="more than"),
    ),
    # 2. a hyphenated duration modifies a change noun but is not a change
    (
        "one-year-decline",
        "Murder fell 14.9%, the largest one-year decline on record.",
        "one-year",
        dict(value=1, unit="year", kind="duration", change=None),
    ),
    (
        "one-year-decline-percent-kept",
        "Murder fell 14.9%, the largest one-year decline on record.",
        "14.9%",
        dict(change="decrease"),
    ),
    (
        "two-decade-high",
        "Knife offences in the capital reached a two-decade high last year.",
        "two-decade",
        dict(value=2, unit="decade", kind="duration", change=None),
    ),
    (
        "three-month-drop",
        "It was the biggest three-month drop in gun crime since 2015.",
        "three-month",
        dict(value=3, unit="month", kind="duration", change=None),
    ),
    (
        "twelve-month-rise",
        "Fraud reports posted a 12-month rise of 7%, the bureau said.",
        "7%",
        dict(change="increase"),
    ),
    (
        "twelve-month-rise-duration",
        "Fraud reports posted a 12-month rise of 7%, the bureau said.",
        "12-month",
        dict(kind="duration", change=None),
    ),
    # 3. a compound duration is one claim per number, both durations
    (
        "compound-years",
        "Harris was jailed for 14 years and eight months at Leeds Crown Court.",
        "14 years",
        dict(value=14, unit="year", kind="duration", subject=None),  # no person's length
    ),
    (
        "compound-months",
        "Harris was jailed for 14 years and eight months at Leeds Crown Court.",
        "eight months",
        dict(value=8, unit="month", kind="duration", subject=None, qualifier=None),
    ),
    (
        "compound-bound-first-only",
        "Okafor, 41, was jailed for more than 14 years and eight months, the CPS said.",
        "14 years",
        dict(qualifier="more than", attribution="the CPS"),
    ),
    (
        "compound-no-qualifier-leak",
        "Okafor, 41, was jailed for more than 14 years and eight months, the CPS said.",
        "eight months",
        dict(value=8, unit="month", kind="duration", qualifier=None, attribution="the CPS"),
    ),
    (
        "compound-days-hours",
        "The stand-off lasted two days and 11 hours, police said.",
        "11 hours",
        dict(value=11, unit="hour", kind="duration", attribution="police"),
    ),
    (
        "compound-digits",
        "She got 4 years and 6 months for the arson attack.",
        "4 years",
        dict(value=4, unit="year", kind="duration"),
    ),
    # 4. 'over N <time unit>' after a count is the span it was counted over
    (
        "over-weeks",
        "Investigators say he broke into 22 vehicles over three weeks.",
        "three weeks",
        dict(value=3, unit="week", kind="duration", qualifier=None),
    ),
    (
        "over-months",
        "Neighbourhood officers logged 40 bike thefts over six months.",
        "six months",
        dict(unit="month", qualifier=None),
    ),
    (
        "over-days",
        "Officers made 12 arrests over two days of the festival.",
        "two days",
        dict(unit="day", qualifier=None),
    ),
    (
        "over-past-months",
        "Detectives have seized 90 kilograms of cocaine over the past 18 months.",
        "18 months",
        dict(unit="month", qualifier=None),
    ),
    (
        "over-hours-after-weight",
        "Border staff found 3 kilograms of heroin over 48 hours at the port.",
        "48 hours",
        dict(unit="hour", qualifier=None),
    ),
    (
        "over-years-after-change",
        "Burglaries fell 40% over five years.",
        "five years",
        dict(qualifier=None),
    ),
    (
        "over-weeks-after-money",
        "Officers seized £2m in cash over two weeks, the NCA said.",
        "two weeks",
        dict(unit="week", qualifier=None, attribution="the NCA"),
    ),
    (
        "span-is-no-change",
        "Pensioners aged over 80 lost £5,000 over three months to the scam.",
        "three months",
        dict(kind="duration", qualifier=None, change=None),
    ),
    # near misses: 'over' bounds a sentence, an age, a count, a time spent
    (
        "count-then-lived-over",
        "Of the 12 men, two have lived here over 20 years.",
        "20 years",
        dict(qualifier="more than"),
    ),
    (
        "count-then-held-over",
        "The 36 suspects were held over 48 hours before being charged.",
        "48 hours",
        dict(qualifier="more than"),
    ),
    (
        "duration-as-change-kept",
        "Life expectancy in the borough fell two years.",
        "two years",
        dict(kind="duration", change="decrease"),
    ),
    (
        "jailed-for-over",
        "He was jailed for over three years for the robbery.",
        "three years",
        dict(value=3, unit="year", qualifier="more than"),
    ),
    (
        "count-then-for-over",
        "Three men were jailed for over 10 years at the Old Bailey.",
        "10 years",
        dict(qualifier="more than"),
    ),
    (
        "count-then-spent-over",
        "Two officers spent over 12 hours at the scene.",
        "12 hours",
        dict(qualifier="more than"),
    ),
    (
        "sentences-of-over",
        "Judges handed down sentences of over 10 years to the ringleaders.",
        "10 years",
        dict(qualifier="more than"),
    ),
    (
        "aged-over",
        "The road safety scheme targets drivers aged over 60.",
        "60",
        dict(kind="age", qualifier="more than"),
    ),
    (
        "over-cases",
        "The fraud unit handled over 300 cases last year.",
        "300",
        dict(kind="count", qualifier="more than"),
    ),
    # 5. ages: a bound on 'the age of N', people as the subject of 'were under N'
    (
        "under-the-age-of",
        "The survey found 14.2% were under the age of 21.",
        "21",
        dict(value=21, unit="year", kind="age", qualifier="less than"),
    ),
    (
        "over-the-age-of",
        "Some 30% of fraud victims were over the age of 65.",
        "65",
        dict(value=65, unit="year", kind="age", qualifier="more than"),
    ),
    (
        "anyone-under-the-age-of",
        "Anyone under the age of 18 will be referred to the youth offending team.",
        "18",
        dict(kind="age", qualifier="less than"),
    ),
    (
        "the-age-of-no-bound",
        "Ministers are consulting on raising the age of 16 for the offence.",
        "16",
        dict(kind="age", qualifier=None),
    ),
    (
        "victims-of-crime-under",
        "Most victims of violent crime were under 25.",
        "25",
        dict(value=25, unit="year", kind="age", qualifier="less than"),
    ),
    (
        "ratio-then-victims-under",
        "About 1 in 3 (34%) victims were under 25.",
        "25",
        dict(unit="year", kind="age", qualifier="less than"),
    ),
    (
        "ratio-bracket-before-were",
        "About 1 in 3 victims (34%) were under 25.",
        "25",
        dict(kind="age", qualifier="less than"),
    ),
    (
        "share-of-those-under",
        "Around 40% of those arrested were under 18, the report said.",
        "18",
        dict(kind="age", qualifier="less than"),
    ),
    (
        "of-those-ratio-under",
        "Of those stopped, 2 in 5 were under 18.",
        "18",
        dict(kind="age", qualifier="less than"),
    ),
    # near misses: percentages, prices and counts under N
    (
        "under-percent",
        "Profit margins at the seized shops were under 25 percent.",
        "25 percent",
        dict(kind="percent", unit="percent", qualifier="less than"),
    ),
    (
        "prices-under",
        "Prices were under 25.",
        "25",
        dict(kind="count", unit=None, qualifier="less than"),
    ),
    (
        "under-cases",
        "The team handled under 25 cases in its first month.",
        "25",
        dict(kind="count", unit=None, qualifier="less than", subject="cases"),
    ),
    (
        "deaths-under",
        "Road deaths were under 25 last year.",
        "25",
        dict(kind="count", unit=None),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harris was jailed for 14 years and eight months at Leeds Crown Court.",
        "The stand-off lasted two days and 11 hours, police said.",
        "She got 4 years and 6 months for the arson attack.",
    ],
)
def test_compound_duration_is_never_merged(sentence: str) -> None:
    claims = extract(sentence)
    assert [c.kind for c in claims] == ["duration", "duration"]
    assert all(" and " not in c.text for c in claims)
