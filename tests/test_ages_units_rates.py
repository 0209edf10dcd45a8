"""Ages, rates and units: ages with a bound before or after the number ('aged under 21',
'13 or younger'), abbreviated ages ('87 yo') and ages in brackets after a name; rates per unit
of time after a counted noun and rates whose population carries an age bound; unit symbols and
units in brackets, hyphenated percents ('a 12-percent drop'), counted containers ('sets of',
'pairs of'), spelled fractions restated as a bracketed percent, and phone numbers spelled in
letters, which state no quantity.
Every sentence here is written for this file, in the style of police bulletins, wire stories
and crime statistics releases. Positive cases name one claim by its exact ``text`` and the
fields that must hold; near misses name a claim that must keep its reading, or a number or span
that must not be reported on its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, case, describe

pytestmark = pytest.mark.slow

# fmt: off
# 'aged under 21', 'of whom were under 25', 'aged 65 and over': an age with its bound.
AGE_BOUNDS = [
    case("aged-under-of-whom",
         "Police arrested 3,200 people, of whom 1,049 were aged under 21.",
         text="21", value=21, unit="year", kind="age", qualifier="less than"),
    case("aged-under-victims", "The charity supports victims aged under 18 across the county.",
         text="18", value=18, unit="year", kind="age", qualifier="less than",
         subject="victims"),
    case("aged-over-suspects", "Suspects aged over 60 accounted for 4% of arrests.",
         text="60", value=60, unit="year", kind="age", qualifier="more than"),
    case("age-below", "Drivers age below 25 were stopped most often, the report said.",
         text="25", value=25, unit="year", kind="age", qualifier="less than"),
    case("aged-under-years", "Victims aged under 16 years were referred to social services.",
         text="16 years", value=16, unit="year", kind="age", qualifier="less than"),
    case("aged-less-than", "Two teenagers aged less than 16 were cautioned.",
         text="16", value=16, unit="year", kind="age", qualifier="less than"),
    case("of-whom-were-under",
         "Officers stopped 412 drivers, more than a third of whom were under 25.",
         text="25", value=25, unit="year", kind="age", qualifier="less than"),
    case("who-were-over",
         "The scam targeted pensioners, many of whom were over 80.",
         text="80", value=80, unit="year", kind="age", qualifier="more than"),
    case("those-who-are-under", "Knife crime falls hardest on those who are under 18.",
         text="18", value=18, unit="year", kind="age", qualifier="less than"),
    case("aged-and-older", "The survey covered residents aged 16 and older.",
         text="16", value=16, unit="year", kind="age", qualifier="at least"),
    case("aged-and-over", "Pensioners aged 65 and over were the most frequent targets.",
         text="65", value=65, unit="year", kind="age", qualifier="at least"),
    case("bjs-age-or-older", "The survey interviewed persons age 12 or older last year.",
         text="12", value=12, unit="year", kind="age", qualifier="at least"),
]

# '87 yo', '87 y/o', '87 y.o.', '87yo', 'yrs old': abbreviated ages.
AGE_ABBREVIATIONS = [
    case("yo-spaced", "Police said a 87 yo man was taken to hospital.",
         text="87 yo", value=87, unit="year", kind="age"),
    case("y-slash-o", "An 87 y/o woman was robbed outside her home.",
         text="87 y/o", value=87, unit="year", kind="age"),
    case("y-dot-o-dot", "The victim, a 72 y.o. retired teacher, was unhurt.",
         text="72 y.o.", value=72, unit="year", kind="age"),
    case("yo-glued", "An 87yo man was attacked in Leeds on Friday.",
         text="87yo", value=87, unit="year", kind="age"),
    case("y-slash-o-glued", "BOLO: missing 15y/o last seen near the station.",
         text="15y/o", value=15, unit="year", kind="age"),
    case("yrs-old", "The suspect, 34 yrs old, was held overnight.",
         text="34 yrs old", value=34, unit="year", kind="age"),
    case("yr-old-hyphen", "Detectives charged the 19-yr-old on Friday.",
         text="19-yr-old", value=19, unit="year", kind="age"),
]

# '10,000 tablets per hour': a rate whose text stops at the number, like '12 crimes per
# 100,000 people'; the counted noun is the subject.
TIME_RATES = [
    case("per-hour-after-noun",
         "Agents seized a pill press capable of producing up to 10,000 tablets per hour.",
         text="10,000", value=10_000, unit="per hour", kind="rate", qualifier="up to",
         subject="tablets"),
    case("a-day-after-noun", "The control room handles 1,200 calls a day.",
         text="1,200", value=1200, unit="per day", kind="rate", subject="calls"),
    case("times-a-minute", "The stolen centrifuge can spin 78,000 times a minute.",
         text="78,000", value=78_000, unit="per minute", kind="rate"),
    case("words-per-week", "Police recorded five burglaries per week in the district.",
         text="five", value=5, unit="per week", kind="rate", subject="burglaries"),
    case("every-day", "Officers made 12 arrests every day during the festival.",
         text="12", value=12, unit="per day", kind="rate", subject="arrests"),
    case("a-year-qualified", "About 30 children a year are trafficked through the port.",
         text="30", value=30, unit="per year", kind="rate", qualifier="about"),
    case("two-word-noun", "The force logged 40 vehicle thefts a month.",
         text="40", value=40, unit="per month", kind="rate"),
    # a frequency is a rate too, read the same way as "78,000 times a minute"
    case("times-a-year", "The gang struck three times a year.",
         text="three", value=3, unit="per year", kind="rate"),
    case("average-per-week", "Officers attended an average of 20 per week.",
         text="20 per week", value=20, unit="per week", kind="rate"),
    case("money-per-hour-unchanged", "The guards were paid $25 per hour.",
         text="$25 per hour", value=25, unit="USD per hour", kind="rate"),
]

# The age bound of a rate's population is part of the unit.
POPULATION_AGE_RATES = [
    case("bjs-persons-age-or-older",
         "The violent victimization rate was 22.5 per 1,000 persons age 12 or older.",
         text="22.5 per 1,000 persons age 12 or older", value=22.5,
         unit="per 1,000 persons age 12 or older", kind="rate"),
    case("residents-aged-and-over",
         "There were 4.1 offences per 100,000 residents aged 10 and over.",
         text="4.1", value=4.1, unit="per 100,000 residents aged 10 and over", kind="rate"),
    case("women-aged-range",
         "The rate was 3.2 per 1,000 women aged 15-49 in 2022.",
         text="3.2 per 1,000 women aged 15-49", value=3.2,
         unit="per 1,000 women aged 15-49", kind="rate"),
]

# Unit symbols news copies from specifications, and units written in brackets.
UNITS = [
    case("knots", "The smugglers' boat was doing 30 knots when it was boarded.",
         text="30 knots", value=30, unit="knot", kind="other"),
    case("ksi", "The stolen steel bars are rated at 8.9 ksi.",
         text="8.9 ksi", value=8.9, unit="kilopound per square inch", kind="other"),
    case("psi", "The tyres had been inflated to 100 psi.",
         text="100 psi", value=100, unit="pound per square inch", kind="other"),
    case("hp-upper", "The stolen car has 784 HP under the bonnet.",
         text="784 HP", value=784, unit="horsepower", kind="other"),
    case("hp-hyphen", "Thieves took a boat with a 185-hp outboard engine.",
         text="185-hp", value=185, unit="horsepower", kind="other"),
    case("megawatt", "The cannabis farm drew 1.3 MW from a bypassed meter.",
         text="1.3 MW", value=1.3, unit="megawatt", kind="other"),
    case("bracket-kg", "The weight is 20 (kg) according to the evidence label.",
         text="20 (kg)", value=20, unit="kilogram", kind="weight"),
    case("square-bracket-kg", "The parcel weighed 20 [kg].",
         text="20 [kg]", value=20, unit="kilogram", kind="weight"),
    case("bracket-grams", "Net weight: 350 (grams).",
         text="350 (grams)", value=350, unit="gram", kind="weight"),
]

# Near misses: the named claim keeps this reading.
UNCHANGED = [
    case("under-kilograms", "The parcels were under 25 kilograms.",
         text="25 kilograms", unit="kilogram", kind="weight", qualifier="less than"),
    case("under-percent", "Thefts were under 25 percent of the total.",
         text="25 percent", unit="percent", kind="percent", qualifier="less than"),
    case("under-cases", "There were under 25 cases last year.",
         text="25", unit=None, kind="count", qualifier="less than"),
    case("prices-under", "Prices were under 25 last year.",
         text="25", unit=None, kind="count", qualifier="less than"),
    case("deaths-under", "Road deaths were under 25 in the first quarter.",
         text="25", unit=None, kind="count"),
    case("aged-then-over", "A man aged 30 stole over 50 bikes.",
         text="50", unit=None, kind="count", qualifier="more than"),
    case("hour-long", "Officers said 10,000 tablets were seized in an hour-long raid.",
         text="10,000", unit=None, kind="count"),
    case("in-an-hour", "Officers seized 10,000 tablets in an hour.",
         text="10,000", unit=None, kind="count"),
    case("within-an-hour", "Police arrested 12 people within an hour.",
         text="12", unit=None, kind="count"),
    case("a-day-after", "Police made 12 arrests a day after the riot.",
         text="12", unit=None, kind="count"),
    case("a-year-earlier", "Police made 12 arrests a year earlier.",
         text="12", unit=None, kind="count"),
    case("verb-before-a-day", "Three officers spent a day searching the woods.",
         text="Three", unit=None, kind="count"),
    case("per-cent", "Burglaries rose two per cent.",
         text="two per cent", unit="percent", kind="percent"),
    case("rate-with-later-count", "The rate was 22.5 per 1,000 persons, and 12 of them died.",
         text="12", value=12, unit=None, kind="count"),
    case("per-capita-unchanged", "The rate was 12 crimes per 100,000 people.",
         text="12", unit="per 100,000 people", kind="rate"),
    case("hp-brand", "Thieves stole 20 HP laptops from the school.",
         text="20", unit=None, kind="count"),
    case("hp-model", "Burglars took 6 HP EliteBook computers.",
         text="6", unit=None, kind="count"),
    case("bracket-agency", "Police said 20 (AFP) people had died.",
         text="20", unit=None, kind="count"),
    case("bracket-percent-after", "Burglaries rose by 20 (15%) last year.",
         text="15%", unit="percent", kind="percent"),
    case("bracket-single-letter", "Losses totalled 20 (m) in the table.",
         text="20", unit=None),
    case("kt-ambiguous", "The device had a yield of 15 kt, the report said.",
         text="15", unit=None),
    case("yo-yos", "Customs seized 200 yo-yos packed with cocaine.",
         text="200", unit=None, kind="count"),
    case("age-list-kept", "Three girls, aged 12, 13 and 14, were rescued.",
         text="13", unit="year", kind="age"),
]
# fmt: on

# fmt: off
# 'a 12-percent drop': a percent joined to its number by a hyphen.
HYPHENATED_PERCENTS = [
    case("percent", "The force reported a 12-percent drop in shootings across the region.",
         text="12-percent", value=12, unit="percent", kind="percent"),
    case("hyphen-per-cent", "Figures released on Monday show a 5-per-cent rise in vehicle thefts.",
         text="5-per-cent", value=5, unit="percent", kind="percent"),
    case("pct", "The board approved a 20-pct cut to the overtime budget of the unit.",
         text="20-pct", value=20, unit="percent", kind="percent"),
    case("decimal", "Prosecutors cited a 7.5-percent increase in fraud complaints.",
         text="7.5-percent", value=7.5, unit="percent", kind="percent"),
]

# Spaced percents, ranges, percentage points and other hyphenated units keep theirs.
HYPHENATED_PERCENT_NEAR_MISSES = [
    case("spaced", "Burglaries fell 15 percent in the second half of the year.",
         text="15 percent", value=15, unit="percent", kind="percent"),
    case("range", "Officials expect thefts to fall 8-10% by the end of the year.",
         text="8-10%", value=8, value_high=10, unit="percent", kind="percent"),
    case("percentage-point", "Clearance rates rose by a 3-percentage-point margin.",
         text="3-percentage-point", value=3, unit="percentage point", kind="percent"),
    case("year-still", "He was handed a 12-year sentence for the robbery.",
         text="12-year", value=12, unit="year", kind="duration"),
]

# '14 sets of licence plates': the container starts the subject, it is no unit.
CONTAINERS = [
    case("sets", "Officers seized 14 sets of licence plates from a garage in Luton.",
         text="14", value=14, unit=None, kind="count", subject="sets of licence plates"),
    case("pairs", "Detectives recovered 30 pairs of stolen trainers from the van.",
         text="30", value=30, unit=None, kind="count", subject="pairs of stolen trainers"),
    case("rounds", "The search turned up a shotgun and 200 rounds of ammunition.",
         text="200", value=200, unit=None, kind="count", subject="rounds of ammunition"),
    case("packets", "Police said they found 12 packets of heroin in the boot.",
         text="12", value=12, unit=None, kind="count", subject="packets of heroin"),
    case("bundles", "Agents counted six bundles of cash hidden behind a panel.",
         text="six", value=6, unit=None, kind="count", subject="bundles of cash"),
    case("packs", "Customs officers found 40 packs of counterfeit cigarettes.",
         text="40", value=40, unit=None, kind="count"),
    case("pieces", "The gang sold 12 pieces of stolen jewellery online.",
         text="12", value=12, unit=None, kind="count"),
    case("bars", "Investigators recovered 3 bars of gold from the safe.",
         text="3", value=3, unit=None, kind="count"),
    case("gross-adjective", "The panel upheld 5 gross misconduct findings against officers.",
         text="5", value=5, unit=None, kind="count"),
]

# Units from our table and from quantulum3 still attach.
CONTAINER_NEAR_MISSES = [
    case("mph", "The stolen car was travelling at 90 mph when it crashed.",
         text="90 mph", value=90, unit="mile per hour", kind="rate"),
    case("kilograms", "Border agents seized 14 kilograms of cocaine at the port.",
         text="14 kilograms", value=14, unit="kilogram", kind="weight"),
    case("cubic-feet", "The lock-up held 200 cubic feet of stolen goods.",
         text="200 cubic feet", value=200, unit="cubic foot", kind="other"),
]

# 'Omar Haddad (24), of Brampton': police style puts the age in brackets after the name.
BRACKETED_AGES = [
    case("of-place", "Omar Haddad (24), of Brampton, was charged with armed robbery.",
         text="24", value=24, unit="year", kind="age"),
    case("bullet", "- Nadia Persaud (31), of Mississauga",
         text="31", value=31, unit="year", kind="age"),
    case("pair-first", "Tom Reid (19) and Ann Cole (22) were arrested on Friday evening.",
         text="19", value=19, unit="year", kind="age"),
    case("pair-second", "Tom Reid (19) and Ann Cole (22) were arrested on Friday evening.",
         text="22", value=22, unit="year", kind="age"),
    case("hyphen-apostrophe",
         "Mary-Jane O'Neil (45) and Craig McDonald (52), both of Leeds, appeared in court.",
         text="52", value=52, unit="year", kind="age"),
    case("three-words", "Police named the driver as Luis Alberto Ramos (37) of Hamilton.",
         text="37", value=37, unit="year", kind="age"),
]

# A bracketed number after one word, a table, a force or a place is no age.
BRACKETED_AGE_NEAR_MISSES = [
    case("one-word-decimal", "Latvia (4.2) and Lithuania (3.1) had the highest rates.",
         text="4.2", value=4.2, kind="other"),  # a fraction counts nothing
    case("one-word-country", "Lithuania (31) and Estonia (26) reported the most cases.",
         text="31", value=31, kind="count"),
    case("table", "See Table 3 (12) for the regional breakdown of arrests.",
         text="12", value=12, kind="count"),
    case("force-name", "Thames Valley Police (12) and Kent Police (9) made the most arrests.",
         text="12", value=12, kind="count"),
    case("place-name", "Officers in New South Wales (31) recorded the most seizures.",
         text="31", value=31, kind="count"),
    case("comma-age-kept", "Omar Haddad, 24, of Brampton, was charged with robbery.",
         text="24", value=24, unit="year", kind="age"),
]

# 'victims were 13 or younger', 'children 12 and under': an age with its bound after.
BOUND_AFTER_AGES = [
    case("or-younger", "Six in ten victims were 13 or younger, the charity said.",
         text="13", value=13, unit="year", kind="age", qualifier="at most"),
    case("or-older", "Most of the fraud victims were 65 or older.",
         text="65", value=65, unit="year", kind="age", qualifier="at least"),
    case("or-under", "Half of the suspects arrested in the sweep were 17 or under.",
         text="17", value=17, unit="year", kind="age", qualifier="at most"),
    case("and-under", "The scheme offers free places to children 12 and under.",
         text="12", value=12, unit="year", kind="age", qualifier="at most"),
    case("share-of-those", "Nearly 40% of those killed were 70 or older.",
         text="70", value=70, unit="year", kind="age", qualifier="at least"),
]

# A bound after a count of things, not people, stays a count.
BOUND_AFTER_NEAR_MISSES = [
    case("not-people", "Burglaries were 12 or lower in most wards last month.",
         text="12", value=12, unit=None, kind="count", qualifier="at most"),
    case("or-more-count", "Fines were 10 or more in most districts.",
         text="10", value=10, unit=None, kind="count", qualifier="at least"),
    case("cases-or-fewer", "Officers recorded 40 cases or fewer each month.",
         text="40", value=40, unit=None, kind="count"),
    case("aged-kept", "The survey covered residents aged 16 and older.",
         text="16", value=16, unit="year", kind="age", qualifier="at least"),
]

# 'two fifths (41%) resigned': the whole spelled fraction is the share.
BRACKETED_PERCENT_SHARES = [
    case("fifths-resigned",
         "Of the 212 officers investigated, of whom two fifths (41%) resigned voluntarily.",
         text="two fifths", value=0.4, unit="fraction", kind="other"),
    case("quarters-said", "Three quarters (76%) said they felt safe walking alone at night.",
         text="Three quarters", value=0.75, unit="fraction", kind="other"),
    case("percent-kept", "Three quarters (76%) said they felt safe walking alone at night.",
         text="76%", value=76, unit="percent", kind="percent"),
    case("per-cent-words", "Of those surveyed, two thirds (67 per cent) reported the crime.",
         text="two thirds", value=2 / 3, unit="fraction", kind="other"),
]

BRACKETED_PERCENT_NEAR_MISSES = [
    case("of-kept", "Two fifths of the force resigned within a year.",
         text="Two fifths", value=0.4, unit="fraction", kind="other"),
    case("bracket-of-kept",
         "Roughly two-thirds (65.3 per cent) of violent crimes went unreported.",
         text="two-thirds", value=2 / 3, unit="fraction", kind="other", qualifier="about"),
]

# A bracketed count, or a count after a phone number spelled in letters, is still a count.
PHONE_NEAR_MISSES = [
    case("bracket-count", "Police made 416 arrests (84 of them juveniles) in the sweep.",
         text="84", value=84, kind="count"),
    case("count-after-mnemonic",
         "The line 416-222-TIPS (8477) received 1,200 calls last year.",
         text="1,200", value=1200, kind="count"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        *AGE_BOUNDS,
        *AGE_ABBREVIATIONS,
        *TIME_RATES,
        *POPULATION_AGE_RATES,
        *UNITS,
        *UNCHANGED,
        *HYPHENATED_PERCENTS,
        *HYPHENATED_PERCENT_NEAR_MISSES,
        *CONTAINERS,
        *CONTAINER_NEAR_MISSES,
        *BRACKETED_AGES,
        *BRACKETED_AGE_NEAR_MISSES,
        *BOUND_AFTER_AGES,
        *BOUND_AFTER_NEAR_MISSES,
        *BRACKETED_PERCENT_SHARES,
        *BRACKETED_PERCENT_NEAR_MISSES,
        *PHONE_NEAR_MISSES,
    ],
)
def test_claim_fields(shared_extractor: Extractor, sentence: str, expected: dict[str, Any]) -> None:
    """The claim each table row names has the fields the row lists (see each table's comment)."""
    assert_claim(shared_extractor.extract(sentence), expected["text"], expected)


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("The violent victimization rate was 22.5 per 1,000 persons age 12 or older.", 12),
        ("There were 4.1 offences per 100,000 residents aged 10 and over.", 10),
        ("The rate was 3.2 per 1,000 women aged 15-49 in 2022.", 15),
    ],
)
def test_population_age_is_no_claim(shared_extractor: Extractor, sentence: str, age: int) -> None:
    """The age in a rate's population is not a claim of its own, nor is the year after it."""
    claims = shared_extractor.extract(sentence)
    assert len(claims) == 1, describe(claims)
    assert all(c.value != age for c in claims), describe(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Victims were aged 15-49 in 2022.",
        "The offenders, aged 18 to 24 in 2019, were all released.",
    ],
)
def test_year_after_age_range_is_no_age(shared_extractor: Extractor, sentence: str) -> None:
    """'aged 15-49 in 2022': the cue belongs to the range; the year is no age."""
    claims = shared_extractor.extract(sentence)
    assert all(c.kind != "age" or c.value < 130 for c in claims), describe(claims)


