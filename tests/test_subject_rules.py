"""Subject and attribution rules: fronted groups, 'of whom/which' wholes, measures 'of' a
value, comparisons and appositive changes, datelines, noun-phrase trimming and data owners.
Every sentence is written here in the style of police bulletins, wire copy and statistics
releases; each mechanism has near misses that must keep their old answer."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, table_params

pytestmark = pytest.mark.slow

CASES: list[tuple[Any, ...]] = [
    # 1. a fronted 'Among/Of X,' names the group a bare number counts
    (
        "among-bare",
        "Among individuals aged 16 and older, 1.3 million experienced theft in the past year.",
        "1.3 million",
        dict(value=1_300_000, subject="individuals"),
    ),
    (
        "among-percent",
        "Among adults who reported a burglary, 42% said police arrived within an hour.",
        "42%",
        dict(subject="adults", attribution=None),
    ),
    (
        "among-qualified",
        "Among residents of the estate, nearly 600 signed the petition.",
        "600",
        dict(subject="residents", qualifier="nearly"),
    ),
    ("of-fronted", "Of the 412 suspects, 97 were women.", "97", dict(subject="women")),
    (
        "of-fronted-participle",
        "Of the 200 people arrested, 150 were charged.",
        "150",
        dict(subject="people arrested"),
    ),
    (
        "among-own-noun",  # near miss: the number counts its own noun
        "Among the victims, 12 women were treated in hospital.",
        "12",
        dict(subject="women"),
    ),
    (
        "locative-fronted",  # near miss: 'In Kano,' is a place, not a group
        "In Kano, 14 people were arrested.",
        "14",
        dict(subject="people"),
    ),
    # 2. 'of whom' / 'of which': a part of the noun counted before the comma
    (
        "of-whom",
        "Police arrested 6,782 persons, of whom 1,049 were aged under 21.",
        "1,049",
        dict(subject="persons"),
    ),
    (
        "fraction-of-whom",
        "Officers arrested 28,611 suspects, more than a third of whom were under 25.",
        "a third",
        dict(subject="suspects", qualifier="more than"),
    ),
    (
        "of-which-ratio",
        "NHS data show 4,064 hospital admissions for assault by a sharp object last year, "
        "of which around one in five involved victims under 18.",
        "one in five",
        dict(subject=("hospital admissions", "hospital admissions for assault by a sharp object")),
    ),
    (
        "of-which",
        "The unit opened 912 investigations, of which 318 led to charges.",
        "318",
        dict(subject="investigations"),
    ),
    (
        "half-of-which",
        "The court heard 1,450 cases, roughly half of which involved domestic violence.",
        "half",
        dict(subject="cases"),
    ),
    (
        "of-which-own-noun",  # near miss: the part names its own noun
        "Police seized 220 firearms, of which 40 pistols were stolen.",
        "40",
        dict(subject="pistols"),
    ),
    (
        "ratio-verb-not-noun",  # near miss: 'involved' is the verb, not part of the noun
        "One in five involved victims under 18.",
        "One in five",
        dict(subject=None),
    ),
    ("ratio-noun", "One in five victims was under 18.", "One in five", dict(subject="victims")),
    # 3. a measure or level noun 'of' a value
    (
        "level-of",
        "The driver had a blood-alcohol level of 0.14, police said.",
        "0.14",
        dict(subject="blood-alcohol level", attribution="police"),
    ),
    (
        "concentration-of",
        "The suspect had a blood alcohol concentration of 0.21.",
        "0.21",
        dict(subject="blood alcohol concentration"),
    ),
    (
        "named-average",
        "The county's score was well below the national average of 87.",
        "87",
        dict(subject="national average"),
    ),
    (
        "sum-paid-as",
        "The sum of ₦4,750,000 paid as ransom was recovered.",
        "₦4,750,000",
        dict(subject="ransom", kind="money"),
    ),
    ("paid-as", "The gang was paid $20,000 as ransom.", "$20,000", dict(subject="ransom")),
    (
        "paid-as-part",  # near miss: 'as part of' names no payment
        "The firm paid $5m as part of a settlement.",
        "$5m",
        dict(subject=None),
    ),
    (
        "total-look-through",  # near miss: a bare container keeps looking through
        "Detectives recovered a total of 1,240 wraps of heroin.",
        "1,240",
        dict(subject="wraps of heroin"),
    ),
    (
        "bare-total",  # near miss: 'a total of' names nothing
        "The gang demanded a total of 45 from each trader.",
        "45",
        dict(subject="gang"),
    ),
    # 4. weighing / valued at
    (
        "weighing",
        "1,240 wraps of Indian hemp weighing 38.5kg were seized in the raid.",
        "38.5kg",
        dict(subject=("wraps of Indian hemp", "Indian hemp"), kind="weight"),
    ),
    (
        "haul-weighing",
        "Customs intercepted a haul of cocaine weighing 2 tonnes.",
        "2 tonnes",
        dict(subject="cocaine"),
    ),
    (
        "weighing-a-total-of",
        "The men were found with 12 horns weighing a total of 31.6 kilograms.",
        "31.6 kilograms",
        dict(subject="horns", kind="weight"),
    ),
    (
        "holding-a-total-of",
        "Investigators froze accounts holding a total of $5 million.",
        "$5 million",
        dict(subject="accounts"),
    ),
    (
        "seized-a-total-of-kept",
        "Officers seized a total of 31.6 kilograms of cocaine.",
        "31.6 kilograms",
        dict(subject="cocaine"),
    ),
    ("valued-at", "The thief stole a bicycle valued at $450.", "$450", dict(subject="bicycle")),
    (
        "fine-ranging-misparse",
        "The offence carries a penalty of life imprisonment and a fine ranging from P500,000 to "
        "P10 million.",
        "P500,000 to P10 million",
        dict(subject="fine", unit="PHP"),
    ),
    # 5. compared figures share the subject; a place after an amount is not its subject
    (
        "up-from",
        "The department handled 6,214 calls for service in 2025, up from 5,870 the year before.",
        "5,870",
        dict(subject="calls for service"),
    ),
    (
        "down-from",
        "The force recorded 389 burglaries, down from 412 a year earlier.",
        "412",
        dict(subject="burglaries"),
    ),
    (
        "compared-with-first",
        "The street price of a single pill fell to 10 baht in border areas, "
        "compared with 150 to 200 baht in Bangkok.",
        "10 baht",
        dict(subject="street price of a single pill"),
    ),
    (
        "compared-with-second",
        "The street price of a single pill fell to 10 baht in border areas, "
        "compared with 150 to 200 baht in Bangkok.",
        "150 to 200 baht",
        dict(subject="street price of a single pill", value=150, value_high=200),
    ),
    (
        "compared-money",
        "The average ransom rose to $12,000 in 2024, up from $9,500 a year earlier.",
        "$9,500",
        dict(subject="average ransom"),
    ),
    (
        "compared-calls",
        "Officers responded to 4,500 calls, compared with 4,100 the previous year.",
        "4,100",
        dict(subject="calls"),
    ),
    (
        "compared-own-noun",  # near miss: the compared figure names its own noun
        "Police said 45 people were arrested, up from 30 suspects last year.",
        "30",
        dict(subject="suspects"),
    ),
    (
        "in-cash",  # near miss: what an amount is made of stays its subject
        "Police recovered $1.2 million in cash.",
        "$1.2 million",
        dict(subject="cash"),
    ),
    (
        "in-goods",
        "Thieves stole $40,000 in jewellery from the store.",
        "$40,000",
        dict(subject="jewellery"),
    ),
    # 6. a change in apposition after a quantity is that quantity's change
    (
        "appositive-increase",
        "The navy seized 486.7 tons of cocaine in the first half, a 9.3% increase over the "
        "same period last year.",
        "9.3%",
        dict(subject="cocaine", change="increase"),
    ),
    (
        "appositive-rise",
        "Police arrested 1,204 people, a 12% rise.",
        "12%",
        dict(subject="people", change="increase"),
    ),
    (
        "appositive-increase-of",
        "The agency seized 12 tonnes of heroin, an increase of 30% on last year.",
        "30%",
        dict(subject="heroin", change="increase"),
    ),
    (
        "appositive-level",
        "Fraud losses totalled $4.2 million, a 15% increase on 2023.",
        "15%",
        dict(subject="Fraud losses", change="increase"),
    ),
    (
        "change-on-verb",  # near miss: a change on the verb keeps the clause subject
        "Burglaries fell 8% in March, a sharp drop.",
        "8%",
        dict(subject="Burglaries", change="decrease"),
    ),
    # 7. datelines
    (
        "dateline-dash",
        "BOGOTA - Colombian authorities seized 14 tonnes of cocaine.",
        "14 tonnes",
        dict(subject="cocaine", agent="Colombian authorities"),
    ),
    (
        "dateline-em-dash",
        "KABUL — Afghan police seized 120 kg of heroin, officials said.",
        "120 kg",
        dict(agent="Afghan police", attribution="officials"),
    ),
    (
        "dateline-reuters",
        "LAGOS, March 3 (Reuters) - Police arrested 45 suspects.",
        "45",
        dict(subject="suspects", agent="Police"),
    ),
    (
        "hyphen-kept",  # near miss: a hyphen inside a word is no dateline dash
        "Cross-border smugglers moved 300 kg of khat.",
        "300 kg",
        dict(subject="khat", agent="Cross-border smugglers"),
    ),
    # 8. noun-phrase trimming
    (
        "persons-age",
        "An estimated 2.1 million persons age 12 or older were victims of violent crime.",
        "12",
        dict(subject="persons"),
    ),
    (
        "persons-ages",
        "Persons ages 18 to 24 had the highest rate of violent victimization.",
        "18 to 24",
        dict(subject="Persons"),
    ),
    (
        "threats-to-kill",
        "Threats to kill involving a knife rose by 2%.",
        "2%",
        dict(subject="Threats to kill", change="increase"),
    ),
    (
        "notice-to-leave",  # near miss: a purpose after a singular noun stays out
        "He was given 28 days' notice to leave.",
        "28 days",
        dict(subject="notice"),
    ),
    (
        "plans-with-object",  # near miss: an infinitive with its own object only describes
        "Plans to recruit 500 officers were announced.",
        "500",
        dict(subject="officers"),
    ),
    (
        "list-model-name",
        "Items recovered include 7 AK-47 rifles, 2 locally made pistols and 11 stolen vehicles.",
        "7",
        dict(subject="AK-47 rifles"),
    ),
    (
        "list-second-item",
        "Items recovered include 7 AK-47 rifles, 2 locally made pistols and 11 stolen vehicles.",
        "2",
        dict(subject="locally made pistols"),
    ),
    (
        "list-third-item",
        "Items recovered include 7 AK-47 rifles, 2 locally made pistols and 11 stolen vehicles.",
        "11",
        dict(subject="stolen vehicles"),
    ),
    (
        "pp-chain-not-cut",
        "NHS data show 4,064 hospital admissions for assault by a sharp object last year.",
        "4,064",
        dict(subject=("hospital admissions", "hospital admissions for assault by a sharp object")),
    ),
    (
        "restrictive-kept",  # near miss: a restrictive 'for' phrase with nothing after it
        "The department handled 6,214 calls for service in 2025.",
        "6,214",
        dict(subject="calls for service"),
    ),
    # 9. attribution: the owner of data, and a counted group that speaks
    (
        "acronym-data",
        "NHS data show 4,064 hospital admissions for assault last year.",
        "4,064",
        dict(attribution="NHS"),
    ),
    (
        "fbi-figures",
        "FBI figures show 1,200 bank robberies in the first quarter.",
        "1,200",
        dict(attribution="FBI", subject="bank robberies"),
    ),
    (
        "home-office-statistics",
        "Home Office statistics show 5,300 knife offences in London.",
        "5,300",
        dict(attribution="Home Office"),
    ),
    (
        "common-owner",  # near miss: a common-noun owner names nobody
        "Crime figures show 5,300 knife offences in London.",
        "5,300",
        dict(attribution="Crime figures"),
    ),
    (
        "group-speaks",
        "Nearly half of households (48%) said they felt safe walking alone at night.",
        "48%",
        dict(attribution=None, subject="households"),
    ),
    (
        "group-speaks-told",
        "Most respondents (62%) told the survey they trusted police.",
        "62%",
        dict(attribution=None),
    ),
    (
        "speaker-clause-kept",  # near miss: a figure in the speaker's relative clause is theirs
        "Inspector Rao, who led 12 raids this year, said the gang had 40 members.",
        "12",
        dict(subject="raids", attribution="Inspector Rao"),
    ),
    (
        "speaker-age",  # near miss: a speaker's own age is the writer's (no attribution)
        "Jamie Smith, 25, said he had been robbed twice.",
        "25",
        dict(kind="age", attribution=None),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_subject_rule(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), mention, expected)
