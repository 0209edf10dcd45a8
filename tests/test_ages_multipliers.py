"""Ages in a list of suspects ('his partner, 36;'), 'as young as 12', multipliers ('four times
the average': kind "other", unit null, the number alone as text) and rates set by a
'daily/weekly average'. Each mechanism has near misses that must keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, case, describe, table_params

AGE = dict(kind="age", unit="year")
COUNT = dict(kind="count", unit=None)
MULTIPLE = dict(kind="other", unit=None)

# (id, sentence, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # 1. ages after a person in a semicolon list
    (
        "list-quoted-alias",
        "Detectives named the pair as alias 'Bunso,' 41; his live-in partner, 36; and a "
        "19-year-old lookout.",
        "41",
        AGE,
    ),
    (
        "list-partner",
        "Detectives named the pair as alias 'Bunso,' 41; his live-in partner, 36; and a "
        "19-year-old lookout.",
        "36",
        dict(AGE, subject="live-in partner"),
    ),
    (
        "list-name-semicolon",
        "Those charged are Karen Mbeki, 29; her brother, 33; and a neighbour, 51.",
        "29",
        dict(AGE, value=29, subject="Karen Mbeki"),
    ),
    (
        "list-noun-semicolon",
        "Those charged are Karen Mbeki, 29; her brother, 33; and a neighbour, 51.",
        "33",
        dict(AGE, subject="brother"),
    ),
    (
        "list-noun-full-stop",
        "Those charged are Karen Mbeki, 29; her brother, 33; and a neighbour, 51.",
        "51",
        AGE,
    ),
    (
        "quoted-nickname-comma-outside",
        'The gang leader, known as "Pitbull", 38, was arrested in a dawn raid.',
        "38",
        AGE,
    ),
    (
        "appositive-commas-kept",
        "The driver, 47, was taken to hospital with minor injuries.",
        "47",
        dict(AGE, subject="driver"),
    ),
    ("no-person-semicolon", "Officers seized 41; a further 36 were handed in.", "41", COUNT),
    ("no-person-second", "Officers seized 41; a further 36 were handed in.", "36", COUNT),
    (
        "plain-noun-semicolon",
        "The unit made arrests in 12 districts, 36; the rest were cautions.",
        "36",
        COUNT,
    ),
    (
        "thing-noun-full-stop",
        "Officers recovered one stolen vehicle and several phones, 14.",
        "14",
        COUNT,
    ),
    # 2. "as young as N", "as old as N"
    (
        "as-young-as",
        "The operation freed 274 trafficking victims, including 61 minors, some as young as 12.",
        "12",
        AGE,
    ),
    (
        "as-old-as",
        "Fraudsters targeted pensioners as old as 90, the bank said.",
        "90",
        AGE,
    ),
    (
        "as-young-as-subject-before",
        "Riders as young as 14 were stopped on the ring road.",
        "14",
        AGE,
    ),
    (
        "as-young-as-count-kept",
        "The operation freed 274 trafficking victims, including 61 minors, some as young as 12.",
        "61",
        dict(COUNT, subject="minors"),
    ),
    ("as-many-as", "As many as 12 officers were injured in the disorder.", "12", COUNT),
    (
        "as-high-as",
        "Clearance rates were as high as 12% in some precincts.",
        "12%",
        dict(kind="percent", unit="percent"),
    ),
    # 3. multipliers: "N times" before a comparison
    (
        "times-the-average",
        "The city's homicide rate is more than four times the global average.",
        "four",
        dict(MULTIPLE, value=4, qualifier="more than"),
    ),
    (
        "times-higher",
        "Vehicle thefts were three times higher than in 2019, the report found.",
        "three",
        dict(MULTIPLE, value=3),
    ),
    (
        "times-as-likely",
        "Young men were 2.6 times as likely to be stopped and searched.",
        "2.6",
        dict(MULTIPLE, value=2.6),
    ),
    (
        "times-more",
        "The force logged 300 frauds, ten times more than the previous year.",
        "ten",
        dict(MULTIPLE, value=10),
    ),
    (
        "times-that-of",
        "Cocaine seizures at the port reached five times that of 2020.",
        "five",
        dict(MULTIPLE, value=5),
    ),
    (
        "times-range",
        "Car crime in the district ran at three to four times the national rate.",
        "three to four",
        dict(MULTIPLE, value=3, value_high=4),
    ),
    (
        "grew-times-over",
        "Online fraud reports grew 2.5 times over the decade.",
        "2.5",
        dict(MULTIPLE, value=2.5),
    ),
    (
        "fold-same-unit",
        "Ransom demands rose threefold last year.",
        "threefold",
        dict(kind="other", unit="times", value=3),
    ),
    (
        "twice-the-limit",
        "Her breath test showed nearly twice the legal limit.",
        "twice",
        dict(MULTIPLE, value=2, qualifier="nearly"),
    ),
    (
        "more-than-twice-the-rate",
        "The county's murder rate is more than twice the national rate.",
        "twice",
        dict(MULTIPLE, value=2, qualifier="more than"),
    ),
    ("thrice-its", "Seizures reached thrice their 2023 level.", "thrice", dict(MULTIPLE, value=3)),
    (
        "double-the-rate",
        "Regional areas recorded 612 assaults per 100,000 people, almost double the city rate.",
        "double",
        dict(MULTIPLE, value=2, qualifier="nearly"),
    ),
    (
        "triple-the-total",
        "Officers have seized 210 kilograms this year, nearly triple the total for 2025.",
        "triple",
        dict(MULTIPLE, value=3, qualifier="nearly"),
    ),
    (
        "quadruple-its",
        "Fraud losses hit quadruple their 2019 level.",
        "quadruple",
        dict(MULTIPLE, value=4),
    ),
    (
        "times-a-year-rate",
        "Inspectors visit licensed premises three times a year.",
        "three",
        dict(kind="rate", unit="per year"),
    ),
    ("jailed-times-count", "He has been jailed three times for burglary.", "three", COUNT),
    ("stabbed-times-in", "The victim was stabbed four times in the back.", "four", COUNT),
    (
        "times-the-following-week",
        "She was arrested twice in May and three times the following week.",
        "three",
        COUNT,
    ),
    (
        "jailed-times-over",
        "He was convicted five times over the past decade.",
        "five",
        COUNT,
    ),
    # 4. daily/weekly averages give the rate's period
    (
        "daily-average-fell-to",
        "The daily average fell to 63.7 killings, from 83.4 a year earlier.",
        "63.7",
        dict(kind="rate", unit="per day", value=63.7),
    ),
    (
        "daily-average-previous",
        "The daily average fell to 63.7 killings, from 83.4 a year earlier.",
        "83.4",
        dict(kind="rate", unit="per day"),
    ),
    (
        "daily-average-no-noun",
        "The daily average fell to 58.2, from 71.9 a year earlier.",
        "71.9",
        dict(kind="rate", unit="per day"),
    ),
    (
        "weekly-average-of",
        "Police logged a weekly average of 120 burglaries across the borough.",
        "120",
        dict(kind="rate", unit="per week", subject="burglaries"),
    ),
    (
        "monthly-average-stood-at",
        "The monthly average stood at roughly 45 carjackings, officials said.",
        "45",
        dict(kind="rate", unit="per month", qualifier="about"),
    ),
    (
        "annual-average-was",
        "The annual average was about 1,200 burglaries.",
        "1,200",
        dict(kind="rate", unit="per year", value=1200),
    ),
    (
        "average-a-day-kept",
        "Gangs killed an average of 72 people a day during the unrest.",
        "72",
        dict(kind="rate", unit="per day", subject="people"),
    ),
    (
        "daily-average-year-between",
        "The daily average in 2023 was 64, the ministry said.",
        "64",
        COUNT,
    ),
    (
        "average-not-periodic",
        "The average fell to 63 killings in the province.",
        "63",
        COUNT,
    ),
    (
        "daily-word-elsewhere",
        "Daily patrols made 40 arrests, against an average of 35.",
        "40",
        COUNT,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("table-cell", "See Table 2, 36; and Annex B for the breakdown.", numbers=[]),
        case(
            "quoted-operation-name",
            "Operation 'Nightjar', 23, was launched in May.",
            numbers=["23"],
        ),
        case("twice-unread", "Women were twice as likely to be victims.", numbers=[]),
        case("twice-occasions", "He had been jailed twice before.", numbers=[]),
        case("twice-a-week", "Patrols visit the estate twice a week.", numbers=[]),
        case("twice-following", "He offended twice the following year.", numbers=[]),
        case("double-verb", "The force plans to double the number of patrols.", numbers=[]),
        case("triple-verb-modal", "Seizures could triple the backlog at the lab.", numbers=[]),
        case("double-adjective", "The double murder shocked the town.", numbers=[]),
        case("doubled-verb", "Burglaries doubled the year before.", numbers=[]),
        case(
            "times-not-before-comparison",
            "Officers knocked three times before forcing the door.",
            numbers=["three"],
        ),
    ],
)
def test_no_new_claim(sentence: str, expected: dict[str, Any]) -> None:
    """No age, multiplier or rate read where the words do not say so."""
    claims = extract(sentence)
    bad = [c for c in claims if c.kind in ("age", "rate", "other")]
    assert bad == [], describe(claims)
    assert [c.text for c in claims if c.text in expected["numbers"]] == expected["numbers"]
