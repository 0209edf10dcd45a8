"""Figures read through the words around them: an organisation's abbreviated name that does not end
its sentence ('the Grocers Assn. says') and a dotted title that stays with its name, money lost
over a period (no change), a copyright line and a short line number listed with a phone number
(no claims), a loss written as a range of two priced ends, 'an hour and a half', a share after
'of which', the last of a list of ages and the youngest's age, a text 'according to' cites and
who published it, a possessive period, an offence named with 'of a' or 'to', a verb the parser
hung inside a noun, a duration stretched by 'the course of' (what lasted), a compared figure
after a speaker aside or 'a record', the object a verb of estimating values, 'more X and Y
than', the value of a named rate, a headline's 'hit record N', an amount before the noun it
prices, what 'cost' someone an amount, a short defining clause after a subject, every item of a
list an amount is the worth of, a time span after a count (no subject), the age of a share's
whole named after a speaker, and a share of respondents, who state nothing. Every text is
written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_with_text, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # an abbreviated word inside a name keeps the sentence whole
    ("assn-speaks", "The Oregon Grocers Assn. says members lose about $3 million a year to "
     "shoplifting.", "$3 million a year", dict(attribution="The Oregon Grocers Assn.",
                                                change=None)),
    ("dept-of", "The Dept. of Corrections said 412 inmates were released early.", "412",
     dict(attribution="The Dept. of Corrections", subject="inmates")),
    # a dotted title stays with the name it stands before
    ("dotted-title", "The haul was worth more than $2.6 million, Sgt. Nadia Reyes said.",
     "$2.6 million", dict(attribution="Sgt. Nadia Reyes")),
    ("dotted-titles-stacked", "Det. Supt. Owen Marsh said 14 people were arrested.", "14",
     dict(attribution="Det. Supt. Owen Marsh")),
    # money lost over a period is what is lost, not a fall; a share lost is a fall
    ("lost-per-year", "Retailers lose roughly $6 billion a year to organised theft.",
     "$6 billion a year", dict(change=None)),
    ("lost-share", "The company lost 5% of its value after the fraud charges.", "5%",
     dict(change="decrease")),
    # a loss written as two priced ends is a range
    ("loss-range", "A herder can lose Sh200,000 to Sh450,000 in a single raid, police in Kenya "
     "said.", "Sh200,000 to Sh450,000", dict(value=200000, value_high=450000, unit="KES")),
    # one unit and a half
    ("hour-and-a-half", "The standoff lasted an hour and a half, officers said.",
     "an hour and a half", dict(value=1.5, unit="hour", kind="duration")),
    ("year-and-a-half", "She was jailed for a year and a half for the thefts.",
     "a year and a half", dict(value=1.5, unit="year", kind="duration")),
    # a share of a whole named just before it
    ("of-which-quarter", "Losses reached $8.2 million, of which about a quarter related to "
     "romance scams.", "a quarter", dict(value=0.25, unit="fraction", qualifier="about")),
    ("of-whom-third", "Officers arrested 60 people, of whom a third held foreign passports.",
     "a third", dict(unit="fraction", subject="people")),
    # the last age of a list has the list's noun; the youngest's age is the youngest's
    ("aged-list-last", "Police said they had hired three teenagers aged 15 and 17 to sell the "
     "pills.", "17", dict(kind="age", subject="teenagers")),
    ("aged-youngest", "The victims included 11 children, the youngest aged five.", "five",
     dict(kind="age", subject="youngest")),
    # near miss: a range of ages is one claim with its noun
    ("aged-range", "The gang used girls aged 13 to 15 as couriers.", "13 to 15",
     dict(kind="age", subject="girls")),
    # who published what 'according to' cites states it; who arrested a man does not
    ("according-released-by", "Burglaries fell 9%, according to the white paper released by "
     "the Justice Ministry.", "9%", dict(attribution="the Justice Ministry")),
    ("according-arrested-by", "Burglaries fell 9%, according to a man arrested by police.",
     "9%", dict(attribution="a man")),
    # a possessive period says when, not what
    ("possessive-year", "Police said half of last year's burglaries went unsolved.", "half",
     dict(subject="burglaries")),
    ("possessive-owner", "The gang laundered half of its leader's profits.", "half",
     dict(subject="leader's profits")),
    # an offence named with 'of a' or 'to' keeps its object; a definite object is an adjunct
    ("of-a-offence", "Theft of a motor vehicle rose 11% in the year to June.", "11%",
     dict(subject="Theft of a motor vehicle")),
    ("of-the-adjunct", "Sales of the drug rose 11% in the year to June.", "11%",
     dict(subject="Sales")),
    ("to-generic", "Damage to property rose 12% last year.", "12%",
     dict(subject="Damage to property")),
    ("to-definite", "Calls to the hotline rose 12% last year.", "12%", dict(subject="Calls")),
    # a verb the parser hung inside the noun after it: the name before 'data' states it
    ("data-show-inside-noun", "Statewide, FBI data show carjacking cases rose 9 per cent to "
     "1,120.", "1,120", dict(subject="carjacking cases", attribution="FBI")),
    ("data-show-acronym-subject", "Nationally, NCRB data show cyberstalking cases rose 12.5 per "
     "cent to 1,893 in 2022.", "12.5 per cent",
     dict(subject="cyberstalking cases", attribution="NCRB", change="increase")),
    # near miss: a noun 'show' after another noun is a noun
    ("show-noun", "The TV show host said 12 people were hurt.", "12", dict(subject="people")),
    # a duration stretched by 'the course of' describes nothing named
    ("course-of", "The inquiry ran over the course of three years.", "three years",
     dict(subject="inquiry")),
    ("period-of", "The scheme ran over a period of 18 months.", "18 months",
     dict(subject="scheme")),
    # a compared figure after a speaker aside, or after 'a record', shares the subject
    ("compared-after-aside", "Card fraud losses reached €4.1 million last year, the bank said, "
     "up from €3.2 million in 2023.", "€3.2 million", dict(subject="Card fraud losses")),
    ("compared-record", "Heroin seizures reached 12 tonnes in 2024, down from a record 15 "
     "tonnes the year before.", "15 tonnes", dict(subject="Heroin seizures")),
    # what a verb of estimating puts at an amount is its subject
    ("estimate-object-at", "In Perth, analysts estimate the cost to businesses at $12 "
     "million.", "$12 million", dict(subject="cost to businesses")),
    ("estimated-dropped", "The estimated total loss from fraud was $2.4 million.",
     "$2.4 million", dict(subject="total loss from fraud")),
    # 'N more X and Y than' is a difference
    ("more-listed-than", "There are 900 more officers and staff than in 2020.", "900",
     dict(change="increase", subject="officers and staff")),
    ("more-listed-no-than", "The force hired 40 more officers and 20 staff.", "40",
     dict(change=None)),
    # a bare value of a named rate is a rate, the second of a pair too
    ("rate-pair-first", "Kent and Essex recorded the highest rates, at 41.2 and 39.8 "
     "respectively.", "41.2", dict(kind="rate", subject="rates")),
    ("rate-pair-second", "Kent and Essex recorded the highest rates, at 41.2 and 39.8 "
     "respectively.", "39.8", dict(kind="rate", subject="rates")),
    ("rate-copula", "The clearance rate for burglary was 12.", "12", dict(kind="rate")),
    # near miss: places counted after a rate's verb stay a count
    ("rate-places", "Rates rose in nine districts and fell in six.", "six", dict(kind="count")),
    # a headline's 'hit record N' is a level of the subject
    ("hit-record-headline", "Card fraud losses hit record $41m in 2025", "$41m",
     dict(subject="Card fraud losses")),
    # 'amounted to about N': the parser hangs the amount on the qualifier
    ("amounted-to-about", "In Auckland, losses to scams amounted to about $12.5 million last "
     "year.", "$12.5 million", dict(subject="losses to scams", qualifier="about")),
    # an amount written before a noun prices it, however the amount's suffix was split
    ("amount-before-noun-headline", "Police hold 8 over HK$4.2bn money laundering ring",
     "HK$4.2bn", dict(subject="money laundering ring")),
    ("amount-before-noun-possessive", "She said her £900 laptop was taken from the car.",
     "£900", dict(subject="laptop")),
    # near miss: a time after the amount says when
    ("amount-before-time", "The scheme cost $2m last year.", "$2m", dict(subject="scheme")),
    # 'X cost Y $N' after a bullet or a reporting verb: X is what it is the cost of
    ("cost-after-bullet", "- Shoplifting cost retailers £1.9bn, up from £1.6bn, the survey "
     "found", "£1.9bn", dict(subject="Shoplifting")),
    ("cost-after-said", "The minister said land-related fraud cost farmers an estimated $48 "
     "million.", "$48 million", dict(subject="land-related fraud", qualifier="about")),
    # a short defining clause or participle after a subject belongs to it
    ("relative-defines", "The number of people who use heroin rose to 41,000 in 2024.",
     "41,000", dict(subject="people who use heroin")),
    ("participle-adverb", "Crimes committed from abroad fell by 3 per cent to 12,500.",
     "12,500", dict(subject="Crimes committed from abroad")),
    ("participle-indefinite", "Robberies involving a knife were down 8 per cent.",
     "8 per cent", dict(subject="Robberies involving a knife", change="decrease")),
    # near miss: a participle that says where stays out
    ("participle-where", "Heroin hidden in a truck was worth $2m.", "$2m",
     dict(subject="Heroin")),
    # a time span after a count says over how long it was counted, not what lasted
    ("span-after-count", "Lagos loses over 9,000 phones to street robbers in five months",
     "five months", dict(subject=None)),
    ("span-after-times", "The owner said her shop had been burgled four times in eight months.",
     "eight months", dict(subject=None)),
    # near miss: how long an act took, with no count before it
    ("span-act-took", "Most calls were answered in 15 minutes.", "15 minutes",
     dict(subject="calls")),
    # people said to be over or under an age: the share's whole after a speaker
    ("share-whole-age", "The inspector said nearly a third of those questioned were under 25.",
     "25", dict(kind="age", subject="those questioned")),
    ("householders-age", "A quarter of the householders targeted were over 75.", "75",
     dict(kind="age")),
    # near miss: a share of things is no age
    ("share-things-count", "The inspector said nearly a third of the fines were under 25.", "25",
     dict(kind="count")),
    # every item of a list an amount is the worth of
    ("worth-of-listed", "Officers seized an estimated $1.4 million worth of drugs and cash "
     "following a raid.", "$1.4 million", dict(subject="drugs and cash")),
    ("listed-worth", "Burglars took laptops, phones and jewellery worth about $21,000 from the "
     "house.", "$21,000", dict(subject="laptops, phones and jewellery")),
    # near miss: an item with its own figure is not listed
    ("worth-of-own-figure", "Police seized $5m worth of heroin and 3kg of cocaine.", "$5m",
     dict(subject="heroin")),
    # why people were arrested is no part of who they are; a kind of call is
    ("people-for-reason", "Gardai arrest 205 motorists for drink and drug driving over Easter "
     "weekend", "205", dict(subject="motorists")),
    ("calls-for-service", "Officers answered 18,400 calls for service in March.", "18,400",
     dict(subject="calls for service")),
    # a share of respondents is a finding, no source; a counted group may speak
    ("share-says", "31 per cent of respondents said they had been victims, up 2 percentage "
     "points.", "2 percentage points", dict(attribution=None, change="increase")),
    ("group-speaks", "Two of the victims told police 40 phones were stolen.", "40",
     dict(attribution="Two of the victims")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_abbreviated_name_keeps_the_sentence() -> None:
    document = "The Oregon Grocers Assn. says members lose about $3 million a year to shoplifting."
    claim = claim_with_text(extract(document), "$3 million a year")
    assert claim.sentence == document


def test_capital_after_abbreviation_still_ends_a_sentence() -> None:
    document = "He worked for the Assn. Police said 12 people were hurt."
    claim = claim_with_text(extract(document), "12")
    assert claim.sentence == "Police said 12 people were hurt."


def test_a_year_alone_is_no_claim() -> None:
    assert extract("She was jailed for a year.") == []


NOT_CLAIMS = [
    ("copyright-line", "Police said 40 people were held.\n\n© Radio Nord 7 - 2025", "7 - 2025"),
    ("copyright-word", "Police said 40 people were held.\n\nCopyright 24 Media Group 2026",
     "24"),
    ("line-with-phone", "Call the 112 or 0800 555 123 helplines with any information.", "112"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_numbers_before_lines_without_a_phone_stay_counts() -> None:
    claims = extract("The force installed 300 and 450 new phone lines.")
    assert [c.value for c in claims] == [300, 450]
