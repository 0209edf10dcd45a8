"""Figures whose subject or source sits in a construction around them: a ranking's 'with N'
('Lagos had the most kidnappings with 214'), a figure put on something ('Insurers put the
losses at $1.2bn'), a figure compared with a rate or across an aside ('14 robberies a week,
down from about 19'), a change's start point ('fell from €31.2m to €18.7m'), a share of a
noun described by a participle ('One in five reported assaults'), a subject with a trailing
'last year', and a title and name the parser misreads ('Det Garda Paul Fennelly told the
court'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, document, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    # a place's figure after 'with' counts the noun its ranking names
    (
        "most-with",
        "Kano had the most kidnappings with 214, followed by Zamfara with 167.",
        "214",
        dict(subject="kidnappings"),
    ),
    (
        "followed-by-place",
        "Kano had the most kidnappings with 214, followed by Zamfara with 167.",
        "167",
        dict(subject="kidnappings"),
    ),
    (
        "highest-number-of",
        "Harris County recorded the highest number of carjackings last year, with 1,120.",
        "1,120",
        dict(subject="carjackings"),
    ),
    # near misses: a category after 'followed by' ranks itself; a figure with its own noun
    (
        "followed-by-category",
        "Theft had the most complaints with 11,906, followed by assault with 7,215.",
        "7,215",
        dict(subject="assault"),
    ),
    (
        "with-own-noun",
        "The unit finished the year with 214 arrests.",
        "214",
        dict(subject="arrests"),
    ),
    # who puts a figure on something states it
    (
        "figures-put-at",
        "Insurance Bureau figures put the value of vehicles stolen in Alberta at about "
        "$310 million last year.",
        "$310 million",
        dict(attribution="Insurance Bureau"),
    ),
    (
        "second-clause-estimate",
        "The think tank Crime Watch estimates that only one in 10 crimes is reported, and "
        "the Institute for Security Studies puts the cost of violence at R86 billion.",
        "R86 billion",
        dict(attribution="the Institute for Security Studies"),
    ),
    (
        "first-clause-kept",
        "The think tank Crime Watch estimates that only one in 10 crimes is reported, and "
        "the Institute for Security Studies puts the cost of violence at R86 billion.",
        "one in 10",
        dict(attribution="The think tank Crime Watch"),
    ),
    # near misses: a place, not a figure, after 'at'; a document; the writer
    (
        "placed-at-scene",
        "Witnesses placed the suspect at the scene at 9pm, and officers seized 12 phones.",
        "12",
        dict(attribution=None),
    ),
    (
        "report-puts",
        "The report puts total overtime spending at $31.8 million.",
        "$31.8 million",
        dict(attribution=None),
    ),
    ("we-put", "We put the total at 400.", "400", dict(attribution=None)),
    # a compared figure measures what its partner does
    (
        "rate-down-from-about",
        "That works out to 14 robberies a week, down from about 19 in 2023.",
        "19",
        dict(subject="robberies", kind="rate", unit="per week"),
    ),
    (
        "aside-before-compared",
        "Officers recorded 64 shootings, including fatal and non-fatal incidents, compared "
        "with 71 a year earlier.",
        "71",
        dict(subject="shootings"),
    ),
    (
        "start-of-change",
        "The value of property stolen in burglaries fell from €31.2m in 2019 to €18.7m.",
        "€31.2m",
        dict(subject="value of property stolen in burglaries"),
    ),
    # near misses: a speed is no frequency; 'a fraction of' compares no like figure
    (
        "speed-not-rate-partner",
        "Officers caught 64 drivers going more than 40km/h over the limit, compared with 41 "
        "in 2024.",
        "41",
        dict(kind="count", unit=None),
    ),
    (
        "fraction-of-count",
        "The murder rate is 2.9 per 100,000 residents, a fraction of the 300 killings "
        "recorded in 1990.",
        "300",
        dict(kind="count", unit=None),
    ),
    # 'One in five reported assaults': the participle describes the counted noun
    (
        "one-in-five-participle",
        "One in five reported assaults involved a weapon.",
        "One in five",
        dict(subject="reported assaults"),
    ),
    (
        "one-in-five-verb",
        "Of all cases, one in five involved victims under 18.",
        "one in five",
        dict(subject=None),
    ),
    # a trailing 'last year' says when, not what
    (
        "trailing-last-year",
        "Police said 71 per cent of those charged with assault last year were men.",
        "71 per cent",
        dict(subject="those charged with assault"),
    ),
    # a title and name opening the sentence speaks
    (
        "title-name-told",
        "Det Garda Paul Fennelly told the court that the accused had 61 previous convictions.",
        "61",
        dict(attribution="Det Garda Paul Fennelly"),
    ),
    (
        "time-word-not-name",
        "Last night police told reporters 4 people had died.",
        "4",
        dict(attribution="police"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_ranking_or_estimate(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


# A headline's 'top'/'tops' after a plural noun bounds the figure from below; a rank does not.
TOP_ROWS: list[tuple[Any, ...]] = [
    (
        "losses-top",
        "Card fraud losses top NZ$52 million",
        "NZ$52 million",
        dict(qualifier="more than", subject="Card fraud losses"),
    ),
    (
        "carjackings-top",
        "Carjackings top 1,000 for the first time",
        "1,000",
        dict(qualifier="more than", subject="Carjackings"),
    ),
    ("gang-tops-lists", "The gang tops 10 most-wanted lists.", "10", dict(qualifier=None)),
    ("the-top-ten", "Detectives named the top 10 gangs.", "10", dict(qualifier=None)),
    ("its-top-five", "Its top 5 targets were banks.", "5", dict(qualifier=None)),
    ("lists-top", "The agency lists top 10 scams.", "10", dict(qualifier=None)),
    # a title's own 'of' keeps the name after it
    (
        "title-of-police-name",
        "Assistant Commissioner of Police Jeremy Tan, who heads the unit, said 40 per cent "
        "of the suspects were students.",
        "40 per cent",
        dict(attribution="Assistant Commissioner of Police Jeremy Tan"),
    ),
    (
        "name-of-university",
        "Criminologist Carolina Grillo of Fluminense University said 40 per cent of cases "
        "were solved.",
        "40 per cent",
        dict(attribution="Criminologist Carolina Grillo"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(TOP_ROWS, 4))
def test_headline_top_and_titles(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


# A bare share closing a count's clause shares the count's subject; a rate's bare figure takes
# the base of an earlier rate; an age written as a noun names the person; 'as long as' bounds
# a length of time; a place may stand between a headline's noun and its 'top'.
MORE_ROWS: list[tuple[Any, ...]] = [
    (
        "share-or-about-half",
        "Officers seized 1,572 of the 3,102 phones, or about half.",
        "half",
        dict(subject="phones"),
    ),
    (
        "share-of-the-total",
        "Customs seized 412 parcels, or about a third of the total.",
        "a third",
        dict(subject="parcels"),
    ),
    (
        "share-names-own-whole",
        "Customs seized 412 parcels, or about a third of the declared shipments.",
        "a third",
        dict(subject="declared shipments"),
    ),
    (
        "rate-base-carried",
        "Sinaloa recorded 61.2 homicides per 100,000 inhabitants, almost three times the "
        "national rate of 22.5.",
        "22.5",
        dict(kind="rate", unit="per 100,000 inhabitants", subject="national rate"),
    ),
    (
        "rate-no-base",
        "The clearance rate was 61, up from 55.",
        "61",
        dict(kind="rate", unit=None),
    ),
    (
        "age-as-noun",
        "A 19-year-old was charged over the stabbing of a 17-year-old near the station.",
        "17-year-old",
        dict(kind="age", subject=None),
    ),
    (
        "age-as-object",
        "A van struck a 70-year-old on the crossing.",
        "70-year-old",
        dict(kind="age", subject=None),
    ),
    (
        "age-before-noun",
        "The stabbing of a 17-year-old boy shocked the town.",
        "17-year-old",
        dict(subject="boy"),
    ),
    (
        "age-in-apposition",
        "The victim, a 17-year-old, died in hospital.",
        "17-year-old",
        dict(subject="victim"),
    ),
    (
        "those-who-aged",
        "Those who collected cash from victims were mostly aged from 17 to 24.",
        "17 to 24",
        dict(kind="age", subject="Those who collected cash from victims"),
    ),
    (
        "as-long-as-hours",
        "Detainees were held for as long as 36 hours without food.",
        "36 hours",
        dict(qualifier="up to"),
    ),
    (
        "as-long-as-condition",
        "The truce holds as long as 3 gangs keep to it.",
        "3",
        dict(qualifier=None),
    ),
    (
        "place-before-top",
        "Card fraud losses in Japan top 100 billion yen",
        "100 billion yen",
        dict(qualifier="more than", subject="Card fraud losses"),
    ),
    ("in-the-top", "Losses in the top 10 cities fell.", "10", dict(qualifier=None)),
    # a level's subject the parser gave to 'says' as its object; levels stated with 'at'
    (
        "says-object-reached",
        "The agency says losses from romance fraud, in which scammers pose as suitors, "
        "reached 105.3 billion yen between January and September.",
        "105.3 billion yen",
        dict(subject="losses from romance fraud"),
    ),
    (
        "pointer-after-misread-level",
        "The agency says losses from romance fraud, in which scammers pose as suitors, "
        "reached 105.3 billion yen. That is up 46 percent from a year earlier.",
        "46 percent",
        dict(subject="losses"),
    ),
    (
        "stand-at-weight",
        "Cocaine seizures this year total 1,116 kg, while cannabis seizures stand at 964 kg.",
        "964 kg",
        dict(subject="cannabis seizures"),
    ),
    (
        "arrived-at-not-level",
        "Police arrived at 9 pm and seized $4,000 at the scene.",
        "$4,000",
        dict(subject=None),
    ),
    # an amount in apposition describes the phrase before it; a count names its own noun
    (
        "weight-in-apposition",
        "The largest single haul, 386kg hidden in a shipment of tiles, was traced to a syndicate.",
        "386kg",
        dict(subject="largest single haul"),
    ),
    ("money-in-apposition", "The fine, $5,000, was paid in cash.", "$5,000", dict(subject="fine")),
    (
        "count-in-apposition",
        "The suspects, 12 men from Leeds, were charged.",
        "12",
        dict(subject="men"),
    ),
    # a rank under a superlative ranks the noun the superlative describes
    (
        "second-largest-amount",
        "Tokyo recorded losses of 19.8 billion yen, while Osaka recorded 11.2 billion yen, the "
        "second largest amount.",
        "second",
        dict(kind="ordinal", subject="amount"),
    ),
    (
        "second-highest-number-of",
        "Kano recorded the second highest number of kidnappings.",
        "second",
        dict(subject="kidnappings"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(MORE_ROWS, 4))
def test_shares_rates_ages_bounds(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


# What money is the amount of when the parser misreads the clause: a range's verb, a fine, a
# misread 'cost', a copula the tagger broke, a change's 'from ... to', a shared 'in cash'.
MONEY_ROWS: list[tuple[Any, ...]] = [
    ("ranged-from-to", "Fines ranged from Dh500 to Dh2,000.", "Dh500 to Dh2,000",
     dict(subject="Fines")),
    ("fined-party", "The court fined the company £500,000.", "£500,000",
     dict(subject="fine")),  # the fine, not the party fined
    ("misread-cost", "Romance fraud cost victims an estimated £92 million last year.",
     "£92 million", dict(subject="Romance fraud")),
    ("cost-verb", "Customer theft cost retailers £2.2 billion.", "£2.2 billion",
     dict(subject="Customer theft")),
    ("cost-object-noun", "The raid cost police £40,000 in overtime.", "£40,000",
     dict(subject="overtime")),
    ("median-was", "The median amount lost per case was S$1,400.", "S$1,400",
     dict(subject="median amount lost per case")),
    ("rose-from-to-end", "Fraud losses rose from $2.1m to $3.4m, police said.", "$3.4m",
     dict(subject="Fraud losses")),
    ("rose-from-to-start", "Fraud losses rose from $2.1m to $3.4m, police said.", "$2.1m",
     dict(subject="Fraud losses")),
    ("joined-in-cash", "Officers seized £380,000 and €1.26 million in cash.", "£380,000",
     dict(subject="cash")),
    # near misses: a seized amount names nothing; a second clause's amount is its own
    ("seized-bare", "Officers seized £380,000 during the raid.", "£380,000",
     dict(subject=None)),
    ("fined-and-costs", "He was fined $500 and ordered to pay $300 in costs.", "$500",
     dict(subject="fine")),
    # a comma-set participle after 'the X to the Y' describes X, not Y
    ("set-off-participle", "The judge said the damage to the three vans, estimated at "
     "$42,000, was deliberate.", "$42,000", dict(subject="damage")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(MONEY_ROWS, 4))
def test_money_subject(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


# Changes and restatements set after a figure, and speakers around them.
APPOSED_ROWS: list[tuple[Any, ...]] = [
    ("change-own-noun",
     "Officers arrested 312 drivers over the weekend, an increase of 44 arrests on last year.",
     "44", dict(subject="arrests", change="increase")),
    ("change-bare", "Police arrested 1,204 people, an increase of 120.", "120",
     dict(subject="people", change="increase")),
    ("equivalent-of", "Police attended 175,000 callouts in the year to June, the equivalent of "
     "about 480 a day.", "480 a day", dict(subject="callouts", kind="rate")),
    ("dash-apposed-change", "Officers have arrested 3,902 drivers so far this year, compared "
     "with 3,511 by the same point in 2024 – a rise of 11%.", "11%",
     dict(subject="drivers", change="increase")),
    ("down-a-further", "Analysts said shootings were down a further 20% in the first half.",
     "20%", dict(change="decrease")),
    ("up-another", "Robberies were up another 5 per cent.", "5 per cent", dict(change="increase")),
    ("a-further-count", "Police made a further 20 arrests.", "20", dict(change=None)),
    ("joined-duration", "• Average emergency response time: 2 minutes and 44 seconds",
     "44 seconds", dict(subject="Average emergency response time")),
    ("worth-of-restated", "Operations yielded P2.46 billion worth of shabu, or about 361.8 "
     "kilograms.", "361.8 kilograms", dict(subject="shabu")),
    # speakers: an affiliation after a titled name; an aside 'X data shows'
    ("titled-name-of-bureau", "Chief Superintendent Jane Foley of the Roads Policing Bureau "
     "said 40 drivers were caught.", "40", dict(attribution="Chief Superintendent Jane Foley")),
    ("title-of-police-name", "Director General of Police Ravi Gupta said 40 drivers were caught.",
     "40", dict(attribution="Director General of Police Ravi Gupta")),
    ("bare-results", "The results showed 40 per cent of crimes were solved.", "40 per cent",
     dict(attribution=None)),
    ("data-shows-aside", "Violent crime fell 4.5% in 2024, FBI data shows, as murders drop "
     "for a second straight year", "4.5%", dict(attribution="FBI")),
    ("relative-shows", "The unit, which shows 40 officers on its roll, grew.", "40",
     dict(attribution=None)),
    # a rate restated after ', or' counts the figure before it
    ("or-rate-restated", "Leeds recorded 9,850 burglaries, or 12 per 1,000 households.",
     "12 per 1,000 households", dict(subject="burglaries", kind="rate")),
    ("or-about-rate", "Leeds recorded 9,850 burglaries, or about 12 per 1,000 households.",
     "12 per 1,000 households", dict(subject="burglaries", kind="rate")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(APPOSED_ROWS, 4))
def test_apposed_and_speakers(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


# An age stated for a group ('The median age of victims was 41'), a compared figure after a
# bound ('down from as many as 10'), a post and then the name ('Director, Media and Advocacy,
# Femi Babafemi'), a share that is the verb's subject or a predeterminer.
LATE_ROWS: list[tuple[Any, ...]] = [
    ("median-age-years", "The median age of victims was 41 years.", "41 years",
     dict(kind="age", unit="year")),
    ("average-age-bare", "The average age of the suspects was 27.", "27",
     dict(kind="age", unit="year")),
    ("age-gap-duration", "The age gap was 12 years.", "12 years", dict(kind="duration")),
    ("down-from-as-many-as", "Each detective now carries five new cases, down from as many as "
     "10 in 2022.", "10", dict(subject="new cases")),
    ("post-then-name", "The agency's Director, Media and Advocacy, Femi Babafemi, said in a "
     "statement that four suspects were arrested.", "four", dict(attribution="Femi Babafemi")),
    ("owned-post-name", "The agency's spokesman, Femi Babafemi, said four suspects were held.",
     "four", dict(attribution="Femi Babafemi")),
    ("fraction-is-subject", "Police recorded 900 scams. Nearly two-thirds involved stooge "
     "accounts.", "two-thirds", dict(subject="scams")),
    ("fraction-predeterminer", "Police recovered half the stolen cars.", "half",
     dict(subject="stolen cars")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(LATE_ROWS, 4))
def test_stated_ages_posts_and_shares(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        ("Police said 1,214 suspects were arrested during a 24-hour special operation on "
         "Tuesday, including 863 for drug-related offences.", "863", dict(subject="suspects")),
        ("Officers made 97 arrests, including 14 for weapons offences.", "14",
         dict(subject="arrests")),
    ],
)  # fmt: skip
def test_including_counts_the_counted_noun(
    document: str, text: str, expected: dict[str, Any]
) -> None:
    assert_claim(extract(document), text, expected)
