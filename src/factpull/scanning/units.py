"""Units after an amount: unit words and symbols from the lexicon ("km", "tonnes", "per cent",
"pounds"), powers ("km²"), marks glued to the number ("-10C", '55"'), a unit named before the
reading ("magnitude 6.4") and a unit in brackets ("20 (kg)"). A compound duration ("18 years
and eight months") is two mentions, one per number.

The unit surfaces come from ``models/lexicon/`` (teach a new unit there); units the lexicon
does not know are left to quantulum3 (``factpull/quantities.py``). Rates ("per 100,000",
"/kg") are in ``rates.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon, UnitInfo, case_sensitive, lexicon
from factpull.scanning.ages import _AGE_MARK
from factpull.scanning.candidate import _SPACE, FORM_DIGITS, Candidate


class UnitReading:
    """Scanner methods that attach a unit to an amount."""

    lex: Lexicon
    unit: re.Pattern[str]
    dollar_sign_codes: frozenset[str]

    def _init_units(self, lex: Lexicon) -> None:
        """The pattern of every unit and currency word in the lexicon."""
        self.unit = _unit_pattern(lex)
        self.dollar_sign_codes = _dollar_sign_codes(lex)

    def _with_unit(self, text: str, cand: Candidate) -> Candidate:
        match = self.unit.match(text, cand.end)
        if not match:
            bracketed = self._with_bracketed_unit(text, cand)
            if bracketed is not None:
                return bracketed
            return self._with_trailing_symbol(text, cand) or self._with_unit_mark(text, cand)
        surface, power = match.group("unit"), match.group("power")
        joined_by_hyphen = match.group("sep") == "-"
        if surface.lower() in self.lex.currency_words:
            code = self.lex.currency_words[surface.lower()]
            if power or not self._word_names_currency(cand, code):
                return cand
            symbol = self.currency_word_symbols.get(surface.lower())  # "pesos": PHP or MXN
            return replace(cand, end=match.end(), unit=code, kind="money", unit_text=surface,
                           currency_symbol=symbol)  # fmt: skip
        info = self._unit_info(surface)
        if info is not None and info.name == "pound" and self._sterling(text, cand, match):
            return replace(cand, end=match.end(), unit="GBP", kind="money", unit_text=surface)
        if surface == "KM" and _priced(text, cand.start, match.end()):
            # "property worth 4.7 million KM": Bosnia's convertible marks, written 'KM'
            return replace(cand, end=match.end(), unit="BAM", kind="money", unit_text=surface)
        if info is None or (joined_by_hyphen and not info.hyphen):
            return cand
        if cand.kind == "money" and info.kind != "percent":
            return cand  # "$5 m" is handled as a scale word; "$5 per kg" below as a rate
        if not _unit_word_fits(text, match, info):
            return cand
        name = _powered(info.name, power) if power else info.name
        if name is None:
            return cand
        if name == "century":  # not one of the schema's time units: "a quarter-century" is 25 years
            cand = replace(cand, value=cand.value * 100)
            name = "year"
        return replace(
            cand, end=match.end(), unit=name, kind=info.kind, unit_text=match.group("unit"),
        )  # fmt: skip

    def _word_names_currency(self, cand: Candidate, code: str) -> bool:
        """Whether a currency word after the amount is its currency: always after a bare
        number; after a bare "$" when the word names a currency written with that sign
        ("$380 million pesos" in Buenos Aires, "$2,000 Canadian dollars"; not "$1.25
        sterling", an exchange rate); after any other sign when it repeats it ("R$3 million
        reais")."""
        if cand.unit is None or cand.unit == code:
            return True
        return cand.currency_symbol == "$" and code in self.dollar_sign_codes

    def _with_bracketed_unit(self, text: str, cand: Candidate) -> Candidate | None:
        """'The weight is 20 (kg)', '20 [kg]': a unit symbol in brackets, as in a table header.
        Only a whole bracket holding a known non-money unit of two or more characters: '(m)' and
        '(b)' are list marks or scale words, '(AFP)' is a name."""
        if cand.unit is not None or _YEAR.fullmatch(text[cand.start : cand.end]):
            return None  # "Gold seized by province, 2025 (kg)": a title's year, then its unit
        bracket = _BRACKETED_UNIT.match(text, cand.end)
        if bracket is None:
            return None
        surface = bracket.group("unit")
        info = self._unit_info(surface)
        if info is None or info.kind == "money" or len(surface) < 2:
            return None
        if case_sensitive(surface) and surface not in self.lex.unit_surfaces:
            return None  # 'GB' is gigabytes, 'gb' is not
        return replace(cand, end=bracket.end(), unit=info.name, kind=info.kind, unit_text=surface)

    def _with_unit_mark(self, text: str, cand: Candidate) -> Candidate:
        """A mark glued to the number: '-10C', '95F', '573.15K' where the words around speak of
        temperature (else '10C' is a flat, 'Form 5C' a class); '55"' for inches."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return cand
        age = _AGE_MARK.match(text, cand.end)
        if age:  # "an 87yo man": glued letters that would otherwise make '87yo' a name
            return replace(cand, end=age.end(), unit="year", kind="age", unit_text=age.group())
        mark = _UNIT_MARK.match(text, cand.end)
        if not mark:
            return cand
        symbol = mark.group()
        if symbol == "K" and _RACE_AFTER.match(text, mark.end()):
            return replace(cand, end=mark.end(), unit="kilometre", kind="other", unit_text="K")
        if symbol in ('"', "″"):
            if not _inch_mark(text, cand.end):
                return cand
            unit = "inch"
        elif (cand.sign == "-" and symbol != "K") or self._temperature_context(text, cand.start):
            unit = _TEMPERATURE_MARKS[symbol]
        else:
            return cand
        return replace(cand, end=mark.end(), unit=unit, kind="other", unit_text=symbol)

    def _temperature_context(self, text: str, start: int) -> bool:
        window = text[max(0, start - 80) : start]
        if re.search(r"[A-Z][A-Za-z]+\s$", window):
            return False  # "Flat 10C", "iPhone 5C": a name, whatever the weather
        words = re.findall(r"[A-Za-z]+|°", window)
        cues = self.lex.words("temperature_cues")
        return any(w.lower() in cues for w in words)

    @staticmethod
    def _with_unit_before(text: str, cand: Candidate) -> Candidate:
        """'a magnitude 6.4 quake': a scale named before its reading."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return cand
        match = _UNIT_BEFORE.search(text, max(0, cand.start - 12), cand.start)
        if match is None:
            return cand
        return replace(cand, start=match.start(), unit="magnitude", kind="other")

    def _unit_info(self, surface: str) -> UnitInfo | None:
        return self.lex.unit_surfaces.get(surface) or self.lex.unit_surfaces.get(surface.lower())


def _dollar_sign_codes(lex: Lexicon) -> frozenset[str]:
    """Currencies whose amounts are written with a "$": dollars and pesos ("C$", "R$", "$")."""
    pesos = lex.ambiguous_symbols["pesos"]
    return frozenset(
        {code for prefix, code in lex.currency_prefixes.items() if "$" in prefix}
        | {pesos["default"], *pesos["cues"]}
    )


def _unit_pattern(lex: Lexicon) -> re.Pattern[str]:
    # A code that is also an English word is money after a number only in capitals: "5 TOP"
    # is pa'anga, "5 top officials" are people; "half million usd" is dollars in any case.
    surfaces = set(lex.unit_surfaces) | (set(lex.currency_words) - _WORD_LIKE_CODES)
    surfaces |= {code.upper() for code in _WORD_LIKE_CODES if code in lex.currency_words}
    long_forms = sorted((s for s in surfaces if not case_sensitive(s)), key=len, reverse=True)
    short_forms = sorted((s for s in surfaces if case_sensitive(s)), key=len, reverse=True)
    long_alt = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in long_forms)
    short_alt = "|".join(re.escape(s) for s in short_forms)
    power = rf"\^?[23²³](?!\d)|{_SPACE}(?:squared|cubed)\b"  # "km^2", "km³", "km squared"
    return re.compile(
        rf"(?P<sep>{_SPACE}|-)?(?P<unit>(?i:{long_alt})|{short_alt})(?P<power>{power})?"
        rf"(?![A-Za-z0-9])"
    )


