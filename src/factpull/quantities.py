"""The quantulum3 adapter: the one place factpull talks to quantulum3.

factpull reads numbers itself (``scan.py``): quantulum3 gets them wrong in ways news text hits
all the time, and each is covered by a test in ``tests/test_quantities.py``:

- "29.95 billion yuan ($4.58 billion)": it reads the parenthesised amount as negative;
- "third-party": it reports 1/3;
- "€2.5m", "$3bn", "£40k": it misses the scale suffix (2.5 euro-metres);
- "5 crore rupees", "2.5 lakh": it ignores Indian scale words;
- "more than 17,000": it drops the qualifier; "20 to 35": it reports 27.5 ± 7.5.

What quantulum3 is good at is its unit table (mph, horsepower, gigabytes, square feet, ...).
So it only ever sees one detected mention plus the few words after it, and only when those words
look like a unit our own tables (``models/lexicon/units.json``) do not know. Its import-time
warning is silenced, its ``logging.basicConfig`` call is undone, and it is imported lazily so a
document that never needs it never pays its ~2 s first-parse cost.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factpull.assets import lexicon

# quantulum3 entity -> factpull claim kind
_ENTITY_KINDS = {
    "mass": "weight",
    "time": "duration",
    "currency": "money",
}
# Units quantulum3 finds in ordinary words ("a", "in", "point"): never trusted from it.
_DISTRUSTED_UNITS = frozenset({"dimensionless", "unk", "count", "inch", "point", "sen", "cent"})


@dataclass(frozen=True)
class UnitReading:
    """quantulum3's reading of the unit after a number, already mapped to factpull's names."""

    unit: str
    kind: str
    length: int  # characters of the given text covered by number + unit


@cache
def _unit_words() -> frozenset[str]:
    """Every surface and symbol in quantulum3's unit tables, lowercased; cheap to build."""
    words: set[str] = set()
    for parts in (("units.json",), ("_lang", "en_US", "units.json")):
        data = json.loads(resources.files("quantulum3").joinpath(*parts).read_text("utf-8"))
        for name, spec in data.items():
            for surface in (name, *spec.get("surfaces", []), *spec.get("symbols", [])):
                words.update(surface.lower().split())
    common = resources.files("quantulum3").joinpath("_lang", "en_US", "common-words.json")
    for entries in json.loads(common.read_text("utf-8")).values():
        words.difference_update(w.lower() for w in entries)
    return frozenset(w for w in words if len(w) > 1 and not w.isdigit())


_WORD = re.compile(r"[^\W\d_][\w°²³/-]*|°\w*")


def looks_like_unit(following_text: str) -> bool:
    """Cheap test before asking quantulum3: is the next word in its unit vocabulary?"""
    match = _WORD.match(following_text.lstrip())
    if not match:
        return False
    word = match.group().lower()
    return word in _unit_words() and word not in lexicon().unit_surfaces


@contextmanager
def _quiet_quantulum() -> Iterator[None]:
    """Keep quantulum3 from warning at import and from reconfiguring the root logger."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            yield
        finally:
            root.handlers[:] = handlers
            root.setLevel(level)


def read_unit(text: str) -> UnitReading | None:
    """quantulum3's unit for the quantity at the start of ``text`` ("5 mph ..."), if any."""
    with _quiet_quantulum():
        from quantulum3 import parser

        quantities = parser.parse(text)
    if not quantities:
        return None
    first = quantities[0]
    unit_name = first.unit.name
    if first.span[0] != 0 or unit_name in _DISTRUSTED_UNITS:
        return None
    if first.unit.entity.name == "currency":
        return None  # currencies come from our own table, with ISO codes
    kind = _ENTITY_KINDS.get(first.unit.entity.name, "other")
    return UnitReading(unit=unit_name, kind=kind, length=first.span[1])
