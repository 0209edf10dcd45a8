"""Who states a figure when a reporting verb is no statement or the source is a data phrase:
a participle that describes a noun ('reported fraud', 'offences recorded', 'Cases reported to
the hotline doubled') names nobody, nor does a passive one without an agent ('half were
reported stolen'); the body before a data noun ('police data') is the source, while records
speak for themselves ('court records'); 'based on X data' and 'citing X data' name X like
'according to'. Every text is written here.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, case

pytestmark = pytest.mark.slow

# fmt: off
PARTICIPLES = [
    # a passive reporting verb without an agent says what was reported, not who speaks
    case("passive-reported-stolen",
         '"We took 1,970 firearms off the streets, and roughly half of them were reported '
         'stolen," Cordero-Stutz said at a news conference.',
         text="half", attribution="Cordero-Stutz"),
    case("passive-reported-missing",
         "Two boys were reported missing on Friday, police said.",
         text="Two", attribution="police"),
    case("claimed-infinitive-dateline",
         "MULTAN: The Crime Investigation Agency (CIA) of the city police on Monday claimed to "
         "have busted a five-member gang and recovered 17 motorcycles.",
         text="17", attribution="CIA"),
    case("before-noun-while",
         "Burglaries fell by 2,310 to 48,700, while reported fraud rose for a fourth year.",
         text="48,700", attribution=None),
    case("before-noun-while-change",
         "Burglaries fell by 2,310 to 48,700, while reported fraud rose for a fourth year.",
         text="2,310", change="decrease", attribution=None),
    case("before-noun-after-comma",
         "Overall, recorded crime dipped 2 per cent, while reported sexual offences climbed "
         "11 per cent.",
         text="11 per cent", unit="percent", attribution=None),
    case("before-noun-opening-phrase",
         "In 2024, recorded robberies fell by 6 per cent to 3,900 across the force area.",
         text="3,900", attribution=None),
    case("after-figure-phrase",
         "Fraud now accounts for nearly 11 per cent of all crimes recorded, up from 9.2 per "
         "cent a year earlier.",
         text="9.2 per cent", unit="percent", attribution=None),
    case("after-figure-phrase-level",
         "Fraud now accounts for nearly 11 per cent of all crimes recorded, up from 9.2 per "
         "cent a year earlier.",
         text="11 per cent", qualifier="nearly", attribution=None),
    case("after-figure-then-speaker",
         "Online scams made up 14 per cent of the incidents reported, the bureau said.",
         text="14 per cent", attribution="the bureau"),
    case("subject-taken-by-participle",
         "Complaints reported to the consumer hotline tripled to 5,200 in the first half.",
         text="5,200", attribution=None),
    case("subject-taken-then-speaker",
         "Fraud cases reported to the helpline rose to 3,400, the agency said.",
         text="3,400", attribution="the agency"),
    # near misses: a finite reporting verb with its own subject still names the speaker
    case("neg-finite-reported",
         "Police reported 40 arrests after the weekend operation in Soweto.",
         text="40", subject="arrests", attribution="Police"),
    case("neg-closing-reported",
         "Officers arrested 27 people during the raids on Tuesday, police reported.",
         text="27", subject="people", attribution="police"),
    case("neg-inverted-said",
         "Officers seized 40 guns in the overnight raids, said police.",
         text="40", subject="guns", attribution="police"),
    case("neg-participle-agent-is-source",
         "The figures reported by the ministry show 1,200 cases of domestic violence.",
         text="1,200", attribution="the ministry"),
    case("neg-counted-group-speaks",
         "Two of the victims told police they had lost $3,000 each.",
         text="$3,000", unit="USD", attribution="Two of the victims"),
    case("neg-officials-announced",
         "Prison officials announced 120 new guards for the northern wing.",
         text="120", attribution="Prison officials"),
]

DATA_OWNERS = [
    case("police-data",
         "According to police data, the district registered 212 burglaries last year.",
         text="212", subject="burglaries", attribution="police"),
    case("preliminary-police-data",
         "Burglaries rose 12 per cent, according to preliminary police data.",
         text="12 per cent", attribution="police"),
    case("court-records",
         "Car thefts rose 8 per cent, according to court records.",
         text="8 per cent", attribution="court records"),
    case("government-figures",
         "Homicides dropped to 412, according to the latest government figures.",
         text="412", attribution="government"),
    case("court-records-show",
         "Court records show the firm paid $4.5 million in bribes to port officials.",
         text="$4.5 million", unit="USD", attribution="Court records"),
    case("court-records-show-trailing",
         "Bail was set at $250,000 on each count, court records show.",
         text="$250,000", attribution="court records"),
    case("court-documents-show-trailing",
         "The youngest defendant is 27 and the oldest 45, court documents show.",
         text="45", attribution="court documents"),
    case("police-data-show-trailing",
         "Car thefts rose to 4,120 last year, police data show.",
         text="4,120", attribution="police"),
    case("owner-before-topic",
         "According to the latest police crime figures, 14 people were stabbed in March.",
         text="14", attribution="police"),
    case("named-owner-kept",
         "Garda figures show 1,320 burglaries in the first quarter.",
         text="1,320", attribution="Garda"),
    # near misses: a topic or an adjective before the data noun names no body
    case("neg-topic-owner",
         "Crime figures show 1,200 more burglaries than last year.",
         text="1,200", attribution="Crime figures"),
    case("neg-adjective-owner",
         "Shoplifting incidents rose by 14% to 4,300, according to official data.",
         text="4,300", attribution="official data"),
    case("neg-bare-figures",
         "Assaults rose 5 per cent, according to the latest figures.",
         text="5 per cent", attribution=None),
]

CITED_DATA = [
    case("based-on-as-predicate",
         "The findings are based on the National Victims Survey, which interviewed 18,400 "
         "people in 9,950 homes.",
         text="18,400", attribution=None),
    case("based-on-acronym-data",
         "Based on PDEA data, drug seizures in the region reached P1.92 billion this year.",
         text="P1.92 billion", unit="PHP", attribution="PDEA"),
    case("based-on-figures-from",
         "Based on figures from the Home Office, knife offences rose 7 per cent to 50,500.",
         text="50,500", attribution="the Home Office"),
    case("based-on-body-records",
         "Based on hospital records, 37 people were treated for stab wounds over the weekend.",
         text="37", subject="people", attribution="hospital records"),
    case("data-from-show",
         "Data from the FBI show violent crime fell 3 per cent in the first half.",
         text="3 per cent", attribution="the FBI"),
    case("citing-without-speaker",
         "Vehicle thefts in the capital rose 18 per cent to 9,400, citing Interpol data.",
         text="9,400", attribution="Interpol"),
    # near misses: no data noun, a bare one, or a speaker who does the citing
    case("neg-based-on-evidence",
         "Based on the evidence, the court jailed him for 5 years.",
         text="5 years", unit="year", attribution=None),
    case("neg-based-on-bare-data",
         "Based on the data, the number of car thefts doubled to 640.",
         text="640", attribution=None),
    case("neg-based-on-survey",
         "Based on a survey of 1,000 households, one in five had been burgled.",
         text="1,000", attribution=None),
    case("neg-citing-with-speaker",
         "Thefts rose 12 per cent last year, the newspaper reported, citing police data.",
         text="12 per cent", attribution="the newspaper"),
    case("neg-citing-speaker-first",
         "Citing police data, the paper said 340 women were killed last year.",
         text="340", subject="women", attribution="the paper"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [*PARTICIPLES, *DATA_OWNERS, *CITED_DATA])
def test_claim_source(shared_extractor: Extractor, text: str, expected: dict[str, Any]) -> None:
    """Who states the named claim: no participle speaks, a data phrase names its body."""
    assert_claim(shared_extractor.extract(text), expected["text"], expected)
