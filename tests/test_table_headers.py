"""Table headers that state a unit or scale ('Loss (Rs crore)', '% change', 'Rate per 100,000'),
carried to the bare numbers in the cells below; pipe tables without outer pipes split one row per
sentence. Every table is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_with_text, table_params, texts_over

pytestmark = pytest.mark.slow

PIPE_NO_OUTER = (
    "The state cyber cell published its annual figures on Monday.\n"
    "Offence | Cases | Loss (Rs crore)\n"
    "Cyber fraud | 2,410 | 512\n"
    "Sextortion | 388 | 41.5\n"
    "Identity theft | 1,076 | 96"
)
MARKDOWN = (
    "| Drug | Seized (kg) | Street value (£m) |\n"
    "|---|---|---|\n"
    "| Cocaine | 1,240 | 38.5 |\n"
    "| Heroin | 96 | 4.25 |"
)
SPACED = (
    "Offence            2023      2024      % change\n"
    "Burglary          1,204     1,150          -4.5\n"
    "Robbery             310       352         +13.5%\n"
    "Car theft           871       903           3.7"
)
SPACED_UNITS = (
    "Region      Victims    Rate per 100,000 inhabitants    Losses ($ millions)\n"
    "North         5,812                           231.4                  17.9\n"
    "Coast         2,044                           118.2                   6.3"
)
CAPTION = "Fraud losses, January-June (¥ billion)\n2022    19.4\n2023    22.7\n2024    25.1"
CAPTION_WITH_COLUMNS = (
    "Drug seizures at the border (tonnes)\n"
    "Year        Cannabis    Cocaine\n"
    "2023        14.2        3.1\n"
    "2024        11.8        4.6"
)
ROW_LABELS = (
    "Youth offending, England and Wales        2023      2024\n"
    "First-time entrants                      8,871     9,340\n"
    "% under 18                                19.6      18.9\n"
    "Rate per 100,000                           412       398"
)
TAB_EUROS = "Country\tCases\tLosses (€ '000)\nAustria\t214\t1,830\nBelgium\t377\t2,915"
PIPE_PER_CENT = (
    "Force | Officers | Detection rate (%) | Seized (tonnes)\n"
    "Metro | 3,100 | 27.4 | 1.8\n"
    "Rural | 640 | 31.9 | 0.6"
)
IN_CRORE = (
    "District     Complaints     Amount lost (Rs in crore)     Victims (thousands)\n"
    "Pune              1,905                         88.6                    3.4"
)
BILLION_YEN = "Prefecture | Scam losses (¥ billion) | per 100 000 population\nOsaka | 4.8 | 12.3"
UNITS_ROW = (
    "Offence                       2024      2025    % change\n"
    "                          rate per 100,000 population\n"
    "Homicide                      1.93      1.79        -7\n"
    "Sexual assault (level 1)      80.4      78.2        -3\n"
    "Fraud                        453.1     480.3         6"
)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (PIPE_NO_OUTER, "512", dict(value=5_120_000_000, unit="INR", kind="money")),
        (PIPE_NO_OUTER, "41.5", dict(value=415_000_000, unit="INR", kind="money")),
        (PIPE_NO_OUTER, "2,410", dict(value=2410, unit=None, kind="count")),
        (MARKDOWN, "1,240", dict(value=1240, unit="kilogram", kind="weight")),
        (MARKDOWN, "38.5", dict(value=38_500_000, unit="GBP", kind="money")),
        (MARKDOWN, "4.25", dict(value=4_250_000, unit="GBP", kind="money")),
        (SPACED, "-4.5", dict(value=4.5, unit="percent", kind="percent", change="decrease")),
        (SPACED, "3.7", dict(value=3.7, unit="percent", kind="percent")),
        (SPACED_UNITS, "231.4", dict(unit="per 100,000 inhabitants", kind="rate")),
        (SPACED_UNITS, "17.9", dict(value=17_900_000, unit="USD", kind="money")),
        (SPACED_UNITS, "5,812", dict(value=5812, unit=None, kind="count")),
        (CAPTION, "22.7", dict(value=22_700_000_000, unit="JPY", kind="money")),
        (CAPTION, "19.4", dict(value=19_400_000_000, unit="JPY", kind="money")),
        (CAPTION_WITH_COLUMNS, "14.2", dict(value=14.2, unit="tonne", kind="weight")),
        (CAPTION_WITH_COLUMNS, "4.6", dict(value=4.6, unit="tonne", kind="weight")),
        (ROW_LABELS, "19.6", dict(value=19.6, unit="percent", kind="percent")),
        (ROW_LABELS, "412", dict(value=412, unit="per 100,000", kind="rate")),
        (ROW_LABELS, "9,340", dict(value=9340, unit=None, kind="count")),
        (TAB_EUROS, "1,830", dict(value=1_830_000, unit="EUR", kind="money")),
        (TAB_EUROS, "214", dict(value=214, unit=None, kind="count")),
        (PIPE_PER_CENT, "27.4", dict(value=27.4, unit="percent", kind="percent")),
        (PIPE_PER_CENT, "0.6", dict(value=0.6, unit="tonne", kind="weight")),
        (IN_CRORE, "88.6", dict(value=886_000_000, unit="INR", kind="money")),
        (IN_CRORE, "3.4", dict(value=3400, unit=None, kind="count")),
        (IN_CRORE, "1,905", dict(value=1905, unit=None, kind="count")),
        (BILLION_YEN, "4.8", dict(value=4_800_000_000, unit="JPY", kind="money")),
        (BILLION_YEN, "12.3", dict(value=12.3, unit="per 100,000 population", kind="rate")),
        # a units row under the header: the columns without a unit of their own take it
        (UNITS_ROW, "1.79", dict(unit="per 100,000 population", kind="rate", subject="Homicide")),
        (UNITS_ROW, "6", dict(unit="percent", kind="percent", change="increase")),
        (
            UNITS_ROW,
            "78.2",
            dict(unit="per 100,000 population", subject="Sexual assault (level 1)"),
        ),
    ],
)
def test_header_unit_reaches_cell(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(text), mention, expected)


def test_pipe_rows_without_outer_pipes_are_one_sentence_each() -> None:
    sentences = {c.text: c.sentence for c in extract(PIPE_NO_OUTER)}
    assert sentences["512"] == "Cyber fraud | 2,410 | 512"
    assert sentences["41.5"] == "Sextortion | 388 | 41.5"
    assert sentences["96"] == "Identity theft | 1,076 | 96"


def test_two_column_rows_under_a_caption_are_one_sentence_each() -> None:
    sentences = {c.text: c.sentence for c in extract(CAPTION)}
    assert sentences["22.7"] == "2023    22.7"
    assert sentences["25.1"] == "2024    25.1"


def test_cell_keeps_its_own_unit_and_text() -> None:
    claims = extract(SPACED)
    assert_claim(claims, "+13.5%", {"unit": "percent", "value": 13.5})
    # year columns state no unit: the counts under them stay counts, never years
    assert_claim(claims, "1,204", {"kind": "count", "unit": None})
    assert_claim(claims, "903", {"kind": "count"})
    assert texts_over(claims, SPACED, "2023") == [] and texts_over(claims, SPACED, "2024") == []


def test_cell_with_own_currency_keeps_it() -> None:
    text = "Offence | Cases | Loss (Rs crore)\nCheque fraud | 57 | $1.2m"
    claim = claim_with_text(extract(text), "$1.2m")
    assert (claim.unit, claim.value) == ("USD", pytest.approx(1_200_000))


NOT_HEADERS = [
    (
        "prose-bracket",
        "The gang (led by a former bank clerk) took Rs 3 crore, police said. "
        "Officers recovered 212 phones.",
        "212",
        dict(value=212, unit=None, kind="count"),
    ),
    (
        "prose-line-then-row",
        "Police figures for the city (provisional)\nBurglary    1,204    1,150",
        "1,204",
        dict(value=1204, unit=None, kind="count"),
    ),
    (
        "header-without-units",
        "Offence | 2023 | 2024\nAssault | 4,118 | 4,302",
        "4,118",
        dict(value=4118, unit=None, kind="count"),
    ),
    (
        "prose-between-caption-and-rows",
        "Fraud losses (¥ billion)\nThe agency revised last year's figures after an audit.\n"
        "Arrests    2023    1,975\nCharges    2024    1,460",
        "1,975",
        dict(value=1975, unit=None, kind="count"),
    ),
    (
        "caption-in-another-paragraph",
        "Fraud losses (£m)\n\nDetectives    2023    418\nCivilian staff    2024    233",
        "418",
        dict(value=418, unit=None, kind="count"),
    ),
    (
        "lone-pipe-line",
        "Crime | Courts\nA jury took 11 hours to convict the pair.",
        "11 hours",
        dict(value=11, unit="hour", kind="duration"),
    ),
    (
        "bracket-of-words",
        "Offence | Cases | Outcome (see notes)\nShoplifting | 6,230 | 4,017",
        "4,017",
        dict(value=4017, unit=None, kind="count"),
    ),
]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    table_params(NOT_HEADERS, 4),
)
def test_no_header_unit(text: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(text), mention, expected)


def test_same_row_text_without_header_in_next_document() -> None:
    """A row read under a unit header once does not keep that unit in a later document."""
    extract("Losses (€ '000)\nVienna    2023    640\nGraz    2024    218")
    claim = claim_with_text(extract("Vienna    2023    640\nGraz    2024    218"), "640")
    assert (claim.unit, claim.kind, claim.value) == (None, "count", pytest.approx(640))


def test_lone_pipe_line_in_later_document_is_not_a_row() -> None:
    extract("Offence | Cases | Loss (Rs crore)\nPonzi schemes | 42 | 19")
    claim = claim_with_text(extract("Ponzi schemes | 42 | 19"), "19")
    assert (claim.unit, claim.kind) == (None, "count")


def test_header_without_stub_label_lines_up_by_column() -> None:
    """The header has no label over the row names: each number takes the label above it, also
    when the header is the paragraph's first line and its indent was stripped."""
    for lead in ("", "Scam reports to the national centre rose again.\n\n"):
        text = (
            lead + "                  Reports    Loss ($ millions)\n"
            "Romance scams         412                 96.1\n"
            "Crypto fraud          288                140.7"
        )
        claims = extract(text)
        assert_claim(claims, "412", {"unit": None, "value": 412})
        assert_claim(claims, "140.7", {"unit": "USD", "value": 1.407e8})


def test_nearest_header_wins() -> None:
    text = (
        "Offence | Cases | Loss (Rs crore)\n"
        "Phishing | 930 | 77\n"
        "Offence | Cases | Victims\n"
        "Stalking | 145 | 139"
    )
    claims = extract(text)
    assert_claim(claims, "77", {"unit": "INR"})
    assert_claim(claims, "139", {"unit": None, "kind": "count"})
