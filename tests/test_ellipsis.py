"""Unit ellipsis (a bare number takes the unit of the figure it is paired with) and compared
differences as changes ('two fewer than'). Every sentence is written for these tests."""

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


@pytest.mark.parametrize(("sentence", "mention", "expected"), [c[1:] for c in CARRIED],
                         ids=[c[0] for c in CARRIED])  # fmt: skip
def test_bare_number_takes_the_paired_unit(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = _check(sentence, mention, expected)
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
    ("scaled-carrier", "The fine imposed on the bank rose from $1.2 million to 1.5.", "1.5"),
    ("scaled-bare-percent", "The rate rose from 4.1% to 4.5 million.", "4.5 million"),
    ("other-sentence", "The highest fine was $5,000. The lowest was 300.", "300"),
    ("to-without-from", "Sentences were extended by 2 years to 14 for the ringleaders.", "14"),
]


@pytest.mark.parametrize(("sentence", "mention"), [c[1:] for c in KEPT_BARE],
                         ids=[c[0] for c in KEPT_BARE])  # fmt: skip
def test_bare_number_kept_when_not_elided(sentence: str, mention: str) -> None:
    claim = claim_with_text(extract(sentence), mention)
    assert claim.unit is None
    assert claim.kind == "count"


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


@pytest.mark.parametrize(("sentence", "mention", "expected"), [c[1:] for c in COMPARED],
                         ids=[c[0] for c in COMPARED])  # fmt: skip
def test_compared_difference_is_a_change(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    _check(sentence, mention, expected)


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


@pytest.mark.parametrize(("sentence", "mention", "expected"), [c[1:] for c in NOT_CHANGES],
                         ids=[c[0] for c in NOT_CHANGES])  # fmt: skip
def test_comparative_without_difference_is_no_change(
    sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    _check(sentence, mention, expected)


def test_ratio_keeps_its_reading() -> None:
    """'three times more than': a ratio; the compared-difference rule leaves it alone."""
    claim = claim_with_text(extract("Fraud reports were three times more than in 2022."), "three")
    assert claim.value == 3
    assert claim.change == "increase"  # as the comparative rule read it before
