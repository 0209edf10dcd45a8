"""Unit tests for the pure scoring helpers behind benchmarks/accuracy.py (no model loading)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _scoring as S


@dataclass(frozen=True)
class FakeClaim:
    value: float
    value_high: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str | None = None
    subject: str | None = None
    change: str | None = None
    agent: str | None = None
    start: int = 0
    end: int = 0
    sentence: str = ""
    sentence_start: int = 0
    text: str = ""

    def __post_init__(self) -> None:
        if not self.sentence:  # by default the subject is written right after the number
            object.__setattr__(self, "sentence", f"{self.value:g} {self.subject or ''}")
            object.__setattr__(self, "end", len(f"{self.value:g}"))


def nq(value: float | tuple[float, float], unit: str = "-", change: str = "=", concepts: str = "-"):
    return S.NQ(value, unit, change, S.split_concepts(concepts))


# ----------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("43600000000.0", 43600000000.0),
        ("-1.3", -1.3),
        ("1.99E-29", 1.99e-29),
        ("1.8-2.7", (1.8, 2.7)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("208.0-193.0", (208.0, 193.0)),
        (" 6", 6.0),
        ("pennies", None),
    ],
)
def test_parse_cqe_value(raw: str, expected: object) -> None:
    assert S.parse_cqe_value(raw) == expected


def test_values_match_single_range_and_tolerance() -> None:
    assert S.values_match(7500000.0, 7500000.0)
    assert S.values_match(1 / 3, 0.3333333333333333)
    assert S.values_match(100.0, 100.0005)  # within rtol 1e-5
    assert not S.values_match(100.0, 100.1)
    assert S.values_match((1.0, 1.5), (1.0, 1.5))
    assert not S.values_match((1.0, 1.5), (1.5, 1.0))
    assert not S.values_match((1.0, 1.5), 1.0)
    assert not S.values_match(1.0, (1.0, 1.5))
    assert not S.values_match(None, 1.0)


def test_midpoint() -> None:
    assert S.midpoint((44.0, 50.0)) == 47.0
    assert S.midpoint(3.0) == 3.0


# ----------------------------------------------------------------------------- concepts


def test_split_concepts_commas_and_whitespace() -> None:
    assert S.split_concepts("stock prices companies, Blackmores") == (
        "stock",
        "prices",
        "companies",
        "blackmores",
    )
    assert S.split_concepts("-") == ("-",)


def test_concept_match_partial_complete_and_duplicate_quirk() -> None:
    assert S.concept_match(["uk", "trade"], ["trade", "uk"]) == (True, True)
    assert S.concept_match(["uk", "trade"], ["trade"]) == (False, True)
    assert S.concept_match(["uk"], ["us"]) == (False, False)
    # CQE: a repeated gold token can never be a complete match ...
    assert S.concept_match(["fees", "fees", "funds"], ["fees", "fees", "funds"]) == (False, True)
    # ... unless compared as sets (strict variant).
    assert S.concept_match(["fees", "fees", "funds"], ["fees", "funds"], dedupe=True)[0]


# ----------------------------------------------------------------------------- protocols


def test_gold_as_predictions_is_perfect() -> None:
    gold = [nq(6.0, "dollar", concepts="GameTime Tickets"), nq(40.0, "yard", concepts="line")]
    for scorer in (S.cqe_counts, S.strict_counts):
        c = scorer(gold, gold)
        assert (c.value, c.unit, c.change, c.partial, c.complete) == (2, 2, 2, 2, 2)


def test_cqe_quirks_value_cap_and_uncapped_change() -> None:
    gold = [nq(5.0, "zloty")]
    preds = [nq(5.0, "aaa"), nq(5.0, "zloty")]  # sorted by unit: the wrong unit comes first
    c = S.cqe_counts(gold, preds)
    assert (c.n_gold, c.n_pred) == (1, 2)
    assert c.value == 1  # capped at len(gold)
    assert c.unit == 1
    assert c.change == 2  # counted for every value match before the unit match
    s = S.strict_counts(gold, preds)
    assert (s.value, s.unit, s.change) == (1, 1, 1)


def test_cqe_uses_up_prediction_only_on_unit_match() -> None:
    gold = [nq(5.0, "dollar"), nq(5.0, "euro")]
    preds = [nq(5.0, "dollar")]
    c = S.cqe_counts(gold, preds)
    assert (c.value, c.unit) == (1, 1)
    gold_b = [nq(5.0, "dollar"), nq(5.0, "dollar")]
    c2 = S.cqe_counts(gold_b, [nq(5.0, "euro")])
    assert (c2.value, c2.unit) == (2, 0)  # the unmatched-unit prediction is reused
    assert S.strict_counts(gold_b, [nq(5.0, "euro")]).value == 1


def test_counts_add() -> None:
    total = S.Counts(1, 2, 1, 1, 0, 1, 0) + S.Counts(3, 1, 1, 0, 1, 0, 0)
    assert total == S.Counts(4, 3, 2, 1, 1, 1, 0)


def test_max_matching_is_maximum_not_greedy() -> None:
    ok = {(0, 0), (0, 1), (1, 0)}
    assert S.max_matching(2, 2, lambda i, j: (i, j) in ok) == [(0, 1), (1, 0)]
    assert S.max_matching(0, 3, lambda i, j: True) == []


def test_prf() -> None:
    assert S.prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = S.prf(1, 2, 1)
    assert (p, r) == (100.0, 50.0)
    assert f == pytest.approx(200 / 3)


def test_split_is_deterministic_and_balanced() -> None:
    texts = [f"sentence number {i}" for i in range(200)]
    splits = [S.split_of(t) for t in texts]
    assert splits == [S.split_of(t) for t in texts]
    assert 70 < splits.count("dev") < 130


# ----------------------------------------------------------------------------- mapping


@pytest.mark.parametrize(
    ("unit", "kind", "subject", "expected"),
    [
        ("percent", "percent", "operators", "percentage"),
        ("USD", "money", "assets", "dollar"),
        ("GBP", "money", None, "pound sterling"),
        ("CNY", "money", None, "chinese yuan"),
        ("JPY", "money", None, "japanese yen"),
        ("tonne", "weight", None, "metric ton"),
        ("pound", "weight", None, "pound-mass"),
        ("kilometre", "other", None, "kilometre"),
        ("USD per share", "rate", None, "dollar per share"),
        ("year", "age", "man", "year of age"),
        ("month", "age", None, "month of age"),
        (None, "age", None, "year of age"),
        ("year", "duration", "campaign", "year"),
        (None, "count", "criminal gangs", "criminal gang"),
        (None, "count", "people", "people"),
        (None, "count", "Kia and Hyundai vehicles", "kia hyundai vehicle"),
        (None, "count", None, "-"),
        (None, "count", "times", "count"),
        (None, "count", "pence", "penny"),
        ("fraction", "other", "the US population", "% us population"),
        ("fraction", "other", None, "% -"),
    ],
)
def test_map_unit(unit: str | None, kind: str, subject: str | None, expected: str) -> None:
    assert S.map_unit(unit, kind, subject) == expected


@pytest.mark.parametrize(
    ("change", "qualifier", "expected"),
    [
        ("increase", None, "up"),
        ("decrease", "about", "~"),  # the bound wins: one marker slot
        ("decrease", None, "down"),
        (None, "more than", ">"),
        (None, "at least", ">"),
        (None, "less than", "<"),
        (None, "at most", "<"),
        (None, "up to", "<"),
        (None, "about", "~"),
        (None, "nearly", "~"),
        (None, None, "="),
    ],
)
def test_map_change(change: str | None, qualifier: str | None, expected: str) -> None:
    assert S.map_change(change, qualifier) == expected


def test_singularize_and_counted_noun() -> None:
    assert S.singularize("cities") == "city"
    assert S.singularize("boxes") == "box"
    assert S.singularize("bus") == "bus"
    assert S.singularize("men") == "man"
    assert S.singularize("Americans") == "American"
    assert S.singularize("viruses") == "virus"
    assert S.singularize("fishermen") == "fisherman"
    assert S.counted_noun("types of crimes") == "type crime"
    assert S.counted_noun("categories of products") == "category product"


def test_content_tokens_drop_stopwords_and_punctuation() -> None:
    assert S.content_tokens("the Ministry of Public Security,") == [
        "ministry",
        "public",
        "security",
    ]
    assert S.content_tokens(None) == []


def test_claim_to_nq_signs_a_change_written_with_a_minus() -> None:
    """NewsQuant writes 'FTSE -0.6%' as -0.6; factpull reports the size, 0.6, and 'decrease'."""
    signed = FakeClaim(0.6, unit="percent", kind="percent", change="decrease", text="-0.6%")
    spelled = FakeClaim(0.6, unit="percent", kind="percent", change="decrease", text="0.6%")
    assert S.claim_to_nq(signed).value == -0.6
    assert S.claim_to_nq(spelled).value == 0.6


def test_claim_to_nq_count_uses_agent_for_concepts() -> None:
    claim = FakeClaim(1759.0, subject="criminal gangs", agent="Public security officers")
    assert S.claim_to_nq(claim) == S.NQ(
        1759.0, "criminal gang", "=", ("public", "security", "officers")
    )


def test_claim_to_nq_count_without_agent_has_no_concept() -> None:
    claim = FakeClaim(2.0, subject="mosques")
    assert S.claim_to_nq(claim) == S.NQ(2.0, "mosque", "=", ("-",))


def test_count_whose_subject_stands_elsewhere_has_no_counted_noun() -> None:
    sentence = "The benchmark index closed at 27349 on Friday."
    end = sentence.index("27349") + 5
    claim = FakeClaim(27349.0, subject="benchmark index", end=end, sentence=sentence)
    assert S.claim_to_nq(claim) == S.NQ(27349.0, "-", "=", ("benchmark", "index"))
    listed = "Police arrested 17 of the suspects."
    claim = FakeClaim(17.0, subject="suspects", end=listed.index("17") + 2, sentence=listed)
    assert S.claim_to_nq(claim).unit == "suspect"


def test_elided_counted_noun_counts_as_written() -> None:
    """'435 homes by sale and 187 by tender': the noun elided after 187 is its unit; a count
    that shares no subject with an earlier one keeps unit '-'."""
    sentence = "They offered 435 homes by sale and 187 by tender."

    def count(number: str, subject: str) -> FakeClaim:
        start = sentence.index(number)
        value = float(number)
        return FakeClaim(value, subject=subject, start=start, end=start + len(number),
                         sentence=sentence)  # fmt: skip

    first, second = count("435", "homes"), count("187", "homes")
    assert S.claim_to_nq(second, [first, second]).unit == "home"
    assert S.claim_to_nq(second).unit == "-"
    other = count("187", "flats")
    assert S.claim_to_nq(other, [first, other]).unit == "-"


def test_claim_to_nq_measure_range_and_change() -> None:
    claim = FakeClaim(
        20.0, 35.0, unit="percent", kind="percent", subject="network growth", change="decrease"
    )
    assert S.claim_to_nq(claim) == S.NQ((20.0, 35.0), "percentage", "down", ("network", "growth"))
    bare = FakeClaim(3.0, unit="year", kind="duration")
    assert S.claim_to_nq(bare).concepts == ("-",)


def test_claim_value_of_dict() -> None:
    assert S.claim_value_of({"value": 20, "value_high": 35}) == (20.0, 35.0)
    assert S.claim_value_of({"value": 7, "value_high": None}) == 7.0


def test_gold_and_gpt3_records() -> None:
    gold = {
        "change": "=",
        "value": "7500000.0",
        "unit": "$",
        "normalized_unit": "dollar",
        "referred_concepts": "fine, crime",
    }
    assert S.gold_to_nq(gold) == S.NQ(7500000.0, "dollar", "=", ("fine", "crime"))
    gpt = ["+", " 2", " pair", " Pairs", " tickets"]
    assert S.gpt3_to_nq(gpt) == S.NQ(2.0, "pairs", "up", ("tickets",))
    assert S.gpt3_to_nq(gpt, light=True).unit == "pair"
    assert S.light_unit(" Percent ") == "percentage"


# ----------------------------------------------------------------------------- error analysis


def test_sentence_errors_categories() -> None:
    gold = [
        nq(10.0, "percentage", "up", "sales"),
        nq(5.0, "dollar"),
        nq(3.0, "year"),
        nq(8.0, "people"),
    ]
    pred = [
        nq(10.0, "dollar", "=", "revenue"),
        nq(50.0, "dollar"),
        nq(8.0, "people"),
        nq(2019.0, "-"),
    ]
    cats = sorted(e.category for e in S.sentence_errors(gold, pred))
    assert cats == ["change", "concept", "missed", "spurious", "unit", "wrong value"]


def test_unit_family() -> None:
    assert S.unit_family("percentage") == "percent/fraction"
    assert S.unit_family("% us population") == "percent/fraction"
    assert S.unit_family("dollar per share") == "money"
    assert S.unit_family("year of age") == "age"
    assert S.unit_family("-") == "bare number"
    assert S.unit_family("criminal gang") == "other unit / counted noun"


# ----------------------------------------------------------------------------- spans


def test_spans_and_surfaces() -> None:
    assert S.spans_overlap((0, 5), (4, 9))
    assert not S.spans_overlap((0, 5), (5, 9))
    text = "42 is 42, not 4"
    assert S.find_surfaces(text, ["42", "42", "7"]) == [(0, 2), (6, 8), None]


def test_token_f1() -> None:
    assert S.token_f1("the brief peak", "brief peak") == pytest.approx(0.8)
    assert S.token_f1(None, "peak") == 0.0
    assert S.token_f1("Peak.", "peak") == 1.0


def test_year_and_range_helpers() -> None:
    assert S.is_year_quantity("1979", 1979, "dimensionless")
    assert not S.is_year_quantity("1979", 1979, "metre")
    assert not S.is_year_quantity("101", 101, "dimensionless")
    assert S.range_matches(44.0, 50.0, 47.0, 3.0)
    assert S.range_matches(-18.0, -34.0, -26.0, 8.0)
    assert not S.range_matches(44.0, 50.0, 47.0, None)


def test_holdout_fields_accept_alternatives_titles_and_articles() -> None:
    from benchmarks.accuracy import holdout_field_ok

    assert holdout_field_ok("subject", ["calls for service", "calls"], "Calls")
    assert holdout_field_ok("subject", "the assets", "assets")
    assert not holdout_field_ok("subject", "assets", "criminal assets")
    assert holdout_field_ok("attribution", "Ruiz", "Sheriff Ruiz")
    assert not holdout_field_ok("attribution", "Ruiz", None)
    assert holdout_field_ok("attribution", None, None)
    assert holdout_field_ok("value_high", None, None)
    assert not holdout_field_ok("value_high", 35, None)
    assert holdout_field_ok("value", 4.58e9, 4580000000.0)
    assert holdout_field_ok("value", 0.3333, 1 / 3)  # a third, rounded by the annotator
    assert holdout_field_ok("subject", "command's seizures", "command\u2019s seizures")
    assert not holdout_field_ok("value", 0.33, 1 / 3)
