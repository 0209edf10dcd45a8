"""The Extractor: document text in, Claim records out. Loads the spaCy pipeline once.

Sentences from all documents stream through one ``nlp.pipe``: many short documents share
batches, and a huge document is processed sentence by sentence, never held as parsed Docs.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from factpull.assets import lexicon
from factpull.claims import Claim
from factpull.components.attribution import named_people, plural_speaker
from factpull.components.quantities import MENTIONS_ATTR
from factpull.components.roles import SPEAKER_ATTR, SPEAKER_LOCAL_ATTR, TOPIC_ATTR
from factpull.components.tables import CELLS_ATTR, cells_attr
from factpull.currency import relabel, symbol_currencies
from factpull.mentions import Mention
from factpull.numerals import NUMBER_WORDS
from factpull.pipeline import load_pipeline, resolve_model
from factpull.scan import worth_parsing
from factpull.segment import Sentence, split_sentences

BATCH_SIZE = 64
# How many sentences back a 'he said' looks for the person it means.
SPEAKER_LOOKBACK = 40
Document = tuple[str, str] | str  # (doc id, text), or a bare text named by its position
Topic = dict[str, object]  # {"text": antecedent phrase, "plural": its grammatical number}


@dataclass
class _Seen:
    """A sentence the document has passed, with its parse once it has one."""

    sentence: Sentence
    doc: Doc | None = None


@dataclass
class _DocumentState:
    """What building one document's claims needs to remember between its sentences."""

    doc_id: str
    currencies: dict[str, str]
    count: int = 0  # claims so far: the next claim's index
    fresh: list[Claim] = field(default_factory=list)  # claims not yet handed out
    last_parsed: Sentence | None = None
    last_topic: list[Topic] = field(default_factory=list)
    last_speaker: str | None = None  # the last parsed sentence's attribution
    last_local: bool = False  # it was an 'according to X', which the next sentence not shares
    # the sentences before, newest last: where a 'he said' finds the person it means
    seen: deque[_Seen] = field(default_factory=lambda: deque(maxlen=SPEAKER_LOOKBACK))
    # person (surname) -> the pronoun once used for them: a 'she' is no 'he' later on
    pronouns: dict[str, str] = field(default_factory=dict)
    quote_speaker: str | None = None  # who speaks the quote still open, when known
    # claims inside the open quote with no speaker yet: its closing 'X said' states them
    quote_waiting: list[int] = field(default_factory=list)

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
                state = _DocumentState(doc_id, symbol_currencies(text))
                pending.append((index, state))
                previous, skipped = None, []
                quote = _QuoteTracker()
                for sentence in split_sentences(text):
                    worth = worth_parsing(sentence.text)
                    opened = quote.open_at(sentence)
                    if worth or quote.closes_quoted_figures(sentence):
                        yield self._input(sentence), (state, sentence, previous, skipped, opened)
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
            state.seen.extend(_Seen(s) for s in skipped)
            self._add_sentence(state, doc, sentence, previous, quoted)
            state.seen.append(_Seen(sentence, doc))
            # claims still waiting for their quote's speaker stay until it is read
            if len(state.fresh) >= BATCH_SIZE and not state.quote_waiting:
                yield ClaimBatch(pending[0][0], state.doc_id, state.take(), False)
        while pending:
            index, done = pending.popleft()
            yield ClaimBatch(index, done.doc_id, done.take(), True)

    def _input(self, sentence: Sentence) -> str | Doc:
        """What ``nlp.pipe`` parses: the text, or for a table row under a unit-stating header
        a Doc that carries the row's cells to ``factpull_quantities``."""
        if not sentence.cells:
            return sentence.text
        doc = self.nlp.make_doc(sentence.text)
        doc._.set(CELLS_ATTR, cells_attr(sentence.cells))
        return doc

    # -- claims ---------------------------------------------------------------------------------
    def _add_sentence(
        self,
        state: _DocumentState,
        doc: Doc,
        sentence: Sentence,
        previous: Sentence | None,
        quoted: bool = False,
    ) -> None:
        mentions = [Mention.from_dict(d) for d in doc._.get(MENTIONS_ATTR) or []]
        if previous is not None and any(
            m.subject_is_pronoun or m.agent_is_pronoun for m in mentions
        ):
            self._resolve_pronouns(mentions, self._topic_of(state, previous))
        speaker = self._speaker(state, doc, sentence, previous, mentions)
        speaker = self._quote_speaker(state, doc, sentence, quoted, speaker, mentions)
        first_index = state.count
        for offset, mention in enumerate(mentions):
            state.fresh.append(_claim(state, first_index + offset, mention, sentence, first_index))
        state.count += len(mentions)
        state.last_parsed, state.last_topic = sentence, doc._.get(TOPIC_ATTR) or []
        state.last_speaker = speaker
        local = bool(doc._.get(SPEAKER_LOCAL_ATTR))
        state.last_local = local and speaker == doc._.get(SPEAKER_ATTR)

    def _speaker(
        self,
        state: _DocumentState,
        doc: Doc,
        sentence: Sentence,
        previous: Sentence | None,
        mentions: list[Mention],
    ) -> str | None:
        """The sentence's attribution, carried from the sentence just before in the same
        paragraph when it goes on with the same statement: 'It added that ...' (a pronoun
        speaker), 'They also seized ...' (a pronoun subject), the rest of an open quote."""
        own = doc._.get(SPEAKER_ATTR)
        if own is not None and own.lower() in _PERSON_PRONOUNS:
            return self._person_speaker(state, sentence, previous, own, mentions)
        if previous is None or previous.paragraph != sentence.paragraph or not mentions:
            return own
        if state.last_parsed is previous:
            carried = state.last_speaker
        elif own is None and _open_quote(previous.text):
            # 'X said: "This was a long investigation. More than 40 officers ...': the
            # quote's first sentence held no number, so it is parsed here (rare)
            carried = self._previous_doc(state, previous)._.get(SPEAKER_ATTR)
        else:
            return own
        if carried is None:
            return own
        if own is not None and own.lower() in _CARRIED_PRONOUNS:
            own_speaker = own  # 'He said police had arrested 98,000': he is the last speaker
        elif own is None and _continues(previous.text, sentence.text, state.last_local):
            own_speaker = None
        else:
            return own
        for mention in mentions:
            if mention.attribution is None or mention.attribution == own_speaker:
                mention.attribution = carried
        return carried

    def _quote_speaker(
        self,
        state: _DocumentState,
        doc: Doc,
        sentence: Sentence,
        quoted: bool,
        speaker: str | None,
        mentions: list[Mention],
    ) -> str | None:
        """A quote over several sentences has one speaker: named where it opens ('Cruz said:
        "...') it goes on to the sentences inside; named where it closes ('... a month,"
        Santoso said.') it goes back to the sentences before, whose claims wait for it."""
        text, own = sentence.text, doc._.get(SPEAKER_ATTR)
        marks = [i for i, char in enumerate(text) if char in _QUOTE_MARKS]
        open_after = quoted != (len(marks) % 2 == 1)
        if quoted and own is None and state.quote_speaker is not None:
            for mention in mentions:
                mention.attribution = mention.attribution or state.quote_speaker
            speaker = state.quote_speaker
        if quoted and not open_after and speaker and own and _named_after(text, own, marks[0]):
            self._fill_quote(state, speaker)
        if not open_after:
            state.quote_speaker, state.quote_waiting = None, []
            return speaker
        if not quoted:  # the quote opens here: a speaker named before it states it
            before = own is not None and not _named_after(text, own, marks[-1])
            state.quote_speaker, state.quote_waiting = (speaker if before else None), []
        start = marks[-1] if not quoted else -1
        state.quote_waiting += [
            state.count + offset
            for offset, mention in enumerate(mentions)
            if mention.attribution is None and mention.start > start
        ]
        return speaker

    @staticmethod
    def _fill_quote(state: _DocumentState, speaker: str) -> None:
        """The quote's claims that waited for its speaker take it."""
        waiting = set(state.quote_waiting)
        state.fresh = [
            replace(c, attribution=speaker) if c.index in waiting and c.attribution is None else c
            for c in state.fresh
        ]

    def _person_speaker(
        self,
        state: _DocumentState,
        sentence: Sentence,
        previous: Sentence | None,
        pronoun: str,
        mentions: list[Mention],
    ) -> str | None:
        """'..., he said.', 'she told reporters': the speaker of the sentence just before in
        the paragraph ('The Minister said ... He said ...'), else the last person named
        earlier in the document; None when nobody is (never 'he'). A person once called 'she'
        (or 'Mrs') is no later 'he', and the reverse."""
        word = pronoun.lower()
        speaker = None
        if previous is not None and previous.paragraph == sentence.paragraph:
            speaker = self._speaker_of(state, previous)
        if speaker is not None and not _fits(speaker, word, state.pronouns):
            speaker = None
        if speaker is None:
            people = (p for seen in reversed(state.seen) for p in reversed(self._people_in(seen)))
            speaker = next((p for p in people if _fits(p, word, state.pronouns)), None)
        if speaker is not None:
            state.pronouns.setdefault(_person_key(speaker), word)
        for mention in mentions:
            if mention.attribution == pronoun:
                mention.attribution = speaker
        return speaker

    def _speaker_of(self, state: _DocumentState, previous: Sentence) -> str | None:
        """The previous sentence's speaker when a 'he' or 'she' can stand for it."""
        if not state.seen or state.seen[-1].sentence is not previous:
            return None
        doc = self._parse(state.seen[-1])
        speaker = state.last_speaker if state.last_parsed is previous else doc._.get(SPEAKER_ATTR)
        if speaker is None or speaker.lower() in _CARRIED_PRONOUNS:
            return None
        return None if plural_speaker(doc, speaker) else speaker

    def _people_in(self, seen: _Seen) -> list[str]:
        """The people a sentence names (``named_people``), its entities recognized on demand:
        the recognizer is off in the pipeline for speed."""
        doc = self._parse(seen)
        if not doc.has_annotation("ENT_IOB") and "ner" in self.nlp.component_names:
            self.nlp.get_pipe("ner")(doc)
        return named_people(doc, doc._.get(SPEAKER_ATTR))

    def _parse(self, seen: _Seen) -> Doc:
        if seen.doc is None:
            seen.doc = self.nlp(seen.sentence.text)
        return seen.doc

    def _previous_doc(self, state: _DocumentState, previous: Sentence) -> Doc:
        """The sentence just before, parsed once however many rules ask for it (its topic,
        its open quote's speaker, the person a 'he said' means)."""
        seen = state.seen[-1] if state.seen else None
        if seen is None or seen.sentence is not previous:
            return self.nlp(previous.text)
        return self._parse(seen)

    def _topic_of(self, state: _DocumentState, previous: Sentence) -> list[Topic]:
        """The previous sentence's antecedents; parsed here when it held no number."""
        if state.last_parsed is previous:
            return state.last_topic
        return self._previous_doc(state, previous)._.get(TOPIC_ATTR) or []

    @staticmethod
    def _resolve_pronouns(mentions: list[Mention], topic: list[Topic]) -> None:
        """'They also have solved 32,000 cases': 'They' is the previous sentence's subject.
        'I', 'we' and 'you' are the writer or a speaker, never the previous subject."""
        for mention in mentions:
            if mention.subject_is_pronoun:
                mention.subject = _antecedent(mention.subject, topic) or mention.subject
            if mention.agent_is_pronoun:
                mention.agent = _antecedent(mention.agent, topic) or mention.agent


