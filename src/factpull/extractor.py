"""The Extractor: document text in, Claim records out. Loads the spaCy pipeline once.

Sentences from all documents stream through one ``nlp.pipe``: many short documents share
batches, and a huge document is processed sentence by sentence, never held as parsed Docs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from factpull.claims import Claim
from factpull.components.phrases import QUANTIFIER_PRONOUNS
from factpull.components.quantities import (
    DOTTED_THOUSANDS_ATTR,
    MENTIONS_ATTR,
    PLACED_LETTERS_ATTR,
)
from factpull.components.roles import TOPIC_ATTR
from factpull.components.tables import CELLS_ATTR, cells_attr
from factpull.currency import relabel, symbol_currencies
from factpull.mentions import Mention
from factpull.pipeline import load_pipeline, resolve_model
from factpull.rate_base import document_rate_base, with_rate_base
from factpull.scan import PLAIN_STYLE, DocumentStyle, document_style, worth_parsing
from factpull.segment import Sentence, split_sentences
from factpull.speakers import SPEAKER_LOOKBACK, QuoteTracker, Speakers

BATCH_SIZE = 64
Document = tuple[str, str] | str  # (doc id, text), or a bare text named by its position
Topic = dict[str, object]  # {"text": antecedent phrase, "plural": its number, "counted": bool}


@dataclass
class _DocumentState:
    """What building one document's claims needs to remember between its sentences."""

    doc_id: str
    currencies: dict[str, str]
    speakers: Speakers
    rate_base: str | None = None  # 'per 100,000 people': what a bare rate is per
    style: DocumentStyle = PLAIN_STYLE  # what the whole text shows: '-26,7%', 'Banjul'
    count: int = 0  # claims so far: the next claim's index
    fresh: list[Claim] = field(default_factory=list)  # claims not yet handed out
    # the last parsed sentence and the last thing it counted: what 'Around a third were ...'
    # in the sentence right after it is a share of
    counted: tuple[Sentence, str | None] | None = None

    def take(self) -> list[Claim]:
        fresh, self.fresh = self.fresh, []
        return fresh


@dataclass(frozen=True)
class ClaimBatch:
    """Claims of one document as they become ready; ``done`` marks its last batch."""

    doc_index: int
    doc_id: str
    claims: list[Claim]
    done: bool


