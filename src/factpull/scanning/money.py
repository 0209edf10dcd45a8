"""Money: currency signs and words, and the context that says an amount is money.

Currency prefixes ("$", "HK$", "RMB", "PS" for "£", local letters "R12.8 million", "Sh50") are
matched by ``currency`` at the start of a number (``numbers.py`` reads them in
``_read_number``); currency words after the amount ("5,000 pounds") are units (``units.py``,
which asks ``_sterling`` whether "pounds" is money). A sign after the amount ("100 ₡") and an
accounting negative in brackets ("($4.2 million)") are read here. Which currency an ambiguous
sign means ("$", "¥", "pesos") is settled per document in ``currency.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.scanning.candidate import (
    _CLAUSE_END,
    _FUNCTION_WORDS,
    _LOWER_WORD,
    _SPACE,
    FORM_DIGITS,
    Candidate,
    _entries,
)


class MoneyReading:
    """Scanner methods that read currencies and judge money context."""

    lex: Lexicon
    currency: re.Pattern[str]
    local_prefixes: dict[str, str]
    currency_word_symbols: dict[str, str]
    trailing_symbol: re.Pattern[str]

    def _init_money(self, lex: Lexicon) -> None:
        """Patterns built from the currency tables."""
        alternation, folded, local = _prefix_alternations(lex)
        self.local_prefixes = _entries(lex.cues["local_currency_prefixes"])
        self.currency = re.compile(
            rf"(?P<cur>{alternation})(?P<space>{_SPACE}?)"
            rf"|(?<![A-Za-z])(?P<folded>{folded})(?=\d)"
            rf"|(?<![\w&])(?P<local>{local})(?=\d)"  # "R12.8 million", "Sh50 million"
        )
        self.currency_word_symbols = _entries(lex.cues["ambiguous_currency_words"])
        # "10 $", "100 ₡", "100₾": a currency sign after the number (one not already a
        # currency word, as "€" is); never when an amount follows ("10 $ 30": "$ 30" is one).
        trailing = sorted(
            {p for p in lex.currency_prefixes if len(p) == 1 and unicodedata.category(p) == "Sc"}
            - set(lex.currency_words)
        )
        self.trailing_symbol = re.compile(
            rf"{_SPACE}?(?P<sym>{'|'.join(map(re.escape, trailing))})"
            rf"(?!{_SPACE}*[-+]?[.,]?\d)(?![A-Za-z0-9])"
        )

    def _money_context(self, text: str, start: int, end: int, strict: bool = False) -> bool:
        """Money words around an amount whose unit is ambiguous: 'a fine of R5,000', 'worth
        N300,000', 'fined the firm 5,000 pounds'. ``strict`` (for bare letters) wants the money
        word right before the amount ('a fine of about R5,000'; not 'pay grade P3') and no
        other noun after it ('paid for N95 masks')."""
        before = _LOWER_WORD.findall(text[max(0, start - 50) : start].lower())[-4:]
        if strict:
            before = [next((w for w in reversed(before) if w not in _AMOUNT_FILLERS), "")]
        if any(w in self.lex.words("money_words_before") for w in before):
            return not strict or self._plain_after(text, end)
        after = _LOWER_WORD.findall(text[end : end + 30].lower())[:2]
        if after and after[0] == "in":
            after = after[1:]  # "R500 in cash"
        return bool(after) and after[0] in self.lex.words("money_words_after")

    @staticmethod
    def _plain_after(text: str, end: int) -> bool:
        nxt = re.match(r"\s*([A-Za-z]+)", text[end : end + 20])
        return nxt is None or nxt.group(1).lower() in _FUNCTION_WORDS

    def _prefix_code(self, prefix: str) -> str:
        codes = self.lex.currency_prefixes
        return codes.get(prefix) or next(c for p, c in codes.items() if p.lower() == prefix.lower())

    def _sterling(self, text: str, cand: Candidate, match: re.Match[str]) -> bool:
        """'361 million pounds', 'ordered to pay 5,000 pounds in compensation' are sterling;
        '2 million pounds of cocaine', 'weighing 300 pounds' are weight."""
        if cand.unit is not None or match.group("unit").lower() not in ("pounds", "pound"):
            return False
        if re.match(r"\s+of\b", text[match.end() :]):
            return False
        window = _LOWER_WORD.findall(text[max(0, cand.start - 60) : cand.start].lower())[-6:]
        if any(w in self.lex.words("weight_words") for w in window):
            return False
        money = "£" in text or self._money_context(text, cand.start, match.end())
        return cand.has_scale or money

    def _with_trailing_symbol(self, text: str, cand: Candidate) -> Candidate | None:
        """'10 $', '100 ₡', '100,000 ₭': the currency sign written after the amount."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return None
        mark = self.trailing_symbol.match(text, cand.end)
        if not mark:
            return None
        sym = mark.group("sym")
        return replace(
            cand, end=mark.end(), unit=self.lex.currency_prefixes[sym], kind="money",
            unit_text=sym,
            currency_symbol=sym if sym in self.lex.ambiguous_symbols else None,
        )  # fmt: skip

    @staticmethod
    def _with_grand(text: str, cand: Candidate) -> Candidate:
        """'stole 5 grand', 'ten grand in cash': thousands of an unnamed currency (unit null, as
        the story's currency is unstated). Not before a noun: '3 grand juries', '20 grand slams'."""
        if cand.unit is not None or cand.kind is not None or cand.has_scale:
            return cand
        match = _GRAND.match(text, cand.end)
        if match is None or not (
            _CLAUSE_END.match(text, match.end()) or MoneyReading._plain_after(text, match.end())
        ):
            return cand
        return replace(
            cand, end=match.end(), value=cand.value * 1000, kind="money", unit_text="grand",
            has_scale=True,
        )  # fmt: skip

    @staticmethod
    def _with_accounting_sign(text: str, cand: Candidate) -> Candidate:
        """'The net result was ($4.2 million).': an amount alone in brackets after a verb is an
        accounting negative. After a noun or another amount it is a gloss or an equivalent:
        '29.95 billion yuan ($4.58 billion)', 'the fine ($500)' stay positive."""
        opened = cand.start > 0 and text[cand.start - 1] == "("
        bracketed = opened and text[cand.end : cand.end + 1] == ")"
        if not bracketed or cand.kind != "money" or cand.value <= 0 or cand.value_high:
            return cand
        if not _ACCOUNTING_BEFORE.search(text, 0, cand.start - 1):
            return cand
        return replace(cand, value=-cand.value)


