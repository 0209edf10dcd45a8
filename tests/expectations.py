"""How the hand-written expectation tables are compared with claims: one definition, so every
test file judges a subject, a number or an alternative the same way. A case names one claim by
its exact text and the fields that must hold, ``assert_claim(extract(sentence), mention,
expected)``; a number that must yield no claim is checked with ``texts_over(claims, sentence,
number) == []``."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Claim, extract

# A leading determiner is not part of what a journalist would call the subject.
DETERMINERS = ("the ", "a ", "an ", "all ", "its ", "their ")


def norm_phrase(text: str | None) -> str | None:
    """Lower-case and drop one leading determiner."""
    if text is None:
        return None
    text = text.strip().lower()
    for det in DETERMINERS:
        if text.startswith(det):
            return text[len(det) :]
    return text


def field_matches(field: str, want: Any, got: Any) -> bool:
    """A tuple of wants accepts any of them; a title before an expected speaker's name is fine
    ("Police Minister Bheki Cele" for "Bheki Cele"); numbers compare approximately."""
    if isinstance(want, tuple):
        return any(field_matches(field, one, got) for one in want)
    if field == "subject":
        return norm_phrase(want) == norm_phrase(got)
    if field == "attribution" and want is not None and got is not None:
        expected, found = norm_phrase(want) or "", norm_phrase(got) or ""
        return found == expected or found.endswith(" " + expected)
    if isinstance(want, float | int) and not isinstance(want, bool):
        return got is not None and got == pytest.approx(want)
    return got == want


def wrong_fields(claim: Claim, expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """field -> (expected, got) for every expected field the claim gets wrong."""
    return {
        field: (want, getattr(claim, field))
        for field, want in expected.items()
        if not field_matches(field, want, getattr(claim, field))
    }


def table_params(rows: list[tuple[Any, ...]], width: int) -> list[Any]:
    """Rows (id, *values[, xfail reason]) as pytest params; a reason makes a strict xfail."""
    params = []
    for row in rows:
        marks = (pytest.mark.xfail(strict=True, reason=row[width]),) if len(row) > width else ()
        params.append(pytest.param(*row[1:width], id=row[0], marks=marks))
    return params


def describe(claims: list[Claim]) -> str:
    """One line per claim with the fields tests check, for a readable failure message."""
    return "\n".join(
        f"  {c.text!r} value={c.value} high={c.value_high} unit={c.unit} kind={c.kind} "
        f"change={c.change} qualifier={c.qualifier} subject={c.subject!r}"
        for c in claims
    )


def claim_with_text(claims: list[Claim], text: str) -> Claim:
    """The one claim whose text is exactly ``text``; fails (listing the claims) if not one."""
    found = [c for c in claims if c.text == text]
    assert len(found) == 1, f"{text!r} not found once in:\n{describe(claims)}"
    return found[0]


def assert_claim(claims: list[Claim], text: str, expected: dict[str, Any]) -> Claim:
    """The claim with this text, asserted to have every expected field (``field_matches``)."""
    claim = claim_with_text(claims, text)
    wrong = wrong_fields(claim, expected)
    assert wrong == {}, f"{text!r} field: (expected, got) {wrong}\n{describe(claims)}"
    return claim


def claim_on_line(text: str, mention: str, line: str) -> Claim:
    """The claim with text ``mention`` that ``extract(text)`` finds on the line of ``text``
    that starts with ``line`` (a table row, where the same number may stand twice)."""
    start = text.index(line)
    end = text.find("\n", start) % (len(text) + 1)  # -1 (the last line) -> len(text)
    return claim_with_text([c for c in extract(text) if start <= c.start < end], mention)


def assert_claim_on_line(text: str, mention: str, line: str, expected: dict[str, Any]) -> None:
    """``claim_on_line`` has every expected field (``field_matches``)."""
    wrong = wrong_fields(claim_on_line(text, mention, line), expected)
    assert wrong == {}, (mention, wrong)


def case(case_id: str, sentence: str, **expected: Any) -> Any:
    """A table row as a pytest param (sentence, expected); ``expected["text"]`` names the claim."""
    return pytest.param(sentence, expected, id=case_id)


def overlapping_texts(claims: list[Claim], start: int, end: int) -> list[str]:
    """Texts of the claims that overlap [start, end): a non-claim must have none."""
    return [c.text for c in claims if c.start < end and start < c.end]


def texts_over(claims: list[Claim], text: str, span: str) -> list[str]:
    """Texts of the claims that overlap the first ``span`` in ``text``: a non-claim has none."""
    start = text.index(span)
    return overlapping_texts(claims, start, start + len(span))
