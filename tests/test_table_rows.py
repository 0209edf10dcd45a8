"""Table rows read as rows: signed cells and change columns state a direction, a row label with
commas or 'and' names every cell, a period row takes its column headers for subjects, a caption
states a rate, and a fact list without bullets splits one fact per line. Every table and list
is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import (
    assert_claim_on_line,
    claim_on_line,
    claim_with_text,
    overlapping_texts,
    table_params,
    wrong_fields,
)

pytestmark = pytest.mark.slow


# -- 1. signed cells in table rows are changes ------------------------------------------------
SAPS_STYLE = (
    "Crime category          2022/23    2023/24    Count diff    % change\n"
    "Attempted murder          6 880      6 402          -478       -6.9%\n"
    "Carjacking                2 180      2 300          +120        5.5%"
)
PIPED_SIGNS = (
    "| Offence | Jan-Jun 2023 | Jan-Jun 2024 | Difference |\n"
    "|---|---|---|---|\n"
    "| Street robbery | 1,020 | 958 | -62 |\n"
    "| Knife crime | 733 | 781 | +48 |"
)
TABBED_SIGNS = (
    "Offence\t2023\t2024\tDiff\nShoplifting\t5,114\t5,902\t+788\nFraud\t2,201\t2,093\t-108"
)
SIGNED_ROWS = [
    ("saps-minus", SAPS_STYLE, "-478", "Attempted murder", {"value": 478, "change": "decrease"}),
    ("saps-plus", SAPS_STYLE, "+120", "Carjacking", {"value": 120, "change": "increase"}),
    ("saps-percent", SAPS_STYLE, "-6.9%", "Attempted murder", {"value": 6.9, "change": "decrease"}),
    ("saps-level", SAPS_STYLE, "6 402", "Attempted murder", {"value": 6402, "change": None}),
    (
        "pipe-minus",
        PIPED_SIGNS,
        "-62",
        "| Street",
        {"value": 62, "change": "decrease", "subject": "Street robbery"},
    ),
    ("pipe-plus", PIPED_SIGNS, "+48", "| Knife", {"value": 48, "change": "increase"}),
    ("pipe-level", PIPED_SIGNS, "958", "| Street", {"value": 958, "change": None}),
    ("tab-plus", TABBED_SIGNS, "+788", "Shoplifting", {"value": 788, "change": "increase"}),
    ("tab-minus", TABBED_SIGNS, "-108", "Fraud", {"value": 108, "change": "decrease"}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(SIGNED_ROWS, 5))
def test_signed_cells_are_changes(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


# Signs outside table rows, or on a measure that is a level, state no change.
SIGNED_PROSE = [
    (
        "goal-difference",
        "The club's goal difference stands at -12 after the defeat.",
        "-12",
        {"value": -12, "change": None},
    ),
    (
        "temperature",
        "Temperatures fell to -5°C overnight as officers searched the moor.",
        "-5°C",
        {"value": -5, "change": None},
    ),
    (
        "minus-yards",
        "The visitors were held to minus-7 yards rushing in the first half.",
        "minus-7 yards",
        {"change": None},
    ),
]


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(SIGNED_PROSE, 4))
def test_signs_in_prose_are_no_changes(text: str, mention: str, expected: dict[str, Any]) -> None:
    claim = claim_with_text(extract(text), mention)
    assert wrong_fields(claim, expected) == {}


def test_signed_temperature_cell_is_no_change() -> None:
    text = "Indicator                  2023      2024\nMin temperature (°C)         -5        -3"
    claim = claim_on_line(text, "-5", "Min temperature")
    assert (claim.change, claim.value) == (None, -5)


def test_unsigned_row_cells_are_levels() -> None:
    text = "Offence      2023    2024\nBurglary    1,204   1,150\nRobbery       310     352"
    claims = extract(text)
    assert {c.text: c.change for c in claims} == {
        "1,204": None,
        "1,150": None,
        "310": None,
        "352": None,
    }


# -- 2. change columns -------------------------------------------------------------------------
PERCENT_CHANGE = (
    "Offence                             2023      2024    % change\n"
    "Robbery, extortion and hijacking   2,140     2,311         8.0\n"
    "Burglary and theft                 4,100     3,900        -4.9\n"
    "Arson                                 58        58         0.0"
)
CHANGE_PERCENT = (
    "Force | Recorded | Change (%)\nNorthshire | 12,880 | 12.4\nWestvale | 9,032 | -3.1"
)
CHG = "Category\tQ3\tQ4\t% chg\nVehicle crime\t811\t876\t8.0\nCriminal damage\t640\t602\t-5.9"
COUNT_CHANGE = (
    "Offence               2023     2024    Change\n"
    "Drug trafficking        412      469        57\n"
    "Weapons possession      301      288       -13"
)
CHANGE_COLUMNS = [
    (
        "pct-change-up",
        PERCENT_CHANGE,
        "8.0",
        "Robbery",
        {"value": 8.0, "unit": "percent", "kind": "percent", "change": "increase"},
    ),
    (
        "pct-change-down",
        PERCENT_CHANGE,
        "-4.9",
        "Burglary",
        {"value": 4.9, "unit": "percent", "change": "decrease"},
    ),
    ("pct-change-zero", PERCENT_CHANGE, "0.0", "Arson", {"value": 0, "change": None}),
    ("year-columns", PERCENT_CHANGE, "2,311", "Robbery", {"value": 2311, "change": None}),
    (
        "change-bracket-up",
        CHANGE_PERCENT,
        "12.4",
        "Northshire",
        {"value": 12.4, "unit": "percent", "change": "increase"},
    ),
    (
        "change-bracket-down",
        CHANGE_PERCENT,
        "-3.1",
        "Westvale",
        {"value": 3.1, "unit": "percent", "change": "decrease"},
    ),
    ("change-bracket-level", CHANGE_PERCENT, "12,880", "Northshire", {"change": None}),
    ("chg-up", CHG, "8.0", "Vehicle", {"value": 8.0, "unit": "percent", "change": "increase"}),
    ("chg-down", CHG, "-5.9", "Criminal", {"value": 5.9, "change": "decrease"}),
    (
        "count-change-up",
        COUNT_CHANGE,
        "57",
        "Drug",
        {"value": 57, "kind": "count", "change": "increase"},
    ),
    ("count-change-down", COUNT_CHANGE, "-13", "Weapons", {"value": 13, "change": "decrease"}),
    ("count-level", COUNT_CHANGE, "469", "Drug", {"value": 469, "change": None}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(CHANGE_COLUMNS, 5))
def test_change_columns(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    assert_claim_on_line(text, mention, line, expected)


def test_share_column_is_no_change() -> None:
    text = "Offence    Cases    Share (%)\nFraud      3,120       41.2\nTheft      2,004       26.5"
    claim = claim_on_line(text, "41.2", "Fraud")
    assert (claim.unit, claim.change) == ("percent", None)


# -- 3. row labels with commas and 'and' -------------------------------------------------------
LABELS = [
    (
        "comma-and",
        PERCENT_CHANGE,
        "2,140",
        "Robbery",
        {"subject": "Robbery, extortion and hijacking"},
    ),
    (
        "comma-and-change",
        PERCENT_CHANGE,
        "8.0",
        "Robbery",
        {"subject": "Robbery, extortion and hijacking"},
    ),
    ("and", PERCENT_CHANGE, "3,900", "Burglary", {"subject": "Burglary and theft"}),
    (
        "pipe-commas",
        "| Assault, threats and harassment | 3,410 | 3,122 |\n"
        "| Theft, fraud and forgery | 7,806 | 7,650 |",
        "3,122",
        "| Assault",
        {"subject": "Assault, threats and harassment"},
    ),
    (
        "tab-commas",
        "Offence\t2023\t2024\nSexual offences, including rape\t1,932\t2,014\nTheft\t4,410\t4,388",
        "2,014",
        "Sexual",
        {"subject": "Sexual offences, including rape"},
    ),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(LABELS, 5))
def test_row_labels_with_commas(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


def test_comma_label_in_prose_keeps_its_noun() -> None:
    text = "Robbery, extortion and hijacking cases rose by 8.0% to 2,311 last year."
    claim = claim_with_text(extract(text), "2,311")
    assert claim.subject == "Robbery, extortion and hijacking cases"


# -- 4. period rows take their column headers ---------------------------------------------------
SHOOTINGS = (
    "Year    Shootings    Dead    Injured\n"
    "2023         363       53        109\n"
    "2024         341       48         97"
)
PIPE_QUARTERS = (
    "| Quarter | Arrests | Charged | % change |\n"
    "|---|---|---|---|\n"
    "| Q1 2024 | 410 | 233 | +6.2 |\n"
    "| Q2 2024 | 388 | 201 | -5.4 |"
)
TAB_YEARS = "Year\tRobberies\tLosses (£m)\n2022/23\t1,204\t3.8\n2023/24\t1,318\t4.1"
PERIOD_ROWS = [
    ("shootings", SHOOTINGS, "363", "2023", {"subject": "Shootings", "value": 363}),
    ("dead", SHOOTINGS, "53", "2023", {"subject": "Dead", "value": 53}),
    ("injured", SHOOTINGS, "97", "2024", {"subject": "Injured", "value": 97}),
    ("quarter-arrests", PIPE_QUARTERS, "410", "| Q1", {"subject": "Arrests"}),
    ("quarter-charged", PIPE_QUARTERS, "201", "| Q2", {"subject": "Charged"}),
    (
        "quarter-change",
        PIPE_QUARTERS,
        "+6.2",
        "| Q1",
        {"subject": None, "change": "increase", "unit": "percent"},
    ),
    ("tab-years", TAB_YEARS, "1,318", "2023/24", {"subject": "Robberies"}),
    (
        "tab-unit-label",
        TAB_YEARS,
        "3.8",
        "2022/23",
        {"subject": "Losses", "unit": "GBP", "value": 3_800_000},
    ),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(PERIOD_ROWS, 5))
def test_period_rows_take_column_headers(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


@pytest.mark.parametrize("year", ["2023", "2024"])
def test_year_cell_is_noclaim_on_line(year: str) -> None:
    start = SHOOTINGS.index("\n" + year) + 1
    assert overlapping_texts(extract(SHOOTINGS), start, start + 4) == []


def test_labelled_row_keeps_its_label() -> None:
    text = (
        "Group      Shootings    Dead\nMen              301      44\nWomen             62       9"
    )
    assert claim_on_line(text, "301", "Men").subject == "Men"
    assert claim_on_line(text, "9", "Women").subject == "Women"


def test_year_headers_name_nothing() -> None:
    text = "          2023      2024\nMen     24,960    23,802\nWomen   18,400    17,950"
    assert claim_on_line(text, "23,802", "Men").subject == "Men"


# -- 5. captions that state a rate ---------------------------------------------------------------
RATE_CAPTIONS = [
    (
        "by-sex",
        "Victimization rate per 100,000 inhabitants, by sex\n"
        "Men      24,960    23,802\nWomen    18,400    17,950",
        "23,802",
        "Men",
        {"kind": "rate", "unit": "per 100,000 inhabitants", "value": 23802, "subject": "Men"},
    ),
    (
        "spaced-thousands",
        "Rate per 100 000 population\n              2022      2023\n"
        "Gauteng       41.2      44.9\nLimpopo       18.7      17.3",
        "17.3",
        "Limpopo",
        {"kind": "rate", "unit": "per 100,000 population", "value": 17.3},
    ),
    (
        "bracket-note",
        "Homicide rate per 100,000 residents (provisional)\n"
        "Urban areas    6.1    5.8\nRural areas    3.4    3.9",
        "3.4",
        "Rural",
        {"kind": "rate", "unit": "per 100,000 residents", "subject": "Rural areas"},
    ),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(RATE_CAPTIONS, 5))
def test_rate_captions(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    assert_claim_on_line(text, mention, line, expected)


NOT_RATE_CAPTIONS = [
    ("plain-title", "Victims by sex\nMen      24,960    23,802\nWomen    18,400    17,950"),
    (
        "prose-rate",
        "The homicide rate per 100,000 fell to 4.2 in 2023.\n"
        "Men      24,960    23,802\nWomen    18,400    17,950",
    ),
    (
        "rate-then-prose",
        "Rate per 100,000 population\nFigures were revised on Monday.\n"
        "Men      24,960    23,802\nWomen    18,400    17,950",
    ),
]


@pytest.mark.parametrize("text", table_params(NOT_RATE_CAPTIONS, 2))
def test_lines_that_state_no_caption_rate(text: str) -> None:
    claim = claim_on_line(text, "23,802", "Men")
    assert (claim.kind, claim.unit, claim.value) == ("count", None, 23802)


# -- 6. fact lists without bullets --------------------------------------------------------------
FACT_LISTS = [
    (
        "counts",
        "310,000+ fake items seized\n12 warehouses raided\n1,847 traffic fines issued\n"
        "4 in 10 impounded vehicles belonged to drivers under 25",
        [
            "310,000+ fake items seized",
            "12 warehouses raided",
            "1,847 traffic fines issued",
            "4 in 10 impounded vehicles belonged to drivers under 25",
        ],
    ),
    (
        "after-lead-in",
        "Operation Kestrel in numbers:\n46 arrests\n9 firearms recovered\n£1.2m in cash seized",
        ["46 arrests", "9 firearms recovered", "£1.2m in cash seized"],
    ),
    (
        "end-marks",
        "2,300 calls answered.\n118 people helped into shelters.\n37 cases referred.",
        ["2,300 calls answered.", "118 people helped into shelters.", "37 cases referred."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), table_params(FACT_LISTS, 3))
def test_fact_lines_are_sentences(text: str, sentences: list[str]) -> None:
    found = {c.sentence for c in extract(text)}
    assert set(sentences) <= found, found


WRAPPED = [
    (
        "estimated",
        "Detectives said the gang had smuggled an estimated\n1,200 kg of cocaine "
        "through the port and laundered\n14 million euros before the arrests.",
    ),
    ("across", "12 people were arrested in dawn raids across\n4 counties on Tuesday, police said."),
    ("comma", "Officers recovered 31 stolen bikes,\n14 scooters and\n6 cars from the yard."),
    (
        "long-lines",
        "Border officers seized 2,400 counterfeit handbags and watches in the\n"
        "3 raids carried out at warehouses near the port on Thursday morning.",
    ),
]


@pytest.mark.parametrize("text", table_params(WRAPPED, 2))
def test_wrapped_prose_stays_one_sentence(text: str) -> None:
    claims = extract(text)
    assert claims and {c.sentence for c in claims} == {text}


MONTHS = (
    "Month        Burglaries    Arrests\n"
    "January              41         12\n"
    "Marijuana            17          9\n"
    "Sept. 2024           38         15"
)
MONTH_ROWS = [
    ("month", MONTHS, "41", "January", {"subject": "Burglaries"}),
    ("dotted-month", MONTHS, "15", "Sept.", {"subject": "Arrests"}),
    ("month-like-word", MONTHS, "17", "Marijuana", {"subject": "Marijuana"}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(MONTH_ROWS, 5))
def test_month_rows_and_month_like_labels(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)
