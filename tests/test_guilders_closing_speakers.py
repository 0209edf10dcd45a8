"""Dutch Caribbean and Haitian money (Aruban florins 'Afl.', Antillean guilders 'NAf.' and
'guilders' in Curaçao, Surinamese dollars 'SRD', gourdes), a dateline the parser chains to
the speaker after its dash, verbs that report only a clause ('The agency specifies that
...') or close the sentence ('..., the group specifies.'), a titled speaker named in commas,
a post called back in lower case ('the acting commissioner'), the figure a difference is
taken from ('117 fewer than the 565 recorded'), the level after a headline's change ('down
by 96, to 612'), 'various' inside an 'of' phrase, and a table's next column that is no unit.
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

MILLS = (
    "Deputy Commissioner of Police Andre Fraser presented the figures on Monday.\n\n"
    "Fraser said nine of the shootings were gang-related.\n\n"
    '"Every one of those 22 deaths is a family in mourning," the deputy commissioner said.'
)
FORMER = (
    "Commissioner Ruth Blake retired in March.\n\n"
    "The new commissioner said 31 officers had joined the force."
)

ROWS: list[tuple[Any, ...]] = [
    ("aruban-florins", "Losses from shop thefts reached Afl. 1.7 million last year.",
     "Afl. 1.7 million", dict(unit="AWG", kind="money", value=1_700_000)),
    ("antillean-guilders-sign", "Customs seized NAf. 2.4 million in cash at the port.",
     "NAf. 2.4 million", dict(unit="ANG", value=2_400_000)),
    ("guilders-in-curacao", "In Willemstad, Curaçao, the ministry will spend 6 million "
     "guilders on patrol boats.", "6 million guilders", dict(unit="ANG")),
    ("guilders-dutch", "Before the euro, the Dutch fine was 500 guilders.", "500 guilders",
     dict(unit="NLG")),
    ("surinamese-dollars", "- SRD 36.2 million in cash and goods confiscated",
     "SRD 36.2 million", dict(unit="SRD", value=36_200_000)),
    ("gourdes", "Kidnappers demanded between 300,000 and 9 million gourdes in ransom.",
     "300,000 and 9 million gourdes", dict(unit="HTG", value=300_000, value_high=9_000_000)),
    # a dateline chained to the speaker after its dash
    ("dateline-chained-name", "CASTRIES, St Lucia — The Royal Saint Lucia and Windward Police "
     "Force (RSLPF) says officers seized 37 firearms in October.", "37",
     dict(attribution="The Royal Saint Lucia and Windward Police Force")),
    # verbs that report a clause, or close the sentence
    ("specifies-that", "The ministry specifies that 14 hostages were freed during the raids.",
     "14", dict(attribution="The ministry")),
    ("closing-specifies", "The fines imposed ranged from 200 to 900 dollars, FODH specifies.",
     "200 to 900 dollars", dict(attribution="FODH")),
    ("closing-reports", "Car thefts fell to 312 in the quarter, the agency reports.", "312",
     dict(attribution="the agency")),
    ("recalled-that", "The spokesman of the PNC, Marie-Claude Desrosiers, recalled that the "
     "force has about 4,200 officers.", "4,200", dict(attribution="Marie-Claude Desrosiers")),
    # a post called back in lower case is the person named with it before
    ("lower-case-post", MILLS, "22",
     dict(attribution="Deputy Commissioner of Police Andre Fraser")),
    # the figure a difference is taken from measures what the first figure does
    ("than-after-difference", "The island closed 2024 with 302 burglaries, 61 fewer than the "
     "363 recorded in 2023.", "363", dict(subject="burglaries")),
    ("than-after-difference-more", "There were 45 arrests, 12 more than the 33 recorded last "
     "year.", "33", dict(subject="arrests")),
    # the level a headline's change reached
    ("level-after-change", "- reports of fraud down by 41, to 288", "288",
     dict(subject="reports of fraud")),
    ("level-after-percent-change", "- robberies up 12 percent, to 140", "140",
     dict(subject="robberies")),
    # 'various' tells an 'of' phrase's variety
    ("various-in-of-phrase", "• 2,180 cartridges of various calibres ;", "2,180",
     dict(subject="cartridges of various calibres")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NEAR_MISSES: list[tuple[Any, ...]] = [
    # a verb that reports only a clause does something else with an object
    ("recalled-object", "Toyota recalled 50,000 vehicles last year.", "50,000",
     dict(attribution=None)),
    ("stressed-object", "He stressed the need for 200 more officers.", "200",
     dict(attribution=None)),
    # a sentence closed by data names no one, nor a headline's passive
    ("closing-figures", "Thefts rose 12 percent, the figures show.", "12 percent",
     dict(attribution=None)),
    ("closing-told", "FIA received over 126,000 complaints this year, Senate panel told",
     "126,000", dict(attribution=None)),
    # a titled speaker in commas who is no name stays the title
    ("title-comma-description", "The spokesman for the police, a former detective, said 45 "
     "people died.", "45", dict(attribution="The spokesman for the police")),
    # a post called back with 'new' is someone else
    ("new-post", FORMER, "31", dict(attribution="The new commissioner")),
    # a quantifier opening the counted noun still goes
    ("various-opening", "Police seized various 40 items.", "40", dict(subject="items")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_table_column_is_no_unit() -> None:
    """'Quarter 1 2024    Quarter 1 2023': the year and the next column's first word are no
    weight in quarters; the rows under the header keep their units."""
    document = (
        "Drug            Quarter 1 2025    Quarter 1 2024\n"
        "Heroin (kg)          2.6               4.4\n"
    )
    claims = extract(document)
    assert texts_over(claims, document, "2025    Quarter") == []
    assert_claim(claims, "2.6", dict(unit="kilogram", subject="Heroin"))


def test_unit_after_one_space_still_read() -> None:
    """Near miss: a unit one space after its number is still its unit."""
    claims = extract("The car reached 120 mph on the bypass.")
    assert_claim(claims, "120 mph", dict(unit="mile per hour"))
