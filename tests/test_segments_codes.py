"""Headlines over their body after a single newline, an opening quote that starts its sentence,
reference codes and grade names that are
no claims, wire-service scale abbreviations, prefixed money ranges and 'N of every M' ratios.
Every sentence is written here in the style of police bulletins, court reports and wire copy."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from factpull.segment import split_sentences
from tests.expectations import assert_claim, table_params, texts_over

pytestmark = pytest.mark.slow


# -- 1. a headline or sub-heading ends its own sentence ------------------------------------------

HEADED = [
    (
        "headline-then-body",
        "Driver jailed for 6 years over fatal hit-and-run\n"
        "A 34-year-old driver was jailed on Thursday after a crash that killed a cyclist.",
        "34-year-old",
        "A 34-year-old driver was jailed on Thursday after a crash that killed a cyclist.",
        dict(value=34, kind="age", subject="driver"),
    ),
    (
        "headline-keeps-its-number",
        "Driver jailed for 6 years over fatal hit-and-run\n"
        "A 34-year-old driver was jailed on Thursday after a crash that killed a cyclist.",
        "6 years",
        "Driver jailed for 6 years over fatal hit-and-run",
        dict(value=6, kind="duration"),
    ),
    (
        "subheading-then-body",
        "Constabulary figures\nThe constabulary logged 1,420 calls in March, up 7%.",
        "1,420",
        "The constabulary logged 1,420 calls in March, up 7%.",
        dict(value=1420, subject="calls"),
    ),
    (
        "subheading-after-sentence",
        "Officers made 31 arrests on Friday.\nCourt results\n"
        "Magistrates heard 212 cases over the weekend.",
        "212",
        "Magistrates heard 212 cases over the weekend.",
        dict(value=212, subject="cases"),
    ),
    (
        "heading-before-digit-line",
        "Seizures at the port\n4,300 kilograms of cocaine were found in banana crates.",
        "4,300 kilograms",
        "4,300 kilograms of cocaine were found in banana crates.",
        dict(value=4300, unit="kilogram"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "sentence", "expected"), table_params(HEADED, 5))
def test_heading_ends_its_sentence(
    shared_extractor: Extractor, text: str, mention: str, sentence: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(text), mention, {**expected, "sentence": sentence})


WRAPPED = [
    (
        "wrapped-lowercase",
        "Detectives said the 52-year-old was stopped near\nthe bus station with 14 wraps.",
    ),
    (
        "wrapped-after-preposition",
        "The woman was arrested by officers from\nMerseyside Police with 9 stolen phones.",
    ),
    (
        "wrapped-long-lines",
        "Customs officers seized 18 kilograms of heroin and 3 pistols in raids across\n"
        "Rotterdam and Antwerp on Monday, prosecutors said in a statement released\n"
        "late on Tuesday evening.",
    ),
    ("wrapped-comma", "Police arrested 4 men, 2 women,\nTwo teenagers and a driver."),
]


@pytest.mark.parametrize("text", table_params(WRAPPED, 2))
def test_wrapped_prose_stays_one_sentence(shared_extractor: Extractor, text: str) -> None:
    claims = shared_extractor.extract(text)
    assert claims
    assert {c.sentence for c in claims} == {text}


def test_bullets_after_a_heading_stay_alone(shared_extractor: Extractor) -> None:
    text = "Offences by type\n- Burglary: 1,204\n- Robbery: 377"
    claims = shared_extractor.extract(text)
    assert [c.sentence for c in claims] == ["- Burglary: 1,204", "- Robbery: 377"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the quote that opens a sentence belongs to it, not to the one before
        (
            'The chief spoke. "We seized 1,100 guns," she said. "About 60 per cent were stolen."',
            [
                "The chief spoke.",
                '"We seized 1,100 guns," she said.',
                '"About 60 per cent were stolen."',
            ],
        ),
        (
            "The chief spoke. \u201cWe seized 40 guns.\u201d",
            ["The chief spoke.", "\u201cWe seized 40 guns.\u201d"],
        ),
        # a closing quote stays where it is
        ('"We seized 40 guns." Officers left.', ['"We seized 40 guns."', "Officers left."]),
    ],
)
def test_opening_quote_starts_its_sentence(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


# -- 2. numbers that are no claims ----------------------------------------------------------------

NOT_CLAIMS = [
    ("ref-lower-code", "Quote Ref: mr24-1187 when calling the inquiry team.", "1187"),
    ("ref-lower-code-digits", "Quote Ref: mr24-1187 when calling the inquiry team.", "24"),
    ("file-code", "File no. ab12-3456 was sent to prosecutors on Monday.", "3456"),
    ("crime-ref-code", "The incident, logged as cad47-2291, is under review.", "2291"),
    ("table-ids-first", "Data come from tables 35-10-0026-01 and 35-10-0177-01.", "35"),
    ("table-ids-second", "Data come from tables 35-10-0026-01 and 35-10-0177-01.", "10-0177"),
    ("table-ids-tail", "Data come from tables 35-10-0026-01 and 35-10-0177-01.", "01"),
    ("issn", "The bulletin is published as ISSN 1234-5678-90 each quarter.", "1234"),
    ("issn-tail", "The bulletin is published as ISSN 1234-5678-90 each quarter.", "90"),
    ("level", "Offenders at risk level 1 are visited monthly.", "1"),
    ("level-bracket", "The prison (level 2) holds remand inmates.", "2"),
    ("tier", "The force moved to Tier 3 restrictions in October.", "3"),
    ("category", "Only Category 4 offenders were released.", "4"),
    ("stage", "The inquiry has reached stage 2 of its review.", "2"),
    ("phase", "Phase 3 of the crackdown begins on Monday.", "3"),
    ("type", "Officers found type 2 fireworks in the van.", "2"),
    ("index-base", "Crime Severity Index (2006 = 100) for the province.", "100"),
    ("index-base-tight", "The price index (2015=100) rose last year.", "100"),
    ("base-year", "Values are indexed, base year 2010 = 100, in the table.", "100"),
    ("per-base-heading", "Rate per 100,000 inhabitants", "100,000"),
    ("per-base-spaced", "Offences per 100 000 population", "100 000"),
]


@pytest.mark.parametrize(("text", "number"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(shared_extractor: Extractor, text: str, number: str) -> None:
    assert texts_over(shared_extractor.extract(text), text, number) == []


KEPT = [
    (
        "range-dash",
        "Thefts fell 20-35 percent in the city centre.",
        "20-35 percent",
        dict(value=20, value_high=35, unit="percent"),
    ),
    (
        "levels-rose",
        "Levels of knife crime rose 5% last year.",
        "5%",
        dict(value=5, unit="percent"),
    ),
    ("three-tiers", "The scheme has three tiers of support.", "three", dict(value=3)),
    ("level-of", "The level of 5 arrests a week worried officers.", "5", dict(value=5)),
    ("big-level", "Officers counted 42 offences on level 3 of the car park.", "42", dict(value=42)),
    (
        "rate-after-value",
        "The homicide rate was 7.4 per 100,000, police said.",
        "7.4 per 100,000",
        dict(value=7.4, kind="rate"),
    ),
    ("index-value", "Crime Severity Index (2006 = 100) stood at 78.1.", "78.1", dict(value=78.1)),
    (
        "ordinary-hundred",
        "Police seized 100 bags after the 2006 raid.",
        "100",
        dict(value=100, subject="bags"),
    ),
    (
        "code-then-count",
        "Case ab12-3456 involved 14 victims.",
        "14",
        dict(value=14, subject="victims"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(KEPT, 4))
def test_near_misses_keep_their_claims(
    shared_extractor: Extractor, text: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(text), mention, expected)


def test_iso_date_stays_no_claim(shared_extractor: Extractor) -> None:
    text = "The raid took place on 2023-11-04 in the north of the city."
    assert shared_extractor.extract(text) == []


# -- 3..6. scales, prefixed ranges, ratios, bracketed shares -------------------------------------

CLAIMS = [
    (
        "tln-won",
        "Voice-phishing losses reached 1.2 tln won last year, police said.",
        "1.2 tln won",
        dict(value=1.2e12, unit="KRW", kind="money"),
    ),
    (
        "trn-spaced",
        "The smuggling ring moved goods worth 2.5 trn rupees.",
        "2.5 trn rupees",
        dict(value=2.5e12, unit="INR", kind="money"),
    ),
    (
        "bln-dollars",
        "Prosecutors traced 3.4 bln dollars of laundered funds.",
        "3.4 bln dollars",
        dict(value=3.4e9, unit="USD"),
    ),
    (
        "mln-yuan",
        "Police froze 560 mln yuan in illegal gains.",
        "560 mln yuan",
        dict(value=5.6e8, unit="CNY"),
    ),
    (
        "lacs",
        "The clerk took bribes of Rs 40 lacs, the vigilance bureau said.",
        "Rs 40 lacs",
        dict(value=4e6, unit="INR", kind="money"),
    ),
    (
        "naira-range",
        "Offenders face fines of N250,000 to N500,000 under the new law.",
        "N250,000 to N500,000",
        dict(value=250000, value_high=500000, unit="NGN", kind="money"),
    ),
    (
        "rand-range",
        "Magistrates imposed fines of R5,000 to R10,000 on the traders.",
        "R5,000 to R10,000",
        dict(value=5000, value_high=10000, unit="ZAR", kind="money"),
    ),
    (
        "shilling-range",
        "Hawkers faced fines of Sh50,000 to Sh100,000 each.",
        "Sh50,000 to Sh100,000",
        dict(value=50000, value_high=100000, unit="KES", kind="money"),
    ),
    (
        "out-of-every",
        "Investigators found that seven out of every 10 pills seized were counterfeit.",
        "seven out of every 10",
        dict(value=0.7, unit="fraction", subject="pills"),
    ),
    (
        "one-in-every",
        "One in every four victims knew the offender, the survey found.",
        "One in every four",
        dict(value=0.25, unit="fraction", subject="victims"),
    ),
    (
        "of-every",
        "Police say 3 of every 5 burglaries happen in daylight.",
        "3 of every 5",
        dict(value=0.6, unit="fraction", subject="burglaries"),
    ),
    (
        "bracketed-fraction",
        "Police solved nearly two-thirds (65.3%) of violent crimes last year.",
        "two-thirds",
        dict(value=2 / 3, unit="fraction", qualifier="nearly", subject="violent crimes"),
    ),
    (
        "bracketed-fraction-percent",
        "Police solved nearly two-thirds (65.3%) of violent crimes last year.",
        "65.3%",
        dict(value=65.3, unit="percent"),
    ),
    (
        "bracketed-ratio",
        "Figures show about one in five (19.8%) of people charged were women.",
        "one in five",
        dict(value=0.2, unit="fraction", qualifier="about"),
    ),
    (
        "bracketed-half",
        "Almost half (48 per cent) of the burglaries went unreported.",
        "half",
        dict(value=0.5, unit="fraction", subject="burglaries"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "expected"), table_params(CLAIMS, 4))
def test_claim(
    shared_extractor: Extractor, text: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(text), mention, expected)


def test_bracketed_fraction_is_not_a_bare_count(shared_extractor: Extractor) -> None:
    claims = shared_extractor.extract("Police solved two-thirds (65.3%) of violent crimes.")
    assert "two" not in [c.text for c in claims]


NOT_RATIOS = [
    ("of-without-every", "Police said 3 of 5 suspects fled the scene.", ["3", "5"]),
    ("in-every-games", "The striker scored 2 in every 3 games he played.", ["2", "3"]),
    ("road-prefix", "The crash closed the R2 to R3 link road for hours.", []),
    ("second-half-bracket", "Arrests rose in the second half (2024) of the year.", []),
]


@pytest.mark.parametrize(("text", "texts"), table_params(NOT_RATIOS, 3))
def test_near_miss_ratios_and_prefixes(
    shared_extractor: Extractor, text: str, texts: list[str]
) -> None:
    assert [c.text for c in shared_extractor.extract(text)] == texts
