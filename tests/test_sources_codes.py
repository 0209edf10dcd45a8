"""Sources, codes and local currency letters: the agent of a participle after 'according to'
('data released by X') states the figures; a trailing 'X reports' / 'police say' names who
states the clause before it; numbers after a quoting cue, glued to a slash code or on a
vehicle plate are no claims; a bare 'P' (or 'Sh') before an amount is money in a story that
names the letter's country, and Manila papers' '-M' / '-B' scale an amount after a currency.
Every text is written here in the style of police bulletins, wire stories and statistics
releases.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, case, describe, table_params, texts_over

pytestmark = pytest.mark.slow

# fmt: off
PARTICIPLE_SOURCES = [
    case("released-today-by",
         "According to data released today by the Crime Statistics Agency, recorded "
         "burglaries rose 12 percent in the year to June.",
         text="12 percent", attribution="the Crime Statistics Agency"),
    case("shared-by-common-noun",
         "According to data shared by the police, 45 people were arrested over the weekend.",
         text="45", subject="people", attribution="the police"),
    case("trailing-according-published-by",
         "Vehicle thefts fell 8% last year, according to figures published by the Home Office.",
         text="8%", change="decrease", attribution="the Home Office"),
    case("named-report-published-by",
         "According to the Safety Monitor published by Statistics Netherlands (CBS), 17 "
         "percent of residents felt unsafe in their own neighbourhood.",
         text="17 percent",
         # the bracketed acronym is dropped as in 'the National Crime Agency (NCA)'
         attribution=("Statistics Netherlands (CBS)", "Statistics Netherlands")),
    case("compiled-by-in-subject",
         "Statistics compiled by the Judicial Service show 3,200 cases pending in the "
         "magistrate courts.",
         text="3,200", attribution="the Judicial Service"),
    case("commissioned-by",
         "According to a survey commissioned by the city council, 62 percent of residents "
         "feel safe walking alone after dark.",
         text="62 percent", attribution="the city council"),
    # no agent: the cited phrase stays the source
    case("official-data-no-agent",
         "According to official data, 300 people were detained during the protests.",
         text="300", attribution="official data"),
    case("plain-according-to-agency",
         "According to the National Crime Agency, 1,150 suspects were arrested in the "
         "operation.",
         text="1,150", attribution="the National Crime Agency"),
]

TRAILING_SPEECH = [
    case("cbs-reports",
         "Just over a third of victims reported the incident to police, CBS reports.",
         text="a third", attribution="CBS"),
    case("agency-says",
         "About 40 people were detained at the border crossing, the agency says.",
         text="40", qualifier="about", attribution="the agency"),
    case("police-say",
         "Three men were arrested after the raid, police say.",
         text="Three", subject="men", attribution="police"),
    case("ministry-reports-passive",
         "Around 2,300 burglaries were reported in the capital last year, the ministry "
         "reports.",
         text="2,300", subject="burglaries", attribution="the ministry"),
    # the speaker's own verb before the clause: its subject, not the people reporting
    case("police-said-people-reported",
         "Police said 14 shopkeepers reported thefts in the market.",
         text="14", subject="shopkeepers", attribution="Police"),
    case("no-speaker",
         "Only 14 residents reported the break-ins.",
         text="14", subject="residents", attribution=None),
]

CODES = [
    ("quoting-cad-slash-code",
     "Anyone with information should call 101 quoting CAD 4471/09NOV.", "4471/09NOV"),
    ("quoting-cad-log-name",
     "Anyone with information should call 101 quoting CAD 4471/09NOV.", "CAD"),
    ("quote-reference-slash",
     "Witnesses are asked to quote reference 1234/56 when they call.", "1234/56"),
    ("quote-ref-bare",
     "Please quote ref 88213 when contacting the incident room.", "88213"),
    ("glued-slash-code",
     "The log, 5512/14MAR, records a disturbance at the address.", "5512/14MAR"),
    ("registration-plate",
     "The suspects fled in a silver saloon with registration KDQ 412L.", "412L"),
    ("reg-abbreviation",
     "The car, reg. KBZ 123A, was later found abandoned in Nakuru.", "123A"),
    ("plate-without-cue",
     "Officers intercepted a lorry, KCB 221X, at a roadblock near Kisumu.", "221X"),
    ("uk-number-plate",
     "The van had the number plate AB12 CDE when it was stopped.", "AB12"),
]

NOT_CODES = [
    case("cad-with-separator",
         "The firm was fined CAD 4,471 for the breach.",
         text="CAD 4,471", value=4471, unit="CAD", kind="money"),
    case("litres-spaced",
         "Thieves siphoned 412 L of fuel from the depot.",
         text="412 L", value=412, unit="litre"),
    case("litres-glued",
         "Officers found 20L of diesel in the boot.",
         text="20L", value=20, unit="litre"),
    case("fraction-slash",
         "Around 2/3 of the stolen phones were never recovered.",
         text="2/3", unit="fraction"),
    case("usd-scaled-code",
         "The fraud ring laundered USD 20M through shell companies.",
         text="USD 20M", value=20_000_000, unit="USD", kind="money"),
    case("quoted-price-is-money",
         "He was quoted a price of $4,000 for the stolen car.",
         text="$4,000", value=4000, unit="USD"),
]

PESOS = [
    case("scale-word-pampanga",
         "PDEA agents in Pampanga seized shabu worth P6.8 million from two suspects.",
         text="P6.8 million", value=6_800_000, unit="PHP", kind="money"),
    case("plain-amount-barangay",
         "Operatives seized 50 grams of shabu from a suspect in Barangay Poblacion, along with "
         "P340,000 in marked money.",
         text="P340,000", value=340_000, unit="PHP", kind="money"),
    case("no-money-word-cebu",
         "Detectives recovered P340,000 from the suspect in Cebu City.",
         text="P340,000", value=340_000, unit="PHP", kind="money"),
    case("per-gram-davao",
         "The shabu was sold at P6,800 per gram in Davao, police said.",
         text="P6,800 per gram", value=6800, kind="rate"),
    case("dash-m-manila-bulletin",
         "Police in Cebu seized shabu worth P6.8-M in a barangay buy-bust.",
         text="P6.8-M", value=6_800_000, unit="PHP", kind="money"),
    case("dash-b",
         "Drugs worth P1.2-B were destroyed by PDEA in Tarlac.",
         text="P1.2-B", value=1_200_000_000, unit="PHP", kind="money"),
    case("dash-m-dollar",
         "The gang stole $5-M from the armoured van.",
         text="$5-M", value=5_000_000, unit="USD", kind="money"),
    case("kenyan-shilling-nairobi",
         "Detectives recovered Sh340,000 from the suspect in Nairobi.",
         text="Sh340,000", value=340_000, unit="KES", kind="money"),
]

NOT_PESOS = [
    ("ungrouped-no-cue",
     "Detectives logged exhibit P3400 from the suspect's bag.", "P3400"),
    ("protein-in-manila",
     "Lab tests in Manila found the P53 protein in the samples.", "P53"),
    ("noun-after-in-cebu",
     "Cebu police issued P500 forms to every barangay.", "P500"),
    ("masks-in-nairobi",
     "Nurses in Nairobi asked for 300 N95 masks.", "N95"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "expected"), [*PARTICIPLE_SOURCES, *TRAILING_SPEECH, *NOT_CODES, *PESOS]
)
def test_claim_fields(sentence: str, expected: dict[str, Any]) -> None:
    """The named claim's source (a participle's agent, a trailing 'X reports'), a near code's
    reading, or a local letter's currency."""
    assert_claim(extract(sentence), expected["text"], expected)


@pytest.mark.parametrize(("sentence", "span"), table_params(CODES, 3))
def test_codes_are_not_claims(sentence: str, span: str) -> None:
    claims = extract(sentence)
    assert texts_over(claims, sentence, span) == [], describe(claims)


@pytest.mark.parametrize(("sentence", "span"), table_params(NOT_PESOS, 3))
def test_local_letter_without_evidence(sentence: str, span: str) -> None:
    claims = extract(sentence)
    assert not [c for c in claims if c.kind == "money" and span in c.text], describe(claims)


def test_dash_scale_needs_a_currency() -> None:
    """'the 6-M rule': a bare number takes no '-M' scale."""
    sentence = "Coaches in Manila follow the 6-M rule at every session."
    claims = extract(sentence)
    assert not [c for c in claims if c.value == 6_000_000 or "-M" in c.text], describe(claims)
