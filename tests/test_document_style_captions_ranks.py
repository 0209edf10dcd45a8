"""What a whole document tells a sentence (dalasis written 'D' in a story placed in the Gambia
by another sentence); a money caption over a table with a count column ('(amount in Rs
lakh)'); a percentage change column in a row labelled in kilograms; a body listing what it
recorded; ranks in lower case ('said insp. Marek Kowalczyk') and 'Sr. Comr.'; a post with a
bracketed portfolio before the name; bracketed figures after a named unit ('the Northern
Division (22)'); all-capitals headlines; ratios of a measure ('two out of three litres');
levels bounded by 'up to'; costs given as rates; office hours and a minutes mark as page
furniture. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

_GAMBIA = "Two men were jailed in Banjul on Monday.\n\n"
_CAPTION_TABLE = (
    "Category-wise figures (amount in Rs lakh):\n\n"
    "| Type of fraud | Cases | Amount lost | Amount frozen |\n"
    "|---|---|---|---|\n"
    "| Investment | 312 | 1,204.5 | 210.3 |"
)
_KG_TABLE = (
    "Seizures by substance\n"
    "                        2023      2024   Change, %\n"
    "Heroin (kg)              412       309         -25"
)

ROWS: list[tuple[Any, ...]] = [
    # -- the document around a sentence
    ("placed-letter-elsewhere", _GAMBIA + "The judge fined each of them D150,000.", "D150,000",
     dict(unit="GMD", value=150000)),
    # -- tables
    ("money-caption-amount", _CAPTION_TABLE, "1,204.5", dict(unit="INR", value=120450000)),
    ("money-caption-count", _CAPTION_TABLE, "312", dict(unit=None, kind="count")),
    ("percent-change-column", _KG_TABLE, "-25", dict(unit="percent", change="decrease")),
    # -- subjects
    ("fines-after-prison", "Two men were sentenced to a combined 8 years in prison and fines "
     "totalling $200,000.", "$200,000", dict(subject="fines")),
    ("reach-up-to", "Under the new tariff, speeding fines reach up to PLN 5 000.", "PLN 5 000",
     dict(subject="fines", qualifier="up to")),
    ("ratio-of-litres", "In some stations, two out of three litres sold were diluted.",
     "two out of three", dict(value=2 / 3, subject="litres")),
    ("cost-rate", "Cigarette smuggling costs Romania between €200 million and €400 million a "
     "year.", "€200 million and €400 million a year", dict(subject="Cigarette smuggling")),
    ("increase-in-month", "Aldermen will take up the chief's request for a $1.2 million "
     "increase in March.", "$1.2 million", dict(subject="increase")),
    ("caps-headline-change", "SERIOUS CRIMES DOWN 14 PER CENT IN SECOND QUARTER – JCF",
     "14 PER CENT", dict(subject="SERIOUS CRIMES", change="decrease")),
    ("division-bracket", "The Western Division (31) and the Central Division (18) recorded the "
     "most robberies.", "18", dict(subject="Central Division")),
    ("booked-whole", "Of the 540 suspects booked, 61 were aged under 14.", "61",
     dict(subject="suspects")),
    ("refund-within", "The judge ordered him to repay the money within 18 months.",
     "18 months", dict(subject=None)),
    ("fetch-around", "Police said the pills would fetch around Rs 3.5 crore on the street.",
     "Rs 3.5 crore", dict(subject="pills")),
    # -- change and qualifiers
    ("fined-over", "Clerk jailed 5 years, fined RM800,000 over RM2.1 mil scam", "RM2.1 mil",
     dict(qualifier=None)),
    ("over-years-after-amount", "The state lost €9.4 million in excise duty and VAT over four "
     "years, auditors calculated.", "four years", dict(qualifier=None, subject=None)),
    # -- attribution
    ("body-recorded-list", "He said more.\n\nOver the weekend, police recorded:\n- 140 road "
     "accidents\n- 9 people killed", "140", dict(attribution="police")),
    ("lowercase-rank", "\"We seized 15 cars,\" said insp. Piotr Nowak.", "15",
     dict(attribution="insp. Piotr Nowak")),
    ("senior-commissioner", "Officers seized 46 live plants on Monday, Bali Police narcotics "
     "director Sr. Comr. Made Astawa told reporters.", "46", dict(attribution="Astawa")),
    ("bracketed-portfolio", "\"Almost 70 per cent of the victims were over 40,\" said Deputy "
     "Commissioner of Police (Cyber) Anita Rao.", "70 per cent",
     dict(attribution="Anita Rao")),
    ("calculated", "Tax evasion cost the state €3.1 million, investigators calculated.",
     "€3.1 million", dict(attribution="investigators")),
    # -- currencies placed by the story
    ("chilean-dollar-sign", "Detectives in Santiago, Chile, recovered 17 vehicles and "
     "$38,450,000 in cash.", "$38,450,000", dict(unit="CLP")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Further information: Inspector Anna Berg, on weekdays from 09.00 to 10.00.", "09.00"),
        ("By Maria Papa | 14.05.2025, 13:27 | Reading time: 4'", "4'"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # without a place word in the document 'D' before digits is no currency
        ("The D150 model sold 2,000 units.", "2,000", dict(subject="units")),
        # a caption over a table whose columns name no money gives every cell its unit
        (
            "Fraud losses (Rs lakh):\n\n| District | 2023 | 2024 |\n|---|---|---|\n"
            "| Nagpur | 120.5 | 140.2 |",
            "140.2",
            dict(unit="INR"),
        ),
        # prices moving between dotted figures are no office hours
        ("Prices went from 10.50 to 12.00.", "10.50", dict(value=10.5)),
        # 'in' and a time span still counted with 'out of' units: five in 10 minutes
        ("He scored 5 in 10 minutes.", "10 minutes", dict(unit="minute")),
        # a breakdown introducing a list states nothing itself
        (
            "He said more.\n\nA breakdown of the complaints shows:\n- 281 thefts\n- 22 frauds",
            "281",
            dict(attribution=None),
        ),
        # a US story naming Colombia keeps its dollars
        (
            "A gang smuggled $2 million of cocaine from Colombia to Miami, US officials said.",
            "$2 million",
            dict(unit="USD"),
        ),
        # a legal reference in brackets stays a reference
        ("Robbery (Section 392): 40 cases", "40", dict(subject="cases")),
        # 'within' after a passive keeps its subject
        ("Nine in ten thefts were reported within 48 hours.", "48 hours", dict(subject="thefts")),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_article_in_brackets_is_no_claim() -> None:
    document = "See Article (5) of the Act."
    assert texts_over(extract(document), document, "5") == []
