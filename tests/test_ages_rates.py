"""Ages with a bound or an abbreviation, rates per unit of time after a counted noun, rates
whose population carries an age bound, units written as symbols or in brackets.

Every sentence here is written for this file, in the style of police bulletins, wire stories
and crime statistics releases. Positive cases name one claim by its exact ``text`` and the
fields that must hold; near misses name a claim that must keep its reading, or a span that
must not be reported on its own.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from factpull import Claim

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def extractor(shared_extractor: factpull.Extractor) -> factpull.Extractor:
    return shared_extractor


def _describe(claims: list[Claim]) -> str:
    return "\n".join(
        f"  {c.text!r} value={c.value} high={c.value_high} unit={c.unit} kind={c.kind} "
        f"qualifier={c.qualifier} subject={c.subject}"
        for c in claims
    )


def _check(extractor: factpull.Extractor, sentence: str, expected: dict[str, Any]) -> None:
    claims = extractor.extract(sentence)
    found = [c for c in claims if c.text == expected["text"]]
    assert len(found) == 1, f"no single claim {expected['text']!r}:\n{_describe(claims)}"
    for field, want in expected.items():
        got = getattr(found[0], field)
        if isinstance(want, float | int) and not isinstance(want, bool):
            assert got == pytest.approx(want), f"{field}: {got!r}\n{_describe(claims)}"
        elif field == "subject":
            assert (got or "").lower() == want.lower(), f"{field}: {got!r}\n{_describe(claims)}"
        else:
            assert got == want, f"{field}: {got!r} != {want!r}\n{_describe(claims)}"


def _case(id_: str, sentence: str, **expected: Any) -> Any:
    return pytest.param(sentence, expected, id=id_)


# fmt: off
AGE_BOUNDS = [
    _case("aged-under-of-whom",
          "Police arrested 3,200 people, of whom 1,049 were aged under 21.",
          text="21", value=21, unit="year", kind="age", qualifier="less than"),
    _case("aged-under-victims", "The charity supports victims aged under 18 across the county.",
          text="18", value=18, unit="year", kind="age", qualifier="less than",
          subject="victims"),
    _case("aged-over-suspects", "Suspects aged over 60 accounted for 4% of arrests.",
          text="60", value=60, unit="year", kind="age", qualifier="more than"),
    _case("age-below", "Drivers age below 25 were stopped most often, the report said.",
          text="25", value=25, unit="year", kind="age", qualifier="less than"),
    _case("aged-under-years", "Victims aged under 16 years were referred to social services.",
          text="16 years", value=16, unit="year", kind="age", qualifier="less than"),
    _case("aged-less-than", "Two teenagers aged less than 16 were cautioned.",
          text="16", value=16, unit="year", kind="age", qualifier="less than"),
    _case("of-whom-were-under",
          "Officers stopped 412 drivers, more than a third of whom were under 25.",
          text="25", value=25, unit="year", kind="age", qualifier="less than"),
    _case("who-were-over",
          "The scam targeted pensioners, many of whom were over 80.",
          text="80", value=80, unit="year", kind="age", qualifier="more than"),
    _case("those-who-are-under", "Knife crime falls hardest on those who are under 18.",
          text="18", value=18, unit="year", kind="age", qualifier="less than"),
    _case("aged-and-older", "The survey covered residents aged 16 and older.",
          text="16", value=16, unit="year", kind="age", qualifier="at least"),
    _case("aged-and-over", "Pensioners aged 65 and over were the most frequent targets.",
          text="65", value=65, unit="year", kind="age", qualifier="at least"),
    _case("bjs-age-or-older", "The survey interviewed persons age 12 or older last year.",
          text="12", value=12, unit="year", kind="age", qualifier="at least"),
]

AGE_ABBREVIATIONS = [
    _case("yo-spaced", "Police said a 87 yo man was taken to hospital.",
          text="87 yo", value=87, unit="year", kind="age"),
    _case("y-slash-o", "An 87 y/o woman was robbed outside her home.",
          text="87 y/o", value=87, unit="year", kind="age"),
    _case("y-dot-o-dot", "The victim, a 72 y.o. retired teacher, was unhurt.",
          text="72 y.o.", value=72, unit="year", kind="age"),
    _case("yo-glued", "An 87yo man was attacked in Leeds on Friday.",
          text="87yo", value=87, unit="year", kind="age"),
    _case("y-slash-o-glued", "BOLO: missing 15y/o last seen near the station.",
          text="15y/o", value=15, unit="year", kind="age"),
    _case("yrs-old", "The suspect, 34 yrs old, was held overnight.",
          text="34 yrs old", value=34, unit="year", kind="age"),
    _case("yr-old-hyphen", "Detectives charged the 19-yr-old on Friday.",
          text="19-yr-old", value=19, unit="year", kind="age"),
]

TIME_RATES = [
    _case("per-hour-after-noun",
          "Agents seized a pill press capable of producing up to 10,000 tablets per hour.",
          text="10,000", value=10_000, unit="per hour", kind="rate", qualifier="up to",
          subject="tablets"),
    _case("a-day-after-noun", "The control room handles 1,200 calls a day.",
          text="1,200", value=1200, unit="per day", kind="rate", subject="calls"),
    _case("times-a-minute", "The stolen centrifuge can spin 78,000 times a minute.",
          text="78,000", value=78_000, unit="per minute", kind="rate"),
    _case("words-per-week", "Police recorded five burglaries per week in the district.",
          text="five", value=5, unit="per week", kind="rate", subject="burglaries"),
    _case("every-day", "Officers made 12 arrests every day during the festival.",
          text="12", value=12, unit="per day", kind="rate", subject="arrests"),
    _case("a-year-qualified", "About 30 children a year are trafficked through the port.",
          text="30", value=30, unit="per year", kind="rate", qualifier="about"),
    _case("two-word-noun", "The force logged 40 vehicle thefts a month.",
          text="40", value=40, unit="per month", kind="rate"),
    # a frequency is a rate too, read the same way as "78,000 times a minute"
    _case("times-a-year", "The gang struck three times a year.",
          text="three", value=3, unit="per year", kind="rate"),
    _case("average-per-week", "Officers attended an average of 20 per week.",
          text="20 per week", value=20, unit="per week", kind="rate"),
    _case("money-per-hour-unchanged", "The guards were paid $25 per hour.",
          text="$25 per hour", value=25, unit="USD per hour", kind="rate"),
]

POPULATION_AGE_RATES = [
    _case("bjs-persons-age-or-older",
          "The violent victimization rate was 22.5 per 1,000 persons age 12 or older.",
          text="22.5 per 1,000 persons age 12 or older", value=22.5,
          unit="per 1,000 persons age 12 or older", kind="rate"),
    _case("residents-aged-and-over",
          "There were 4.1 offences per 100,000 residents aged 10 and over.",
          text="4.1", value=4.1, unit="per 100,000 residents aged 10 and over", kind="rate"),
    _case("women-aged-range",
          "The rate was 3.2 per 1,000 women aged 15-49 in 2022.",
          text="3.2 per 1,000 women aged 15-49", value=3.2,
          unit="per 1,000 women aged 15-49", kind="rate"),
]

UNITS = [
    _case("knots", "The smugglers' boat was doing 30 knots when it was boarded.",
          text="30 knots", value=30, unit="knot", kind="other"),
    _case("ksi", "The stolen steel bars are rated at 8.9 ksi.",
          text="8.9 ksi", value=8.9, unit="kilopound per square inch", kind="other"),
    _case("psi", "The tyres had been inflated to 100 psi.",
          text="100 psi", value=100, unit="pound per square inch", kind="other"),
    _case("hp-upper", "The stolen car has 784 HP under the bonnet.",
          text="784 HP", value=784, unit="horsepower", kind="other"),
    _case("hp-hyphen", "Thieves took a boat with a 185-hp outboard engine.",
          text="185-hp", value=185, unit="horsepower", kind="other"),
    _case("megawatt", "The cannabis farm drew 1.3 MW from a bypassed meter.",
          text="1.3 MW", value=1.3, unit="megawatt", kind="other"),
    _case("bracket-kg", "The weight is 20 (kg) according to the evidence label.",
          text="20 (kg)", value=20, unit="kilogram", kind="weight"),
    _case("square-bracket-kg", "The parcel weighed 20 [kg].",
          text="20 [kg]", value=20, unit="kilogram", kind="weight"),
    _case("bracket-grams", "Net weight: 350 (grams).",
          text="350 (grams)", value=350, unit="gram", kind="weight"),
]

# Near misses: the named claim keeps this reading.
UNCHANGED = [
    _case("under-kilograms", "The parcels were under 25 kilograms.",
          text="25 kilograms", unit="kilogram", kind="weight", qualifier="less than"),
    _case("under-percent", "Thefts were under 25 percent of the total.",
          text="25 percent", unit="percent", kind="percent", qualifier="less than"),
    _case("under-cases", "There were under 25 cases last year.",
          text="25", unit=None, kind="count", qualifier="less than"),
    _case("prices-under", "Prices were under 25 last year.",
          text="25", unit=None, kind="count", qualifier="less than"),
    _case("deaths-under", "Road deaths were under 25 in the first quarter.",
          text="25", unit=None, kind="count"),
    _case("aged-then-over", "A man aged 30 stole over 50 bikes.",
          text="50", unit=None, kind="count", qualifier="more than"),
    _case("hour-long", "Officers said 10,000 tablets were seized in an hour-long raid.",
          text="10,000", unit=None, kind="count"),
    _case("in-an-hour", "Officers seized 10,000 tablets in an hour.",
          text="10,000", unit=None, kind="count"),
    _case("within-an-hour", "Police arrested 12 people within an hour.",
          text="12", unit=None, kind="count"),
    _case("a-day-after", "Police made 12 arrests a day after the riot.",
          text="12", unit=None, kind="count"),
    _case("a-year-earlier", "Police made 12 arrests a year earlier.",
          text="12", unit=None, kind="count"),
    _case("verb-before-a-day", "Three officers spent a day searching the woods.",
          text="Three", unit=None, kind="count"),
    _case("per-cent", "Burglaries rose two per cent.",
          text="two per cent", unit="percent", kind="percent"),
    _case("rate-with-later-count", "The rate was 22.5 per 1,000 persons, and 12 of them died.",
          text="12", value=12, unit=None, kind="count"),
    _case("per-capita-unchanged", "The rate was 12 crimes per 100,000 people.",
          text="12", unit="per 100,000 people", kind="rate"),
    _case("hp-brand", "Thieves stole 20 HP laptops from the school.",
          text="20", unit=None, kind="count"),
    _case("hp-model", "Burglars took 6 HP EliteBook computers.",
          text="6", unit=None, kind="count"),
    _case("bracket-agency", "Police said 20 (AFP) people had died.",
          text="20", unit=None, kind="count"),
    _case("bracket-percent-after", "Burglaries rose by 20 (15%) last year.",
          text="15%", unit="percent", kind="percent"),
    _case("bracket-single-letter", "Losses totalled 20 (m) in the table.",
          text="20", unit=None),
    _case("kt-ambiguous", "The device had a yield of 15 kt, the report said.",
          text="15", unit=None),
    _case("yo-yos", "Customs seized 200 yo-yos packed with cocaine.",
          text="200", unit=None, kind="count"),
    _case("age-list-kept", "Three girls, aged 12, 13 and 14, were rescued.",
          text="13", unit="year", kind="age"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), AGE_BOUNDS)
def test_age_with_bound(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'aged under 21', 'of whom were under 25', 'aged 65 and over': an age with its bound."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), AGE_ABBREVIATIONS)
def test_age_abbreviation(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'87 yo', '87 y/o', '87 y.o.', '87yo', 'yrs old': abbreviated ages."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), TIME_RATES)
def test_rate_per_time_after_counted_noun(
    extractor, sentence: str, expected: dict[str, Any]
) -> None:
    """'10,000 tablets per hour': a rate whose text stops at the number, like '12 crimes per
    100,000 people'; the counted noun is the subject."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), POPULATION_AGE_RATES)
