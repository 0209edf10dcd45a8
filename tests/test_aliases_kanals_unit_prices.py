"""Forms of South Asian police notes and other regional reports: a bracketed age after a name
joined by 'alias' or ending in an initial; a post's bracketed acronym inside a speaker's title
and the post alone standing for the person ('The DGP said'), also for a 'He said' opening the
next paragraph; a 'they said' after a paragraph a plural source closed; land measured in
kanals, marlas and bighas; a weight written straight before its drug ('1.82 lakh kg ganja');
a price per gram as the price of the goods; 'worth' after a weight's 'of' phrase; a label
that calls its figure an estimate; the part standing alone after 'Of the N arrested,'; a
gerund inside a noun compound ('chain snatching cases'); 'accused' as a noun; 'arrest over
N' in a headline; 'calls on 112'; 'zero tolerance'; money cells written 'Rs. 1.2 lakh' in a
space-aligned table. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a bracketed age after a name with 'alias' or an initial, in a list of the arrested
    (
        "age-alias",
        "Those held:\n\n- Imran Shaikh alias Bablu (27), r/o Bhatkal\n- Suresh P (44), r/o Udupi",
        "27",
        dict(kind="age", unit="year"),
    ),
    (
        "age-initial",
        "Those held:\n\n- Imran Shaikh alias Bablu (27), r/o Bhatkal\n- Suresh P (44), r/o Udupi",
        "44",
        dict(kind="age", subject="Suresh P"),
    ),
    # a post's acronym inside the title is dropped; the post alone is the person
    (
        "inner-acronym",
        "Cuttack: Police seized 40 kg of ganja, Inspector General of Police "
        "(IGP) Ramesh Nayak said on Monday.",
        "40 kg",
        dict(attribution="Inspector General of Police Ramesh Nayak"),
    ),
    (
        "bare-post",
        "Cuttack: Police seized 40 kg of ganja, Director General of Police (DGP) "
        "Ramesh Nayak said.\n\nThe DGP said 212 peddlers were arrested.",
        "212",
        dict(attribution="Ramesh Nayak"),
    ),
    (
        "he-next-paragraph",
        "Cuttack: Police seized 40 kg of ganja, Director General of Police "
        "(DGP) Ramesh Nayak said.\n\nThe DGP said 212 peddlers were arrested.\n\nHe said "
        "heroin seizures had doubled to 6.2 kg.",
        "6.2 kg",
        dict(attribution="Ramesh Nayak"),
    ),
    # 'they said' after a paragraph a plural source closed
    (
        "they-next-paragraph",
        "Police have attached 31 properties of drug peddlers, officials "
        "said on Monday.\n\nThe properties include 12 houses and four shops, they said.",
        "12",
        dict(attribution="officials"),
    ),
    # South Asian land measures
    (
        "kanals",
        "Police attached three plots measuring 26 kanals near the highway.",
        "26 kanals",
        dict(unit="kanal", kind="other"),
    ),
    (
        "bighas",
        "Poppy grown on 14 bighas was destroyed.",
        "14 bighas",
        dict(unit="bigha", kind="other"),
    ),
    # a weight straight before its drug, whatever the scale word does to the tagger
    (
        "weight-before-drug",
        "Police seize 2.4 lakh kg ganja this year",
        "2.4 lakh kg",
        dict(subject="ganja", value=240000),
    ),
    # a price per gram is the goods' price, also for an 'it' joined to the first verb
    (
        "per-gram-object",
        "The gang bought the heroin in Amritsar at Rs 1,500 per gram and sold "
        "it in Delhi at Rs 4,000 per gram.",
        "Rs 1,500 per gram",
        dict(subject="heroin"),
    ),
    (
        "per-gram-joined-it",
        "The gang bought the heroin in Amritsar at Rs 1,500 per gram and "
        "sold it in Delhi at Rs 4,000 per gram.",
        "Rs 4,000 per gram",
        dict(subject="heroin"),
    ),
    # 'worth' after a weight's 'of' phrase, also across a bracketed short name
    (
        "worth-after-of-gloss",
        "The squad seized 36 grams of methamphetamine (ice) worth Rs 3.6 "
        "lakh from the two men near the bus stand.",
        "Rs 3.6 lakh",
        dict(subject="methamphetamine"),
    ),
    (
        "worth-after-of-item",
        "Seizures:\n\n- 9.2 kg of charas worth Rs 14 lakh from a car at the toll plaza",
        "Rs 14 lakh",
        dict(subject="charas"),
    ),
    # a label calling its figure an estimate
    (
        "estimated-label",
        "Key figures:\n\n• Estimated value of stolen property: Rs 8.4 crore",
        "Rs 8.4 crore",
        dict(qualifier="about", subject="value of stolen property"),
    ),
    # the part standing alone after a fronted counted group
    (
        "fronted-group-part",
        "Of the 214 arrested, 19 were women and 33 were from other districts.",
        "33",
        dict(subject="arrested"),
    ),
    # a gerund inside a noun compound
    (
        "gerund-compound",
        "Nearly half of the purse snatching cases went unsolved.",
        "half",
        dict(subject="purse snatching cases"),
    ),
    # 'accused' as a noun
    (
        "accused-noun",
        "The commissioner said 17 accused, including two minors, were arrested.",
        "17",
        dict(subject="accused"),
    ),
    (
        "accused-arrested",
        "- Gang attacks: 52 cases, 118 accused arrested, 23 of them juveniles",
        "118",
        dict(subject="accused"),
    ),
    (
        "of-them-plural",
        "- Gang attacks: 52 cases, 118 accused arrested, 23 of them juveniles",
        "23",
        dict(subject="juveniles"),
    ),
    # 'arrest over N' in a headline bounds the count
    (
        "headline-arrest-over",
        "Police seize 90 kg ganja, arrest over 1,200 peddlers",
        "1,200",
        dict(qualifier="more than", subject="peddlers"),
    ),
    # money cells with a dotted prefix in a space-aligned table
    (
        "dotted-prefix-cell",
        "Recovered property:\n\nItem                 Quantity     Value\n"
        "Gold ornaments       412 grams    Rs. 28.6 lakh\nMotorcycles          14           "
        "Rs. 9.1 lakh\n",
        "Rs. 28.6 lakh",
        dict(subject="Gold ornaments", unit="INR"),
    ),
    (
        "dotted-prefix-count",
        "Recovered property:\n\nItem                 Quantity     Value\n"
        "Gold ornaments       412 grams    Rs. 28.6 lakh\nMotorcycles          14           "
        "Rs. 9.1 lakh\n",
        "14",
        dict(subject="Motorcycles"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Our response time to calls on 112 fell to nine minutes, he said.", "112"),
        ("The commissioner promised zero tolerance for gangs.", "zero"),
        ("The minister announced a zero-tolerance policy on knives.", "zero"),
    ],
)
def test_not_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a lettered place before a bracket is no name with an initial
        ("Burglaries in Zone B (41) rose sharply.", "41", dict(kind="count")),
        # an arrest noun after a determiner keeps its 'over' a preposition
        ("The court heard of his arrest over 40 thefts.", "40", dict(qualifier=None)),
        # a real verb after a weight keeps the weight subjectless
        ("Police said 12 kg go missing from the port every year.", "12 kg", dict(subject=None)),
        # a count after 'calls on' with its own noun still counts
        ("Officers made calls on 150 households in the estate.", "150", dict(subject="households")),
        # a group of people named by 'they' in a story with no earlier plural source
        (
            "The gang took out 640 policies.\n\nThey then reported 30 phones lost.",
            "30",
            dict(attribution=None),
        ),
        # a body's paragraph before gives a 'He said' no speaker
        (
            "The ministry said 40 kg of ganja was seized.\n\nHe said heroin seizures had "
            "doubled to 6.2 kg.",
            "6.2 kg",
            dict(attribution=None),
        ),
        # 'zero' with a counted noun is a count
        ("There were zero murders in the town last year.", "zero", dict(value=0)),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
