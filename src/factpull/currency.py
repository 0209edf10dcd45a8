"""Which currency a bare symbol means in this document: "$195 million" in a story about
Sydney is AUD, "¥6 million" next to "yuan" is CNY. The cue tables live in
``models/lexicon/currencies.json`` ("ambiguous_symbols"). Currency words ("pesos", "dollars")
and local-press letters ("Sh50 million") are sent to an entry there by the scan
(cues.json "ambiguous_currency_words", "local_currency_prefixes"), so "pesos" in a story about
Sinaloa is MXN; so are the prefixes an entry lists under "prefixes" ("Rs 40 lakh" in a story
about Lahore is PKR)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factpull.assets import lexicon

MIN_CUES = 2


# A word of a cue or of the text, as the cue tables are matched: "hawke's bay" is three
# words, so that "INEGI's" holds the cue "inegi".
_WORD = re.compile(r"[^\W_]+")


@cache
def _cue_table(symbol: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str], int]:
    """The symbol's cues as word strings -> the codes each names, the words a cue may start
    with, and the most words a cue has."""
    codes_of: dict[str, tuple[str, ...]] = {}
    for code, cues in lexicon().ambiguous_symbols[symbol]["cues"].items():
        for cue in cues:
            key = " ".join(_WORD.findall(cue.lower()))
            codes_of[key] = (*codes_of.get(key, ()), code)
    firsts = frozenset(key.split()[0] for key in codes_of)
    return codes_of, firsts, max(len(key.split()) for key in codes_of)


def _cue_codes(symbol: str, text: str) -> Iterator[str]:
    """The code of each place cue in ``text``, longest cue first where cues overlap ('new
    south wales' is one cue). One pass over the words: the cue tables hold hundreds of
    places, too many for one regular expression to search quickly."""
    codes_of, firsts, longest = _cue_table(symbol)
    words = _WORD.findall(text.lower())
    index = 0
    while index < len(words):
        step = 1
        if words[index] in firsts:
            for size in range(min(longest, len(words) - index), 0, -1):
                codes = codes_of.get(" ".join(words[index : index + size]))
                if codes is not None:
                    yield from codes
                    step = size
                    break
        index += step


def place_cued(symbol: str, text: str) -> bool:
    """Does ``text`` name a place or agency of any currency the symbol may stand for ('Cebu'
    for 'P', 'Nairobi' for 'Sh')? Evidence that a bare local letter before digits is money."""
    return next(_cue_codes(symbol, text), None) is not None


class SymbolCurrencies(dict[str, str]):
    """For each ambiguous symbol, the currency the document's place words point to.

    Filled on first use: counting every symbol's cues over the whole text costs more than the
    rest of the scan, and most documents use one ambiguous symbol ("$") or none.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, symbol: str) -> str:
        spec = lexicon().ambiguous_symbols[symbol]
        counts = dict.fromkeys(spec["cues"], 0)
        for code in _cue_codes(symbol, self.text):
            counts[code] += 1
        best = max(counts.values(), default=0)
        leaders = [code for code, count in counts.items() if count == best]
        clear = best >= MIN_CUES and len(leaders) == 1  # one passing mention is not enough
        self[symbol] = leaders[0] if clear else spec["default"]
        return self[symbol]


def symbol_currencies(text: str) -> SymbolCurrencies:
    """The document's currency choices, worked out per symbol when a mention needs one."""
    return SymbolCurrencies(text)


def relabel(unit: str | None, symbol: str | None, chosen: dict[str, str]) -> str | None:
    """Swap the symbol's default code in ``unit`` ("USD per hour") for the chosen one."""
    if unit is None or symbol is None or symbol not in lexicon().ambiguous_symbols:
        return unit
    default = lexicon().ambiguous_symbols[symbol]["default"]
    code = chosen[symbol]
    return code + unit[len(default) :] if unit.startswith(default) else unit
