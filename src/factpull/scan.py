"""The fast scan: find quantity mentions in sentence text by their written form.

The scan works on characters, so it sees "€2.5m", "HK$10", "20–35" and "42 923" the same way
whatever spaCy's tokenizer does with them. It finds each mention's extent (currency prefix, number,
scale word, unit, range end, "per" phrase) and reads its value. It knows nothing about grammar:
whether a number is a year, a date part or an identifier is decided later on the parsed sentence
(``components/quantities.py``), and units this scan does not know are left to quantulum3
(``quantities.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from factpull.assets import Lexicon, UnitInfo, case_sensitive, lexicon
from factpull.numerals import (
    FRACTION_DENOMINATORS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SMALL_NUMBERS,
    parse_digits,
    parse_fraction_words,
    parse_number_words,
    parse_ordinal,
    scale_factor,
    split_number_words,
    to_float,
)

FORM_DIGITS, FORM_WORDS, FORM_FRACTION, FORM_ORDINAL = "digits", "words", "fraction", "ordinal"
_SPACE = r"[ \u00a0\u202f\u2009]"


@dataclass(frozen=True)
class Candidate:
    """A quantity mention found by its written form, before any grammatical check."""

    start: int  # mention extent in the scanned text (qualifier excluded)
    end: int
    value: float
    value_high: float | None = None
    unit: str | None = None  # canonical unit or ISO currency from our tables
    kind: str | None = None  # kind implied by the unit ("money", "percent", ...)
    qualifier: str | None = None
    form: str = FORM_DIGITS
    number_start: int = 0  # the first number of the mention (after any currency prefix)
    number_end: int = 0  # end of the last number + scale word (before unit words)
    unit_text: str = ""  # the unit words as written, "" when none
    has_scale: bool = False
    currency_symbol: str | None = None  # "$", "¥": a symbol whose currency the document decides
    sign: str | None = None  # "+" or "-" written before the number ("-1.3%", "+5%")
    consumed_end: int = 0  # where scanning resumes: past a "per 100,000" the mention owns


@dataclass(frozen=True)
class _Number:
    start: int
    end: int  # after the scale word, if any
    value: float
    form: str
    currency: str | None
    has_scale: bool
    core_end: int  # end of the digits / words themselves
    base_value: float  # the value before the scale word: 2 for "2 million"
    symbol: str | None  # the currency prefix as written, when it is ambiguous ("$", "¥")
    negative: bool = False  # a minus between the currency prefix and the digits: "$-99.99"


class Scanner:
    """Compiled patterns built from the lexicon tables; one per process."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        alternation = _prefix_alternation(sorted(lex.currency_prefixes, key=len, reverse=True))
        folded = "|".join(re.escape(p) for p in sorted(lex.folded_prefixes, key=len, reverse=True))
        self.local_prefixes = _entries(lex.cues["local_currency_prefixes"])
        local = "|".join(sorted(self.local_prefixes, key=len, reverse=True))
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
        number_words = sorted(
            NUMBER_WORDS | set(FRACTION_DENOMINATORS) | set(ORDINAL_WORDS) | {"minus"},
            key=len, reverse=True,
        )  # fmt: skip
        self.start = re.compile(
            rf"\d|[½¼¾⅓⅔⅕⅛⅜⅝⅞]|[+.](?=\d)|{alternation}|(?<![A-Za-z])(?:{folded})"
            rf"|(?:{local})(?=\d)"  # fast: a letter first; the currency pattern checks before it
            rf"|(?i:(?<![A-Za-z])(?:an?|{'|'.join(number_words)})\b)"
            rf"|(?i:(?<![A-Za-z])(?:{_FOLD_WORDS})fold\b)"  # "threefold"
        )
        self.fold = re.compile(rf"(?i)(?P<num>\d+(?:\.\d+)?|{_FOLD_WORDS})-?fold\b(?!-)")
        self.digits = re.compile(
            rf"\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?(?!,?\d)"  # Indian grouping: 7,51,10,300
            rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!,?\d)"
            rf"|\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d,.]?\d)(?:\.\d+)?"
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
        fraction_words = "|".join(FRACTION_DENOMINATORS)
        small = "|".join(SMALL_NUMBERS)
        self.fraction = re.compile(rf"(?i)\b(?:(?:a|an|one|{small})[ -])?(?:{fraction_words})\b")
        self.scale_word = re.compile(
            rf"(?:{_SPACE}|-)?(?i:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?)\b"
            rf"|(?:k|K|m|M|MM|b|B|bn|Bn|tn|trn|T|cr)\b|{_SPACE}?(?:mn|mln|bn|bln|cr|B|M)\b"
        )
        self.ordinal = re.compile(
            r"(?i)\b(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\b"
        )
        self.unit = _unit_pattern(lex)
        self.qualifier = _qualifier_pattern(lex)
        self.qualifiers_after = {
            phrase: bound
            for bound, phrases in _entries(lex.cues["qualifiers_after"]).items()
            for phrase in phrases
        }
        self.qualifier_after = _qualifier_after_pattern(self.qualifiers_after)
        self.range_joiner = re.compile(  # "8- to 16-metre": a suspended hyphen first
            rf"[-–—]{_SPACE}+(?:to|and|or){_SPACE}+|[-–—]to[-–—](?=\d)"  # "0-to-60-mph"
            rf"|{_SPACE}*(?:to|[-–—]|and|or){_SPACE}*|[-–—]"
        )
        self.per = re.compile(
            rf"(?P<gap>(?:{_SPACE}+[A-Za-z][\w'-]*){{0,2}}?)"
            rf"{_SPACE}+(?P<per>per|for every|every|a|an)"
            rf"(?:{_SPACE}+(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+|one|a|ten|hundred)"
            rf"(?:{_SPACE}+(?:thousand|million|lakh|crore))?|thousand|million|lakh|crore))?"
            rf"(?:{_SPACE}+|-)(?P<noun>[A-Za-z]+)\b"  # "£24 a-year" too
        )
        # Capitalised only: "10 may have died", "troops march 20 miles" are not dates.
        months = "|".join(
            re.escape(m.capitalize()) for m in sorted(lex.words("months"), key=len, reverse=True)
        )
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        # "15 May 2024", "8 February", "3rd of May"; and after a month, "15, 2024" of "May 15, 2024"
        self.dates = re.compile(rf"{day}(?:\s+of)?\s+(?:{months})(?![a-z])(?:,?\s+\d{{4}})?")
        self.day_after_month = re.compile(rf"{day}(?![\d,.]\d)(?:,?\s+\d{{4}})?")
        codes = "|".join(map(re.escape, sorted(lex.cues["statute_codes"], key=len, reverse=True)))
        # "21 U.S.C. § 841", "18 U.S.C. 924(c)": the title number of a statute citation
        self.statute_after = re.compile(rf"{_SPACE}+(?:{codes})(?![A-Za-z]){_SPACE}*(?:§+\s*)?\d")
        self.age_after = re.compile(
            r"(?i)(?:-|\s)?(?P<unit>year|month|week|day)s?(?:-|\s)olds?\b"
            r"|(?:\s|-)?(?P<unit2>year|month|week|day)s?\s+of\s+age\b"
        )
        age_cues = "|".join(sorted(lex.words("age_cues_before"), key=len, reverse=True))
        # "aged 15 and 16", "ages 12, 14 or 15": the cue reaches every number of the list
        self.age_list = re.compile(
            rf"(?i)\b(?:{age_cues})\s+\d{{1,3}}(?:\s*,\s*\d{{1,3}})*,?\s+(?:and|or)\s+$"
        )

    # -- public ---------------------------------------------------------------------------
    def scan(self, text: str) -> list[Candidate]:
        """All candidate mentions in ``text``, in order, not overlapping."""
        found: list[Candidate] = []
        pos = 0
        while pos < len(text):
            candidate = self._next_candidate(text, pos)
            if candidate is None:
                break
            found.append(candidate)
            pos = max(candidate.end, candidate.consumed_end, pos + 1)
        return found

    # -- finding the next mention ------------------------------------------------------------
    def _next_candidate(self, text: str, pos: int) -> Candidate | None:
        while True:
            start = self._next_start(text, pos)
            if start is None:
                return None
            skip = (
                _NOT_QUANTITIES.match(text, start)
                or self.dates.match(text, start)
                or (self._after_month(text, start) and self.day_after_month.match(text, start))
            )
            if skip:
                pos = skip.end()
                continue
            candidate = self._candidate_at(text, start)
            if candidate is not None:
                candidate = self._as_rank(text, candidate)
            if candidate is not None and not self._names_something(text, candidate):
                return candidate
            pos = _past_token(text, start) if candidate is None else max(candidate.end, start + 1)

    def _after_month(self, text: str, start: int) -> bool:
        words = _WORDS_BEFORE.findall(text, max(0, start - 12), start)
        last = words[-1] if words else ""
        return last[:1].isupper() and last.lower() in self.lex.words("months")

    def _names_something(self, text: str, cand: Candidate) -> bool:
        """'Registration Number: 130349', 'Article 5', 'call 911', 'no one', 'one of the
        largest': numbers that identify or refer, found from the words around them."""
        bare = cand.unit is None and cand.kind is None
        if not bare:
            return False
        words = _WORDS_BEFORE.findall(text, max(0, cand.start - 30), cand.start)
        before = words[-1] if words else ""
        if before.lower() in self.lex.words("identifier_words"):
            return True
        if before.lower() in self.lex.words("name_words") and before[:1].isupper():
            return True
        if self._is_reference(text, cand):
            return True
        number = text[cand.number_start : cand.number_end].lower()
        emergency = number in self.lex.words("emergency_numbers")
        if emergency and self._emergency_line(text, cand, before):
            return True
        after = text[cand.end : cand.end + 12].lower()
        return number == "one" and (
            before.lower() == "no" or after.startswith((" of ", " another"))
        )

    def _is_reference(self, text: str, cand: Candidate) -> bool:
        """'#1345678', '§ 841', '21 U.S.C. 841', 'quoting incident 412', the 5 of 'Page 2 of
        5', the 467 of 'Sections 420 and 467': references, citations and page furniture."""
        lead = text[max(0, cand.start - 3) : cand.start].rstrip()
        long_number = cand.number_end - cand.number_start >= 4  # "#1345678"; "the #1 seed" ranks
        if lead.endswith(("§", "¶")) or (lead.endswith("#") and long_number):
            return True
        if self.statute_after.match(text, cand.end):
            return True
        lowered = _LOWER_WORD.findall(text[max(0, cand.start - 30) : cand.start].lower())[-2:]
        if len(lowered) == 2 and lowered[0] in self.lex.words("reference_cues"):
            return lowered[1] in self.lex.words("reference_nouns")  # "quoting incident 412"
        return self._of_page(text, cand) or self._listed_reference(text, cand)

    def _of_page(self, text: str, cand: Candidate) -> bool:
        """The total of 'Page 2 of 5', 'slide 3 of 40': page furniture."""
        match = _OF_TOTAL_BEFORE.search(text, max(0, cand.start - 20), cand.start)
        return match is not None and match.group(1).lower() in self.lex.words(
            "page_furniture_words"
        )

    def _listed_reference(self, text: str, cand: Candidate) -> bool:
        """'Sections 420 and 467', 'Articles 5, 6 and 8': later numbers of an identifier's list."""
        before = text[max(0, cand.start - 60) : cand.start]
        if not before.rstrip().endswith(("and", "or", "&", ",")):
            return False  # cheap exit
        match = _LIST_HEAD.search(before)
        if match is None:
            return False
        word = match.group(1)
        lowered = word.lower()
        singular = lowered[:-1] if lowered.endswith("s") else lowered
        if {lowered, singular} & self.lex.words("identifier_words"):
            return True
        return word[:1].isupper() and singular in self.lex.words("name_words")

    def _as_rank(self, text: str, cand: Candidate) -> Candidate:
        """'world No. 1', 'ranked #3': a rank written with a number sign is an ordinal, where
        'No. 10 Downing Street' and 'case No. 1234' stay identifiers."""
        bare = cand.unit is None and cand.kind is None and cand.value_high is None
        if not (bare and cand.form == FORM_DIGITS and cand.value.is_integer()):
            return cand
        sign = _NUMBER_SIGN_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if sign is None or sign.group(1).lower() not in self.lex.words("rank_cues"):
            return cand
        return replace(cand, kind="ordinal", form=FORM_ORDINAL)

    def _emergency_line(self, text: str, cand: Candidate, before: str) -> bool:
        """'the 911 call', 'a 999 operator', 'the 000 calls': the phone line, not a count
        ('police received 911 calls' still counts)."""
        noun = re.match(r"[\s-]+([a-z]+)", text[cand.end : cand.end + 20].lower())
        word = noun.group(1) if noun else ""
        nouns = self.lex.words("emergency_number_nouns")
        if word in nouns:
            return True
        if before.lower() in self.lex.words("emergency_number_verbs"):
            return not (len(word) > 3 and word.endswith("s"))  # "called 911"; not "... witnesses"
        return word[:-1] in nouns and before.lower() in _DETERMINERS

    def _next_start(self, text: str, pos: int) -> int | None:
        match = self.start.search(text, pos)
        return match.start() if match else None

    def _candidate_at(self, text: str, start: int) -> Candidate | None:
        readers = (self._read_fold, self._read_fraction, self._read_ordinal, self._read_quantity)
        for reader in readers:
            candidate = reader(text, start)
            if candidate is not None:
                return candidate
        return None

    def _read_fold(self, text: str, start: int) -> Candidate | None:
        """'a threefold rise', 'grew more than sixfold', 'a 3-fold increase': a multiplier."""
        match = self.fold.match(text, start)
        if match is None or _glued_to_word(text, start):
            return None
        num = match.group("num").lower()
        value = float(num) if num[0].isdigit() else parse_number_words([num])
        if value is None:
            return None
        # unit "times": what "three times" says with its counted noun
        cand = Candidate(start=start, end=match.end(), value=float(value), unit="times",
                         kind="other", number_start=start, number_end=match.end())  # fmt: skip
        return self._with_qualifier(text, cand)

    # -- numbers -------------------------------------------------------------------------------
    def _read_number(self, text: str, pos: int, after_sign: bool = False) -> _Number | None:
        """A number with optional currency prefix and scale word, starting exactly at ``pos``."""
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
        read = self._read_core(text, pos, money=currency is not None, signed=after_sign)
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
            factor = scale_factor(scale.group().strip(" -\u00a0\u202f\u2009"))
            if factor and self._scale_applies(text, scale, currency, form, text[pos:core_end]):
                value, end, has_scale = value * factor, scale.end(), True
        if cur and cur.group("folded") == "PS" and not _looks_like_amount(text[pos:end], has_scale):
            return None  # "PS5" is a games console, "PS6m" is £6m
        if local and not (has_scale or self._money_context(text, start, end, strict=True)):
            return None  # "the R2", "N95 masks", "P53": roads, masks, proteins
        return _Number(
            start, end, to_float(value), form, currency, has_scale, core_end, base_value, symbol,
            negative and currency is not None,
        )  # fmt: skip

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

    def _read_core(
        self, text: str, pos: int, money: bool, signed: bool
    ) -> tuple[Decimal | float | int, str, int] | None:
        """The number itself: scientific notation, a slash fraction, digits or words.

        A number glued to a word ('COVID-19', 'G20') is none, unless a currency prefix or a
        sign word claims it ('RMB5', 'minus-7')."""
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
        word = scale.group().strip(" -\u00a0\u202f\u2009")
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
            # "£2.5m" and "1.2m people" are millions; "a 5m wall" is metres.
            plural = self._followed_by_plural(text, scale.end())
            return plural if spaced else (currency is not None or plural or decimal_capital)
        if word in ("b", "B", "MM"):
            return (
                (currency is not None and not spaced)
                or decimal_capital
                or self._followed_by_plural(text, scale.end())
            )
        if word == "T":
            return currency is not None and not spaced  # "$2.174T"; "5T" alone is not
        if word == "K" and not spaced and currency is None:  # "573.15K)"; not "5K race"
            if _RACE_AFTER.match(text, scale.end()):
                return False  # "a 5K race" is kilometres (see _with_unit_mark)
            followed = re.match(r"\s+[A-Za-z]", text[scale.end() : scale.end() + 2])
            return followed or not self._temperature_context(text, scale.start() - len(number))
        return True

    def _followed_by_plural(self, text: str, pos: int) -> bool:
        match = re.match(r"[ \u00a0]+([a-z]+)", text[pos:])
        if not match:
            return False
        word = match.group(1)
        return word.endswith("s") or word in self.lex.words("per_nouns_population")

    # -- whole mentions -------------------------------------------------------------------------
    def _read_quantity(self, text: str, start: int) -> Candidate | None:
        if start >= 5 and text[start - 1] == "-":
            group = self._age_group(text, start)
            if group is not None:
                return group
        if text[start + 1 : start + 3] == "0s":
            decades = self._decade_ages(text, start)
            if decades is not None:
                return decades
        sign, sign_start, number_start = self._read_sign(text, start)
        number = self._read_number(text, number_start, after_sign=sign is not None)
        if number is None:
            return None
        number = self._with_uncertainty(text, number)
        sign = "-" if number.negative else sign
        value = -number.value if sign == "-" else number.value
        candidate = Candidate(
            start=sign_start if sign else number.start, end=number.end, value=value,
            form=number.form, number_start=number.start, number_end=number.end,
            has_scale=number.has_scale, unit=number.currency,
            kind="money" if number.currency else None,
            currency_symbol=number.symbol, sign=sign,
        )  # fmt: skip
        ratio = self._ratio(text, candidate)
        if ratio is not None:
            return self._with_qualifier(text, ratio)
        candidate = self._with_unit(text, candidate)
        candidate = self._with_unit_before(text, candidate)
        if candidate.form == FORM_FRACTION and candidate.unit is None:
            candidate = replace(candidate, unit="fraction", kind="other")
        if candidate.end == number.end and _letter_at(text, number.end):
            return None  # "22nd", "5G", "3D": letters glued to the number name something
        candidate = self._with_smaller_unit(text, candidate)
        candidate = self._with_range(text, candidate, number)
        candidate = self._with_age(text, candidate)
        candidate = self._with_per(text, candidate)
        return self._with_accounting_sign(text, self._with_qualifier(text, candidate))

    def _age_group(self, text: str, start: int) -> Candidate | None:
        """'the under-25s', 'over-65s': an age bound written as a group name."""
        group = _AGE_GROUP.search(text, max(0, start - 6), start + 5)
        if group is None or group.start("num") != start:
            return None
        return Candidate(
            start=start, end=group.end(), value=float(group.group("num")), unit="year",
            kind="age", qualifier=self.lex.qualifiers[group.group("q").lower()],
            number_start=start, number_end=group.end("num"),
        )  # fmt: skip

    @staticmethod
    def _with_unit_before(text: str, cand: Candidate) -> Candidate:
        """'a magnitude 6.4 quake': a scale named before its reading."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return cand
        match = _UNIT_BEFORE.search(text, max(0, cand.start - 12), cand.start)
        if match is None:
            return cand
        return replace(cand, start=match.start(), unit="magnitude", kind="other")

    def _decade_ages(self, text: str, start: int) -> Candidate | None:
        """'in their 20s and 30s', 'in his early 40s': ages by decade, 20 to 39 and 40 to 49.
        The possessive is what makes '30s' an age rather than the 1930s."""
        if not _DECADE_AGE_BEFORE.search(text, max(0, start - 30), start):
            return None
        match = _DECADE_AGES.match(text, start)
        if match is None:
            return None
        low, high = int(match.group("low")), int(match.group("high") or match.group("low"))
        end = match.end()
        if match.group("join") in ("and", "or") and high - low > 10:
            high, end = low, match.end("low") + 1  # "in their 30s and 50s": nobody in the 40s
        return Candidate(
            start=start, end=end, value=float(low), value_high=float(high + 9),
            unit="year", kind="age", number_start=start, number_end=end,
        )  # fmt: skip

    def _ratio(self, text: str, cand: Candidate) -> Candidate | None:
        """'one in five adults', 'a 1-in-4 chance', '3 out of 10 voters': the fraction N/M.
        Not '5 in 10 minutes' or '2 in 3 games' (a count within a measure or a span)."""
        if cand.unit is not None or cand.form not in (FORM_DIGITS, FORM_WORDS):
            return None
        joiner = _RATIO_JOINER.match(text, cand.end)
        if joiner is None or not cand.value.is_integer() or cand.value < 1:
            return None
        whole = self._read_number(text, joiner.end(), after_sign=True)  # 'in-4' is no name
        if whole is None or whole.currency or whole.has_scale or whole.form == FORM_FRACTION:
            return None
        if not (cand.value < whole.value <= 1000 and whole.value.is_integer()):
            return None
        hyphenated = joiner.group().startswith("-")
        if not hyphenated and (
            self.unit.match(text, whole.end) or _RATIO_NOT_PEOPLE.match(text, whole.end)
        ):
            return None
        return replace(
            cand, end=whole.end, number_end=whole.end, value=cand.value / whole.value,
            unit="fraction", kind="other",
        )  # fmt: skip

    def _with_uncertainty(self, text: str, number: _Number) -> _Number:
        """'2,000.45±0.01 pounds', '9.8 +/- 0.2 kg': the mention covers the uncertainty, which
        is dropped; it is never a quantity of its own."""
        match = _UNCERTAINTY.match(text, number.end)
        error = self._read_number(text, match.end()) if match else None
        if error is None or error.currency:
            return number
        return replace(number, end=error.end)

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
        return None, start, start

    def _with_unit(self, text: str, cand: Candidate) -> Candidate:
        match = self.unit.match(text, cand.end)
        if not match:
            return self._with_trailing_symbol(text, cand) or self._with_unit_mark(text, cand)
        surface, power = match.group("unit"), match.group("power")
        joined_by_hyphen = match.group("sep") == "-"
        if surface.lower() in self.lex.currency_words:
            if cand.unit is not None or power:
                return cand
            code = self.lex.currency_words[surface.lower()]
            symbol = self.currency_word_symbols.get(surface.lower())  # "pesos": PHP or MXN
            return replace(cand, end=match.end(), unit=code, kind="money", unit_text=surface,
                           currency_symbol=symbol)  # fmt: skip
        info = self._unit_info(surface)
        if info is not None and info.name == "pound" and self._sterling(text, cand, match):
            return replace(cand, end=match.end(), unit="GBP", kind="money", unit_text=surface)
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

    def _with_unit_mark(self, text: str, cand: Candidate) -> Candidate:
        """A mark glued to the number: '-10C', '95F', '573.15K' where the words around speak of
        temperature (else '10C' is a flat, 'Form 5C' a class); '55"' for inches."""
        if cand.unit is not None or cand.form != FORM_DIGITS:
            return cand
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

    def _with_smaller_unit(self, text: str, cand: Candidate) -> Candidate:
        """'18 years and eight months' is one duration: 224 months."""
        factor_by_unit = _COMPOUND_DURATIONS.get(cand.unit or "")
        if factor_by_unit is None:
            return cand
        joiner = re.compile(rf"{_SPACE}+and{_SPACE}+").match(text, cand.end)
        if not joiner:
            return cand
        number = self._read_number(text, joiner.end())
        if number is None or number.currency:
            return cand
        rest = self._with_unit(
            text, Candidate(start=number.start, end=number.end, value=number.value)
        )
        smaller, factor = factor_by_unit
        if rest.unit != smaller:
            return cand
        return replace(
            cand,
            end=rest.end,
            value=cand.value * factor + rest.value,
            unit=smaller,
            number_end=rest.end,
            unit_text=rest.unit_text,
        )

    def _with_range(self, text: str, cand: Candidate, low: _Number) -> Candidate:
        """'20 to 35', 'between 5 and 10', '20-35', '$1m-$2m', 'three or four years'.

        A scale word written only once belongs to both numbers, range or not: "1 to 2
        million", and "rose from 2 to 2.5 million" (two levels: 2 million, 2.5 million)."""
        if cand.form not in (FORM_DIGITS, FORM_WORDS) or cand.value < 0:
            return cand
        joiner = self.range_joiner.match(text, cand.end)
        if not joiner or _COLUMN_GAP.search(joiner.group()):
            return cand  # "15          -20.0%": two table columns, never one range
        word = joiner.group().strip(" \u00a0\u202f\u2009").lower()
        word = word.lstrip("-–—").strip() or word  # "- to" of "8- to 16-metre" is "to"
        hyphened = word.startswith("to") and joiner.group()[-1:] in "-–—"  # "0-to-60-mph"
        high = self._read_number(text, joiner.end(), after_sign=hyphened)
        if high is None or (high.form != low.form and low.form == FORM_DIGITS):
            return cand
        cand = self._with_shared_scale(cand, low, high)
        before = text[max(0, cand.start - 40) : cand.start].lower()
        if not _range_joiner_fits(word, before):
            return cand
        upper = self._with_unit(text, Candidate(
            start=high.start, end=high.end, value=high.value, unit=high.currency,
            kind="money" if high.currency else None,
        ))  # fmt: skip
        merged = self._merge_range(cand, upper, high)
        if word == "or" and merged.value_high is not None:
            gap = merged.value_high - merged.value
            return merged if 0 < gap <= 2 and merged.value.is_integer() else cand
        return merged

    @staticmethod
    def _with_shared_scale(cand: Candidate, low: _Number, high: _Number) -> Candidate:
        """'2 to 2.5 million': the first number is millions too. An amount written with its
        own currency sign takes the scale only when the range stays in order: '$2 to $4
        million' is 2..4 million, but '$200 to $4 million' is 200..4,000,000. (Bare counts
        keep carrying it: 'fell from 3 to 2 million' is 3 million to 2 million.)"""
        unscaled_small = not low.has_scale and not cand.unit_text and low.base_value < 1000
        same_money = low.currency in (None, high.currency)
        if high.has_scale and unscaled_small and same_money and cand.value == low.value:
            scaled = cand.value * (high.value / high.base_value)
            if low.currency is None or scaled <= high.value:
                return replace(cand, value=scaled)
        return cand

    def _merge_range(self, cand: Candidate, upper: Candidate, high: _Number) -> Candidate:
        if cand.unit and upper.unit and cand.unit != upper.unit:
            return cand  # "7% to $2.3 billion": two quantities
        if cand.unit_text and not upper.unit:
            return cand  # "0.4 per cent to 13176": a change, then a level
        if not cand.unit and upper.unit_text.lower().startswith("centur"):
            cand = replace(cand, value=cand.value * 100)  # "two to three centuries", in years
        if not cand.value < upper.value:
            return cand
        unit = cand.unit or upper.unit
        kind = cand.kind if cand.unit else upper.kind
        return replace(
            cand, end=upper.end, value_high=upper.value, unit=unit, kind=kind,
            unit_text=upper.unit_text or cand.unit_text, number_end=high.end,
            has_scale=cand.has_scale or high.has_scale,
        )  # fmt: skip

    def _with_age(self, text: str, cand: Candidate) -> Candidate:
        tail = self.age_after.match(text, cand.number_end)
        if tail and (cand.unit in (None, "year", "month", "week", "day")):
            unit = (tail.group("unit") or tail.group("unit2")).lower()
            return replace(
                cand,
                end=max(tail.end(), cand.end),
                unit=unit,
                kind="age",
                unit_text=tail.group().strip(" -"),
            )
        if self._age_context(text[max(0, cand.start - 40) : cand.start]) and cand.unit in (
            None,
            "year",
            "month",
        ):
            return replace(cand, unit=cand.unit or "year", kind="age")
        if cand.unit is None and cand.kind is None and self._bare_age(text, cand):
            return replace(cand, unit="year", kind="age")
        return cand

    def _bare_age(self, text: str, cand: Candidate) -> bool:
        """A bare number that is an age: 'aged 15 and 16' (the cue covers the list), and
        'victims were under 25.' (people said to be under/over N; with another noun, only when
        the sentence speaks of age). 'under 25 victims' and 'deaths were under 25' are counts."""
        if cand.form != FORM_DIGITS or cand.value_high is not None:
            return False
        if not (cand.value.is_integer() and 0 < cand.value <= 120):
            return False
        before = text[max(0, cand.start - 60) : cand.start]
        last = before.rstrip().lower()
        if last.endswith(("and", "or")) and self.age_list.search(before):
            return True
        if not last.endswith(("under", "over", "below", "above", "than")):
            return False  # cheap exit: most numbers follow no comparison
        predicate = _AGE_PREDICATE.search(before)
        if predicate is None or not _CLAUSE_END.match(text, cand.end):
            return False
        people = predicate.group("noun").lower() in self.lex.words("age_people_nouns")
        return people or _AGE_WORD.search(text) is not None

    def _age_context(self, before: str) -> bool:
        """'aged 35', 'ages ranging from 20 to 35', 'age of 35'."""
        fillers = {"ranging", "range", "ranged", "from", "between", "of", "in", "at", "the",
                   "group", "groups", "bracket", "was", "were", "is", "are"}  # fmt: skip
        for word in reversed(re.findall(r"[a-z]+", before.lower())[-5:]):
            if word in self.lex.words("age_cues_before"):
                return True
            if word not in fillers:
                return False
        return False

    def _with_per(self, text: str, cand: Candidate) -> Candidate:
        if cand.kind == "percent":
            return cand
        slash = _SLASH_PER.match(text, cand.end)
        per_name = self._slash_unit(slash.group("noun")) if slash and cand.unit else None
        if per_name and slash and slash.group("power"):  # "W/m^2"; not "km/s2"
            per_name = _powered(per_name, slash.group("power"))
        if slash and per_name:  # "$3.50/gallon", "5 W/min"
            end = slash.end()
            symbol = self._per_symbol(cand, per_name)
            return replace(cand, end=end, unit=f"{cand.unit} per {per_name}", kind="rate",
                           consumed_end=end, currency_symbol=symbol)  # fmt: skip
        match = self.per.match(text, cand.end)
        if not match:
            return cand
        per_word, number, noun = match.group("per").lower(), match.group("num"), match.group("noun")
        if number and noun.lower() in _FUNCTION_WORDS and match.group("per") == "per":
            return self._per_base_only(text, cand, match)  # "8 robberies per 100,000 in 2023"
        tail = self._per_noun_tail(text, noun, match.end(), bool(number))
        noun = f"{noun} {tail.group('noun')}" if tail else noun
        if per_word in ("a", "an") and _TIME_REFERENCE_AFTER.match(text, match.end()):
            return cand  # "$1.17 billion a year earlier": when, not how often
        time_units = ("year", "month", "week", "day", "hour", "minute", "annum")
        if per_word in ("a", "an", "every"):
            unit_noun = self._unit_info(noun) is not None or noun.lower() in _PRICED_PER
            if match.group("gap") or number or not (noun.lower() in time_units or unit_noun):
                return cand  # "$52 a barrel", "$50,000 a year"; not "5 a side"
        elif not number and noun.lower() in ("cent", "centum"):
            return cand
        if match.group("gap") and not number:
            return cand  # "12 crimes per capita" is fine, "12 crimes per ..." needs a base
        if match.group("gap") and cand.unit:
            return cand
        per_end = tail.end() if tail else match.end()
        per_unit = self.unit.match(text, match.start("noun")) if not number else None
        info = self._unit_info(per_unit.group("unit")) if per_unit else None
        if info is not None:  # "$80 per sq m", "11 feet per century": a unit, named canonically
            noun, per_end = info.name, per_unit.end()
        phrase = " ".join(p for p in ("per", number, noun.lower() if info is None else noun) if p)
        unit = f"{cand.unit} {phrase}" if cand.unit else phrase
        end = cand.end if match.group("gap") else per_end
        return replace(cand, end=end, unit=unit, kind="rate", consumed_end=per_end,
                       currency_symbol=self._per_symbol(cand, noun))  # fmt: skip

    @staticmethod
    def _per_base_only(text: str, cand: Candidate, match: re.Match[str]) -> Candidate:
        """'per 100,000' with no noun after the base: the unit is the base alone."""
        per_end = match.end("num")
        unit = f"per {match.group('num')}"
        unit = f"{cand.unit} {unit}" if cand.unit else unit
        end = cand.end if match.group("gap") else per_end
        return replace(cand, end=end, unit=unit, kind="rate", consumed_end=per_end)

    def _per_noun_tail(self, text: str, noun: str, pos: int, based: bool) -> re.Match[str] | None:
        """'per 1,000 live births', 'per 100,000 county residents': the word read as the
        per-noun modifies the noun after it. After a base ('per N') any word may, when up to
        two more words end in a population noun or a plural."""
        if noun.lower() in self.lex.words("per_noun_modifiers"):
            tail = _PER_NOUN_TAIL.match(text, pos)
            return None if tail is None or tail.group("noun") in _FUNCTION_WORDS else tail
        if not based or noun.lower() in self.lex.words("per_nouns_population"):
            return None
        tail = _PER_NOUN_MODIFIED.match(text, pos)
        if tail is None or any(w in _FUNCTION_WORDS for w in tail.group("noun").split()):
            return None
        last = tail.group("noun").split()[-1]
        plural = len(last) > 3 and last.endswith("s") and not last.endswith("ss")
        return tail if plural or last in self.lex.words("per_nouns_population") else None

    def _per_symbol(self, cand: Candidate, per_noun: str) -> str | None:
        """'$52 a barrel', '$1,950/oz': world commodity prices are in US dollars wherever the
        story is, so the document's place words must not make the '$' Canadian."""
        if per_noun.lower() in self.lex.words("usd_priced_per"):
            return None
        return cand.currency_symbol

    def _slash_unit(self, noun: str) -> str | None:
        """The unit after a slash: '/kg' -> kilogram, '/h' -> hour, '/share' -> share."""
        info = self._unit_info(noun)
        if info is not None and info.kind != "money":
            return info.name
        return _SLASH_TIME.get(noun) or (noun.lower() if noun.lower() in _PRICED_PER else None)

    def _unit_info(self, surface: str) -> UnitInfo | None:
        return self.lex.unit_surfaces.get(surface) or self.lex.unit_surfaces.get(surface.lower())

    def _with_qualifier(self, text: str, cand: Candidate) -> Candidate:
        window = text[max(0, cand.start - 40) : cand.start]
        match = self.qualifier.search(window)
        if not match:
            return self._with_qualifier_after(text, cand)
        phrase = match.group("q").lower()
        if phrase == "up to" and _MOTION_BEFORE_UP.search(window[: match.start()]):
            return cand  # "inched back up to 4.8%": where it went, not a bound
        at = cand.start - len(window) + match.start()
        if phrase == "over" and self._over_span(text, cand, at):
            return cand  # "rose 40% over five years": the span measured, not a bound
        return replace(cand, qualifier=self.lex.qualifiers[phrase])

    @staticmethod
    def _over_span(text: str, cand: Candidate, at: int) -> bool:
        """'Over 10 years, burglaries halved', 'rose 40% over five years': a time span. Not
        'sentenced to over 10 years': there 'over' (at `at`) bounds the amount."""
        if cand.unit not in _SPAN_UNITS:
            return False
        before = text[max(0, at - 30) : at]
        if _SPAN_AFTER_CHANGE.search(before):
            return True
        clause_start = at == 0 or _CLAUSE_START.search(before) is not None
        return clause_start and _COMMA_AFTER.match(text, cand.end) is not None

    def _with_qualifier_after(self, text: str, cand: Candidate) -> Candidate:
        """'400 grams or more', 'aged 65 and over', '10 or fewer': a bound after the amount."""
        match = self.qualifier_after.match(text, cand.end)
        if match is None:
            return cand
        phrase = " ".join(match.group("q").lower().split())
        return replace(cand, qualifier=self.qualifiers_after[phrase])

    # -- fractions and ordinals -------------------------------------------------------------------
    def _read_fraction(self, text: str, start: int) -> Candidate | None:
        match = self.fraction.match(text, start)
        if not match:
            return None
        value = parse_fraction_words(match.group())
        if value is None or self._period_part(text, start, match.end()):
            return None
        cand = Candidate(start=start, end=match.end(), value=value, unit="fraction",
                         kind="other", form=FORM_FRACTION, number_start=start,
                         number_end=match.end())  # fmt: skip
        measured = self._fraction_of_amount(text, cand) or self._fraction_with_unit(text, cand)
        if measured is not None:
            return self._with_qualifier(text, measured)
        after = text[match.end() : match.end() + 12].lower()
        before = text[max(0, start - 4) : start].lower()
        words = split_number_words(match.group())
        stands_alone = (  # "exactly one sixth.", "rose to two-thirds,"; not "a third." (a place)
            len(words) == 2
            and words[0] not in ("a", "an")
            and _CLAUSE_END.match(text, match.end()) is not None
            and (words[1] != "quarters" or "-" in match.group())  # "three quarters": fiscal
        )
        if not (
            re.match(r"\s+(?:of|the|their|all|its|his|her)\b", after)
            or before.endswith("by ")
            or stands_alone
            or value > 1  # "three halves": never a count of halves
        ):
            return None
        return self._with_qualifier(text, cand)

    @staticmethod
    def _period_part(text: str, start: int, end: int) -> bool:
        """'the first half of 2024', 'the second half of the year', 'Q3' written 'the third
        quarter': a named period, not a fraction. 'half of the year's thefts' stays one."""
        word = text[start:end].lower()
        if word not in ("half", "quarter"):
            return False
        if _PERIOD_ORDINAL_BEFORE.search(text, max(0, start - 10), start):
            return True
        return word == "half" and _PERIOD_OF_AFTER.match(text, end) is not None

    def _fraction_of_amount(self, text: str, cand: Candidate) -> Candidate | None:
        """'half a million', 'half an hour', 'half a dozen', 'a quarter of a mile'."""
        link = _FRACTION_LINK.match(text, cand.end)
        if not link:
            return None
        if not link.group("of") and text[cand.start : cand.end].lower() != "half":
            return None  # "half a mile", but "a quarter a mile" is not English
        return self._fraction_times(text, cand, link.end())

    def _fraction_with_unit(self, text: str, cand: Candidate) -> Candidate | None:
        """'one-half miles', 'a quarter mile', 'three-quarters million'."""
        words = split_number_words(text[cand.start : cand.end])
        if len(words) < 2:
            return None  # "half-year results" is not half a year
        if words[0] in ("a", "an") and words[1] not in ("half", "quarter"):
            return None  # "a third day", "a fifth year": ordinals
        return self._fraction_times(text, cand, cand.end)

    def _fraction_times(self, text: str, cand: Candidate, pos: int) -> Candidate | None:
        """The fraction of the scale word or unit at ``pos``, else None."""
        scale = _FRACTION_SCALE.match(text, pos)
        if scale:
            word = scale.group("scale").lower()
            factor = 12 if word == "dozen" else scale_factor(word) or 1
            scaled = replace(cand, end=scale.end(), number_end=scale.end(), unit=None,
                             kind=None, value=cand.value * factor, form=FORM_WORDS,
                             has_scale=True)  # fmt: skip
            return self._with_unit(text, scaled)
        measured = self._with_unit(text, replace(cand, end=pos, unit=None, kind=None))
        return measured if measured.unit is not None else None

    def _read_ordinal(self, text: str, start: int) -> Candidate | None:
        match = self.ordinal.match(text, start)
        if not match or _glued_to_word(text, start):
            return None
        after = re.match(r"([\s-]+)([a-z]+)", text[match.end() : match.end() + 20].lower())
        before = re.findall(r"[a-z]+", text[max(0, start - 20) : start].lower())[-2:]
        heads = self.lex.words("superlative_ordinal_heads")
        ranked = (after and after.group(2) in heads) or any(
            w in self.lex.words("rank_verbs") for w in before
        )
        if not ranked and not self._ordinal_of_noun(text, start, match, after):
            return None
        value = parse_ordinal(match.group())
        if value is None:
            return None
        end = match.end()
        if after and after.group(1) == "-" and after.group(2) in heads:
            end += after.end()  # "second-largest" is one mention
        return Candidate(
            start=start,
            end=end,
            value=float(value),
            kind="ordinal",
            form=FORM_ORDINAL,
            number_start=start,
            number_end=match.end(),
        )

    def _ordinal_of_noun(
        self, text: str, start: int, match: re.Match[str], after: re.Match[str] | None
    ) -> bool:
        """'the city's third homicide', 'its 4th raid', 'the second shooting this week': an
        ordinal counting events. Not 'first' (mostly 'earliest'), nor 'its second half'."""
        if after is None or not after.group(1).isspace() or match.group().lower() == "first":
            return False
        if after.group(2) in self.lex.words("ordinal_not_heads"):
            return False
        before = text[max(0, start - 12) : start]
        last = _LOWER_WORD.findall(before.lower())[-1:]
        possessive = bool(last) and last[0] in self.lex.words("ordinal_possessives")
        if possessive or _POSSESSIVE_END.search(before):
            return True
        after_the = bool(re.search(r"(?i)\bthe\s+$", before))
        if after_the and after.group(2) in self.lex.words("ordinal_recurrence_heads"):
            return True  # "the 10th annual report", "the third edition"
        frame = _EVENT_FRAME.match(text, match.end() + after.end())
        return frame is not None and after_the


