"""Table change columns headed in other percent spellings ("Change, %", "Change %", "% chg"),
a currency word after a range of "$" amounts ("between $2,000 and $50,000 pesos a week"),
which peso "pesos" is by the country a story names, a bare "$" in a document that writes
"$<n> pesos" (a peso-country outlet), emergency line numbers named between a determiner and a
line word ("the 1122 helpline"), and a percentage restating a change ("a reduction of 524
cases, or about 10.7pc").
Every sentence and table is written for this file. Positive rows name one mention by its exact
``text`` and the fields that matter; near misses name what must stay as it is; non-claims name
a span that no claim may overlap.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from tests.expectations import assert_claim, assert_claim_on_line, table_params, texts_over

pytestmark = pytest.mark.slow


def _money(value: float, unit: str, high: float | None = None) -> dict[str, Any]:
    return {"value": value, "value_high": high, "unit": unit, "kind": "money"}


def _pct(value: float, change: str | None) -> dict[str, Any]:
    return {"value": value, "unit": "percent", "kind": "percent", "change": change}


def _count(value: float, change: str | None = None) -> dict[str, Any]:
    return {"value": value, "unit": None, "kind": "count", "change": change}


# -- 1. change columns headed by a percent mark in any spelling ---------------------------------
def _spaced(header: str) -> str:
    return (
        "Recorded offences by type, Northshire Police\n"
        f"Offence              2024      2025      {header}\n"
        "Burglary             1,204     1,421     +18.0\n"
        "Vehicle theft        512       501       -2.1\n"
    )


def _piped(header: str) -> str:
    return (
        f"| Division | 2024 | 2025 | {header} |\n"
        "|---|---|---|---|\n"
        "| Eastfield | 3,310 | 3,046 | -8.0 |\n"
        "| Westbury | 2,118 | 2,290 | +8.1 |\n"
    )


PERCENT_CHANGE_HEADERS = [
    "% change", "Change, %", "Change (%)", "Pct change", "Per cent change", "Change %",
    "% chg", "Change, per cent", "Change in %", "Chg %",
]  # fmt: skip


@pytest.mark.parametrize("header", PERCENT_CHANGE_HEADERS)
def test_percent_change_column_spaced(header: str) -> None:
    table = _spaced(header)
    assert_claim_on_line(table, "+18.0", "Burglary", _pct(18.0, "increase"))
    assert_claim_on_line(table, "-2.1", "Vehicle theft", _pct(2.1, "decrease"))
    assert_claim_on_line(table, "1,421", "Burglary", _count(1421))  # the counts stay counts


@pytest.mark.parametrize("header", PERCENT_CHANGE_HEADERS)
def test_percent_change_column_piped(header: str) -> None:
    table = _piped(header)
    assert_claim_on_line(table, "-8.0", "| Eastfield", _pct(8.0, "decrease"))
    assert_claim_on_line(table, "+8.1", "| Westbury", _pct(8.1, "increase"))
    assert_claim_on_line(table, "3,046", "| Eastfield", _count(3046))


@pytest.mark.parametrize("header", ["Change", "Annual change", "Change, % pts"])
def test_change_column_without_percent_mark_stays_count(header: str) -> None:
    """'Change' alone, or a column of percentage points: the signed cell keeps no percent (a
    whole one counts; '+8.1' counts nothing)."""
    for table, line in ((_spaced(header), "Burglary"), (_piped(header), "| Westbury")):
        claims = [c for c in factpull.extract(table) if c.text.startswith("+")]
        assert claims, table
        assert all(c.unit is None and c.kind == "count" for c in claims if c.value == 18), line
        assert all(c.unit is None and c.kind == "other" for c in claims if c.value == 8.1), line
        assert all(c.change == "increase" for c in claims)


def test_period_rows_under_percent_change_column() -> None:
    table = (
        "Year      Robberies    Change, %\n2024      4,210        -3.4\n"
        "2025      4,655        +10.6\n"
    )
    robberies = {"subject": "Robberies"}
    assert_claim_on_line(table, "+10.6", "2025", {**_pct(10.6, "increase"), **robberies})
    assert_claim_on_line(table, "4,655", "2025", {**_count(4655), **robberies})


def test_share_column_with_trailing_percent_is_a_level() -> None:
    table = (
        "Region        Cleared, %    Offences\nNorth         41.2          3,120\n"
        "South         38.7          2,904\n"
    )
    assert_claim_on_line(table, "41.2", "North", _pct(41.2, None))
    assert_claim_on_line(table, "2,904", "South", _count(2904))


def test_band_row_label_ending_in_percent_keeps_counts() -> None:
    """'Less than 5 %' names a band of the rows, not a unit of the row's cells."""
    table = (
        "Share of income lost      Victims\nLess than 5 %             1,240\n"
        "5 % to 20 %               388\n"
    )
    assert_claim_on_line(table, "1,240", "Less than", _count(1240))
    assert_claim_on_line(table, "388", "5 % to", _count(388))


