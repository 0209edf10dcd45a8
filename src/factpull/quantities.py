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

from factpull.assets import lexicon, models_dir

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
def _unit_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """quantulum3's unit words (lowercase) and symbols (exact case), from the file that
    ``scripts/build_quantulum_units.py`` generates for the pinned quantulum3."""
    path = models_dir() / "lexicon" / "quantulum3-units.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    ordinary = _common_words()
    words = frozenset(w for w in data["words"] if len(w) > 1 and w not in ordinary)
    # Lowercase letter symbols ("at" for technical atmospheres, "in") read as English words.
    symbols = frozenset(s for s in data["symbols"] if _distinct_symbol(s, ordinary))
    return words, symbols


@cache
def _count_nouns() -> frozenset[str]:
    """Words quantulum3 takes for units that name what is counted ('14 sets of licence plates',
    '30 pairs of shoes'): the number stays a count, the word starts its subject."""
    path = models_dir() / "lexicon" / "units.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["count_nouns"])


@cache
def _common_words() -> frozenset[str]:
    """quantulum3's own list of English words that are also unit names or symbols."""
    common = resources.files("quantulum3").joinpath("_lang", "en_US", "common-words.json")
    common_words = json.loads(common.read_text("utf-8")).values()
    return frozenset(w.lower() for words in common_words for w in words)


def _distinct_symbol(symbol: str, ordinary: frozenset[str]) -> bool:
    """A unit symbol that cannot be read as an English word ('at', 'in', 'a' can)."""
    short_word = symbol.isalpha() and symbol.islower() and len(symbol) <= 3
    return len(symbol) > 1 and symbol.lower() not in ordinary and not short_word


_WORD = re.compile(r"[^\W\d_][\w°²³/-]*|°\w*")


def looks_like_unit(following_text: str) -> bool:
    """Cheap test before asking quantulum3: is the next word in its unit vocabulary?"""
    match = _WORD.match(following_text.lstrip())
    if not match:
        return False
    words, symbols = _unit_vocabulary()
    word = match.group()
    known = word.lower() in lexicon().unit_surfaces or word in lexicon().unit_surfaces
    if known or word.lower() in _count_nouns():
        return False
    return word.lower() in words or word in symbols


def _word_part(dimensions: list[dict[str, object]]) -> str | None:
    """The surface of a compound unit's later part that is an English word ('at', 'in'),
    which quantulum3 glues on ('cent ampere-turn', 'kilowatt inch'), else None."""
    for part in dimensions[1:]:
        surface = str(part.get("surface") or "")
        if surface and not _distinct_symbol(surface, _common_words()):
            return surface
    return None


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
    word_part = _word_part(first.unit.original_dimensions)
    if word_part is not None:  # "19 cents at": 'at' is no ampere-turn; read "19 cents" alone
        cut = text.rfind(word_part, 0, first.span[1])
        return read_unit(text[:cut].rstrip()) if cut > 0 else None
    if first.unit.entity.name == "currency":
        return None  # currencies come from our own table, with ISO codes
    kind = _ENTITY_KINDS.get(first.unit.entity.name, "other")
    return UnitReading(unit=unit_name, kind=kind, length=first.span[1])
