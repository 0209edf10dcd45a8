"""Local currency letters ('Hr 46 million', 'K2.3 million'), 'real estate' that is no real,
a former rank ('up from 104th'), 'added' with an object that states nothing, a police rank in
capitals before a name, an affiliation ending in 'Branch', a speaker's bracketed acronym, a
group fronted by 'Out of', a noun after a bracketed acronym, a plural the tagger reads as a
verb, a noun elided after a count with its own restriction, sentences 'handed down', numbers
in e-mail addresses, emergency numbers and street addresses, tables of places with a rate
column, a headline's 'X at N', a place's possessive, and ages of 'the number of' a group.
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # local currency letters
    ("hryvnia-hr", "Investigators uncovered a Hr 46 million procurement fraud in Kharkiv.",
     "Hr 46 million", dict(unit="UAH", kind="money", value=46e6)),
    ("kwacha-k-scale", "The Drug Enforcement Commission seized cannabis worth K2.3 million in "
     "Ndola.", "K2.3 million", dict(unit="ZMW", kind="money", value=2.3e6)),
    ("kwacha-k-place", "Officers recovered K500,000 in cash at a house in Lusaka.", "K500,000",
     dict(unit="ZMW", kind="money")),
    ("kwacha-malawi", "Malawi Police in Lilongwe said thieves stole K4.5 million from a bank.",
     "K4.5 million", dict(unit="MWK")),
    # 'real estate' is no Brazilian real
    ("real-estate", "Prosecutors froze 14 real estate properties linked to the gang.", "14",
     dict(kind="count", unit=None, subject="real estate properties")),
    # a former rank
    ("up-from-rank", "The country ranked 105th in the index, up from 104th a year earlier.",
     "104th", dict(kind="ordinal", value=104)),
    ("down-from-rank", "The city is now ranked 12th, down from third last year.", "third",
     dict(kind="ordinal", value=3)),
    # 'added' with an object states nothing
    ("added-object", "Council approved $4.3 million for cameras, and the department added 12 "
     "detectives.", "12", dict(subject="detectives", attribution=None)),
    ("added-speaker", "Robberies fell 9%, the spokesman added.", "9%",
     dict(attribution="the spokesman")),
    # a police rank in capitals before the name, and a later 'he said'
    ("rank-before-name", '"This is worrying," DCOP Mensah said.\n\nHe said the command had '
     "retrieved 37 firearms.", "37", dict(attribution="DCOP Mensah")),
    # an affiliation ending in an organisation's unit
    ("of-branch", "Detective Inspector Ann Hale of the PSNI's Organised Crime Branch said "
     "officers had made 214 arrests.", "214", dict(attribution="Detective Inspector Ann Hale")),
    # a bracketed acronym in the speaker's name is no second head
    ("speaker-acronym", "Guards arrested seven suspects, the General Directorate of Narcotics "
     "Control (GDNC) said on Tuesday.", "seven",
     dict(attribution="the General Directorate of Narcotics Control")),
    # a group fronted by 'Out of'
    ("out-of-group", '"Out of the 74 murder cases, a dozen were linked to land disputes," he '
     "said.", "a dozen", dict(subject="murder cases")),
    ("out-of-group-plain", "Out of 40 suspects, 12 were charged.", "12",
     dict(subject="suspects")),
    # a noun after a bracketed acronym is what is counted
    ("acronym-then-noun", "Police recorded 9,214 gender-based violence (GBV) cases in the "
     "quarter.", "9,214", dict(subject="gender-based violence (GBV) cases")),
    ("acronym-then-noun-offences", "The force recorded 1,140 violence against the person (VAP) "
     "offences in May.", "1,140", dict(subject="violence against the person (VAP) offences")),
    # a plural the tagger reads as a verb is what a headline's number counts
    ("plural-read-as-verb", "Patrol reports 1,264 OVI arrests ahead of holiday enforcement",
     "1,264", dict(subject="OVI arrests")),
    # a noun elided after a count with its own restriction
    ("elided-after-restricted", "Troopers issued 3,100 citations for speeding and 1,050 for "
     "seat belt violations.", "1,050", dict(subject="citations")),
    ("elided-arrests", "Police made 40 arrests for theft and 12 for assault.", "12",
     dict(subject="arrests")),
    # near miss: a unit noun is no counted noun
    ("elided-not-unit", "There are 68,400 people unemployed for two years and 95,800 who have "
     "been unemployed longer.", "95,800", dict(subject="people")),
    # 'handed down' is no decrease
    ("handed-down", "The court has handed down 87 verdicts this year.", "87",
     dict(subject="verdicts", change=None)),
    ("laid-down", "The new code laid down 12 rules for officers.", "12", dict(change=None)),
    # a place table with a count column and a rate column
    ("table-member-state", "Intentional homicides, 2024\nMember State | Victims | Rate per 100 "
     "000 inhabitants\nEU | 3 930 | 0.88\nLatvia | 80 | 4.29", "80",
     dict(subject="Victims", kind="count")),
    ("table-rate-title", "Intentional homicides, 2024\nMember State | Victims | Rate per 100 "
     "000 inhabitants\nEU | 3 930 | 0.88\nLatvia | 80 | 4.29", "4.29",
     dict(subject="Intentional homicides", kind="rate")),
    # a headline's 'X at N'
    ("headline-at", "Intentional homicides in the EU at 3 930 in 2024", "3 930",
     dict(subject="Intentional homicides", value=3930)),
    # near miss: 'at' with its own noun
    ("at-own-noun", "Police at 40 locations seized drugs.", "40", dict(subject="locations")),
    # a place's possessive names no kind of thing
    ("country-possessive", "The country's murder rate remained high at 42 per 100,000 people.",
     "42 per 100,000 people", dict(subject="murder rate")),
    ("city-possessive", "The city's burglary total rose to 3,120.", "3,120",
     dict(subject="burglary total")),
    # ages of 'the number of' a group are the group's
    ("number-of-aged", "The number of children aged 10 to 17 charged in court rose 6 percent.",
     "10 to 17", dict(kind="age", subject="children")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("k9-unit", "The K9 unit found 12 kg of cannabis.", "K9"),
    ("email-address", "Report smuggling by email at 995@gdnc.gov.sa or in person.", "995"),
    ("emergency-numbers", "Call the emergency numbers 191 and 18555 with information.", "191"),
    ("compass-address", "Ohio State Highway Patrol | 1970 W. Broad St. | Columbus", "1970"),
    ("third-parties", "Cases rose, up from third parties.", "third"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []
