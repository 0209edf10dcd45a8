"""Thousands grouped with dots ('1.234.567 pesos', '23.918 thefts' in a story whose decimals
are commas, 'Rp 500.000') and decimal commas before a unit or a percent word ('8,4 tonnes',
'2,6 per cent'); ages listed after a person noun ('two men, 31 and 26,'); a court's finding as
its statement; a list introduced by 'Figures presented by X show:' over a table whose header
names years; dash-labelled lines ('Vehicle thefts – 96'); counts elided before a preposition
('six defendants to death, four to life'); 'within N days' after an active verb; page
furniture: a Hijri date written day first, a dateline's dotted time, a Latin street address,
an emergency line, listed case numbers, a story number, a building named with a number word.
Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # -- numbers written the continental way
    ("dotted-millions", "Police seized 1.234.567 pesos in the raid.", "1.234.567 pesos",
     dict(value=1234567)),
    ("dotted-with-decimal-comma", "Losses reached 2.345,5 million pesos.",
     "2.345,5 million pesos", dict(value=2345500000)),
    ("dotted-in-comma-story", "Vehicle thefts fell 12,4% last year.\n\nThe ministry "
     "recorded 18.306 thefts in 2024.", "18.306", dict(value=18306, subject="thefts")),
    ("dotted-rupiah", "Officers found Rp 750.000 in cash.", "Rp 750.000",
     dict(value=750000, unit="IDR")),
    ("comma-before-unit", "Agents found 6,3 tonnes of cocaine in a warehouse.",
     "6,3 tonnes", dict(value=6.3, unit="tonne")),
    ("dotted-after-unit-comma", "Agents found 6,3 tonnes of cocaine.\n\nThe estate covers "
     "4.100 hectares.", "4.100 hectares", dict(value=4100)),
    ("comma-per-cent", "Recorded offences fell by 3,4 per cent.", "3,4 per cent",
     dict(value=3.4, unit="percent")),
    ("comma-points", "The clearance rate rose by 1,2 percentage points.",
     "1,2 percentage points", dict(value=1.2)),
    ("comma-rate-in-comma-story", "Robberies fell 8,1%.\n\nThe murder rate was 4,72 per "
     "100,000 inhabitants.", "4,72 per 100,000 inhabitants", dict(value=4.72)),
    # -- ages
    ("listed-ages", "Police arrested two men, 44 and 29, over the robbery.", "29",
     dict(kind="age", unit="year", subject="men")),
    ("vietnamese-name-age", "His accomplice, Đặng Thị Hoa (37), received 12 years.", "37",
     dict(kind="age", subject="Đặng Thị Hoa")),
    ("particle-name-age", "• Pieter van den B. (48): 6 years", "48", dict(kind="age")),
    ("aged-person-label", "• Marco V. (33), driver: 5 years", "5 years",
     dict(subject="Marco V.")),
    ("age-before-nationality", "Detectives believe the ring's leader, a 36-year-old "
     "Austrian, recruited street dealers through messaging apps and paid them € 40 per shift.",
     "36-year-old", dict(subject="Austrian")),
    # -- subjects
    ("elided-before-to", "The court sentenced five defendants to death, three to life "
     "imprisonment and the remaining two to 20 years.", "three",
     dict(subject="defendants")),
    ("bracketed-year-figure", "Chile recorded 412 homicides in the first quarter, 30 fewer "
     "than in the same period of 2024 (442).", "442", dict(subject="homicides")),
    ("hyphen-member-of", "The court ended a 6-day trial of a 12-member gang.", "6-day",
     dict(subject="trial")),
    ("as-small-as", "The scheme took stakes as small as Rs 2,000 from investors.",
     "Rs 2,000", dict(subject="stakes")),
    ("resold-shared-subject", "Each brick was bought for $9,000 and resold in Europe for "
     "$35,000.", "$35,000", dict(subject="brick")),
    ("share-antecedent", "In 2019, about 70 percent of arrests were in the capital. Last "
     "year it was 45 percent.", "45 percent", dict(subject="arrests")),
    ("appeal-within", "Her lawyer said she would appeal within 14 days.", "14 days",
     dict(subject=None)),
    ("hyphened-word-of", "Police solved 40 of the 52 murder-for-hire cases.", "40",
     dict(subject="murder-for-hire cases")),
    ("with-intent", "He admitted three counts of possession with intent to supply.",
     "three", dict(subject="counts of possession with intent to supply")),
    ("place-briefs-headline", "Hastings: Five arrested after ram raid", "Five",
     dict(subject=None)),
    ("dash-label-line", "Weekly figures from Bay of Plenty Police:\nBurglaries reported – 61\n"
     "Vehicle thefts – 24", "24", dict(subject="Vehicle thefts",
                                       attribution="Bay of Plenty Police")),
    ("two-part-measure-label", "- Cannabis: 3 kilograms and 250 grams", "250 grams",
     dict(subject="Cannabis")),
    # -- change and qualifiers
    ("change-noun-after", "The payout reached $14.5 million in December, a 21% increase "
     "year on year.", "21%", dict(change="increase")),
    ("modal-go-up-to", "Where a weapon is used the sentence can go up to 14 years.",
     "14 years", dict(qualifier="up to")),
    ("or-span", "Detectives believe a small crew, perhaps 10 or 15 men, did it.", "10 or 15",
     dict(value=10, value_high=15)),
    # -- attribution
    ("court-found", "The ship was carrying 31 migrants, the tribunal found.", "31",
     dict(attribution="the tribunal")),
    ("presented-by-table", "Inspector Maria Kovacs said thefts fell.\n\nFigures presented by "
     "Insp Kovacs show:\n\nOffence        Jan-Jun 2024    Jan-Jun 2025    Change\n"
     "Burglary            120             98      -18%\n"
     "Robbery              44             51      +16%", "51",
     dict(attribution="Inspector Maria Kovacs")),
    ("data-released-by", "Figures released by the ministry show 412 burglaries.", "412",
     dict(attribution="the ministry")),
    ("reported-stolen-item", "According to the communiqué signed by Major Issa Kone, the "
     "sweep led to:\n\n- the arrest of 40 people;\n- the recovery of 9 motorcycles and 3 "
     "pick-up trucks reported stolen;", "9", dict(attribution="the communiqué")),
    ("surname-named-aside", "Prosecutor Eva Holm gave the figures alongside the city's "
     "alderman for safety, Jonas Berg.\n\nBerg said 60 officers would join.", "60",
     dict(attribution="Jonas Berg")),
    ("month-before-figures", "He said more.\n\nMarch figures from Waikato Police:\n"
     "Burglaries: 85\nAssaults: 40", "40", dict(attribution="Waikato Police")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Muscat, 14 Shaban 1446 AH / 13 February 2025", "14"),
        ("Muscat, 14 Shaban 1446 AH / 13 February 2025", "1446"),
        ("graz.ORF.at | 3 June 2025, 09.41\n\nPolice seized 5 kg.", "09.41"),
        ("El Diario · Avenida de los Insurgentes 1200, Colonia Roma", "1200"),
        ("Photo: seized cash at police headquarters, Opernring 3-5.", "3-5"),
        ("Residents may call the national emergency service 112.", "112"),
        ("Emergency: 911", "911"),
        ("Reports can be made on 089, day or night.", "089"),
        ("Contact: press@interior.gob · Tel. (+56) 2486 5000", "2486"),
        ("Press office: (21) 2334-8000", "2334"),
        ("Case numbers: 12/450123-24 and 12/450124-24", "450124"),
        ("Staff reporter | Story: 774201", "774201"),
        (
            "Photo: Akron Police Chief Dan Reyes speaks at One Government Center. (Beacon photo)",
            "One",
        ),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # without a decimal comma anywhere a dotted figure stays a decimal
        (
            "Police recorded 12.430 per 1,000 residents.",
            "12.430 per 1,000 residents",
            dict(value=12.43),
        ),
        ("Thefts rose 3.5% to 12.430.", "12.430", dict(value=12.43)),
        # dinars have three decimal places
        ("He was fined KD 2.500 for the offence.", "KD 2.500", dict(value=2.5)),
        # a scale word keeps the dot a decimal point where the text writes decimal points
        (
            "Cars fell 4.1%.\n\nLosses reached $1.250 million.",
            "$1.250 million",
            dict(value=1250000),
        ),
        # a lone count with a plural after a story label stays a count
        ("The story: 5000 people came.", "5000", dict(subject="people")),
        # 'reported' with an object still reports
        ("Police reported 14 cars stolen last week.", "14", dict(attribution="Police")),
        # a jury's verdict on a person is no statement of the figures
        (
            "A 40-year-old man was jailed after a jury found him guilty.",
            "40-year-old",
            dict(attribution=None),
        ),
        # a sentence going on after a dash is no label line
        (
            "The suspects – 29 men and 12 women – were detained.",
            "29",
            dict(subject="men", attribution=None),
        ),
        ("NIS – 3 years for arson", "3 years", dict(subject=None)),
        # a capitalised crime label before a participle still names its figure
        ("Burglary: 187 reported", "187", dict(subject="Burglary")),
        # a share of a bet is no cut in anything
        ("He kept a 30 percent cut of every bet.", "30 percent", dict(change=None)),
        # two round figures far apart stay two claims
        ("Fines of $50 or $500 apply.", "$50", dict(value=50, value_high=None)),
        # a clock time in 'at 2:15 a.m.' makes no label line of a sentence
        (
            "Officers stopped 12 cars.\n\nIn one case, a 23-year-old man was stopped at 2:15 a.m.",
            "23-year-old",
            dict(attribution=None),
        ),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
