"""Gapped lists read from the words ('Robberies numbered 3,120 and thefts 8,455'); króna
amounts; an approximate amount in another currency after a comma converts the one before;
Italian article numbers ('41-bis') and continental street numbers ('Hauptstraße 12'); a
site's tag after a headline; a foreign organisation's name with lowercase particles; a
document's topic words after its owner's name; a table's stub header naming a service; a
headline change verb tagged a noun; a place that accounts for part of a count; a 'to over'
range end; 'in cooperation with'; 'the report mentions'. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("gapped-by-words", "Robberies numbered 3,120 and assaults 8,455.", "8,455",
     dict(subject="assaults")),
    ("gapped-noun-dropped", "Officers stopped 2,410 cyclists without lights and 612 without "
     "helmets.", "612", dict(subject="cyclists")),
    ("kronur", "The haul had a street value of 310 million krónur.", "310 million krónur",
     dict(unit="ISK", kind="money", value=310_000_000)),
    ("approximate-conversion", "The stolen paintings were valued at 90 million krónur, about "
     "620,000 euros.", "620,000 euros", dict(subject="stolen paintings", unit="EUR")),
    ("foreign-name-particles", "Car thefts fell 4% in 2024, according to figures from the "
     "Direction générale de la sécurité intérieure.", "4%",
     dict(attribution="Direction générale de la sécurité intérieure")),
    ("document-topic-words", "Extortion cases rose 11%, according to a DNA annual activity "
     "report.", "11%", dict(attribution="DNA")),
    ("headline-noun-verb", "Pickpocket arrests at Milan station fall by 14% in summer", "14%",
     dict(subject="Pickpocket arrests", change="decrease")),
    ("place-accounts-for-part", "Most of the 920 car fires were in three cities, with Lyon "
     "alone accounting for 214.", "214", dict(subject="car fires")),
    ("range-to-over", "Bribes in the customs cases ranged from a few hundred leva to over "
     "BGN 40,000.", "BGN 40,000", dict(subject="Bribes")),
    ("raised-level-gerund", "Ministers plan to lift the maximum penalty for possessing a "
     "zombie knife to four years.", "four years", dict(subject="maximum penalty")),
    ("cooperation-no-holder", "Detectives had tracked the gang for 11 months in cooperation "
     "with Spanish police.", "11 months", dict(subject=None)),
    ("report-mentions", "The annual report also mentions that 312 firearms went missing from "
     "police stores.", "312", dict(attribution="The annual report")),
    ("list-of-four-worth", "Police froze villas, boats, sports cars and bank accounts worth "
     "€12 million.", "€12 million", dict(subject="villas, boats, sports cars and bank accounts")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


TABLE = """Seizures by customs office (kg):

Customs office      Heroin   Cannabis
Kapitan Andreevo        41        230
Varna port              12        118
"""


def test_service_stub_header_names_the_columns() -> None:
    claims = extract(TABLE)
    assert_claim(claims, "41", dict(subject="Heroin", unit="kilogram"))
    assert_claim(claims, "118", dict(subject="Cannabis"))


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("He is held under the '41-bis' regime for mafia bosses.", "41"),
        ("Officers searched a flat on Rákóczi utca 27 in Budapest.", "27"),
        ("The suspect lived at Bergmannstraße 104 in Kreuzberg.", "104"),
        ("Police raided a bar on Via dei Serpenti 33 on Friday.", "33"),
    ],
)
def test_names_and_addresses_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


def test_site_tag_after_headline_is_no_source() -> None:
    claims = extract("Police seize cocaine worth €2.1 million in Rotterdam raid - VIDEO")
    assert_claim(claims, "€2.1 million", dict(attribution=None))


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a headline's own source after the dash still counts
        ("Knife crime up 7% in 2024: ONS", "7%", dict(attribution="ONS")),
        # a list, not a conversion: the same currency, no 'about'
        ("Fines of €500, €1,000 and €2,000 were issued.", "€1,000", dict(equivalent_of=None)),
        # a street word in running text with no name before it stays a count
        ("Drugs were shipped via 14 countries.", "14", dict(subject="countries")),
        # a noun headline verb that is no change word names no subject of its own
        ("Carabinieri arrest 58 in Calabria", "58", dict(subject=None)),
        # 'accounting for' with the counted noun stated keeps it
        ("Lyon accounted for 214 car fires.", "214", dict(subject="car fires")),
        # a time spent in prison is still the prison's
        ("He spent 12 years in prison.", "12 years", dict(subject="prison")),
        # 'for' phrase on a gerund with its own subject is no raised level
        (
            "Thefts were put at 4,100, with the average loss rising to $920.",
            "$920",
            dict(subject="average loss"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