def _unit_pattern(lex: Lexicon) -> re.Pattern[str]:
    surfaces = set(lex.unit_surfaces) | set(lex.currency_words)
    long_forms = sorted((s for s in surfaces if not case_sensitive(s)), key=len, reverse=True)
    short_forms = sorted((s for s in surfaces if case_sensitive(s)), key=len, reverse=True)
    long_alt = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in long_forms)
    short_alt = "|".join(re.escape(s) for s in short_forms)
    power = rf"\^?[23²³](?!\d)|{_SPACE}(?:squared|cubed)\b"  # "km^2", "km³", "km squared"
    return re.compile(
        rf"(?P<sep>{_SPACE}|-)?(?P<unit>(?i:{long_alt})|{short_alt})(?P<power>{power})?"
        rf"(?![A-Za-z0-9])"
    )


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
    """'50 Cent' is a name, '10 t-shirts' are shirts: unit words that are not units here."""
    surface = match.group("unit")
    if info.kind == "money" and surface[:1].isupper():
        return False
    if info.kind == "duration" and not surface.endswith("s") and _TO_DATE.match(text, match.end()):
        return False
    hyphen_word = _HYPHEN_WORD.match(text, match.end()) is not None
    return not (len(surface) == 1 and surface.islower() and hyphen_word)