_PERSONAL = frozenset({"i", "we", "you", "us", "one", "there"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "these", "those"})
# Not 'this'/'that': they point back at a whole figure ('7.5 million crimes. This was down').
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "him", "her"})


def _antecedent(pronoun: str | None, topic: list[Topic]) -> str | None:
    """The first antecedent whose number agrees with the pronoun ('It' never takes
    'Police'); None for the writer or a speaker ('we'), or when nothing agrees."""
    word = (pronoun or "").lower()
    if not word or word in _PERSONAL:
        return None
    for candidate in topic:
        plural = bool(candidate["plural"])
        if (word in _PLURAL_PRONOUNS and not plural) or (word in _SINGULAR_PRONOUNS and plural):
            continue
        return str(candidate["text"])
    return None


_CARRIED_PRONOUNS = frozenset({"he", "she", "it", "they"})
# Pronoun speakers that stand for a person ('..., he said'); 'it'/'they' follow the last speaker.
_PERSON_PRONOUNS = frozenset({"he", "she"})


def _continues(previous: str, sentence: str, local: bool = False) -> bool:
    """Does ``sentence`` go on with ``previous``'s statement: a quote still open, or a
    third-person pronoun as its first word ('They also seized 52 phones')? Not after an
    'according to X' sentence (``local``): that source covers its own sentence only."""
    first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
    carried = first in _CARRIED_PRONOUNS or _singles_out(sentence)
    return _open_quote(previous) or (carried and not local)


