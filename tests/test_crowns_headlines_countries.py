"""Crowns, dinars and kroner decided by the places a story names; title-case headlines
('Burglaries in Greece Fall 8 Percent, Hellenic Police Data Show', 'Interior Ministry:
Registered Crimes Down 4.7%'); a country that owns or locates a count ('Bulgaria's crime
rate', 'Mexico homicides'); adverbs that open an apposition ('often students'); page
counters ('Views: 1 204'); a file's code after 'number'; and the size of a change noun's
change written as a fraction ('an increase of more than a fifth'). Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from factpull.places import is_country
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("czech-crowns", "Czech police said fraud victims lost nearly 2.1 billion crowns last year.",
     "2.1 billion crowns", dict(unit="CZK", kind="money", qualifier="nearly")),
    ("swedish-crowns", "Swedish customs seized 3 million crowns in cash.", "3 million crowns",
     dict(unit="SEK")),
    ("serbian-dinars", "Serbian police seized 5.2 million dinars in Novi Sad.",
     "5.2 million dinars", dict(unit="RSD")),
    ("jordanian-dinars", "Jordanian police in Amman recovered 12,000 dinars.", "12,000 dinars",
     dict(unit="JOD")),
    ("norwegian-kroner", "Norwegian police seized 4 million kroner in Oslo.", "4 million kroner",
     dict(unit="NOK")),
    # title-case headlines
    ("title-case-change", "Robberies in Portugal Fall 6 Percent, National Police Data Show",
     "6 Percent", dict(change="decrease", subject="Robberies", attribution="National Police")),
    ("title-case-rise", "Car Thefts Rose 12% In 2024", "12%",
     dict(change="increase", subject="Car Thefts")),
    ("headline-body-colon", "Justice Ministry: Recorded Crimes in Croatia Down 3.1% in 2024",
     "3.1%", dict(attribution="Justice Ministry", subject="Recorded Crimes")),
    # a country that owns or locates a count
    ("country-possessive", "Estonia's homicide rate stood at 2.3 per 100,000 people.",
     "2.3 per 100,000 people", dict(subject="homicide rate")),
    ("country-compound-event", "Costa Rica murders fall to 412, lowest in a decade", "412",
     dict(subject="murders")),
    # adverbs opening an apposition
    ("hedge-adverb", "The firms were run by straw men, often students aged 19 to 23.",
     "19 to 23", dict(subject="students")),
    # a fraction sizing a change noun's change
    ("change-of-fraction", "Police logged 9,120 frauds, an increase of more than a fifth on "
     "2023.", "a fifth", dict(qualifier="more than", change="increase")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("views-counter", "Crime | March 4, 2024 // 09:12 | Views: 2 318\nPolice arrested 40 men.",
     "2 318"),
    ("file-code", "The case was registered under number KR III Ds 27.2024.", "27.2024"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    # a country before people or things says who or which
    ("country-people", "Police arrested 12 US citizens at the border.", "12",
     dict(subject="US citizens")),
    ("country-things", "Agents seized more than $415,000 in U.S. currency.", "$415,000",
     dict(subject="U.S. currency")),
    ("country-cities", "It ranked second among the 50 largest U.S. cities.", "50",
     dict(subject="largest U.S. cities")),
    # a named body's possession stays
    ("body-possessive", "Europol's budget rose to 200 million euros.", "200 million euros",
     dict(subject="Europol's budget")),
    # a list line after a force's name is no headline
    ("force-list-line", "West Midlands Police: 31,204 offences, up 3%", "31,204",
     dict(attribution=None)),
    # a change noun before a fraction with its own noun is no change of that size
    ("fall-of-empire", "It was the fall of a third empire in the region.", None, None),
    # views as a count of something in a sentence
    ("views-in-prose", "The video had 40 views before it was removed.", "40",
     dict(subject="views")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str | None, expected: dict[str, Any] | None) -> None:
    claims = extract(document)
    if text is None:
        assert claims == []
    else:
        assert_claim(claims, text, expected or {})


@pytest.mark.parametrize(
    ("words", "country"),
    [("Bulgaria", True), ("the United Kingdom", True), ("US", True), ("us", False),
     ("Russia", True), ("Europol", False), ("Leeds", False)],
)  # fmt: skip
def test_country_names(words: str, country: bool) -> None:
    assert is_country(words) is country
