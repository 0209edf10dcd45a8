"""Subject rules for forms met in regional crime reports: a count that is an action's object
("Police arrested 14") counts no agent but the people the verb implies ('suspects' for an
arrest, 'people' for a charge or a killing); a subject after a fronted source ("According to
X data, detected fraud fell 31%"); coordinated nouns with their own figures ("two
laptops and cash of GH¢86,450", "a $2,823 fine and six demerit points"); colon labels joined
by 'and'/'for'; 'of which' after a labelled figure and 'half of that'; bracketed comparisons
in a label line; a unit's 'of' object valued; 'in <time>' after a duration; multipliers;
measure readings. Every sentence is written for this file; near misses keep their reading."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, sentence, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # a qualifier between 'of' and the amount, which the parser breaks
    (
        "fine-of-up-to",
        "Each accused faces a fine of up to Tk 5 lakh if convicted.",
        "Tk 5 lakh",
        dict(subject="fine", qualifier="up to"),
    ),
    (
        "penalty-of-as-much-as",
        "The firm faces a penalty of as much as $2m.",
        "$2m",
        dict(subject="penalty"),
    ),
    ("total-of-up-to", "A total of up to $5m was seized.", "$5m", dict(subject=None)),
    # a share of 'all' followed by its noun
    (
        "half-of-all-noun",
        "Almost half of all reported fraud cases involved online shopping.",
        "half",
        dict(subject="reported fraud cases"),
    ),
    (
        "share-of-all-bare",
        "Burglaries made up 40 percent of all offences.",
        "40 percent",
        dict(subject="offences"),
    ),
    # compared figures across a bracketed acronym or another kind of figure
    (
        "compared-across-acronym",
        "The district registered 212 cases under the Narcotic Drugs "
        "and Psychotropic Substances (NDPS) Act in 2024, up from 168 in 2023.",
        "168",
        dict(subject="cases"),
    ),
    (
        "compared-across-speed",
        "Officers caught 64 drivers going more than 40km/h over the "
        "limit, compared with 41 a year earlier.",
        "41",
        dict(subject="drivers"),
    ),
    # a counted list item is no part of what is worth an amount
    (
        "worth-after-counted-item",
        "Police seized EUR 6.4 million in cash, 31 luxury vehicles "
        "and real estate worth EUR 18 million.",
        "EUR 18 million",
        dict(subject="real estate"),
    ),
    (
        "worth-whole-list",
        "Police recovered cash, liquor and drugs worth $5,000.",
        "$5,000",
        dict(subject="cash, liquor and drugs"),
    ),
    # ages of a group's oldest, of a share's people
    (
        "oldest-was",
        "Most callers were pensioners, and the oldest was 91.",
        "91",
        dict(kind="age", unit="year"),
    ),
    (
        "share-aged-between",
        "More than 70 percent of the victims were aged between 12 and 16.",
        "12 and 16",
        dict(kind="age", subject="victims"),
    ),
    (
        "of-them-noun",
        "A total of 2,210 people, 412 of them foreigners, were detained.",
        "412",
        dict(subject="foreigners"),
    ),
    (
        "of-them-verb",
        "Officers seized 9 firearms, 3 of them loaded.",
        "3",
        dict(subject="firearms"),
    ),
    # valued, estimated
    (
        "passive-estimated-at",
        "The haul is estimated at around CHF 1.9 million.",
        "CHF 1.9 million",
        dict(subject="haul", qualifier="about"),
    ),
    (
        "passive-valued-at",
        "The loot was valued at $2.7 million.",
        "$2.7 million",
        dict(subject="loot"),
    ),
    (
        "listed-worth",
        "Officers seized rings and necklaces worth approximately £640,000.",
        "£640,000",
        dict(subject="rings and necklaces"),
    ),
    (
        "joined-amounts",
        "They found cash of £31,200 and EUR 9,800 in the flat.",
        "EUR 9,800",
        dict(subject="cash"),
    ),
    (
        "equivalent-qualifier",
        "The gang stole about $2.1m (N3.2bn) from the victims.",
        "N3.2bn",
        dict(qualifier="about"),
    ),
    (
        "appositive-change-qualified",
        "Customs seized more than 41,000 pounds of narcotics, an "
        "increase of roughly 12% on last year.",
        "12%",
        dict(subject="narcotics", change="increase"),
    ),
    # more of the same counted noun, as an object
    (
        "another-object",
        "We hired 2,000 new officers and plan to recruit another 1,500 by March.",
        "1,500",
        dict(subject="new officers"),
    ),
    # a long table label with one space before the first figure
    (
        "crowded-row-label",
        "Derry City & Strabane, Fermanagh & Omagh 8,104 8,390    +286",
        "8,104",
        dict(subject="Derry City & Strabane, Fermanagh & Omagh"),
    ),
    # a change with its level after 'to': the parser may make the level the verb's object
    (
        "change-then-level-sourced",
        "Burglary rose by 9% in 2025 to 14,210 offences, according "
        "to figures published by the ministry.",
        "9%",
        dict(subject="Burglary"),
    ),
    ("cut-prices-by", "Retailers cut prices by 5% after the thefts.", "5%", dict(subject="prices")),
    # a multiple of the figure before measures the same thing
    (
        "fraction-of-the",
        "The robbery rate is now 41 per 100,000 residents, a fraction of the 212 recorded in 1995.",
        "212",
        dict(subject="robbery rate"),
    ),
    (
        "fraction-own-noun",
        "The robbery rate is now 41 per 100,000 residents, a fraction of the "
        "212 robberies recorded in 1995.",
        "212",
        dict(subject="robberies"),
    ),
    # a bare count that an action takes as its object counts no agent
    (
        "arrested-bare",
        "Police arrested 14 in the dawn raid.",
        "14",
        dict(subject="suspects", agent="Police"),
    ),
    ("headline-arrest", "Police arrest 14 over $2m fraud in Accra", "14", dict(subject="suspects")),
    (
        "curly-possessive",
        "Half of the city’s 77 precincts recorded no murders.",
        "Half",
        dict(subject="precincts"),
    ),
    (
        "detained-bare",
        "Immigration officers detained 23 at the border crossing.",
        "23",
        dict(subject="people"),
    ),
    (
        "level-verb-kept",
        "Thefts totalled 1,200 in the first quarter.",
        "1,200",
        dict(subject="Thefts"),
    ),
    ("change-verb-kept", "Arrests rose 300 on the year.", "300", dict(subject="Arrests")),
    # coordination: each noun keeps its own figure
    (
        "laptops-and-cash-count",
        "Items found included 14 phones, two laptops and cash of KSh86,450.",
        "two",
        dict(subject="laptops"),
    ),
    (
        "laptops-and-cash-money",
        "Items found included 14 phones, two laptops and cash of KSh86,450.",
        "KSh86,450",
        dict(subject="cash"),
    ),
    (
        "fine-and-points",
        "The court gave him a $1,150 fine and four demerit points.",
        "$1,150",
        dict(subject="fine"),
    ),
    (
        "fine-and-points-count",
        "The court gave him a $1,150 fine and four demerit points.",
        "four",
        dict(subject="demerit points"),
    ),
    (
        "men-and-women-shared",
        "Officers arrested 12 men and women at the site.",
        "12",
        dict(subject="men and women"),
    ),
    # colon labels with joining words
    ("label-and", "- Robbery and extortion: 2,418", "2,418", dict(subject="Robbery and extortion")),
    (
        "label-for",
        "- Clearance rate for burglary: 9.6%",
        "9.6%",
        dict(subject="Clearance rate for burglary"),
    ),
    ("label-plain", "Arrests: 1,200", "1,200", dict(subject="Arrests")),
    # 'of which' after a labelled figure, 'of that' after an amount
    (
        "of-which-label",
        "- Robbery and extortion: 2,418, of which nearly a half involved knives",
        "a half",
        dict(subject="Robbery and extortion"),
    ),
    (
        "half-of-that",
        "Insurers paid out $900 million in theft claims, and nearly half of that "
        "came from one city.",
        "half",
        dict(subject="theft claims"),
    ),
    # a bracketed comparison in a label line
    ("label-up-from", "- Burglary: 4,210 (up from 3,988)", "3,988", dict(subject="Burglary")),
    ("label-down-from", "Robberies: 812 (down from 905)", "905", dict(subject="Robberies")),
    # a unit's 'of' object is what is valued; a sum's holder is what is paid
    (
        "kg-of-valued",
        "Detectives seized 2.4kg of heroin, valued at £96,000.",
        "£96,000",
        dict(subject="heroin"),
    ),
    (
        "bail-in-the-sum",
        "The pair were granted bail in the sum of N500,000 each.",
        "N500,000",
        dict(subject="bail"),
    ),
    # 'in <time>' after a duration says when
    (
        "duration-in-season",
        "The crackdown ran for eight weeks in summer 2025.",
        "eight weeks",
        dict(subject="crackdown"),
    ),
    (
        "duration-in-prison",
        "He was jailed for 12 years in prison.",
        "12 years",
        dict(subject="prison"),
    ),
    # multipliers: what is multiplied
    (
        "times-the-rate",
        "Young men were stopped at 3.4 times the rate of older men.",
        "3.4",
        dict(subject="Young men"),
    ),
    (
        "times-apposed",
        "Police logged 4,812 frauds, roughly three times the 2019 count.",
        "three",
        dict(subject="frauds"),
    ),
    # a ratio object keeps the noun its participle modifies
    (
        "ratio-object-participle",
        "Pensioners made up one in five reported victims.",
        "one in five",
        dict(subject="reported victims"),
    ),
    (
        "ratio-subject-verb",
        "Nearly one in four reported harassment online.",
        "one in four",
        dict(subject=None),
    ),
    # readings and limits measure, they do not count
    (
        "reading-of",
        "The driver gave a breath reading of 0.092.",
        "0.092",
        dict(kind="other", subject="breath reading"),
    ),
    ("limit-of", "That is above the legal limit of 0.05.", "0.05", dict(kind="other")),
    ("count-of-arrests", "Police made a total of 45 arrests.", "45", dict(kind="count")),
    # a list item 'count, participle, noun' that the parser reads as a clause
    (
        "listed-participle-clause",
        "Results of the week:\n- 214 reported extortion cases and threats",
        "214",
        dict(subject="reported extortion cases and threats"),
    ),
    (
        "listed-participle-amod",
        "Results of the week:\n- 96 seized machetes and other blades",
        "96",
        dict(subject=("seized machetes and other blades", "seized machetes")),
    ),
    ("listed-clause-det", "Results:\n- 3 fled the scene", "3", dict(subject=None)),
    ("listed-clause-aux", "Results:\n- 12 were not charged", "12", dict(subject="people")),
    ("unlisted-clause", "Three attacked a guard.", "Three", dict(subject=None)),
    # bare counts of people: the verb says who
    (
        "headline-passive",
        "Cannabis farm raided in Leitrim, four arrested",
        "four",
        dict(subject="suspects"),
    ),
    ("headline-semicolon", "Shabu worth P2M seized; 5 arrested", "5", dict(subject="suspects")),
    ("headline-kills", "Bus crash on Route 9 kills three", "three", dict(subject="people")),
    ("charge-count", "Prosecutors charge 11 in tax fraud", "11", dict(subject="people")),
    ("passive-were", "Two were arrested at the scene.", "Two", dict(subject="suspects")),
    (
        "injured-coordinated",
        "Four were killed and 12 injured in the blast.",
        "12",
        dict(subject="people"),
    ),
    ("count-with-noun", "Police arrested 14 men.", "14", dict(subject="men")),
    ("of-phrase-kept", "Two of the guards were arrested.", "Two", dict(subject="guards")),
    ("netted-no-people", "The raid netted 9.", "9", dict(subject=None)),
    ("weight-held", "Police held 40 kg of cannabis.", "40 kg", dict(subject="cannabis")),
    # what a sum is given to
    (
        "committed-to",
        "The state has committed A$18.4m over four years to youth bail programs.",
        "A$18.4m",
        dict(subject="youth bail programs"),
    ),
    (
        "allocated-to",
        "The council allocated $4m to CCTV upgrades.",
        "$4m",
        dict(subject="CCTV upgrades"),
    ),
    (
        "budgeted-for",
        "The province has budgeted 2.2 billion pesos for policing in 2027.",
        "2.2 billion pesos",
        dict(subject="policing"),
    ),
    (
        "set-aside-for",
        "The ministry set aside R200 million for rural patrols.",
        "R200 million",
        dict(subject="rural patrols"),
    ),
    ("paid-to-person", "He paid $500 to a middleman.", "$500", dict(subject=None)),
    (
        "committed-officers",
        "Police committed 300 officers to the operation.",
        "300",
        dict(subject="officers"),
    ),
    # a relative pronoun after 'of' names nothing itself
    (
        "fifth-of-which",
        "The council set aside $2m, roughly a fifth of which goes to patrols.",
        "a fifth",
        dict(subject=None),
    ),
    (
        "two-of-whom",
        "Police arrested 40 people, two of whom were minors.",
        "two",
        dict(subject="people"),
    ),
    # a subject the parser hangs on a fronted source
    (
        "fronted-based-on",
        "Based on PNP data, firearm seizures in Davao reached 1,240, up 9 percent.",
        "1,240",
        dict(subject="firearm seizures"),
    ),
    (
        "fronted-according-participle",
        "According to Treasury data, detected customs fraud fell by 22% last year.",
        "22%",
        dict(subject=("detected customs fraud", "customs fraud")),
    ),
    (
        "fronted-parsed-fine",
        "According to police, officers seized 40 kg of heroin.",
        "40 kg",
        dict(subject="heroin"),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_subject(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)