def _singles_out(sentence: str) -> bool:
    """'One victim, a 52-year-old trader, lost ...', 'Two of them were minors', 'Among those
    held ...': a sentence that opens by picking some of the group just reported goes on with
    that report. Not a time phrase ('One year earlier, ...')."""
    words = [w.strip(",.").lower() for w in sentence.split()[:3]] + ["", "", ""]
    openers = lexicon().words("continuation_openers")
    if words[1] == "of":  # 'Two of the suspects', 'Most of them', 'Half of those held'
        some = words[0] in openers or words[0] in NUMBER_WORDS or words[0].isdigit()
        some = some or words[0] in lexicon().words("subject_quantifiers")
        return some and words[2] in _BACK_REFERENCES
    if words[0] in ("of", "among"):  # 'Of those arrested, ...', 'Among them was ...'
        return words[1] in _BACK_REFERENCES
    return words[0] in openers and words[1].rstrip("s") not in _TIME_WORDS


_BACK_REFERENCES = frozenset({"the", "them", "those", "these"})
_TIME_WORDS = frozenset({"year", "month", "week", "day", "hour", "time", "night", "morning"})


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_QUOTE_MARKS = frozenset('"“”')


class _QuoteTracker:
    """Whether a quote is open as the sentences of a paragraph go by, and whether one that
    is open holds figures: then the sentence that closes it is parsed even with no figure of
    its own ('... Nobody noticed," Santoso said.'), for the speaker it names."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.open = False
        self.figures = False

    def open_at(self, sentence: Sentence) -> bool:
        if sentence.paragraph != self.paragraph:  # a quote never runs into a new paragraph
            self.paragraph, self.open, self.figures = sentence.paragraph, False, False
        return self.open

    def closes_quoted_figures(self, sentence: Sentence) -> bool:
        return self.open and self.figures and _marks(sentence.text) % 2 == 1

    def passed(self, sentence: Sentence, figures: bool) -> None:
        self.open = self.open != (_marks(sentence.text) % 2 == 1)
        self.figures = self.open and (self.figures or figures)


def _marks(text: str) -> int:
    return sum(char in _QUOTE_MARKS for char in text)


def _named_after(text: str, name: str, position: int) -> bool:
    """Is the speaker written after ``position`` ('..." Santoso said', '...," he said')?"""
    return re.search(rf"\b{re.escape(name)}\b", text[position:]) is not None


def _person_key(name: str) -> str:
    """A person's surname, how a later mention writes them ('Dr. Lena Cruz' -> 'cruz')."""
    return name.split()[-1].strip(".,").lower() if name.split() else ""


def _fits(name: str, pronoun: str, pronouns: dict[str, str]) -> bool:
    """Can ``pronoun`` ('he' or 'she') stand for the person: a title ('Mrs', 'Mr') or the
    pronoun used for them before decides; an unknown person fits either."""
    titles = lexicon().cues["pronoun_titles"]
    first = name.split()[0].lower() if name.split() else ""
    known = next((word for word, names in titles.items() if first in names), None)
    known = known or pronouns.get(_person_key(name))
    return known is None or known == pronoun


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
        unit=relabel(m.unit, m.currency_symbol, state.currencies),
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
