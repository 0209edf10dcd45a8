"""Subjects taken from the clause or from link words around a figure, and how far a source
reaches: shares of 'the total' and shares with no 'of' ('accounted for'), amounts linked by
'worth'/'totalling', coordinated and bracketed amounts, levels reached (also through a change
verb and 'to'), rates stated with a copula, verb-like category names in lists, 'that'
complement clauses, age appositives, money spent on something, rankings ('followed by X with
N'), comparison partners across a change, differences and 'equivalent to' restatements,
appositive changes, and attribution ('..., and X said', 'According to X', 'We ...'), also
carried to the next sentence. All sentences are written here in the style of police bulletins
and wire stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, table_params

pytestmark = pytest.mark.slow

DATELINE = "SEOUL, Feb. 11 (Yonhap) -- "
LOSSES = (
    "Losses from phone scams reached a record 1.2 trillion won last year, "
    "up 36.4 percent from a year earlier."
)

SCAMS = ("Losses from investment scams surged to a record ¥52.4 billion ($340 million) in the "
         "January-June period, the agency said.")  # fmt: skip
GANGS = ("Officers seized 38 tonnes of cannabis, the second-highest haul on record, and Police "
         "Commissioner Mary Osei said more than 900 suspects had been charged.")  # fmt: skip

# fmt: off
CASES = [
    # 1. a share of "the total" / "all" is a share of the clause's subject
    ("total-cases", "Cases involving synthetic drugs accounted for 62 percent of the total.",
     "62 percent", {"subject": ("cases involving synthetic drugs", "cases")}),
    ("total-victims", "Victims aged over 60 made up 47 percent of the total.",
     "47 percent", {"subject": "victims", "kind": "percent", "value": 47}),
    ("total-burglaries", "Burglaries committed at night accounted for 41 per cent of the total, "
     "the report found.", "41 per cent",
     {"subject": ("burglaries committed at night", "burglaries"), "attribution": "the report"}),
    ("of-all", "Women made up 38% of all, according to the bulletin.", "38%",
     {"subject": "women"}),
    ("total-in-quarter", "Online fraud cases represented nearly 55 percent of the total in the "
     "first quarter.", "55 percent", {"subject": "online fraud cases", "qualifier": "nearly"}),
    ("neg-total-haul", "Some 62 percent of the total haul was cocaine.", "62 percent",
     {"subject": "total haul"}),
    ("neg-total-caseload", "About 70 percent of the total caseload involved repeat offenders.",
     "70 percent", {"subject": "total caseload"}),
    # 2. a link word between a noun and its amount
    ("totalling", "Officers seized cash totalling N1.4bn from the suspects.", "N1.4bn",
     {"subject": "cash", "kind": "money"}),
    ("totaling", "The agency recovered cash totaling $2m.", "$2m",
     {"subject": "cash", "unit": "USD", "value": 2_000_000}),
    ("totalling-gbp", "Agents recovered jewellery totalling £310,000 from the flat.", "£310,000",
     {"subject": "jewellery", "unit": "GBP"}),
    ("amounting", "Police seized gold amounting to Rs 3 crore.", "Rs 3 crore",
     {"subject": "gold", "unit": "INR", "value": 30_000_000}),
    ("amounting-balances", "Investigators froze bank balances amounting to Rs 12 crore.",
     "Rs 12 crore", {"subject": "bank balances"}),
    ("two-subjects-stray-conjunct", "He said the average time between the first call and the "
     "transfer was about 40 minutes.", "40 minutes", {"subject": "average time"}),
    ("reduced-relative-reported", "Fraud cases reported to the force fell 18 per cent to 3,412.",
     "3,412", {"subject": "Fraud cases"}),
    ("reduced-relative-went-up", "Cases reported to us went up by 27 per cent last year.",
     "27 per cent", {"subject": "Cases", "change": "increase"}),
    ("reported-that-kept", "Officers reported that thefts fell 18 per cent.", "18 per cent",
     {"subject": "thefts", "attribution": "Officers"}),
    ("valued-at", "The gang stole copper cable valued at $2.4 million over two years.",
     "$2.4 million", {"subject": "copper cable"}),
    ("worth-headline", "Police recover vehicles worth Rs2.5 crore", "Rs2.5 crore",
     {"subject": "vehicles"}),
    ("worth-first-item", "Detectives seized a Rolex watch worth £48,500 and 11 high-value "
     "vehicles.", "£48,500", {"subject": "Rolex watch", "value": 48_500}),
    ("worth-first-item-count", "Detectives seized a Rolex watch worth £48,500 and 11 high-value "
     "vehicles.", "11", {"subject": "high-value vehicles", "kind": "count"}),
    ("worth-hyphen-name", "Officers seized a Mercedes-Benz saloon worth £92,000 and 14 mobile "
     "phones.", "£92,000", {"subject": "Mercedes-Benz saloon"}),
    ("worth-hyphen-adj", "Customs seized high-end handbags worth $1.2 million.", "$1.2 million",
     {"subject": "high-end handbags"}),
    ("neg-worth-copula", "The drugs were worth $12m, police said.", "$12m",
     {"subject": "drugs", "attribution": "police"}),
    ("neg-worth-list", "Cash, liquor and drugs worth Rs 4 crore were seized.", "Rs 4 crore",
     {"subject": "cash, liquor and drugs"}),
    ("neg-no-link", "Police seized $5m and 3 kg of heroin.", "$5m", {"subject": None}),
    # 3. coordinated amounts after one link word share its noun
    ("coordinated", "The commission recovered assets worth over N32.6bn and $4.3m.", "$4.3m",
     {"subject": "assets", "unit": "USD"}),
    ("coordinated-first", "The commission recovered assets worth over N32.6bn and $4.3m.",
     "N32.6bn", {"subject": "assets", "qualifier": "more than"}),
    ("coordinated-more-than", "The agency traced properties worth more than N4.1bn and "
     "$900,000.", "$900,000", {"subject": "properties"}),
    ("neg-coordinated-own-noun", "Thieves took a car worth $20,000 and $5,000 in cash.",
     "$5,000", {"subject": "cash"}),
    # 4. a bracketed equivalent between the amount and "in X"
    ("bracket-in", "Police intercepted 16.4 billion yuan (about 2.29 billion U.S. dollars) in "
     "funds.", "16.4 billion yuan", {"subject": "funds", "unit": "CNY"}),
    ("bracket-in-second", "Police intercepted 16.4 billion yuan (about 2.29 billion U.S. dollars) "
     "in funds.", "2.29 billion U.S. dollars", {"subject": "funds", "unit": "USD"}),
    ("bracket-in-roughly", "The bureau confiscated 3.2 billion rupees (roughly $38 million) in "
     "cash.", "$38 million", {"subject": "cash"}),
    ("bracket-in-plain", "Prosecutors say the ring laundered €45 million (£39 million) in "
     "proceeds.", "€45 million", {"subject": "proceeds", "attribution": "Prosecutors"}),
    ("in-no-bracket", "Officers found $1.2 million in cash at the house.", "$1.2 million",
     {"subject": "cash"}),
    ("neg-bracket-from", "Police seized $5 million (€4.6 million) from the warehouse.",
     "$5 million", {"subject": None}),
    ("bracket-measure", "- Fentanyl pills: ~1.1 million (approx. 110 kg)", "110 kg",
     {"subject": "fentanyl pills", "kind": "weight", "value": 110}),
    ("bracket-measure-count", "- Fentanyl pills: ~1.1 million (approx. 110 kg)", "1.1 million",
     {"subject": "fentanyl pills", "kind": "count"}),
    # 5. a level reached by the subject, with and without a dateline
    ("reached", LOSSES, "1.2 trillion won", {"subject": "losses from phone scams"}),
    ("reached-change", LOSSES, "36.4 percent",
     {"subject": "losses from phone scams", "change": "increase"}),
    ("reached-dateline", DATELINE + LOSSES, "1.2 trillion won",
     {"subject": "losses from phone scams"}),
    ("reached-dateline-change", DATELINE + LOSSES, "36.4 percent",
     {"subject": "losses from phone scams", "change": "increase"}),
    ("hit-from", "Revenue from drug trafficking hit $3.1 billion last year, up 12 percent on "
     "2022.", "$3.1 billion", {"subject": "revenue from drug trafficking"}),
    ("dateline-count", "BOGOTA, March 3 (Reuters) -- Kidnappings reached 412 in 2024, up 18 "
     "percent from a year earlier.", "18 percent", {"subject": "kidnappings"}),
    # 6. a rate stated of a rate/level subject
    ("rate-copula", "The estimated violent crime rate was 359.1 offenses per 100,000 "
     "inhabitants.", "359.1",
     {"subject": ("estimated violent crime rate", "violent crime rate"), "kind": "rate"}),
    ("rate-copula-homicide", "The national homicide rate was 5.8 killings per 100,000 "
     "residents.", "5.8", {"subject": ("national homicide rate", "homicide rate")}),
    ("rate-stood-at", "The average rate stood at 12.1 thefts per 1,000 households.", "12.1",
     {"subject": "average rate"}),
    ("rate-of-kept", "The rate of burglary was 8.2 offences per 1,000 households.", "8.2",
     {"subject": "rate of burglary"}),
    ("neg-rate-recorded", "Police recorded 359.1 offenses per 100,000 inhabitants.", "359.1",
     {"subject": "offenses", "kind": "rate"}),
    ("neg-rate-logged", "Officers logged 44.7 assaults per 10,000 residents.", "44.7",
     {"subject": "assaults"}),
    # 7. category names read as verbs at the start of a line
    ("category-steal", "- Steal from retail store rose 21.6% to 41,872 incidents", "21.6%",
     {"subject": "steal from retail store", "change": "increase"}),
    ("category-steal-level", "- Steal from retail store rose 21.6% to 41,872 incidents",
     "41,872", {"subject": "incidents"}),
    ("category-break", "- Break and enter dwelling fell 6.2%", "6.2%",
     {"subject": "break and enter dwelling", "change": "decrease"}),
    ("category-break-business", "- Break and enter business fell 11.2%", "11.2%",
     {"subject": "break and enter business"}),
    ("category-gerund", "Receiving stolen goods rose 3%.", "3%",
     {"subject": "receiving stolen goods", "change": "increase"}),
    ("category-bullet-star", "* Theft from motor vehicle rose 9.4% to 18,210 incidents", "9.4%",
     {"subject": "theft from motor vehicle"}),
    ("neg-category-noun", "Shoplifting rose 14% in the year to March.", "14%",
     {"subject": "shoplifting"}),
    # 8. 'that' complement clauses
    ("complement-fbi", "The FBI estimates that reported violent crime decreased 4.5% in 2024.",
     "4.5%", {"subject": "reported violent crime", "change": "decrease", "attribution": "The FBI"}),
    ("complement-report", "The report found that recorded knife crime rose 7% in 2023.", "7%",
     {"subject": "recorded knife crime", "attribution": "The report"}),
    ("complement-says", "The ministry says that reported sexual offences fell 3.1% last year.",
     "3.1%", {"subject": "reported sexual offences", "attribution": "The ministry"}),
    ("neg-complement-own-subject", "Police said that thefts from vehicles rose 5% in March.",
     "5%", {"subject": "thefts from vehicles", "attribution": "Police"}),
    ("neg-complement-count", "The figures show that 12 officers were injured.", "12",
     {"subject": "officers"}),
    # 9. age appositives
    ("age-appositive", "Four co-conspirators, aged between 29 and 61, were jailed for a total of "
     "38 years.", "29 and 61", {"subject": ("co-conspirators", "conspirators"), "kind": "age"}),
    ("age-appositive-total", "Four co-conspirators, aged between 29 and 61, were jailed for a "
     "total of 38 years.", "38 years", {"subject": None}),  # a sentence measures no person
    ("age-appositive-defendants", "Three defendants, aged between 24 and 47, were sentenced to a "
     "combined 21 years.", "24 and 47", {"subject": "defendants", "value": 24, "value_high": 47}),
    # 10. a level reached through a change verb + 'to'
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
    # 11. a share with no 'of': 'accounted for', 'made up', 'represented'
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
    # 12. money spent on something; a noun 'involving' an amount
    ("spending-record-on", "Sales held up despite shops spending a record £2.3bn on security.",
     "£2.3bn", {"subject": "security", "unit": "GBP"}),
    ("spent-on", "The force spent £4.8m on body-worn cameras.", "£4.8m",
     {"subject": "body-worn cameras"}),
    ("involving-money", "The unit registered 2,150 cases involving more than Rs 1 lakh.",
     "Rs 1 lakh", {"subject": "cases", "qualifier": "more than"}),
    ("involving-frauds", "Detectives are looking into frauds involving at least $3 million.",
     "$3 million", {"subject": "frauds", "qualifier": "at least"}),
    ("neg-involving-count", "The operation involved 45 officers.", "45", {"subject": "officers"}),
    # 13. rankings: 'followed by X with N'
    ("followed-with", "Theft topped the list at 8,412 cases, followed by assault with 5,036.",
     "5,036", {"subject": "assault", "kind": "count"}),
    ("followed-was", "Theft was the most frequent offence at 8,412 cases, followed by physical "
     "injuries with 5,036.", "5,036", {"subject": "physical injuries"}),
    # places next in a ranking are ranked by what the first figure counted
    ("followed-second-pair", "Lagos recorded 412 kidnappings, followed by Kaduna with 296 and "
     "Zamfara with 181.", "181", {"subject": "kidnappings"}),
    ("followed-first-pair", "Lagos recorded 412 kidnappings, followed by Kaduna with 296 and "
     "Zamfara with 181.", "296", {"subject": "kidnappings"}),
    ("followed-at", "Fraud made up 52% of complaints, followed by identity theft at 18%.", "18%",
     {"subject": "identity theft"}),
    ("neg-followed-first", "Theft topped the list at 8,412 cases, followed by assault with "
     "5,036.", "8,412", {"subject": "cases"}),
    ("neg-followed-by-count", "The raid was followed by 14 arrests.", "14",
     {"subject": "arrests"}),
    # 14. comparison partners across a change; differences; 'equivalent to'
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
    ("difference-after-aside", "Police logged 418 robberies by June, the lowest tally since "
     "2011 and 57 fewer than in 2024.", "57", {"subject": "robberies", "change": "decrease"}),
    ("compared-across-comparative", "The island has recorded 288 murders this year, 12 per "
     "cent fewer than the 327 recorded a year ago.", "327", {"subject": "murders"}),
    ("neg-difference-other-clause", "The city had 95 murders; police made 40 more arrests "
     "than in 2024.", "40", {"subject": "arrests"}),
    ("equivalent-to", "Police recorded almost 251 000 burglaries, equivalent to 58 per 100 000 "
     "inhabitants.", "58 per 100 000 inhabitants", {"subject": "burglaries", "kind": "rate"}),
    ("neg-partner-other-subject", "Police arrested 120 people and seized 35 guns.", "35",
     {"subject": "guns"}),
    ("neg-difference-no-than", "Police counted 287 homicides, 64 of them in the capital.", "287",
     {"subject": "homicides"}),
    # 15. an appositive change takes the main figure's subject
    ("appositive-up", "About 58% of violent incidents involved a knife, up 7 percentage points.",
     "7 percentage points", {"subject": "violent incidents", "change": "increase"}),
    ("appositive-down", "Roughly 31% of robberies involved a firearm, down 4 percentage points.",
     "4 percentage points", {"subject": "robberies", "change": "decrease"}),
    ("neg-appositive-main", "About 58% of violent incidents involved a knife, up 7 percentage "
     "points.", "58%", {"subject": "violent incidents", "change": None}),
    ("neg-up-to-level", "Burglaries rose 9%, up to 4,100.", "9%", {"subject": "burglaries"}),
    # 16. attribution scope
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
def test_clause_subject(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), mention, expected)


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
    assert_claim(shared_extractor.extract(text), mention, {"attribution": attribution})
