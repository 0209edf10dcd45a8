"""Money: currency signs and words, and the context that says an amount is money.

Currency prefixes ("$", "HK$", "RMB", "PS" for "£", local letters "R12.8 million", "Sh50") are
matched by ``currency`` at the start of a number (``numbers.py`` reads them in
``_read_number``); currency words after the amount ("5,000 pounds") are units (``units.py``,
which asks ``_sterling`` whether "pounds" is money). A sign after the amount ("100 ₡") and an
accounting negative in brackets ("($4.2 million)") are read here. Which currency an ambiguous
sign means ("$", "¥", "pesos", "Rs") is settled per document in ``currency.py``.

Amounts in two parts ("3 dollars 50 cents", "twelve pounds fifty"), a scale word after a code
("75 USD million") and codes scaled by a letter ("MSEK 250", "30 MUSD", "KEUR 300") are read
here too, in the steps ``scan.py`` runs after the unit (``_with_grand``) and last
(``_with_accounting_sign``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.currency import place_cued
from factpull.scanning.candidate import (
    _CLAUSE_END,
    _FUNCTION_WORDS,
    _LOWER_WORD,
    _SPACE,
    FORM_DIGITS,
    FORM_WORDS,
    Candidate,
    DocumentStyle,
    _entries,
    _Number,
)


class MoneyReading:
    """Scanner methods that read currencies and judge money context."""

    lex: Lexicon
    currency: re.Pattern[str]
    local_prefixes: dict[str, str]
    currency_word_symbols: dict[str, str]
    trailing_symbol: re.Pattern[str]
    scaled_codes: dict[str, tuple[str, int]]
    scaled_code_after: re.Pattern[str]
    ambiguous_prefixes: dict[str, str]
    minor_units: dict[str, frozenset[str]]
    style: DocumentStyle  # the scanned text's document, set by each scan

    def _init_money(self, lex: Lexicon) -> None:
        """Patterns built from the currency tables."""
        alternation, folded, local = _prefix_alternations(lex)
        self.scaled_codes = _scaled_codes(lex)
        self.scaled_code_after = re.compile(rf"{_SPACE}?(?P<code>{_scaled_code_pattern(lex)})")
        # "Rs 40 lakh" in a story about Lahore is PKR: prefixes an ambiguous entry decides
        self.ambiguous_prefixes = {
            prefix: symbol
            for symbol, spec in lex.ambiguous_symbols.items()
            for prefix in spec.get("prefixes", ())
        }
        self.minor_units = lex.currency_minor_words
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

    def _local_place(self, text: str, local: str, number: str, end: int) -> bool:
        """'seized P340,000 in Cebu City', 'recovered Sh340,000 from a Nairobi flat': a place
        or agency of the letter's country (the cues of its ``ambiguous_symbols`` entry) in
        the text makes an amount of three or more digits money, when no noun follows it
        ('P53 protein', 'N95 masks' stay names)."""
        if local not in self.lex.ambiguous_symbols or sum(c.isdigit() for c in number) < 3:
            return False
        return self._plain_after(text, end) and place_cued(local, text)

    def _local_letter_placed(self, text: str, local: str) -> bool:
        """A letter whose entry is 'place_only' ('D' for dalasis) is money only where a cue
        of its country stands in the text or its document: elsewhere 'D1,500' is a model or
        a grade."""
        spec = self.lex.ambiguous_symbols.get(local)
        if spec is None or not spec.get("place_only"):
            return True
        return local in self.style.placed_letters or place_cued(local, text)

    @staticmethod
    def _plain_after(text: str, end: int) -> bool:
        nxt = re.match(r"\s*([A-Za-z]+)", text[end : end + 20])
        return nxt is None or nxt.group(1).lower() in _FUNCTION_WORDS

    def _prefix_code(self, prefix: str) -> str:
        if prefix in self.scaled_codes:
            return self.scaled_codes[prefix][0]  # "MSEK" -> SEK; the scale is applied last
        codes = self.lex.currency_prefixes
        return codes.get(prefix) or next(c for p, c in codes.items() if p.lower() == prefix.lower())

    def _sterling(self, text: str, cand: Candidate, match: re.Match[str]) -> bool:
        """'361 million pounds', 'ordered to pay 5,000 pounds in compensation' are sterling;
        '2 million pounds of cocaine', 'weighing 300 pounds' are weight."""
        if cand.unit is not None or match.group("unit").lower() not in ("pounds", "pound"):
            return False
        if _OF_NEXT.match(text, match.end()):
            return False
        window = _LOWER_WORD.findall(text[max(0, cand.start - 60) : cand.start].lower())[-6:]
        if any(w in self.lex.words("weight_words") for w in window):
            return False
        money = "£" in text or self._money_context(text, cand.start, match.end())
        return cand.has_scale or money

    def _with_trailing_symbol(self, text: str, cand: Candidate) -> Candidate | None:
        """'10 $', '100 ₡', '100,000 ₭': the currency sign written after the amount; also a
        scaled code, '30 MUSD', '450 kEUR' (scaled last, in ``_with_code_scale``)."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return None
        code = self.scaled_code_after.match(text, cand.end)
        if code:
            token = code.group("code")
            return replace(cand, end=code.end(), unit=self.scaled_codes[token][0], kind="money",
                           unit_text=token)  # fmt: skip
        mark = self.trailing_symbol.match(text, cand.end)
        if not mark:
            return None
        sym = mark.group("sym")
        return replace(
            cand, end=mark.end(), unit=self.lex.currency_prefixes[sym], kind="money",
            unit_text=sym,
            currency_symbol=sym if sym in self.lex.ambiguous_symbols else None,
        )  # fmt: skip

    def _with_grand(self, text: str, cand: Candidate) -> Candidate:
        """The money steps that follow the unit (``scan.py`` runs this right after
        ``_with_unit``): whose currency a 'Rs' is, a scale word after a code, a minor part,
        'grand'."""
        cand = self._with_ambiguous_prefix(text, cand)
        cand = self._with_scale_after_code(text, cand)
        return self._with_grand_word(text, self._with_minor_part(text, cand))

    @staticmethod
    def _with_grand_word(text: str, cand: Candidate) -> Candidate:
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

    def _with_ambiguous_prefix(self, text: str, cand: Candidate) -> Candidate:
        """'Rs 40 lakh' is INR unless the story's place words say Pakistan, Sri Lanka or Nepal:
        the prefix hands the choice to its ambiguous entry, as the word 'rupees' does."""
        if cand.kind != "money" or cand.currency_symbol is not None:
            return cand
        prefix = self._written_prefix(text, cand)
        symbol = self.ambiguous_prefixes.get(prefix) if prefix else None
        return replace(cand, currency_symbol=symbol) if symbol else cand

    def _written_prefix(self, text: str, cand: Candidate) -> str | None:
        match = self.currency.match(text, cand.start)
        return match.group("cur") if match else None

    def _with_scale_after_code(self, text: str, cand: Candidate) -> Candidate:
        """'75 USD million', '80 EUR billion': finance style puts the scale after the code."""
        code = cand.unit_text
        if cand.kind != "money" or cand.has_scale or not _ISO_CODE.fullmatch(code):
            return cand
        match = _SCALE_AFTER_CODE.match(text, cand.end)
        if match is None:
            return cand
        factor = _SCALE_WORDS[match.group("scale").lower()]
        return replace(cand, end=match.end(), value=cand.value * factor, has_scale=True)

    def _with_minor_part(self, text: str, cand: Candidate) -> Candidate:
        """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '$15 and 50 cents',
        and, after a currency word or code, a bare hundredths number: 'twelve pounds fifty',
        '12 euros and 50 per person', '17 USD 25'. Not '15 dollars and 50 people', '$500 and
        20 hours', '15 dollars, 50 of them', 'between 12 euros and 50'."""
        minor_words = self.minor_units.get(cand.unit or "")
        if not minor_words or not self._takes_minor_part(text, cand):
            return cand
        joiner = _MINOR_JOINER.match(text, cand.end)
        if joiner is None:
            return cand
        number = self._read_number(text, joiner.end())
        if number is None or not _hundredths(text, number):
            return cand
        word = _MINOR_WORD.match(text, number.end)
        if word and word.group("word").lower() in minor_words:
            end = word.end()  # "50 cents": the minor unit is named
        elif self._bare_minor_fits(text, cand, joiner, number.end):
            end = number.end
        else:
            return cand
        return replace(cand, end=end, value=cand.value + number.value / 100, number_end=end)

    @staticmethod
    def _takes_minor_part(text: str, cand: Candidate) -> bool:
        """A whole amount with no scale or range: '3 dollars' may go on, '$5 million' may not."""
        whole = cand.value.is_integer() and cand.value >= 0 and not cand.has_scale
        between = _BETWEEN_BEFORE.search(text, max(0, cand.start - 12), cand.start)
        return whole and cand.value_high is None and between is None

    def _bare_minor_fits(self, text: str, cand: Candidate, joiner: re.Match[str], end: int) -> bool:
        """A bare '50' is the minor part only of a price: after a currency written as a word
        or code ('12 euros and 50'; '$12 and 50' may be a range or a list) under 1,000 (larger
        sums are written with decimals), not after a comma, and when no noun or unit follows
        it ('and 50 people', 'and 50 per cent')."""
        if not cand.unit_text or "," in joiner.group() or cand.value >= _BARE_MINOR_BELOW:
            return False
        if self.unit.match(text, end):
            return False
        after = _LOWER_WORD.match(text[end : end + 20].lstrip().lower())
        if after is None:
            return _CLAUSE_END.match(text, end) is not None
        return after.group() in _AFTER_BARE_MINOR

    def _with_code_scale(self, text: str, cand: Candidate) -> Candidate:
        """'MSEK 250', '30 MUSD', 'between 300 and 400 TEUR': a code scaled by its first
        letter. Applied last, so that both ends of a range take the scale."""
        if cand.kind != "money":
            return cand
        token = cand.unit_text if cand.unit_text in self.scaled_codes else None
        token = token or self._written_prefix(text, cand)
        if token not in self.scaled_codes:
            return cand
        factor = self.scaled_codes[token][1]
        high = cand.value_high * factor if cand.value_high is not None else None
        return replace(cand, value=cand.value * factor, value_high=high, has_scale=True)

    def _with_range_currency(self, text: str, cand: Candidate) -> Candidate:
        """'between $2,000 and $50,000 pesos a week', '$200-$500 Canadian dollars': a currency
        word after a range of "$" amounts names both ends, as it names one ('$500,000 pesos').
        The range step reads the high end alone, without the low end's "$", so the word is
        read here; then the per-phrase after the word ('a week'), which had no amount to
        follow before."""
        if cand.value_high is None or cand.currency_symbol != "$" or cand.kind != "money":
            return cand
        read = self.currency_word_symbols.get(cand.unit_text.lower())
        if read is not None:  # "$20,000 and $50,000 dollars": the range read the word itself
            return replace(cand, currency_symbol=read)
        match = self.unit.match(text, cand.end)
        surface = match.group("unit").lower() if match else ""
        code = self.lex.currency_words.get(surface)
        if match is None or code is None or match.group("power"):
            return cand
        if code == cand.unit or not self._word_names_currency(cand, code):
            return cand
        named = replace(
            cand, end=match.end(), unit=code, unit_text=match.group("unit"),
            currency_symbol=self.currency_word_symbols.get(surface),
        )  # fmt: skip
        return self._with_per(text, named)

    def _with_accounting_sign(self, text: str, cand: Candidate) -> Candidate:
        """'The net result was ($4.2 million).': an amount alone in brackets after a verb is an
        accounting negative. After a noun or another amount it is a gloss or an equivalent:
        '29.95 billion yuan ($4.58 billion)', 'the fine ($500)' stay positive. ``scan.py`` runs
        this last, so a range's currency word ('$2,000-$5,000 pesos') is read and a scaled code
        ('MSEK 250') is scaled here first."""
        cand = self._with_code_scale(text, self._with_range_currency(text, cand))
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
    prefixes = sorted(lex.currency_prefixes, key=len, reverse=True)
    alternation = _prefix_alternation(prefixes, scaled=_scaled_code_pattern(lex))
    folded = "|".join(re.escape(p) for p in sorted(lex.folded_prefixes, key=len, reverse=True))
    local = "|".join(sorted(_entries(lex.cues["local_currency_prefixes"]), key=len, reverse=True))
    return alternation, folded, local


