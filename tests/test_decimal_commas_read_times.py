"""Decimal commas before a scale word ("US$1,2 million", "R3,8bn"), read-time and comment-counter
page furniture ("Listen to this article 4 min", "02:10 pm  - 0 -"), and ages stated by a
comparison on a group of people ("70% of the victims are above 60 years"). Each mechanism has
near misses that must keep their old reading. Every sentence is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, describe, table_params, texts_over

AGE = dict(kind="age", unit="year")
DURATION = dict(kind="duration", unit="year")

# (id, sentence, claim text, expected fields)
DECIMAL_COMMAS: list[tuple[Any, ...]] = [
    (
        "us-dollar-million",
        "Detectives said the syndicate moved US$1,2 million through mobile wallets.",
        "US$1,2 million",
        dict(value=1_200_000, unit="USD", kind="money"),
    ),
    (
        "zig-billion",
        "The Reserve Bank said counterfeit notes worth ZiG4,5 billion were in circulation.",
        "ZiG4,5 billion",
        dict(value=4_500_000_000, unit="ZWG", kind="money"),
    ),
    (
        "rand-bn-glued",
        "SARS investigators traced R3,8bn in fraudulent VAT refunds to the network.",
        "R3,8bn",
        dict(value=3_800_000_000, unit="ZAR", kind="money"),
    ),
    (
        "euro-two-decimals",
        "Prosecutors in Lisbon allege the ring stole €2,75 million from pensioners.",
        "€2,75 million",
        dict(value=2_750_000, unit="EUR", kind="money"),
    ),
    (
        "people-million",
        "About 1,5 million people were affected by the data breach, the regulator said.",
        "1,5 million",
        dict(value=1_500_000, unit=None, kind="count", qualifier="about"),
    ),
    (
        "pound-m-glued",
        "The council lost £1,5m to invoice fraud last year.",
        "£1,5m",
        dict(value=1_500_000, unit="GBP", kind="money"),
    ),
    (
        "rand-spaced-mn",
        "Turnover of R12,6 mn was never declared, the court heard.",
        "R12,6 mn",
        dict(value=12_600_000, unit="ZAR", kind="money"),
    ),
    (
        "thousand-word",
        "Some 2,5 thousand officers were deployed for the operation.",
        "2,5 thousand",
        dict(value=2_500),
    ),
    (
        "range-shared-scale",
        "Damage to the warehouse is estimated at 2,5 to 3,1 million euros.",
        "2,5 to 3,1 million euros",
        dict(value=2_500_000, value_high=3_100_000, unit="EUR"),
    ),
    # near misses: a thousands comma, or no scale word after the comma
    (
        "three-digit-group-kept",
        "The fund held 1,200 million shares before the seizure.",
        "1,200 million",
        dict(value=1_200_000_000),
    ),
    (
        "thousands-grouping-kept",
        "The hotline logged 1,234,567 calls over the decade.",
        "1,234,567",
        dict(value=1_234_567),
    ),
    (
        "grouped-with-scale-kept",
        "Assets worth 12,500 million rupees were attached by the agency.",
        "12,500 million rupees",
        dict(value=12_500_000_000, unit="INR"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(DECIMAL_COMMAS, 4))
def test_decimal_comma_before_scale(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("Counting down 3,2,1 the officers entered.", ["3", "2", "1"], id="countdown"),
        pytest.param("Between 1,2 and 3 suspects fled.", ["1", "2", "3"], id="list-no-scale"),
        pytest.param(
            "Officers counted 3,2,1 million rounds.", ["3", "2", "1 million"], id="list-then-scale"
        ),
    ],
)
def test_comma_lists_unchanged(sentence: str, texts: list[str]) -> None:
    claims = extract(sentence)
    assert [c.text for c in claims] == texts, describe(claims)


def test_page_numbers_unchanged() -> None:
    sentence = "See pages 1,2 of the charge sheet."
    assert texts_over(extract(sentence), sentence, "1,2") == []


# -- read times and comment counters ---------------------------------------------------------
FURNITURE = [
    pytest.param("Listen to this article 4 min", "4 min", id="listen-to-article"),
    pytest.param("Reading time 3 min.", "3 min", id="reading-time"),
    pytest.param("5 min read", "5 min", id="min-read"),
    pytest.param("Listen · 6 min", "6 min", id="listen-dot"),
    pytest.param("Estimated reading time: 7 minutes", "7 minutes", id="estimated-colon"),
    pytest.param("By Crime Desk | Read time: 2 min", "2 min", id="after-separator"),
    pytest.param("Listening time 5 minutes", "5 minutes", id="listening-time"),
    pytest.param("8 min listen", "8 min", id="min-listen"),
    pytest.param("27 November 2026  02:10 pm  - 0 -", "0", id="dateline-counter-zero"),
    pytest.param("By Staff Reporter | 12 Mar 2026 - 4 -", "4", id="dateline-counter"),
    pytest.param("Published 14:35 – 17 –", "17", id="time-en-dashes"),
    pytest.param("By Jane Roe | 4 mins to read", "4 mins", id="mins-to-read"),
    # a line linking to another story: its figures are that story's
    pytest.param("Read more: Police arrest 12 in raid", "12", id="read-more"),
    pytest.param("READ MORE | Fraud losses top $3m in 2025", "$3m", id="read-more-pipe"),
    pytest.param("Related: 40 held in drugs swoop", "40", id="related"),
    pytest.param("Also read - 5 things to know about fraud", "5", id="also-read"),
    # galleries, serials and school years name things
    pytest.param("Image 2 of 8", "8", id="image-of-total"),
    pytest.param("Photo 3 of 12: Officers at the scene", "3", id="photo-number"),
    pytest.param("ISSN 1234-5678", "1234", id="issn"),
    pytest.param("Year 9 pupils were questioned.", "9", id="school-year"),
    # addresses and catalogue numbers in a page's footer
    pytest.param("See https://doi.org/10.52922/sb78901 for the report.", "10.52922", id="doi-url"),
    pytest.param("ISBN 978 1 76087 512 4 (Online)", "76087", id="isbn-spaced"),
    pytest.param("Washington, DC 20002-8002 | (202) 502-4500", "8002", id="zip-plus-four"),
    pytest.param("Eurojust, Johan de Wittlaan 9, 2517 JR The Hague", "2517", id="dutch-postcode"),
    pytest.param("Eurojust, Johan de Wittlaan 9, 2517 JR The Hague", "9", id="house-number-after"),
    pytest.param("One Columbus Circle, N.E., Suite 2-500", "One", id="number-word-street"),
]


@pytest.mark.parametrize(("line", "span"), FURNITURE)
def test_page_furniture_is_no_claim(line: str, span: str) -> None:
    assert texts_over(extract(line), line, span) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police said 40 people were held.\nRead more: 12 arrested in second raid\n"
         "Officers seized 3kg of heroin.", ["40", "3kg"]),
        ("Readers sent more than 40 letters.", ["40"]),
        ("Related cases rose 12%.", ["12%"]),
        ("Photos show 12 officers at the scene.", ["12"]),
        ("The report (www.police.uk/stats) shows 40 cases.", ["40"]),
        ("Police seized 2517 JR tablets.", ["2517"]),
        ("In 2025, 4000 US Marines were sent.", ["4000"]),
        ("He lives at Bahnhofstrasse 12 in Zurich and owes 40,000 francs.", ["40,000 francs"]),
        ("It took officers 10 minutes to read the warrant.", ["10 minutes"]),
    ],
)  # fmt: skip
def test_link_lines_end_at_the_line(text: str, kept: list[str]) -> None:
    assert [c.text for c in extract(text)] == kept


def test_read_time_line_before_story() -> None:
    text = "Listen to this article 4 min\n\nPolice arrested 12 suspects in a dawn raid on Monday."
    claims = extract(text)
    assert [c.text for c in claims] == ["12"], describe(claims)
    assert_claim(claims, "12", dict(value=12, subject="suspects"))


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        pytest.param("The raid lasted 4 min", "4 min", dict(value=4), id="raid-lasted"),
        pytest.param(
            "Police said response times fell to 7 minutes.",
            "7 minutes",
            dict(value=7, subject="response times"),
            id="response-times",
        ),
        pytest.param(
            "Officers released a 3-minute video of the arrest.",
            "3-minute",
            dict(value=3),
            id="three-minute-video",
        ),
        pytest.param(
            "The suspect was told to listen 4 min before answering.",
            "4 min",
            dict(value=4),
            id="listen-verb-in-prose",
        ),
        pytest.param(
            "Witnesses said the average reading time of the note was 3 minutes.",
            "3 minutes",
            dict(value=3),
            id="reading-time-in-prose",
        ),
    ],
)
def test_real_durations_stay(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, dict(expected, kind="duration", unit="minute"))


def test_dashed_number_without_dateline_stays() -> None:
    sentence = "Police said the tally of stolen vehicles stood at - 3 -"
    assert texts_over(extract(sentence), sentence, "3") == ["3"]


# -- ages by comparison on people ------------------------------------------------------------
AGES: list[tuple[Any, ...]] = [
    (
        "share-of-victims-above",
        "Nearly 70% of the victims are above 60 years.",
        "60 years",
        dict(AGE, value=60, qualifier="more than", subject="victims"),
    ),
    (
        "most-suspects-below",
        "Police said most of the suspects are below 30 years.",
        "30 years",
        dict(AGE, value=30, qualifier="less than"),
    ),
    (
        "offenders-older-than",
        "All of the offenders were older than 40 years, the report found.",
        "40 years",
        dict(AGE, value=40, qualifier="more than"),
    ),
    (
        "drivers-younger-than",
        "The drivers involved were younger than 21 years.",
        "21 years",
        dict(AGE, value=21, qualifier="less than", subject="drivers"),
    ),
    (
        "of-those-arrested",
        "Of those arrested, most were over 50 years.",
        "50 years",
        dict(AGE, value=50, qualifier="more than"),
    ),
    (
        "half-of-women",
        "Nearly half of the women attacked are above 60 years.",
        "60 years",
        dict(AGE, value=60),
    ),
    (
        "bare-number-already",
        "Those arrested were under 25.",
        "25",
        dict(AGE, value=25, qualifier="less than"),
    ),
    (
        "aged-under-already",
        "The victims were aged under 18.",
        "18",
        dict(AGE, value=18, qualifier="less than"),
    ),
    # near misses: the years measure something else
    (
        "sentences-over",
        "Their sentences were over 10 years.",
        "10 years",
        dict(DURATION, qualifier="more than"),
    ),
    (
        "terms-for-people",
        "Jail terms for the men were over 10 years.",
        "10 years",
        dict(DURATION),
    ),
    (
        "terms-of-people",
        "Sentences of the offenders were over 12 years.",
        "12 years",
        dict(DURATION),
    ),
    (
        "possessive-head",
        "The inmates' terms were over 10 years.",
        "10 years",
        dict(DURATION),
    ),
    (
        "jailed-for-over",
        "The men were jailed for over 10 years.",
        "10 years",
        dict(DURATION),
    ),
    (
        "clause-goes-on",
        "The victims were over 10 years in captivity.",
        "10 years",
        dict(DURATION),
    ),
    (
        "losses-money",
        "Losses were above $5m.",
        "$5m",
        dict(kind="money", unit="USD"),
    ),
    (
        "speeds-rate",
        "Speeds were over 60 km/h.",
        "60 km/h",
        dict(kind="rate"),
    ),
    (
        "cases-count",
        "Cases were above 400.",
        "400",
        dict(kind="count", unit=None),
    ),
    (
        "prices-money",
        "Prices were under 30 dollars.",
        "30 dollars",
        dict(kind="money", unit="USD"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(AGES, 4))
def test_age_by_comparison(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)
