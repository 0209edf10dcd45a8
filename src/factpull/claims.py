"""The Claim record: the one schema behind every output format (JSON, JSONL, CSV, TSV, table)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

SCHEMA_VERSION = "1.1"

KINDS = ("count", "money", "percent", "duration", "age", "weight", "rate", "ordinal", "other")
CHANGES = ("increase", "decrease")


@dataclass(frozen=True)
class Claim:
    """One numeric claim found in a document.

    Offsets index the decoded document text: ``doc_text[start:end] == text`` always holds.
    """

    doc: str
    index: int
    text: str
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str | None
    kind: str
    qualifier: str | None
    subject: str | None
    change: str | None
    attribution: str | None
    predicate: str | None
    agent: str | None
    sentence: str
    sentence_start: int
    equivalent_of: int | None
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Claim))
