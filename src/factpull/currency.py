"""Which currency a bare symbol means in this document: "$195 million" in a story about
Sydney is AUD, "¥6 million" next to "yuan" is CNY. The cue tables live in
``models/lexicon/currencies.json`` ("ambiguous_symbols"). Currency words ("pesos", "dollars")
and local-press letters ("Sh50 million") are sent to an entry there by the scan
(cues.json "ambiguous_currency_words", "local_currency_prefixes"), so "pesos" in a story about
Sinaloa is MXN; so are the prefixes an entry lists under "prefixes" ("Rs 40 lakh" in a story
about Lahore is PKR). The words "dollars" are placed by the cues of "$"; a bare "$" in a
document that writes "$<n> pesos" and is placed in a peso country is that peso
(``SymbolCurrencies._written_for``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factpull.assets import lexicon
from factpull.places import subdivision_names

MIN_CUES = 2


# A word of a cue or of the text, as the cue tables are matched: "hawke's bay" is three
# words, so that "INEGI's" holds the cue "inegi".
_WORD = re.compile(r"[^\W_]+")


def _cue_source(symbol: str) -> str:
    """The entry whose cues place ``symbol``: its own, or the one its 'cues_of' names."""
    return str(lexicon().ambiguous_symbols[symbol].get("cues_of", symbol))


@cache
def _cue_table(symbol: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str], int]:
    """The symbol's cues as word strings -> the codes each names, the words a cue may start
    with, and the most words a cue has."""
    codes_of: dict[str, tuple[str, ...]] = {}
    spec = lexicon().ambiguous_symbols[symbol]
    for code, cues in spec["cues"].items():
        listed = set(cues)
        if spec.get("subdivision_cues"):
            listed |= subdivision_names(code[:2])  # ISO 4217 codes open with the country's
        for cue in sorted(listed):
            key = " ".join(_WORD.findall(cue.lower()))
            codes_of[key] = (*codes_of.get(key, ()), code)
    firsts = frozenset(key.split()[0] for key in codes_of)
    return codes_of, firsts, max(len(key.split()) for key in codes_of)


def _cue_hits(symbol: str, text: str) -> Iterator[tuple[str, str]]:
    """Each place cue in ``text`` (as matched, lower case) with a code it names, longest cue
    first where cues overlap ('new south wales' is one cue). One pass over the words: the cue
    tables hold hundreds of places, too many for one regular expression to search quickly."""
    codes_of, firsts, longest = _cue_table(_cue_source(symbol))
    words = _WORD.findall(text.lower())
    index = 0
    while index < len(words):
        step = 1
        if words[index] in firsts:
            for size in range(min(longest, len(words) - index), 0, -1):
                key = " ".join(words[index : index + size])
                codes = codes_of.get(key)
                if codes is not None:
                    yield from ((key, code) for code in codes)
                    step = size
                    break
        index += step


@cache
def _country_cues(symbol: str) -> dict[str, frozenset[str]]:
    """The entry's 'country_cues' as matched keys: code -> cues naming the country itself."""
    table = lexicon().ambiguous_symbols[symbol].get("country_cues", {})
    return {
        code: frozenset(" ".join(_WORD.findall(cue.lower())) for cue in cues)
        for code, cues in table.items()
    }


def place_cued(symbol: str, text: str) -> bool:
    """Does ``text`` name a place or agency of any currency the symbol may stand for ('Cebu'
    for 'P', 'Nairobi' for 'Sh')? Evidence that a bare local letter before digits is money."""
    return next(_cue_hits(symbol, text), None) is not None


class SymbolCurrencies(dict[str, str]):
    """For each ambiguous symbol, the currency the document's place words point to.

    Filled on first use: counting every symbol's cues over the whole text costs more than the
    rest of the scan, and most documents use one ambiguous symbol ("$") or none.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, symbol: str) -> str:
        self[symbol] = self._written_for(symbol) or self._placed(_cue_source(symbol))
        return self[symbol]

    def _placed(self, source: str) -> str:
        """The currency the place cues of entry ``source`` point to, else its default: the
        leader needs two cues (one passing mention is not enough), or one naming its country
        where the entry lists such ('Mexico' for 'pesos', whose default is only a guess)."""
        spec = lexicon().ambiguous_symbols[source]
        countries = _country_cues(source)
        counts = dict.fromkeys(spec["cues"], 0)
        named = set()
        for key, code in _cue_hits(source, self.text):
            counts[code] += 1
            if key in countries.get(code, ()):
                named.add(code)
        best = max(counts.values(), default=0)
        leaders = [code for code, count in counts.items() if count == best]
        if best > 0 and len(leaders) == 1 and (best >= MIN_CUES or leaders[0] in named):
            return leaders[0]
        return str(spec["default"])

    def _written_for(self, symbol: str) -> str | None:
        """'$86 million' in a document that writes '$500,000 pesos' and is placed in Mexico:
        outlets of the peso countries write '$' for their peso ('US$' for dollars), and the
        document shows that it does by writing the sign before the peso word. None when the
        document never does so, or its peso words are placed nowhere that writes '$'."""
        spec = lexicon().ambiguous_symbols[symbol].get("written_for")
        if spec is None or _sign_before_words(symbol, spec["entry"]).search(self.text) is None:
            return None
        code = self[spec["entry"]]
        return code if code in spec["codes"] else None


@cache
def _sign_before_words(symbol: str, entry: str) -> re.Pattern[str]:
    """'$500,000 pesos', '$86 million pesos', '$50,000 pesos' of a range: the sign, an
    amount, a scale word at most, then a word of the entry ('peso', 'pesos'). Not 'US$'."""
    words = [w for w, e in lexicon().cues["ambiguous_currency_words"].items() if e == entry]
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"(?<![A-Za-z]){re.escape(symbol)}\s?\d[\d.,]*"
        rf"(?:\s?(?i:thousand|million|billion|trillion|mn|bn|m|k))?\s+(?i:{alternation})\b"
    )


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
