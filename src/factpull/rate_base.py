"""The population base a document states its rates in: a story that writes "19.1 per 100,000
people" once goes on with "Honduras posted a rate of 31.1" and "a rate of 3.3 per 100,000";
both are per 100,000 people. Read from the whole text before its sentences are parsed, like
the currency a bare "$" means (``factpull.currency``), so claims can be handed out as soon as
their sentence is read."""

from __future__ import annotations

import re

# "per 100,000 people", "per 100 000 inhabitants", "per 1,000 residents": a base and who it
# counts. Only bases of people or households: "per 100 vehicles" bases no population rate.
_POPULATION_BASE = re.compile(
    r"(?i)\bper[ \u00a0]+(?P<base>\d{1,3}(?:[, \u00a0]?\d{3})*)[ \u00a0]+"
    r"(?P<noun>people|persons|residents|inhabitants|population|citizens|households)\b"
)
_BARE_BASE = re.compile(r"per (?P<base>[\d,]+)")


def document_rate_base(text: str) -> str | None:
    """The one population base the text states ('per 100,000 people'); None when it states
    none, or several ('per 100,000 people' and 'per 1,000 households' leave a bare rate
    unplaced)."""
    bases = {
        f"per {_grouped(m.group('base'))} {m.group('noun').lower()}"
        for m in _POPULATION_BASE.finditer(text)
    }
    return bases.pop() if len(bases) == 1 else None


def with_rate_base(unit: str | None, kind: str, base: str | None) -> str | None:
    """A rate's unit with the document's base filled in: a bare rate ('a rate of 31.1') takes
    it whole, a base without its noun ('3.3 per 100,000') the noun of the same base. Any
    other unit stays."""
    if base is None or kind != "rate":
        return unit
    if unit is None:
        return base
    bare = _BARE_BASE.fullmatch(unit)
    if bare is not None and base.startswith(f"per {bare.group('base')} "):
        return base
    return unit


def _grouped(digits: str) -> str:
    """'100 000' and '100000' as the units write them: '100,000'."""
    return f"{int(re.sub(r'[^0-9]', '', digits)):,}"
