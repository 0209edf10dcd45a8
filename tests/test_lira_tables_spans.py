"""Turkish lira written 'TL', stub headers that open or end with a dimension ('Group of
participating States'), columns named by a noun and its participle ('Victims identified'),
a row label's unit bracket ('Violent crime share (%)'), a change verb with a long object
before 'from ... to', a percentage in a passive ('inflated by up to 300%') and a span 'over'
which something was carried out. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

GROUPS = (
    "Table 1. Victims, prosecutions and convictions, 2020–2024\n\n"
    "Group of participating States | Victims identified | Defendants prosecuted | "
    "Convictions\nEU member States (3) | 1,416 | 498 | 201\nTotal | 3,482 | 1,084 | 412"
)
QUARTERS = (
    "Offence group                         Q3 2024   Q3 2025   % change\n"
    "Burglary and related offences         12,904    11,736     -9.1"
)

ROWS: list[tuple[Any, ...]] = [
    # Turkish lira as Turkish outlets write it
    ("tl-prefix", "Police seized TL 38 million in cash and 14 luxury vehicles.", "TL 38 million",
     dict(unit="TRY", kind="money", value=38e6, subject="cash")),
    ("tl-range", "Students were paid between TL 5,000 and TL 15,000.", "TL 5,000 and TL 15,000",
     dict(unit="TRY", value=5000, value_high=15000)),
    # a stub header naming groups: the cells count what their columns name
    ("group-stub-participle", GROUPS, "1,416", dict(subject="Victims identified")),
    ("group-stub-noun", GROUPS, "412", dict(subject="Convictions")),
    # near miss: a stub header that names what the rows are counted as, over period columns
    ("offence-group-stub", QUARTERS, "11,736", dict(subject="Burglary and related offences")),
    # a row label's bracket that states its unit
    ("label-unit-bracket", "Indicator                    2023       2024\n"
     "Violent crime share (%)       7.9        7.4", "7.4",
     dict(subject="Violent crime share", unit="percent")),
    ("label-other-bracket", "Sexual assault (level 1)    412    398", "398",
     dict(subject="Sexual assault (level 1)")),
    # a change verb and what changed, then 'from X to Y': two levels
    ("raised-threshold", "The amended code raised the threshold for small damage from €266 to "
     "€700.", "€700", dict(value=700, value_high=None)),
    # no agent is a percentage
    ("passive-percent", "Prices for some products were inflated by up to 300%.", "300%",
     dict(change="increase", qualifier="up to")),
    ("passive-agent-count", "The unit was boosted by 300 officers.", "300", dict(change=None)),
    # a span over which something was done
    ("carried-out-over", "Police arrested 23 suspects in raids carried out over seven days.",
     "seven days", dict(qualifier=None, kind="duration")),
    ("held-for-over", "He was held for over 10 hours.", "10 hours",
     dict(qualifier="more than")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
