"""Sentence ends after 'km/h.' and inside titles like 'Comr. Gen.'; road markers, paragraph
numbers and ISBNs as page furniture; 'won' misread as a verb after 'a record'; a multiple
between two figures ('nearly double the'); a frequency restating a count ('6 a day'); a
weight per period; 'Cash of Rs 5 lakh in Indian currency'; table intros 'as presented by X:'
and pipe headers; a quote paragraph carried on from the paragraph before; a post named far
from its holder; 'Bs' for the boliviano; 'Sh' placed by a Tanzanian capital; ages after a
quoted alias. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, claim_on_line, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # 'h.' of 'km/h.' ends the sentence: the next one's source is not this one's
    ("kmh-sentence-end", "Officers clocked the car at 148 km/h. Speeding fines rose to 2,310 "
     "last year, according to the Roads Authority.", "148 km/h",
     dict(attribution=None)),
    ("kmh-next-sentence", "Officers clocked the car at 148 km/h. Speeding fines rose to 2,310 "
     "last year, according to the Roads Authority.", "2,310",
     dict(attribution="the Roads Authority")),
    # 'Comr.' is a title: the speaker after it belongs to the same sentence
    ("comr-title", "The unit seized 730 phones last month, Cybercrime Directorate chief Comr. "
     "Gen. Arif Santoso said on Friday.", "730",
     dict(attribution="Cybercrime Directorate chief Comr. Gen. Arif Santoso")),
    # the tagger reads 'won' as a verb whose subject is 'record'
    ("record-won", "Losses from romance scams reached a record 840 billion won last year, "
     "police said.", "840 billion won", dict(unit="KRW", subject="Losses from romance scams")),
    # a multiple between two figures: the second measures what the first does
    ("multiple-between", "Customs seized 58.2 kilograms of heroin this year, almost double "
     "the 30.4 kilograms seized in 2024.", "30.4 kilograms", dict(subject="heroin")),
    ("times-between", "Detectives logged 912 burglaries, three times the 304 of the year "
     "before.", "304", dict(subject="burglaries")),
    # a bare frequency after a count restates it over a period
    ("frequency-restates", "Knife crime led to 1,095 hospital admissions in 2024, about 3 a "
     "day.", "3 a day", dict(subject="hospital admissions")),
    # a weight per period measures what is moved, never the mover
    ("weight-rate", "The cell had been shipping up to 12 kilos a month through the port.",
     "12 kilos a month", dict(subject=None)),
    # 'Cash of ... in Indian currency': the cash, in a currency
    ("cash-of-in-currency", "Cash of Rs 8.6 lakh in Indian currency was found in the car.",
     "Rs 8.6 lakh", dict(subject="Cash")),
    # a money word before 'of' holds the amount, whatever it is 'in'
    ("bribe-of-in-cash", "He paid a bribe of $6,000 in cash.", "$6,000", dict(subject="bribe")),
    # an adjective joined to a word the tagger took for a verb still modifies the noun
    ("conjoined-verb-modifier", "Agents found P80,000 in marked and boodle money in the bag.",
     "P80,000", dict(subject="boodle money")),
    # 'Bs' is the boliviano; Bolivia's cues keep it there
    ("bolivianos", "FELCN agents in Cochabamba, Bolivia, seized Bs 2.4 million in cash.",
     "Bs 2.4 million", dict(value=2.4e6, unit="BOB", kind="money")),
    # one Tanzanian capital places a bare 'Sh'
    ("shilling-tanzania", "The court in Dodoma heard that the fraud cost the bank Sh740 "
     "million.", "Sh740 million", dict(unit="TZS")),
    # an age after a quoted alias opening with an article is that person's
    ("alias-article-age", "The court sentenced Luis Ortega Paz, alias \"el Gato\", 39, to 18 "
     "years.", "39", dict(kind="age", unit="year", subject="Luis Ortega Paz")),
    ("alias-quoted-age", "Police detained Ana Ruiz, alias 'Chiqui', 27, at her home.",
     "27", dict(kind="age", subject="Ana Ruiz")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "span"),
    [
        ("Two people died near the 61.5 km post on the coast road.", "61.5 km"),
        ("A lorry jack-knifed near mile marker 148 on the interstate.", "148"),
        ("The car was found at kilometre 37 of the northern highway.", "37"),
        ("14.2. Reported burglaries fell by 3.1 per cent.", "14.2"),
        # three phone-like groups, then more: the whole is one code
        ("Published March 2025 | ISBN 978-3140-462-51-6 | Tel: 555 0100", "51"),
        ("Published March 2025 | ISBN 978-3140-462-51-6 | Tel: 555 0100", "6"),
    ],
)
def test_page_furniture_is_no_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # a decimal closing a sentence is no paragraph number
        ("Reported burglaries fell by 14.2. Thefts rose.", "14.2", dict(value=14.2)),
        # a distance travelled is still a measure
        ("Officers chased the van for 23 km.", "23 km", dict(value=23, unit="kilometre")),
        # a count after a count is a list, not a frequency
        ("Police arrested 12 men and 4 women.", "4", dict(subject="women")),
        # the bare 'Sh' of a Kenyan story stays the Kenyan shilling
        ("Detectives in Nairobi recovered Sh3.2 million.", "Sh3.2 million", dict(unit="KES")),
    ],
)
def test_nearby_readings_kept(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


_TABLE_INTRO = """Results by region, as presented by the Interior Ministry:

| Region | Cases | Arrests |
|---|---|---|
| North | 214 | 389 |
| South | 176 | 301 |
"""


def test_table_intro_source_covers_rows() -> None:
    """A pipe table's header and rule between its intro and rows keep the intro's source."""
    assert claim_on_line(_TABLE_INTRO, "301", "| South").attribution == "the Interior Ministry"


def test_plain_intro_before_pipe_table() -> None:
    text = _TABLE_INTRO.replace("Results by region, as presented by the Interior Ministry:",
                                "The ministry said:")  # fmt: skip
    assert claim_on_line(text, "214", "| North").attribution == "The ministry"


_QUOTE_RUN = """"We closed 310 drug dens this year," Vice Minister Carla Ibáñez said.

"The gangs are adapting. About 40% of what we seized came by river, and we have impounded 9 boats.

"We also arrested 122 people, among them 14 foreigners."
"""


def test_quote_paragraph_after_an_open_one_keeps_the_speaker() -> None:
    """A quote left open over a paragraph whose opening named no one: the next quote
    paragraph is still the speaker's the open one carried on from."""
    claims = extract(_QUOTE_RUN)
    assert claim_on_line(_QUOTE_RUN, "122", '"We also').attribution == "Vice Minister Carla Ibáñez"
    assert {c.attribution for c in claims} == {"Vice Minister Carla Ibáñez"}


def test_post_named_far_from_its_holder() -> None:
    text = (
        "Deportations rose to 4,100, the Deputy Minister of Internal Security and Border "
        "Affairs, Tomás Rivero, told reporters.\n\n"
        "The deputy minister said 1,250 people were held at the border."
    )
    assert claim_on_line(text, "1,250", "The deputy").attribution == "Tomás Rivero"
