"""Mention forms the scan reads by their words around the number: 'over' as a preposition
after an arrest verb ("Two held over $5m scam"), a change stated before its 'from X to Y'
levels, a year that is no low end of a range, phone lines after a line word, number compounds
that name a kind of thing ("four-wheelers"), per-phrases naming a place in capitals ("per EU
adult") and speeds as rates. Every sentence is written for this file, in the styles of police
bulletins, court reports and crime statistics releases. Positive rows name one claim by its
exact ``text`` and the fields that matter; near-miss rows name a reading that must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from tests.expectations import assert_claim, table_params, texts_over

pytestmark = pytest.mark.slow

MPH, KPH = "mile per hour", "kilometre per hour"

# (id, sentence, text, expected fields[, strict xfail reason])
# fmt: off
OVER_AS_PREPOSITION = [
    # 'over' after an arrest or charge verb names the matter: no bound on the sum
    ("over-ghs-headline", "Police arrest 14 over GH¢2.3m mobile money fraud",
     "GH¢2.3m", dict(value=2_300_000, unit="GHS", kind="money", qualifier=None)),
    ("over-usd-passive-count", "Two held over $5m Ponzi scheme",
     "$5m", dict(value=5_000_000, unit="USD", qualifier=None)),
    ("over-gbp-no-count", "Bank manager charged over £40,000 theft from elderly customers",
     "£40,000", dict(value=40_000, unit="GBP", qualifier=None)),
    ("over-zar-perfect", "Detectives have arrested three over a R1.2 million cash heist.",
     "R1.2 million", dict(value=1_200_000, unit="ZAR", qualifier=None)),
    ("over-ngn-remanded", "Three men remanded over N45 million pipeline vandalism",
     "N45 million", dict(value=45_000_000, unit="NGN", qualifier=None)),
    ("over-sum-alone", "Pastor quizzed over $5,000, church elders say",
     "$5,000", dict(value=5000, unit="USD", qualifier=None)),
    ("over-after-own-count", "Police detained 6 over 12 burglaries in the north of the city.",
     "12", dict(value=12, kind="count", qualifier=None)),
    ("over-count-itself", "Police arrest 14 over GH¢2.3m mobile money fraud",
     "14", dict(value=14, kind="count", qualifier=None)),
    # near misses: 'over' bounds the amount the verb takes
    ("bound-seized-cash", "Customs officers seized over $2m in cash at the border.",
     "$2m", dict(value=2_000_000, unit="USD", qualifier="more than")),
    ("bound-arrested-people", "Officers arrested over 40 people during the raids.",
     "40", dict(value=40, qualifier="more than")),
    ("bound-no-cause-verb", "Four suspects stole over $2m from ATMs across the region.",
     "$2m", dict(value=2_000_000, qualifier="more than")),
    ("bound-held-in-cash", "Police held over $2m in cash as evidence.",
     "$2m", dict(value=2_000_000, qualifier="more than")),
    ("bound-laundered", "The gang laundered over £3m in drug money, the court heard.",
     "£3m", dict(value=3_000_000, unit="GBP", qualifier="more than")),
    ("bound-smuggled-weight", "Police charged two men who had smuggled over 50 kg of cocaine.",
     "50 kg", dict(value=50, unit="kilogram", qualifier="more than")),
    ("bound-jailed-duration", "The pair were jailed for over 10 years for armed robbery.",
     "10 years", dict(value=10, unit="year", qualifier="more than")),
    ("years-ago-no-claim-kept-count", "The pair were jailed over 10 years ago for 12 robberies.",
     "12", dict(value=12, kind="count")),
    ("span-after-change", "Robberies rose 40% over five years.",
     "five years", dict(value=5, unit="year", qualifier=None)),
]


CHANGE_THEN_LEVELS = [
    # a change stated first, then 'from X to Y': two levels, each its own claim
    ("went-up-by-pc-low", "Cases went up by 27 per cent last year, from 1,148 to 1,458.",
     "1,148", dict(value=1148, value_high=None, kind="count")),
    ("went-up-by-pc-high", "Cases went up by 27 per cent last year, from 1,148 to 1,458.",
     "1,458", dict(value=1458, value_high=None, kind="count")),
    ("rose-sharply-in-year", "Robberies rose sharply in 2024, from 310 to 620.",
     "310", dict(value=310, value_high=None)),
    ("fell-by-a-third", "Carjackings fell by a third year on year, from 1,020 to 680.",
     "680", dict(value=680, value_high=None)),
    ("doubled-money", "Ransom payments doubled over the period, from $1.2m to $2.4m.",
     "$1.2m", dict(value=1_200_000, value_high=None, unit="USD")),
    ("drop-noun", "The figures show a 9% drop in the first half, from 5,210 to 4,741.",
     "4,741", dict(value=4741, value_high=None)),
    ("later-change-word", "Arrests fell in the north as robberies rose 9% last year, from "
     "1,200 to 1,308.", "1,308", dict(value=1308, value_high=None)),
    ("up-on-year", "Knife crime is up 8% on 2023, from 4,100 to 4,428.",
     "4,100", dict(value=4100, value_high=None)),
    # a year used as a date is no low end of a range with a level as its high end
    ("yearend-year-low", "The prison population increased 1.2%, from 1,226,400 at yearend "
     "2023 to 1,241,100 at yearend 2024.", "1,241,100", dict(value=1_241_100, value_high=None)),
    ("yearend-first-level", "The prison population increased 1.2%, from 1,226,400 at yearend "
     "2023 to 1,241,100 at yearend 2024.", "1,226,400", dict(value=1_226_400, value_high=None)),
    ("fiscal-year-low", "Open warrants fell from 88,300 in fiscal 2022 to 79,950 last year.",
     "79,950", dict(value=79_950, value_high=None)),
    # near misses: ranges keep their reading
    ("range-sentences", "Offenders face sentences from 5 to 10 years.",
     "5 to 10 years", dict(value=5, value_high=10, unit="year", kind="duration")),
    ("range-aged", "The suspects were aged from 20 to 35.",
     "20 to 35", dict(value=20, value_high=35, kind="age")),
    ("range-after-change-clause", "Burglaries rose 12%, with victims aged from 20 to 35.",
     "20 to 35", dict(value=20, value_high=35, kind="age")),
    ("range-ranging-after-rise", "Fines rose last year, ranging from 50 to 500 dollars.",
     "50 to 500 dollars", dict(value=50, value_high=500, unit="USD")),
    ("range-crowd-year-shaped", "A crowd of 2000 to 3,000 people gathered outside the court.",
     "2000 to 3,000", dict(value=2000, value_high=3000)),
    ("range-forecast-no-verb", "The force expects a growth forecast from 5 to 7 per cent.",
     "5 to 7 per cent", dict(value=5, value_high=7, unit="percent")),
]


PER_PHRASES = [
    # a per-noun in capitals keeps them, with the noun it modifies
    ("per-dotted-us", "The rate was 359 prisoners per 100,000 U.S. residents.",
     "359", dict(value=359, unit="per 100,000 U.S. residents", kind="rate")),
    ("per-eu-adult", "Online fraud costs €20 per EU adult every year.",
     "€20 per EU adult", dict(value=20, unit="EUR per EU adult", kind="rate")),
    ("per-uk-household", "Card fraud costs £35 per UK household, the report says.",
     "£35 per UK household", dict(value=35, unit="GBP per UK household", kind="rate")),
    ("per-base-eu-plural", "The homicide rate stood at 5.8 per 100,000 EU inhabitants.",
     "5.8 per 100,000 EU inhabitants",
     dict(value=5.8, unit="per 100,000 EU inhabitants", kind="rate")),
    ("per-capital-word-lowered", "Burglaries rose to 12 per 100,000 Population.",
     "12 per 100,000 Population", dict(value=12, unit="per 100,000 population", kind="rate")),
    # near misses: unchanged
    ("per-cent", "Vehicle crime fell 3 per cent in the year to March.",
     "3 per cent", dict(value=3, unit="percent", kind="percent")),
    ("per-population", "Robbery stood at 12 per 100,000 population in 2024.",
     "12 per 100,000 population", dict(unit="per 100,000 population", kind="rate")),
    ("per-day", "Officers made 40 arrests per day during the operation.",
     "40", dict(value=40, unit="per day", kind="rate")),
    ("per-hour-money", "Guards were paid $30 per hour, court papers show.",
     "$30 per hour", dict(value=30, unit="USD per hour", kind="rate")),
]


SPEEDS = [
    ("kmh-glued", "He was travelling at 168km/h in a 110km/h zone.",
     "168km/h", dict(value=168, unit=KPH, kind="rate")),
    ("kmh-zone", "He was travelling at 168km/h in a 110km/h zone.",
     "110km/h", dict(value=110, unit=KPH, kind="rate")),
    ("mph-clocked", "The getaway car was clocked at 95 mph on the ring road.",
     "95 mph", dict(value=95, unit=MPH, kind="rate")),
    ("kph-limit", "The limit is 50kph on that stretch, police said.",
     "50kph", dict(value=50, unit=KPH, kind="rate")),
    ("mph-hyphen", "Drivers ignored the 30-mph limit outside the school.",
     "30-mph", dict(value=30, unit=MPH, kind="rate")),
    # near misses: other measures stay "other"
    ("knots-other", "The smugglers' boat was doing 30 knots when it was intercepted.",
     "30 knots", dict(value=30, kind="other")),
    ("mpg-other", "The stolen van did 30 miles per gallon.",
     "30 miles per gallon", dict(unit="mile per gallon", kind="other")),
    ("psi-other", "The tyres were inflated to 35 psi.",
     "35 psi", dict(unit="pound per square inch", kind="other")),
    ("miles-other", "The chase covered 12 miles before the car crashed.",
     "12 miles", dict(unit="mile", kind="other")),
]


NUMBER_COMPOUNDS_KEPT = [
    ("count-before-compound", "Police said 1,611 four-wheelers and 31,480 motorcycles were "
     "stolen.", "1,611", dict(value=1611, kind="count")),
    ("count-after-compound", "Police said 1,611 four-wheelers and 31,480 motorcycles were "
     "stolen.", "31,480", dict(value=31_480, subject="motorcycles")),
    ("count-of-three-wheelers", "Thieves stole a four-by-four and two three-wheelers.",
     "two", dict(value=2, kind="count")),
    ("three-year-campaign", "Police launched a three-year campaign against knife crime.",
     "three-year", dict(value=3, unit="year", kind="duration", subject="campaign")),
    ("two-day-operation", "A two-day operation ended with 31 arrests.",
     "two-day", dict(value=2, unit="day", kind="duration")),
    ("count-before-digit-compound", "Police impounded 12 18-wheelers at the border post.",
     "12", dict(value=12, kind="count")),
    ("four-storey-kept", "Officers searched a four-storey building in the city centre.",
     "four", dict(value=4, kind="count")),
    ("weight-after-lorry", "An 18-wheeler carrying 2 tonnes of cannabis was stopped.",
     "2 tonnes", dict(value=2, unit="tonne", kind="weight")),
]


PHONE_LINES_KEPT = [
    ("bracketed-count-kept", "Officers found 14 phones [and] 3 laptops.", "3", dict(value=3)),
    ("bracketed-percent-kept", "Thefts fell [12%] on the year.", "12%", dict(value=12)),
    ("hotline-calls", "The hotline received 1,200 calls last month.",
     "1,200", dict(value=1200, subject="calls")),
    ("lines-counted", "The force opened 3 new lines and took 940 calls in a week.",
     "940", dict(value=940)),
    ("helpline-times", "Residents rang the helpline 45 times after the attack.",
     "45", dict(value=45)),
    ("lines-before-count", "Call our toll-free lines; 2,000 people already have.",
     "2,000", dict(value=2000)),
]
# fmt: on


# (id, sentence, a span that must yield no claim[, strict xfail reason])
# fmt: off
NO_CLAIM = [
    ("lines-two-numbers-first", "Report suspicious calls on our toll-free lines 18555 and 191.",
     "18555"),
    ("lines-two-numbers-second", "Report suspicious calls on our toll-free lines 18555 and 191.",
     "191"),
    ("helplines-list-comma", "Victims can ring the helplines 116, 1199 or 112 at any time.",
     "1199"),
    ("helplines-list-last", "Victims can ring the helplines 116, 1199 or 112 at any time.",
     "112"),
    ("numbers-after-call", "Call the numbers 4455 or 1919 to report fraud.", "1919"),
    ("tiplines", "Anonymous tips can go to the tiplines 7726 and 8255, officers said.", "8255"),
    ("four-wheelers", "Police said 1,611 four-wheelers and 31,480 motorcycles were stolen.",
     "four"),
    ("two-wheelers", "Two-wheelers made up most of the 9,400 vehicles stolen.", "Two"),
    ("three-wheeler", "A three-wheeler was torched outside the station.", "three"),
    ("eighteen-wheeler", "An 18-wheeler carrying 2 tonnes of cannabis was stopped.", "18"),
    ("four-by-four", "Thieves stole a four-by-four and two three-wheelers.", "four-by-four"),
    ("three-wheelers-plural", "Thieves stole a four-by-four and two three-wheelers.", "three-"),
    ("digits-wheelers", "Police impounded 12 18-wheelers at the border post.", "18-"),
    ("two-way-radio", "Officers used two-way radios during the three-day operation.", "two-way"),
    ("three-pointer", "He hit a three-pointer before the brawl broke out.", "three"),
    ("one-off", "Police said the attack was a one-off.", "one"),
    ("citation-mark", "Knife crime rose in most regions [4], the review found.", "[4]"),
    ("citation-list", "Earlier studies found the same pattern [12,15].", "[12,15]"),
    ("citation-range", "Similar schemes were reported elsewhere [3–5].", "[3–5]"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    table_params(
        [
            *OVER_AS_PREPOSITION,
            *CHANGE_THEN_LEVELS,
            *PER_PHRASES,
            *SPEEDS,
            *NUMBER_COMPOUNDS_KEPT,
            *PHONE_LINES_KEPT,
        ],
        4,
    ),
)
def test_claim_fields(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    """The claim each row names has the fields the row lists."""
    assert_claim(shared_extractor.extract(sentence), text, expected)


@pytest.mark.parametrize(("sentence", "span"), table_params(NO_CLAIM, 3))
def test_no_claim(shared_extractor: factpull.Extractor, sentence: str, span: str) -> None:
    """Phone lines after a line word and number compounds state no quantity."""
    assert texts_over(shared_extractor.extract(sentence), sentence, span) == []


def test_change_levels_are_not_one_range(shared_extractor: factpull.Extractor) -> None:
    """'went up by 27 per cent last year, from 1,148 to 1,458': no claim spans both levels,
    and the year of 'at yearend 2023 to 1,241,100' is no claim at all."""
    claims = shared_extractor.extract(
        "Cases went up by 27 per cent last year, from 1,148 to 1,458."
    )
    assert all(c.value_high is None for c in claims)
    sentence = (
        "The prison population increased 1.2%, from 1,226,400 at yearend 2023 to 1,241,100 at "
        "yearend 2024."
    )
    assert texts_over(shared_extractor.extract(sentence), sentence, "2023") == []


def test_between_years_stays_a_period(shared_extractor: factpull.Extractor) -> None:
    """'between 2019 and 2023' is a period, not a claim; the change beside it still is."""
    sentence = "Reported thefts doubled between 2019 and 2023, and fell 4% last year."
    claims = shared_extractor.extract(sentence)
    assert texts_over(claims, sentence, "2019 and 2023") == []
    assert_claim(claims, "4%", dict(value=4, change="decrease"))
