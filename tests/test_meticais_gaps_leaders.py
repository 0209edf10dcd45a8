"""Southern African and Indian Ocean money (meticais, kwanzas 'Kz', Burundian francs 'BIF',
ariary 'Ar', rupees in Mauritius), 'claim' as a statement only of a clause ('Road accidents
claimed eight lives' states nothing), 'not exceeding' as an upper bound, a group fronted
after 'said', gapped list items after a comma ('6,102 were against women, 1,431 against
children') and of their own kind ('744 were crimes against property, 402 against persons'),
a change that names what changed with 'in', 'which' summing up a clause, a participle the
parser read as a clausal subject, the person before a place of origin, plural name words
before numbers ('Articles 3 and 4'), dot-leader rows, a title's noun over rows with no
header, a unit word as a column header, a currency prefix in a table cell, and 'the
equivalent of'. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

LEADERS = (
    "ROBBERIES BY DISTRICT, 2025\n"
    "Maputo .......... 1,204\n"
    "Beira ........... 688\n"
    "Nampula .........   415\n"
)
CELLS = (
    "| Province | Seizures | Kilograms |\n"
    "|---|---|---|\n"
    "| Gitega | 9 | 14,220 |\n"
    "| Muyinga | 4 | 3,180 |\n"
)
PROCEEDS = (
    "| Offence | Cases | Estimated proceeds |\n"
    "|---|---|---|\n"
    "| Wildlife trafficking | 64 | US$215m |\n"
)

ROWS: list[tuple[Any, ...]] = [
    ("meticais", "The seized heroin is worth more than 240 million meticais.",
     "240 million meticais", dict(unit="MZN", kind="money", qualifier="more than")),
    ("kwanzas", "Investigators recovered 31 million kwanzas in cash.", "31 million kwanzas",
     dict(unit="AOA", subject="cash")),
    ("kwanza-prefix", "The court imposed a fine of Kz 2 million.", "Kz 2 million",
     dict(unit="AOA", value=2_000_000)),
    ("burundian-francs", "Smugglers face a fine of up to BIF 15 million.", "BIF 15 million",
     dict(unit="BIF", qualifier="up to", subject="fine")),
    ("ariary", "The stolen cattle were valued at Ar 312 million.", "Ar 312 million",
     dict(unit="MGA", kind="money")),
    ("mauritian-rupees", "Port Louis: drugs worth Rs 64 million were seized at the harbour, "
     "the Mauritius Police Force said.", "Rs 64 million", dict(unit="MUR")),
    # 'claim' states only a clause or a deed claimed done
    ("claimed-lives", "Road crashes claimed 11 lives over the long weekend.", "11",
     dict(attribution=None, subject="lives")),
    ("claimed-that", "The union claimed that 40 officers had resigned.", "40",
     dict(attribution="The union")),
    ("claimed-to-have", "Police claimed to have arrested 1,240 suspected robbers.", "1,240",
     dict(attribution="Police")),
    ("not-exceeding", "Offenders face a fine not exceeding Rs 500,000.", "Rs 500,000",
     dict(qualifier="at most")),
    ("below-the-equivalent", "Couriers were paid in amounts below the equivalent of "
     "US$2,000.", "US$2,000", dict(qualifier="less than", subject="amounts")),
    # a group fronted after 'said', and the gapped items of its list
    ("fronted-after-said", "Ms Banda said out of the cases recorded, 4,210 were against "
     "women, 980 against children and 312 against men.", "980", dict(subject="cases")),
    ("gapped-kind", "Of the total, 612 were crimes against property, 287 against persons "
     "and 95 of other types.", "287", dict(subject="crimes against persons")),
    ("gapped-parts-of-whole", "Of the arrests, 300 were men from Lagos, 120 from Abuja.", "120",
     dict(subject=("men", "men from Abuja"))),
    # what a change names with 'in', a 'which' that sums up a clause
    ("change-in-noun", "It logged 412 injuries, representing a decrease of 7 percent in "
     "crashes.", "7 percent", dict(subject="crashes", change="decrease")),
    ("which-sums-up", "Officers said 2,310 cases were solved, which corresponds to 64 percent.",
     "64 percent", dict(subject="cases")),
    # a participle after the noun the parser read as a clause of its own
    ("participle-subject", "He said the unit has trained 1,200 officers over the past three "
     "years, and that the average time taken to complete an inquiry has dropped from 45 days "
     "to 28 days.", "28 days", dict(subject="average time")),
    # the person before a place of origin is whose age
    ("person-from-place", "A trader from Gitega, aged 52, said prices had doubled.", "52",
     dict(subject="trader", kind="age")),
    ("person-from-place-bare", "A man from Leeds, 38, was arrested.", "38",
     dict(subject="man", kind="age")),
    # tables: dot leaders, a title's noun, a unit word as a header, a prefix in a cell
    ("dot-leader-row", LEADERS, "688", dict(subject="ROBBERIES")),
    ("unit-word-header", CELLS, "14,220", dict(unit="kilogram", kind="weight")),
    ("unit-word-header-count", CELLS, "9", dict(unit=None, kind="count")),
    ("prefix-in-cell", PROCEEDS, "64", dict(subject="Wildlife trafficking")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("listed-plural-name", "Member states must implement Recommendations 24 and 25 in full.",
     "25"),
    ("plural-article", "Articles 3 and 4 of the convention apply.", "3"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


NEAR_MISSES: list[tuple[Any, ...]] = [
    # a claim to be something states no figure; 'over' after 'exceeding' still bounds above
    ("claim-to-be", "Fraud losses, in which callers claim to be officers, reached $4m.", "$4m",
     dict(attribution=None)),
    ("exceeding", "Drivers were caught at speeds exceeding 180 km/h.", "180 km/h",
     dict(qualifier="more than")),
    # a change 'in' a manner or a place names no changed thing
    ("in-cash-terms", "Spending rose to £689 million, an increase of 45% in cash terms.", "45%",
     dict(subject="Spending")),
    # a participle that defines the group stays; one that says it was logged goes
    ("defining-participle", "Of the 200 people arrested, 12 were women.", "12",
     dict(subject="women")),
    ("logged-participle", "Of the cases received, 2,315 involved fraud.", "2,315",
     dict(subject="cases")),
    # a person named before a place in an 'of' phrase keeps the place out of it
    ("named-person", "John Smith, 47, of Leeds was arrested.", "47", dict(subject="John Smith")),
    # counted nouns of a plural name word stay counts
    ("counted-resolutions", "The council passed 3 resolutions on knife crime.", "3",
     dict(subject="resolutions")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(NEAR_MISSES, 4))
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
