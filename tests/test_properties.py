"""Property tests: whatever text comes in, the extractor returns well-formed, checkable claims.

Two kinds of input: arbitrary Unicode mixed with numeric fragments, and the real samples with
random edits (inserted and deleted characters, swapped digits, ``\\r\\n``/``\\r``, NBSP,
emoji, combining marks, right-to-left text, very long tokens). For every claim the offsets
must point at its text and its sentence, values must be finite and ranges ordered, and
batching documents together (``extract_many``) must not change any document's claims.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from factpull import Claim, Extractor
from factpull.claims import CHANGES, KINDS
from tests.conftest import SAMPLES, read_sample

pytestmark = pytest.mark.slow

SAMPLE_PATHS = sorted(SAMPLES.glob("*.txt"))
SAMPLE_DOCS = [(path.name, read_sample(path)) for path in SAMPLE_PATHS]
SAMPLE_TEXTS = [text for _, text in SAMPLE_DOCS]
QUALIFIERS = {"more than", "less than", "nearly", "about", "at least", "at most", "up to"}

# Pieces of news-style numbers and awkward characters; arbitrary text alone rarely has digits.
NUMERIC_FRAGMENTS = [
    "1,759", "17,000 suspects", "29.95 billion yuan ($4.58 billion)", "20 to 35", "20\u201335",
    "86 percent", "86%", "\u20ac2.5m", "\u00a35", "$1", "seven", "two hundred and fifty thousand",
    "7,51,10,300", "42 923", "3 crore", "5 lakh", "half", "a quarter", "\u00bd", "1/3", "3rd",
    "12 per 100,000 people", "$15 per hour", "4.5 kg", "300 tonnes", "60 mph", "1e308", "1e-308",
    "0.0000001", "-5", "\u221240", "+3", "10^400", "9" * 400, "1" + "0" * 320, "1," * 200 + "1",
    "Article 5", "COVID-19", "Boeing 737", "2024", "12:30", "555-0100", "No. 3",
    "\u0661\u0662\u0663", "\u0663\u0660\u066a", "\u0967\u0968\u0969", "\uff11\uff12\uff13",
    "\u00b2", "\u2162", "\u2155", "\U0001d7d9\U0001d7da", "1\u00a0000", "1\u202f000", "1\u2009000",
]  # fmt: skip
AWKWARD = [
    "\r\n", "\r", "\n\n", "\r\r", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u2028", "\u2029",
    "\u0301", "\u0308\u0323", "\U0001f4b0", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1ec\U0001f1e7", "\u05e9\u05dc\u05d5\u05dd 12", "\u0645\u0631\u062d\u0628\u0627",
    "\u202e", "\u202c", "\t", "\x0b", "\x0c", "\x85", "\ud7ff", "\ue000", "\U0010ffff", ". ",
    "!", "?", "...", "\u2014", "\u201c", "\u201d", "(", ")", "[", "]",
]  # fmt: skip

arbitrary_text = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(NUMERIC_FRAGMENTS),
        st.sampled_from(AWKWARD),
        st.text(alphabet="0123456789,. -%$", max_size=30),
    ),
    max_size=30,
).map("".join)


# ---------------------------------------------------------------------------- mutated samples

LONG_TOKENS = ["x" * 5_000, "7" * 3_000, "1,000" * 600, "\u00e9" * 4_000, "a\u0301" * 2_500]


@st.composite
def edit(draw: st.DrawFn) -> tuple[str, float, str]:
    """One edit: (kind, where in the text as a fraction, payload)."""
    kind = draw(
        st.sampled_from(
            ["insert", "insert", "delete", "swap_digit", "awkward", "long", "newlines", "slice"]
        )
    )
    where = draw(st.floats(0, 1))
    if kind == "insert":
        payload = draw(st.one_of(st.text(min_size=1, max_size=8), st.sampled_from(AWKWARD)))
    elif kind == "delete":
        payload = str(draw(st.integers(1, 40)))
    elif kind == "swap_digit":
        payload = draw(st.sampled_from("0123456789"))
    elif kind == "awkward":
        payload = draw(st.sampled_from(AWKWARD))
    elif kind == "long":
        payload = draw(st.sampled_from(LONG_TOKENS))
    elif kind == "newlines":
        payload = draw(st.sampled_from(["\r\n", "\r", "replace_all_crlf", "replace_all_cr"]))
    else:
        payload = str(draw(st.integers(0, 400)))
    return kind, where, payload


def apply_edit(text: str, change: tuple[str, float, str]) -> str:
    kind, where, payload = change
    pos = min(int(where * len(text)), len(text))
    if kind in ("insert", "awkward", "long"):
        return text[:pos] + payload + text[pos:]
    if kind == "delete":
        return text[:pos] + text[pos + int(payload) :]
    if kind == "swap_digit":
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if not digits:
            return text
        at = digits[min(int(where * len(digits)), len(digits) - 1)]
        return text[:at] + payload + text[at + 1 :]
    if kind == "newlines":
        if payload == "replace_all_crlf":
            return text.replace("\n", "\r\n")
        if payload == "replace_all_cr":
            return text.replace("\n", "\r")
        return text[:pos] + payload + text[pos:]
    # "slice": keep a window of the text, so edits also hit starts and ends of documents
    return text[pos : pos + int(payload) * 10]


mutated_sample = st.builds(
    lambda index, edits: _mutate(SAMPLE_TEXTS[index], edits),
    st.integers(0, len(SAMPLE_TEXTS) - 1),
    st.lists(edit(), min_size=1, max_size=8),
)


def _mutate(text: str, edits: list[tuple[str, float, str]]) -> str:
    for change in edits:
        text = apply_edit(text, change)
    return text


# ---------------------------------------------------------------------------- the invariants


def check_claims(text: str, claims: list[Claim], doc_id: str) -> None:
    """Everything a user relies on for one document's claims."""
    for position, claim in enumerate(claims):
        where = f"claim {position} ({claim.text[:40]!r})"
        assert claim.doc == doc_id, where
        assert claim.index == position, where
        assert 0 <= claim.start < claim.end <= len(text), where
        assert text[claim.start : claim.end] == claim.text, where
        sentence_end = claim.sentence_start + len(claim.sentence)
        assert claim.sentence_start >= 0 and sentence_end <= len(text), where
        assert text[claim.sentence_start : sentence_end] == claim.sentence, where
        assert claim.sentence_start <= claim.start and claim.end <= sentence_end, where
        assert isinstance(claim.value, float) and math.isfinite(claim.value), where
        if claim.value_high is not None:
            assert isinstance(claim.value_high, float), where
            assert math.isfinite(claim.value_high), where
            assert claim.value_high > claim.value, where
        assert claim.kind in KINDS, where
        assert claim.change is None or claim.change in CHANGES, where
        assert claim.qualifier is None or claim.qualifier in QUALIFIERS, where
        if claim.equivalent_of is not None:
            assert 0 <= claim.equivalent_of < claim.index, where
            assert claims[claim.equivalent_of].doc == claim.doc, where
        # Every record must serialise as standard JSON (no NaN/Infinity tokens).
        json.dumps(claim.to_dict(), allow_nan=False)
    starts = [claim.start for claim in claims]
    assert starts == sorted(starts), "claims are not in text order"


