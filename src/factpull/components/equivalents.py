"""Equivalents and comparisons: how neighbouring mentions of one sentence share a measure.

A parenthetical conversion ('29.95 billion yuan ($4.58 billion)') points at the amount it
converts (``equivalent_of``) and shares its subject and change; a restatement ('60% of its
market cap, or $30 billion') and a compared figure ('fell to $5m, from $6m') share the subject.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from factpull.mentions import Mention

_PARENTHETICAL_EQUIVALENT = re.compile(
    r"^\s*(?:\(|,\s*or|or)\s*(?:about|around|approximately|roughly|some|nearly|almost|~|≈)?\s*$",
    re.IGNORECASE,
)
# "60% of its market cap, or more than $30 billion": another measure of the same thing.
_RESTATEMENT = re.compile(
    r"^(?:\s+of\s+[^,;()]+)?\s*(?:\(|,\s*or|or)\s*"
    r"(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|approximately|"
    r"roughly|some|up\s+to|at\s+least)?\s*$",
    re.IGNORECASE,
)


# "fell to $5m, from $6m", "R$ 47m, against R$ 62m": the compared figure of the same thing.
_COMPARED = re.compile(
    r"^\s*,?\s*(?:up\s+|down\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)


def link_equivalents(doc: Doc, mentions: list[Mention]) -> None:
    """'29.95 billion yuan ($4.58 billion)': the second restates the first."""
    text = doc.text  # joined from the tokens on each access
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        between = text[first.end : second.start]
        if second.subject is None and first.kind == second.kind and _COMPARED.match(between):
            second.subject = first.subject  # "fell to $5m, from $6m": the same measure
            second.subject_is_pronoun = first.subject_is_pronoun
        if first.kind != second.kind:
            restated = _RESTATEMENT.match(between) and not first.subject_is_pronoun
            if second.subject is None and restated:
                second.subject = first.subject  # "60% of its market cap, or $30 billion"
                second.subject_is_pronoun = first.subject_is_pronoun
            continue
        if not _PARENTHETICAL_EQUIVALENT.match(between):
            continue
        second.equivalent_of = index
        if first.subject is not None:
            second.subject = first.subject  # a conversion restates the same amount
            second.subject_is_pronoun = first.subject_is_pronoun
        else:
            first.subject = second.subject
        if second.change is None:
            second.change = first.change
