"""Subjects read from the sentence around a figure: a fronted group covering the ages and
shares after it, 'under the age of N', predicate nominals and gapped counts, verbless
headlines, 'estimates X at N', and the trimming of what a subject is built from (relative
words, places, crime categories, bracketed acronyms). Every sentence is written here in the
style of police bulletins, wire copy and statistics releases; each mechanism has near misses
that must keep their old answer."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_with_text, table_params

pytestmark = pytest.mark.slow

CASES: list[tuple[Any, ...]] = [
    # 1. a fronted 'Of/Among X,' covers the ages and shares after it
    (
        "fronted-age-range",
        "Of the 516 young people arrested since January, about two-thirds were aged 14 to 17, "
        "and 38 were under 14.",
        "14 to 17",
        dict(
            value=14, value_high=17, kind="age", subject=("young people", "young people arrested")
        ),
    ),
    (
        "fronted-share",
        "Of the 516 young people arrested since January, about two-thirds were aged 14 to 17, "
        "and 38 were under 14.",
        "two-thirds",
        dict(unit="fraction", subject=("young people", "young people arrested")),
    ),
    (
        "fronted-second-count",
        "Of the 516 young people arrested since January, about two-thirds were aged 14 to 17, "
        "and 38 were under 14.",
        "38",
        dict(kind="count", subject=("young people", "young people arrested")),
    ),
    (
        "fronted-second-age",
        "Of the 516 young people arrested since January, about two-thirds were aged 14 to 17, "
        "and 38 were under 14.",
        "14",
        dict(kind="age", qualifier="less than", subject=("young people", "young people arrested")),
    ),
    (
        "fronted-percent-age",
        "Of the 31,365 juveniles apprehended, 76.4 per cent were aged 16 to 18 years.",
        "16 to 18 years",
        dict(kind="age", value_high=18, subject=("juveniles", "juveniles apprehended")),
    ),
    (
        "among-fraction-age",
        "Among the 1,204 offenders convicted last year, roughly a third were aged 18 to 24.",
        "18 to 24",
        dict(kind="age", subject="offenders"),
    ),
    (
        "fronted-those-killed",
        "Of all those killed across the island, 74 were under the age of 20.",
        "20",
        dict(kind="age", qualifier="less than", subject="those killed"),
    ),
    (
        "fronted-those-killed-count",
        "Of all those killed across the island, 74 were under the age of 20.",
        "74",
        dict(kind="count", subject="those killed"),
    ),
    (
        "fronted-over-the-age",
        "Of those arrested throughout the region, 61 were over the age of 50.",
        "50",
        dict(kind="age", qualifier="more than", subject="those arrested"),
    ),
    # near miss: an age written on its own noun keeps that noun
    (
        "aged-own-noun",
        "Students aged 12 to 15 took part in the knife-crime workshops.",
        "12 to 15",
        dict(kind="age", subject="Students"),
    ),
    # 2. 'under/over the age of N' describes the people of the clause, never 'age'
    (
        "age-of-attr",
        "Police said 241 were children under the age of 18.",
        "18",
        dict(kind="age", qualifier="less than", subject="children"),
    ),
    (
        "age-of-teenagers",
        "Detectives said 12 were teenagers under the age of 17.",
        "17",
        dict(kind="age", subject="teenagers"),
    ),
    (
        "age-of-quantified-subject",
        "Most of the victims were women under the age of 30.",
        "30",
        dict(kind="age", subject="women"),
    ),
    # 3. predicate nominals and gapped counts
    (
        "gapped-adjective",
        "Of the murder victims, 5 612 were male and 893 female; 241 were children.",
        "893",
        dict(kind="count", subject="murder victims"),
    ),
    (
        "gapped-adjective-first",
        "Of the murder victims, 5 612 were male and 893 female; 241 were children.",
        "5 612",
        dict(value=5612, subject="murder victims"),
    ),
    (
        "predicate-nominal",
        "Of the murder victims, 5 612 were male and 893 female; 241 were children.",
        "241",
        dict(kind="count", subject="children"),
    ),
    (
        "predicate-nominal-pupils",
        "The inquiry found 14 were pupils under 16.",
        "14",
        dict(kind="count", subject="pupils"),
    ),
    (
        "gapped-passive",
        "39 people were killed and 71 were injured.",
        "71",
        dict(kind="count", subject="people"),
    ),
    (
        "gapped-passive-officers",
        "Twelve officers were hurt and 4 were taken to hospital.",
        "4",
        dict(kind="count", subject="officers"),
    ),
    # a plural complement names the part over a fronted whole; a partitive names the group
    (
        "nominal-beats-fronted",
        "Of the 412 suspects detained, 97 were women.",
        "97",
        dict(subject="women"),  # the complement names the part
    ),
    (
        "partitive-beats-nominal",
        "The agency said 7 of the suspects were women.",
        "7",
        dict(subject="suspects"),
    ),
    (
        "listed-nominal-beats-fronted",
        "Of the victims, 20 were boys and 11 were girls.",
        "11",
        dict(subject="girls"),
    ),
    (
        "listed-nominal",
        "Police said 14 were women and 3 were men.",
        "3",
        dict(subject="men"),
    ),
    (
        "defined-number-no-nominal",
        "The 30 arrested were mostly men, and 12 were minors.",
        "12",
        dict(subject="minors"),
    ),
    (
        "counted-attr",
        "The victims were 12 children.",
        "12",
        dict(subject="children"),
    ),
    # 4. headlines with no verb
    (
        "headline-murders-down",
        "Murders down 18 per cent, but St James still a hotspot",
        "18 per cent",
        dict(unit="percent", subject="Murders"),
    ),
    (
        "headline-burglaries-up",
        "Burglaries up 12% in first quarter",
        "12%",
        dict(unit="percent", subject="Burglaries"),
    ),
    (
        "headline-ram-raids",
        "Ram raids down by more than half",
        "half",
        dict(qualifier="more than", subject="Ram raids"),
    ),
    (
        "headline-car-thefts",
        "Car thefts up by a third",
        "a third",
        dict(unit="fraction", subject="Car thefts"),
    ),
    (
        "headline-knife-crime",
        "Knife crime down 9% in capital",
        "9%",
        dict(subject="Knife crime"),
    ),
    # near miss: a clause with a verb keeps its own subject
    (
        "clause-not-headline",
        "Police say burglaries were down 12% on last year.",
        "12%",
        dict(subject="burglaries"),
    ),
    # 5. partners through 'than the'
    (
        "than-the-partner",
        "There were 612 murders since January, 18 per cent fewer than the 746 recorded up to "
        "the same period last year.",
        "746",
        dict(kind="count", subject="murders"),
    ),
    (
        "than-the-partner-own",
        "There were 612 murders since January, 18 per cent fewer than the 746 recorded up to "
        "the same period last year.",
        "612",
        dict(subject="murders"),
    ),
    # 6. 'X estimates Y at N'
    (
        "estimates-at",
        "The CPS estimates Keller's benefit from crime at £96,000.",
        "£96,000",
        dict(unit="GBP", subject=("Keller's benefit from crime", "benefit from crime")),
    ),
    (
        "estimated-at",
        "Prosecutors estimated the fraud at about $3m.",
        "$3m",
        dict(unit="USD", qualifier="about", subject="fraud"),
    ),
    # 7. trimming
    (
        "locative-across",
        "Ram raids across the country fell to 198.",
        "198",
        dict(subject="Ram raids"),
    ),
    (
        "locative-nationwide",
        "Burglaries nationwide rose by 4 per cent.",
        "4 per cent",
        dict(subject="Burglaries"),
    ),
    (
        "locative-throughout",
        "Thefts throughout the region fell to 2,310 last year.",
        "2,310",
        dict(subject="Thefts"),
    ),
    (
        "crimes-against",
        "Crimes against women went up by 1.7 per cent.",
        "1.7 per cent",
        dict(unit="percent", subject="Crimes against women"),
    ),
    (
        "offences-against",
        "Police recorded 4,210 offences against children last year.",
        "4,210",
        dict(subject="offences against children"),
    ),
    (
        "violence-against",
        "Violence against women rose 6% in the year to March.",
        "6%",
        dict(subject="Violence against women"),
    ),
    # near miss: 'against' on a noun that is no crime category is the target, not the name
    (
        "charges-against",
        "Officers brought 12 charges against the suspect.",
        "12",
        dict(subject="charges"),
    ),
    (
        "acronym-inside",
        "Police registered 24,43,376 Special and Local Laws (SLL) cases in 2022.",
        "24,43,376",
        dict(value=2443376, subject="Special and Local Laws (SLL) cases"),
    ),
    (
        "acronym-cameras",
        "The force runs 1,200 Automatic Number Plate Recognition (ANPR) cameras.",
        "1,200",
        dict(subject="Automatic Number Plate Recognition (ANPR) cameras"),
    ),
    (
        "acronym-after",
        "There are 6,873 police community support officers (PCSOs) in the force.",
        "6,873",
        dict(
            subject=(
                "police community support officers",
                "police community support officers (PCSOs)",
            )
        ),
    ),
    # near miss: a bracket that is no acronym still closes the phrase
    (
        "bracket-aside",
        "Police seized 12 vehicles (four of them stolen) and 3 guns.",
        "12",
        dict(subject="vehicles"),
    ),
    (
        "relative-whose-clause",
        "The retailer, whose Papatoetoe store turnover fell 30%, is closing.",
        "30%",
        dict(unit="percent", subject="Papatoetoe store turnover"),
    ),
    (
        "relative-whose-level",
        "The chain, whose Papatoetoe store takings fell to $3,000, is closing.",
        "$3,000",
        dict(unit="USD", subject="Papatoetoe store takings"),
    ),
    # 8. people nouns before 'under/over N' make an age
    (
        "drivers-under",
        "Police found that 4 in 10 impounded vehicles belonged to drivers under 25.",
        "25",
        dict(kind="age", unit="year", qualifier="less than", subject="drivers"),
    ),
    (
        "motorists-over",
        "Two-thirds of the fines went to motorists over 70.",
        "70",
        dict(kind="age", qualifier="more than", subject="motorists"),
    ),
    (
        "pupils-under",
        "The inquiry found 14 were pupils under 16.",
        "16",
        dict(kind="age", subject="pupils"),
    ),
    # near miss: a bound after a noun that is no people stays a count
    (
        "prices-under",
        "Prices under 25 were common at the market.",
        "25",
        dict(kind="count"),
    ),
    (
        "count-not-age",
        "Police found that 4 in 10 impounded vehicles belonged to drivers under 25.",
        "4 in 10",
        dict(unit="fraction", subject="impounded vehicles"),
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CASES, 4))
def test_subject_context(sentence: str, mention: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), mention, expected)


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The family, whose Papatoetoe store was hit by ram raiders, lost $60,000.", "$60,000"),
        ("Of all those killed across the island, 74 were under the age of 20.", "20"),
        ("Police said 241 were children under the age of 18.", "18"),
        ("Ram raids across the country fell to 198.", "198"),
    ],
)
def test_subject_never_relative_age_or_place(sentence: str, mention: str) -> None:
    """No subject opens with a relative word, is 'age', or ends in a spread-out place."""
    subject = claim_with_text(extract(sentence), mention).subject or ""
    words = subject.lower().split()
    assert words[:1] not in (["whose"], ["which"], ["who"])
    assert subject.lower() not in ("age", "ages")
    assert not subject.lower().endswith(("the island", "the country", "nationwide"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Burglaries up 12% in first quarter",
        "Shoplifting rose 11% to 430,000 offences.",
        "Violent crime fell 3% - police said.",
    ],
)
def test_subject_is_never_only_symbols(sentence: str) -> None:
    """A subject made only of symbols or punctuation ('%') names nothing: null instead."""
    for claim in extract(sentence):
        if claim.subject is not None:
            assert any(ch.isalpha() for ch in claim.subject), claim