PROPERTY_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


@PROPERTY_SETTINGS
@given(text=arbitrary_text)
def test_arbitrary_text_gives_well_formed_claims(shared_extractor: Extractor, text: str) -> None:
    check_claims(text, shared_extractor.extract(text, doc="any"), "any")


@settings(PROPERTY_SETTINGS, max_examples=60)
@given(text=mutated_sample)
def test_mutated_samples_give_well_formed_claims(shared_extractor: Extractor, text: str) -> None:
    check_claims(text, shared_extractor.extract(text, doc="mutated"), "mutated")


@settings(PROPERTY_SETTINGS, max_examples=15)
@given(texts=st.lists(st.one_of(mutated_sample, arbitrary_text), min_size=2, max_size=5))
def test_batching_does_not_change_results(shared_extractor: Extractor, texts: list[str]) -> None:
    pairs = [(f"doc{i}", text) for i, text in enumerate(texts)]
    batched = list(shared_extractor.extract_many(pairs))
    assert len(batched) == len(pairs)
    for (doc_id, text), claims in zip(pairs, batched, strict=True):
        check_claims(text, claims, doc_id)
        assert claims == shared_extractor.extract(text, doc=doc_id)


def test_batching_across_flushes_does_not_change_results(shared_extractor: Extractor) -> None:
    """Every sample, three times over: nlp.pipe batches span document boundaries."""
    pairs = [(f"{name}#{n}", text) for n in range(3) for name, text in SAMPLE_DOCS]
    alone = {name: shared_extractor.extract(text, doc="x") for name, text in SAMPLE_DOCS}
    batched = list(shared_extractor.extract_many(iter(pairs)))  # any iterable, even one pass
    assert len(batched) == len(pairs)
    for (doc_id, text), claims in zip(pairs, batched, strict=True):
        check_claims(text, claims, doc_id)
        expected = alone[doc_id.split("#")[0]]
        assert claims, doc_id  # every sample has claims: an empty list would hide a bug
        assert [_without_doc(c) for c in claims] == [_without_doc(c) for c in expected]


