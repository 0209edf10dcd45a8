"""Reading one number: digits, number words, scientific notation, fractions of a whole ("2½",
"two and a half"), a scale word or suffix ("million", "bn", "m", "crore"), a sign and an
uncertainty.

``_read_number`` is where every mention's value starts: it takes an optional currency prefix
(patterns in ``money.py``), the number itself (``_read_core``; the digit strings are turned into
values by ``factpull/numerals.py``) and a scale word when it applies (``_scale_applies``: "£2.5m"
is millions, "a 5m wall" metres).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal

from factpull.assets import Lexicon
from factpull.numerals import NUMBER_WORDS, parse_digits, parse_number_words, scale_factor, to_float
from factpull.scanning.candidate import (
    _SPACE,
    FORM_DIGITS,
    FORM_FRACTION,
    FORM_WORDS,
    DocumentStyle,
    _digit_at,
    _glued_to_word,
    _minus_digit,
    _minus_is_sign,
    _Number,
)
from factpull.scanning.money import _looks_like_amount
from factpull.scanning.units import _RACE_AFTER


class NumberReading:
    """Scanner methods that read a single number and its scale."""

    lex: Lexicon
    digits: re.Pattern[str]
    scientific: re.Pattern[str]
    slash_fraction: re.Pattern[str]
    number_words: re.Pattern[str]
    scale_word: re.Pattern[str]
    style: DocumentStyle  # the scanned text's document, set by each scan

    def _init_numbers(self, lex: Lexicon) -> None:
        """Patterns for digits, number words and scale words."""
        self.digits = re.compile(
            rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?(?!,?\d)"  # Indian grouping: 7,51,10,300
            rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!,?\d)"
            rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d,.]?\d)(?:\.\d+)?"
            rf"|\d{{1,3}}(?:['’]\d{{3}})+(?!['’]?\d)(?:\.\d+)?"  # Swiss: 14'211, CHF 692'000
            rf"|\d+(?:\.\d+)?|\.\d+"
        )
        # "1.99×10−30", "2.998 x 10^-8": scientific notation, read as one number.
        self.scientific = re.compile(
            r"(\d+(?:\.\d+)?)(?:\s?[×x*]\s?10\^?([−-]?\d{1,3})(?!\d)"
            r"|[eE]([−+-]?\d{1,3})(?!\w|\.\d))"
        )  # also "4e14", "9.83e-3"; not the "3e5" of a hash like "3e5f21"
        # "1/2 pound", "1⁄32 of a quart": a fraction written with a slash.
        self.slash_fraction = re.compile(r"(\d{1,3})\s?[/⁄](\d{1,4})(?![\d/])")
        word_alternation = "|".join(sorted(NUMBER_WORDS | {"a", "an"}, key=len, reverse=True))
        self.number_words = re.compile(
            rf"(?i)\b(?:{word_alternation})"
            rf"(?:(?:\s+(?:and|&)\s+|,?\s+|-)(?:{word_alternation}))*\b"
        )
        self.scale_word = re.compile(
            rf"(?:{_SPACE}|-)?(?i:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?"
            r"|millones|millón|milhão|milhões|bilhão|bilhões)\b"
            rf"|(?:k|K|m|M|MM|b|B|bn|Bn|tn|trn|T|cr)\b"
            rf"|{_SPACE}?(?:mn|mln|bn|bln|tln|trn|cr|B|M|mil|bil|(?i:mio|mia|mrd))\b"
            r"(?:\.(?=[ \u00a0]+[a-z]))?"  # "72.1 bil. yen": an abbreviation's dot, then a word
            r"|-[MB](?![\w-])"  # "P6.8-M", "P1.2-B" of Manila papers: only after a currency
        )

    def _read_number(
        self, text: str, pos: int, after_sign: bool = False, money_of: str | None = None
    ) -> _Number | None:
        """A number with optional currency prefix and scale word, starting exactly at ``pos``.

        ``money_of`` is the currency of an amount this one continues: the second end of
        'N250,000 to N500,000' needs no money context of its own."""
        start, currency, symbol = pos, None, None
        cur = self.currency.match(text, pos)
        if cur and cur.group("folded"):
            currency, pos = self.lex.folded_prefixes[cur.group("folded")], cur.end()
            symbol = (
                cur.group("folded") if cur.group("folded") in self.lex.ambiguous_symbols else None
            )
        local = cur.group("local") if cur else None
        if cur and local:  # money only if the amount looks like one, checked below
            currency, pos = self.local_prefixes[local], cur.end()
            symbol = local if local in self.lex.ambiguous_symbols else None
        negative = cur is not None and _minus_digit(text, cur.end())  # "$-99.99"
        prefixed = cur is not None and (cur.group("space") or _digit_at(text, cur.end()))
        if cur and cur.group("cur") and (prefixed or negative):
            currency = self._prefix_code(cur.group("cur"))
            if cur.group("cur") in self.lex.ambiguous_symbols:
                symbol = cur.group("cur")
            pos = cur.end() + negative
        read = self._read_core(text, pos, currency, signed=after_sign)
        if read is None:
            return None
        value, form, core_end = read
        base_value, end, has_scale = to_float(value), core_end, False
        if form == FORM_WORDS:
            last_word = text[pos:core_end].lower().split()[-1].split("-")[-1]
            factor = scale_factor(last_word) if last_word != "hundred" else None
            if factor:  # "five thousand": base 5, so "four to five thousand" shares it
                base_value, has_scale = base_value / factor, True
        scale = self.scale_word.match(text, core_end)
        if scale and form != FORM_FRACTION:
            word = scale.group().strip(" -.\u00a0\u202f\u2009")
            factor = scale_factor(word)
            if factor and self._scale_applies(text, scale, currency, form, text[pos:core_end]):
                value, end, has_scale = value * factor, scale.end(), True
        if cur and cur.group("folded") == "PS" and not _looks_like_amount(text[pos:end], has_scale):
            return None  # "PS5" is a games console, "PS6m" is £6m
        worded = cur is not None and cur.group("cur") in _WORD_LIKE_PREFIXES and not has_scale
        if worded and _LOWER_WORD_AFTER.match(text, end):  # "ALL 5 solutions are wrong"
            currency, symbol, start = None, None, pos
        named = cur is not None and cur.group("cur") in _NAME_LIKE_PREFIXES and not has_scale
        plain = not _THOUSANDS_GROUPED.fullmatch(text[pos:core_end])
        if named and plain and not self._money_context(text, start, end):
            return None  # "By Le360 (with MAP)": a name, where 'Le 5,000' is leones
        continued = money_of is not None and money_of == currency  # 'N250,000 to N500,000'
        grouped = local is not None and _THOUSANDS_GROUPED.fullmatch(text[pos:core_end])
        money = (  # "a further R800,000 was seized": grouped in thousands, as amounts are
            continued
            or has_scale
            or grouped
            or (local is not None and self._local_place(text, local, text[pos:core_end], end))
            or (local is not None and _ranged_to_amount(text, end, local))
        )
        if local and not (money or self._money_context(text, start, end, True)):
            return None  # "the R2", "N95 masks", "P53": roads, masks, proteins
        if local and not self._local_letter_placed(text, local):
            return None  # "D12,000" is dalasis only in a story placed in the Gambia
        return _Number(
            start, end, to_float(value), form, currency, has_scale, base_value, symbol,
            negative and currency is not None,
        )  # fmt: skip

    def _read_core(
        self, text: str, pos: int, currency: str | None, signed: bool
    ) -> tuple[Decimal | float | int, str, int] | None:
        """The number itself: scientific notation, a slash fraction, digits or words.

        A number glued to a word ('COVID-19', 'G20') is none, unless a currency prefix or a
        sign word claims it ('RMB5', 'minus-7')."""
        money = currency is not None
        glued = not (money or signed) and _glued_to_word(text, pos)
        scientific = self.scientific.match(text, pos)
        if scientific and not glued:
            exponent = int((scientific.group(2) or scientific.group(3)).replace("−", "-"))
            return (
                parse_digits(scientific.group(1)) * Decimal(10) ** exponent,
                FORM_DIGITS,
                scientific.end(),
            )
        fraction = self.slash_fraction.match(text, pos)
        if fraction and not glued and not money:
            numerator, denominator = int(fraction.group(1)), int(fraction.group(2))
            if 0 < numerator < denominator:
                return numerator / denominator, FORM_FRACTION, fraction.end()
        vulgar = _VULGAR_FRACTIONS.get(text[pos]) if pos < len(text) else None
        if vulgar is not None and not glued:
            return vulgar, FORM_DIGITS, pos + 1  # "½ tbsp"
        decimal_comma = (
            _DECIMAL_COMMA_PERCENT.match(text, pos)
            or _DECIMAL_COMMA_SCALE.match(text, pos)
            or _SPACED_DECIMAL_COMMA.match(text, pos)
            or _decimal_comma_among_spaced(text, pos)
            or self._decimal_comma_before_unit(text, pos)
            or self._decimal_comma_in_text(text, pos)
        )
        if decimal_comma and not glued:  # "-6,9%", "US$1,2 million": European decimals
            return (
                parse_digits(decimal_comma.group().replace(",", ".")),
                FORM_DIGITS,
                decimal_comma.end(),
            )
        dotted = None if glued else self._dot_thousands(text, pos, currency)
        if dotted:  # "1.234.567 pesos", "23.918 thefts" beside "-26,7%"
            number = dotted.group().replace(".", "").replace(",", ".")
            return parse_digits(number), FORM_DIGITS, dotted.end()
        digits = self.digits.match(text, pos)
        if digits and not glued and self._model_after_group(text, digits):
            digits = _DIGIT_RUN.match(text, pos)  # "35 737 MAX jets": 35 of the 737 MAX
        if digits and not glued:
            value, end = _with_fraction_part(text, parse_digits(digits.group()), digits.end())
            return value, FORM_DIGITS, end
        if money:
            return None
        words = self._read_number_words(text, pos)
        if words is None:
            return None
        value, end = _with_fraction_part(text, words[0], words[1])
        return value, FORM_WORDS, end

    def _dot_thousands(self, text: str, pos: int, currency: str | None) -> re.Match[str] | None:
        """Dots grouping thousands, as much of Europe and Latin America writes them.

        Two groups ('1.234.567') or a decimal comma after ('1.234,5') settle it. One group
        ('23.918') is thousands in a text whose decimals are commas ('-26,7%') and never dots,
        scale word or not ('$2.300 millones'), and elsewhere in an amount with no scale word
        ('Rp 500.000'; not in dinars, which have three decimal places)."""
        found = _DOT_GROUPED.match(text, pos)
        if found is None or found.group().count(".") > 1 or "," in found.group():
            return found
        if self._dotted_text(text):
            return found  # "$2.300 million" in a story that writes '-3,2%': 2,300 million
        if self.scale_word.match(text, found.end()):
            return None  # "$1.234 million" is a decimal elsewhere
        if currency is not None and currency not in _THREE_DECIMAL_CURRENCIES:
            return found
        return None

    def _dotted_text(self, text: str) -> bool:
        return self.style.dotted_thousands or writes_decimal_commas(text)

    def _decimal_comma_in_text(self, text: str, pos: int) -> re.Match[str] | None:
        """'5,81 per 100 thousand inhabitants' in a text that writes decimal commas elsewhere."""
        found = _SHORT_DECIMAL_COMMA.match(text, pos)
        return found if found and self._dotted_text(text) else None

    def _decimal_comma_before_unit(self, text: str, pos: int) -> re.Match[str] | None:
        """'8,4 tonnes', '1,2 kilometres': one or two digits after a comma, then a unit word,
        can only be a decimal comma."""
        found = _SHORT_DECIMAL_COMMA.match(text, pos)
        word = _UNIT_WORD_AFTER.match(text, found.end()) if found else None
        return found if word and self._unit_info(word.group(1)) is not None else None

    def _model_after_group(self, text: str, digits: re.Match[str]) -> bool:
        """A space-grouped number ('42 923') whose last group starts a model name: an all-caps
        word that is neither a currency code nor a unit follows ('35 737 MAX')."""
        if not _SPACED.search(digits.group()):
            return False
        word = _CAPS_WORD.match(text, digits.end())
        if word is None:
            return False
        name = word.group(1)
        return name not in self.lex.currency_prefixes and self._unit_info(name) is None

    def _read_number_words(self, text: str, pos: int) -> tuple[int, int] | None:
        match = self.number_words.match(text, pos)
        if not match:
            return None
        # Shrink from the right until the words form one number ("five and ten" -> "five").
        # Past a comma only whole comma groups go: "five thousand, ten thousand" is a list.
        pieces = list(re.finditer(r"[A-Za-z]+|[,&]", match.group()))
        words_all = [{"&": "and"}.get(p.group(), p.group().lower()) for p in pieces]
        for count in range(len(pieces), 0, -1):
            words = words_all[:count]
            if count < len(pieces) and "," in words and words_all[count] != ",":
                continue
            value = parse_number_words(words)
            if value is not None and not (count == 1 and words[0] in ("a", "an")):
                return value, pos + pieces[count - 1].end()
        return None

    def _scale_applies(
        self, text: str, scale: re.Match[str], currency: str | None, form: str, number: str
    ) -> bool:
        word = scale.group().strip(" -.\u00a0\u202f\u2009")
        if scale.group() in ("-M", "-B"):
            return currency is not None and form != FORM_WORDS  # "the 6-M rule" has no scale
        if form == FORM_WORDS and word in ("k", "K", "m", "M", "b", "B", "MM", "cr", "T"):
            return False
        spaced = scale.group()[:1].isspace()
        # "4.3M digital sales": a capital suffix glued to a decimal is a scale, not a unit
        # (but "0.5M HCl" is molar).
        decimal_capital = (
            word in ("M", "B") and not spaced and "." in number
            and not re.match(r"\s*[A-Z]", text[scale.end() : scale.end() + 3])
        )  # fmt: skip
        if word in ("m", "M"):
            # "£2.5m", "Nu 1.3 M" and "1.2m people" are millions; "a 5m wall" is metres.
            plural = self._followed_by_plural(text, scale.end())
            return currency is not None or plural or (decimal_capital and not spaced)
        if word in ("b", "B", "MM"):
            return (
                currency is not None
                or decimal_capital
                or self._followed_by_plural(text, scale.end())
                or self._currency_word_after(text, scale.end())  # "4.6B Turkish liras"
            )
        if word.lower() in ("mil", "bil", "mio", "mia", "mrd"):
            # "RM46.8mil", "46.8mil ringgit", "612 mio. kr."; "a 5 mil sheet" is thickness
            return currency is not None or self._currency_word_after(text, scale.end())
        if word == "T":
            return currency is not None and not spaced  # "$2.174T"; "5T" alone is not
        if word == "K" and not spaced and currency is None:  # "573.15K)"; not "5K race"
            if _RACE_AFTER.match(text, scale.end()):
                return False  # "a 5K race" is kilometres (see _with_unit_mark)
            followed = re.match(r"\s+[A-Za-z]", text[scale.end() : scale.end() + 2])
            return followed or not self._temperature_context(text, scale.start() - len(number))
        return True

    def _currency_word_after(self, text: str, pos: int) -> bool:
        """A currency word or two-word name next: 'ringgit', 'Turkish liras'."""
        match = _TWO_WORDS_AFTER_SPACE.match(text, pos)
        if match is None:
            return False
        first = match.group(1).lower()
        pair = f"{first} {match.group(2).lower()}" if match.group(2) else ""
        return first in self.lex.currency_words or pair in self.lex.currency_words

    def _followed_by_plural(self, text: str, pos: int) -> bool:
        match = _WORD_AFTER_SPACE.match(text, pos)
        if not match:
            return False
        word = match.group(1)
        return word.endswith("s") or word in self.lex.words("per_nouns_population")

    def _read_sign(self, text: str, start: int) -> tuple[str | None, int, int]:
        """A sign that belongs to the number: '-5 degrees', '+2.1%', 'minus 5 yards'.

        Returns the sign, where the mention starts, and where the number starts."""
        word = _MINUS_WORD.match(text, start)
        if word:
            return "-", start, word.end()
        if text[start] == "+" and start + 1 < len(text) and text[start + 1].isdigit():
            return ("+" if _minus_is_sign(text, start) else None), start, start + 1
        if start > 0 and text[start - 1] in "-−" and _minus_is_sign(text, start - 1):
            return "-", start - 1, start
        if start > 1 and text[start - 2 : start] == "(–":
            return "-", start - 1, start  # "(–6.2%)": an en dash set as a minus in brackets
        return None, start, start

    def _with_uncertainty(self, text: str, number: _Number) -> _Number:
        """'2,000.45±0.01 pounds', '9.8 +/- 0.2 kg': the mention covers the uncertainty, which
        is dropped; it is never a quantity of its own."""
        match = _UNCERTAINTY.match(text, number.end)
        error = self._read_number(text, match.end()) if match else None
        if error is None or error.currency:
            return number
        return replace(number, end=error.end)


_SPACED = re.compile(_SPACE)
_TWO_WORDS_AFTER_SPACE = re.compile(r"[ \u00a0]+([A-Za-z]+)(?:[ \u00a0]+([A-Za-z]+))?")
_WORD_AFTER_SPACE = re.compile(r"[ \u00a0]+([a-z]+)")


# "-6,9%", "2,9 %", "2,6 per cent": a comma with one or two digits before a percent sign or
# word can only be a decimal comma (a thousands comma takes three); not after another group
# ("1,2,5%" is a list).
_DECIMAL_COMMA_PERCENT = re.compile(
    rf"(?<![\d,])\d+,\d{{1,2}}(?={_SPACE}?%|{_SPACE}(?:per ?cent|percent|percentage points?|pct)\b)"
)


def _decimal_comma_among_spaced(text: str, pos: int) -> re.Match[str] | None:
    """'assault and battery 5,8; burglaries 6,3 per 1 000 households': where thousands are
    spaced ('1 000') nearby, or after a sign ('-25,7'), a comma before one or two digits is a
    decimal comma."""
    found = _SHORT_DECIMAL_COMMA.match(text, pos)
    if found is None:
        return None
    if pos > 0 and text[pos - 1] in "+-−":
        return found  # "-25,7" in a change column: a sign never stands before thousands
    window = text[max(0, pos - _SPACED_REACH) : pos + _SPACED_REACH]
    return found if _SPACED_THOUSANDS.search(window) else None


# "1 246,8 hectares": spaced thousands, then a decimal comma
_SPACED_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{1,2}(?![\d,])")
_SHORT_DECIMAL_COMMA = re.compile(r"(?<![\d,])\d{1,3},\d{1,2}(?![\d,])")
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]?\d)")
_SPACED_REACH = 300  # characters each side where the document's thousands are looked for


# "US$1,2 million", "R3,8bn", "1,5 million people": a comma with one or two digits before a
# scale word is a decimal comma too ("1,200 million" has a thousands comma). The scale word may
# also close a range whose first end is written the same way: "R1,2 to R1,5 billion".
_SCALE_AFTER = (
    rf"(?:{_SPACE}?(?i:thousand|million|billion|trillion|millones|milhão|milhões|bilhão|bilhões"
    rf"|mio|mia|mrd)|{_SPACE}?(?:bn|mn|bln|mln)|(?:m|M|k|K|bn|Bn))\b"
)
_DECIMAL_COMMA_SCALE = re.compile(
    rf"(?<![\d,])\d{{1,3}},\d{{1,2}}(?={_SCALE_AFTER}"
    rf"|{_SPACE}?(?:to|and|[-–]){_SPACE}?\D{{0,4}}\d{{1,3}},\d{{1,2}}{_SCALE_AFTER})"
)


_DIGIT_RUN = re.compile(r"\d+")


# "1.234.567", "23.918", "1.234,5": thousands grouped with dots, perhaps a decimal comma after;
# not a date or version ('14.01.2025', '192.168.1.1'), whose groups are not all three digits.
_DOT_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?!\d|[.,]\d)")
# Currencies with three decimal places: "KD 1.500" is one and a half dinars.
_THREE_DECIMAL_CURRENCIES = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
# Units a decimal comma often stands before: "8,4 tonnes", "1,2 km"
_COMMON_UNITS = (
    r"(?:tonnes?|tons?|kilos?|kilograms?|kg|grams?|kilomet(?:re|er)s?|km|hectares?|ha|litres?)\b"
)
_PERCENT_OR_SCALE = rf"(?={_SPACE}?(?:%|per ?cent\b|percent\b|pct\b)|{_SCALE_AFTER})"
_COMMA_DECIMAL = re.compile(
    rf"(?<![\d,.])\d+,\d{{1,2}}(?!\d)(?:{_PERCENT_OR_SCALE}|{_SPACE}?{_COMMON_UNITS})"
)
_DOT_DECIMAL = re.compile(rf"(?<![\d,.])\d+\.\d{{1,2}}(?!\d){_PERCENT_OR_SCALE}")


_UNIT_WORD_AFTER = re.compile(r"[ \u00a0]?([A-Za-z]+)\b")
_DOTTED_MILLIONS = re.compile(r"(?<![\d,.])\d{1,3}(?:\.\d{3}){2,}(?![\d.])")


@functools.lru_cache(maxsize=8)
def writes_decimal_commas(text: str) -> bool:
    """Whether a text groups thousands with dots: it writes decimal commas ('10,3 %',
    '$ 14,5 million') or dotted millions ('1.234.567'), and never a decimal point in a
    percentage or scaled amount."""
    european = _COMMA_DECIMAL.search(text) or _DOTTED_MILLIONS.search(text)
    return european is not None and _DOT_DECIMAL.search(text) is None


_CAPS_WORD = re.compile(rf"{_SPACE}([A-Z]{{2,}})\b")


_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2,
                     "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip


_MIXED_FRACTION = re.compile(
    r"(?:\s|-)?(?:(?P<vulgar>[½¼¾⅓⅔⅕⅛⅜⅝⅞])|\s(?P<num>\d)/(?P<den>\d{1,2})(?!\d))"
)


_AND_A_HALF = re.compile(r"\s+and\s+a\s+(?P<part>half|quarter)\b", re.IGNORECASE)


def _with_fraction_part(
    text: str, value: Decimal | int, end: int
) -> tuple[Decimal | float | int, int]:
    """'2½', '2 1/2', 'two and a half': a whole number followed by a fraction of one."""
    mixed = _MIXED_FRACTION.match(text, end)
    if mixed and mixed.group("vulgar"):
        return float(value) + _VULGAR_FRACTIONS[mixed.group("vulgar")], mixed.end()
    if mixed and 0 < int(mixed.group("num")) < int(mixed.group("den")):
        return float(value) + int(mixed.group("num")) / int(mixed.group("den")), mixed.end()
    half = _AND_A_HALF.match(text, end)
    if half:
        return float(value) + (0.5 if half.group("part").lower() == "half" else 0.25), half.end()
    return value, end


_MINUS_WORD = re.compile(r"(?i)minus[\s-](?=\d)")


_UNCERTAINTY = re.compile(rf"{_SPACE}?(?:±|\+/[-−]|\+-){_SPACE}?")


# "800,000", "1,250,000.50": digits grouped in thousands with commas, as amounts are written
# (names with a local letter are not: "N95", "P53", "the R2")
_THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _ranged_to_amount(text: str, end: int, local: str) -> bool:
    """'from Q200 to Q5,000', 'R500-R2,000': the low end of a range whose high end is an
    amount with the same letter, grouped in thousands or scaled, is money too."""
    high = re.match(
        rf"[ \u00a0]*(?:to|and|-|–)[ \u00a0]*{re.escape(local)}"
        rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|[ \u00a0]*(?:to|and|-|–)[ \u00a0]*{re.escape(local)}"
        rf"\d+(?:\.\d+)?[ \u00a0]?(?:million|billion|m|bn)\b",
        text[end : end + 40],
    )
    return high is not None


# ISO 4217 codes written before an amount that are also English words or names in capitals:
# 'ALL' (the lek) before '5 solutions' is the word, 'AMD' (the dram) before '7 series chips'
# the chip maker.
_WORD_LIKE_PREFIXES = frozenset({"ALL", "AMD"})
# Prefixes that also begin names ('Le360', a news site): money only grouped, scaled or priced
_NAME_LIKE_PREFIXES = frozenset({"Le"})
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]{3,}s\b")  # a plural: 'solutions', not 'was'
