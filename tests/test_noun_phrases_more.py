"""More noun phrases reported as subjects: quantifiers dropped from a subject ('most
vehicles'), 'those' with a defining clause as a group ('those killed by police', 'those who
resigned'), 'N of them/those' pointing back to the noun counted before, title-case headlines
whose participle follows the counted noun, and places that are no duration's subject ('in most
cities'). Sentences are written here in the style of police bulletins, wire stories and
statistics releases; each mechanism has near misses that must keep their old answer."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import claim_with_text, table_params, wrong_fields

pytestmark = pytest.mark.slow

CASES: list[tuple[Any, ...]] = [
    # 1. a quantifier opening the subject says how many, not which group
    (
        "quant-most",
        "Most vehicles were taken in 15-20 minutes, the force said.",
        "15-20 minutes",
        dict(kind="duration", value=15, value_high=20, subject="vehicles"),
    ),
    (
        "quant-many",
        "Many victims waited more than 40 minutes for an ambulance.",
        "40 minutes",
        dict(kind="duration", qualifier="more than", subject="victims"),
    ),
    (
        "quant-several",
        "Several shops in the precinct were closed for three days.",
        "three days",
        dict(kind="duration", value=3, subject="shops"),
    ),
    (
        "quant-some",
        "Some suspects were held for 36 hours without charge.",
        "36 hours",
        dict(kind="duration", subject="suspects"),
    ),
    (
        "quant-most-reported",
        "Most burglaries were reported within 24 hours.",
        "24 hours",
        dict(kind="duration", subject="burglaries"),
    ),
    # near misses: 'most' on an adjective names the group; plain nouns are unchanged
    (
        "quant-most-wanted",
        "The 10 most wanted fugitives were held for 3 days.",
        "10",
        dict(kind="count", subject="most wanted fugitives"),
    ),
    (
        "quant-none",
        "Detained suspects were held for 36 hours without charge.",
        "36 hours",
        dict(kind="duration", subject="Detained suspects"),
    ),
    # 2. 'those' with a participle or relative clause is the group
    (
        "those-killed-by",
        "82.7% of those killed by police were Black and 71% were between 12 and 29 years old.",
        "82.7%",
        dict(kind="percent", value=82.7, subject="those killed by police"),
    ),
    (
        "those-arrested-fraction",
        "Just under a fifth of those arrested were aged 10 to 17.",
        "a fifth",
        dict(value=0.2, qualifier="nearly", subject="those arrested"),
    ),
    (
        "those-who-fronted",
        "Of those who resigned, around 3 in 5 had less than five years' service.",
        "3 in 5",
        dict(qualifier="about", subject="those who resigned"),
    ),
    (
        "those-who-were-fronted",
        "Of those who were stopped and searched, 60% were Black.",
        "60%",
        dict(kind="percent", subject="those who were stopped and searched"),
    ),
    (
        "those-who-half",
        "More than half of those who responded to the survey said crime had risen.",
        "half",
        dict(qualifier="more than", subject="those who responded to the survey"),
    ),
    (
        "those-convicted-some",
        "Some 64% of those convicted were given custodial sentences.",
        "64%",
        dict(kind="percent", qualifier="about", subject="those convicted"),
    ),
    (
        "those-clause-subject",
        "Those who reoffended within a year made up 31% of the total.",
        "31%",
        dict(kind="percent", subject="those who reoffended within a year"),
    ),
    (
        "those-arrested-count",
        "Police said 12 of those arrested were under 18.",
        "12",
        dict(kind="count", subject="those arrested"),
    ),
    # near misses: 'these'/'those' with no clause stay a pronoun; a determiner keeps its noun
    ("these-bare", "About 30% of these were later dropped.", "30%", dict(subject="these")),
    ("of-these-bare-more", "Of these, 12 were charged.", "12", dict(subject=None)),
    (
        "these-determiner",
        "Detectives have identified 25 of these suspects.",
        "25",
        dict(subject="suspects"),
    ),
    # 3. 'N of them/those' counts the noun counted before it in the sentence
    (
        "of-them-elliptic",
        "Officers recovered 9 firearms, 3 of them loaded.",
        "3",
        dict(kind="count", value=3, subject="firearms"),
    ),
    (
        "of-them-and",
        "Police stopped 1,200 vehicles and 87 of them were found to be unroadworthy.",
        "87",
        dict(subject="vehicles"),
    ),
    (
        "of-them-place",
        "Officers searched 14 homes, 5 of them in Salford.",
        "5",
        dict(subject="homes"),
    ),
    (
        "of-those-back",
        "The unit seized 320 knives last year, 41 of those from schoolchildren.",
        "41",
        dict(subject="knives"),
    ),
    (
        "of-which-kept",
        "Detectives seized 40 phones, 12 of which were stolen.",
        "12",
        dict(subject="phones"),
    ),
    # near misses: no counted noun before it leaves the pronoun to the extractor
    (
        "of-them-alone",
        "Three of them were charged with murder.",
        "Three",
        dict(subject="them"),
    ),
    (
        "of-them-first-figure",
        "Officers recovered 9 firearms, 3 of them loaded.",
        "9",
        dict(subject="firearms"),
    ),
    # 4. title-case headlines: a participle after the counted noun is the verb
    (
        "headline-recovered",
        "Project Redline: 212 Vehicles Recovered, 47 People Arrested",
        "212",
        dict(kind="count", value=212, subject="Vehicles"),
    ),
    (
        "headline-arrested",
        "Project Redline: 212 Vehicles Recovered, 47 People Arrested",
        "47",
        dict(kind="count", subject="People"),
    ),
    (
        "headline-found",
        "Operation Sentinel: 58 Firearms Found, 112 Suspects Charged",
        "58",
        dict(subject="Firearms"),
    ),
    (
        "headline-searched",
        "Dawn Raids: 40 Homes Searched And 18 People Held",
        "40",
        dict(subject="Homes"),
    ),
    (
        "headline-of",
        "Police Seize 300 Kilos Of Cocaine",
        "300 Kilos",
        dict(kind="weight", unit="kilogram", subject="Cocaine"),
    ),
    # near misses: a participle before the noun names it; sentence case is no headline
    (
        "headline-stolen",
        "Project Redline: 212 Stolen Vehicles Recovered",
        "212",
        dict(subject="Stolen Vehicles"),
    ),
    (
        "headline-stolen-bare",
        "Project Redline: 212 Stolen Vehicles",
        "212",
        dict(subject="Stolen Vehicles"),
    ),
    (
        "headline-sentence-case",
        "The audit listed 212 vehicles recovered from the port.",
        "212",
        dict(subject="vehicles"),
    ),
    # 5. a place after 'in' is no duration's subject
    (
        "place-cities",
        "Response time is now five to seven minutes in most cities.",
        "five to seven minutes",
        dict(kind="duration", value=5, value_high=7, subject="Response time"),
    ),
    (
        "place-neighbourhoods",
        "The median wait was 37 minutes in most neighbourhoods.",
        "37 minutes",
        dict(kind="duration", subject="median wait"),
    ),
    (
        "place-regions",
        "Average waiting times were 14 weeks in some regions.",
        "14 weeks",
        dict(kind="duration", subject="Average waiting times"),
    ),
    (
        "scope-cases",
        "Response times were under eight minutes in most cases.",
        "eight minutes",
        dict(kind="duration", qualifier="less than", subject="Response times"),
    ),
    # near misses: the term served is still 'in prison' / 'in custody'
    (
        "place-prison",
        "The ringleader was sentenced to 33 years in prison.",
        "33 years",
        dict(kind="duration", subject="prison"),
    ),
    (
        "place-custody",
        "Offenders spent 18 months in custody on average.",
        "18 months",
        dict(kind="duration", subject="custody"),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_noun_phrase_more(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    claim = claim_with_text(shared_extractor.extract(sentence), mention)
    assert wrong_fields(claim, expected) == {}, "field: (expected, got)"


def test_group_is_not_resolved(shared_extractor: Extractor) -> None:
    """A defined group names its own subject: the extractor does not replace it with a noun
    of the sentence before, as it does a bare pronoun."""
    text = "Police stopped 400 drivers. Of those who were stopped and searched, 60% were Black."
    claim = claim_with_text(shared_extractor.extract(text), "60%")
    assert claim.subject == "those who were stopped and searched"