def _prefix_alternation(prefixes: list[str], scaled: str) -> str:
    """All currency prefixes, longest first, then the scaled codes ("MSEK 250"). Those starting
    with a letter share one lookbehind: the start pattern is tried at every character, and one
    check is cheaper than forty."""
    words = "|".join(_prefix_pattern(p, alone=False) for p in prefixes if p[0].isalpha())
    words += f"|{scaled}"
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


def _iso_codes(lex: Lexicon) -> list[str]:
    """The three-letter codes of the currency table (not "BTC": "mBTC" is a thousandth)."""
    return sorted(c for c in lex.currency_nq_names if _ISO_CODE.fullmatch(c) and c != "BTC")


def _scaled_codes(lex: Lexicon) -> dict[str, tuple[str, int]]:
    """'MUSD' -> (USD, 1,000,000), 'KEUR' -> (EUR, 1,000): finance and European reports."""
    return {
        letter + code: (code, factor)
        for letter, factor in _CODE_SCALE_LETTERS.items()
        for code in _iso_codes(lex)
        if letter + code not in _NOT_SCALED_CODES
    }


def _scaled_code_pattern(lex: Lexicon) -> str:
    """One alternative for all scaled codes: a letter class, then the codes; cheap to try at
    every position of the start pattern."""
    codes = "|".join(_iso_codes(lex))
    letters = "".join(_CODE_SCALE_LETTERS)
    excluded = "".join(rf"(?<!{code})" for code in _NOT_SCALED_CODES)
    return rf"[{letters}](?:{codes})(?![A-Za-z0-9]){excluded}"


