"""Load factpull's own data tables (versioned JSON in models/lexicon, editable without code)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any


def models_dir() -> Path:
    """The models folder: packaged inside the wheel, or at the repository root in a checkout."""
    packaged = Path(__file__).parent / "models"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "models"


def _load(name: str) -> dict[str, Any]:
    path = models_dir() / "lexicon" / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class UnitInfo:
    name: str
    kind: str
    hyphen: bool


@dataclass(frozen=True)
class Lexicon:
    version: str
    currency_prefixes: dict[str, str]  # "US$" -> "USD" (case-sensitive symbols and codes)
    currency_words: dict[str, str]  # "yuan" -> "CNY" (lowercase)
    currency_nq_names: dict[str, str]  # "CNY" -> "chinese yuan"
    currency_minor_words: dict[str, frozenset[str]]  # "USD" -> {"cent", "cents", ...}
    folded_prefixes: dict[str, str]  # ASCII-folded symbols: "PS" (from £) -> "GBP"
    unit_surfaces: dict[str, UnitInfo]  # "kilos" -> kilogram (lowercase)
    qualifiers: dict[str, str]  # "over" -> "more than"
    ambiguous_symbols: dict[str, Any]  # "$" -> {"default": "USD", "cues": {"AUD": [...]}}
    cues: dict[str, Any]
    # ``words`` is called per token and per candidate: each key's set is built once
    _word_sets: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def words(self, key: str) -> frozenset[str]:
        found = self._word_sets.get(key)
        if found is None:
            found = self._word_sets[key] = frozenset(self.cues[key])
        return found


def case_sensitive(surface: str) -> bool:
    """Short unit symbols keep their case: 'g' is grams but 'G' is not, 'GB' is not 'gb'."""
    return len(surface) <= 2 or (len(surface) <= 3 and any(c.isupper() for c in surface))


@cache
def lexicon() -> Lexicon:
    meta = _load("meta.json")
    currency_tables = _load("currencies.json")
    currencies = currency_tables["currencies"]
    units = _load("units.json")["units"]
    cues = _load("cues.json")
    prefixes = {sym: code for code, spec in currencies.items() for sym in spec["prefix"]}
    words = {w.lower(): code for code, spec in currencies.items() for w in spec["words"]}
    unit_surfaces = {
        (surface if case_sensitive(surface) else surface.lower()): UnitInfo(
            name, spec["kind"], spec.get("hyphen", False)
        )
        for name, spec in units.items()
        for surface in spec["surfaces"]
    }
    qualifiers = {
        phrase: canonical for canonical, phrases in cues["qualifiers"].items() for phrase in phrases
    }
    return Lexicon(
        version=meta["version"],
        currency_prefixes=prefixes,
        currency_words=words,
        currency_nq_names={code: spec["nq_name"] for code, spec in currencies.items()},
        currency_minor_words={
            code: frozenset(w.lower() for w in spec["minor"])
            for code, spec in currencies.items()
            if spec.get("minor")
        },
        folded_prefixes={
            k: v
            for k, v in currency_tables["ascii_folded_prefixes"].items()
            if not k.startswith("_")
        },
        unit_surfaces=unit_surfaces,
        qualifiers=qualifiers,
        ambiguous_symbols={
            k: v for k, v in currency_tables["ambiguous_symbols"].items() if not k.startswith("_")
        },
        cues=cues,
    )