def test_bracketed_year_after_name_is_no_age(shared_extractor: Extractor) -> None:
    claims = shared_extractor.extract("The suspect Omar Haddad (2024) was named by police.")
    assert all(c.kind != "age" for c in claims), describe(claims)


def test_bracketed_share_reports_no_bare_number(shared_extractor: Extractor) -> None:
    claims = shared_extractor.extract("Of the 90 recruits, two fifths (41%) left within a year.")
    assert all(c.text != "two" for c in claims), describe(claims)


def test_three_quarters_without_percent_is_no_share(shared_extractor: Extractor) -> None:
    """'three quarters (Q1 to Q3)': fiscal quarters, no share."""
    claims = shared_extractor.extract(
        "The firm reported losses in three quarters (Q1 to Q3) last year."
    )
    assert all(c.unit != "fraction" for c in claims), describe(claims)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Anyone with information should call Crime Stoppers at 416-222-TIPS (8477).", 8477),
        ("Tips can be left at 1-800-CALL-FBI (225-5324) or submitted online.", 2255324),
        ("Tips can be left at 1-800-CALL-FBI (225-5324) or submitted online.", 800),
        ("Call 1-800-CALL-FBI with any information about the shooting.", 800),
    ],
)
def test_phone_mnemonic_no_claim(shared_extractor: Extractor, sentence: str, number: float) -> None:
    """A phone number spelled in letters, and its digits in brackets, state no quantity."""
    claims = shared_extractor.extract(sentence)
    assert all(number not in (c.value, c.value_high) for c in claims), describe(claims)
