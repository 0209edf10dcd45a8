"""Hyphenated percents, counted containers ("sets of", "pairs of"), ages in brackets after a
name, ages bounded after the number ("13 or younger"), spelled fractions restated as a
bracketed percent, and phone numbers spelled in letters.

Every sentence here is written for this file, in the style of police bulletins, wire stories
and crime statistics releases. Positive cases name one claim by its exact ``text`` and the
fields that must hold; near misses name a claim that must keep its reading, or a number that
must not be reported.
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
            assert got == pytest.approx(want), f"{field}: {got!r} != {want!r}"
        else:
            assert got == want, f"{field}: {got!r} != {want!r}\n{_describe(claims)}"


def _case(case_id: str, sentence: str, **expected: Any) -> Any:
    return pytest.param(sentence, expected, id=case_id)


# fmt: off
HYPHENATED_PERCENTS = [
    _case("percent", "The force reported a 12-percent drop in shootings across the region.",
          text="12-percent", value=12, unit="percent", kind="percent"),
    _case("per-cent", "Figures released on Monday show a 5-per-cent rise in vehicle thefts.",
          text="5-per-cent", value=5, unit="percent", kind="percent"),
    _case("pct", "The board approved a 20-pct cut to the overtime budget of the unit.",
          text="20-pct", value=20, unit="percent", kind="percent"),
    _case("decimal", "Prosecutors cited a 7.5-percent increase in fraud complaints.",
          text="7.5-percent", value=7.5, unit="percent", kind="percent"),
]

HYPHENATED_PERCENT_NEAR_MISSES = [
    _case("spaced", "Burglaries fell 15 percent in the second half of the year.",
          text="15 percent", value=15, unit="percent", kind="percent"),
    _case("range", "Officials expect thefts to fall 8-10% by the end of the year.",
          text="8-10%", value=8, value_high=10, unit="percent", kind="percent"),
    _case("percentage-point", "Clearance rates rose by a 3-percentage-point margin.",
          text="3-percentage-point", value=3, unit="percentage point", kind="percent"),
    _case("year-still", "He was handed a 12-year sentence for the robbery.",
          text="12-year", value=12, unit="year", kind="duration"),
]

CONTAINERS = [
    _case("sets", "Officers seized 14 sets of licence plates from a garage in Luton.",
          text="14", value=14, unit=None, kind="count", subject="sets of licence plates"),
    _case("pairs", "Detectives recovered 30 pairs of stolen trainers from the van.",
          text="30", value=30, unit=None, kind="count", subject="pairs of stolen trainers"),
    _case("rounds", "The search turned up a shotgun and 200 rounds of ammunition.",
          text="200", value=200, unit=None, kind="count", subject="rounds of ammunition"),
    _case("packets", "Police said they found 12 packets of heroin in the boot.",
          text="12", value=12, unit=None, kind="count", subject="packets of heroin"),
    _case("bundles", "Agents counted six bundles of cash hidden behind a panel.",
          text="six", value=6, unit=None, kind="count", subject="bundles of cash"),
    _case("packs", "Customs officers found 40 packs of counterfeit cigarettes.",
          text="40", value=40, unit=None, kind="count"),
    _case("pieces", "The gang sold 12 pieces of stolen jewellery online.",
          text="12", value=12, unit=None, kind="count"),
    _case("bars", "Investigators recovered 3 bars of gold from the safe.",
          text="3", value=3, unit=None, kind="count"),
    _case("gross-adjective", "The panel upheld 5 gross misconduct findings against officers.",
          text="5", value=5, unit=None, kind="count"),
]

CONTAINER_NEAR_MISSES = [
    _case("mph", "The stolen car was travelling at 90 mph when it crashed.",
          text="90 mph", value=90, unit="mile per hour", kind="other"),
    _case("kilograms", "Border agents seized 14 kilograms of cocaine at the port.",
          text="14 kilograms", value=14, unit="kilogram", kind="weight"),
    _case("cubic-feet", "The lock-up held 200 cubic feet of stolen goods.",
          text="200 cubic feet", value=200, unit="cubic foot", kind="other"),
]

BRACKETED_AGES = [
    _case("of-place", "Omar Haddad (24), of Brampton, was charged with armed robbery.",
          text="24", value=24, unit="year", kind="age"),
    _case("bullet", "- Nadia Persaud (31), of Mississauga",
          text="31", value=31, unit="year", kind="age"),
    _case("pair-first", "Tom Reid (19) and Ann Cole (22) were arrested on Friday evening.",
          text="19", value=19, unit="year", kind="age"),
    _case("pair-second", "Tom Reid (19) and Ann Cole (22) were arrested on Friday evening.",
          text="22", value=22, unit="year", kind="age"),
    _case("hyphen-apostrophe",
          "Mary-Jane O'Neil (45) and Craig McDonald (52), both of Leeds, appeared in court.",
          text="52", value=52, unit="year", kind="age"),
    _case("three-words", "Police named the driver as Luis Alberto Ramos (37) of Hamilton.",
          text="37", value=37, unit="year", kind="age"),
]

BRACKETED_AGE_NEAR_MISSES = [
    _case("one-word-decimal", "Latvia (4.2) and Lithuania (3.1) had the highest rates.",
          text="4.2", value=4.2, kind="count"),
    _case("one-word-country", "Lithuania (31) and Estonia (26) reported the most cases.",
          text="31", value=31, kind="count"),
    _case("table", "See Table 3 (12) for the regional breakdown of arrests.",
          text="12", value=12, kind="count"),
    _case("force-name", "Thames Valley Police (12) and Kent Police (9) made the most arrests.",
          text="12", value=12, kind="count"),
    _case("place-name", "Officers in New South Wales (31) recorded the most seizures.",
          text="31", value=31, kind="count"),
    _case("comma-age-kept", "Omar Haddad, 24, of Brampton, was charged with robbery.",
          text="24", value=24, unit="year", kind="age"),
]

BOUND_AFTER_AGES = [
    _case("or-younger", "Six in ten victims were 13 or younger, the charity said.",
          text="13", value=13, unit="year", kind="age", qualifier="at most"),
    _case("or-older", "Most of the fraud victims were 65 or older.",
          text="65", value=65, unit="year", kind="age", qualifier="at least"),
    _case("or-under", "Half of the suspects arrested in the sweep were 17 or under.",
          text="17", value=17, unit="year", kind="age", qualifier="at most"),
    _case("and-under", "The scheme offers free places to children 12 and under.",
          text="12", value=12, unit="year", kind="age", qualifier="at most"),
    _case("share-of-those", "Nearly 40% of those killed were 70 or older.",
          text="70", value=70, unit="year", kind="age", qualifier="at least"),
]

BOUND_AFTER_NEAR_MISSES = [
    _case("not-people", "Burglaries were 12 or lower in most wards last month.",
          text="12", value=12, unit=None, kind="count", qualifier="at most"),
    _case("or-more-count", "Fines were 10 or more in most districts.",
          text="10", value=10, unit=None, kind="count", qualifier="at least"),
    _case("cases-or-fewer", "Officers recorded 40 cases or fewer each month.",
          text="40", value=40, unit=None, kind="count"),
    _case("aged-kept", "The survey covered residents aged 16 and older.",
          text="16", value=16, unit="year", kind="age", qualifier="at least"),
]

BRACKETED_PERCENT_SHARES = [
    _case("fifths-resigned",
          "Of the 212 officers investigated, of whom two fifths (41%) resigned voluntarily.",
          text="two fifths", value=0.4, unit="fraction", kind="other"),
    _case("quarters-said", "Three quarters (76%) said they felt safe walking alone at night.",
          text="Three quarters", value=0.75, unit="fraction", kind="other"),
    _case("percent-kept", "Three quarters (76%) said they felt safe walking alone at night.",
          text="76%", value=76, unit="percent", kind="percent"),
    _case("per-cent-words", "Of those surveyed, two thirds (67 per cent) reported the crime.",
          text="two thirds", value=2 / 3, unit="fraction", kind="other"),
]

BRACKETED_PERCENT_NEAR_MISSES = [
    _case("of-kept", "Two fifths of the force resigned within a year.",
          text="Two fifths", value=0.4, unit="fraction", kind="other"),
    _case("bracket-of-kept",
          "Roughly two-thirds (65.3 per cent) of violent crimes went unreported.",
          text="two-thirds", value=2 / 3, unit="fraction", kind="other", qualifier="about"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), HYPHENATED_PERCENTS)
def test_hyphenated_percent(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'a 12-percent drop': a percent joined to its number by a hyphen."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), HYPHENATED_PERCENT_NEAR_MISSES)
def test_hyphenated_percent_near_misses(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """Spaced percents, ranges, percentage points and other hyphenated units keep theirs."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), CONTAINERS)
def test_container_is_count(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'14 sets of licence plates': the container starts the subject, it is no unit."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), CONTAINER_NEAR_MISSES)
def test_real_units_kept(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """Units from our table and from quantulum3 still attach."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_AGES)
def test_bracketed_age_after_name(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'Omar Haddad (24), of Brampton': police style puts the age in brackets after the name."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_AGE_NEAR_MISSES)
def test_bracketed_number_not_age(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """A bracketed number after one word, a table, a force or a place is no age."""
    _check(extractor, sentence, expected)


def test_bracketed_year_after_name_is_no_age(extractor) -> None:
    claims = extractor.extract("The suspect Omar Haddad (2024) was named by police.")
    assert all(c.kind != "age" for c in claims), _describe(claims)


@pytest.mark.parametrize(("sentence", "expected"), BOUND_AFTER_AGES)
def test_age_bound_after_number(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """'victims were 13 or younger', 'children 12 and under': an age with its bound after."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), BOUND_AFTER_NEAR_MISSES)
def test_bound_after_number_not_age(extractor, sentence: str, expected: dict[str, Any]) -> None:
    """A bound after a count of things, not people, stays a count."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_PERCENT_SHARES)
def test_fraction_with_bracketed_percent(
    extractor, sentence: str, expected: dict[str, Any]
) -> None:
    """'two fifths (41%) resigned': the whole spelled fraction is the share."""
    _check(extractor, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), BRACKETED_PERCENT_NEAR_MISSES)
def test_fraction_of_kept(extractor, sentence: str, expected: dict[str, Any]) -> None:
    _check(extractor, sentence, expected)


def test_bracketed_share_reports_no_bare_number(extractor) -> None:
    claims = extractor.extract("Of the 90 recruits, two fifths (41%) left within a year.")
    assert all(c.text != "two" for c in claims), _describe(claims)


def test_three_quarters_without_percent_is_no_share(extractor) -> None:
    """'three quarters (Q1 to Q3)': fiscal quarters, no share."""
    claims = extractor.extract("The firm reported losses in three quarters (Q1 to Q3) last year.")
    assert all(c.unit != "fraction" for c in claims), _describe(claims)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Anyone with information should call Crime Stoppers at 416-222-TIPS (8477).", 8477),
        ("Tips can be left at 1-800-CALL-FBI (225-5324) or submitted online.", 2255324),
        ("Tips can be left at 1-800-CALL-FBI (225-5324) or submitted online.", 800),
        ("Call 1-800-CALL-FBI with any information about the shooting.", 800),
    ],
)
def test_phone_mnemonic_no_claim(extractor, sentence: str, number: float) -> None:
    """A phone number spelled in letters, and its digits in brackets, state no quantity."""
    claims = extractor.extract(sentence)
    assert all(number not in (c.value, c.value_high) for c in claims), _describe(claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        _case("bracket-count", "Police made 416 arrests (84 of them juveniles) in the sweep.",
              text="84", value=84, kind="count"),
        _case("count-after-mnemonic",
              "The line 416-222-TIPS (8477) received 1,200 calls last year.",
              text="1,200", value=1200, kind="count"),
    ],
)  # fmt: skip
def test_phone_mnemonic_near_misses(extractor, sentence: str, expected: dict[str, Any]) -> None:
    _check(extractor, sentence, expected)
