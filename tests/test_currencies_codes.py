"""Currencies of South Asian, Gulf and Caribbean press ("Tk 48 crore", "Dh86 million", a "$"
in a Kingston story), a plus after a count ("50+ officers"), decimal commas before a percent
sign ("-6,9%"), phone numbers, short lines to ring and report ids that are no quantities,
counts per one member of a population ("2.4 offences per offender"), and a place name before
a count ("Canterbury 19"), which is no product name.
Every sentence is written for this file. Positive rows name one mention by its exact ``text``
and the fields that matter; near misses name what must stay as it is; non-claims name a span
that no claim may overlap.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from tests.expectations import assert_claim, describe, table_params, texts_over

pytestmark = pytest.mark.slow


def _money(value: float, unit: str, value_high: float | None = None) -> dict[str, Any]:
    return {"value": value, "unit": unit, "kind": "money", "value_high": value_high}


def _percent(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "percent", "kind": "percent"}


def _rate(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "kind": "rate"}


# (id, sentence, text, expected fields[, strict xfail reason])
# fmt: off
POSITIVE = [
    # 1. Bangladeshi taka: "Tk" before the amount, "taka" after it, Indian scale words
    ("taka-prefix-crore", "The Anti-Corruption Commission said the officials embezzled "
     "Tk 48 crore from the project.", "Tk 48 crore", _money(480_000_000, "BDT")),
    ("taka-prefix-glued-lakh", "The Dhaka court fined each smuggler Tk5 lakh on Sunday.",
     "Tk5 lakh", _money(500_000, "BDT")),
    ("taka-prefix-plain", "A rickshaw puller was robbed of Tk 1,200 near Kamalapur station.",
     "Tk 1,200", _money(1_200, "BDT")),
    ("taka-word-after", "Rab recovered 48 crore taka in counterfeit notes during the raid.",
     "48 crore taka", _money(480_000_000, "BDT")),
    ("taka-word-plain", "The victim told police the gang took 35,000 taka and two phones.",
     "35,000 taka", _money(35_000, "BDT")),
    # 2. UAE dirham: "Dh", "Dhs", "AED" before the amount, "dirhams" after it
    ("dirham-dh-million", "Dubai Police said the fraud ring laundered Dh86 million through "
     "shell companies.", "Dh86 million", _money(86_000_000, "AED")),
    ("dirham-dhs-spaced", "The maid was accused of stealing Dhs 3,000 from her employer.",
     "Dhs 3,000", _money(3_000, "AED")),
    ("dirham-code", "Motorists caught using a phone while driving face a fine of AED 500.",
     "AED 500", _money(500, "AED")),
    ("dirham-range", "Fines for jaywalking range from Dh500 to Dh2,000 under the new law.",
     "Dh500 to Dh2,000", _money(500, "AED", 2_000)),
    ("dirham-word-after", "The court ordered him to pay 500 dirhams in compensation.",
     "500 dirhams", _money(500, "AED")),
    # 3. place cues: a "$" in a Jamaican story, "pesos" in a story citing Mexico's agencies
    ("jmd-kingston-st-catherine", "Kingston detectives said $2 million in cash was seized "
     "at a house in St Catherine.", "$2 million", _money(2_000_000, "JMD")),
    ("jmd-jcf-montego-bay", "The JCF said lottery scammers in Montego Bay took $450,000 from "
     "one victim.", "$450,000", _money(450_000, "JMD")),
    ("jmd-gleaner-jamaica", "Extortion cost Jamaican firms $1.5 billion last year, the Gleaner "
     "reported.", "$1.5 billion", _money(1_500_000_000, "JMD")),
    ("mxn-inegi-envipe", "INEGI's ENVIPE survey put the cost of crime to households at "
     "277 billion pesos.", "277 billion pesos", _money(277_000_000_000, "MXN")),
    ("mxn-sesnsp-mexico-city", "The SESNSP said extortion in Mexico City cost shop owners "
     "40 million pesos.", "40 million pesos", _money(40_000_000, "MXN")),
    # 4. a plus glued after a count is "more than", left out of the text
    ("plus-thousands", "Customs officers reported 310,000+ fake items seized at the port.",
     "310,000", {"value": 310_000, "qualifier": "more than", "kind": "count"}),
    ("plus-officers", "Organisers said 50+ officers were deployed for the derby.",
     "50", {"value": 50, "qualifier": "more than", "subject": "officers"}),
    ("plus-money", "Detectives believe the gang made $1m+ from the scheme.",
     "$1m", {**_money(1_000_000, "USD"), "qualifier": "more than"}),
    ("plus-age", "Victims aged 65+ were targeted by the phone scammers.",
     "65", {"value": 65, "qualifier": "more than"}),
    # 5. decimal commas before a percent sign
    ("decimal-comma-negative", "Reported burglaries changed by -6,9% on the previous year.",
     "-6,9%", _percent(6.9)),
    ("decimal-comma-spaced", "Violent crime rose 2,9 % in the region, the bureau said.",
     "2,9 %", _percent(2.9)),
    ("decimal-comma-rise-of", "The statistics office recorded a rise of 4,5% in car thefts.",
     "4,5%", _percent(4.5)),
    ("decimal-comma-two-digits", "Clearance rates fell to 12,75% last year.",
     "12,75%", _percent(12.75)),
    # 7. a plural count per one member of a population or unit
    ("per-victim", "The survey found a ratio of 1.3 crimes per victim in rural areas.",
     "1.3", _rate(1.3, "per victim")),
    ("per-offender", "Reoffenders committed 2.4 offences per offender on average.",
     "2.4", _rate(2.4, "per offender")),
    ("per-household", "Rural areas held 0.8 guns per household, the study said.",
     "0.8", _rate(0.8, "per household")),
    ("per-officer", "The force now issues 3 cameras per officer on night shifts.",
     "3", _rate(3, "per officer")),
    ("per-inmate", "Guards found 1.7 phones per inmate during the sweep.",
     "1.7", _rate(1.7, "per inmate")),
    # 8. a place before a number counts what happened there
    ("place-list-last", "Auckland accounted for 112 of the raids, while Waikato recorded 27 "
     "and Canterbury 19.", "19", {"value": 19, "kind": "count"}),
    ("place-list-middle", "Arrests by state: Texas 12, Florida 9 and Ohio 4.",
     "9", {"value": 9, "kind": "count"}),
]
# fmt: on


# (id, sentence, text, expected fields): near misses that keep their reading
# fmt: off
UNCHANGED = [
    ("usd-one-place-cue", "A Jamaican national was charged over $40,000 stolen in Miami.",
     "$40,000", _money(40_000, "USD")),
    ("usd-ohio", "Columbus police said $2 million in cash was seized from the house.",
     "$2 million", _money(2_000_000, "USD")),
    ("php-manila", "Manila police said the snatcher took 5,000 pesos from the vendor.",
     "5,000 pesos", _money(5_000, "PHP")),
    ("aed-count-beside-tk", "Prices were quoted in Tk, and 40 shops were raided.",
     "40", {"value": 40, "unit": None, "kind": "count"}),
    ("sign-before-percent", "Shoplifting was +5% on the quarter, the retailers said.",
     "+5%", {**_percent(5), "qualifier": None}),
    ("plus-before-comparison", "More than 20 officers joined the search.",
     "20", {"value": 20, "qualifier": "more than"}),
    ("space-thousands", "Police registered 5 612 cases of fraud in the county.",
     "5 612", {"value": 5_612, "kind": "count"}),
    ("comma-thousands", "Police made 1,500 arrests during the operation.",
     "1,500", {"value": 1_500, "kind": "count"}),
    ("comma-thousands-percent", "Cyber fraud grew 1,500% in a decade.",
     "1,500%", _percent(1_500)),
    ("calling-witnesses", "The prosecution is calling 300 witnesses in the trial.",
     "300", {"value": 300, "subject": "witnesses"}),
    ("calling-some-of", "Prosecutors are calling 50 of the witnesses next week.",
     "50", {"value": 50}),
    ("called-times", "The victim's number was called 1,200 times in a week.",
     "1,200", {"value": 1_200, "subject": "times"}),
    ("ratio-colon", "Men outnumbered women among suspects by a 3:1 ratio.",
     "3", {"value": 3}),
    ("per-cent", "Knife crime fell 7 per cent in the capital.",
     "7 per cent", _percent(7)),
    ("rand-grouped-no-cue", "A further R800,000 was seized from the boot.", "R800,000",
     _money(800_000, "ZAR")),
    ("shilling-grouped-no-cue", "Sh1,250,000 was later recovered.", "Sh1,250,000",
     _money(1_250_000, "KES")),
    ("per-day", "The hotline received 1,200 calls per day during the campaign.",
     "1,200", _rate(1_200, "per day")),
    ("as-per-police", "Officers seized 40 phones as per police policy.",
     "40", {"value": 40, "unit": None, "kind": "count"}),
    ("per-other-noun", "The unit logged 6 reports per shift on average.",
     "6", {"value": 6, "unit": None}),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "text", "expected"), table_params(POSITIVE, 4) + table_params(UNCHANGED, 4)
)
def test_mention(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    """The named mention has the listed fields: a new reading, or a near miss's old one."""
    assert_claim(shared_extractor.extract(sentence), text, expected)


