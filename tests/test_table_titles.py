"""Table titles that state a rate, and row labels of several words. A title that names counts
and a rate ('Victims, number and rate per 100,000 persons') gives its per-phrase to the columns
or rows labelled as rates ('Rate 2024', '2023-24 rate', 'Rate'), in piped, space-aligned and
tab-separated tables; the other columns stay counts, and a rate column with a base of its own
keeps it. A multi-word row label names its cells even when two blanks, not one, stand before
its first separator. Every table is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim_on_line, claim_on_line, claim_with_text, table_params

pytestmark = pytest.mark.slow


# -- 1. a rate column named by the title --------------------------------------------------------
PIPED = (
    "Recorded victims of selected offences, New South Wales - number and rate per 100,000 persons\n"
    "Offence                | 2023   | 2024   | Rate 2024\n"
    "Sexual assault         | 14,210 | 15,034 | 181.6\n"
    "Robbery                | 2,145  | 1,987  | 24.0"
)
ALIGNED = (
    "Table 5. Offences recorded by police, number and rate per 100,000 population, 2023-24\n"
    "Offence                    2022-23      2023-24      Rate\n"
    "Homicide                       287          301       1.1\n"
    "Aggravated burglary          9,480       10,215      37.6"
)
TABBED = (
    "Household property crime, counts and rates per 1,000 households\n"
    "Offence\t2023\t2024\t2024 rate\n"
    "Burglary\t12,406\t11,958\t9.8\n"
    "Vandalism\t20,331\t21,870\t17.9"
)
RATE_ROWS = (
    "Assaults on custody staff - number and rate per 10,000 staff\n"
    "               2022       2023       2024\n"
    "Assaults      1,412      1,655      1,830\n"
    "Rate           74.2       86.9       95.3"
)
COMPLETED_BASE = (
    "Young people proceeded against, number and rate per 100,000 persons\n"
    "Region   | 2024  | Rate per 100,000\n"
    "Northern | 1,206 | 1,240.5\n"
    "Coastal  | 874   | 903.7"
)
NUMBER_AND_RATE_COLUMNS = (
    "Homicide rate per 100,000 residents, by state\n"
    "State        | Victims | Rate\n"
    "Victoria     | 98      | 1.4\n"
    "Queensland   | 121     | 2.2"
)
PER_HEADER = (
    "Drug offences cleared, number and rate per 100,000 adults\n"
    "District      Cleared      Per 100,000\n"
    "Eastern         3,112            512.8"
)
RATE_COLUMNS = [
    ("piped-rate", PIPED, "181.6", "Sexual", {"unit": "per 100,000 persons", "kind": "rate"}),
    ("piped-rate-2", PIPED, "24.0", "Robbery", {"value": 24, "kind": "rate"}),
    ("piped-count", PIPED, "15,034", "Sexual", {"value": 15034, "unit": None, "kind": "count"}),
    ("piped-subject", PIPED, "181.6", "Sexual", {"subject": "Sexual assault"}),
    ("aligned-rate", ALIGNED, "37.6", "Aggravated", {"unit": "per 100,000 population"}),
    ("aligned-rate-kind", ALIGNED, "1.1", "Homicide", {"kind": "rate", "subject": "Homicide"}),
    ("aligned-count", ALIGNED, "10,215", "Aggravated", {"unit": None, "kind": "count"}),
    ("tab-rate", TABBED, "17.9", "Vandalism", {"unit": "per 1,000 households", "kind": "rate"}),
    ("tab-count", TABBED, "11,958", "Burglary", {"unit": None, "kind": "count"}),
    ("rate-row", RATE_ROWS, "86.9", "Rate", {"unit": "per 10,000 staff", "kind": "rate"}),
    ("count-row", RATE_ROWS, "1,830", "Assaults   ", {"unit": None, "kind": "count"}),
    ("completed-base", COMPLETED_BASE, "903.7", "Coastal", {"unit": "per 100,000 persons"}),
    ("completed-count", COMPLETED_BASE, "874", "Coastal", {"unit": None, "kind": "count"}),
    ("caption-rate-col", NUMBER_AND_RATE_COLUMNS, "2.2", "Queensland", {"kind": "rate"}),
    (
        "caption-count-col",
        NUMBER_AND_RATE_COLUMNS,
        "121",
        "Queensland",
        {"value": 121, "unit": None, "kind": "count"},
    ),
    ("per-header", PER_HEADER, "512.8", "Eastern", {"unit": "per 100,000 adults"}),
    ("per-header-count", PER_HEADER, "3,112", "Eastern", {"unit": None, "kind": "count"}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(RATE_COLUMNS, 5))
def test_title_rate_goes_to_rate_columns(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


# Near misses: the title's rate has no rate column to go to, or the column states its own base.
NO_RATE_COLUMN = (
    "Offences recorded, number and rate per 100,000 persons\n"
    "Offence        2023      2024\n"
    "Robbery       7,112     6,884\n"
    "Fraud        21,305    24,117"
)
OWN_BASE = (
    "Young people proceeded against, number and rate per 100,000 persons\n"
    "Region   | 2024  | Rate per 1,000\n"
    "Northern | 1,206 | 12.4"
)
PROSE_ABOVE = (
    "The assault rate per 100,000 people rose again last year, the report said.\n"
    "Offence       2023     2024     Rate\n"
    "Assault      4,108    4,352     61.0"
)
PROSE_BETWEEN = (
    "Offences, number and rate per 100,000 persons\n"
    "Figures for 2024 remain provisional until the annual review.\n"
    "Offence       2023     2024     Rate\n"
    "Assault      4,108    4,352     61.0"
)
SHORT_COUNTS_TITLE = (
    "Number and rate per 100,000 persons\nOffence | 2023 | 2024\nRobbery | 7,112 | 6,884"
)
NOT_RATES = [
    ("counts-title", SHORT_COUNTS_TITLE, "6,884", "Robbery", {"unit": None, "kind": "count"}),
    ("no-rate-column", NO_RATE_COLUMN, "24,117", "Fraud", {"unit": None, "kind": "count"}),
    ("no-rate-column-2", NO_RATE_COLUMN, "7,112", "Robbery", {"value": 7112, "kind": "count"}),
    ("own-base", OWN_BASE, "12.4", "Northern", {"unit": "per 1,000", "kind": "rate"}),
    ("own-base-count", OWN_BASE, "1,206", "Northern", {"unit": None, "kind": "count"}),
    ("prose-above", PROSE_ABOVE, "61.0", "Assault", {"unit": None, "kind": "count"}),
    ("prose-between", PROSE_BETWEEN, "61.0", "Assault", {"unit": None, "kind": "count"}),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(NOT_RATES, 5))
def test_title_rate_near_misses(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


def test_rate_caption_without_rate_column_still_covers_every_cell() -> None:
    text = "Homicide rate per 100,000 residents\nRegion     2023     2024\nInland      4.1      3.8"
    assert_claim_on_line(text, "4.1", "Inland", {"unit": "per 100,000 residents", "kind": "rate"})


# -- 2. multi-word row labels -------------------------------------------------------------------
LABELS = [
    "Motor vehicle theft",
    "Theft from motor vehicle",
    "Break and enter dwelling",
    "Drug possession/use",
    "Homicide and related offences",
    "Receiving stolen goods",
]


def _rows(line: str) -> str:
    """A header and one row per label, each label padded to the widest plus two blanks."""
    width = max(len(label) for label in LABELS) + 2
    rows = [
        line.format(label=label.ljust(width), a=f"{1_200 + 37 * i:,}", b=f"{20.5 + i:.1f}")
        for i, label in enumerate(LABELS)
    ]
    return "Offence | 2024 | Rate\n" + "\n".join(rows)


ROW_FORMS = {
    "pipe-padded": "{label}| {a} | {b}",
    "pipe-outer": "| {label}| {a} | {b} |",
    "aligned": "{label}  {a}      {b}",
    "tabbed": "{label}\t{a}\t{b}",
}


@pytest.mark.parametrize("form", list(ROW_FORMS))
@pytest.mark.parametrize("index", range(len(LABELS)))
def test_multi_word_row_label_names_its_cells(form: str, index: int) -> None:
    text = _rows(ROW_FORMS[form])
    label = LABELS[index]
    figure = f"{1_200 + 37 * index:,}"
    assert_claim_on_line(text, figure, text.splitlines()[index + 1][:5], {"subject": label})
    assert_claim_on_line(
        text, f"{20.5 + index:.1f}", text.splitlines()[index + 1][:5], {"subject": label}
    )


def test_two_blank_gap_before_pipe_after_a_title() -> None:
    text = (
        "Stolen vehicles recovered, number and rate per 100,000 registrations\n"
        "Offence              | 2023   | 2024   | Rate 2024\n"
        "Car theft            | 18,420 | 19,005 | 98.3\n"
        "Motor vehicle theft  | 21,730 | 23,410 | 121.1"
    )
    expected = {"subject": "Motor vehicle theft", "unit": "per 100,000 registrations"}
    assert_claim_on_line(text, "121.1", "Motor", expected)
    assert_claim_on_line(text, "23,410", "Motor", {"subject": "Motor vehicle theft", "unit": None})


# Near misses: prose with a double blank is no row, and a label broken off by a joiner names
# nothing.
def test_double_blank_in_prose_is_no_row_label() -> None:
    text = "Police said motor vehicle theft  rose to 23,410 cases in the year to June."
    claim = claim_with_text(extract(text), "23,410")
    assert claim.subject != "Police said motor vehicle theft"


def test_label_broken_off_names_nothing() -> None:
    text = "Offence | 2024\nTheft and  | 1,204\nFraud | 877"
    claim = claim_on_line(text, "1,204", "Theft")
    assert claim.subject != "Theft and"


# -- 3. a title or stub header that breaks a count down by places or groups ---------------------
BY_REGION = (
    "Burglaries by region, 2025\n"
    "Region        Burglaries    Rate per 1,000 homes\n"
    "North            4,210          6.1\n"
    "Coast            1,877          3.4"
)
BY_PROVINCE_PIPED = (
    "Arrests by province (number of people)\n"
    "| Province  | Arrested | Wanted |\n"
    "| Ogun      |      44  |     9  |\n"
    "| Other     |      17  |     3  |"
)
BY_ETHNICITY = (
    "Table 4: Searches by self-defined ethnicity, year ending June 2025\n"
    "Ethnic group     Searches\n"
    "White             102,408\n"
    "Asian              20,115"
)
BY_OFFENCE = (
    "Recorded crime by offence type, 2025\n"
    "Offence        2024    2025\n"
    "Burglary        412     390\n"
    "Robbery          88      97"
)
BY_OFFENCE_AND_REGION = (
    "Recorded crime by offence and region\n"
    "Offence        North   South\n"
    "Burglary        412     390"
)

# a stub header naming places: the columns name what is counted, the title the rate
BY_DIVISION_COLUMNS = (
    "Violent crime rates by division, per 100,000 residents (2025)\n"
    "Division | Homicides | Robberies\n"
    "77th Street | 21.4 | 512.8\n"
    "Southeast | 18.9 | 447.1"
)
DISTRICT_COLUMNS_UNTITLED = (
    "District      Burglaries    Car thefts\n"
    "Northside         412           98\n"
    "Harbour           377          140"
)
PROVINCE_PERIOD_COLUMN = (
    "Province | Thefts, Jan.-June 2025 | Change\nOntario | 11,870 | -23.4%\nQuebec | 6,940 | -20.8%"
)
OFFENCE_PLACE_COLUMNS = "Offence      Sydney    Melbourne\nRobbery       2,100      1,900"

# a title naming what a column counts, over rows of periods
TITLED_PERIOD_ROWS = (
    "Shoplifting offences, Otago district\n"
    "Year | Offences | Change\n"
    "2024 | 7,512 | –\n"
    "2025 | 8,034 | +7%"
)
UNTITLED_PERIOD_ROWS = "Year | Offences | Change\n2024 | 7,512 | –\n2025 | 8,034 | +7%"

DIMENSION_ROWS: list[tuple[Any, ...]] = [
    (
        "titled-period-count",
        TITLED_PERIOD_ROWS,
        "8,034",
        "2025",
        dict(subject="Shoplifting offences"),
    ),
    (
        "titled-period-change",
        TITLED_PERIOD_ROWS,
        "+7%",
        "2025",
        dict(subject="Shoplifting offences", change="increase"),
    ),
    ("untitled-period-column", UNTITLED_PERIOD_ROWS, "8,034", "2025", dict(subject="Offences")),
    (
        "division-columns",
        BY_DIVISION_COLUMNS,
        "512.8",
        "77th",
        dict(subject="Robberies", unit="per 100,000 residents", kind="rate"),
    ),
    (
        "division-first-column",
        BY_DIVISION_COLUMNS,
        "18.9",
        "Southeast",
        dict(subject="Homicides", unit="per 100,000 residents"),
    ),
    ("district-untitled", DISTRICT_COLUMNS_UNTITLED, "140", "Harbour", dict(subject="Car thefts")),
    ("province-column-period", PROVINCE_PERIOD_COLUMN, "6,940", "Quebec", dict(subject="Thefts")),
    # a change column changes the one thing the table counts
    (
        "division-change-column",
        "Force       Offences   Change (%)\nGwent         51,615       -2\n"
        "Dyfed         27,940       -5",
        "-2",
        "Gwent",
        dict(subject="Offences", change="decrease"),
    ),
    # near miss: rows of offences under place columns keep their offence
    (
        "offence-rows-change-column",
        "Offence      2025   Change (%)\nBurglary      412     -5\nRobbery        88     +3",
        "-5",
        "Burglary",
        dict(subject="Burglary", change="decrease"),
    ),
    (
        "offence-rows-place-columns",
        OFFENCE_PLACE_COLUMNS,
        "1,900",
        "Robbery",
        dict(subject="Robbery"),
    ),
    ("region-count", BY_REGION, "4,210", "North", dict(subject="Burglaries")),
    ("region-rate", BY_REGION, "3.4", "Coast", dict(subject="Burglaries", kind="rate")),
    ("province-piped", BY_PROVINCE_PIPED, "44", "| Ogun", dict(subject="Arrests")),
    ("province-other-row", BY_PROVINCE_PIPED, "3", "| Other", dict(subject="Arrests")),
    ("ethnicity-adjective", BY_ETHNICITY, "20,115", "Asian", dict(subject="Searches")),
    # near misses: rows that name what is counted keep their label
    ("offence-rows", BY_OFFENCE, "390", "Burglary", dict(subject="Burglary")),
    ("offence-and-region", BY_OFFENCE_AND_REGION, "412", "Burglary", dict(subject="Burglary")),
]


@pytest.mark.parametrize(("text", "mention", "line", "expected"), table_params(DIMENSION_ROWS, 5))
def test_dimension_rows_count_the_title_noun(
    text: str, mention: str, line: str, expected: dict[str, Any]
) -> None:
    assert_claim_on_line(text, mention, line, expected)


# -- 4. a title's bracket of a rate with words before its per-phrase ----------------------------
WORDED_RATE = (
    "Selected offences, Queensland (recorded offences per 100,000 people)\n"
    "Offence                 2024       2025     Change\n"
    "Unlawful entry          812.4      790.1    -2.7%"
)
RATE_TITLE_END = (
    "Assault, police-recorded offences per 100 000 inhabitants\n"
    "Country     2023    2024\n"
    "Austria      212     198"
)
COUNT_AND_RATE_TITLE = (
    "Assault offences and rate per 100,000 inhabitants\n"
    "Country     Offences    Rate\n"
    "Austria       18,410    198.0"
)
COUNTED_AND_RATE = (
    "Victims by state (number; victims per 100,000 people)\n"
    "State      Victims     Rate\n"
    "Tasmania     4,120     731.0"
)


@pytest.mark.parametrize(
    ("text", "mention", "line", "expected"),
    [
        pytest.param(
            WORDED_RATE, "812.4", "Unlawful", dict(unit="per 100,000 people", kind="rate")
        ),
        pytest.param(WORDED_RATE, "-2.7%", "Unlawful", dict(unit="percent", change="decrease")),
        pytest.param(COUNTED_AND_RATE, "4,120", "Tasmania", dict(unit=None, kind="count")),
        pytest.param(
            RATE_TITLE_END, "198", "Austria", dict(unit="per 100,000 inhabitants", kind="rate")
        ),
        pytest.param(COUNT_AND_RATE_TITLE, "18,410", "Austria", dict(unit=None, kind="count")),
        pytest.param(
            COUNT_AND_RATE_TITLE, "198.0", "Austria", dict(unit="per 100,000 inhabitants")
        ),
    ],
)
def test_worded_rate_bracket(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    assert_claim_on_line(text, mention, line, expected)
