"""Country names, from pycountry: 'Bulgaria's crime rate' is the crime rate, 'Puerto Rico
murders' are murders. A country that owns or locates a count names where it was made, not
what it counts."""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry

# English names ISO 3166 does not list: the nations of the UK, older or everyday names.
_EVERYDAY_NAMES = frozenset({
    "russia", "turkey", "uk", "u.k.", "us", "u.s.", "usa", "america", "britain",
    "great britain", "england", "scotland", "wales", "northern ireland", "ivory coast",
    "macau", "brunei", "cape verde", "kosovo", "vatican", "burma", "swaziland", "holland",
    "east timor", "macedonia",
})  # fmt: skip


@cache
def country_names() -> frozenset[str]:
    """Lower-cased names a country goes by: its short name ('bolivia' of 'Bolivia,
    Plurinational State of'), common name ('taiwan') and official name."""
    names: set[str] = set(_EVERYDAY_NAMES)
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            name = getattr(country, field, None)
            if name:
                names.add(name.lower())
                names.add(name.split(",")[0].lower())
    return frozenset(names)


def is_country(words: str) -> bool:
    """Is ``words`` ('Bulgaria', 'Puerto Rico', 'the United Kingdom', 'US') a country's
    name? Written with a capital, as a name is: 'us' is a pronoun."""
    text = words.strip().removeprefix("the ").removeprefix("The ")
    return text[:1].isupper() and text.lower() in country_names()


@cache
def subdivision_names(country_code: str) -> frozenset[str]:
    """Lower-cased ASCII names of a country's provinces and districts ('telangana' of
    'Telangāna', 'matara'): place words that tell which country's rupee a story means."""
    subdivisions = pycountry.subdivisions.get(country_code=country_code) or []
    return frozenset(_ascii(s.name).lower() for s in subdivisions)


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
