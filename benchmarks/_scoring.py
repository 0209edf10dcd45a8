"""Pure scoring helpers for ``benchmarks/accuracy.py`` (no model loading, no I/O).

NewsQuant / CQE protocol (see ``newsquant/README.md`` in the benchmark data folder): gold and
predictions are reduced to :class:`NQ` records (value, normalized unit, change, concept tokens)
and scored per sentence, either exactly as CQE's evaluation does (:func:`cqe_counts`, quirks
included) or with strict one-to-one matching (:func:`strict_counts`).

Mapping a factpull ``Claim`` to NewsQuant fields (:func:`claim_to_nq`):

- value: ``claim.value``, or ``(claim.value, claim.value_high)`` for ranges.
- normalized unit (:func:`map_unit`): ``percent`` -> ``percentage``; ISO 4217 codes -> CQE's
  spelled-out names (``USD`` -> ``dollar``, ``EUR`` -> ``euro``, ``GBP`` -> ``pound sterling``,
  ``CNY`` -> ``chinese yuan``, ...); ``tonne`` -> ``metric ton``, ``pound`` -> ``pound-mass``;
  rates map each side of `` per `` (``USD per share`` -> ``dollar per share``); kind ``age`` ->
  ``"<unit> of age"`` (``year of age``); ``fraction`` -> ``"% <counted noun>"`` (CQE's
  convention, e.g. ``% US population``); no unit (counts, ordinals) -> the counted noun: the
  subject's content words, singularized (``criminal gangs`` -> ``criminal gang``), or ``-``
  when there is no subject or the subject is not written within four words after the number
  (:func:`subject_follows`: "the index closed at 27,349" has unit ``-``, concept "index").
- change (:func:`map_change`): the qualifier first: ``more than``/``at least`` -> ``>``,
  ``less than``/``at most``/``up to`` -> ``<``, ``about``/``nearly`` -> ``~``; otherwise
  ``increase`` -> ``up``, ``decrease`` -> ``down``; else ``=``. NewsQuant has one marker slot
  and its annotators give it to the bound when a sentence states both ("lost more than 60%" is
  ``>``); on the dev half this order scores 0.4 value+change F1 above change-first.
- concepts (:func:`claim_concepts`): for counts with the counted noun in the unit slot,
  ``claim.agent`` (no fallback to the subject, which is already the unit); for everything else
  ``claim.subject`` plus ``claim.agent``; lowercase content tokens without stopwords;
  ``("-",)`` when empty.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

Value: TypeAlias = "float | tuple[float, float]"

# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class NQ:
    """One quantity in NewsQuant's terms. ``value`` is None when it could not be parsed."""

    value: float | tuple[float, float] | None
    unit: str
    change: str = "="
    concepts: tuple[str, ...] = ("-",)


@dataclass(frozen=True)
class Counts:
    """Hit counts for the five NewsQuant levels plus the gold / predicted totals."""

    n_gold: int = 0
    n_pred: int = 0
    value: int = 0
    unit: int = 0
    change: int = 0
    partial: int = 0
    complete: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_astuple(self), _astuple(other), strict=True)))


LEVELS: tuple[str, ...] = ("value", "unit", "change", "partial", "complete")
LEVEL_NAMES: dict[str, str] = {
    "value": "value",
    "unit": "value+unit",
    "change": "value+change",
    "partial": "value+concept (partial)",
    "complete": "value+concept (complete)",
}


def _astuple(c: Counts) -> tuple[int, ...]:
    return (c.n_gold, c.n_pred, c.value, c.unit, c.change, c.partial, c.complete)


# ----------------------------------------------------------------------------- values


def parse_cqe_value(raw: str) -> float | tuple[float, float] | None:
    """Parse a NewsQuant value string: float, negative, ``1.99E-29`` or a ``lo-hi`` range."""
    s = raw.strip()
    try:
        if "E" in s or s.startswith("-") or "-" not in s:
            return float(s)
        lo, hi = s.split("-")[:2]
        return (float(lo), float(hi))
    except ValueError:
        return None


