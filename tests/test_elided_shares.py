"""A share or count that stands as its clause's subject with no noun of its own ('Around a
third were aged between 15 and 19', 'the remaining two were granted bail', 'Twelve of them')
counts what the text counted just before it: earlier in its sentence, or in the sentence right
before in the same paragraph. A figure 'This' or 'That' points back at ('That's down from
112') counts it too, across a paragraph break, and so does a share of 'those' opening a sentence
('Of those, 29 were under 18'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

# (id, document, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    (
        "share-next-sentence",
        "Officers arrested 318 people during the week of action. Around a third were aged "
        "between 16 and 19.",
        "a third",
        dict(subject="people"),
    ),
    (
        "age-of-share",
        "Officers arrested 318 people during the week of action. Around a third were aged "
        "between 16 and 19.",
        "16 and 19",
        dict(subject="people", kind="age"),
    ),
    (
        "share-same-sentence",
        "Women made up 71% of fraud victims, and almost two in five were over 65.",
        "two in five",
        dict(subject="fraud victims"),
    ),
    (
        "remaining-count",
        "Detectives held 23 suspects. Nineteen were charged on Friday, while the remaining "
        "four were granted bail.",
        "four",
        dict(subject="suspects"),
    ),
    (
        "of-them",
        "Detectives held 23 suspects. Nineteen of them were charged on Friday.",
        "Nineteen",
        dict(subject="suspects"),
    ),
    ("half-loaded", "Customs seized 64 rifles. Half were loaded.", "Half", dict(subject="rifles")),
    (
        "percent-solved",
        "The force recorded 5,210 burglaries. Only 9% were solved.",
        "9%",
        dict(subject="burglaries"),
    ),
    # 'This'/'That' points back at the last figure, across a paragraph break too
    (
        "that-down-from",
        "The county recorded 88 homicides in 2025.\n\nThat's down from 112 the year before, "
        "a drop of more than 21%.",
        "21%",
        dict(subject="homicides", change="decrease"),
    ),
    (
        "that-down-from-level",
        "The county recorded 88 homicides in 2025.\n\nThat's down from 112 the year before.",
        "112",
        dict(subject="homicides"),
    ),
    (
        "this-drop",
        "Kidnapping incidents in the state fell to 41 from 56. That is a drop of about 27 per "
        "cent.",
        "27 per cent",
        dict(subject="Kidnapping incidents"),
    ),
    (
        "this-nothing-counted",
        "The raid took place at dawn. This was the 12th raid this year.",
        "12th",
        dict(kind="ordinal"),
    ),
    # after a colon, the subject of the clause the colon closes
    (
        "after-colon",
        "Carjackings, however, barely moved: 388 were reported in 2025, compared with 392 the "
        "year before.",
        "388",
        dict(subject="Carjackings"),
    ),
    (
        "after-colon-compared",
        "Carjackings, however, barely moved: 388 were reported in 2025, compared with 392 the "
        "year before.",
        "392",
        dict(subject="Carjackings"),
    ),
    # near misses: nothing counted just before, or the figure names its own noun
    (
        "other-paragraph",
        "Customs seized 64 rifles.\n\nHalf were loaded.",
        "Half",
        dict(subject=None),
    ),
    (
        "sentence-between",
        "Customs seized 64 rifles. The raid took place at dawn. Half were loaded.",
        "Half",
        dict(subject=None),
    ),
    (
        "own-noun",
        "Detectives held 23 suspects. Two of the drivers were freed.",
        "Two",
        dict(subject="drivers"),
    ),
    ("bracketed-label", "Police held 9 men. (3) is the case number.", "9", dict(subject="men")),
    # 'Of these/those, N ...' opening a sentence: a share of the group counted before, also
    # across a paragraph break, and a share restated in commas counts it too
    (
        "of-those-next-paragraph",
        "Detectives arrested 146 people in the county lines operation.\n\nOf those, 29 were "
        "under 18.",
        "29",
        dict(subject="people"),
    ),
    (
        "of-these-restated-share",
        "The court heard 812 cases in the year. Of these, 402, or 49.5 percent, ended in a "
        "conviction.",
        "49.5 percent",
        dict(subject="cases"),
    ),
    (
        "of-the-noun-restated-share",
        "Of the defendants, 310, or about 61 percent, pleaded guilty.",
        "310",
        dict(subject="defendants"),
    ),
    (
        "of-those-defined-quoted",
        '"Of those detained, 19 are women," the commander told reporters.',
        "19",
        dict(subject="women"),  # the part the complement names, as annotators read it
    ),
    (
        "twelve-of-them-next-paragraph",
        "Police stopped 80 drivers at the checkpoint.\n\nTwelve of them were over the limit.",
        "Twelve",
        dict(subject="drivers"),
    ),
    (
        "of-the-hyphenated-whole",
        "Of the 63 gun-related incidents, 41 happened after dark.",
        "41",
        dict(subject="gun-related incidents"),
    ),
    # near misses: the clause names its own noun; nothing was counted before; a defined group
    (
        "of-these-own-noun",
        "Police arrested 40 people. Of these, 12 were juveniles.",
        "12",
        dict(subject="juveniles"),
    ),
    ("of-these-first-sentence", "Of these, 12 were charged.", "12", dict(subject="people")),
    (
        "those-aged-next-paragraph",
        "Reported frauds rose to 9,120 cases.\n\nThose aged 30 to 49 made up almost 45 per "
        "cent of victims.",
        "30 to 49",
        dict(subject="Those"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_elided_share(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