def _prefix_alternations(lex: Lexicon) -> tuple[str, str, str]:
    """The currency prefixes as regex alternations, longest first: every written prefix, the
    ASCII-folded ones ("PS" for "£") and the local letters ("R", "Sh"), which need care."""
    alternation = _prefix_alternation(sorted(lex.currency_prefixes, key=len, reverse=True))
    folded = "|".join(re.escape(p) for p in sorted(lex.folded_prefixes, key=len, reverse=True))
    local = "|".join(sorted(_entries(lex.cues["local_currency_prefixes"]), key=len, reverse=True))
    return alternation, folded, local


def _prefix_alternation(prefixes: list[str]) -> str:
    """All currency prefixes, longest first. Those starting with a letter share one lookbehind:
    the start pattern is tried at every character, and one check is cheaper than forty."""
    words = "|".join(_prefix_pattern(p, alone=False) for p in prefixes if p[0].isalpha())
    marks = "|".join(_prefix_pattern(p) for p in prefixes if not p[0].isalpha())
    return rf"(?<![A-Za-z])(?:{words})|{marks}"


def _prefix_pattern(prefix: str, alone: bool = True) -> str:
    """A currency prefix as a regex: codes and letters must stand alone ('RMB5', not 'XRMB5').
    Dollar prefixes with two or more letters match in any case ('hk $ 10', 'us $5')."""
    pattern = re.escape(prefix)
    letters = sum(c.isalpha() for c in prefix)
    if "$" in prefix and letters >= 2:  # "hk $ 10", "us $5"; but "a $5 fine" is no A$
        pattern = f"(?i:{pattern})"
    if prefix[0].isalpha() and alone:
        pattern = r"(?<![A-Za-z])" + pattern
    if prefix[-1].isalpha():
        pattern += r"(?![a-z])"
    return pattern


def _looks_like_amount(number_text: str, has_scale: bool) -> bool:
    """'6m', '21,700', '8.1bn', '250' are amounts; '5' after 'PS' is a product name."""
    digits = re.sub(r"\D", "", number_text)
    return has_scale or "," in number_text or "." in number_text or len(digits) >= 3


# Words between a money word and its amount: "a fine of about R5,000", "worth an estimated".
_AMOUNT_FILLERS = frozenset(
    ("of", "a", "an", "the", "to", "at", "about", "around", "nearly", "almost", "over", "more",
     "than", "least", "up", "just", "under", "some", "estimated", "approximately", "roughly",
     "totalling", "totaling")
)  # fmt: skip


_GRAND = re.compile(rf"{_SPACE}grand\b")


# What may stand before an accounting negative "(...)": a copula, "of", a colon, a tab.
_ACCOUNTING_BEFORE = re.compile(r"(?i)(?:^|[:=\t|]|\b(?:is|was|were|are|be|been|of))\s*$")
