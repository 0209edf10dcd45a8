"""Pacific currencies (tala, pa'anga, vatu), conversions in square brackets separated by
semicolons, prices a thing 'sells for', organisations called back as 'the federation', a
phone number before 'or 101', crimes 'on' someone, and an agency's acronym closing a
dateline. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # Samoan tala after a dollar sign, Vanuatu vatu as a prefix
    ("dollar-tala", "Fines for breaching protection orders totalled more than $61,000 tala, he "
     "said.", "$61,000 tala", dict(unit="WST", kind="money", subject="Fines")),
    ("bare-tala", "The court fined him 2,000 tala.", "2,000 tala", dict(unit="WST")),
    ("vatu-prefix", "Police seized VT 5 million in cash.", "VT 5 million",
     dict(unit="VUV", subject="cash")),
    # conversions in square brackets, separated by a semicolon
    ("square-conversions", "The drugs had an estimated street value of ISK 1.9 billion [$13.8 "
     "million; €12.7 million].", "€12.7 million", dict(subject="street value", unit="EUR")),
    # what sells for a price
    ("sells-for-range", "A yaba pill sells for Tk 250 to Tk 300 in Dhaka.", "Tk 250 to Tk 300",
     dict(subject="yaba pill")),
    ("sells-for-unit", "A gram of cocaine sells for around ISK 20,000 in Reykjavík.",
     "ISK 20,000", dict(subject="gram of cocaine", qualifier="about")),
    ("sold-object", "He sold the car for $5,000.", "$5,000", dict(subject="car")),
    # an organisation called back by its head noun
    ("the-federation", "The Belgian Financial Sector Federation (Febelfin) published its figures "
     "on Tuesday. Banks recorded 73,400 fraudulent transactions over the year, the federation "
     "said.", "73,400", dict(attribution="The Belgian Financial Sector Federation")),
    # crimes done on someone; near miss: 'on the rise'
    ("assaults-on", "Assaults on officers rose to 412, from 347 a year earlier.", "412",
     dict(subject="Assaults on officers")),
    ("on-the-rise", "Crimes on the rise fell 5%.", "5%", dict(subject="Crimes")),
    ("attacks-on-listed", "The BKA registered 950 ransomware attacks on companies and public "
     "institutions.", "950", dict(subject="ransomware attacks")),
    # an agency's acronym after a dateline's day closes the dateline
    ("agency-dateline", "Taipei, April 18 (CNA) Losses from fraud in Taiwan fell 21 percent to "
     "NT$2.38 billion, the National Police Agency said Friday.", "21 percent",
     dict(subject="Losses from fraud", change="decrease")),
    ("acronym-in-name", "Police registered 24,43,376 Special and Local Laws (SLL) cases.",
     "24,43,376", dict(subject="Special and Local Laws (SLL) cases")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_line_after_phone_number() -> None:
    """'call 0115 915 2020, or 101': the second number is a line to ring too."""
    document = "To report anti-social behaviour call 0115 915 2020, or 101 for other matters."
    assert texts_over(extract(document), document, "101") == []
