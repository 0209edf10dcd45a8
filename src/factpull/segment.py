"""Split a document into paragraphs and sentences, keeping character offsets.

Paragraphs (blank-line separated) are split first so headlines, bylines and footers never merge
into body sentences. Sentences come from spaCy's rule-based sentencizer on a tokenizer-only
pipeline: fast, and it leaves the statistical parser for the sentences that hold a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n|\r[ \t\f\v]*\r|\n{2,}")
# Text longer than this is cut at whitespace before tokenizing (spaCy's max_length and memory).
MAX_CHUNK = 100_000
# A "sentence" longer than this is a table or a run-on line: parse it in pieces.
MAX_SENTENCE = 2_000


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the document


@cache
def _sentencizer() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_CHUNK + 1
    return nlp


def paragraphs(text: str) -> Iterator[Sentence]:
    """Blank-line separated blocks of ``text``, stripped, with their offsets."""
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _stripped(text, position, match.start())
        position = match.end()
    yield from _stripped(text, position, len(text))


def _stripped(text: str, start: int, end: int) -> Iterator[Sentence]:
    block = text[start:end]
    leading = len(block) - len(block.lstrip())
    block = block.strip()
    if block:
        yield Sentence(block, start + leading)


def chunks(block: Sentence, limit: int = MAX_CHUNK) -> Iterator[Sentence]:
    """Cut an over-long block at whitespace (or hard, when there is none) into pieces <= limit."""
    text, offset = block.text, 0
    while len(text) - offset > limit:
        cut = text.rfind(" ", offset + limit // 2, offset + limit)
        cut = cut if cut > offset else offset + limit
        yield from _stripped_piece(text, offset, cut, block.start)
        offset = cut
    yield from _stripped_piece(text, offset, len(text), block.start)


def _stripped_piece(text: str, start: int, end: int, base: int) -> Iterator[Sentence]:
    for piece in _stripped(text, start, end):
        yield Sentence(piece.text, base + piece.start)


def sentences(block: Sentence) -> Iterator[Sentence]:
    """Sentences of one paragraph, each no longer than MAX_SENTENCE characters."""
    for chunk in chunks(block):
        doc = _sentencizer()(chunk.text)
        for sent in doc.sents:
            piece = Sentence(sent.text, chunk.start + sent.start_char)
            yield from chunks(piece, MAX_SENTENCE)


def split_sentences(text: str) -> Iterator[Sentence]:
    for block in paragraphs(text):
        yield from sentences(block)