def test_rate_population_with_age(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """The age bound of a rate's population is part of the unit."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("The violent victimization rate was 22.5 per 1,000 persons age 12 or older.", 12),
        ("There were 4.1 offences per 100,000 residents aged 10 and over.", 10),
        ("The rate was 3.2 per 1,000 women aged 15-49 in 2022.", 15),
    ],
)
def test_population_age_is_no_claim(extractor, sentence: str, age: int) -> None:
    """The age in a rate's population is not a claim of its own, nor is the year after it."""
    claims = extractor.extract(sentence)
    assert len(claims) == 1, _describe(claims)
    assert all(c.value != age for c in claims), _describe(claims)


@pytest.mark.parametrize(("sentence", "expected"), UNITS)
def test_unit_symbols(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """Unit symbols news copies from specifications, and units written in brackets."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), UNCHANGED)
def test_near_misses_keep_their_reading(extractor, sentence: str, expected: dict[str, Any]) -> None:
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Victims were aged 15-49 in 2022.",
        "The offenders, aged 18 to 24 in 2019, were all released.",
    ],
)
def test_year_after_age_range_is_no_age(extractor, sentence: str) -> None:
    """'aged 15-49 in 2022': the cue belongs to the range; the year is no age."""
    claims = extractor.extract(sentence)
    assert all(c.kind != "age" or c.value < 130 for c in claims), _describe(claims)
