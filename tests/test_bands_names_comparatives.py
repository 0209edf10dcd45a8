"""Age bands ('the 51 to 60 age group'), Romanian lei written 'RON', 'incl.' inside a table
label, a person named after a titled post and a relative clause, 'more' of a noun as a level,
a ranking's next place in another measure, a bare participle's change ('Homicide cases reduced
by 312'), and what a span 'from' one figure applies to. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params

ROWS: list[tuple[Any, ...]] = [
    # an age band
    ("age-group", "The 51 to 60 age group made the most reports.", "51 to 60",
     dict(kind="age", unit="year", value=51, value_high=60)),
    ("age-bracket", "Victims in the 18-24 age bracket lost the least.", "18-24",
     dict(kind="age", value=18, value_high=24)),
    # near miss: a count of groups
    ("count-of-groups", "Police dismantled 51 groups.", "51", dict(kind="count")),
    # Romanian lei written as a code before the amount
    ("ron-code", "Prosecutors seized assets worth RON 1.27 billion (about EUR 255 million).",
     "RON 1.27 billion", dict(unit="RON", kind="money", value=1.27e9, subject="assets")),
    # 'incl.' inside a table label is no sentence end
    ("incl-label", "Offence | 2023 | 2024 | Change |\nMurders (incl. attempts) | 143 | 128 | "
     "-10.5% |", "128", dict(subject="Murders (incl. attempts)")),
    # a person named after a titled post, with a relative clause after the name
    ("post-name-relative", "The State Commander, Sule Garba Danladi, who spoke in Kano on "
     "Monday, said 43 suspects were arrested.", "43",
     dict(attribution="Sule Garba Danladi")),
    # 'more' of a noun is a level; with 'than' it is a difference
    ("more-of-noun", "The agency needs at least 70 more prosecutors.", "70",
     dict(subject="prosecutors", change=None, qualifier="at least")),
    ("more-than", "Police recorded 40 more burglaries than in 2023.", "40",
     dict(subject="burglaries", change="increase")),
    ("times-higher", "Black people were searched at a rate 3.7 times higher than White people.",
     "3.7", dict(change="increase")),
    # a ranking's next place keeps no direction from a figure of another measure
    ("ranked-next-other-measure", "Vilnius accounted for 38 percent of all registered crimes, "
     "up 2 percentage points, followed by Kaunas with 19 percent.", "19 percent",
     dict(change=None, subject="registered crimes")),
    ("ranked-next-same-measure", "Ontario saw the steepest drop, at 23.4 per cent, followed by "
     "Quebec at 20.8 per cent.", "20.8 per cent", dict(change="decrease")),
    # a bare participle's 'by' figure is a change
    ("bare-participle-change", "• Homicide cases reduced by 312, from 4,106 to 3,794", "312",
     dict(change="decrease", subject="Homicide cases")),
    # near miss: a passive's agent
    ("passive-agent", "The unit was boosted by 300 officers.", "300", dict(change=None)),
    # what a span 'from' one figure applies to
    ("cut-from", "A new laboratory would cut the time taken to analyse exhibits from six "
     "months to three weeks.", "six months", dict(subject="time", kind="duration")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)