# -- 2. currency words after "$" ranges; which peso; a peso outlet's bare "$" -----------------
# (id, text, mention, expected fields[, strict xfail reason])
# fmt: off
MONEY = [
    ("range-and-pesos-week", "Extortionists in Celaya, Guanajuato, made demands of between "
     "$2,000 and $50,000 pesos a week from shopkeepers.", "$2,000 and $50,000 pesos a week",
     {"value": 2_000, "value_high": 50_000, "unit": "MXN per week", "kind": "rate"}),
    ("range-hyphen-pesos", "Merchants in Mexico City told reporters that gangs charged "
     "$3,000-$40,000 pesos in monthly 'rent'.", "$3,000-$40,000 pesos",
     _money(3_000, "MXN", 40_000)),
    ("range-to-pesos-argentina", "Prosecutors in Rosario said the crew demanded $5 million to "
     "$8 million pesos from each family in Buenos Aires.", "$5 million to $8 million pesos",
     _money(5_000_000, "ARS", 8_000_000)),
    ("range-pesos-no-cue", "The kidnappers asked for between $200,000 and $300,000 pesos.",
     "$200,000 and $300,000 pesos", _money(200_000, "PHP", 300_000)),
    ("range-canadian-dollars", "Fines for the offence range from $200 to $500 Canadian "
     "dollars.", "$200 to $500 Canadian dollars", _money(200, "CAD", 500)),
    ("range-dollars-word-kept", "The ransom was between $20,000 and $50,000 dollars, the FBI "
     "said.", "$20,000 and $50,000 dollars", _money(20_000, "USD", 50_000)),
    ("range-no-word-kept", "Phoenix police said fines run from $200 to $500.", "$200 to $500",
     _money(200, "USD", 500)),
    ("pesos-mexico-once", "Police in Mexico seized 500,000 pesos in cash.", "500,000 pesos",
     _money(500_000, "MXN")),
    ("pesos-mexican-once", "Mexican marines found 2.3 million pesos hidden in a truck.",
     "2.3 million pesos", _money(2_300_000, "MXN")),
    ("pesos-argentina-once", "Federal police in Argentina recovered 800,000 pesos.",
     "800,000 pesos", _money(800_000, "ARS")),
    ("pesos-colombia-once", "A Colombian court froze 90 million pesos of the gang's assets.",
     "90 million pesos", _money(90_000_000, "COP")),
    ("pesos-chile-once", "Chilean police seized 4 million pesos and two pistols.",
     "4 million pesos", _money(4_000_000, "CLP")),
    ("pesos-manila-once", "Manila police said the snatcher took 7,500 pesos from a vendor.",
     "7,500 pesos", _money(7_500, "PHP")),
    ("pesos-no-cue-default", "The robbers took 12,000 pesos from the till.", "12,000 pesos",
     _money(12_000, "PHP")),
    ("pesos-tie-default", "A Mexican national was arrested in Manila with 60,000 pesos.",
     "60,000 pesos", _money(60_000, "PHP")),
    ("pesos-one-city-default", "Thieves took 3,500 pesos near Santiago.", "3,500 pesos",
     _money(3_500, "PHP")),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(MONEY, 4))
