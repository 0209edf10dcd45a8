"""What a loss went 'to', a post or an object pronoun standing for a person named earlier, a
change set off after a figure, colon labels ending in a participle, Ugandan and Tanzanian
shillings written 'Ush' and 'Tsh', bulleted and 'but' headline changes, emergency numbers
stated or listed, 'between the ages of', and numbers listed before the one carrying their unit
('38 and 22 per cent'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # what a loss went to names it; a person it went to does not
    ("lost-to-scams", "Malaysians lost RM1.22 billion to online scams last year.",
     "RM1.22 billion", dict(subject="online scams", unit="MYR")),
    ("lost-to-fraud-headline", "Finns lost 45 million euros to online fraud last year, police "
     "say", "45 million euros", dict(subject="online fraud", attribution="police")),
    ("lost-to-person", "A retiree lost $40,000 to a man posing as a banker.", "$40,000",
     dict(subject="retiree")),
    ("lost-to-cybercriminals", "Residents of the city lost Rs 1,403 crore to cybercriminals "
     "between January and October.", "Rs 1,403 crore", dict(subject="Residents")),
    # a post standing for the person named with it earlier
    ("bare-post", "Commissioner of Police Erla Harewood-Christopher presented the figures on "
     "Monday. The Commissioner said the detection rate had improved to 21 percent.",
     "21 percent", dict(attribution="Commissioner of Police Erla Harewood-Christopher")),
    # 'him' in 'According to him' stands for the man named before
    ("according-to-him", "EFCC chairman Ola Olukoyede spoke in Abuja. According to him, fraud "
     "accounted for about 70 per cent of the convictions.", "70 per cent",
     dict(attribution="Ola Olukoyede", qualifier="about")),
    # a change set off after a figure changes what that figure measures
    ("change-after-loss", "Malaysians lost RM1.22 billion to online scams between January and "
     "July, up 18.6% from RM1.03 billion a year earlier.", "18.6%",
     dict(subject="online scams", change="increase")),
    # a colon label ending in a participle, a qualifier after the colon
    ("participle-label", "The numbers at a glance:\n- Homicides: 47, down 21%\n- Stolen "
     "vehicles recovered: about 3,300, or 79% of those reported", "3,300",
     dict(subject="Stolen vehicles recovered", qualifier="about", kind="count")),
    ("recovered-label", "Cash recovered: nearly $2.1 million, the force said.", "$2.1 million",
     dict(subject="Cash recovered", qualifier="nearly")),
    # near miss: a speaker before a colon labels nothing
    ("said-colon", "Police said: 3,300 cars were stolen.", "3,300",
     dict(subject="cars", attribution="Police")),
    # Ugandan and Tanzanian shillings as East African papers write them
    ("ush-prefix", "Uganda lost Ush112 billion ($29.6 million) to mobile money fraud.",
     "Ush112 billion", dict(unit="UGX", value=112e9)),
    ("tsh-prefix", "Tanzania's losses stood at Tsh58.3 billion.", "Tsh58.3 billion",
     dict(unit="TZS", value=58.3e9)),
    # a bulleted change with a lower-case first word, and its two levels
    ("bullet-change", "Key figures:\n- theft from motor vehicles down 11 per cent.",
     "11 per cent", dict(subject="theft from motor vehicles", change="decrease")),
    ("bullet-levels-from", "Key figures:\n- burglaries down from 612 to 540;", "540",
     dict(subject="burglaries", change=None)),
    ("bullet-levels-to", "Key figures:\n- burglaries down from 612 to 540;", "612",
     dict(subject="burglaries", change=None)),
    # 'but' opens a headline's second phrase
    ("but-headline", "TTPS: Murders down, but serious crimes up 6%", "6%",
     dict(subject="serious crimes", change="increase")),
    # an age range after 'the ages of'
    ("ages-of-range", "Most of the victims were men between the ages of 18 and 35.",
     "18 and 35", dict(kind="age", unit="year", value=18, value_high=35)),
    # numbers listed before the one that carries the unit share it, and its subject
    ("listed-percent", "Lagos and Abuja handled 38 and 22 per cent of all petitions "
     "respectively.", "38", dict(unit="percent", kind="percent", subject="petitions")),
    ("listed-years", "They were jailed for 3 and 4 years respectively.", "3",
     dict(unit="year", kind="duration")),
    ("listed-three", "Rates rose 5, 10 and 15 percent in the three cities.", "10",
     dict(unit="percent", change="increase")),
    ("listed-weight", "They seized 12 and 40 kg of cocaine respectively.", "12",
     dict(unit="kilogram", kind="weight", subject="cocaine")),
    ("listed-ages", "The men, 18 and 35 years old, were held.", "18",
     dict(kind="age", unit="year")),
    # near miss: the same change restated, no list
    ("restated-share", "Arrests rose by 564, or 2.5%, to 23,481.", "564",
     dict(unit=None, kind="count", change="increase")),
    ("restated-count", "Of the suspects, 1,203, or 56 percent, are charged.", "1,203",
     dict(unit=None, subject="suspects")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("emergency-number-is", "The PSP reminded the public that the national emergency number is "
     "112.", "112"),
    ("listed-emergency", "Anyone with information is asked to call the TTPS at 555, 999 or 911.",
     "999"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_emergency_calls_still_count() -> None:
    """Near miss: a count of calls that happens to be an emergency number."""
    assert_claim(extract("Police received 999 calls."), "999", dict(subject="calls"))