# "23 year to date": the period of a running total, not a duration (singular unit only).
_TO_DATE = re.compile(r"(?i)[\s-]+to[\s-]+date\b")
_COLUMN_GAP = re.compile(r"[ \u00a0]{3,}")
_HYPHEN_WORD = re.compile(r"-(?!long|high|wide|deep|tall|thick)[A-Za-z]")  # "37m-long" is metres


def _inch_mark(text: str, pos: int) -> bool:
    """'a 55" TV', 'Wrench 8"': a lone straight double quote after digits, not one closing a
    quotation ('"English 101"'), and not followed by punctuation ('he lost 12", he said')."""
    if text[pos] == "″":
        return True
    lone = text.count('"') == 1 and "“" not in text and "”" not in text
    return lone and re.match(r'"(?:$|\s+[A-Za-z0-9])', text[pos:]) is not None


def _qualifier_pattern(lex: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lex.qualifiers, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?i)(?<![A-Za-z])(?P<q>{alternation})\s*(?:between\s+|from\s+)?$")


def _qualifier_after_pattern(phrases: dict[str, str]) -> re.Pattern[str]:
    alternation = "|".join(
        re.escape(p).replace(r"\ ", rf"{_SPACE}+") for p in sorted(phrases, key=len, reverse=True)
    )
    # not "5 or more than 10", "12 and over the years", "3 or less 2": another comparison
    return re.compile(
        rf"(?i){_SPACE}+(?P<q>{alternation})(?![A-Za-z])"
        rf"(?!{_SPACE}*(?:\d|(?:than|the|a|an|to|its|their|his|her)\b))"
    )