# What travels beside a sentence through ``nlp.pipe``: its document, itself, the one before,
# the sentences since the last parsed one, which held no number, and whether a quote is open
# at its start.
_Context = tuple[_DocumentState, Sentence, Sentence | None, list[Sentence], bool]


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

    def extract_many(self, documents: Iterable[Document]) -> Iterator[list[Claim]]:
        """Claims per document, in input order; accepts texts or (doc id, text) pairs."""
        collected: list[Claim] = []
        for batch in self.stream(documents):
            collected.extend(batch.claims)
            if batch.done:
                yield collected
                collected = []

    def stream(self, documents: Iterable[Document]) -> Iterator[ClaimBatch]:
        """Claims as soon as they are ready, in document order, each document ending with
        a batch whose ``done`` is true (also for documents with no claims)."""
        pending: deque[tuple[int, _DocumentState]] = deque()

        def sentences() -> Iterator[tuple[str | Doc, _Context]]:
            for index, item in enumerate(documents):
                doc_id, text = _as_pair(item, index)
                state = _DocumentState(
                    doc_id, symbol_currencies(text), Speakers(self.nlp), document_rate_base(text),
                    document_style(text),
                )  # fmt: skip
                pending.append((index, state))
                previous, skipped = None, []
                quote = QuoteTracker()
                for sentence in split_sentences(text):
                    worth = worth_parsing(sentence.text, state.style)
                    opened = quote.open_at(sentence)
                    if worth or quote.closes_quoted_figures(sentence):
                        parsed_input = self._input(sentence, state.style)
                        yield parsed_input, (state, sentence, previous, skipped, opened)
                        skipped = []
                    else:
                        skipped = [*skipped[-SPEAKER_LOOKBACK + 1 :], sentence]
                    quote.passed(sentence, worth)
                    previous = sentence

        parsed = self.nlp.pipe(sentences(), as_tuples=True, batch_size=BATCH_SIZE)
        for doc, (state, sentence, previous, skipped, quoted) in parsed:
            while pending[0][1] is not state:  # every earlier document is complete
                index, done = pending.popleft()
                yield ClaimBatch(index, done.doc_id, done.take(), True)
            state.speakers.skipped(skipped)
            self._add_sentence(state, doc, sentence, previous, quoted)
            # claims still waiting for their quote's speaker stay until it is read
            if len(state.fresh) >= BATCH_SIZE and not state.speakers.waiting:
                yield ClaimBatch(pending[0][0], state.doc_id, state.take(), False)
        while pending:
            index, done = pending.popleft()
            yield ClaimBatch(index, done.doc_id, done.take(), True)

    def _input(self, sentence: Sentence, style: DocumentStyle) -> str | Doc:
        """What ``nlp.pipe`` parses: the text, or a Doc that carries to
        ``factpull_quantities`` a table row's cells under a unit-stating header, or what the
        document shows of its writing."""
        if not sentence.cells and style == PLAIN_STYLE:
            return sentence.flowing_text
        doc = self.nlp.make_doc(sentence.flowing_text)
        if sentence.cells:
            doc._.set(CELLS_ATTR, cells_attr(sentence.cells))
        doc._.set(DOTTED_THOUSANDS_ATTR, style.dotted_thousands)
        doc._.set(PLACED_LETTERS_ATTR, sorted(style.placed_letters))
        return doc

    # -- claims ---------------------------------------------------------------------------------
    def _add_sentence(
        self,
        state: _DocumentState,
        doc: Doc,
        sentence: Sentence,
        previous: Sentence | None,
        quoted: bool,
    ) -> None:
        mentions = [Mention.from_dict(d) for d in doc._.get(MENTIONS_ATTR) or []]
        _resolve_elided(mentions, state, sentence, previous)
        if previous is not None and any(
            m.subject_is_pronoun or m.agent_is_pronoun for m in mentions
        ):
            # the previous sentence's antecedents: it is parsed once, kept with the speakers
            topic = state.speakers.previous_doc(previous)._.get(TOPIC_ATTR) or []
            self._resolve_pronouns(mentions, topic)
        _drop_lone_quantifiers(mentions)
        first_index = state.count
        late = state.speakers.attribute(doc, sentence, previous, quoted, mentions, first_index)
        if late:  # a quote's close names who said the claims inside it
            state.fresh = [
                replace(c, attribution=late[c.index]) if c.index in late else c for c in state.fresh
            ]
        for offset, mention in enumerate(mentions):
            mention.attribution = mention.attribution or sentence.source  # 'Source: ...' line
            state.fresh.append(_claim(state, first_index + offset, mention, sentence, first_index))
        state.count += len(mentions)

    @staticmethod
    def _resolve_pronouns(mentions: list[Mention], topic: list[Topic]) -> None:
        """'They also have solved 32,000 cases': 'They' is the previous sentence's subject.
        'I', 'we' and 'you' are the writer or a speaker, never the previous subject."""
        for mention in mentions:
            if mention.subject_is_pronoun:
                mention.subject = _antecedent(mention.subject, topic) or mention.subject
            if mention.agent_is_pronoun:
                mention.agent = _antecedent(mention.agent, topic) or mention.agent


def _drop_lone_quantifiers(mentions: list[Mention]) -> None:
    """A quantifier whose group went unnamed names nothing: 'Most were aged 18 to 25' opening
    a story has no subject, rather than 'Most'."""
    for mention in mentions:
        if mention.subject_is_pronoun and (mention.subject or "").lower() in QUANTIFIER_PRONOUNS:
            mention.subject = None


