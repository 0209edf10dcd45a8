"""Rwandan francs written 'Frw'; quote paragraphs after a quote whose speaker is named by
surname or by 'he'; a table's column header between its intro and its rows; a source name
the parser ran into 'show'; a headline's 'nets 18 months'; distances that say where; 'News
at 10'; a worth list that starts in a time phrase; model names before a count's noun; an
alias in quotes. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("frw-amount", "• Frw 2.4 billion reported lost by victims", "Frw 2.4 billion",
     dict(value=2.4e9, unit="RWF", kind="money")),
    ("frw-range", "The offence carries a fine of Frw 1,000,000 to Frw 2,000,000.",
     "Frw 1,000,000 to Frw 2,000,000", dict(value=1e6, value_high=2e6, unit="RWF")),
    ("quote-after-surname", "Regional police spokesperson Ruth Achieng said the suspects "
     "were held.\n\n\"We recovered 22 motorcycles,\" Achieng said.\n\n\"The gang worked at "
     "night. We logged 74 robberies, up from 51.\"", "74",
     dict(attribution=("Ruth Achieng", "Regional police spokesperson Ruth Achieng"))),
    ("quote-after-he", "Colonel Dara Aziz said 140 of those held were foreign nationals.\n\n"
     "\"We seized 90 kilograms of heroin,\" he said.\n\n\"Two thirds of it crosses the "
     "northern border.\"", "Two thirds", dict(attribution=("Dara Aziz", "Colonel Dara Aziz"))),
    ("table-after-header", "Figures released by the Police Headquarters show:\n\nDistrict"
     "          Burglary   Robbery\nColombo                  1,204        388",
     "1,204", dict(attribution="Police Headquarters")),
    ("headline-nets", "Machete attack nets 30 months", "30 months", dict(subject=None)),
    ("locating-distance", "Officers stopped a boat about 6 nautical miles east of the "
     "island on Friday.", "6 nautical miles", dict(subject=None)),
    ("worth-after-period", "He said 3,880 people were arrested during the month and goods "
     "worth Rs 44 million recovered.", "Rs 44 million", dict(subject="goods")),
    ("model-before-noun", "– 23 AK-47 rifles and 4 homemade pistols recovered", "23",
     dict(subject="AK-47 rifles")),
    ("quoted-alias", "His co-accused, Kofi Mensah alias \"Tiger\", 33, got 12 years.", "33",
     dict(subject="Kofi Mensah")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_programme_time_is_no_claim() -> None:
    document = "Watch: Metro TV News at 9 on Channel 41."
    assert texts_over(extract(document), document, "9") == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a length stated of something keeps it
        ("The cables were 50 metres long.", "50 metres", dict(subject="cables")),
        # a quote paragraph after a body's statement is no person's
        ('"Crime fell," police said.\n\n"We logged 74 robberies."', "74", dict(attribution=None)),
        # 'alias' with the age right after the name keeps the name
        ("Musa Bello alias Dogo, 29, was held.", "29", dict(subject="Musa Bello")),
        # a time phrase that is a list's item keeps the list
        (
            "Police seized cash, liquor and drugs worth $40,000.",
            "$40,000",
            dict(subject="cash, liquor and drugs"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
