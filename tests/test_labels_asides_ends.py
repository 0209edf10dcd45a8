"""Figures read through what stands beside them: a sentence that ends in a scale suffix
('... at $4.1m. Phishing ...'), an amount set off by ', at' after a ranked noun and the places
'followed by X with N', an age in brackets or in a 'Youngest inmate:' label, a label's bracketed
aside, an age set off after a plural noun or defining 'those aged', a bare end point of 'from 40
officers to 65' or of 'a 22% increase from 5,524', a percentage 'above its capacity', a rate
base closed by a dash, and numbers that state nothing: a phone number opening with a trunk zero,
a lettered section in a list, a participle that only says who obtained the data. Every text is
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_with_text, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a sentence ending in a scale suffix and its dot ends there
    ("suffix-dot-ends-sentence", "Fraud caused the biggest losses, at $4.1m. Phishing was the "
     "most common scam.", "$4.1m", dict(subject="losses")),
    ("suffix-dot-next-sentence", "Fraud caused the biggest losses, at $4.1m. Phishing was the "
     "most common scam, with 2,310 reports.", "2,310", dict(subject="reports")),
    # ', at N' after a ranked noun sizes that noun
    ("at-after-superlative-object", "Burglary accounted for the highest number of claims, at "
     "4,210.", "4,210", dict(subject="claims")),
    ("at-after-second-highest", "Gauteng had the second-highest number of murders, at 2,113.",
     "2,113", dict(subject="murders")),
    # near miss: a change noun is the subject's own change
    ("at-after-change-noun", "Burglary recorded the sharpest fall, at 14%.", "14%",
     dict(subject="Burglary", change="decrease")),
    # an age in brackets after a person word or a full name (Irish and British style)
    ("bracketed-person-word", "Woman (34) jailed for three years over heroin haul", "34",
     dict(kind="age", unit="year", subject="Woman")),
    ("bracketed-accented-name", "Seán Kelly (41), of Main Street, Tralee, was fined €500.",
     "41", dict(kind="age", subject="Seán Kelly")),
    # near misses: a count in brackets after a category stays a count
    ("bracketed-category-count", "Burglaries (41) and thefts (1,020) both fell.", "41",
     dict(kind="count", subject="Burglaries")),
    # a label's bracketed aside scopes it and is left out of the subject
    ("label-aside", "Reoffending rate (within two years of release): 31.2%", "31.2%",
     dict(subject="Reoffending rate")),
    ("label-acronym-aside", "Average daily population (ADP): 1,146", "1,146",
     dict(subject="Average daily population")),
    # an age label: youngest/oldest, median age
    ("youngest-label", "Youngest offender: 14; oldest offender: 88", "14",
     dict(kind="age", unit="year", subject="Youngest offender")),
    ("oldest-label", "Youngest offender: 14; oldest offender: 88", "88",
     dict(kind="age", subject="oldest offender")),
    ("median-age-label", "Median age of victims: 34", "34", dict(kind="age", unit="year")),
    # near miss: a breakdown by age counts, and no age is over 120
    ("by-age-label", "Cases by age: 412", "412", dict(kind="count")),
    # an age set off by commas after a plural noun phrase describes it
    ("set-off-aged-conjoined", "Police arrested 1,612 scammers and money mules, aged 16 to 78, "
     "during the period.", "16 to 78", dict(kind="age", subject="scammers and money mules")),
    ("set-off-aged-pair", "Officers detained the men, aged 19 and 23, on Friday.", "19",
     dict(kind="age", subject="men")),
    # a bare end point counts what its start point counts
    ("start-point-noun", "The task force has grown from 40 officers to 65 since 2023.", "65",
     dict(subject="officers")),
    ("start-point-range", "The unit grew from 40 officers to between 65 and 70.", "65 and 70",
     dict(subject="officers", value_high=70)),
    # near miss: no counted start point leaves the clause's subject
    ("start-point-bare", "Thefts rose from 1,204 to 1,500.", "1,500", dict(subject="Thefts")),
    # a rate base closed by a spaced dash
    ("per-base-before-dash", "Young people were victimised at a rate of 1,412 per 100,000 – "
     "about twice the adult rate.", "1,412 per 100,000",
     dict(kind="rate", unit="per 100,000")),
    # who obtained the data is no source of it
    ("obtained-data", "Data obtained by the Echo under freedom of information laws shows that "
     "1,204 bikes were stolen.", "1,204", dict(attribution=None, subject="bikes")),
    ("released-data", "Data released by the Home Office shows 1,204 bikes were stolen.",
     "1,204", dict(attribution="the Home Office")),
    # a superlative ranks the noun and is no part of it
    ("ranked-noun-without-superlative", "Chile had the highest rate, at 9.1 per 100,000 people, "
     "followed by Peru with 7.4 and Bolivia with 6.2.", "9.1 per 100,000 people",
     dict(subject="rate")),
    # a ranking's next places 'with' a bare figure share the measure
    ("followed-with-rate", "Chile had the highest rate, at 9.1 per 100,000 people, followed by "
     "Peru with 7.4 and Bolivia with 6.2.", "7.4", dict(unit="per 100,000 people", kind="rate")),
    ("and-with-rate", "Chile had the highest rate, at 9.1 per 100,000 people, followed by Peru "
     "with 7.4 and Bolivia with 6.2.", "6.2", dict(unit="per 100,000 people", kind="rate")),
    # near miss: a figure with its own noun keeps it
    ("followed-with-own-noun", "Kano recorded losses of $4.1m, followed by Lagos with 300 "
     "cases.", "300", dict(unit=None, subject="cases")),
    # 'top' bounds an amount after an adverb too
    ("still-top", "Insurers say losses still top $1 billion.", "$1 billion",
     dict(qualifier="more than")),
    ("tops-lists", "The gang still tops 10 lists.", "10", dict(qualifier=None)),
    # a percentage set against a level is a difference from it
    ("percent-above-level", "The jail houses 684 inmates, about 12% above its rated capacity.",
     "12%", dict(change="increase")),
    ("percent-below-level", "Burglaries were 9% below the five-year average.", "9%",
     dict(change="decrease")),
    ("discount-below", "Gold was sold at a discount of 30 per cent below the market price.",
     "30 per cent", dict(change=None)),
    ("above-bound", "Inflation stayed above 12% this year.", "12%",
     dict(change=None, qualifier="more than")),
    # the start point of an apposed change counts the figure's noun
    ("change-from-start-point", "Police arrested 6,740 people, a 22% increase from 5,524 in "
     "the same period last year.", "5,524", dict(subject="people")),
    # a fronted group, and a verb the tagger read as a noun after the count
    ("fronted-group-misread-verb", "Of those arrested, 17 face felony trafficking charges.",
     "17", dict(subject="those arrested")),
    ("fronted-group-collective", "Of those arrested, 20 staff were released.", "20",
     dict(subject="staff")),
    # a quoted drug name and a count inside a share's whole
    ("quoted-of-object", 'Agents seized six kilograms of "shabu" worth P40.8 million.',
     "six kilograms", dict(subject="shabu")),
    ("share-of-counted-whole", "Scanners checked fewer than 2% of the roughly 15 million "
     "containers that pass through the port each year.", "2%", dict(subject="containers")),
    # a relative clause cut from its adjunct is no part of the name; with an object it is
    ("clause-without-object", "Officers checked 15 million containers that pass through the "
     "port.", "15 million", dict(subject="containers")),
    ("clause-with-object", "An estimated 1,200 people who use drugs died.", "1,200",
     dict(subject="people who use drugs")),
    # an age that defines a group pronoun belongs to the group
    ("group-defined-by-age", "Victims in their 60s accounted for 38% of the total, while those "
     "aged 20 to 29 made up 27 percent.", "27 percent", dict(subject="those aged 20 to 29")),
    ("age-of-group", "Victims in their 60s accounted for 38% of the total, while those aged 20 "
     "to 29 made up 27 percent.", "20 to 29", dict(kind="age", subject="those")),
    # any qualifier of the lexicon may stand before an apposed figure, not a listed few
    ("apposed-share-any-qualifier", "Officers seized 310 guns, or well over half.", "half",
     dict(subject="guns", qualifier="more than")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_suffix_dot_closes_the_sentence() -> None:
    document = "Fraud caused the biggest losses, at $4.1m. Phishing was the most common scam."
    claim = claim_with_text(extract(document), "$4.1m")
    assert claim.sentence == "Fraud caused the biggest losses, at $4.1m."


NOT_CLAIMS = [
    ("trunk-zero-phone", "For media enquiries: 04 931 4600", "04 931 4600"),
    ("trunk-zero-phone-uk", "Anyone with information should call 020 7946 0958.",
     "020 7946 0958"),
    ("lettered-section-list", "He was charged under Sections 381-A and 411 of the penal code.",
     "411"),
    ("lettered-first-item", "Sections 12-B, 14 and 19 of the act apply.", "19"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_space_grouped_count_is_still_a_count() -> None:
    """A count grouped by spaces never starts with a zero; '12 345 offences' stays a count."""
    claim = claim_with_text(extract("Police recorded 12 345 offences."), "12 345")
    assert claim.value == 12345
