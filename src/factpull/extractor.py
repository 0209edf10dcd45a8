"""The Extractor: document text in, Claim records out. Loads the spaCy pipeline once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from factpull.claims import Claim
from factpull.components.quantities import MENTIONS_ATTR
from factpull.components.roles import TOPIC_ATTR
from factpull.currency import relabel, symbol_currencies
from factpull.mentions import Mention
from factpull.pipeline import load_pipeline, resolve_model
from factpull.scan import has_number
from factpull.segment import Sentence, split_sentences

BATCH_SIZE = 64


@dataclass
class _Parsed:
    sentence: Sentence
    doc: Doc | None  # None: no number in it, so it was never parsed


class Extractor:
    """Reusable extractor: ``Extractor().extract(text)`` -> list of Claims.

    The pipeline loads on first use, once per Extractor; keep one for many documents.
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = resolve_model(model)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model)
        return self._nlp

    def extract(self, text: str, doc: str = "-") -> list[Claim]:
        """All claims in one document, in text order. ``doc`` names it in each Claim."""
        return next(self.extract_many([(doc, text)]))

    def extract_many(self, documents: Iterable[tuple[str, str] | str]) -> Iterator[list[Claim]]:
        """Claims per document, in input order; accepts texts or (doc id, text) pairs.

        Sentences of consecutive documents share ``nlp.pipe`` batches, so many short texts
        (benchmark sentences, a folder of articles) run at full speed.
        """
        buffer: list[tuple[str, str, list[_Parsed]]] = []
        waiting = 0
        for index, item in enumerate(documents):
            doc_id, text = _as_pair(item, index)
            parsed = [_Parsed(s, None) for s in split_sentences(text)]
            buffer.append((doc_id, text, parsed))
            waiting += sum(1 for p in parsed if has_number(p.sentence.text))
            if waiting >= BATCH_SIZE:
                yield from self._flush(buffer)
                buffer, waiting = [], 0
        yield from self._flush(buffer)

    # -- parsing --------------------------------------------------------------------------------
    def _flush(self, buffer: list[tuple[str, str, list[_Parsed]]]) -> Iterator[list[Claim]]:
        """Parse every sentence with a number in the buffered documents in one ``nlp.pipe``."""
        wanted = [p for _, _, parsed in buffer for p in parsed if has_number(p.sentence.text)]
        texts = (p.sentence.text for p in wanted)
        for item, doc in zip(wanted, self.nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
            item.doc = doc
        for doc_id, text, parsed in buffer:
            yield self._claims(doc_id, parsed, symbol_currencies(text))

    def _topic_of(self, parsed: _Parsed) -> str | None:
        if parsed.doc is None:
            parsed.doc = self.nlp(parsed.sentence.text)
        return parsed.doc._.get(TOPIC_ATTR)

    # -- claims ---------------------------------------------------------------------------------
    def _claims(
        self, doc_id: str, parsed: list[_Parsed], currencies: dict[str, str]
    ) -> list[Claim]:
        claims: list[Claim] = []
        for position, item in enumerate(parsed):
            if item.doc is None:
                continue
            mentions = [Mention.from_dict(d) for d in item.doc._.get(MENTIONS_ATTR) or []]
            if any(m.subject_is_pronoun or m.agent_is_pronoun for m in mentions) and position:
                self._resolve_pronouns(mentions, self._topic_of(parsed[position - 1]))
            first_index = len(claims)
            claims.extend(
                _claim(doc_id, first_index + i, m, item.sentence, first_index, currencies)
                for i, m in enumerate(mentions)
            )
        return claims

    @staticmethod
    def _resolve_pronouns(mentions: list[Mention], topic: str | None) -> None:
        """'They also have solved 32,000 cases': 'They' is the previous sentence's subject."""
        if topic is None:
            return
        for mention in mentions:
            if mention.subject_is_pronoun:
                mention.subject = topic
            if mention.agent_is_pronoun:
                mention.agent = topic


def _as_pair(item: tuple[str, str] | str, index: int) -> tuple[str, str]:
    if isinstance(item, str):
        return str(index), item
    return item


def _claim(
    doc_id: str, index: int, m: Mention, sentence: Sentence, first_index: int,
    currencies: dict[str, str],
) -> Claim:  # fmt: skip
    offset = sentence.start
    return Claim(
        doc=doc_id,
        index=index,
        text=sentence.text[m.start : m.end],
        start=offset + m.start,
        end=offset + m.end,
        value=m.value,
        value_high=m.value_high,
        unit=relabel(m.unit, m.currency_symbol, currencies),
        kind=m.kind,
        qualifier=m.qualifier,
        subject=m.subject,
        change=m.change,
        attribution=m.attribution,
        predicate=m.predicate,
        agent=m.agent,
        sentence=sentence.text,
        sentence_start=offset,
        equivalent_of=None if m.equivalent_of is None else first_index + m.equivalent_of,
    )


def extract(text: str, doc: str = "-") -> list[Claim]:
    """Claims in ``text`` with a shared default Extractor (loaded on first call)."""
    return _default_extractor().extract(text, doc)


_DEFAULT: Extractor | None = None


def _default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
