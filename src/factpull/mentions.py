"""Mention: what the pipeline components write on a Doc, as plain serializable data.

Components store ``Mention.to_dict()`` values in ``doc._.factpull_mentions`` so docs survive
``nlp.pipe(n_process=N)`` (spaCy pickles ``Doc._`` values through msgpack: dataclasses would
not survive). Offsets are characters into ``doc.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass
class Mention:
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str | None
    kind: str
    qualifier: str | None
    token_start: int  # token span of the number itself (no unit or currency words)
    token_end: int
    unit_token_start: int  # token span of the whole mention
    unit_token_end: int
    form: str = "digits"
    subject: str | None = None
    change: str | None = None
    predicate: str | None = None
    agent: str | None = None
    attribution: str | None = None
    equivalent_of: int | None = None  # index of another mention in the same Doc
    currency_symbol: str | None = None  # "$": the document's place words decide the currency
    sign: str | None = None  # "+"/"-" written before the number
    subject_is_pronoun: bool = False
    agent_is_pronoun: bool = False
    # "Around a third were aged 15 to 19": no noun, the figure stands for the clause's subject
    # and counts what the text just named (the extractor fills ``subject`` from before)
    subject_elided: bool = False
    subject_implied: bool = False  # "Police arrest 14": 'suspects', which the text never wrote
    # "Of these, 12 were charged": a share of the group counted just before, which the
    # extractor names when it can (else the subject found here stays)
    subject_of_group: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)  # flat fields only: much cheaper than dataclasses.asdict

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
