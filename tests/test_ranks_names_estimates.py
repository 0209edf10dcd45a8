"""A speaker named later by rank and surname ('Insp Walters', 'Commissioner Rolle') or by
given name ('Worawit said'), Ugandan shillings placed by Uganda Police names, a phrase with
a hyphenated participle ('Fraud and cyber-related offences'), the level of an estimated
quantity, and a count of changes that is no change. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

WALTERS = (
    "Southern District Commander Inspector Craig Walters said a small group was "
    'responsible. "We have identified about 40 young people," Insp Walters said.'
)
ROLLE = (
    "Commissioner of Police Marvin Rolle said yesterday the count fell. Commissioner Rolle "
    "said there had been 68 murders."
)
WORAWIT = (
    "Pol. Lt. Gen. Worawit Sukhsiri, commissioner of the Central Investigation Bureau, "
    'spoke on Monday. "This network ran at least 17 gambling websites," Worawit said.'
)

ROWS: list[tuple[Any, ...]] = [
    # a later mention by rank and surname, or by given name, is the person named in full
    ("rank-surname", WALTERS, "40",
     dict(attribution="Southern District Commander Inspector Craig Walters")),
    ("post-surname", ROLLE, "68", dict(attribution="Commissioner of Police Marvin Rolle")),
    ("given-name", WORAWIT, "17", dict(attribution="Lt. Gen. Worawit Sukhsiri")),
    ("surname", "Jane Cole said 5 were held. Cole said 12 more were sought.", "12",
     dict(attribution="Jane Cole")),
    # near miss: an organisation named first in a longer body is no person's given name
    ("organisation-first", "Europol and the European Union Drugs Agency published the report. "
     "Europol said it had identified 821 criminal networks.", "821",
     dict(attribution="Europol")),
    # Uganda Police names place the shilling
    ("uganda-shillings", "Speaking at police headquarters in Naguru, AIGP Joseph Ssemwogerere "
     "said victims lost about Shs 48.6 billion.", "Shs 48.6 billion",
     dict(unit="UGX", qualifier="about")),
    # a hyphenated participle is no clause verb inside a noun phrase
    ("hyphenated-participle", "• Fraud and cyber-related offences rose by 14.6 per cent, "
     "reaching 612.", "612", dict(subject="Fraud and cyber-related offences")),
    # the first level of an estimated quantity is approximate; a part of it after is not
    ("estimated-level", "• The estimated value of property stolen amounted to €3.4 million, of "
     "which €0.9 million was recovered.", "€3.4 million", dict(qualifier="about")),
    ("part-of-estimate", "• The estimated value of property stolen amounted to €3.4 million, of "
     "which €0.9 million was recovered.", "€0.9 million", dict(qualifier=None)),
    # a count of changes is no change
    ("count-of-increases", "Violent crime in Calgary fell last year after three straight annual "
     "increases, police said.", "three", dict(change=None)),
    ("sized-drop", "Police recorded a 14 per cent drop.", "14 per cent",
     dict(change="decrease")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
