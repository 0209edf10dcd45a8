"""'Key figures from the report:' naming the report told before; 'N of them' counting the
last thing counted; a compared figure in brackets after 'fewer than in 2023'; 'nearly
triple the' after 'and'; 'was about CZK 117 000' with 'about' read as a preposition;
'prices 15-20% below the market'; 'Listen: ..., 14 min'; 'Release 2024-117'; a Czech house
number with a slash and a city district; 'breath samples of 0.21'; a length before 'X and
Y'; 'A taxi from downtown costs'; a negated reporting verb; 'twice as many as'. Every text
is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

_SLOVAK = (
    "Police of the Slovak Republic recorded 64 220 offences in 2024, 2,4 % fewer than in 2023 "
    "(65 801). Officers cleared up 31 077 of them, a clearance rate of 48,4 %."
)

ROWS: list[tuple[Any, ...]] = [
    # a bracketed figure after 'fewer than in 2023' is that year's count of the same thing;
    # 'them' after a count is what was counted, not the clause's subject
    ("bracketed-compared", _SLOVAK, "65 801", dict(subject="offences")),
    ("of-them-counted", _SLOVAK, "31 077", dict(subject="offences")),
    ("triple-after-and", "Deputies seized 96 pounds of fentanyl in 2024, the most on record "
     "and nearly triple the 33 pounds seized in 2022.", "33 pounds", dict(subject="fentanyl")),
    # 'about' read as a preposition after the copula
    ("copula-hedge", "The median loss per victim was about PLN 8 400.", "PLN 8 400",
     dict(subject="median loss per victim", qualifier="about")),
    ("share-below-noun", "The stolen diesel was sold at prices 10-15% below the pump.",
     "10-15%", dict(subject="prices")),
    ("breath-sample", "The driver gave a breath sample of 0.19, the court heard.", "0.19",
     dict(subject="breath sample", kind="other")),
    # a length before 'X and Y' lasts X only
    ("length-first-conjunct", "He faces a two-year driving ban and compulsory classes.",
     "two-year", dict(subject="driving ban")),
    # 'cost' read as a noun, with a place phrase inside the priced noun's phrase
    ("priced-with-from", "A ride from downtown costs about $18.", "$18",
     dict(subject="ride from downtown")),
    # a negated reporting verb names no speaker
    ("negated-report", "\"A clerk earning $900 a month cannot explain a house worth $400,000.",
     "$400,000", dict(attribution=None)),
    ("twice-as-many", "Border guards stopped 640 migrants, twice as many as a year earlier.",
     "twice", dict(value=2, kind="other")),
    ("as-many-dropped", "There were twice as many burglaries as in 2023.", "twice",
     dict(subject="burglaries")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Listen: The Crime Desk podcast, 22 min", "22 min"),
        ("Watch: Officers raid the depot (4 mins)", "4 mins"),
        ("Release 2025-214", "214"),
        ("Press office | Na Florenci 1416/5, 110 00 Praha 1", "1416"),
        ("Press office | Na Florenci 1416/5, 110 00 Praha 1", "1"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # minutes of a response time are a measure
        ("Response times averaged 14 min.", "14 min", dict(unit="minute")),
        # a year range stays a range of years, not a serial
        ("Between 2019-2021, 400 people died.", "400", dict(subject="people")),
        # a reporting verb that is not negated still names its speaker
        ("Police said 40 suspects were not charged.", "40", dict(attribution="Police")),
        # a count list keeps its nouns together
        ("Police seized 12 cars and motorcycles.", "12", dict(subject="cars and motorcycles")),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


_REPORT_LIST = (
    "Violent crime fell 7% in 2024, according to the Toledo Police Department's annual report "
    "presented to council members on Monday.\n\n"
    "Key figures from the report:\n\n"
    "- Homicides: 31, down from 40 in 2023\n"
    "- Guns recovered: 512\n"
)


def test_list_intro_from_the_report_takes_its_issuer() -> None:
    """'Key figures from the report:' after 'according to the department's annual report':
    the report's issuer states the items, as 'according to' it would."""
    claim = claim_on_line(_REPORT_LIST, "512", "- Guns")
    assert claim.attribution == "the Toledo Police Department"


_OPEN_QUOTE_RUN = (
    "Police Chief Ana Moreno said the program reached 150 young men.\n\n"
    '"We are not arresting our way out of this," Moreno said. "About two-thirds of those '
    "we reached have not reoffended.\n\n"
    '"Car thefts are another story. Roughly 6 in 10 of the stolen cars were older models."\n'
)


def test_quote_left_open_runs_into_a_paragraph_opening_without_figures() -> None:
    """A quote left open at a paragraph's end goes on in the next, even when that
    paragraph's first sentence holds no figure."""
    claim = claim_on_line(_OPEN_QUOTE_RUN, "6 in 10", '"Car thefts')
    assert claim.attribution == "Police Chief Ana Moreno"
