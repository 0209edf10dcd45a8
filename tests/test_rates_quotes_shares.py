"""A document's population base carried to its bare rates ('a rate of 31.1', '3.3 per
100,000'), a speaker after a semicolon, a share set off after a count, a size noun's 'of'
count ('a population of 20 lakh'), scaled counts as a subject ('1.93 lakh were cases of'),
worth after 'estimated to be' or set off by a comma, bracketed acronyms kept whole, 'the
accused', headline verbs read as nouns, 'a record 562 homicides', facts that 'tell you', a
'said:' paragraph handing over to a quote, money in labelled lines and table rows, a loss
behind 'over', a level after a change by a share, compounds the tagger misreads, and a
line to ring 'on' a number. Every text is written for
this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

RATES = "Homicides fell to 19.1 per 100,000 people across the region. "
ROWS: list[tuple[Any, ...]] = [
    # the document's one population base is what a bare rate is per
    ("rate-of-bare", RATES + "Honduras posted a rate of 31.1, its lowest in years.", "31.1",
     dict(kind="rate", unit="per 100,000 people", subject="rate")),
    ("rate-base-no-noun", RATES + "El Salvador reported a rate of 3.3 per 100,000.",
     "3.3 per 100,000", dict(kind="rate", unit="per 100,000 people")),
    ("rate-copula-bare", "The city's rate reached 35.5 per 100,000 residents in 2021. This "
     "year's rate is on course to be roughly 17.", "17",
     dict(kind="rate", unit="per 100,000 residents", qualifier="about")),
    # near misses: two bases place no bare rate; a multiple of a rate is no rate
    ("rate-two-bases", "Burglary stood at 8.1 per 1,000 households and assault at 410 per "
     "100,000 people. The robbery rate was 2.2.", "2.2", dict(kind="rate", unit=None)),
    ("rate-multiple", RATES + "Honduras posted a homicide rate of 31.1, more than twice the "
     "regional rate.", "twice", dict(kind="other", unit=None)),
    # a speaker after a semicolon states only what follows
    ("semicolon-speaker", "The capital registered 14,247 such cases, nearly 30 per cent of the "
     "total; police say online complaints pushed the numbers up.", "14,247",
     dict(attribution=None, subject="cases")),
    # a share set off after a count is a share of what the count counted
    ("share-after-count", "The capital registered 14,247 such cases in 2022, nearly 30 per cent "
     "of the total in metros.", "30 per cent", dict(subject="cases", qualifier="nearly")),
    ("share-after-count-seized", "Police seized 40 guns, about a third of the total in the "
     "region.", "a third", dict(subject="guns")),
    # near miss: a share of the total with no count before it shares the clause's subject
    ("share-of-total-clause", "Cases involving drugs accounted for 62 percent of the total.",
     "62 percent", dict(subject="Cases involving drugs")),
    # a size noun's 'of' count
    ("population-of", "Delhi is among 19 cities with a population of over 20 lakh.", "20 lakh",
     dict(subject="population", qualifier="more than", kind="count")),
    ("workforce-of", "The force has a workforce of 12,000.", "12,000",
     dict(subject="workforce")),
    # a scaled count as the subject of 'be' counts its complement, after 'Of these,'
    ("scaled-were-cases", "Police registered 2.9 lakh cognisable offences. Of these, nearly "
     "1.93 lakh were cases of vehicle theft.", "1.93 lakh",
     dict(subject="cases of vehicle theft", value=193000)),
    # worth after 'estimated to be', and set off by a comma after the counted object
    ("estimated-to-be-worth", "The drugs were estimated to be worth about $2.4 million.",
     "$2.4 million", dict(subject="drugs", qualifier="about")),
    ("believed-worth", "The haul is believed to be worth $5m.", "$5m", dict(subject="haul")),
    ("comma-worth-total", "Police issued 138,450 traffic fines in 2023, worth a total of €12.4 "
     "million.", "€12.4 million", dict(subject="traffic fines")),
    # near miss: worth right after the goods keeps the goods
    ("goods-worth", "Police seized 480 kg of ganja worth ₹1.2 crore from a lorry.",
     "₹1.2 crore", dict(subject="ganja")),
    # a bracketed acronym stays whole whichever bracket the parser drops
    ("acronym-open-bracket", "• Authorised push payment (APP) fraud losses fell 6 per cent to "
     "£455.7 million", "6 per cent",
     dict(subject="Authorised push payment (APP) fraud losses", change="decrease")),
    # 'the accused', 'the injured': people
    ("of-the-accused", "Police say 11 of the accused were on release orders.", "11",
     dict(subject="accused")),
    ("of-the-injured", "Two of the injured were children.", "Two", dict(subject="injured")),
    # a headline's verb of change read as a noun
    ("headline-jump-noun", "Car thefts in Brisbane jump 31 per cent as police target repeat "
     "offenders", "31 per cent", dict(subject="Car thefts", change="increase")),
    # 'a record 562 homicides'
    ("record-count", "The decline follows a record 562 homicides in 2021.", "562",
     dict(subject="homicides")),
    # a fact that tells you something is no speaker; the quote's closer is
    ("it-tells-you", '"We took 218 firearms. That is up from 171, and it tells you our '
     'officers are working," Knowles said.', "171", dict(attribution="Knowles")),
    # a 'said:' paragraph hands over to the quote in the next
    ("said-colon-quote", 'Rachel Okafor, managing director at the bank, said:\n\n"Criminals '
     'stole more than £3 million every day. We stopped £1.3 billion of fraud."',
     "£1.3 billion", dict(attribution="Rachel Okafor")),
    ("said-colon-later-sentence", 'Detective Inspector Jane Cole said:\n\n"This was a long '
     'inquiry. Officers seized 40 kg of cocaine."', "40 kg",
     dict(attribution="Detective Inspector Jane Cole")),
    # money after a count on a labelled line is the label's; the count keeps its noun
    ("line-money-after-count", "• Phone scams (impersonating officials): 11,208 cases, "
     "RM389.1 million", "RM389.1 million", dict(subject="Phone scams", unit="MYR")),
    ("line-count-own-noun", "• Phone scams (impersonating officials): 11,208 cases, RM389.1 "
     "million", "11,208", dict(subject="cases")),
    # a loss behind a hedge the parser reads as a preposition
    ("lost-over", "They ran 1,120 scams in which victims lost over S$9.6 million.",
     "S$9.6 million", dict(subject="victims", qualifier="more than")),
    # a headline's level after a change by a share
    ("by-share-to-level", "Scam losses fall by nearly a fifth to S$385.6m in first half: SPF",
     "S$385.6m", dict(subject="Scam losses", change=None)),
    # aligned money rows name their rows
    ("aligned-money-rows", "Losses by scam type, 2025\n\nInvestment scams      RM643.2 million\n"
     "Online purchase       RM287.9 million", "RM287.9 million",
     dict(subject="Online purchase")),
    # a plural count hung on a compound counts the plural noun it modifies, also when the
    # tagger reads that noun as a verb
    ("compound-read-as-verb", "The week included 1,146 weapon sweeps in parks.", "1,146",
     dict(subject="weapon sweeps")),
    ("subject-read-as-verb", "Police responded to more than 175,000 family harm callouts in "
     "the year.", "175,000", dict(subject="family harm callouts", qualifier="more than")),
    ("two-word-compound", "Among those arrested are two lands registry officials and a "
     "surveyor.", "two", dict(subject="lands registry officials")),
    # near miss: a plural noun before a plural noun is no compound
    ("plural-before-plural", '"Every one of these 71 lives matters," he said.', "71",
     dict(subject="lives")),
    # money tables name their rows
    ("money-table-row", "Fraud losses by type\n\nType | 2022 | 2023\nCard fraud | £563.4m | "
     "£551.3m\nRemote banking | £171.2m | £150.9m", "£171.2m",
     dict(subject="Remote banking", unit="GBP")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("line-on-number", "Members of the public can report suspicious activity to the citizens' "
     "line on 1460.", "1460"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_a_second_speaker_after_a_quote_keeps_their_own_words() -> None:
    """The quote a 'said:' line hands over ends with its paragraph: the next paragraph's
    speaker states its own figures."""
    text = (
        'Jane Cole said:\n\n"Officers seized 40 kg of cocaine."\n\n'
        "Police added that 12 men were charged."
    )
    claims = {c.text: c.attribution for c in extract(text)}
    assert claims == {"40 kg": "Jane Cole", "12": "Police"}
