"""Latin American money as its press writes it (soles 'S/', guaraníes 'G.', quetzales 'Q',
Nicaraguan córdobas 'C$', Chilean 'CLP', Cuban pesos); a change 'by about X to Y'; a law's
number; a line named after 'call the anonymous'; a bracketed area code; a double surname
written as the full name given before; 'highlighted that' and a list a body highlights; a
table row whose label holds a reporting word; a speaker described in commas before a
subjectless verb; the low end of a lettered range; 'calls to 133'; what a bare value is the
value of. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # money
    ("soles-spaced", "The cocaine would have fetched about S/ 96 million in Lima.",
     "S/ 96 million", dict(unit="PEN", value=96e6, qualifier="about")),
    ("guaranies-dotted", "Officers recovered phones worth G. 350 million in Asunción.",
     "G. 350 million", dict(unit="PYG", value=350e6, subject="phones")),
    ("guaranies-range", "The gang sold each phone for between G. 250,000 and G. 900,000.",
     "G. 250,000 and G. 900,000", dict(unit="PYG", value=250e3, value_high=900e3)),
    ("quetzales-grouped", "In Guatemala City, police seized Q47,300 from the extortion ring.",
     "Q47,300", dict(unit="GTQ", value=47300)),
    ("quetzales-scaled", "Guatemala's banks reported Q85 million in fraud losses.",
     "Q85 million", dict(unit="GTQ", value=85e6)),
    ("cordobas-sign", "Nicaragua's police budget in Managua is C$3,100 million this year.",
     "C$3,100 million", dict(unit="NIO", value=3.1e9)),
    ("clp-code", "Chile will spend CLP 12 billion on new patrol cars.", "CLP 12 billion",
     dict(unit="CLP", kind="money")),
    ("cuban-pesos", "In Havana, goods worth 14 million pesos were recovered from the network.",
     "14 million pesos", dict(unit="CUP")),
    # a change from a qualified figure to a level
    ("by-about-to", "Cocaine seizures fell by about 8 tonnes to 97 tonnes.", "8 tonnes",
     dict(change="decrease", qualifier="about", value_high=None)),
    # speakers
    ("double-surname", "Colonel Ana María Ruiz Soto, head of the unit, said 40% of the calls "
     "were hoaxes. Another 212 were traced to prisons, Ruiz Soto said.", "212",
     dict(attribution="Colonel Ana María Ruiz Soto")),
    ("highlighted-that", "Interior Minister Pedro Salas highlighted that police have seized "
     "18.4 tons of drugs so far this year.", "18.4 tons", dict(attribution="Pedro Salas")),
    ("highlighted-list", "The ministry also highlighted:\n- 1,112 firearms seized\n- 3.4 tonnes "
     "of cocaine", "1,112", dict(attribution="The ministry")),
    ("name-before-aside", "The National Guard broke up a ring of car thieves, known locally as "
     "\"chatarreros\", accused of at least 45 thefts in Tegucigalpa since May, Commissioner "
     "Rosa Elena Duarte, head of the Anti-Theft Unit, announced on Friday.", "45",
     dict(attribution="Commissioner Rosa Elena Duarte")),
    ("lettered-range-low-end", "Traders said the gangs demanded fees ranging from Q300 to "
     "Q4,500.", "Q300 to Q4,500", dict(unit="GTQ", value=300, value_high=4500)),
    ("reached-a-value", "Investigators said the seized timber would have reached a value of "
     "about $2.3 million abroad.", "$2.3 million", dict(subject="seized timber")),
    ("had-a-value", "The stolen tractors had a combined value of $840,000.", "$840,000",
     dict(subject="stolen tractors")),
    ("with-a-value", "Officers seized 26 kg of cannabis with a value of $190,000.", "$190,000",
     dict(subject="cannabis")),
    ("reporting-word-in-row", "Key figures:\n\n| Offence | 2024 | 2025 |\n|---|---|---|\n| "
     "Fraud reports | 12,410 | 13,055 |", "13,055",
     dict(attribution=None, subject="Fraud reports")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "number"),
    [
        ("Under Article 5 of Drugs Law 23,737, trafficking is punished.", "23,737"),
        ("Anyone with information can call the anonymous 147 hotline.", "147"),
        ("Send questions to its press office at (505) 2248-3310.", "505"),
        ("Emergency calls to 131, the ambulance number, rose 6% last year.", "131"),
    ],
)
def test_names_and_lines_are_no_claims(document: str, number: str) -> None:
    assert texts_over(extract(document), document, number) == []


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # near misses: quarters stay unread, Canadian dollars stay Canadian
        (
            "Toronto police seized C$4 million in counterfeit goods.",
            "C$4 million",
            dict(unit="CAD"),
        ),
        ("Police seized 40 phones; Q3 arrests rose 12%.", "12%", dict(unit="percent")),
        # a given name and surname stays as written when no fuller name came before
        ("Maria Lopez said 12 people fled.", "12", dict(attribution="Maria Lopez")),
        # calls to a counted group are a count
        ("Officers made calls to 40 households.", "40", dict(subject="households")),
        # a value with its own kind keeps it
        ("The haul had an estimated street value of $4.8m.", "$4.8m", dict(subject="street value")),
        # 'highlighted' with an object states nothing
        ("The report highlighted 40 cases of abuse.", "40", dict(attribution=None)),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_quarter_is_no_quetzal() -> None:
    """'Q3' names a quarter, not three quetzales, even in a Guatemalan story."""
    document = "Guatemala's police said Q3 was the busiest quarter."
    assert texts_over(extract(document), document, "Q3") == []
