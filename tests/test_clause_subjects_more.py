"""More clause subjects and attribution scope: levels reached through a change verb and 'to',
shares ('accounted for'), money spent on something, rankings ('followed by X with N'),
comparison partners across a change, differences and 'equivalent to' restatements, appositive
changes, and how far a source reaches ('..., and X said', 'According to X', 'We ...').
All sentences are written here in the style of police bulletins and wire stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import claim_with_text, table_params, wrong_fields

pytestmark = pytest.mark.slow

SCAMS = ("Losses from investment scams surged to a record ¥52.4 billion ($340 million) in the "
         "January-June period, the agency said.")  # fmt: skip
GANGS = ("Officers seized 38 tonnes of cannabis, the second-highest haul on record, and Police "
         "Commissioner Mary Osei said more than 900 suspects had been charged.")  # fmt: skip

# fmt: off
CASES = [
    # 1. a level reached through a change verb + 'to'
    ("surged-to", SCAMS, "¥52.4 billion", {"subject": "losses from investment scams",
                                           "kind": "money", "change": None}),
    ("surged-to-converted", SCAMS, "$340 million", {"subject": "losses from investment scams"}),
    ("climbed-to-half", "Fraud losses climbed to $2.1 billion in the first half.", "$2.1 billion",
     {"subject": "fraud losses", "unit": "USD"}),
    ("headline-down-to", "Intentional homicide down to 1.3 per 100 000 inhabitants",
     "1.3 per 100 000 inhabitants", {"subject": "intentional homicide", "kind": "rate"}),
    ("headline-down-to-knife", "Knife crime down to 3.1 per 100,000 residents",
     "3.1 per 100,000 residents", {"subject": "knife crime"}),
    ("fell-to-count", "Burglaries fell to 3,870 last year.", "3,870",
     {"subject": "burglaries", "kind": "count"}),
    ("dropped-to-weight", "Seizures of heroin dropped to 410 kilograms this year.",
     "410 kilograms", {"subject": ("seizures of heroin", "seizures"), "kind": "weight"}),
    ("jumped-to-first-half", "Losses from card fraud jumped to $1.9 billion in first half.",
     "$1.9 billion", {"subject": "losses from card fraud"}),
    ("rose-to-new-high", "Overdose deaths rose to a new high of 3,612 in 2024.", "3,612",
     {"subject": "overdose deaths"}),
    ("headline-count-down-to", "Robbery down to 287 in the first half", "287",
     {"subject": "robbery", "kind": "count"}),
    ("neg-money-in-cash", "Police recovered $1.2 million in cash.", "$1.2 million",
     {"subject": "cash"}),
    ("neg-raised-to", "The court raised the bail to $250,000.", "$250,000", {"subject": "bail"}),
    ("neg-counted-noun", "Arrests rose to 1,420 suspects in May.", "1,420",
     {"subject": "suspects"}),
    ("neg-last-year-count", "Detectives arrested 64 people last year.", "64",
     {"subject": "people"}),
    # 2. a share with no 'of': 'accounted for', 'made up', 'represented'
    ("accounted-for", "Scams impersonating bank staff accounted for about ¥21.7 billion.",
     "¥21.7 billion", {"subject": ("scams impersonating bank staff", "scams"),
                       "qualifier": "about"}),
    ("represented", "Card fraud represented $640 million last year.", "$640 million",
     {"subject": "card fraud"}),
    ("neg-represented-of", "Card fraud represented $640 million of the losses.",
     "$640 million", {"subject": "losses"}),
    ("accounted-count", "Burglaries accounted for 4,500 last year.", "4,500",
     {"subject": "burglaries"}),
    ("made-up-count", "Vehicle thefts made up 2,300 of the reports.", "2,300",
     {"subject": "reports"}),
    ("neg-accounted-total", "Drug cases accounted for 44 percent of the total.", "44 percent",
     {"subject": "drug cases"}),
    # 3. money spent on something; a noun 'involving' an amount
    ("spending-record-on", "Sales held up despite shops spending a record £2.3bn on security.",
     "£2.3bn", {"subject": "security", "unit": "GBP"}),
    ("spent-on", "The force spent £4.8m on body-worn cameras.", "£4.8m",
     {"subject": "body-worn cameras"}),
    ("involving-money", "The unit registered 2,150 cases involving more than Rs 1 lakh.",
     "Rs 1 lakh", {"subject": "cases", "qualifier": "more than"}),
    ("involving-frauds", "Detectives are looking into frauds involving at least $3 million.",
     "$3 million", {"subject": "frauds", "qualifier": "at least"}),
    ("neg-involving-count", "The operation involved 45 officers.", "45", {"subject": "officers"}),
    # 4. rankings: 'followed by X with N'
    ("followed-with", "Theft topped the list at 8,412 cases, followed by assault with 5,036.",
     "5,036", {"subject": "assault", "kind": "count"}),
    ("followed-was", "Theft was the most frequent offence at 8,412 cases, followed by physical "
     "injuries with 5,036.", "5,036", {"subject": "physical injuries"}),
    ("followed-second-pair", "Lagos recorded 412 kidnappings, followed by Kaduna with 296 and "
     "Zamfara with 181.", "181", {"subject": "Zamfara"}),
    ("followed-first-pair", "Lagos recorded 412 kidnappings, followed by Kaduna with 296 and "
     "Zamfara with 181.", "296", {"subject": "Kaduna"}),
    ("followed-at", "Fraud made up 52% of complaints, followed by identity theft at 18%.", "18%",
     {"subject": "identity theft"}),
    ("neg-followed-first", "Theft topped the list at 8,412 cases, followed by assault with "
     "5,036.", "8,412", {"subject": "cases"}),
    ("neg-followed-by-count", "The raid was followed by 14 arrests.", "14",
     {"subject": "arrests"}),
    # 5. comparison partners across a change; differences; 'equivalent to'
    ("partner-across-change", "The state recorded 4,812 violent deaths in 2025, down 12% from a "
     "record 5,470 the year before.", "5,470", {"subject": "violent deaths", "change": None}),
    ("partner-change-itself", "The state recorded 4,812 violent deaths in 2025, down 12% from a "
     "record 5,470 the year before.", "12%", {"subject": "violent deaths", "change": "decrease"}),
    ("partner-up-from", "Call handlers took 9,350 emergency calls in March, up 6% from 8,820.",
     "8,820", {"subject": "emergency calls"}),
    ("partner-up-on-the", "Officers made 6,480 arrests in 2025, up 4% on the 6,230 recorded "
     "in 2024.", "6,230", {"subject": "arrests"}),
    ("partner-compared-with", "Officers made 6,480 arrests in 2025, up 4% compared with 6,230 a "
     "year earlier.", "6,230", {"subject": "arrests"}),
    ("difference-weight", "Police seized 120 kilograms of cocaine, 30 kilograms more than in "
     "2023.", "30 kilograms", {"subject": "cocaine", "change": "increase"}),
    ("equal-to", "Police recorded 41,000 thefts, equal to 12 per 1,000 residents.",
     "12 per 1,000 residents", {"subject": "thefts"}),
    ("neg-after-change-new-clause", "Police arrested 120 people, up 8%, and seized 35 guns.",
     "35", {"subject": "guns"}),
    ("neg-difference-then-list", "The city had 95 murders, 20 fewer than the year before, and "
     "310 shootings.", "310", {"subject": "shootings"}),
    ("difference-fewer", "Police counted 287 homicides last year, 64 fewer than in 2023.", "64",
     {"subject": "homicides", "change": "decrease"}),
    ("difference-more", "Prosecutors filed 5,310 cases, 912 more than a year earlier.", "912",
     {"subject": "cases", "change": "increase"}),
    ("equivalent-to", "Police recorded almost 251 000 burglaries, equivalent to 58 per 100 000 "
     "inhabitants.", "58 per 100 000 inhabitants", {"subject": "burglaries", "kind": "rate"}),
    ("neg-partner-other-subject", "Police arrested 120 people and seized 35 guns.", "35",
     {"subject": "guns"}),
    ("neg-difference-no-than", "Police counted 287 homicides, 64 of them in the capital.", "287",
     {"subject": "homicides"}),
    # 6. an appositive change takes the main figure's subject
    ("appositive-up", "About 58% of violent incidents involved a knife, up 7 percentage points.",
     "7 percentage points", {"subject": "violent incidents", "change": "increase"}),
    ("appositive-down", "Roughly 31% of robberies involved a firearm, down 4 percentage points.",
     "4 percentage points", {"subject": "robberies", "change": "decrease"}),
    ("neg-appositive-main", "About 58% of violent incidents involved a knife, up 7 percentage "
     "points.", "58%", {"subject": "violent incidents", "change": None}),
    ("neg-up-to-level", "Burglaries rose 9%, up to 4,100.", "9%", {"subject": "burglaries"}),
    # 7. attribution scope
    ("and-said-before", GANGS, "38 tonnes", {"subject": "cannabis", "attribution": None}),
    ("and-said-ordinal", GANGS, "second-highest", {"attribution": None}),
    ("and-said-after", GANGS, "900", {"subject": "suspects", "attribution": "Mary Osei"}),
    ("and-said-no-comma", "Police arrested 40 people and Smith said 12 were charged.", "40",
     {"attribution": None}),
    ("neg-joint-speakers", "Smith and Jones said 12 people were charged.", "12",
     {"attribution": "Smith and Jones"}),
    ("neg-said-whole", "Officers seized 38 tonnes of cannabis, Commissioner Mary Osei said.",
     "38 tonnes", {"attribution": "Mary Osei"}),
    ("first-person-quote", '"We have recruited 1,200 new officers," Lim said.', "1,200",
     {"subject": "new officers", "attribution": "Lim"}),
    ("first-person-said-after", "I have seen 30 cases like this, said Detective Ray Holt.",
     "30", {"attribution": "Ray Holt"}),
    ("first-person-alone", "We have recruited 1,200 new officers this year.", "1,200",
     {"attribution": None}),
    ("according-comma", "Shop theft incidents rose to 1,900 a day, according to the British "
     "Retail Consortium's (BRC) annual Crime Survey, up from 1,250.", "1,900 a day",
     {"attribution": "the British Retail Consortium's (BRC) annual Crime Survey"}),
    ("according-plain", "According to the National Crime Agency, 1,150 people were arrested.",
     "1,150", {"attribution": "the National Crime Agency"}),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_clause_subject_more(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = claim_with_text(shared_extractor.extract(sentence), mention)
    assert wrong_fields(claim, expected) == {}, "field: (expected, got)"


# (id, paragraph, mention, expected attribution)
# fmt: off
CARRIED = [
    ("according-not-carried", "According to the ministry, police arrested 380 people in March. "
     "They also seized 47 guns.", "47", None),
    ("according-own-sentence", "According to the ministry, police arrested 380 people in March. "
     "They also seized 47 guns.", "380", "the ministry"),
    ("said-carried", "The ministry said police arrested 380 people in March. They also seized "
     "47 guns.", "47", "The ministry"),
    ("quote-carried", 'Chief Inspector Dube said: "We arrested 380 people in March. We also '
     'seized 47 guns."', "47", "Chief Inspector Dube"),
    ("first-person-in-quote", 'Commissioner Tan said: "Crime fell last year. We added 1,500 '
     'officers."', "1,500", "Tan"),
    ("he-said-carried", "Police arrested 380 people in March, Chief Inspector Dube said. He said "
     "officers also seized 47 guns.", "47", "Chief Inspector Dube"),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "attribution"), table_params(CARRIED, 4))
def test_attribution_across_sentences(
    shared_extractor: Extractor, text: str, mention: str, attribution: str | None
) -> None:
    claim = claim_with_text(shared_extractor.extract(text), mention)
    assert wrong_fields(claim, {"attribution": attribution}) == {}
