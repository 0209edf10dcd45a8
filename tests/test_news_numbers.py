"""Numbers in general news beyond crime statistics: markets, sports, tech, health, elections,
weather, autos, property and consumer prices, vague and idiomatic amounts, spelled and mixed
numbers, lists and ranges. Every sentence is written here (none is copied from a benchmark);
expectations follow the conventions in the README's output schema, not what factpull prints.

Conventions settled here for news genres:
- A score or vote tally ("won 3-1", "a 218-212 vote", "a 2-0 lead") is two counts, one claim per
  side; it is never a range (a range's ends are one quantity's bounds, a score's are two).
- Numbers inside names stay out: product and model names ("RTX 4090", "Windows 11", "iPhone 15",
  "737 MAX"), formats ("5G", "4K video"), strains and diseases ("H5N1", "COVID-19"), periods
  ("Q3", "H1 2023", "the 1990s"), named scales ("Category 4", "Article 50", "the FTSE 100"),
  sessions ("the 118th Congress") and "24/7".
- Index levels and moves are counts whose counted noun is "points" (the unit follows from the
  subject, as for any counted noun); basis and percentage points are units.
- "N in M" ("one in five adults", "a 1-in-4 chance") is a fraction: value N/M, unit "fraction".
- "in their 20s and 30s" is an age range: 20 to 39 years.
- A quarter-century is 25 years (a century is not one of the schema's time units).
- Vague amounts without a number ("dozens", "a handful", "a couple of", "one of the best")
  are not claims; "a dozen" is 12.

A case factpull gets wrong today is a strict xfail naming the missing mechanism, so the suite stays
green and the case XPASSes (fails) when someone fixes it: then drop the mark.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import claim_with_text, overlapping_texts, table_params, wrong_fields

pytestmark = pytest.mark.slow

S = {
    # finance and markets
    "ftse": "The FTSE 100 fell 0.4% to 7,412.5 on Tuesday, dragged down by miners.",
    "share": "Shares of Acme closed at $142.37, up $3.12, after the earnings beat.",
    "nikkei": "The Nikkei average rose 1.2 percent to Y=28,030 in early trade.",
    "bps": "The Fed raised rates by 25 basis points to a range of 5.25% to 5.5%.",
    "q3": "Revenue in Q3 rose 8% to $4.1 billion, the company said.",
    "h1": "Net profit for H1 2023 fell 12 per cent to 350 million euros.",
    "bond": "The 10-year Treasury yield climbed 7 basis points to 4.31%.",
    "dow": "The Dow Jones Industrial Average dropped 310 points, or 0.9%, to 33,985.",
    "oil": "Brent crude rose $1.20 to $82.40 a barrel.",
    "gold": "Gold fell 0.5% to $1,950 an ounce.",
    "inflation": "Inflation eased to 3.2% in October from 3.7% in September.",
    "payrolls": "Employers added 199,000 jobs last month.",
    "percapita": "GDP per capita reached $12,500 in 2022.",
    "tripled": "The company's profit tripled to $900 million.",
    "fx": "The deal is worth 2.3 billion dollars, or about 1.9 billion pounds.",
    # sports
    "score": "Arsenal won 3-1 at Anfield to stretch their lead to five points.",
    "lead": "The Yankees built a 2-0 lead in the series with a 7-4 win on Sunday.",
    "seed": "The world No. 1 beat the 12th seed in straight sets.",
    "sprint": "She won gold in the 100m final in 10.72 seconds.",
    "5k": "More than 2,000 runners took part in the 5K race on Saturday.",
    "stats": "He averaged 7.3 points and 3.7 rebounds in 24 minutes per game.",
    "avg": "The shortstop is hitting .312 with 14 home runs.",
    "age": "The 34-year-old forward signed a two-year deal worth $30 million.",
    "ticket": "Tickets cost £45 and the venue holds 20,000 fans.",
    "marathon": "The 42.2-kilometre course winds through the city.",
    # tech
    "iphone": "Apple sold an estimated 50 million iPhone 15 units in the first quarter.",
    "gpu": "The RTX 4090 costs $1,599 and draws up to 450 watts.",
    "5g": "The carrier said its 5G network now reaches 250 million people.",
    "windows": "Windows 11 runs on about 400 million devices, Microsoft said.",
    "storage": "The phone comes with 8GB of RAM and 256GB of storage.",
    "display": "It has a 6.1-inch display with a 120Hz refresh rate.",
    "4k": "The camera records 4K video at 60 frames per second.",
    "max": "Boeing delivered 35 737 MAX jets in March.",
    # health and science
    "covid": "COVID-19 cases rose 15% last week to 12,400, health officials said.",
    "h5n1": "The H5N1 strain has infected 58 people since 2022.",
    "bmi": "Patients with a BMI of 35 or higher were admitted more often.",
    "1in4": "Women over 50 face a 1-in-4 chance of a fracture.",
    "1in5": "About one in five adults has high blood pressure.",
    "times": "Smokers were 2.5 times more likely to develop the disease.",
    "infant": "Infant mortality fell to 5.4 deaths per 1,000 live births.",
    # politics and elections
    "vote": "She won 52% of the vote in the runoff.",
    "house": "The bill passed the House by a 218-212 vote.",
    "congress": "The 118th Congress convened in January with a narrow majority.",
    "article50": "Britain triggered Article 50 nearly two years before it left.",
    "turnout": "Turnout was 67.3 percent, down 2 percentage points from 2019.",
    "twothirds": "Two-thirds of voters backed the measure.",
    # weather and disasters
    "quake": "A magnitude 6.4 quake struck off the coast at a depth of 10 kilometres.",
    "hurricane": "The Category 4 hurricane made landfall with winds of 150 mph.",
    "snow": "Up to 3 feet of snow fell in the mountains overnight.",
    "rain": "Some areas received 8 inches of rain in 24 hours.",
    "heat": "Temperatures hit 41.2C in Seville, the highest in a decade.",
    "wildfire": "The wildfire has burned 12,500 acres and is 40% contained.",
    "between": "The storm is expected to dump between 5 and 10 inches of rain.",
    # autos
    "engine": "The car has a 2.0-litre engine producing 400 hp.",
    "sprint060": "It goes from 0-60 mph in 3.1 seconds.",
    "v8": "The V8 model starts at $89,900.",
    "ev": "The EV has a range of 310 miles on a single charge.",
    "mpg": "The hybrid returns 52 mpg on the highway.",
    # property and consumer
    "rent": "A 3-bedroom house in the suburb now rents for $1,200 a month.",
    "clinic": "The clinic is open 24/7 and serves 300 patients a day.",
    "sqft": "The 2,400-square-foot home sold for $615,000.",
    "mortgage": "The average 30-year fixed mortgage rate rose to 7.09%.",
    "gas": "Gas prices rose to $3-$4 a gallon.",
    # vague, idiomatic, spelled and mixed
    "oneof": "It was one of the best seasons in club history.",
    "couple": "A couple of players were injured in the first half.",
    "dozens": "Dozens of protesters gathered outside parliament.",
    "handful": "Only a handful of stores remained open.",
    "hundreds": "Hundreds of flights were cancelled on Monday.",
    "dozen": "Police arrested a dozen people.",
    "million": "The city has 1.2 million residents.",
    "halfmil": "Nearly half a million people were evacuated.",
    "qcentury": "It was the team's first title in a quarter-century.",
    "1990s": "Sales have not been this weak since the 1990s.",
    "spelled": "Twenty-five people were hurt, and three of them remain in hospital.",
    "streak": "Home sales fell for a third straight month.",
    "boxoffice": "The film finished second at the box office with $22.5 million.",
    "flight": "The flight lasted 14 hours and 20 minutes.",
    # lists and ranges
    "growth": "Analysts expect growth of 5-10% next year.",
    "twenties": "Most of the victims were in their 20s and 30s.",
    "forties": "The suspect is described as a man in his early 40s.",
}

# (id, sentence, mention, expected fields[, xfail reason])
CASES: list[tuple[Any, ...]] = [
    # -- finance and markets
    ("ftse-move", S["ftse"], "0.4%", dict(value=0.4, unit="percent", change="decrease")),
    ("ftse-level", S["ftse"], "7,412.5", dict(value=7412.5, kind="other", change=None)),
    ("share-price", S["share"], "$142.37", dict(value=142.37, unit="USD", kind="money")),
    ("share-move", S["share"], "$3.12", dict(value=3.12, unit="USD", change="increase")),
    ("nikkei-yen", S["nikkei"], "Y=28,030", dict(value=28030, unit="JPY", kind="money")),
    (
        "bps-move",
        S["bps"],
        "25 basis points",
        dict(value=25, unit="basis point", change="increase", subject="rates"),
    ),
    (
        "bps-range-level",
        S["bps"],
        "5.25% to 5.5%",
        dict(value=5.25, value_high=5.5, unit="percent", change=None),
    ),
    ("q3-pct", S["q3"], "8%", dict(value=8, change="increase", subject="revenue")),
    ("q3-money", S["q3"], "$4.1 billion", dict(value=4.1e9, unit="USD", change=None)),
    ("h1-pct", S["h1"], "12 per cent", dict(value=12, unit="percent", change="decrease")),
    ("h1-euros", S["h1"], "350 million euros", dict(value=3.5e8, unit="EUR", kind="money")),
    ("bond-tenor", S["bond"], "10-year", dict(value=10, unit="year", kind="duration")),
    ("bond-bps", S["bond"], "7 basis points", dict(value=7, unit="basis point")),
    ("bond-level", S["bond"], "4.31%", dict(value=4.31, unit="percent", change=None)),
    ("dow-points", S["dow"], "310", dict(value=310, subject="points", change="decrease")),
    ("dow-pct", S["dow"], "0.9%", dict(value=0.9, change="decrease")),
    ("dow-level", S["dow"], "33,985", dict(value=33985, change=None)),
    ("oil-move", S["oil"], "$1.20", dict(value=1.2, unit="USD", change="increase")),
    (
        "oil-rate",
        S["oil"],
        "$82.40 a barrel",
        dict(value=82.4, unit="USD per barrel", kind="rate", subject="Brent crude"),
    ),
    ("gold-rate", S["gold"], "$1,950 an ounce", dict(value=1950, unit="USD per ounce")),
    ("cpi-now", S["inflation"], "3.2%", dict(value=3.2, change=None, subject="inflation")),
    ("cpi-before", S["inflation"], "3.7%", dict(value=3.7, change=None)),
    ("jobs", S["payrolls"], "199,000", dict(value=199000, kind="count", subject="jobs")),
    ("gdp-pc", S["percapita"], "$12,500", dict(value=12500, unit="USD", kind="money")),
    ("profit-level", S["tripled"], "$900 million", dict(value=9e8, unit="USD", change=None)),
    ("fx-usd", S["fx"], "2.3 billion dollars", dict(value=2.3e9, unit="USD")),
    ("fx-gbp", S["fx"], "1.9 billion pounds", dict(value=1.9e9, unit="GBP", qualifier="about")),
    # -- sports
    ("score-home", S["score"], "3", dict(value=3, kind="count", value_high=None)),
    ("score-away", S["score"], "1", dict(value=1, kind="count")),
    ("score-points", S["score"], "five", dict(value=5, subject="points")),
    ("lead-series", S["lead"], "2", dict(value=2, value_high=None)),
    ("lead-win", S["lead"], "7", dict(value=7, value_high=None)),
    ("world-no1", S["seed"], "1", dict(value=1, kind="ordinal")),
    (
        "seed-12th",
        S["seed"],
        "12th",
        dict(value=12, kind="ordinal"),
    ),
    ("sprint-distance", S["sprint"], "100m", dict(value=100, unit="metre")),
    ("sprint-time", S["sprint"], "10.72 seconds", dict(value=10.72, unit="second")),
    ("runners", S["5k"], "2,000", dict(value=2000, qualifier="more than", subject="runners")),
    ("5k-race", S["5k"], "5K", dict(value=5, unit="kilometre", kind="other")),
    ("stat-points", S["stats"], "7.3", dict(value=7.3, subject="points")),
    ("stat-rebounds", S["stats"], "3.7", dict(value=3.7, subject="rebounds")),
    ("batting-avg", S["avg"], ".312", dict(value=0.312)),
    ("home-runs", S["avg"], "14", dict(value=14, subject="home runs")),
    ("player-age", S["age"], "34-year-old", dict(value=34, unit="year", kind="age")),
    ("contract", S["age"], "two-year", dict(value=2, unit="year", kind="duration")),
    ("contract-worth", S["age"], "$30 million", dict(value=3e7, unit="USD", subject="deal")),
    ("ticket-price", S["ticket"], "£45", dict(value=45, unit="GBP", kind="money")),
    ("capacity", S["ticket"], "20,000", dict(value=20000, subject="fans")),
    ("marathon-km", S["marathon"], "42.2-kilometre", dict(value=42.2, unit="kilometre")),
    # -- tech
    ("iphone-units", S["iphone"], "50 million", dict(value=5e7, qualifier="about")),
    ("gpu-price", S["gpu"], "$1,599", dict(value=1599, unit="USD")),
    ("gpu-watts", S["gpu"], "450 watts", dict(value=450, unit="watt", qualifier="up to")),
    ("5g-reach", S["5g"], "250 million", dict(value=2.5e8, subject="people")),
    ("windows-devices", S["windows"], "400 million", dict(value=4e8, subject="devices")),
    ("ram", S["storage"], "8GB", dict(value=8, unit="gigabyte")),
    ("storage", S["storage"], "256GB", dict(value=256, unit="gigabyte")),
    ("screen", S["display"], "6.1-inch", dict(value=6.1, unit="inch", subject="display")),
    ("refresh", S["display"], "120Hz", dict(value=120, unit="hertz")),
    ("frames", S["4k"], "60", dict(value=60, subject="frames")),
    ("max-jets", S["max"], "35", dict(value=35, kind="count")),
    # -- health and science
    ("covid-pct", S["covid"], "15%", dict(value=15, change="increase", subject="COVID-19 cases")),
    ("covid-level", S["covid"], "12,400", dict(value=12400, change=None)),
    ("h5n1-people", S["h5n1"], "58", dict(value=58, subject="people")),
    ("bmi", S["bmi"], "35", dict(value=35)),
    (
        "women-over-50",
        S["1in4"],
        "50",
        dict(value=50, unit="year", kind="age", qualifier="more than"),
    ),
    ("1-in-4", S["1in4"], "1-in-4", dict(value=0.25, unit="fraction", kind="other")),
    (
        "one-in-five",
        S["1in5"],
        "one in five",
        dict(value=0.2, unit="fraction", kind="other", qualifier="about"),
    ),
    ("times-likely", S["times"], "2.5", dict(value=2.5)),
    (
        "infant-rate",
        S["infant"],
        "5.4",
        dict(value=5.4, unit="per 1,000 live births", kind="rate"),
    ),
    # -- politics and elections
    ("vote-share", S["vote"], "52%", dict(value=52, unit="percent", subject="vote")),
    ("tally-yes", S["house"], "218", dict(value=218, value_high=None)),
    ("tally-no", S["house"], "212", dict(value=212, value_high=None)),
    ("brexit-years", S["article50"], "two years", dict(value=2, qualifier="nearly")),
    ("turnout", S["turnout"], "67.3 percent", dict(value=67.3, change=None)),
    (
        "turnout-pp",
        S["turnout"],
        "2 percentage points",
        dict(value=2, unit="percentage point", change="decrease"),
    ),
    ("two-thirds", S["twothirds"], "Two-thirds", dict(value=2 / 3, unit="fraction")),
    # -- weather and disasters
    (
        "quake-magnitude",
        S["quake"],
        "magnitude 6.4",
        dict(value=6.4, unit="magnitude", kind="other"),
    ),
    ("quake-depth", S["quake"], "10 kilometres", dict(value=10, unit="kilometre")),
    ("winds", S["hurricane"], "150 mph", dict(value=150, unit="mile per hour")),
    ("snow", S["snow"], "3 feet", dict(value=3, unit="foot", qualifier="up to")),
    ("rain", S["rain"], "8 inches", dict(value=8, unit="inch", subject="rain")),
    ("rain-hours", S["rain"], "24 hours", dict(value=24, unit="hour", kind="duration")),
    ("heat", S["heat"], "41.2C", dict(value=41.2, unit="degree celsius")),
    ("burned", S["wildfire"], "12,500 acres", dict(value=12500, unit="acre")),
    ("contained", S["wildfire"], "40%", dict(value=40, unit="percent")),
    (
        "rain-range",
        S["between"],
        "5 and 10 inches",
        dict(value=5, value_high=10, unit="inch", subject="rain"),
    ),
    # -- autos
    ("engine-litre", S["engine"], "2.0-litre", dict(value=2.0, unit="litre")),
    ("engine-hp", S["engine"], "400 hp", dict(value=400, unit="horsepower")),
    ("0-60", S["sprint060"], "0-60 mph", dict(value=0, value_high=60, unit="mile per hour")),
    ("0-60-time", S["sprint060"], "3.1 seconds", dict(value=3.1, unit="second")),
    ("v8-price", S["v8"], "$89,900", dict(value=89900, unit="USD", subject="V8 model")),
    ("ev-range", S["ev"], "310 miles", dict(value=310, unit="mile", subject="range")),
    ("mpg", S["mpg"], "52 mpg", dict(value=52, unit="mile per gallon")),
    # -- property and consumer
    ("bedrooms", S["rent"], "3", dict(value=3, kind="count")),
    ("rent", S["rent"], "$1,200 a month", dict(value=1200, unit="USD per month", kind="rate")),
    ("patients", S["clinic"], "300", dict(value=300, subject="patients")),
    (
        "sqft",
        S["sqft"],
        "2,400-square-foot",
        dict(value=2400, unit="square foot", kind="other", subject="home"),
    ),
    ("sale", S["sqft"], "$615,000", dict(value=615000, unit="USD")),
    ("mortgage-term", S["mortgage"], "30-year", dict(value=30, unit="year")),
    ("mortgage-rate", S["mortgage"], "7.09%", dict(value=7.09, change=None)),
    ("gas-range", S["gas"], "$3-$4 a gallon", dict(value=3, value_high=4, unit="USD per gallon")),
    # -- spelled and mixed
    ("a-dozen", S["dozen"], "a dozen", dict(value=12, subject="people")),
    ("million", S["million"], "1.2 million", dict(value=1.2e6, subject="residents")),
    ("half-million", S["halfmil"], "half a million", dict(value=5e5, qualifier="nearly")),
    (
        "quarter-century",
        S["qcentury"],
        "a quarter-century",
        dict(value=25, unit="year", kind="duration"),
    ),
    ("twenty-five", S["spelled"], "Twenty-five", dict(value=25, subject="people")),
    ("three-of", S["spelled"], "three", dict(value=3)),
    ("streak", S["streak"], "third", dict(value=3, kind="ordinal")),
    ("box-office-rank", S["boxoffice"], "second", dict(value=2, kind="ordinal")),
    ("box-office", S["boxoffice"], "$22.5 million", dict(value=2.25e7, unit="USD")),
    ("flight", S["flight"], "20 minutes", dict(value=20, unit="minute", kind="duration")),
    # -- lists and ranges
    (
        "growth-range",
        S["growth"],
        "5-10%",
        dict(value=5, value_high=10, unit="percent", subject="growth"),
    ),
    (
        "age-decades",
        S["twenties"],
        "20s and 30s",
        dict(value=20, value_high=39, unit="year", kind="age"),
    ),
    ("age-early-40s", S["forties"], "40s", dict(value=40, value_high=49, unit="year", kind="age")),
]

# (id, sentence, number that must not be reported[, xfail reason])
NOT_CLAIMS: list[tuple[Any, ...]] = [
    ("index-name", S["ftse"], "100"),
    ("quarter-name", S["q3"], "3"),
    ("half-year", S["h1"], "1"),
    ("half-year-year", S["h1"], "2023"),
    ("iphone-model", S["iphone"], "15"),
    ("gpu-model", S["gpu"], "4090"),
    ("network-5g", S["5g"], "5"),
    ("windows-version", S["windows"], "11"),
    ("resolution-4k", S["4k"], "4K"),
    ("aircraft-model", S["max"], "737"),
    ("covid-name", S["covid"], "19"),
    ("strain", S["h5n1"], "5"),
    ("since-year", S["h5n1"], "2022"),
    ("congress-session", S["congress"], "118th"),
    ("article", S["article50"], "50"),
    ("hurricane-category", S["hurricane"], "4"),
    ("engine-v8", S["v8"], "8"),
    ("open-24-7", S["clinic"], "24/7"),
    ("decade", S["1990s"], "1990s"),
    ("one-of-the-best", S["oneof"], "one"),
    ("a-couple", S["couple"], "couple"),
    ("dozens", S["dozens"], "Dozens"),
    ("handful", S["handful"], "handful"),
    ("hundreds", S["hundreds"], "Hundreds"),
    ("first-half", S["couple"], "first"),
    ("first-quarter", S["iphone"], "first"),
    ("turnout-year", S["turnout"], "2019"),
    ("gdp-year", S["percapita"], "2022"),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_news_number(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = claim_with_text(shared_extractor.extract(sentence), mention)
    assert wrong_fields(claim, expected) == {}, "field: (expected, got)"


@pytest.mark.parametrize(("sentence", "number"), table_params(NOT_CLAIMS, 3))
def test_not_a_news_number(shared_extractor: Extractor, sentence: str, number: str) -> None:
    start = sentence.index(number)
    claims = shared_extractor.extract(sentence)
    assert overlapping_texts(claims, start, start + len(number)) == []