# A word before a number, skipping the punctuation of "No. 5", "Number: 130349", "(#12)".
_WORDS_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*(?=[\s:#(.]*$)")

# "Page 2 of ": the word before a page number and "of"
_OF_TOTAL_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\s+\d{1,4}\s+of\s+$")
# "Sections 420 and ", "Articles 5, 6 and ": a word heading a list of numbers
_LIST_HEAD = re.compile(
    r"([A-Za-z][A-Za-z.]*)\s+\d+[A-Za-z]?(?:\([A-Za-z0-9]+\))*"
    r"(?:\s*,\s*\d+[A-Za-z]?(?:\([A-Za-z0-9]+\))*)*,?\s+(?:(?:and|or|&)\s+)?$"
)
# "world No. ", "ranked #": a word, then a number sign
_NUMBER_SIGN_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:[Nn]o\.?|[Nn]umber|#)\s*$")

# Written forms that contain digits but state no quantity: dates, times, fiscal years, phone
# numbers, screen sizes, zero-padded identifiers. Matched where a number would start.
_NOT_QUANTITIES = re.compile(
    r"""(?x)
      \d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)  # 2020-12-24
    | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)                  # 12/24/2020, 24.12.2020
    | \d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\.?)?  # 20:04, 5:30 a.m., 1:36.6
    | \d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)            # 5pm, 5 p.m., 10.45pm
    | (?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?!\d|,\d) # 2019-20, 2015/2016
    | \+(?!(?<![\w.]\+)\d{1,4}(?:\.\d{1,2})?(?![\d.]|[\s-]\(?\d))  # not a sign: "+10.2%"
      \d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}                      # +44 20 7946 0958
    | (?<=\()0\d{1,4}\)\s?\d{2,4}(?:[\s-]\d{3,4}){1,2}(?![\d,.]?\d)  # (02) 8346 1100
    | \(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)                # (555) 123-4567, 555 123 4567
    | 0\d{2,4}(?:[\s.-]\d{3,4}){1,3}(?![\d,.]?\d)               # 0800 555 111, 020 7946 0958
    | \d-\d{3}-\d{3}-\d{4}(?!\d)                              # 1-800-555-0199
    | \d{1,4}(?:-\d{3,4}){2,}(?![\d,.]?\d)                     # 1800-722-6688: three groups
    | 1[38]00\s\d{3}\s\d{3,4}(?![\d,.]?\d)                     # 1300 555 123 (Australia)
    | \d+\s?[*×x]\s?(?!10[\^−-])\d+(?![\d,])                  # 1024*768, 3x4
    | 24/7(?![\d/])                                            # round the clock
    | (?:[248]K|(?:480|720|1080|1440|2160)p)(?=[\s-]+(?i:video|resolution|tvs?|screens?|displays?
      |monitors?|streaming|content|hdr|uhd|ultra|footage|cameras?)\b)  # 4K video: a format
    | \d{1,2}/(?!(?:2|3|4|5|6|8|10|16)(?![\d/]))(?:3[01]|[12]?\d)(?![\d/])  # 9/11, 7/7: dates
    | 0\d{3,}                                                  # 0108263
    | \d{16,}                                                  # card numbers, hashes, digit runs
    """
)


# "<noun> were under", "<noun> is older than": a comparison of people with a bare number.
_AGE_PREDICATE = re.compile(
    r"(?i)\b(?P<noun>[a-z]+)\s+(?:were|was|are|is|be|being)\s+(?:all\s+|mostly\s+|aged\s+)?"
    r"(?:under|over|below|above|younger\s+than|older\s+than)\s+$"
)
_AGE_WORD = re.compile(r"(?i)\b(?:aged?|ages|years?[\s-]olds?)\b")
# "under-25s", "over-65s": an age group
_AGE_GROUP = re.compile(r"(?i)\b(?P<q>under|over)-(?P<num>\d{1,3})s(?![A-Za-z0-9])")


# "in their 20s and 30s", "in his early 40s", "in her mid-to-late 50s"
_DECADE_AGE_BEFORE = re.compile(
    r"(?i)\bin\s+(?:their|his|her|my|our|your|its)\s+(?:(?:early|mid|late)(?:[\s-]+to[\s-]+"
    r"(?:early|mid|late))?[\s-]+)?(?:[1-9]0s,?\s+(?:and|or)\s+(?:(?:early|mid|late)[\s-]+)?)?$"
)  # the second decade of "in their 30s and 50s" too
_DECADE_AGES = re.compile(
    r"(?P<low>[1-9]0)s(?:\s+(?P<join>and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?(?P<high>[1-9]0)s)?"
    r"(?![A-Za-z0-9])"
)
_UNIT_BEFORE = re.compile(r"(?i)(?<!of )\bmagnitude[\s-]+$")  # not "an order of magnitude"
# "one in five", "1-in-4", "3 out of 10"
_RATIO_JOINER = re.compile(rf"-in-|{_SPACE}+(?:in|out{_SPACE}+of){_SPACE}+")
# After "N in M": what it is a count within, not a share of ("2 in 3 games", "5 in 10 tries").
_RATIO_NOT_PEOPLE = re.compile(
    r"(?i)\s+(?:games?|matches|starts|appearances|outings|innings|races|attempts|tries|shots|"
    r"seasons|rounds|events|tournaments|meetings|visits|days?|years?)\b"
)

_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "these", "those", "this", "that")
)
_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])\s+$")
# After "the <ordinal> <noun>": the period it is counted in.
_EVENT_FRAME = re.compile(
    r"(?i)\s+(?:of\s+the\s+(?:year|month|week|season|weekend)|(?:so\s+far\s+)?this\s+"
    r"(?:year|month|week|season|weekend)|so\s+far|in\s+(?:a\s+row|(?:19|20)\d\d))\b"
)