def _hundredths(text: str, number: _Number) -> bool:
    """'50', '5', 'forty-five': a whole number under 100 with no currency, scale or decimals."""
    plain = number.currency is None and not number.has_scale and number.value.is_integer()
    short = number.form == FORM_WORDS or len(text[number.start : number.end]) <= 2
    return plain and short and 0 < number.value < 100


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
_OF_NEXT = re.compile(r"\s+of\b")  # "2 million pounds of cocaine": weight


_ISO_CODE = re.compile(r"[A-Z]{3}")


# The letter before a code that scales it: "MEUR" (million), "KEUR", "kEUR", "TEUR" (tausend).
_CODE_SCALE_LETTERS = {"M": 1_000_000, "K": 1_000, "k": 1_000, "T": 1_000}


# Scaled-looking codes that name something else: TrueUSD, a stablecoin.
_NOT_SCALED_CODES = ("TUSD",)


_SCALE_WORDS = {"million": 10**6, "mn": 10**6, "mln": 10**6, "billion": 10**9, "bn": 10**9,
                "trillion": 10**12, "tn": 10**12}  # fmt: skip


_SCALE_AFTER_CODE = re.compile(rf"{_SPACE}+(?P<scale>(?i:million|billion|trillion)|mn|mln|bn|tn)\b")


# Between the two parts of an amount: "3 dollars 50 cents", "13 dollars and 45 cents".
_MINOR_JOINER = re.compile(rf",?{_SPACE}+(?:and{_SPACE}+)?")


_MINOR_WORD = re.compile(rf"{_SPACE}*(?P<word>[^\W\d_]+)\b")


_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")


_BARE_MINOR_BELOW = 1000


# What may follow a bare minor part: "12 euros and 50 per person", "17 USD 25 at the time".
_AFTER_BARE_MINOR = frozenset(
    ("per", "each", "apiece", "a", "an", "for", "in", "at", "on", "from", "with", "plus",
     "after", "before", "by", "when", "while", "but", "or")
)  # fmt: skip


# What may stand before an accounting negative "(...)": a copula, "of", a colon, a tab.
_ACCOUNTING_BEFORE = re.compile(r"(?i)(?:^|[:=\t|]|\b(?:is|was|were|are|be|been|of))\s*$")
