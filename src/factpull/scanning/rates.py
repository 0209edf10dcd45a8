"""Rates: an amount per something. "8 robberies per 100,000 residents", "$52 a barrel",
"$3.50/gallon", "11 feet per century". The per-phrase becomes part of the unit
("USD per barrel", "per 100,000 residents") and the kind becomes "rate".
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.scanning.candidate import _FUNCTION_WORDS, _SPACE, Candidate
from factpull.scanning.units import _powered


class RateReading:
    """Scanner methods that read a 'per' phrase after an amount."""

    lex: Lexicon
    per: re.Pattern[str]
    _mass_units: frozenset[str]

    def _init_rates(self, lex: Lexicon) -> None:
        """The pattern of a 'per' phrase; the mass units a concentration is measured in."""
        self._mass_units = frozenset(
            info.name for info in lex.unit_surfaces.values() if info.kind == "weight"
        )
        self.per = re.compile(
            rf"(?P<gap>(?:{_SPACE}+[A-Za-z][\w'-]*){{0,3}}?)"
            rf"{_SPACE}+(?P<per>per|for every|every|a|an)"
            rf"(?:{_SPACE}+(?P<num>(?:{_BASE_DIGITS}|one|a|ten|hundred)"
            rf"(?:{_SPACE}+(?:thousand|million|lakh|crore))?|thousand|million|lakh|crore))?"
            rf"(?:{_SPACE}+|-)(?P<noun>(?:[A-Z]\.){{2,}}(?!\w)|[A-Za-z]+\b)"  # "£24 a-year" too
        )

    def _with_per(self, text: str, cand: Candidate) -> Candidate:
        """The amount as a rate when a per-phrase follows it or an 'average' names its period;
        'four times the average' is a multiplier (``fractions.py``), not a count."""
        multiple = self._multiplier(text, cand)
        if multiple is not None:
            return multiple
        rated = self._per_phrase(text, cand)
        if rated.kind == "rate" and self._concentration(rated.unit):
            return replace(rated, kind="other")  # "0.60 milligrams per litre": a measure
        return rated if rated.kind is not None else self._average_per_period(text, rated)

    def _concentration(self, unit: str | None) -> bool:
        """'milligram per litre', 'gram per kilogram': a mass in a volume or a mass is a
        level (blood alcohol, a pollutant), not a rate; 'USD per gram' is a price."""
        measured, per, base = (unit or "").partition(" per ")
        if not per or measured not in self._mass_units:
            return False
        base = _BASE_NUMBER.sub("", base).removesuffix("s")  # "100 millilitres"
        return base in self._mass_units or base in _VOLUME_UNITS

    def _average_per_period(self, text: str, cand: Candidate) -> Candidate:
        """'The daily average fell to 63.7 killings', 'a weekly average of 120 burglaries':
        the average's period is the rate's. Only a bare count the average governs: words
        between them are linking verbs, prepositions or qualifiers ('the daily average in 2023
        was 64' is left alone)."""
        if cand.unit is not None or cand.kind is not None:
            return cand
        average = _PERIOD_AVERAGE.search(text, max(0, cand.start - 60), cand.start)
        if average is None:
            return cand
        between = average.group("between").lower().split()
        if not all(word in _AVERAGE_LINKS for word in between):
            return cand
        period = _AVERAGE_PERIODS[average.group("period").lower()]
        return replace(cand, unit=f"per {period}", kind="rate")

    def _per_phrase(self, text: str, cand: Candidate) -> Candidate:
        if cand.kind == "percent":
            return cand
        measured = _MEASURE_OF_PER_TIME.match(text, cand.end) if cand.kind in _MEASURES else None
        if measured is not None and _COUNT_PER_TIME_STOP.match(text, measured.end()) is None:
            # "1.1 million gallons of water a month", "15.8kg of meth consumed each week"
            unit = f"{cand.unit} per {measured.group('noun').lower()}"
            return replace(cand, unit=unit, kind="rate", consumed_end=measured.end())
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
            alone = _PER_BASE_ALONE.match(text, cand.end) if "per" in text else None
            if alone is None and cand.kind == "money":
                return self._per_unit_past_bracket(text, cand)
            return self._per_base_only(text, cand, alone) if alone else cand
        per_word, noun = match.group("per").lower(), match.group("noun")
        number = _grouped(match.group("num"))
        if number and noun.lower() in _FUNCTION_WORDS and match.group("per") == "per":
            return self._per_base_only(text, cand, match)  # "8 robberies per 100,000 in 2023"
        tail = self._per_noun_tail(text, noun, match.end(), bool(number))
        noun = f"{noun} {tail.group('noun')}" if tail else noun
        if per_word in ("a", "an") and _TIME_REFERENCE_AFTER.match(text, match.end()):
            return cand  # "$1.17 billion a year earlier": when, not how often
        if match.group("gap") and not number and self._counted_per_time(text, cand, match):
            return replace(cand, unit=f"per {noun.lower()}", kind="rate", consumed_end=match.end())
        if per_word in ("a", "an", "every"):
            unit_noun = self._unit_info(noun) is not None or noun.lower() in _PRICED_PER
            if match.group("gap") or number or not (noun.lower() in _TIME_UNITS or unit_noun):
                return cand  # "$52 a barrel", "$50,000 a year"; not "5 a side"
        elif not number and noun.lower() in ("cent", "centum"):
            return cand
        elif not number and noun.lower() in ("mille", "mil"):
            # "0.2 per mille": a reading in thousandths, as a percentage is in hundredths
            return replace(cand, unit="per mille", kind="other", end=match.end(),
                           consumed_end=match.end())  # fmt: skip
        if match.group("gap") and not number and self._counted_per_member(match):
            return replace(cand, unit=f"per {noun.lower()}", kind="rate", consumed_end=match.end())
        if match.group("gap") and not number:
            return cand  # "12 crimes per capita" is fine, "12 crimes per ..." needs a base
        if match.group("gap") and cand.unit:
            return cand
        per_end = tail.end() if tail else match.end()
        per_unit = self.unit.match(text, match.start("noun")) if not number else None
        info = self._unit_info(per_unit.group("unit")) if per_unit else None
        if info is not None:  # "$80 per sq m", "11 feet per century": a unit, named canonically
            noun, per_end = info.name, per_unit.end()
        bound = _POPULATION_AGE.match(text, per_end) if info is None else None
        if bound is not None:  # "per 1,000 persons age 12 or older": the age is the population's
            noun, per_end = f"{noun} {' '.join(bound.group().split())}", bound.end()
        phrase = " ".join(
            p for p in ("per", number, _as_unit_words(noun) if info is None else noun) if p
        )
        unit = f"{cand.unit} {phrase}" if cand.unit else phrase
        end = cand.end if match.group("gap") else per_end
        return replace(cand, end=end, unit=unit, kind="rate", consumed_end=per_end,
                       currency_symbol=self._per_symbol(cand, noun))  # fmt: skip

    def _per_unit_past_bracket(self, text: str, cand: Candidate) -> Candidate:
        """'VND300 million ($11,400) per kilogram': a price and its bracketed equivalent
        share the 'per' unit after the bracket, which closes the equivalent's own text. The
        mention keeps its own words; only the unit says what it is paid for."""
        bracket = _BRACKET_BEFORE_PER.match(text, cand.end)
        if bracket is None:
            return cand
        unit = self.unit.match(text, bracket.end())
        info = self._unit_info(unit.group("unit")) if unit else None
        if info is None or info.kind == "money" or unit is None or unit.group("power"):
            return cand  # "$5m (€4.6m) per year" is read by the words, not here
        return replace(cand, unit=f"{cand.unit} per {info.name}", kind="rate")

    def _counted_per_member(self, match: re.Match[str]) -> bool:
        """'1.3 crimes per victim', '0.8 guns per household': a plural noun counted for each one
        of a population or unit (cues.json ``per_nouns_member``). Not 'as per police', 'per
        cent'."""
        noun = match.group("noun")
        if match.group("per").lower() != "per" or noun not in self.lex.words("per_nouns_member"):
            return False
        return _gap_counts_noun(match)

    @staticmethod
    def _counted_per_time(text: str, cand: Candidate, match: re.Match[str]) -> bool:
        """'10,000 tablets per hour', '1,200 calls a day', '78,000 times a minute': a count of
        the noun between, per unit of time. Not 'seized 10,000 tablets in an hour' (a
        preposition between), 'an hour-long raid', '12 arrests a year later' (a time reference),
        nor 'a' read as one."""
        if cand.unit is not None or cand.kind is not None:
            return False
        if text[cand.number_start : cand.number_end].lower() in ("a", "an"):
            return False
        if match.group("noun").lower() not in _TIME_UNITS:
            return False
        if not _gap_counts_noun(match):
            return False  # "12 arrests within an hour", "three officers spent a day"
        return _COUNT_PER_TIME_STOP.match(text, match.end()) is None

    @staticmethod
    def _per_base_only(text: str, cand: Candidate, match: re.Match[str]) -> Candidate:
        """'per 100,000' with no noun after the base: the unit is the base alone."""
        per_end = match.end("num")
        unit = f"per {_grouped(match.group('num'))}"
        unit = f"{cand.unit} {unit}" if cand.unit else unit
        end = cand.end if match.group("gap") else per_end
        return replace(cand, end=end, unit=unit, kind="rate", consumed_end=per_end)

    def _per_noun_tail(self, text: str, noun: str, pos: int, based: bool) -> re.Match[str] | None:
        """'per 1,000 live births', 'per 100,000 county residents': the word read as the
        per-noun modifies the noun after it. After a base ('per N') any word may, when up to
        two more words end in a population noun or a plural."""
        if noun.lower() in self.lex.words("per_noun_modifiers"):
            return _noun_tail(text, pos)
        if _is_acronym(noun) and not based:
            return self._acronym_tail(text, pos)
        if not based or noun.lower() in self.lex.words("per_nouns_population"):
            return None
        tail = _PER_NOUN_MODIFIED.match(text, pos)
        if tail is None or any(w in _FUNCTION_WORDS for w in tail.group("noun").split()):
            return None
        last = tail.group("noun").split()[-1]
        plural = len(last) > 3 and last.endswith("s") and not last.endswith("ss")
        return tail if plural or last in self.lex.words("per_nouns_population") else None

    def _acronym_tail(self, text: str, pos: int) -> re.Match[str] | None:
        """'€20 per EU adult', '£35 per UK household': a name in capitals modifies the one
        member noun after it. Not 'per EU rules', 'per FBI figures': 'per' as 'according to'
        takes a plural."""
        tail = _noun_tail(text, pos)
        if tail is None:
            return None
        word = tail.group("noun")
        if word in self.lex.words("per_nouns_population") or not _counted_noun(word):
            return tail
        return None

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


# "the daily average fell to", "a weekly average of": the average's period, then the words up
# to the number (checked against ``_AVERAGE_LINKS``)
_PERIOD_AVERAGE = re.compile(
    r"(?i)(?<![A-Za-z-])(?P<period>daily|weekly|monthly|annual|yearly)\s+average"
    r"(?P<between>(?:\s+[A-Za-z]+){1,4})\s+$"
)


_AVERAGE_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year",
                    "yearly": "year"}  # fmt: skip