def _entries(table: dict[str, str]) -> dict[str, str]:
    """A lexicon mapping without its '_comment' keys."""
    return {k: v for k, v in table.items() if not k.startswith("_")}


_LOWER_WORD = re.compile(r"[a-z]+")
# Words between a money word and its amount: "a fine of about R5,000", "worth an estimated".
_AMOUNT_FILLERS = frozenset(
    ("of", "a", "an", "the", "to", "at", "about", "around", "nearly", "almost", "over", "more",
     "than", "least", "up", "just", "under", "some", "estimated", "approximately", "roughly",
     "totalling", "totaling")
)  # fmt: skip
# Words that may follow an amount written with an ambiguous prefix ("fined R500 for ...").
_FUNCTION_WORDS = frozenset(
    ("in", "for", "to", "and", "or", "on", "at", "by", "from", "was", "were", "is", "are", "each",
     "which", "that", "after", "before", "with", "as", "per", "a", "an", "the", "has", "had",
     "have", "will", "would", "could", "if", "but")
)  # fmt: skip


def _past_token(text: str, pos: int) -> int:
    """Where to look next after a start that read nothing: past the rest of this token."""
    match = re.compile(r"[\w.,]*").match(text, pos + 1)
    return match.end() if match and match.end() > pos + 1 else pos + 1