# Words of price and value before an amount, or a conversion after it: what makes a
# capital 'KM' after a number Bosnia's convertible marks rather than kilometres.
_PRICE_BEFORE = re.compile(
    r"(?i)\b(?:worth|price[sd]?|fines?|fined|costs?|paid|pay|sold|value[sd]?|damage|"
    r"amount(?:ed|s)?|bribes?|salar(?:y|ies)|budget|compensation|loss(?:es)?)\b[^.;]{0,70}$"
)
_CONVERSION_AFTER = re.compile(r"\s*\((?:about|around|approx\.?|some)?\s*(?:€|EUR|\$|US\$)")


def _priced(text: str, start: int, end: int) -> bool:
    """Is the amount before 'KM' a price or value ('worth', 'fines of', '(around €2m)')?"""
    before = text[max(0, start - 90) : start]
    return bool(_PRICE_BEFORE.search(before) or _CONVERSION_AFTER.match(text, end))


# ISO 4217 codes spelt like English words ('top', 'try', 'rub'): read in capitals only.
_WORD_LIKE_CODES = frozenset({"top", "try", "rub"})


_LENGTH_UNITS = frozenset(
    {"kilometre", "metre", "centimetre", "millimetre", "mile", "yard", "foot", "inch"}
)


# "a 5K race", "the 10K run": a distance in kilometres, not thousands
_RACE_AFTER = re.compile(
    r"(?i)[\s-]+(?:(?:charity|fun|road|trail|virtual)\s+)?(?:races?|runs?|walks?|runners?)\b"
)


