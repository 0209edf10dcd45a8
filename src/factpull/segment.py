"""Split a document into sentences, keeping character offsets.

Paragraphs (blank-line separated, from ``readers.iter_paragraphs``) come first, so headlines,
bylines and footers never merge into body sentences. Sentences come from spaCy's rule-based
sentencizer on a tokenizer-only pipeline: fast, and it leaves the statistical parser for the
sentences that hold a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language

from factpull.readers import MAX_PARAGRAPH_CHARS, iter_paragraphs

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
    nlp.max_length = MAX_PARAGRAPH_CHARS + 1
    return nlp


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of ``text`` in order, each at most MAX_SENTENCE characters, stripped."""
    for paragraph in iter_paragraphs(text):
        doc = _sentencizer()(paragraph.text)
        for sent in doc.sents:
            start = paragraph.start + sent.start_char
            for piece in iter_paragraphs(sent.text, max_chars=MAX_SENTENCE):
                yield Sentence(piece.text, start + piece.start)