# "N <unit> and M <smaller unit>": the smaller unit and how many of it make one of the larger.
_COMPOUND_DURATIONS = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
                       "hour": ("minute", 60), "minute": ("second", 60)}  # fmt: skip


_TIME_REFERENCE_AFTER = re.compile(r"(?i)\s+(?:earlier|ago|before|later|previously)\b")
# Nouns a price is quoted per: "$1,271 an ounce", "$4 a share".
_PRICED_PER = frozenset(
    {
        "share",
        "barrel",
        "head",
        "person",
        "night",
        "ticket",
        "unit",
        "dose",
        "pill",
        "gram",
        "bag",
        "seat",
        "vote",
        "acre",
        "household",
        "mile",
    }
)


_SPACED = re.compile(_SPACE)
_DIGIT_RUN = re.compile(r"\d+")
_CAPS_WORD = re.compile(rf"{_SPACE}([A-Z]{{2,}})\b")
_PER_NOUN_TAIL = re.compile(rf"{_SPACE}+(?P<noun>[a-z]+)\b")
_PER_NOUN_MODIFIED = re.compile(rf"{_SPACE}+(?P<noun>[a-z]+(?:{_SPACE}+[a-z]+)?)(?![\w-])")
_SLASH_PER = re.compile(r"/(?P<noun>[A-Za-z]+)(?P<power>\^?[23²³](?!\d))?(?![A-Za-z0-9/])")
_SLASH_TIME = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute",
               "d": "day", "day": "day", "wk": "week", "mo": "month", "yr": "year"}  # fmt: skip


