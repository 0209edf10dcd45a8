"""Changes and levels around a change verb ('rose by 18% to 21,460': the level after 'to'),
'lose' with a counted noun (what was lost, no change), a figure set off after a change noun
('the steepest drop, at 23.4 per cent') and the next place of a ranking, table titles that state
the unit of the cells below, the per-phrase of a rate carried to a paired rate, and headline /
byline / dateline lines written without blank lines between them."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, text, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # 1. the level reached after 'to' when the change is already given
    (
        "to-level-according",
        "Fraud rose by 18% in 2024-25 to 21,460 crimes, according to figures published today "
        "by the Scottish Government.",
        "21,460",
        dict(value=21460, change=None, attribution="the Scottish Government"),
    ),
    (
        "to-level-change-kept",
        "Fraud rose by 18% in 2024-25 to 21,460 crimes, according to figures published today "
        "by the Scottish Government.",
        "18%",
        dict(value=18, unit="percent", change="increase"),
    ),
    (
        "to-level-last-year",
        "Robberies fell 9 per cent last year to 3,120, police said.",
        "3,120",
        dict(value=3120, change=None),
    ),
    (
        "to-level-year-to-march",
        "Recorded shoplifting climbed 23 per cent in the year to March to 469,788 offences, "
        "the statistics office said.",
        "469,788",
        dict(change=None, subject="offences"),
    ),
    (
        "to-level-over-the-year",
        "Knife crime jumped by 7% over the year to 50,489 offences, according to figures "
        "released on Thursday by the Home Office.",
        "50,489",
        dict(change=None),
    ),
    (
        "to-level-plain",
        "Car thefts dropped 11% to 8,930 in 2024.",
        "8,930",
        dict(change=None),
    ),
    (
        "to-level-change-first",
        "Car thefts dropped 11% to 8,930 in 2024.",
        "11%",
        dict(change="decrease"),
    ),
    (
        "by-count-before-level",
        "Police said the number of stolen vehicles rose by 300 to 2,100.",
        "300",
        dict(change="increase"),
    ),
    (
        "by-count-level-after",
        "Police said the number of stolen vehicles rose by 300 to 2,100.",
        "2,100",
        dict(change=None),
    ),
    (
        "near-miss-drop-of-kept",
        "Homicides fell to 412 last year, a drop of 6 per cent.",
        "6 per cent",
        dict(change="decrease"),
    ),
    (
        "near-miss-fell-to-level",
        "Homicides fell to 412 last year, a drop of 6 per cent.",
        "412",
        dict(change=None),
    ),
    (
        "near-miss-passive-by-agent",
        "Staffing was boosted by 300 new recruits.",
        "300",
        dict(change=None, subject="new recruits"),
    ),
    # 2. 'lose' with a counted noun: what was lost, not a change of the subject
    (
        "lose-phones-a-year",
        "The city loses 14,000 phones a year to street criminals.",
        "14,000",
        dict(value=14000, change=None, subject="phones"),
    ),
    (
        "lose-phones-headline",
        "Karachi loses over 14,000 phones to street criminals in seven months",
        "14,000",
        dict(change=None, qualifier="more than", subject="phones"),
    ),
    (
        "lose-items-to-shoplifters",
        "Retailers lost 40,000 items to shoplifters over the festive period.",
        "40,000",
        dict(change=None, subject="items"),
    ),
    (
        "lose-officers",
        "The force lost 300 officers over five years.",
        "300",
        dict(change=None, subject="officers"),
    ),
    (
        "lose-detectives-attributed",
        "The Met has lost 1,100 detectives since 2019, the union said.",
        "1,100",
        dict(change=None, attribution="the union"),
    ),
    (
        "near-miss-lose-percent",
        "Shares lost 12% on Monday after the fraud inquiry was announced.",
        "12%",
        dict(change="decrease"),
    ),
    (
        "near-miss-lose-share-of-value",
        "The stolen cryptocurrency lost 8% of its value overnight.",
        "8%",
        dict(change="decrease"),
    ),
    (
        "near-miss-lose-points",
        "The index lost 312 points on Friday as the bank scandal spread.",
        "312",
        dict(change="decrease"),
    ),
    (
        "near-miss-lose-money-stays",
        "Victims lost $2.4 million to romance scams last year.",
        "$2.4 million",
        dict(change=None, unit="USD"),
    ),
    # 3. a figure set off after a change noun, and the next place of the ranking
    (
        "set-off-steepest-drop",
        "Ontario recorded the steepest drop, at 23.4 per cent, followed by Quebec at 20.8 "
        "per cent.",
        "23.4 per cent",
        dict(change="decrease", unit="percent"),
    ),
    (
        "ranked-followed-by",
        "Ontario recorded the steepest drop, at 23.4 per cent, followed by Quebec at 20.8 "
        "per cent.",
        "20.8 per cent",
        dict(change="decrease", unit="percent"),
    ),
    (
        "set-off-sharpest-increase",
        "Among the provinces, Alberta posted the sharpest increase, at 17.2 per cent, followed "
        "by Manitoba at 11.5 per cent.",
        "11.5 per cent",
        dict(change="increase"),
    ),
    (
        "set-off-biggest-increase-of",
        "Robbery showed the biggest increase, of 14%, the annual bulletin said.",
        "14%",
        dict(change="increase"),
    ),
    (
        "set-off-was-in-place",
        "The largest fall was in Kent, at 12 per cent.",
        "12 per cent",
        dict(change="decrease"),
    ),
    (
        "ranked-ahead-of",
        "The largest fall was in Kent, at 12 per cent, ahead of Essex at 9 per cent.",
        "9 per cent",
        dict(change="decrease"),
    ),
    (
        "set-off-came-in",
        "The steepest decline came in rural districts, at 31%.",
        "31%",
        dict(change="decrease"),
    ),
    (
        "set-off-was-recorded",
        "The sharpest rise was recorded in Lagos, at 19 per cent.",
        "19 per cent",
        dict(change="increase"),
    ),
    (
        "set-off-count-between-commas",
        "The biggest drop in recorded offences, at 2,340, was in Greater Manchester.",
        "2,340",
        dict(change="decrease"),
    ),
    (
        "near-miss-stood-at",
        "The rate stood at 23.4 per cent.",
        "23.4 per cent",
        dict(change=None),
    ),
    (
        "near-miss-rise-earlier-clause",
        "After a rise in thefts, the clearance rate was at 12 per cent.",
        "12 per cent",
        dict(change=None),
    ),
    (
        "near-miss-level-noun",
        "The drop in the number of officers, at 12,000, worries the union.",
        "12,000",
        dict(change=None),
    ),
    (
        "near-miss-new-clause",
        "The region had a rise in burglaries last year and, at 40, the most officers per capita.",
        "40",
        dict(change=None),
    ),
    (
        "near-miss-ranked-levels",
        "Ontario had the highest rate, at 5.1 per cent, followed by Quebec at 4.2 per cent.",
        "4.2 per cent",
        dict(change=None),
    ),
    # 5. the per-phrase of a rate carried to a paired rate
    (
        "rate-elided-noun-up-from",
        "The rate was 359 prisoners per 100,000 residents, up from 355 per 100,000 in 2023.",
        "355 per 100,000",
        dict(value=355, unit="per 100,000 residents", kind="rate"),
    ),
    (
        "rate-elided-noun-against",
        "Violent crime ran at 380 offences per 100,000 population, against 402 per 100,000 a "
        "year earlier.",
        "402 per 100,000",
        dict(unit="per 100,000 population", kind="rate"),
    ),
    (
        "rate-elided-noun-from-to",
        "The burglary rate fell from 412 per 100,000 to 398 per 100,000 population.",
        "412 per 100,000",
        dict(unit="per 100,000 population", kind="rate"),
    ),
    (
        "rate-fraction-of-the",
        "The murder rate is now 2.9 per 100,000 residents, a fraction of the 30.7 recorded in "
        "1990.",
        "30.7",
        dict(value=30.7, unit="per 100,000 residents", kind="rate"),
    ),
    (
        "money-fraction-of-the",
        "The fine for fare dodging is now $50, a fraction of the 500 charged in 1990.",
        "500",
        dict(unit="USD", kind="money"),
    ),
    (
        "near-miss-other-base",
        "The rate was 359 per 100,000 residents; the county recorded 12 per 1,000.",
        "12 per 1,000",
        dict(unit="per 1,000", kind="rate"),
    ),
    (
        "near-miss-fraction-counted",
        "The murder rate is now 2.9 per 100,000 residents, a fraction of the 300 killings "
        "recorded in 1990.",
        "300",
        dict(unit=None, kind="count", subject="killings"),
    ),
    # an en dash set as a minus inside brackets: a fall
    (
        "en-dash-minus-bracket",
        "Cargo thefts: 3,105 (–14%)",
        "–14%",
        dict(value=14, unit="percent", change="decrease"),
    ),
    (
        "en-dash-year-range-kept",
        "The period (2019–2023) saw 40 thefts.",
        "40",
        dict(value=40, kind="count"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(ROWS, 4))
def test_claim(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(text), mention, expected)


# -- 4. table titles that state a unit ------------------------------------------------------------
RATE_TABLE = (
    "Table 1. Imprisonment rate per 100,000 residents, by sex, 2023 and 2024\n"
    "Sex        2023    2024    Percent change\n"
    "Total       355     359     1.1%\n"
    "Male        666     672     0.9\n"
    "Female       47      46    -2.1%"
)
MONEY_TABLE = (
    "Table 3. Value of seizures (RM million), 2025\n"
    "Item          Jan-Jun    Jul-Dec\n"
    "Drugs           412.5      380.2\n"
    "Contraband       96        104"
)
WEIGHT_FIGURE = (
    "Figure 4: Cannabis seized (kg), 2022-2024\n"
    "Force        2022     2024\n"
    "Kent          412      530"
)
PERCENT_WORDS = (
    "Offence        2023     2024     Percent change\n"
    "Murder           12       15       25.0\n"
    "Robbery         410      377       -8.0"
)
POINTS_COLUMN = (
    "Force       2023     2024     Percentage points\nKent        61.2     63.0      1.8"
)
PLAIN_TITLE = (
    "Table 2. Offences by region, 2024\n"
    "Region      2023     2024\n"
    "North      1,204    1,150\n"
    "South        877      903"
)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (RATE_TABLE, "355", dict(value=355, unit="per 100,000 residents", kind="rate")),
        (RATE_TABLE, "672", dict(value=672, unit="per 100,000 residents", kind="rate")),
        (RATE_TABLE, "46", dict(unit="per 100,000 residents", kind="rate", change=None)),
        (RATE_TABLE, "1.1%", dict(value=1.1, unit="percent", change="increase")),
        (RATE_TABLE, "0.9", dict(value=0.9, unit="percent", kind="percent", change="increase")),
        (RATE_TABLE, "-2.1%", dict(value=2.1, unit="percent", change="decrease")),
        (MONEY_TABLE, "412.5", dict(value=412_500_000, unit="MYR", kind="money")),
        (MONEY_TABLE, "104", dict(value=104_000_000, unit="MYR", kind="money")),
        (WEIGHT_FIGURE, "530", dict(value=530, unit="kilogram", kind="weight")),
        (PERCENT_WORDS, "25.0", dict(value=25, unit="percent", change="increase")),
        (PERCENT_WORDS, "-8.0", dict(value=8, unit="percent", change="decrease")),
        (PERCENT_WORDS, "377", dict(value=377, unit=None, kind="count")),
        (POINTS_COLUMN, "1.8", dict(value=1.8, unit=None)),
        (PLAIN_TITLE, "1,204", dict(value=1204, unit=None, kind="count")),
        (PLAIN_TITLE, "903", dict(value=903, unit=None, kind="count")),
    ],
)
def test_table_title_unit(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(text), mention, expected)


def test_table_title_states_no_claim() -> None:
    claims = extract(RATE_TABLE)
    assert all(c.sentence != RATE_TABLE.splitlines()[0] for c in claims)


# -- 6. headline, byline and dateline lines without blank lines between them ---------------------
KARACHI = (
    "Karachi loses over 14,000 phones to street criminals in seven months\n"
    "Our Correspondent\n"
    "KARACHI: Street criminals snatched more than 14,200 mobile phones in the city during the "
    "first seven months of the year, according to police data."
)
FELIXSTOWE = (
    "Police seize 40 kg of heroin at Felixstowe port\n"
    "Staff Reporter\n"
    "IPSWICH: Border Force officers found 38 kg of heroin hidden in a shipment of tiles, the "
    "Home Office said on Monday."
)
DATED = (
    "Gang of 6 jailed after 3-year fraud spree\n"
    "By Press Association\n"
    "Published 12 March 2025\n"
    "Six fraudsters who stole £2.3 million from pensioners were jailed on Friday."
)


@pytest.mark.parametrize(
    ("text", "mention", "sentence", "expected"),
    [
        (KARACHI, "14,000", KARACHI.splitlines()[0], dict(attribution=None, change=None)),
        (KARACHI, "14,200", KARACHI.splitlines()[2], dict(attribution="police")),
        (FELIXSTOWE, "40 kg", FELIXSTOWE.splitlines()[0], dict(attribution=None)),
        (FELIXSTOWE, "38 kg", FELIXSTOWE.splitlines()[2], dict(attribution="the Home Office")),
        (DATED, "6", DATED.splitlines()[0], dict(value=6)),
        (DATED, "£2.3 million", DATED.splitlines()[3], dict(value=2_300_000, unit="GBP")),
    ],
)
def test_heading_over_byline_ends_its_sentence(
    text: str, mention: str, sentence: str, expected: dict[str, Any]
) -> None:
    assert_claim(extract(text), mention, {**expected, "sentence": sentence})


WRAPPED = [
    (
        "wrapped-at-number",
        "Police arrested 14\npeople in a series of raids across the city on Tuesday, officers "
        "said.",
    ),
    (
        "wrapped-short-middle-lowercase-next",
        "The court heard that Smith, 34, had stolen 12 cars\nFrom driveways\nin Leeds and "
        "Bradford over six months.",
    ),
    (
        "wrapped-short-middle-preposition",
        "Officers said 14 people were held\nIn Leeds\nAnd Bradford, police made 9 more arrests "
        "on Sunday after the raids ended late.",
    ),
    (
        "wrapped-even-lines",
        "Detectives in the city said they had arrested 14 people\nin raids on Tuesday and "
        "seized 3 kg of heroin from a flat\nin the north of the city, police said.",
    ),
]


@pytest.mark.parametrize("text", table_params(WRAPPED, 2))
def test_wrapped_prose_stays_one_sentence(text: str) -> None:
    claims = extract(text)
    assert claims
    assert {c.sentence for c in claims} == {text}