# What may stand between "the daily average" and its figure: "fell to", "of about", "was just
# over", "has risen sharply to". Any other word (a noun, a place, a year) breaks the link.
_AVERAGE_LINKS = frozenset(
    {"of", "at", "to", "was", "is", "were", "are", "stood", "stands", "sat", "remained", "hit",
     "reached", "fell", "rose", "dropped", "declined", "decreased", "increased", "climbed",
     "jumped", "slipped", "dipped", "grew", "has", "had", "have", "been", "risen", "fallen",
     "now", "sharply", "slightly", "about", "around", "nearly", "almost", "roughly", "some",
     "more", "less", "fewer", "than", "just", "over", "under", "approximately", "only",
     "close", "up", "down"}
)  # fmt: skip


# A rate's base: "100,000", "1000", and "100 000" as Eurostat, Stats SA and much of Europe
# group thousands.
_BASE_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+"


# Volumes a concentration is measured in ('mg per litre', 'g per 100 ml' reads 'millilitre')
_BASE_NUMBER = re.compile(r"^[\d,.]+\s+")
_VOLUME_UNITS = frozenset({"litre", "millilitre", "decilitre", "cubic metre", "cubic centimetre"})


def _grouped(base: str | None) -> str | None:
    """'100 000' -> '100,000': one spelling of a base in every unit."""
    return re.sub(r"[ \u00a0\u202f\u2009](?=\d{3})", ",", base) if base else base