def test_money(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(factpull.extract(text), mention, expected)


MEXICAN_OUTLET = (
    "CULIACÁN, Sinaloa — Extortionists demanded between $2,000 and $50,000 pesos a week from "
    "shopkeepers in the Mexican city, prosecutors said.\n\n"
    "The state prosecutor said the network collected $86 million over two years and paid "
    "US$1.2 million for rifles.\n\n"
    "One father paid $20,000 dollars to free his son."
)


def test_peso_outlet_bare_dollar_sign_is_peso() -> None:
    claims = factpull.extract(MEXICAN_OUTLET)
    assert_claim(claims, "$86 million", _money(86_000_000, "MXN"))
    assert_claim(claims, "US$1.2 million", _money(1_200_000, "USD"))  # written as dollars
    assert_claim(claims, "$20,000 dollars", _money(20_000, "USD"))  # the word says dollars


def test_colombian_outlet_bare_dollar_sign_is_peso() -> None:
    text = (
        "Police in Medellín said the gang charged bus drivers $50,000 pesos a day.\n\n"
        "Investigators in Colombia traced $1.2 billion in payments to the group."
    )
    assert_claim(factpull.extract(text), "$1.2 billion", _money(1_200_000_000, "COP"))


# (id, document, mention, expected fields): stories that write "$" for US dollars
# fmt: off
DOLLAR_STORIES = [
    ("us-story-names-mexico", "HOUSTON — Federal agents seized $86 million linked to Mexico's "
     "Sinaloa cartel, prosecutors in Texas said.\n\nOne courier carried 400,000 pesos.",
     "$86 million", _money(86_000_000, "USD")),
    ("us-dollar-and-sign-no-pesos", "Police in Mexico City said the gang laundered US$3 "
     "million and $12 million through shell firms in Mexico.", "$12 million",
     _money(12_000_000, "USD")),
    ("pesos-without-sign", "Police in Mexico City seized 400,000 pesos and $15,000 in a raid "
     "in Mexico.", "$15,000", _money(15_000, "USD")),
    ("sign-pesos-no-cue", "The gang charged $5,000 pesos a week, and police found $9,000.",
     "$9,000", _money(9_000, "USD")),
    ("sign-pesos-manila", "Manila police said vendors paid $500 pesos a day; the boss kept "
     "$40,000 in the Philippines.", "$40,000", _money(40_000, "USD")),
    ("dollars-in-sydney", "Sydney police seized $2 million and 50,000 dollars in Sydney's west.",
     "50,000 dollars", _money(50_000, "AUD")),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(DOLLAR_STORIES, 4))
def test_dollar_stories_unchanged(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(factpull.extract(text), mention, expected)


# -- 3. emergency and help line numbers ---------------------------------------------------------
# (id, sentence, span that no claim may overlap)
# fmt: off
LINE_NAMES = [
    ("the-15-emergency-helpline", "Residents can report crimes on the 15 emergency helpline.",
     "15"),
    ("the-1122-helpline", "The 1122 helpline received 3,400 calls during the floods.", "1122"),
    ("call-the-1122-helpline", "Victims should call the 1122 helpline.", "1122"),
    ("our-911-hotline", "Please call our 911 hotline if you see anything.", "911"),
    ("call-999", "Anyone with information should call 999.", "999"),
    ("dial-112", "In an emergency, dial 112.", "112"),
    ("the-1930-cyber-helpline", "Complaints can be filed on the 1930 cyber helpline.", "1930"),
    ("the-8888-toll-free-line", "The 8888 toll-free line is open around the clock.", "8888"),
    ("non-emergency-number", "Citizens may use the 101 non-emergency number to report thefts.",
     "101"),
    ("its-women-helpline", "The ministry said its 181 women's helpline took the report.", "181"),
]
# fmt: on


@pytest.mark.parametrize(("text", "span"), table_params(LINE_NAMES, 3))
def test_line_numbers_are_not_claims(text: str, span: str) -> None:
    assert texts_over(factpull.extract(text), text, span) == []


# (id, sentence, mention, expected fields)
# fmt: off
LINE_COUNTS = [
    ("15-helplines", "The ministry set up 15 helplines for victims.", "15", _count(15)),
    ("set-up-3-hotlines", "Police set up 3 hotlines after the attack.", "3", _count(3)),
    ("the-15-helplines", "The 15 helplines run by the state took 80,000 calls.", "15",
     _count(15)),
    ("calls-on-helpline", "The centre received 1,200 calls on the helpline.", "1,200",
     _count(1200)),
    ("helpline-took-calls", "The helpline took 4,500 calls last month.", "4,500", _count(4500)),
    ("1122-helpline-calls", "The 1122 helpline received 3,400 calls during the floods.",
     "3,400", _count(3400)),
    ("line-managers", "The 12 line managers at the emergency call centre were suspended.", "12",
     _count(12)),
    ("digit-number", "Scammers asked for the 16 digit number on the card; call the helpline.",
     "16", _count(16)),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(LINE_COUNTS, 4))
def test_line_counts_stay(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(factpull.extract(text), mention, expected)


# -- 4. a percentage (or count) restating a change -----------------------------------------------
# (id, sentence, mention, expected fields)
# fmt: off
RESTATED = [
    ("reduction-or-pc", "That is a reduction of 524 cases, or about 10.7pc.", "10.7pc",
     _pct(10.7, "decrease")),
    ("reduction-count-kept", "That is a reduction of 524 cases, or about 10.7pc.", "524",
     _count(524, "decrease")),
    ("increase-or-percent", "Police recorded an increase of 75 arrests, or 9 percent, on "
     "the year before.", "9 percent", _pct(9, "increase")),
    ("drop-bracket", "Burglaries showed a drop of 1,200 (14%) on the previous year.", "14%",
     _pct(14, "decrease")),
    ("down-bracket-per-cent", "Violent crime was down 1,200 (14 per cent) year on year.",
     "14 per cent", _pct(14, "decrease")),
    ("rose-by-offences-or-roughly", "Shoplifting rose by 2,150 offences, or roughly 11 per "
     "cent, to 21,700.", "11 per cent", _pct(11, "increase")),
    ("level-after-kept", "Shoplifting rose by 2,150 offences, or roughly 11 per cent, to "
     "21,700.", "21,700", _count(21_700, None)),
    ("fell-by-or-percent-kept", "Thefts fell by 310, or 12 percent.", "12 percent",
     _pct(12, "decrease")),
    ("percent-then-cases", "Thefts fell 12 percent, or 310 cases, to 2,280.", "310",
     _count(310, "decrease")),
    ("percent-then-bracket-count", "Robberies were down 14% (1,200 offences) on 2024.", "1,200",
     _count(1200, "decrease")),
    ("money-or-percent", "Fraud losses dropped by $3.2 million, or 18 per cent.", "18 per cent",
     _pct(18, "decrease")),
    # near misses: the first figure is a level, or other words stand between
    ("level-or-share", "Police made 524 arrests, or about 10.7pc of all cases.", "10.7pc",
     _pct(10.7, None)),
    ("level-or-share-total", "There were 310 thefts, or 12 percent of the total.", "12 percent",
     _pct(12, None)),
    ("time-words-between", "Burglaries fell by 310 last year (12 percent of them in Kent).",
     "12 percent", _pct(12, None)),
    ("level-after-to", "Arrests fell by 120, to 1,800 (40% of the total).", "40%",
     _pct(40, None)),
]
# fmt: on


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(RESTATED, 4))
def test_restated_change(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(factpull.extract(text), mention, expected)