# (id, sentence, a span no claim may overlap)
# fmt: off
NOT_CLAIMS = [
    ("tk-alone", "Tk is the symbol traders in Dhaka use, officials said.", "Tk"),
    ("country-code-bracketed", "Witnesses can contact the Garda station on (+353) 1 498 4000.",
     "(+353) 1 498 4000"),
    ("toll-free-pairs", "Victims of fraud can call the toll-free line 800 111 46 34.",
     "800 111 46 34"),
    ("trunk-prefix-pairs", "Tips can be passed to the station on 08 123 45 67.",
     "08 123 45 67"),
    ("short-line-first", "Call 105 to report non-urgent crime, or 111 in an emergency.", "105"),
    ("short-line-listed", "Call 105 to report non-urgent crime, or 111 in an emergency.", "111"),
    ("calling-short-line", "Report suspicious activity by calling 901 at any time.", "901"),
    ("dial-emergency", "If you see the suspect, do not approach him; dial 999.", "999"),
    ("ring-short-line", "Anyone with information should ring 101 and quote the log.", "101"),
    ("report-year-serial", "The findings are set out in Brå report 2026:3 on youth gangs.",
     "2026:3"),
    ("report-year-serial-cap", "See Report 2024:12 for the regional breakdown.", "2024:12"),
    ("product-windows", "The hackers targeted machines running Windows 11 last month.", "11"),
    ("product-name-read-as-place", "Microsoft shipped a fix for Windows 11 after the breach.",
     "11"),
    ("product-boeing", "The smugglers chartered a Boeing 737 for the flights.", "737"),
    ("road-route", "The crash closed Route 9 for six hours.", "9"),
    ("letter-road-ungrouped", "A further crash closed the R2 near Paarl.", "R2"),
    ("letter-mask-ungrouped", "Officers wore N95 masks during the search.", "N95"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(shared_extractor: factpull.Extractor, sentence: str, span: str) -> None:
    claims = shared_extractor.extract(sentence)
    assert texts_over(claims, sentence, span) == [], describe(claims)