_TEMPERATURE_MARKS = {"C": "degree celsius", "F": "degree fahrenheit", "K": "kelvin"}


_UNIT_MARK = re.compile(r'(?:[CFK]|["″])(?![A-Za-z0-9])')


def _powered(name: str, power: str) -> str | None:
    """'km^2', 'km³', 'km squared' -> 'square kilometre'; None for a power of a non-length."""
    if name not in _LENGTH_UNITS:
        return None
    squared = power.strip().endswith(("2", "²", "squared"))
    return ("square " if squared else "cubic ") + name


def _unit_word_fits(text: str, match: re.Match[str], info: UnitInfo) -> bool:
    """'50 Cent' is a name, '10 t-shirts' are shirts, '2 L-shaped' cuts are no litres: unit
    words that are not units here."""
    surface = match.group("unit")
    if info.kind == "money" and surface[:1].isupper():
        return False
    if info.kind == "duration" and not surface.endswith("s") and _TO_DATE.match(text, match.end()):
        return False
    if surface in lexicon().words("unit_brand_names") and _NAME_AFTER.match(text, match.end()):
        return False  # "20 HP laptops", "6 HP EliteBooks": the maker, not horsepower
    hyphen_word = _HYPHEN_WORD.match(text, match.end()) is not None
    return not (len(surface) == 1 and surface.isalpha() and hyphen_word)


# What follows a maker's name (cues.json unit_brand_names): a plural or a model name.
_NAME_AFTER = re.compile(rf"{_SPACE}+(?:[A-Z][A-Za-z]+|[a-z]{{2,}}[^s\W]s)\b")


_YEAR = re.compile(r"(?:19|20)\d\d")
# "20 (kg)", "20 [kg]": the bracket holds the unit symbol and nothing else
_BRACKETED_UNIT = re.compile(rf"{_SPACE}*[(\[](?P<unit>[^\W\d_][^\s()\[\]]{{0,11}})[)\]]")


# "23 year to date", "726 year-on-year": the period of a running total or of a comparison,
# not a duration (singular unit only).
_TO_DATE = re.compile(
    r"(?i)[\s-]+(?:to[\s-]+date\b|(?:on|over)[\s-]+(?:year|month|quarter|week|day)\b)"
)


_HYPHEN_WORD = re.compile(r"-(?!long|high|wide|deep|tall|thick)[A-Za-z]")  # "37m-long" is metres


def _inch_mark(text: str, pos: int) -> bool:
    """'a 55" TV', 'Wrench 8"': a lone straight double quote after digits, not one closing a
    quotation ('"English 101"'), and not followed by punctuation ('he lost 12", he said')."""
    if text[pos] == "″":
        return True
    lone = text.count('"') == 1 and "“" not in text and "”" not in text
    return lone and _INCH_MARK.match(text, pos) is not None


_INCH_MARK = re.compile(r'"(?:$|\s+[A-Za-z0-9])')


_UNIT_BEFORE = re.compile(r"(?i)(?<!of )\bmagnitude[\s-]+$")  # not "an order of magnitude"
