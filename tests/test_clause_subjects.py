"""Subjects taken from the clause or from link words around a figure: shares of 'the total',
amounts linked by 'worth'/'totalling', coordinated and bracketed amounts, levels reached, rates
stated with a copula, verb-like category names in lists and 'that' complement clauses.
All sentences are written here in the style of police bulletins and wire stories.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import claim_with_text, table_params, wrong_fields

pytestmark = pytest.mark.slow

DATELINE = "SEOUL, Feb. 11 (Yonhap) -- "
LOSSES = (
    "Losses from phone scams reached a record 1.2 trillion won last year, "
    "up 36.4 percent from a year earlier."
)

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
     "total of 38 years.", "38 years", {"subject": ("co-conspirators", "conspirators", "total")}),
    ("age-appositive-defendants", "Three defendants, aged between 24 and 47, were sentenced to a "
     "combined 21 years.", "24 and 47", {"subject": "defendants", "value": 24, "value_high": 47}),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_clause_subject(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = claim_with_text(shared_extractor.extract(sentence), mention)
    assert wrong_fields(claim, expected) == {}, "field: (expected, got)"
