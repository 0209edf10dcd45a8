"""Forms of West and Central African reports and others: 'francs' placed by the story
(CFA, Rwandan, Swiss by default); dalasis written 'D' in a story placed in the Gambia; a
change's two levels after 'between January and June'; an unseparated local phone number; 'the
free numbers'; a post's 'of' phrase and acronym before its holder's name, the post alone
standing for that holder later; a conversion after what the amount is of; a figure compared
across a bracketed conversion; the complement of 'Of the X, N were Y'; an adverb and a
describing word before a count's noun; a post and a surname ('Commissioner Mbarga') for a
later 'he'; a report presented by a delegate named in commas; a letter prefix the parser
does not know after 'a budget of'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # 'francs' placed by the story
    (
        "francs-ivorian",
        "ABIDJAN - Ivorian police said the gang took 3 million francs from one trader in Abidjan.",
        "3 million francs",
        dict(unit="XOF"),
    ),
    (
        "francs-rwandan",
        "Rwandan police in Kigali recovered 900,000 francs from the suspects.",
        "900,000 francs",
        dict(unit="RWF"),
    ),
    ("francs-default", "The court fined him 5,000 francs.", "5,000 francs", dict(unit="CHF")),
    # dalasis in a story placed in the Gambia
    (
        "dalasis",
        "Police in Banjul, The Gambia, said the suspects had D245,000 in cash.",
        "D245,000",
        dict(unit="GMD", kind="money"),
    ),
    # a change's two levels after 'between January and June'
    (
        "change-levels-after-months",
        "Burglaries rose by 12 percent between January and June, from 810 to 907.",
        "907",
        dict(value=907, value_high=None),
    ),
    # a post's 'of' phrase and bracketed acronym before its holder, who is in apposition
    (
        "post-of-acronym-name",
        "Tamale, May 4, GNA – The Command recorded 96 robberies, "
        "Assistant Commissioner of Police (ACP) Mary Owusu-Ansah, the Regional Police Commander, "
        "has said.",
        "96",
        dict(attribution="Mary Owusu-Ansah"),
    ),
    (
        "post-alone-later",
        "Tamale, May 4, GNA – The Command recorded 96 robberies, "
        "Assistant Commissioner of Police (ACP) Mary Owusu-Ansah, the Regional Police Commander, "
        "has said.\n\nThe Commander said officers also seized 14 guns.",
        "14",
        dict(attribution="Mary Owusu-Ansah"),
    ),
    # a conversion after what the amount is of
    (
        "conversion-after-of-phrase",
        "Detectives recovered GH¢2.8 million in stolen funds, about US$190,000, from the suspects.",
        "US$190,000",
        dict(subject="stolen funds"),
    ),
    # compared across a bracketed conversion
    (
        "compared-across-conversion",
        "Losses to fraud reached XOF3.1 billion (about $5 million), "
        "against XOF2.2 billion in 2023.",
        "XOF2.2 billion",
        dict(subject="Losses to fraud"),
    ),
    # the complement names the part
    ("complement-part", "Of those detained, 38 were juveniles.", "38", dict(subject="juveniles")),
    (
        "complement-demonym",
        "Of the 70 arrested, 44 were Nigerians.",
        "44",
        dict(subject="Nigerians"),
    ),
    # an adverb and a describing word before a count's noun
    (
        "adverb-modified",
        "Seized items:\n\n• 12 machetes, 4 locally made shotguns and 3 motorbikes",
        "4",
        dict(subject="locally made shotguns"),
    ),
    # a post and a surname for a later 'he'
    (
        "post-surname-he",
        "Commissioner Essomba said 1,420 suspects were arrested. Police also "
        "seized 31 firearms.\n\nVictims lost FCFA 900 million, he said.",
        "FCFA 900 million",
        dict(attribution="Commissioner Essomba"),
    ),
    # a report presented by a delegate named in commas
    (
        "delegate-named",
        "Police handled 5,210 cases in 2024, according to the report presented "
        "by the Regional Delegate for National Security, Commissioner of Police Paul Ekane, on "
        "Monday.",
        "5,210",
        dict(attribution="Paul Ekane"),
    ),
    # an unknown letter prefix after 'a budget of'
    (
        "budget-letter-prefix",
        "The unit was set up with a budget of NLe 12 million.",
        "NLe 12 million",
        dict(subject="budget"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Residents can call the hotline on 1515 or the Brikama Police Station on 4484417 "
         "to report crime.", "4484417"),
        ("Police have set up the free numbers 1020 and 18 for anyone with information.",
         "1020"),
    ],
)  # fmt: skip
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a 'D' amount in a story placed nowhere stays unread as money
        ("The D1,500 model sold out.", None, None),
        # an unseparated large count is still a count
        ("Customs seized 2500000 tablets in the raid.", "2500000", dict(value=2500000)),
        # a part with no noun of its own keeps the group
        ("Of the 412 robberies, 139 were solved.", "139", dict(subject="robberies")),
        # 'recently' before a verb of the clause is no modifier of a noun
        ("Police said 12 quickly fled the scene.", "12", dict(subject=None)),
    ],
)
def test_near_misses(document: str, text: str | None, expected: dict[str, Any] | None) -> None:
    claims = extract(document)
    if text is None:
        assert [c for c in claims if c.kind == "money"] == []
        return
    assert_claim(claims, text, expected or {})