def _range_joiner_fits(word: str, before: str) -> bool:
    """Whether 'X <word> Y' can be a range, judging by the words before X."""
    if word == "and":
        return re.search(r"\bbetween\s*$", before) is not None
    if word == "to" and _CHANGE_RIGHT_BEFORE.search(before):
        return False  # "dropped 7% to 12%", "increased by $43.6bn to $419.2bn": change, level
    if word == "to" and re.search(r"\bfrom\s*$", before):
        return _CHANGE_BEFORE_FROM.search(before) is None  # "rose from 5 to 10": two levels
    return True


_CHANGE_RIGHT_BEFORE = re.compile(
    r"\b(?:ris\w*|rose|increas\w*|gain\w*|grew|grow\w*|jump\w*|climb\w*|surg\w*|soar\w*|"
    r"fell|fall\w*|drop\w*|declin\w*|decreas\w*|plung\w*|slump\w*|shed|lost|los\w*|up|down|by|"
    r"advanc\w*|slid\w*|slip\w*|add\w*|cut)\s*$"
)
_SPAN_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "quarter"})
# what precedes 'over' when it opens a span: an amount or change just stated ("rose 40%",
# "fell by a third", "doubled"); a preposition or verb ("to", "for", "faces") makes it a bound
_SPAN_AFTER_CHANGE = re.compile(
    r"(?i)(?:[\d%]|\b(?:percent|cent|points?|half|third|quarter|fold|doubled|tripled|halved|"
    r"rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|soared|plunged|"
    r"risen|fallen|grown))\s*$"
)
_CLAUSE_START = re.compile(r"(?:[.;:!?,]\s|\n|\bthat\s)\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_MOTION_BEFORE_UP = re.compile(
    r"(?i)\b(?:back|went|go|goes|going|gone|moved|moves|climbed|jumped|shot|inched|inching|"
    r"rose|risen|rising|crept|creeping|edged|edging|ticked|ramped|revised|scaled)\s*$"
)
_CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|grew|grow(?:s|n|ing)?|jump\w*|climb\w*|"
    r"surg\w*|soar\w*|doubl\w*|tripl\w*|fell|fall(?:s|en|ing)?|drop\w*|declin\w*|decreas\w*|"
    r"plung\w*|slump\w*|shr[aiu]nk\w*|cut|cuts|reduc\w*|went|gone|chang\w*|mov(?:e|ed|es|ing)|"
    r"shift\w*|up|down)"
    r"(?:\W+\w+){0,3}\W+from\s*$"
)  # verbs only: "growth forecast from 5 to 7 per cent" is a range


