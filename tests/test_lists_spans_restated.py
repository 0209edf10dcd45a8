"""'label: figure' lines under a title that states their unit, a change the parser hangs on
'citywide' or joins to its verb, 'year-on-year' after a figure, people 'between' two ages,
amounts 'of between', crime categories 'from' a place or person, a change restated
'translating to' a percentage, a set-off change past an aside, 'replied' as a statement and a
headline's 'X told'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    # 'label: figure' rows under a title stating their unit
    ("label-rows-rate", "Violent crime rates per 100,000 residents, 2025:\nSacramento County: "
     "612.4\nLos Angeles County: 698.0\nPlacer County: 211.9", "698.0",
     dict(unit="per 100,000 residents", kind="rate")),
    ("label-rows-bracket", "Seizures (kg):\nCocaine: 412\nHeroin: 38.5", "38.5",
     dict(unit="kilogram", kind="weight", subject="Heroin")),
    # near miss: a title stating no unit leaves the rows counts
    ("label-rows-counts", "Key figures for 2025:\nMurders: 143\nRobberies: 1,200", "1,200",
     dict(unit=None, kind="count", subject="Robberies")),
    # the parser hangs a change on where it happened, or joins a second figure to the verb
    ("citywide-change", "Aggravated assaults, however, rose 6.4% citywide and 19% in the "
     "Central Business District.", "6.4%", dict(change="increase")),
    ("conjoined-change", "Aggravated assaults, however, rose 6.4% citywide and 19% in the "
     "Central Business District.", "19%", dict(change="increase")),
    # near miss: a second clause's figure with its own verb
    ("own-verb-after-and", "Thefts fell 5% and 12% were solved.", "12%", dict(change=None)),
    # 'year-on-year' says what the change is against, not a duration or a subject
    ("year-on-year", "The number of drug cases had risen by 726 year-on-year.", "726",
     dict(unit=None, kind="count", subject="drug cases", change="increase")),
    # people said to be between two ages, and the whole a share of them is of
    ("people-between", "Nearly two-thirds of homicide victims were between 18 and 34, the data "
     "shows.", "18 and 34", dict(kind="age", unit="year", subject="homicide victims")),
    ("sentences-between", "Sentences were between 5 and 10.", "5 and 10",
     dict(kind="count", unit=None)),
    # an amount 'of between' two sums measures the noun before 'of'
    ("of-between", "She said officers solicited bribes of between Sh50,000 and Sh200,000 from "
     "motorists.", "Sh50,000 and Sh200,000", dict(subject="bribes")),
    # a crime category 'from' a place or person
    ("thefts-from-shops", "- Thefts from shops increased by 64 incidents to 1,280", "64",
     dict(subject="Thefts from shops", change="increase")),
    ("theft-from-person", "Theft from the person rose by 11 per cent to 151,000 offences.",
     "11 per cent", dict(subject="Theft from the person")),
    ("thefts-of-listed", "- 1,254 thefts of motor vehicles and motorcycles", "1,254",
     dict(subject="thefts of motor vehicles and motorcycles")),
    # a change restated in percent after 'translating to' or 'representing'
    ("translating-to", "She said this represents an increase of 239 cases, translating to 21.6 "
     "percent.", "21.6 percent", dict(change="increase")),
    ("representing", "Arrests fell by 300, representing 12 percent.", "12 percent",
     dict(change="decrease")),
    # a change set off after a figure, past an aside naming it again
    ("set-off-past-aside", "The force seized 412 kilograms of crystal meth, or ice, up 38% from "
     "the same period last year.", "38%",
     dict(subject="crystal meth, or ice", change="increase")),
    # 'replied' states; 'X told' at a headline's end is who heard it
    ("replied", "Waqar Ahmed Chauhan spoke next. Chauhan replied that the agency was short of "
     "650 investigators.", "650", dict(attribution="Waqar Ahmed Chauhan")),
    ("headline-told", "FIA received over 126,000 cybercrime complaints this year, Senate panel "
     "told", "126,000", dict(attribution=None, qualifier="more than")),
    ("told-someone", "Cash worth Rs38.6m was recovered, a senior officer told Dawn.", "Rs38.6m",
     dict(attribution="a senior officer")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
