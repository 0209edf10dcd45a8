"""Convertible marks written 'KM' beside a price; lei placed in Moldova or Romania; soms and
lek codes; a table's money column headed 'Losses, EUR' with cells like '3.9m'; a participle
column under a dimension stub; phone numbers in odd digit groups after a line word;
'reported on 192'; a participle the parser took for an auxiliary; weights counted of a
fronted group; 'X reports, citing Y'; a name in quotes after 'codenamed'; 'X equivalent to
$N'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    ("km-worth", "Police in Mostar confiscated cars worth 310,000 KM from the gang.",
     "310,000 KM", dict(unit="BAM", kind="money")),
    ("km-distance", "The smugglers drove 150 KM to the border.", "150 KM",
     dict(unit="kilometre")),
    ("lei-moldova", "Moldovan police in Chisinau seized cigarettes worth 1.2 million lei.",
     "1.2 million lei", dict(unit="MDL")),
    ("lei-romania", "Prosecutors in Cluj seized assets worth 4 million lei.", "4 million lei",
     dict(unit="RON")),
    ("soms", "Victims in Osh lost 45 million soms to fake investment sites.",
     "45 million soms", dict(unit="KGS", kind="money")),
    ("lek-code", "Officers found ALL 3.5 million in cash in the car.", "ALL 3.5 million",
     dict(unit="ALL")),
    ("aux-participle", "Fines collected amounted to 12.6 million denars.",
     "12.6 million denars", dict(subject="Fines")),
    ("fronted-weight", "Of the seized heroin, 2.4 tons came from Afghanistan.", "2.4 tons",
     dict(subject="seized heroin")),
    ("citing", "Thefts rose 9%, the agency reports, citing the Interior Ministry's annual "
     "report.", "9%",
     dict(attribution="the Interior Ministry")),
    ("equivalent-holder", "Officers seized cash and gold equivalent to $2.6 million.",
     "$2.6 million", dict(subject="cash and gold")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_money_column_with_scaled_cells() -> None:
    document = (
        "| Scheme | Cases | Losses, EUR |\n"
        "|---|---|---|\n"
        "| Phishing | 812 | 2.4m |\n"
        "| Romance | 97 | 0.8m |\n"
    )
    assert_claim(extract(document), "2.4m", dict(value=2_400_000, unit="EUR", kind="money"))


def test_participle_column_under_dimension_stub() -> None:
    document = (
        "Province     Stolen   Recovered\n"
        "North          212        81\n"
        "South          140        66\n"
    )
    assert_claim(extract(document), "81", dict(subject="Recovered"))


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Tips can be given on the free number 0800 44 210.", "44 210"),
        ("Report bribery on the line 0 800 31 777 or at 112.", "31 777"),
        ("Road accidents can be reported on 192.", "192"),
        ('The raids, codenamed "Harbour 9", took months.', "9"),
    ],
)
def test_lines_and_names_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a thousands grouping with spaces is a count
        ("Officers checked 20 305 vehicles.", "20 305", dict(value=20305)),
        # 'all' before a number is no lek
        ("Police arrested all 14 suspects.", "14", dict(subject="suspects")),
        # a change's equivalent keeps its figure's subject
        (
            "Thefts reached 4,100, an increase of 12% – equivalent to 11 a day.",
            "11 a day",
            dict(kind="rate"),
        ),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_capital_all_before_a_counted_plural_is_the_word() -> None:
    assert_claim(extract("ALL 5 suspects were charged."), "5", dict(unit=None, kind="count"))
