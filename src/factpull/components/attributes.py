"""``factpull_tag_attributes``: the base pipeline's attribute_ruler rules, applied by lookup.

en_core_web_sm maps fine tags to POS and morphology with an ``attribute_ruler`` of ~180
patterns, run through spaCy's Matcher on every Doc: 15 % of factpull's time. Its patterns are
all one or two tokens testing TAG, LOWER, DEP or IS_SPACE, so a dictionary lookup per token
gives the same annotations (tests/test_components.py compares the two on the samples).
``pipeline.py`` swaps it in only when every pattern has a shape this component supports.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

SUPPORTED_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE", "ORTH"})
_TOKEN_VALUE = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
}


@dataclass(frozen=True)
class _Rule:
    order: int  # later rules win, as in AttributeRuler
    tokens: tuple[dict[str, Any], ...]  # conditions per token of the pattern
    index: int  # which token of the match receives the attributes
    attrs: dict[str, str]


def supports(patterns: Iterable[dict[str, Any]]) -> bool:
    """Whether every attribute_ruler pattern can be applied by this component."""
    for entry in patterns:
        for pattern in entry["patterns"]:
            if not 1 <= len(pattern) <= 2 or any(set(t) - SUPPORTED_KEYS for t in pattern):
                return False
            operators = {op for t in pattern for v in t.values() if isinstance(v, dict) for op in v}
            if operators - set(_OPERATORS):
                return False
    return True


@Language.factory(
    "factpull_tag_attributes",
    default_config={"patterns": []},
    assigns=["token.pos", "token.morph", "token.lemma"],
    requires=["token.tag"],
)
def make_tag_attributes(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> TagAttributes:
    return TagAttributes(patterns)


class TagAttributes:
    def __init__(self, patterns: list[dict[str, Any]]) -> None:
        rules = [
            _Rule(order, tuple(pattern), entry.get("index", 0), entry["attrs"])
            for order, entry in enumerate(patterns)
            for pattern in entry["patterns"]
        ]
        # Rules that test only the token's own TAG/LOWER give the same result for every token
        # with that (tag, lower): they are resolved once per pair and cached. The few that look
        # at the parse (DEP) or at two tokens are checked token by token.
        self.static = [r for r in rules if _is_static(r)]
        self.dynamic: dict[tuple[str, str], list[_Rule]] = defaultdict(list)
        for rule in rules:
            if not _is_static(rule):
                self.dynamic[_index_key(rule.tokens[0])].append(rule)
        self._resolved: dict[tuple[int, int, int], tuple[list[_Rule], list[_Rule]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        # Read tags, lowercase forms and dependencies as hashes in one array: no Token objects.
        strings = doc.vocab.strings
        rows = doc.to_array(["TAG", "LOWER", "DEP"]).tolist()
        matches: list[tuple[int, int, dict[str, str]]] = []
        for i, (tag, lower, dep) in enumerate(rows):
            certain, pending = self._rules_for(strings, tag, lower, dep)
            matches.extend((rule.order, i + rule.index, rule.attrs) for rule in certain)
            for rule in pending:
                if _matches(doc, i, rule):
                    matches.append((rule.order, i + rule.index, rule.attrs))
        # Apply in rule order, as AttributeRuler does: a later rule wins even when it matched
        # from an earlier token ("there were" -> VERB).
        final: dict[int, dict[str, str]] = defaultdict(dict)
        for _, target, attrs in sorted(matches, key=lambda m: (m[0], m[1])):
            final[target].update(attrs)
        self._apply_all(doc, final)
        return doc

    def _apply_all(self, doc: Doc, final: dict[int, dict[str, str]]) -> None:
        """POS and MORPH for the whole Doc in one array write; the rare others one by one."""
        columns = doc.to_array(["POS", "MORPH"])
        morphology = doc.vocab.morphology
        for target, attrs in final.items():
            if "POS" in attrs:
                columns[target, 0] = POS_IDS[attrs["POS"]]
            if "MORPH" in attrs:
                columns[target, 1] = morphology.add(attrs["MORPH"])
            rest = {k: v for k, v in attrs.items() if k not in ("POS", "MORPH")}
            if rest:
                _apply(doc[target], rest)
        doc.from_array(["POS", "MORPH"], columns)

    def _rules_for(
        self, strings: Any, tag: int, lower: int, dep: int
    ) -> tuple[list[_Rule], list[_Rule]]:
        """For a token's (tag, lower, dep): the rules that apply to it for certain, and the
        two-token rules whose first token fits (their second token is checked on the Doc)."""
        key = (tag, lower, dep)
        found = self._resolved.get(key)
        if found is None:
            tag_s, lower_s, dep_s = strings[tag], strings[lower], strings[dep]
            probe = {"TAG": tag_s, "LOWER": lower_s, "ORTH": lower_s, "DEP": dep_s,
                     "IS_SPACE": lower_s.isspace()}  # fmt: skip
            candidates = [
                *self.static,
                *self.dynamic.get(("LOWER", lower_s), []),
                *self.dynamic.get(("TAG", tag_s), []),
                *self.dynamic.get(("DEP", dep_s), []),
                *self.dynamic.get(("", ""), []),
            ]
            fitting = [r for r in candidates if _satisfies_values(probe, r.tokens[0])]
            certain = [r for r in fitting if len(r.tokens) == 1]
            pending = [r for r in fitting if len(r.tokens) > 1]
            found = self._resolved[key] = (certain, pending)
        return found


def _index_key(first: dict[str, Any]) -> tuple[str, str]:
    """Where a rule is filed: by a plain LOWER, TAG or DEP value of its first token."""
    for key in ("LOWER", "TAG", "DEP"):
        if isinstance(first.get(key), str):
            return key, first[key]
    return "", ""


def _is_static(rule: _Rule) -> bool:
    return len(rule.tokens) == 1 and rule.index == 0 and set(rule.tokens[0]) <= {"TAG", "LOWER"}


def _satisfies_values(values: dict[str, Any], conditions: dict[str, Any]) -> bool:
    for key, wanted in conditions.items():
        value = values[key]
        if isinstance(wanted, dict):
            if not all(_OPERATORS[op](value, arg) for op, arg in wanted.items()):
                return False
        elif value != wanted:
            return False
    return True


def _matches(doc: Doc, start: int, rule: _Rule) -> bool:
    if start + len(rule.tokens) > len(doc):
        return False
    return all(
        _satisfies(doc[start + offset], conditions) for offset, conditions in enumerate(rule.tokens)
    )


def _satisfies(token: Token, conditions: dict[str, Any]) -> bool:
    return _satisfies_values({key: _TOKEN_VALUE[key](token) for key in conditions}, conditions)


_OPERATORS = {
    "IN": lambda value, options: value in options,
    "NOT_IN": lambda value, options: value not in options,
    "REGEX": lambda value, pattern: re.search(pattern, value) is not None,
}


def _apply(token: Token, attrs: dict[str, str]) -> None:
    for key, value in attrs.items():
        if key == "POS":
            token.pos_ = value
        elif key == "MORPH":
            token.set_morph(value)
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "DEP":
            token.dep_ = value