def isclose(a: float, b: float, rtol: float = 1e-5, atol: float = 1e-8) -> bool:
    """numpy.isclose semantics (asymmetric: ``b`` is the reference)."""
    return abs(a - b) <= atol + rtol * abs(b)


def values_match(gold: Value | None, pred: Value | None) -> bool:
    """CQE value match: both single and close, or both ranges with both ends close."""
    if gold is None or pred is None:
        return False
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return isclose(gold[0], pred[0]) and isclose(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return isclose(gold, pred)


def midpoint(v: Value | None) -> float | None:
    """Range -> midpoint (how CQE scored quantulum3); single values pass through."""
    return (v[0] + v[1]) / 2 if isinstance(v, tuple) else v


# ----------------------------------------------------------------------------- concepts


def split_concepts(raw: str) -> tuple[str, ...]:
    """Gold concept string -> lowercase tokens, split on commas and whitespace (CQE)."""
    return tuple(t.lower() for t in re.split(r"[,\s]+", raw.strip()) if t)


def concept_match(
    gold: Sequence[str], pred: Sequence[str], dedupe: bool = False
) -> tuple[bool, bool]:
    """(complete, partial) as CQE defines them: any shared token / same size, all gold present.

    CQE compares list lengths with a set intersection, so a gold list with a repeated token
    (8 NewsQuant quantities) can never be complete; ``dedupe=True`` compares sets instead.
    """
    g = [t.lower() for t in gold]
    p = [t.lower() for t in pred]
    if dedupe:
        g, p = list(dict.fromkeys(g)), list(dict.fromkeys(p))
    shared = set(g) & set(p)
    return len(shared) == len(g) == len(p), bool(shared)


# ----------------------------------------------------------------------------- CQE protocol


def _level_hits(g: NQ, p: NQ, dedupe: bool = False) -> dict[str, bool]:
    vm = values_match(g.value, p.value)
    complete, partial = concept_match(g.concepts, p.concepts, dedupe)
    return {
        "value": vm,
        "unit": vm and g.unit.lower() == p.unit.lower(),
        "change": vm and g.change == p.change,
        "partial": vm and partial,
        "complete": vm and complete,
    }


def cqe_counts(gold: Sequence[NQ], pred: Sequence[NQ]) -> Counts:
    """Score one sentence exactly like CQE's ``calculate_metrics`` (quirks included).

    Both lists are sorted by unit; each gold walks the unused predictions in order. Every
    value-matching prediction adds a value hit (capped at ``len(gold)`` per sentence) and, uncapped,
    change / concept hits; the first one whose unit also matches adds a unit hit, is used up,
    and ends the walk for that gold quantity.
    """
    tags = sorted(pred, key=lambda q: q.unit)
    hits = dict.fromkeys(LEVELS, 0)
    value_budget = len(gold)
    for g in sorted(gold, key=lambda q: q.unit):
        for p in tags:
            h = _level_hits(g, p)
            if not h["value"]:
                continue
            if value_budget > 0:
                hits["value"] += 1
                value_budget -= 1
            for level in ("change", "partial", "complete"):
                hits[level] += h[level]
            if h["unit"]:
                hits["unit"] += 1
                tags.remove(p)
                break
    return Counts(len(gold), len(pred), **hits)


def max_matching(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (Kuhn's augmenting paths); returns (gold, pred) pairs."""
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in range(n_pred):
            if pi in seen or not ok(gi, pi):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(n_gold):
        augment(gi, set())
    return sorted((gi, pi) for pi, gi in owner.items())


def strict_counts(gold: Sequence[NQ], pred: Sequence[NQ]) -> Counts:
    """One-to-one variant: at every level each gold and each prediction is used at most once.

    Concepts are compared as sets here (see :func:`concept_match`).
    """
    table = [[_level_hits(g, p, dedupe=True) for p in pred] for g in gold]
    hits = {
        level: len(max_matching(len(gold), len(pred), lambda i, j, lv=level: table[i][j][lv]))
        for level in LEVELS
    }
    return Counts(len(gold), len(pred), **hits)


def prf(hits: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall, F1 in percent (0 when undefined)."""
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def split_of(text: str) -> str:
    """Deterministic ~50/50 dev/test split by the parity of the SHA-1 of the sentence text."""
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


# ----------------------------------------------------------------------------- claim mapping

CURRENCY_NAMES: dict[str, str] = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "CNY": "chinese yuan",
    "RMB": "chinese yuan", "JPY": "japanese yen", "AUD": "australian dollar",
    "CAD": "canadian dollar", "INR": "indian rupee", "HKD": "hong kong dollar",
    "MYR": "malaysian ringgit", "ILS": "shekel", "DKK": "danish krone",
    "NZD": "new zealand dollar", "SGD": "singaporean dollar", "HRK": "croatian kuna",
    "ZAR": "south african rand", "CHF": "swiss franc", "TRY": "turkish lira",
    "MXN": "mexican peso", "BTC": "bitcoin", "GEL": "georgian lari", "LKR": "sri lankan rupee",
    "CRC": "costa rican colón", "LAK": "lao kip", "SEK": "swedish krona",
    "NOK": "norwegian krone", "RUB": "russian ruble", "KRW": "south korean won",
    "BRL": "brazilian real", "PHP": "philippine peso", "THB": "thai baht",
    "IDR": "indonesian rupiah", "PKR": "pakistani rupee", "NGN": "nigerian naira",
    "EGP": "egyptian pound", "AED": "united arab emirates dirham", "SAR": "saudi riyal",
    "TWD": "new taiwan dollar", "PLN": "polish zloty", "CZK": "czech koruna",
    "HUF": "hungarian forint", "KES": "kenyan shilling", "FIM": "finnish markka",
    "ESP": "peseta", "NLG": "netherlands guilder", "DEM": "mark",
}  # fmt: skip

UNIT_ALIASES: dict[str, str] = {
    "percent": "percentage", "%": "percentage", "per cent": "percentage",
    "tonne": "metric ton", "metric tonne": "metric ton", "pound": "pound-mass",
    "lb": "pound-mass", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "times": "count", "time": "count", "fold": "count", "meter": "metre",
    "kilometer": "kilometre", "centimeter": "centimetre", "millimeter": "millimetre",
    "liter": "litre", "feet": "foot", "mph": "mile per hour", "kph": "kilometre per hour",
    "square meter": "square metre", "square kilometer": "square kilometre",
    "pence": "penny", "p": "penny", "bps": "basis point",
}  # fmt: skip

KEEP_PLURAL: frozenset[str] = frozenset(
    {
        "people",
        "staff",
        "data",
        "media",
        "news",
        "police",
        "series",
        "species",
        "means",
        "cattle",
        "headquarters",
        "earnings",
        "savings",
        "arms",
        "goods",
        "odds",
        "remains",
    }
)

# A small function-word list (articles, pronouns, prepositions, conjunctions, auxiliaries).
# Number words are kept: NewsQuant concepts keep them ("unemployed one two years").
_STOPWORD_TEXT = """
    a an the this that these those its it it's their them they his her he she him we our us
    you your i me my mine of in on at by for from to into onto with without within about as
    and or nor but if so than then there here which who whom whose what when where why how
    is are was were be been being am has have had having do does did will would shall should
    can could may might must not no all any each some such own same other very just also
    only too more most less least out up down off over under again further once during
    before after above below between through per via s
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())


class ClaimLike(Protocol):
    """The Claim attributes the mapping reads (factpull.claims.Claim satisfies this)."""

    text: str
    value: float
    value_high: float | None
    unit: str | None
    kind: str
    qualifier: str | None
    subject: str | None
    change: str | None
    agent: str | None
    start: int
    end: int
    sentence: str
    sentence_start: int


def content_tokens(text: str | None) -> list[str]:
    """Lowercase content tokens: split on whitespace/commas, stopwords (not acronyms) dropped."""
    out: list[str] = []
    for raw in re.split(r"[,\s]+", text or ""):
        tok = raw.strip(".;:!?\"'()[]{}\u201c\u201d\u2018\u2019")
        acronym = len(tok) > 1 and tok.isupper()  # "US" is a country, not the pronoun
        if tok and (acronym or tok.lower() not in STOPWORDS) and tok.lower() not in out:
            out.append(tok.lower())
    return out


IRREGULAR_SINGULARS: dict[str, str] = {
    "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "persons": "person", "lives": "life", "wives": "wife",
    "knives": "knife", "halves": "half", "thieves": "thief", "criteria": "criterion",
}  # fmt: skip


def singularize(word: str) -> str:
    """Rule-based singular of an English noun; invariant plurals (``people``) are kept."""
    low = word.lower()
    if low in KEEP_PLURAL or len(low) < 3 or not low.isalpha():
        return word
    if low in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[low] if word.islower() else IRREGULAR_SINGULARS[low].title()
    if low.endswith(("ermen", "smen", "remen", "cemen", "tlemen")):  # fishermen, spokesmen
        return word[:-3] + "man"
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zzes", "uses")):  # viruses -> virus
        return word[:-2]
    if low.endswith(("ss", "us", "is", "as")) or not low.endswith("s"):
        return word
    return word[:-1]


def counted_noun(subject: str | None) -> str:
    """Counted noun for NewsQuant's unit slot: content words singularized; ``-`` if none.

    NewsQuant lemmatizes every word of the counted phrase (``Kia Hyundai vehicle``,
    ``category product``), so each lowercase word is singularized; acronyms are kept.
    """
    words = [w if w.isupper() else singularize(w) for w in (subject or "").split()]
    noun = " ".join(content_tokens(" ".join(words))) or "-"
    return UNIT_ALIASES.get(noun, noun)  # "times" -> "count", "pence" -> "penny"


def _map_unit_part(part: str) -> str:
    part = part.strip()
    if part.upper() in CURRENCY_NAMES and part.isupper():
        return CURRENCY_NAMES[part.upper()]
    low = part.lower()
    return UNIT_ALIASES.get(low, low)


def map_unit(unit: str | None, kind: str, subject: str | None) -> str:
    """factpull unit (+ kind, subject) -> NewsQuant normalized unit (see module docstring).

    ``subject`` is the counted noun for a count; pass None when the count has none.
    """
    if kind == "age":
        return f"{_map_unit_part(unit or 'year')} of age"
    if unit is None:
        return counted_noun(subject)
    if unit == "fraction":
        return f"% {counted_noun(subject)}"
    return " per ".join(_map_unit_part(p) for p in unit.split(" per "))


def map_change(change: str | None, qualifier: str | None) -> str:
    """factpull change/qualifier -> NewsQuant change marker (the bound wins, see above)."""
    bounds = {"more than": ">", "at least": ">", "less than": "<", "at most": "<", "up to": "<"}
    approx = {"about": "~", "nearly": "~"}
    marker = bounds.get(qualifier or "") or approx.get(qualifier or "")
    if marker:
        return marker
    return {"increase": "up", "decrease": "down"}.get(change or "", "=")


def is_counted(claim: ClaimLike, others: Sequence[ClaimLike] = ()) -> bool:
    """True when the counted noun (subject) fills NewsQuant's unit slot."""
    return claim.unit is None and claim.kind != "age" and subject_follows(claim, others)


COUNTED_NOUN_REACH = 4  # words after the number: "1,759 criminal gangs", "17,000 of the suspects"


def subject_follows(claim: ClaimLike, others: Sequence[ClaimLike] = ()) -> bool:
    """NewsQuant takes a count's unit from the surface: the noun written after the number. A
    count whose subject stands elsewhere ("The index closed at 27,349") gets unit ``-`` there,
    and that subject is its concept (on the dev half: +1.6 value+unit, +2.3 concept partial).
    A noun elided after a second count counts as written: "435 homes by sale and 187 by
    tender" gives 187 the unit "home" (``others``: the document's claims)."""
    if not claim.subject:
        return True
    if _written_after(claim):
        return True
    earlier = [
        o for o in others
        if o.sentence_start == claim.sentence_start and o.end <= claim.start
        and o.unit is None and o.subject == claim.subject
    ]  # fmt: skip
    return any(_written_after(o) for o in earlier)


def _written_after(claim: ClaimLike) -> bool:
    """Is the claim's subject written within a few words after its number?"""
    assert claim.subject
    after = claim.sentence[claim.end - claim.sentence_start :].lower().split()
    near = [w.strip(".,;:!?\"'()[]") for w in after[:COUNTED_NOUN_REACH]]
    return claim.subject.split()[0].lower() in near


def claim_concepts(claim: ClaimLike, others: Sequence[ClaimLike] = ()) -> tuple[str, ...]:
    """Concept tokens: the agent for counts, else subject plus agent; ``("-",)`` when empty.

    Counts do not fall back to the subject: it already fills the unit slot, and NewsQuant then
    gives ``-`` or the owner as concept (falling back costs 1.6 partial / 3.8 complete F1 on dev).
    """
    if is_counted(claim, others):
        toks = content_tokens(claim.agent)
    else:
        toks = content_tokens(f"{claim.subject or ''} {claim.agent or ''}")
    return tuple(toks) or ("-",)


def claim_value(claim: ClaimLike) -> Value:
    """The claim's value as NewsQuant writes it: a change written with a minus sign ("FTSE
    -0.6%") is negative there, while factpull reports its size (0.6) and ``change``."""
    value = claim.value
    if claim.change == "decrease" and claim.text[:1] in ("-", "−", "–"):
        value = -value
    return value if claim.value_high is None else (value, claim.value_high)


def claim_value_of(record: dict[str, Any]) -> Value:
    """Value (or range) of a claim given as a dict (samples' expected JSONL)."""
    high = record.get("value_high")
    return float(record["value"]) if high is None else (float(record["value"]), float(high))


def claim_to_nq(claim: ClaimLike, others: Sequence[ClaimLike] = ()) -> NQ:
    """Map one factpull Claim to a NewsQuant record (see module docstring); ``others`` are the
    claims of its document, for a counted noun elided after the number."""
    counted = claim.subject if subject_follows(claim, others) else None
    return NQ(
        value=claim_value(claim),
        unit=map_unit(claim.unit, claim.kind, counted),
        change=map_change(claim.change, claim.qualifier),
        concepts=claim_concepts(claim, others),
    )


def gold_to_nq(q: dict[str, str]) -> NQ:
    """A NewsQuant / derived-set gold quantity dict -> NQ."""
    return NQ(
        value=parse_cqe_value(str(q["value"])),
        unit=q["normalized_unit"].strip(),
        change=q.get("change", "=").strip(),
        concepts=split_concepts(q.get("referred_concepts", "-")),
    )


def light_unit(unit: str) -> str:
    """Lowercase, drop a plural ``s`` and apply :data:`UNIT_ALIASES` (GPT-3 sanity variant)."""
    u = unit.strip().lower()
    u = u[:-1] if u.endswith("s") and len(u) > 2 else u
    return UNIT_ALIASES.get(u, u)


def gpt3_to_nq(item: Sequence[str], light: bool = False) -> NQ:
    """One raw CQE GPT-3 prediction ``[change, value, unit, normalized_unit, concepts]`` -> NQ.

    Raw: the unit is only lowercased (the published GPT-3 row also used CQE's own alias table).
    ``light=True`` applies :func:`light_unit` instead.
    """
    change = item[0].strip()
    unit = item[3] if len(item) > 3 else "-"
    return NQ(
        value=parse_cqe_value(item[1]),
        unit=light_unit(unit) if light else unit.strip().lower(),
        change="up" if change == "+" else change,
        concepts=split_concepts(item[4]) if len(item) > 4 else ("-",),
    )


# ----------------------------------------------------------------------------- error analysis


@dataclass(frozen=True)
class ErrorItem:
    """One error in a sentence: category plus the gold / predicted index involved (or None)."""

    category: str
    gold: int | None
    pred: int | None


def sentence_errors(gold: Sequence[NQ], pred: Sequence[NQ]) -> list[ErrorItem]:
    """Classify a sentence's errors after one-to-one value matching.

    Matched pairs can show ``unit``, ``change`` and ``concept`` (no shared token) errors.
    Leftover gold/pred pairs with the same unit are ``wrong value``; the rest are ``missed`` or
    ``spurious``.
    """
    pairs = max_matching(
        len(gold), len(pred), lambda i, j: values_match(gold[i].value, pred[j].value)
    )
    errors: list[ErrorItem] = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.unit.lower() != p.unit.lower():
            errors.append(ErrorItem("unit", gi, pi))
        if g.change != p.change:
            errors.append(ErrorItem("change", gi, pi))
        if not concept_match(g.concepts, p.concepts)[1]:
            errors.append(ErrorItem("concept", gi, pi))
    free_g = [i for i in range(len(gold)) if i not in {gi for gi, _ in pairs}]
    free_p = [j for j in range(len(pred)) if j not in {pi for _, pi in pairs}]
    for gi in list(free_g):
        same = [j for j in free_p if pred[j].unit.lower() == gold[gi].unit.lower()]
        if same:
            errors.append(ErrorItem("wrong value", gi, same[0]))
            free_g.remove(gi)
            free_p.remove(same[0])
    errors += [ErrorItem("missed", gi, None) for gi in free_g]
    errors += [ErrorItem("spurious", None, pj) for pj in free_p]
    return errors


def unit_family(unit: str) -> str:
    """Coarse family of a NewsQuant normalized unit, for grouping errors."""
    u = unit.lower()
    if u in ("percentage", "percentage point", "basis point") or u.startswith("%"):
        return "percent/fraction"
    if any(name == u or u.startswith(name + " per") for name in CURRENCY_NAMES.values()) or u in (
        "cent",
        "penny",
        "sen",
    ):
        return "money"
    if u.endswith(" of age"):
        return "age"
    if u in ("year", "month", "week", "day", "hour", "minute", "second", "decade"):
        return "duration"
    if u == "-":
        return "bare number"
    return "other unit / counted noun"


# ----------------------------------------------------------------------------- span scoring


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def find_surfaces(text: str, surfaces: Sequence[str]) -> list[tuple[int, int] | None]:
    """Locate each surface in ``text``, left to right, reusing later occurrences for repeats."""
    out: list[tuple[int, int] | None] = []
    for s in surfaces:
        used = [sp for sp in out if sp is not None]
        start = text.find(s)
        while start >= 0 and (start, start + len(s)) in used:
            start = text.find(s, start + 1)
        out.append((start, start + len(s)) if start >= 0 else None)
    return out


def token_f1(pred: str | None, gold: str | None) -> float:
    """SQuAD-style token-overlap F1 on lowercase whitespace tokens (punctuation stripped)."""
    p = [t.strip(".,;:()[]\"'").lower() for t in (pred or "").split()]
    g = [t.strip(".,;:()[]\"'").lower() for t in (gold or "").split()]
    p, g = [t for t in p if t], [t for t in g if t]
    if not p or not g:
        return float(p == g)
    common = sum(min(p.count(t), g.count(t)) for t in set(p))
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def is_year_quantity(surface: str, value: float, unit: str) -> bool:
    """quantulum3 gold quantities that are years (``1979``, ``2013``): factpull drops them."""
    return (
        unit == "dimensionless"
        and bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", surface))
        and (1500 <= value <= 2099)
    )


def range_matches(lo: float, hi: float, centre: float, half_width: float | None) -> bool:
    """factpull range (lo, hi) vs quantulum3's midpoint +- uncertainty (order-insensitive)."""
    if half_width is None:
        return False
    a, b = sorted((lo, hi))
    return isclose(a, centre - half_width, 1e-4) and isclose(b, centre + half_width, 1e-4)
