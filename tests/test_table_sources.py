"""Table titles that open with their source or number and a colon and state their units in a
bracket: 'Crime Statistics Agency: selected offences (counts; rate per 100,000 population)',
'Table 2: Stop and searches ... (number; rate per 1,000 population)'. The bracket's per-phrase
goes to the rate columns and rows, the other columns stay counts; a bracket of a rate alone
('(rate per 100,000 persons)') is a rate of every cell. Prose with a colon over a table is no
title. A 'Source:' line under a table names its publisher, also when a blank line sets it apart
('Source: Home Office police recorded crime' names the Home Office); so does one closing a list
of bullets or 'Label: value' lines. Every table is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.expectations import assert_claim_on_line, table_params

pytestmark = pytest.mark.slow


RATE = "rate"
COUNT = {"unit": None, "kind": "count"}

# -- 1. a source or number before a colon, the units in a bracket -------------------------------
SOURCE_PIPED = (
    "Crime Statistics Agency: selected offences, Victoria, year to June"
    " (counts; rate per 100,000 population)\n"
    "Offence                   | 2024   | 2025   | Rate 2025\n"
    "Residential burglary      | 30,647 | 28,410 | 412.6\n"
    "Theft from motor vehicle  | 41,302 | 39,877 | 579.1"
)
NUMBERED_ALIGNED = (
    "Table 2: Stop and searches by self-defined ethnicity, England and Wales, year ending"
    " March 2025 (number; rate per 1,000 population)\n"
    "Ethnic group     Searches     Rate\n"
    "White             298,214      6.2\n"
    "Mixed              21,806     14.9"
)
SQUARE_BRACKET = (
    "Home Office: knife crime offences by force, year ending September 2024"
    " [number; rate per 100,000 population]\n"
    "Force            Offences        Rate\n"
    "Merseyside          1,874       132.9\n"
    "Cleveland             905       159.4"
)
TABBED = (
    "Police Scotland: domestic abuse incidents by division, 2024-25"
    " (number, rate per 10,000 population)\n"
    "Division\tIncidents\tRate\n"
    "Greater Glasgow\t14,882\t157.3\n"
    "Highland and Islands\t2,417\t76.8"
)
CHART_RATE_ROW = (
    "Chart 1: Household burglary, Western Region (counts and rates per 1,000 households)\n"
    "                2022        2023        2024\n"
    "Burglaries     6,214       5,930       6,088\n"
    "Rate            11.4        10.8        11.0"
)
RATE_ONLY = (
    "Bureau of Crime Statistics: homicide victims by state (rate per 100,000 persons)\n"
    "State            2023        2024\n"
    "Victoria          1.3         1.5\n"
    "Tasmania          0.9         1.2"
)
PLAIN_LEAD = (
    "Recorded crime: sexual offences by police area (number; rate per 100,000 population)\n"
    "Area          | Offences | Rate\n"
    "Thames Valley | 5,318    | 212.4"
)
TITLED = [
    ("source-rate", SOURCE_PIPED, "412.6", "Residential", {"unit": "per 100,000 population"}),
    ("source-rate-2", SOURCE_PIPED, "579.1", "Theft", {"kind": RATE, "value": 579.1}),
    ("source-count", SOURCE_PIPED, "30,647", "Residential", {**COUNT, "value": 30647}),
    ("source-count-2", SOURCE_PIPED, "39,877", "Theft", COUNT),
    ("source-subject", SOURCE_PIPED, "412.6", "Residential", {"subject": "Residential burglary"}),
    ("numbered-rate", NUMBERED_ALIGNED, "6.2", "White", {"unit": "per 1,000 population"}),
    ("numbered-rate-2", NUMBERED_ALIGNED, "14.9", "Mixed", {"kind": RATE}),
    ("numbered-count", NUMBERED_ALIGNED, "298,214", "White", {**COUNT, "value": 298214}),
    ("square-rate", SQUARE_BRACKET, "159.4", "Cleveland", {"unit": "per 100,000 population"}),
    ("square-count", SQUARE_BRACKET, "1,874", "Merseyside", COUNT),
    ("tab-rate", TABBED, "157.3", "Greater", {"unit": "per 10,000 population", "kind": RATE}),
    ("tab-count", TABBED, "2,417", "Highland", COUNT),
    ("chart-rate-row", CHART_RATE_ROW, "10.8", "Rate", {"unit": "per 1,000 households"}),
    ("chart-count-row", CHART_RATE_ROW, "5,930", "Burglaries", COUNT),
    ("rate-only", RATE_ONLY, "1.5", "Victoria", {"unit": "per 100,000 persons", "kind": RATE}),
    ("plain-lead-rate", PLAIN_LEAD, "212.4", "Thames", {"unit": "per 100,000 population"}),
    ("plain-lead-count", PLAIN_LEAD, "5,318", "Thames", COUNT),
    ("rate-only-2", RATE_ONLY, "0.9", "Tasmania", {"unit": "per 100,000 persons"}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(TITLED, 5))
def test_bracketed_title_rate(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    assert_claim_on_line(text, mention, line, expected)


# -- 2. near misses: prose with a colon, a title without a rate, a base of its own ---------------
PROSE_COLON = (
    "Police said on Monday the figures showed a fall: burglary rate per 100,000 residents\n"
    "Offence                   | 2024   | 2025   | Rate 2025\n"
    "Residential burglary      | 30,647 | 28,410 | 412.6"
)
PROSE_COLON_ALIGNED = (
    "The latest figures released by the force show this: rate per 1,000 population\n"
    "Ethnic group     Searches     Rate\n"
    "Black              96,310     24.5"
)
COUNTS_ONLY = (
    "Crime Statistics Agency: selected offences, Victoria, year to June (counts)\n"
    "Offence                   | 2024   | 2025   | Change\n"
    "Aggravated burglary       | 9,866  | 10,412 | 546"
)
NO_UNITS = (
    "Table 7: Firearms seized by police region, 2024\n"
    "Region           Seized       Rate\n"
    "Northern            412        3.1"
)
OWN_BASE = (
    "Sheriff's Department: arrests by county (number; rate per 100,000 residents)\n"
    "County     | Arrests | Rate per 1,000\n"
    "Marion     | 3,204   | 9.7"
)
RATE_ONLY_WITH_COUNTS = (
    "Bureau of Crime Statistics: homicide by state (rate per 100,000 persons)\n"
    "State        | Victims | Rate\n"
    "Queensland   | 121     | 2.2"
)
NEAR_MISSES = [
    ("prose-colon", PROSE_COLON, "412.6", "Residential", {"unit": None, "kind": "other"}),
    ("prose-colon-count", PROSE_COLON, "28,410", "Residential", COUNT),
    ("prose-colon-aligned", PROSE_COLON_ALIGNED, "24.5", "Black", {"unit": None}),
    ("counts-title", COUNTS_ONLY, "10,412", "Aggravated", COUNT),
    ("counts-title-change", COUNTS_ONLY, "546", "Aggravated", {"unit": None}),
    ("no-units", NO_UNITS, "3.1", "Northern", {"unit": None}),
    ("no-units-count", NO_UNITS, "412", "Northern", COUNT),
    ("own-base", OWN_BASE, "9.7", "Marion", {"unit": "per 1,000", "kind": RATE}),
    ("own-base-count", OWN_BASE, "3,204", "Marion", COUNT),
    ("rate-only-count-col", RATE_ONLY_WITH_COUNTS, "121", "Queensland", COUNT),
    ("rate-only-rate-col", RATE_ONLY_WITH_COUNTS, "2.2", "Queensland", {"kind": RATE}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(NEAR_MISSES, 5))
def test_no_title_rate(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    assert_claim_on_line(text, mention, line, expected)


# -- 3. the table's publisher: a title's lead or a 'Source:' line states its cells ---------------
SOURCE_UNDER = (
    "Knife crime offences by force, year ending September 2024\n"
    "Force            Offences        Change\n"
    "West Midlands       4,612          -310\n"
    "Source: Home Office"
)
SOURCE_ACRONYM = (
    "Fraud and computer misuse, year ending March 2025 (number)\n"
    "Offence        | 2024      | 2025\n"
    "Bank fraud     | 1,204,000 | 1,310,000\n"
    "Sources: ONS."
)
NO_PUBLISHER = (
    "Source: own calculations from court records\n"
    "Court        | Cases | Convictions\n"
    "Leeds Crown  | 1,412 | 1,067"
)
SOURCE_SET_APART = (
    "Recorded crime by police force area, year ending June 2025\n\n"
    "Force             Offences   Change (%)\n"
    "Dyfed-Powys         27,940        -5\n"
    "Gwent               51,615        -2\n\n"
    "Source: Home Office police recorded crime\n\n"
    "Statistician: Rhian Davies"
)
PROSE_AFTER_TABLE = (
    "Force             Offences\n"
    "Dyfed-Powys         27,940\n"
    "Gwent               51,615\n\n"
    "The figures were published by the Home Office on Thursday."
)
LABEL_LINES_SOURCED = (
    "Key figures, Lagos state, January-October\n"
    "Homicides: 1,204 (–3.1%)\n"
    "Kidnappings: 312 (+8%)\n"
    "Source: NBS-NG"
)
BULLETS_SOURCED = (
    "Results of the operation:\n- 214 arrests\n- 37 firearms seized\nSource: Home Office"
)
PROSE_OVER_SOURCE = "Police said crime fell.\nBurglaries fell by 4% last year.\nSource: Home Office"
SOURCED = [
    ("label-lines-source", LABEL_LINES_SOURCED, "312", "Kidnappings", "NBS-NG"),
    ("label-lines-source-change", LABEL_LINES_SOURCED, "–3.1%", "Homicides", "NBS-NG"),
    ("bullets-source", BULLETS_SOURCED, "37", "- 37", "Home Office"),
    ("prose-over-source", PROSE_OVER_SOURCE, "4%", "Burglaries", None),
    ("source-set-apart", SOURCE_SET_APART, "51,615", "Gwent", "Home Office"),
    ("source-set-apart-change", SOURCE_SET_APART, "-5", "Dyfed", "Home Office"),
    ("prose-after-table", PROSE_AFTER_TABLE, "27,940", "Dyfed", None),
    ("lead-agency", SOURCE_PIPED, "28,410", "Residential", "Crime Statistics Agency"),
    ("lead-agency-rate", SOURCE_PIPED, "412.6", "Residential", "Crime Statistics Agency"),
    ("lead-office", SQUARE_BRACKET, "905", "Cleveland", "Home Office"),
    ("lead-police", TABBED, "14,882", "Greater", "Police Scotland"),
    ("lead-bureau", RATE_ONLY, "1.2", "Tasmania", "Bureau of Crime Statistics"),
    ("lead-department", OWN_BASE, "3,204", "Marion", "Sheriff's Department"),
    ("source-line", SOURCE_UNDER, "4,612", "West", "Home Office"),
    ("source-line-change", SOURCE_UNDER, "-310", "West", "Home Office"),
    ("source-acronym", SOURCE_ACRONYM, "1,310,000", "Bank", "ONS"),
    # near misses: a topic before the colon, a number, a source in lower case
    ("lead-topic", PLAIN_LEAD, "5,318", "Thames", None),
    ("lead-number", NUMBERED_ALIGNED, "298,214", "White", None),
    ("lead-chart", CHART_RATE_ROW, "6,088", "Burglaries", None),
    ("prose-lead", PROSE_COLON, "30,647", "Residential", None),
    ("no-publisher", NO_PUBLISHER, "1,067", "Leeds", None),
]


@pytest.mark.parametrize(("text", "mention", "line", "source"), table_params(SOURCED, 5))
def test_table_source(text: str, mention: str, line: str, source: str | None) -> None:
    assert_claim_on_line(text, mention, line, {"attribution": source})