# "5.8 per 100,000." with nothing after the base: the rate's unit is "per 100,000"
_PER_BASE_ALONE = re.compile(  # closed by punctuation or a spaced dash ('per 100,000 – about')
    rf"(?P<gap>){_SPACE}+per{_SPACE}+(?P<num>{_BASE_DIGITS})"
    r"(?=\s*(?:[.;:!?)\]]|,(?!\d)|$)|\s+[–—-]\s)(?![.,]\d)"
)


_TIME_REFERENCE_AFTER = re.compile(r"(?i)\s+(?:earlier|ago|before|later|previously)\b")


_TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "annum")
# A bracketed equivalent, or the bracket this amount closes, then 'per' and its unit's space:
# "VND300 million ($11,400) per kilogram", "($11,400) per kilogram"
_BRACKET_BEFORE_PER = re.compile(r"(?:[ \u00a0]*\([^()\n]{1,40}\)|\))[ \u00a0]+per[ \u00a0]+")


def _counted_noun(word: str) -> bool:
    """A plural noun, as the thing counted in 'N things a day' is: 'calls', 'burglaries',
    'people'. Not 'spent', 'lasted', nor 'glass'."""
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "cattle"})


# A measure's 'of' phrase and then its period: 'gallons of water a month', 'kg of
# methamphetamine consumed each week'.
_MEASURE_OF_PER_TIME = re.compile(
    rf"{_SPACE}+of(?:{_SPACE}+[a-z][\w'-]*){{1,3}}?{_SPACE}+(?:a|an|per|each|every)"
    rf"{_SPACE}+(?P<noun>day|week|month|year|hour)\b"
)
_MEASURES = frozenset({"weight", "other", "volume"})