_FOLD_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand"
_PERIOD_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|final|last|latter|former|1st|2nd|3rd|4th)[\s-]+$"
)
_PERIOD_OF_AFTER = re.compile(
    r"(?i)\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?"
    r"(?:year|season|decade|century|month|quarter|period|match|game|term|(?:19|20)\d\d)\b(?!['’])"
)
# Between a fraction and what it is a fraction of: "half a million", "a third of an hour".
_FRACTION_LINK = re.compile(rf"(?i)(?P<of>{_SPACE}+of)?{_SPACE}+an?{_SPACE}+")
_FRACTION_SCALE = re.compile(
    rf"(?i)(?:{_SPACE}|-)?(?P<scale>million|billion|trillion|thousand|dozen|lakh|crore)\b"
)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


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


_MINUS_WORD = re.compile(r"(?i)minus[\s-](?=\d)")


def _letter_at(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isalpha()


def _digit_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isdigit() or text[pos] == ".")


def _glued_to_word(text: str, pos: int) -> bool:
    """True for the '19' of 'COVID-19', the '20' of 'G20', the '17' of 'MH17', and for
    exponents: the '2' of 'm^2', the '1' of 'fb−1'."""
    if pos == 0:
        return False
    before = text[pos - 1]
    if before.isalpha() or before == "^":
        return True
    return before in "-−" and pos >= 2 and text[pos - 2].isalpha()


_UNCERTAINTY = re.compile(rf"{_SPACE}?(?:±|\+/[-−]|\+-){_SPACE}?")


def _minus_digit(text: str, pos: int) -> bool:
    return text[pos : pos + 1] in ("-", "−") and _digit_at(text, pos + 1)


# What may stand before an accounting negative "(...)": a copula, "of", a colon, a tab.
_ACCOUNTING_BEFORE = re.compile(r"(?i)(?:^|[:=\t|]|\b(?:is|was|were|are|be|been|of))\s*$")


def _minus_is_sign(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in " (\t\n\u00a0"


@cache
def scanner() -> Scanner:
    return Scanner(lexicon())


@lru_cache(maxsize=1024)
def _scan_cached(text: str) -> tuple[Candidate, ...]:
    return tuple(scanner().scan(text))


def scan(text: str) -> list[Candidate]:
    """Candidates in ``text``. Cached: the pre-parse filter and the component scan each
    sentence, and candidates are immutable."""
    return list(_scan_cached(text))


def has_number(text: str) -> bool:
    """Cheap test: could this text state a quantity at all? (digits or number words)."""
    return _HAS_NUMBER.search(text) is not None


def worth_parsing(text: str) -> bool:
    """Does the sentence hold a candidate the parse could confirm? Sentences whose only numbers
    are dates, times or years after 'in'/'since' ("On 7 March 2024", "since 2019") are skipped
    before the statistical pipeline, which is most of the cost."""
    if not has_number(text):
        return False
    return any(not _plain_year_reference(text, c) for c in scan(text))


def _plain_year_reference(text: str, cand: Candidate) -> bool:
    if cand.unit or cand.kind or cand.value_high is not None or cand.qualifier:
        return False
    if not _YEAR_TEXT.fullmatch(text[cand.number_start : cand.number_end]):
        return False
    before = re.findall(r"[A-Za-z']+", text[max(0, cand.start - 20) : cand.start].lower())
    return bool(before) and before[-1] in scanner().lex.words("year_prepositions")


_YEAR_TEXT = re.compile(r"(?:1[5-9]|20)\d{2}")


_HAS_NUMBER = re.compile(
    r"[\d½¼¾⅓⅔⅕⅛⅜⅝⅞]|(?i:\b(?:"
    + "|".join(
        sorted(
            NUMBER_WORDS | set(FRACTION_DENOMINATORS) | set(ORDINAL_WORDS), key=len, reverse=True
        )
    )
    + rf")\b|\b(?:{_FOLD_WORDS})fold\b)"
)
__all__ = [
    "Candidate", "Scanner", "has_number", "scan", "scanner", "worth_parsing",
]  # fmt: skip
