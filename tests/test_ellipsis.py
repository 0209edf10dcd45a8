"""Unit ellipsis and compared differences. A bare number takes the unit of the figure it is
paired with ('fell 4.2 percent, while assaults climbed 1.8'), also through a bracketed list of
places ('Latvia (4.2 per 100 000 inhabitants), Lithuania (3.1)'), but keeps none where nothing
was elided; a compared difference ('two fewer than', 'N fewer <noun>') is a change, a
comparative qualifier ('more than 300') is not; per-phrases with a space-grouped base, periods
that carry no unit, changes over a month span and 'up' after a phrasal verb keep their reading.
Every sentence is written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_with_text, table_params

pytestmark = pytest.mark.slow


CARRIED = [
    # from .. to: the unit written on one side only
    (
        "to-side-rate",
        "The victimisation rate fell from 101.9 to 96.7 per 1,000 households, the survey found.",
        "101.9",
        dict(value=101.9, unit="per 1,000 households", kind="rate"),
    ),
    (
        "from-side-weight",
        "The inmate's weight dropped from 208 pounds to 193 during the hunger strike.",
        "193",
        dict(value=193, unit="pound", kind="weight"),
    ),
    (
        "from-side-time-phrase",
        "Fuel use by the patrol fleet improved from 20 miles per gallon in 2008 to 29 in 2020.",
        "29",
        dict(value=29, unit="mile per gallon"),
    ),
    (
        "from-side-last-year",
        "Heroin seizures at the port climbed from 40 kg to 65 last year, customs officials said.",
        "65",
        dict(value=65, unit="kilogram", kind="weight"),
    ),
    (
        "currency-both-scaled",
        "Losses from copper cable theft rose from R1.2 billion to 1.5 billion, the utility said.",
        "1.5 billion",
        dict(value=1.5e9, unit="ZAR", kind="money"),
    ),
    (
        "currency-bare-scaled",
        "The bail set for the former mayor rose from $900,000 to 1.2 million.",
        "1.2 million",
        dict(value=1.2e6, unit="USD", kind="money"),
    ),
    (
        "duration",
        "On appeal, the average sentence was cut from 12 years to nine.",
        "nine",
        dict(value=9, unit="year", kind="duration"),
    ),
    (
        "percent-to-side",
        "Reoffending among young people fell from 45 to 38 per cent over five years.",
        "45",
        dict(value=45, unit="percent", kind="percent"),
    ),
    # a compared reference figure
    (
        "average-of",
        "The district recorded 180 offences per 100,000 population, more than double the "
        "national average of 87.",
        "87",
        dict(value=87, unit="per 100,000 population", kind="rate"),
    ),
    (
        "below-a-place",
        "The city's homicide rate of 2.3 per 100,000 residents remains well below Winnipeg's 8.1.",
        "8.1",
        dict(value=8.1, unit="per 100,000 residents", kind="rate"),
    ),
    (
        "above-last-year",
        "The burglary rate was 4.1 per 1,000 households, above last year's 3.2.",
        "3.2",
        dict(unit="per 1,000 households", kind="rate"),
    ),
    (
        "across-a-multiple",
        "The county's rate was 41.2 per 100,000 residents, nearly three times the state "
        "average of 14.",
        "14",
        dict(value=14, unit="per 100,000 residents", kind="rate"),
    ),
    (
        "compared-with",
        "The detection rate for burglary was 61.3% in 2024, compared with 58.2 a year earlier.",
        "58.2",
        dict(value=58.2, unit="percent", kind="percent"),
    ),
    (
        "down-from",
        "The unemployment rate in the county stood at 8.1%, down from 9.4 in March.",
        "9.4",
        dict(value=9.4, unit="percent", kind="percent"),
    ),
    (
        "noun-between-from",
        "Customs seized 5 kg of heroin, up from 3 in the same month last year.",
        "3",
        dict(value=3, unit="kilogram", kind="weight"),
    ),
    (
        "against",
        "The share of knife crime was 3.1% against 2.9 a year ago.",
        "2.9",
        dict(value=2.9, unit="percent"),
    ),
    (
        "versus",
        "The average ransom demanded was $1.5 million versus 900,000 in 2022, the report said.",
        "900,000",
        dict(value=900000, unit="USD", kind="money"),
    ),
    # parallel clauses
    (
        "while-is",
        "The highest forecast for the rand is 84.75 cents, while the lowest is 74.07.",
        "74.07",
        dict(value=74.07, unit="cent", kind="money"),
    ),
    (
        "but-change",
        "The Dow rose 2 percent but the Nasdaq fell 1 after the indictment was announced.",
        "1",
        dict(value=1, unit="percent", kind="percent", change="decrease"),
    ),
    (
        "while-change-decimal",
        "Robbery fell 4.2 percent, while assaults climbed 1.8.",
        "1.8",
        dict(value=1.8, unit="percent", change="increase"),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CARRIED, 4))
def test_bare_number_takes_the_paired_unit(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = assert_claim(extract(sentence), mention, expected)
    assert claim.text == mention  # the unit is not written there: the text stays the number


KEPT_BARE = [
    ("counted-noun", "Police seized 5 kg of heroin in 3 raids on Tuesday.", "3"),
    ("change-then-level", "The index rose 2% to 4,577 on Friday.", "4,577"),
    ("change-then-level-from", "Burglaries rose 5% from 4,577 in the previous year.", "4,577"),
    ("points-then-level", "The index rose 64.06 points to 4,577.10 in early trade.", "4,577.10"),
    ("different-verbs", "Officers seized 40 kg of cocaine and arrested 3.", "3"),
    ("count-holder", "The clearance rate is 61% while the number of detectives is 40.", "40"),
    ("plural-subject-integer", "Burglaries rose 5% but arrests fell 12.", "12"),
    ("no-connector", "Violent crime rose 5% in the city, where police made 14 on Friday.", "14"),
    ("compared-count", "Violent crime fell 3.2%, compared with 1,200 officers on patrol.", "1,200"),
    ("noun-between-change", "Thefts rose 5% in May, from 4,577 in April.", "4,577"),
    ("scaled-carrier", "The fine imposed on the bank rose from $1.2 million to 1.5.", "1.5"),
    ("scaled-bare-percent", "The rate rose from 4.1% to 4.5 million.", "4.5 million"),
    ("other-sentence", "The highest fine was $5,000. The lowest was 300.", "300"),
    ("to-without-from", "Sentences were extended by 2 years to 14 for the ringleaders.", "14"),
]


@pytest.mark.parametrize(("sentence", "mention"), table_params(KEPT_BARE, 3))
def test_bare_number_kept_when_not_elided(sentence: str, mention: str) -> None:
    claim = claim_with_text(extract(sentence), mention)
    assert claim.unit is None
    assert claim.kind in ("count", "other")  # an index's level is a score, kind other


def test_year_is_never_a_carried_level() -> None:
    claims = extract("The detection rate rose from 12% in 2019 to 15% in 2021.")
    assert [c.text for c in claims] == ["12%", "15%"]


COMPARED = [
    (
        "fewer-than-in",
        "There were six homicide cases, two fewer than in the first quarter.",
        "two",
        dict(value=2, change="decrease"),
    ),
    (
        "more-than-last-year",
        "Officers recorded 12 more than last year.",
        "12",
        dict(value=12, change="increase"),
    ),
    (
        "fewer-noun-than",
        "Police logged 300 fewer burglaries than in 2023, the annual report shows.",
        "300",
        dict(value=300, change="decrease"),
    ),
    (
        "more-noun-than",
        "The force now has 40 more officers than a year ago.",
        "40",
        dict(value=40, change="increase"),
    ),
    (
        "more-adj-noun-than",
        "Customs intercepted 15 more stolen cars than in the same period last year.",
        "15",
        dict(value=15, change="increase"),
    ),
    (
        "percent-lower-than",
        "Arrests for drink-driving were 9% lower than in 2022.",
        "9%",
        dict(value=9, unit="percent", change="decrease"),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(COMPARED, 4))
def test_compared_difference_is_a_change(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(extract(sentence), mention, expected)


NOT_CHANGES = [
    (
        "more-than-qualifier",
        "Police recorded more than 300 burglaries in May.",
        "300",
        dict(qualifier="more than", change=None),
    ),
    (
        "no-fewer-than",
        "No fewer than 12 people were arrested at the match.",
        "12",
        dict(qualifier="at least", change=None),
    ),
    (
        "fewer-than-qualifier",
        "There were fewer than 10 cases reported last month.",
        "10",
        dict(qualifier="less than", change=None),
    ),
    ("more-without-than", "Detectives arrested 12 more on Friday.", "12", dict(change=None)),
    (
        "level-before-comparison",
        "The unit made 12 arrests, more than in any previous week.",
        "12",
        dict(change=None),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(NOT_CHANGES, 4))
def test_comparative_without_difference_is_no_change(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(extract(sentence), mention, expected)


def test_ratio_keeps_its_reading() -> None:
    """'three times more than': a ratio; the compared-difference rule leaves it alone."""
    claim = claim_with_text(extract("Fraud reports were three times more than in 2022."), "three")
    assert claim.value == 3
    assert claim.change == "increase"  # as the comparative rule read it before


# -- bracketed lists, per-phrases, periods, differences, month spans, phrasal "up" ----------

RATE_100K = dict(unit="per 100,000 inhabitants", kind="rate")

LISTS_AND_SPANS = [
    # 1. bracketed lists: the chain runs through the whole list
    (
        "list-space-grouped-first",
        "Homicide rates were highest in Latvia (4.2 per 100 000 inhabitants), Lithuania (3.1)"
        " and Estonia (2.6), the agency reported.",
        "3.1",
        dict(value=3.1, **RATE_100K),
    ),
    (
        "list-chain-last",
        "Homicide rates were highest in Latvia (4.2 per 100 000 inhabitants), Lithuania (3.1)"
        " and Estonia (2.6), the agency reported.",
        "2.6",
        dict(value=2.6, **RATE_100K),
    ),
    (
        "list-followed-by",
        "Alagoas topped the table with 45.1 killings per 100,000 people, followed by Bahia"
        " (40.6) and Pernambuco (37.9).",
        "37.9",
        dict(value=37.9, unit="per 100,000 people", kind="rate"),
    ),
    (
        "list-ahead-of-multiword-name",
        "Dallas logged 12.4 robberies per 1,000 residents, ahead of Houston (11.8), Fort Worth"
        " (9.1) and El Paso (6.2).",
        "9.1",
        dict(value=9.1, unit="per 1,000 residents", kind="rate"),
    ),
    (
        "list-money-already",
        "Littering carries fines of $400 in Ohio, Texas ($350) and Utah ($275).",
        "$275",
        dict(value=275, unit="USD", kind="money"),
    ),
    (
        "list-percent",
        "Prisons ran over capacity at Pine Ridge (112%), Oak Hill (104) and Cedar Falls (101).",
        "104",
        dict(value=104, unit="percent", kind="percent"),
    ),
    # 2. a per-phrase written with a space-grouped base
    (
        "per-space-compared",
        "The country recorded 0.9 homicides per 100 000 inhabitants, compared with 1.0 a year"
        " earlier.",
        "1.0",
        dict(value=1.0, **RATE_100K),
    ),
    (
        "per-space-down-from",
        "Burglary stood at 5.1 cases per 100 000 residents, down from 5.8 in 2021.",
        "5.8",
        dict(value=5.8, unit="per 100,000 residents", kind="rate"),
    ),
    # 3. a period carries no unit
    (
        "period-first-months",
        "Police recorded 31,482 index crimes in the first 10 months, down from 34,610 in the"
        " same period.",
        "34,610",
        dict(value=34610, unit=None, kind="count"),
    ),
    (
        "period-past-years",
        "Officers made 2,950 drug arrests over the past three years, compared with 2,400 before.",
        "2,400",
        dict(value=2400, unit=None, kind="count"),
    ),
    (
        "period-during-the",
        "During the six weeks of the operation, officers stopped 412 vehicles, up from 37.",
        "37",
        dict(value=37, unit=None, kind="count"),
    ),
    (
        "duration-still-carries",
        "The average sentence fell from 14 months to 11 under the new guidelines.",
        "11",
        dict(value=11, unit="month", kind="duration"),
    ),
    (
        "duration-compared-still-carries",
        "Trials now take 18 months, compared with 12 a decade ago.",
        "12",
        dict(value=12, unit="month", kind="duration"),
    ),
    # 4. 'N fewer <noun>' is a difference
    (
        "fewer-after-or",
        "Incidents fell to 27,300, or 3,128 fewer incidents, the bureau said.",
        "3,128",
        dict(value=3128, change="decrease", qualifier=None),
    ),
    (
        "fewer-bare-noun",
        "Robberies fell to 2,010 this year, or 318 fewer victims.",
        "318",
        dict(value=318, change="decrease"),
    ),
    (
        "fewer-there-were",
        "There were 1,200 fewer arrests in 2023 as patrols were cut.",
        "1,200",
        dict(value=1200, change="decrease"),
    ),
    (
        "fewer-adjective-noun",
        "The county reported 45 fewer violent assaults during the holiday season.",
        "45",
        dict(value=45, change="decrease"),
    ),
    (
        "noun-fewer-than-qualifier",
        "Fewer than 300 officers were on duty during the riot.",
        "300",
        dict(value=300, qualifier="less than", change=None),
    ),
    (
        "more-without-than-stays-level",
        "The force hired 40 more officers in March.",
        "40",
        dict(value=40, change=None),
    ),
    (
        "more-with-than",
        "Detectives solved 25 more cases than in the previous year.",
        "25",
        dict(value=25, change="increase"),
    ),
    # 5. a change measured over a span of months
    (
        "dropped-by-from-to",
        "Index crimes dropped by 9 percent from January to October, the police said.",
        "9 percent",
        dict(value=9, unit="percent", change="decrease"),
    ),
    (
        "rose-from-to-months",
        "Car thefts rose 12% from March to May.",
        "12%",
        dict(value=12, unit="percent", change="increase"),
    ),
    (
        "fell-through",
        "Reported assaults fell by 4.5% from January through June, officials said.",
        "4.5%",
        dict(value=4.5, change="decrease"),
    ),
    (
        "from-to-levels",
        "The clearance rate rose from 5% to 7% last year.",
        "7%",
        dict(value=7, unit="percent", change=None),
    ),
    # 6. 'up' after a comma is a direction, not the particle of 'made up'
    (
        "made-up-then-up",
        "Women made up 8.8% of all officers, up 0.4 percentage points on the year.",
        "0.4 percentage points",
        dict(value=0.4, unit="percentage point", change="increase"),
    ),
    (
        "made-up-then-down",
        "Juveniles made up 14% of those arrested, down 2 percentage points.",
        "2 percentage points",
        dict(value=2, unit="percentage point", change="decrease"),
    ),
    (
        "made-up-share",
        "Women made up 8.8% of all officers, up 0.4 percentage points on the year.",
        "8.8%",
        dict(value=8.8, change=None),
    ),
    (
        "made-up-plain",
        "Women made up 12% of those arrested for fraud.",
        "12%",
        dict(value=12, change=None),
    ),
    (
        "cleared-up",
        "Detectives cleared up 53% of reported burglaries.",
        "53%",
        dict(value=53, change=None),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(LISTS_AND_SPANS, 4))
def test_claim_fields(sentence: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), mention, expected)


NOT_CARRIED = [
    # a year in brackets is no figure of the list
    ("year-in-brackets", "The reform began in Latvia (2019) and later in Estonia.", "2019"),
    # outside brackets without a ranking word, a name with a bracketed number is no list entry
    ("name-age-after-weight", "Officers seized 3 kg of heroin from John Smith (45).", "45"),
    ("name-age-after-comma", "Police found 2 kg of cannabis, and Mark Lee (31) was held.", "31"),
]


@pytest.mark.parametrize(("sentence", "mention"), table_params(NOT_CARRIED, 3))
def test_not_carried(sentence: str, mention: str) -> None:
    claims = [c for c in extract(sentence) if c.text == mention]
    # an age rule may read 'John Smith (45)' as an age: only the carried unit is wrong here
    assert all(c.unit in (None, "year") and c.kind in ("count", "age") for c in claims), claims


def test_list_keeps_own_units() -> None:
    sentence = (
        "The rate was 2.2 per 100,000 inhabitants in Latvia, Lithuania (3.1%) and Estonia"
        " (12 cases)."
    )
    claims = extract(sentence)
    assert claim_with_text(claims, "3.1%").unit == "percent"
    cases = claim_with_text(claims, "12")
    assert (cases.unit, cases.kind) == (None, "count")