# Words between the count and "a day" that make the time a span or a point, not a rate.
_GAP_STOP = frozenset(
    {"within", "during", "inside", "over", "under", "about", "around", "than", "into", "through",
     "throughout", "across", "since", "until", "till", "of", "last", "this", "next", "half",
     "quarter", "nearly", "almost", "just", "only", "more", "less", "once", "twice", "up", "out",
     "off", "ago", "later", "earlier", "every", "one"}
)  # fmt: skip


# After "N things a day": "-long" makes the time an adjective ("an hour-long raid"); "after",
# "into", "apart" make it a point or a span ("five arrests a day after the riot").
_COUNT_PER_TIME_STOP = re.compile(
    r"(?i)-[A-Za-z]|\s+(?:earlier|ago|before|later|previously|after|into|apart|old)\b"
)


# "per 1,000 persons age 12 or older", "per 100,000 residents aged 10 and over", "per 1,000
# women aged 15-49": the age bound of the population belongs to the rate's unit
_POPULATION_AGE = re.compile(
    rf"(?i){_SPACE}+(?:aged?|ages){_SPACE}+(?:(?:under|over|below|above){_SPACE}+)?\d{{1,3}}"
    rf"(?:{_SPACE}*(?:-|–|to|and){_SPACE}*\d{{1,3}})?"
    rf"(?:\+|{_SPACE}+(?:or|and){_SPACE}+(?:older|over|above|up|younger|under|below))?"
    rf"(?:{_SPACE}+years?(?:{_SPACE}+old)?)?(?![\w+-])"
)


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


_PER_NOUN_TAIL = re.compile(rf"{_SPACE}+(?P<noun>[a-z]+)\b")


def _noun_tail(text: str, pos: int) -> re.Match[str] | None:
    """The one lowercase word after the per-noun ('per live birth', 'per EU adult'), unless it
    is a function word."""
    tail = _PER_NOUN_TAIL.match(text, pos)
    return None if tail is None or tail.group("noun") in _FUNCTION_WORDS else tail


_PER_NOUN_MODIFIED = re.compile(rf"{_SPACE}+(?P<noun>[a-z]+(?:{_SPACE}+[a-z]+)?)(?![\w-])")


_SLASH_PER = re.compile(r"/(?P<noun>[A-Za-z]+)(?P<power>\^?[23²³](?!\d))?(?![A-Za-z0-9/])")


_SLASH_TIME = {"s": "second", "sec": "second", "h": "hour", "hr": "hour", "min": "minute",
               "d": "day", "day": "day", "wk": "week", "mo": "month", "yr": "year"}  # fmt: skip


def _is_acronym(word: str) -> bool:
    """'EU', 'UK', 'U.S.': a name in capitals, which modifies the noun after it ('per EU adult',
    'per 100,000 U.S. residents')."""
    return _ACRONYM.fullmatch(word) is not None


_ACRONYM = re.compile(r"[A-Z]{2,5}|(?:[A-Z]\.){2,}")


def _as_unit_words(noun: str) -> str:
    """The per-noun as a unit names it: lower case ('per 100,000 Population' is 'per 100,000
    population'), but a name in capitals keeps them ('per EU adult', 'per 100,000 U.S.
    residents')."""
    return " ".join(w if _is_acronym(w) else w.lower() for w in noun.split())


def _gap_counts_noun(match: re.Match[str]) -> bool:
    """The words between the amount and the per-word end in the counted noun ('1.3 crimes per
    victim'): none a function word, a time word ('half a minute') or not a word; the last not
    a verb ('three officers spent a day')."""
    gap_words = match.group("gap").lower().split()
    if any(w in _FUNCTION_WORDS or w in _GAP_STOP or not w.isalpha() for w in gap_words):
        return False
    return _counted_noun(gap_words[-1])
