"""How a figure links to what it measures across a few harder shapes: an appositive change
that skips the period a figure covers ('..., in the 12 months to 30 June, up 4.7 per cent'),
money and weight that are changes ('Fraud losses fell by $2.1 million'), 'losses of N',
'X is equivalent to N', title-case and two-part sentences ('87 Months In Prison', 'six years
and four months of rigorous imprisonment'), trimmed subjects ('Those aged 30 to 49', '80
further arrests'), 'of whom' after a coordinated group, and datelines ('Bengaluru: 11 held').
Every sentence is written here in the style of police bulletins, court reports and wire
stories; near misses check what must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# fmt: off
ROWS = [
    # 1. an appositive change qualifies the figure before the period it covers or the places
    # it happened in
    ("period-up", "Police recorded 548,312 criminal offences in the 12 months to 30 June, up "
     "4.7 per cent on the previous year.", "4.7 per cent",
     {"subject": "criminal offences", "change": "increase", "kind": "percent"}),
    ("period-past-down", "Officers made 3,410 arrests over the past 12 months, down 8% on 2024.",
     "8%", {"subject": "arrests", "change": "decrease"}),
    ("period-rise-noun", "Forces logged 92,000 thefts during the last six months, a 5% rise.",
     "5%", {"subject": "thefts", "change": "increase"}),
    ("comparative-higher", "The northern division accounted for 11,930 incidents, 14.2 per cent "
     "higher than a year earlier.", "14.2 per cent", {"subject": "incidents", "value": 14.2}),
    ("period-duration-kept", "Police held 30 suspects for 72 hours, up 10% on last year.",
     "10%", {"subject": "suspects", "change": "increase"}),
    ("comparative-lower", "Detectives opened 2,045 fraud inquiries, 9 per cent lower than in "
     "2023.", "9 per cent", {"subject": "fraud inquiries", "change": "decrease"}),
    ("appositive-rate-dash", "The city recorded 41 homicides, down from 53 the year before — "
     "a rate of 4.9 per 100,000 residents.", "4.9 per 100,000 residents",
     {"subject": "homicides", "kind": "rate"}),
    ("appositive-rate-comma", "Police recorded 1,204 burglaries, a rate of 12.1 per 1,000 "
     "households.", "12.1 per 1,000 households", {"subject": "burglaries"}),
    ("named-rate-kept", "The county had 40 murders and a homicide rate of 5.2 per 100,000.",
     "5.2 per 100,000", {"subject": "homicide rate"}),
    ("dash-after-noun", '"We are seeing fewer shootings — 87 this year compared with 112 '
     'last year," the chief said.', "87", {"subject": "shootings"}),
    ("dash-after-noun-compared", '"We are seeing fewer shootings — 87 this year compared with '
     '112 last year," the chief said.', "112", {"subject": "shootings"}),
    ("compared-without-comma", "Police recorded 412 burglaries in 2024 compared with 390 in "
     "2023.", "390", {"subject": "burglaries"}),
    ("up-from-a-year-earlier", "The force ended the year with 612 sworn officers, up 48 from a "
     "year earlier.", "48", {"subject": "sworn officers", "change": "increase"}),
    ("up-to-level-kept", "Thefts rose to 40, up 5 to 45.", "5", {"change": "increase"}),
    ("place-count-skipped", "The figures show 2,911 crimes were reported across the three "
     "islands, a 6% decline.", "6%", {"subject": "crimes", "change": "decrease"}),
    ("place-count-in-skipped", "Police arrested 40 people in 12 raids, a 5% rise.", "5%",
     {"subject": "people", "change": "increase"}),
    # a bare count in a parallel clause with a named subject of its own counts the same thing
    ("parallel-place-while", "Leeds recorded 412 burglaries, while Bradford recorded 390.",
     "390", {"subject": "burglaries"}),
    ("parallel-place-semicolon", "Kenya recorded 412 murders; Uganda recorded 390.", "390",
     {"subject": "murders"}),
    ("parallel-place-other-verb", "Auckland accounted for 112 of the raids, while Waikato "
     "recorded 27.", "27", {"subject": "raids"}),
    ("parallel-same-subject-kept", "Police arrested 12 people and seized 40.", "40",
     {"subject": None}),
    ("parallel-index-level-kept", "The Nikkei fell to 38,120, while the Hang Seng closed at "
     "17,004.", "17,004", {"subject": "Hang Seng"}),
    # near misses: the figure itself and a plain appositive keep their subjects
    ("period-count-kept", "Police recorded 548,312 criminal offences in the 12 months to 30 "
     "June, up 4.7 per cent on the previous year.", "548,312",
     {"subject": "criminal offences", "agent": "Police"}),
    ("appositive-kept", "Officers arrested 1,204 people, a 12% rise on last year.", "12%",
     {"subject": "people", "change": "increase"}),
    ("place-count-alone-kept", "Police carried out 12 raids, a 5% rise.", "5%",
     {"subject": "raids", "change": "increase"}),
    # 2. money and weight that are changes take the clause's subject
    ("weight-change", "Sugar imports through the port rose by 18,500 tonnes over the period.",
     "18,500 tonnes", {"subject": "sugar imports", "change": "increase", "unit": "tonne"}),
    ("money-change", "Fraud losses fell by $2.1 million.", "$2.1 million",
     {"subject": "fraud losses", "change": "decrease", "unit": "USD"}),
    ("money-change-plain", "Ransom payments dropped $4.5m in the second quarter.", "$4.5m",
     {"subject": "ransom payments", "change": "decrease"}),
    ("weight-change-to-level", "Cocaine seizures rose by 2.3 tonnes to 9.1 tonnes.",
     "2.3 tonnes", {"subject": "cocaine seizures", "change": "increase"}),
    ("level-after-change-kept", "Cocaine seizures rose by 2.3 tonnes to 9.1 tonnes.",
     "9.1 tonnes", {"subject": "cocaine seizures", "change": None}),
    ("money-change-object-kept", "The judge increased the fine by $5,000.", "$5,000",
     {"subject": "fine", "change": "increase"}),
    ("money-seized-none", "Police seized $5m in the raid.", "$5m",
     {"subject": None, "change": None, "agent": "Police"}),
    ("weight-of-kept", "Officers seized 40 kg of heroin at the border.", "40 kg",
     {"subject": "heroin", "change": None}),
    # 3. for money, 'losses of N' measures the losses
    ("losses-of-qualified", "Losses of more than S$100,000 were reported in 412 cases.",
     "S$100,000", {"subject": "losses", "qualifier": "more than", "change": None}),
    ("losses-of-about", "Victims reported losses of about $2.3 million last year.",
     "$2.3 million", {"subject": "losses", "qualifier": "about"}),
    ("loss-of", "The cooperative suffered a loss of $3m after the break-in.", "$3m",
     {"subject": "loss", "change": None}),
    ("losses-count-kept", "Losses of more than S$100,000 were reported in 412 cases.", "412",
     {"subject": "cases"}),
    ("drop-of-kept", "The firm posted a drop of $3m in profit.", "$3m",
     {"subject": "profit", "change": "decrease"}),
    # 4. 'X is equivalent to N'
    ("equivalent-copula", "Police said the haul is equivalent to P6.8 million.",
     "P6.8 million", {"subject": "haul", "unit": "PHP"}),
    ("equivalent-relative", "The haul, which is equivalent to $2m, was destroyed.", "$2m",
     {"subject": "haul"}),
    ("equal-copula", "The seized shabu was equal to P3.4 million, the agency said.",
     "P3.4 million", {"subject": ("seized shabu", "shabu")}),
    ("equivalent-restatement-kept", "The district recorded 1,204 burglaries, equivalent to 73 "
     "per 100 000 residents.", "73 per 100 000 residents", {"subject": "burglaries"}),
    # 5. title-case durations and two-part terms with 'of'
    ("title-prison", "Adviser Sentenced To 87 Months In Prison For $41 Million Scheme",
     "87 Months", {"subject": "prison", "kind": "duration", "unit": "month"}),
    ("title-jail", "Drug Dealer Gets 12 Years In Jail After Port Raid", "12 Years",
     {"subject": "jail", "value": 12}),
    ("two-part-of-first", "The court awarded six years and four months of rigorous "
     "imprisonment.", "six years", {"subject": "rigorous imprisonment", "value": 6}),
    ("two-part-of-second", "The court awarded six years and four months of rigorous "
     "imprisonment.", "four months", {"subject": "rigorous imprisonment", "value": 4}),
    ("two-part-of-simple", "She received two years and six months of simple imprisonment.",
     "two years", {"subject": "simple imprisonment"}),
    ("two-part-in-kept", "He was jailed for 18 years and eight months in prison.", "18 years",
     {"subject": "prison"}),
    ("title-money-kept", "Adviser Sentenced To 87 Months In Prison For $41 Million Scheme",
     "$41 Million", {"subject": "scheme"}),
    # 6. trims: the age clause and 'further/additional/other'
    ("those-aged", "Those aged 30 to 49 made up almost 45 per cent of victims.", "30 to 49",
     {"subject": ("those", "victims"), "kind": "age"}),
    ("those-aged-share-kept", "Those aged 30 to 49 made up almost 45 per cent of victims.",
     "45 per cent", {"subject": "victims", "qualifier": "nearly"}),
    ("further-arrests", "Detectives expect between 80 and 90 further arrests.", "80 and 90",
     {"subject": "arrests", "value": 80, "value_high": 90}),
    ("additional-officers", "The force will deploy 250 additional officers to the city centre.",
     "250", {"subject": "officers"}),
    ("other-kept", "Police recorded 310 other household thefts in the borough.", "310",
     {"subject": "other household thefts"}),
    ("aged-noun-kept", "The survey covered 1,500 children aged 10 to 15.", "10 to 15",
     {"subject": "children", "kind": "age"}),
    # 7. 'of whom' takes the whole coordinated group
    ("of-whom-group", "Police investigated 6,481 money mules and scam runners, of whom 2,317 "
     "were aged 16 to 29.", "2,317", {"subject": "money mules and scam runners"}),
    ("of-whom-group-age", "Police investigated 6,481 money mules and scam runners, of whom 2,317 "
     "were aged 16 to 29.", "16 to 29", {"subject": "money mules and scam runners"}),
    ("of-whom-single-kept", "Officers arrested 6,782 persons, of whom 1,049 were under 21.",
     "1,049", {"subject": "persons"}),
    ("of-which-share-kept", "Officers detained 640 people, of which 52% were women.", "52%",
     {"subject": "people"}),
    # 8. a place dateline before a colon labels nothing
    ("dateline-clause", "Bengaluru: The city police have arrested 11 people for cyber fraud.",
     "11", {"subject": "people"}),
    ("dateline-headline", "Bengaluru: 11 held for cyber fraud worth Rs 4.6 crore", "11",
     {"subject": None}),
    ("dateline-two-words", "New Delhi: 23 held over loan app fraud", "23", {"subject": None}),
    ("dateline-own-noun-kept", "Kenya: 14 arrests after raid on border post", "14",
     {"subject": "arrests"}),
    ("weight-label-kept", "Seizures: 40 kg", "40 kg", {"subject": "seizures"}),
    ("label-kept", "Arrests: 1,200", "1,200", {"subject": "arrests"}),
    ("agency-kept", "SAPS: 6,945 murders", "6,945", {"subject": "murders"}),
    ("cost-label-kept", "Total cost: $72,370", "$72,370", {"subject": "total cost"}),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(ROWS, 4))
def test_subject_link(sentence: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), text, expected)