def test_stream_batches_add_up_to_each_document(shared_extractor: Extractor) -> None:
    """``stream`` hands out a long document's claims in several batches, in order, each
    document closed by exactly one ``done`` batch; together they are ``extract``'s claims."""
    long_doc = "\n\n".join(SAMPLE_TEXTS * 2)  # well over one batch of claims
    docs = [("long", long_doc), ("empty", ""), ("plain", "No numbers."), SAMPLE_DOCS[0]]
    collected: dict[int, list[Claim]] = {i: [] for i in range(len(docs))}
    batches_of: dict[int, int] = dict.fromkeys(range(len(docs)), 0)
    finished: list[int] = []
    for batch in shared_extractor.stream(iter(docs)):
        assert not finished or batch.doc_index >= finished[-1], "batches out of document order"
        assert batch.doc_index not in finished, "a batch after the document's last one"
        assert batch.doc_id == docs[batch.doc_index][0]
        collected[batch.doc_index].extend(batch.claims)
        batches_of[batch.doc_index] += 1
        if batch.done:
            finished.append(batch.doc_index)
    assert finished == list(range(len(docs)))
    assert batches_of[0] > 1, "a long document should stream in several batches"
    for index, (doc_id, text) in enumerate(docs):
        assert collected[index] == shared_extractor.extract(text, doc=doc_id), doc_id
        check_claims(text, collected[index], doc_id)


def test_plain_strings_are_numbered_in_extract_many(shared_extractor: Extractor) -> None:
    texts = ["Police arrested 17,000 suspects.", "", "No numbers here.", "It cost $5."]
    results = list(shared_extractor.extract_many(texts))
    assert [len(claims) for claims in results] == [1, 0, 0, 1]
    assert results[0][0].doc == "0" and results[3][0].doc == "3"


def _without_doc(claim: Claim) -> dict[str, object]:
    record = claim.to_dict()
    del record["doc"]
    return record


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=lambda p: Path(p).stem)
@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_other_newlines_keep_claims_and_offsets(
    shared_extractor: Extractor, path: Path, newline: str
) -> None:
    """The same article with Windows or old-Mac line ends gives the same claims, re-offset."""
    text = read_sample(path)
    converted = text.replace("\n", newline)
    claims = shared_extractor.extract(converted, doc="x")
    check_claims(converted, claims, "x")
    original = shared_extractor.extract(text, doc="x")
    assert [(c.text, c.value, c.unit, c.kind) for c in claims] == [
        (c.text, c.value, c.unit, c.kind) for c in original
    ]


# ---------------------------------------------------------------------------- scale words in ranges

tenths = st.integers(10, 9_990).map(lambda n: n / 10)


def _values_at(extractor: Extractor, lead: str, low: float, sep: str, high: float) -> list[float]:
    """The values the claim covering the first number reports, for '<lead> A <sep> B million'."""
    first = f"{low:g}"
    text = f"{lead} {first} {sep} {high:g} million people."
    at = text.index(f" {first} ") + 1
    claims = extractor.extract(text)
    check_claims(text, claims, "-")
    covering = [c for c in claims if c.start <= at < c.end]
    assert len(covering) == 1, (text, claims)
    claim = covering[0]
    return [claim.value] if claim.value_high is None else [claim.value, claim.value_high]


@settings(PROPERTY_SETTINGS, max_examples=20)
@given(
    form=st.sampled_from(
        [
            ("Between", "and"),
            ("Between", "to"),
            ("Some", "to"),
            ("Some", "-"),
            ("It was", "to"),
            ("from", "to"),
            ("It was", "-"),
        ]
    ),
    ends=st.lists(tenths, min_size=2, max_size=2, unique=True).map(sorted),
)
def test_scale_word_applies_to_both_ends_of_a_range(
    shared_extractor: Extractor, form: tuple[str, str], ends: list[float]
) -> None:
    """'Some 1.5 to 2 million people': 1,500,000 to 2,000,000, or two claims in millions."""
    (lead, sep), (low, high) = form, ends
    values = _values_at(shared_extractor, lead, low, sep, high)
    assert _scaled(values, low, high)


@settings(PROPERTY_SETTINGS, max_examples=20, phases=[Phase.generate])
@given(
    lead=st.sampled_from(["Between", "Some", "It was"]),
    sep=st.sampled_from(["to", "-"]),
    ends=st.lists(tenths, min_size=2, max_size=2, unique=True).map(sorted),
)
def test_scale_word_applies_to_a_descending_range(
    shared_extractor: Extractor, lead: str, sep: str, ends: list[float]
) -> None:
    low, high = ends
    values = _values_at(shared_extractor, lead, high, sep, low)
    assert _scaled(values, high, low)


@settings(PROPERTY_SETTINGS, max_examples=20, phases=[Phase.generate])
@given(
    verb=st.sampled_from(["rose", "fell", "grew", "dropped"]),
    ends=st.lists(tenths, min_size=2, max_size=2, unique=True),
)
def test_scale_word_carries_to_the_start_of_a_change(
    shared_extractor: Extractor, verb: str, ends: list[float]
) -> None:
    start, end = ends
    values = _values_at(shared_extractor, f"The number {verb} from", start, "to", end)
    if verb in ("rose", "grew") and start > end:
        assert values == [start]  # "rose from 300 to 2 million": in millions it would be a fall
    else:
        assert _scaled(values, start, end)


def _scaled(values: list[float], first: float, second: float) -> bool:
    """The first number is read in millions: alone, or as one end of a range with the second."""
    expected = [first * 1e6] if len(values) == 1 else sorted([first * 1e6, second * 1e6])
    return values == pytest.approx(expected)