def _resolve_elided(
    mentions: list[Mention], state: _DocumentState, sentence: Sentence, previous: Sentence | None
) -> None:
    """'Police arrested 1,204 people. Around a third were aged between 15 and 19': a figure
    standing for its clause's subject (``subject_elided``) or a share of 'them' ('Twelve of
    them') counts the last thing counted before it, in its own sentence or in the sentence
    just before in the same paragraph. A figure 'This'/'That' points back at ('That's down
    from 112') or a share of 'those' ('Of those, 38 were ...') counts it too, also across a
    paragraph break: news gives a sentence its own paragraph."""
    counted = state.counted
    before = counted[1] if counted is not None and counted[0] is previous else None
    same_paragraph = previous is not None and previous.paragraph == sentence.paragraph
    last = before if same_paragraph else None
    for mention in mentions:
        pronoun = (mention.subject or "").lower() if mention.subject_is_pronoun else ""
        elided = mention.subject_elided and mention.subject is None
        # 'Of these, 12 were charged': unless the clause names its own noun ('were juveniles')
        of_group = mention.subject_of_group and (mention.subject is None or mention.subject_implied)
        # also across a paragraph break ('Twelve of them'; not 'Those aged 30 to 49')
        points_back = pronoun in _POINTERS or pronoun == "them" or of_group
        earlier = before if points_back and last is None else last
        grouped = pronoun in _GROUPS or pronoun in QUANTIFIER_PRONOUNS  # 'Most were aged 18'
        if earlier is not None and (points_back or grouped or elided):
            mention.subject, mention.subject_is_pronoun = earlier, False
        elif mention.kind in _COUNTING_KINDS and mention.subject and not pronoun:
            # not an implied 'people': 'Nineteen were charged, while the remaining four ...'
            last = last if mention.subject_implied else mention.subject
    state.counted = (sentence, last)


# Figures whose subject a later share may count: '1,204 people', '84% of sexual assault victims'.
_COUNTING_KINDS = frozenset({"count", "percent"})
_GROUPS = frozenset({"them", "these", "those"})  # 'Twelve of them', 'Of these, 12 ...'
_POINTERS = frozenset({"this", "that"})  # 'That is a drop of about 27 per cent'
_PERSONAL = frozenset({"i", "we", "you", "us", "one", "there"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "these", "those"}) | QUANTIFIER_PRONOUNS
# Not 'this'/'that': they point back at a whole figure ('7.5 million crimes. This was down').
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "him", "her"})


def _antecedent(pronoun: str | None, topic: list[Topic]) -> str | None:
    """The first antecedent whose number agrees with the pronoun ('It' never takes
    'Police'); None for the writer or a speaker ('we'), or when nothing agrees."""
    word = (pronoun or "").lower()
    if not word or word in _PERSONAL:
        return None
    if word == "them":  # "Officers cleared up 87 402 of them": the crimes counted, not police
        topic = sorted(topic, key=lambda candidate: not candidate.get("counted"))
    for candidate in topic:
        plural = bool(candidate["plural"])
        if (word in _PLURAL_PRONOUNS and not plural) or (word in _SINGULAR_PRONOUNS and plural):
            continue
        return str(candidate["text"])
    return None


def _as_pair(item: Document, index: int) -> tuple[str, str]:
    if isinstance(item, str):
        return str(index), item
    return item


def _claim(
    state: _DocumentState, index: int, m: Mention, sentence: Sentence, first_index: int
) -> Claim:
    offset = sentence.start
    return Claim(
        doc=state.doc_id,
        index=index,
        text=sentence.text[m.start : m.end],
        start=offset + m.start,
        end=offset + m.end,
        value=_size(m, m.value),
        value_high=None if m.value_high is None else _size(m, m.value_high),
        unit=with_rate_base(
            relabel(m.unit, m.currency_symbol, state.currencies), m.kind, state.rate_base
        ),
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


def _size(m: Mention, value: float) -> float:
    """A change's value is its size, its direction is ``change``: '-6.2%' in a table row and
    'fell 6.2%' are both 6.2, decrease. Other negatives stay ('minus-7 yards', '($4.2m)')."""
    return abs(value) if m.sign == "-" and m.change == "decrease" else value


def extract(text: str, doc: str = "-") -> list[Claim]:
    """Claims in ``text`` with a shared default Extractor (loaded on first call)."""
    return _default_extractor().extract(text, doc)


_DEFAULT: Extractor | None = None


def _default_extractor() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT
