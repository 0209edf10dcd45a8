"""Bracketed lists of places with their figures, per-phrases with a space-grouped base, periods
that carry no unit, 'N fewer <noun>' differences, changes over a month span and 'up' after a
phrasal verb. Every sentence is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Claim, extract
from tests.expectations import claim_with_text, wrong_fields

pytestmark = pytest.mark.slow


def _check(sentence: str, mention: str, expected: dict[str, Any]) -> Claim:
    claims = extract(sentence)
    claim = claim_with_text(claims, mention)
    assert not wrong_fields(claim, expected), (sentence, mention, wrong_fields(claim, expected))
    return claim


RATE_100K = dict(unit="per 100,000 inhabitants", kind="rate")

CASES = [
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
        "fewer-than-qualifier",
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


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in CASES],
)
def test_claim_fields(sentence: str, mention: str, expected: dict[str, Any]) -> None:
    _check(sentence, mention, expected)


NOT_CARRIED = [
    # a year in brackets is no figure of the list
    ("year-in-brackets", "The reform began in Latvia (2019) and later in Estonia.", "2019"),
    # outside brackets without a ranking word, a name with a bracketed number is no list entry
    ("name-age-after-weight", "Officers seized 3 kg of heroin from John Smith (45).", "45"),
    ("name-age-after-comma", "Police found 2 kg of cannabis, and Mark Lee (31) was held.", "31"),
]


@pytest.mark.parametrize(
    ("sentence", "mention"), [pytest.param(*row[1:], id=row[0]) for row in NOT_CARRIED]
)
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
