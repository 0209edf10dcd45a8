"""``factpull_quantities``: find the quantity mentions in a sentence Doc.

The fast scan (``factpull.scan``) proposes mentions by their written form; this component keeps
those that state a quantity, using the tagger, parser and NER: years and date parts used as time
references, identifiers ("Article 5", "case No. 12"), parts of names ("Boeing 737") and list
markers are dropped. Units our tables do not know are read by quantulum3 (``factpull.quantities``).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components.ellipsis import carry_units
from factpull.components.subject_nouns import title_case
from factpull.components.tables import apply_headers, in_value_cell
from factpull.mentions import Mention
from factpull.quantities import looks_like_unit, read_unit
from factpull.scan import FORM_DIGITS, FORM_WORDS, Candidate, DocumentStyle, scan

MENTIONS_ATTR = "factpull_mentions"
# What a sentence's document shows of its writing (``factpull.scan.document_style``), as plain
# values that cross ``nlp.pipe(n_process=N)``: whether its dots group thousands, and the
# currency letters its place words make money.
DOTTED_THOUSANDS_ATTR = "factpull_dotted_thousands"
PLACED_LETTERS_ATTR = "factpull_placed_letters"
for _attr, _default in ((DOTTED_THOUSANDS_ATTR, False), (PLACED_LETTERS_ATTR, None)):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=_default)
_YEAR = re.compile(r"(?:1[5-9]|20)\d{2}")
# Plurals a year before them dates ('provisional 2024 data'), never counts.
_YEAR_OF_DATA = frozenset({"data", "figures", "statistics", "estimates", "results"})
# Years of the next century are told apart from counts only by a time preposition before them.
_FUTURE_YEAR = re.compile(r"21\d{2}")
_FUTURE_YEAR_PREPS = frozenset({"by", "in", "until", "till", "through", "before", "after"})
# A money amount naming a banknote or coin: up to two more amounts, then the noun.
_DENOMINATION = re.compile(
    r"(?:\s*(?:,|and|or)\s*(?:[A-Za-z]{0,3}[$€£¥₹]|Rs\.?)\s?[\d,.]+){0,3}\s+"
    r"(?:currency\s+)?(?:notes?|bills?|banknotes?|denominations?|coins?)\b"
)
_AGE_BOUNDS = frozenset({"over", "under", "above", "below"})
_DATE_RANGE_JOINERS = frozenset({"-", "–", "to", "and", "through", "thru", "until", "till"})
_AGE_COMPARATIVES = frozenset({"younger", "older"})
# Years of the solar and lunar Hijri calendars, named after 'year': "the solar year 1403".
_OTHER_CALENDAR_YEAR = re.compile(r"1[34]\d\d")  # bounds that can only be ages
_PEOPLE_POS = frozenset({"NOUN", "PROPN", "PRON"})  # not "all over 50", "most under 30"
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z][a-z]+")  # iPhone, eBay, iPad; not mRNA, NASA
_TIME_NOUNS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "hrs", "o'clock", "h"})
_DAY_PARTS = (["morning"], ["afternoon"], ["evening"])


@Language.factory(
    "factpull_quantities",
    default_config={"use_quantulum": True},
    assigns=[f"doc._.{MENTIONS_ATTR}"],
    requires=["token.tag", "token.dep"],
)
def make_quantity_detector(nlp: Language, name: str, use_quantulum: bool) -> QuantityDetector:
    return QuantityDetector(use_quantulum=use_quantulum, nlp=nlp)


class QuantityDetector:
    def __init__(self, use_quantulum: bool = True, nlp: Language | None = None) -> None:
        Doc.set_extension(MENTIONS_ATTR, default=None, force=True)
        self.use_quantulum = use_quantulum
        self.lex = lexicon()
        self._nlp = nlp  # for the entity recognizer, run only when a rule needs entities

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        text = doc.text  # Doc.text joins every token on each access: read it once
        style = DocumentStyle(
            bool(doc._.get(DOTTED_THOUSANDS_ATTR)), frozenset(doc._.get(PLACED_LETTERS_ATTR) or ())
        )
        for candidate in scan(text, style):
            if self.use_quantulum:
                candidate = self._with_quantulum_unit(text, candidate)
            mention = self._mention(doc, text, candidate)
            if mention is not None:
                mentions.append(mention)
        # a table row's bare cells take the unit and scale their header states ('(Rs crore)'),
        # before any pairing, so a cell's unit is not guessed from a neighbouring figure
        mentions = apply_headers(doc, mentions)
        # 'from 208 pounds to 193': the kept mentions pair up once all are known
        mentions = carry_units(doc, text, mentions, self.lex)
        doc._.set(MENTIONS_ATTR, [m.to_dict() for m in mentions])
        return doc

    def _mention(self, doc: Doc, text: str, cand: Candidate) -> Mention | None:
        number = doc.char_span(cand.number_start, cand.number_end, alignment_mode="expand")
        whole = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if number is None or whole is None or self._not_a_quantity(doc, text, cand, number):
            return None
        if not all(math.isfinite(v) for v in (cand.value, cand.value_high or 0.0)):
            return None
        cand = self._with_people_age(cand, number)
        kind = cand.kind or ("count" if cand.form in (FORM_DIGITS, FORM_WORDS) else "other")
        return Mention(
            start=cand.start, end=cand.end, value=cand.value, value_high=cand.value_high,
            unit=cand.unit, kind=kind, qualifier=cand.qualifier, form=cand.form,
            token_start=number.start, token_end=number.end,
            unit_token_start=whole.start, unit_token_end=whole.end,
            currency_symbol=cand.currency_symbol, sign=cand.sign,
        )  # fmt: skip

    def _with_people_age(self, cand: Candidate, number: Span) -> Candidate:
        """'Women over 50 face ...', 'children under 5 die ...': a bound between a people noun
        and that noun's verb is an age. 'Over 50 women face ...' stays a count."""
        if self._people_between(cand, number):
            return replace(cand, unit="year", kind="age")  # "Black men between 18 and 34"
        bare = cand.unit is None and cand.kind is None and cand.value_high is None
        bounded = cand.qualifier in ("more than", "less than") and cand.form == FORM_DIGITS
        if not (bare and bounded and cand.value.is_integer() and 0 < cand.value <= 120):
            return cand
        doc = number.doc
        if number.start < 2 or number.end >= len(doc):
            return cand
        bound, noun, verb = doc[number.start - 1], doc[number.start - 2], doc[number.end]
        if bound.lower_ == "than" and noun.lower_ in _AGE_COMPARATIVES:
            return replace(cand, unit="year", kind="age")  # "victims younger than 18"
        people = noun.lower_ in self.lex.words("age_people_nouns") and noun.pos_ in _PEOPLE_POS
        if bound.lower_ not in _AGE_BOUNDS or not people or not _verb_like(verb):
            return cand
        return replace(cand, unit="year", kind="age")

    def _people_between(self, cand: Candidate, number: Span) -> bool:
        """'were Black men between 18 and 34': a range of whole numbers up to 120 right after
        a people noun and 'between' is their ages."""
        if cand.value_high is None or cand.unit is not None or cand.kind is not None:
            return False
        whole = cand.value.is_integer() and cand.value_high.is_integer()
        if not whole or not 0 < cand.value < cand.value_high <= 120 or number.start < 2:
            return False
        doc = number.doc
        noun = doc[number.start - 2]
        people = noun.lower_ in self.lex.words("age_people_nouns") and noun.pos_ in _PEOPLE_POS
        counted = number.end < len(doc) and doc[number.end].pos_ in ("NOUN", "PROPN")
        return people and doc[number.start - 1].lower_ == "between" and not counted

    def _with_quantulum_unit(self, text: str, cand: Candidate) -> Candidate:
        plain = cand.unit is None and cand.form in (FORM_DIGITS, FORM_WORDS)
        fraction = cand.unit == "fraction" and cand.end == cand.number_end  # "1/2 cup"
        if not (plain or fraction):
            return cand
        following = text[cand.end : cand.end + 40]
        if _COLUMN_GAP.match(following) or not looks_like_unit(following):
            return cand  # "Quarter 1 2024    Quarter 1 2023": a table's next column, no unit
        # quantulum3 misreads number words and fractions ("one thousand", "one-half"), so
        # those are shown to it as "1": only its unit is wanted.
        number = text[cand.number_start : cand.end] if cand.form == FORM_DIGITS else "1"
        reading = read_unit(number + following)
        if reading is None or reading.length <= len(number):
            return cand
        end = cand.end + reading.length - len(number)
        return replace(cand, unit=reading.unit, kind=reading.kind, end=end)

    # -- what is not a quantity --------------------------------------------------------------
    def _not_a_quantity(self, doc: Doc, text: str, cand: Candidate, number: Span) -> bool:
        bare = cand.unit is None and cand.kind is None
        # in order, stopping at the first that holds: most candidates are settled early
        return bool(
            (bare and self._is_year(doc, text, cand, number))
            or self._is_date_part(cand, number)
            or (bare and self._is_identifier(number))
            or (bare and self._is_name_part(number))
            or ((bare or _compass_letter(text, cand)) and self._is_address(doc, number))
            or (bare and self._is_list_marker(doc, number))
            or (bare and self._is_time(number))
            or (bare and cand.form == FORM_WORDS and self._is_pronoun_one(number))
            or (cand.kind == "money" and not cand.has_scale and self._is_denomination(text, cand))
        )

    def _is_year(self, doc: Doc, doc_text: str, cand: Candidate, number: Span) -> bool:
        text = doc_text[cand.number_start : cand.number_end]
        if cand.value_high is not None:  # "between 2015 and 2019", "2010 to 2020"
            ends = re.findall(r"\d+", text)
            return len(ends) == 2 and all(_YEAR.fullmatch(e) for e in ends)
        before = _previous_word(number)
        after = doc[number.end] if number.end < len(doc) else None
        counted = after is not None and after.tag_ in ("NNS", "NNPS") and not _is_time_word(after)
        if _FUTURE_YEAR.fullmatch(text):  # "by 2100", "until 2150"; not "by 2100 votes"
            return not counted and before is not None and before.lower_ in _FUTURE_YEAR_PREPS
        if _OTHER_CALENDAR_YEAR.fullmatch(text) and before is not None and before.lower_ == "year":
            return not counted  # "since the start of the solar year 1403", "the year 1446 AH"
        if not _YEAR.fullmatch(text):
            return False
        if in_value_cell(doc, cand.number_start, cand.number_end):
            return False  # "| Burglaries (dwelling) | 1874 | 2107 |": a table's count
        dated = before is not None and before.lower_ in self._year_preps - {"and", "or"}
        if counted and _counted_of(after) and not dated:
            return False  # "and 1700 rounds of ammunition"; not "In 2023 sales of guns"
        if counted and not dated and _labelled_figures(doc_text, cand):
            return False  # "Kaipara: 1760 plants, 3 arrests": a labelled line's count
        if counted and self._entity_type(number.root) == "DATE":
            return True  # "1988 sales", "2019 elections": the year they belong to
        if counted and after.lower_ in _YEAR_OF_DATA:
            return True  # "provisional 2024 data", "the 2023 figures"
        return not counted or (before is not None and before.lower_ in self._year_preps)

    def _entity_type(self, token: Token) -> str:
        """The token's entity label, running the (disabled) recognizer on this Doc if needed."""
        doc = token.doc
        recognizer_available = self._nlp is not None and "ner" in self._nlp.component_names
        if recognizer_available and not doc.has_annotation("ENT_IOB"):
            self._nlp.get_pipe("ner")(doc)  # type: ignore[union-attr]
        return token.ent_type_

    @property
    def _year_preps(self) -> frozenset[str]:
        return self.lex.words("year_prepositions")

    def _is_date_part(self, cand: Candidate, number: Span) -> bool:
        if cand.kind not in (None, "ordinal") or cand.value > 31:
            return False
        months = self.lex.words("months")
        neighbours = [_previous_word(number), _next_word(number)]
        if any(t is not None and t.lower_ in months for t in neighbours):
            return True
        if self._date_range_end(number, months):
            return True
        if _bracketed_day(number):
            return True  # "from 6.00 a.m. on Saturday (08) to 6.00 a.m. today (09)"
        after = _next_word(number)
        if after is not None and after.lower_ == "of":
            following = _next_word(after.doc[after.i : after.i + 1])
            return following is not None and following.lower_ in months
        return False

    @staticmethod
    def _date_range_end(number: Span, months: frozenset[str]) -> bool:
        """'Oct. 21-23', 'from March 3 to 12', 'between Sept. 8 and 23': the last day of a
        range of dates whose first day follows its month."""
        doc, i = number.doc, number.start
        if i < 3 or doc[i - 1].lower_ not in _DATE_RANGE_JOINERS or not doc[i - 2].like_num:
            return False
        if number.end < len(doc) and doc[number.end].tag_ == "NNS":
            return False  # "In March 3 to 12 people died": a count of what follows
        first, month = doc[i - 2].text, doc[i - 3].lower_.rstrip(".")
        return first.isdigit() and int(first) <= 31 and month in months

    def _is_identifier(self, number: Span) -> bool:
        before = _previous_word(number)
        if before is None:
            return False
        if _bracketed(number) and before.lower_ not in self.lex.words("bracketed_reference_words"):
            return False  # "the Northern Division (22) recorded ...": the unit's figure
        name_word = before.lower_ in self.lex.words("name_words")
        if before.lower_ in self.lex.words("identifier_words"):
            # "rang the helpline 45 times": a line word, then a count of what was done;
            # "ticket 9,400 drivers": thousands grouped before a plural count too
            after = _next_word(number)
            counted = after is not None and after.tag_ == "NNS"
            line = before.lower_ in self.lex.words("phone_line_words") or "," in number.text
            return not (counted and line)
        labelled = any(t.text == ":" for t in number.doc[before.i + 1 : number.start])
        return name_word and before.text[:1].isupper() and not labelled  # not "Act: 64 cases"

    def _is_name_part(self, number: Span) -> bool:
        """'Boeing 737', 'S&P 500', 'iPhone 12 Mini', 'Windows 10': a name ending in a number."""
        doc = number.doc
        before = doc[number.start - 1] if number.start > 0 else None
        if before is None or "," in number.text or len(number.text) > 4:
            return False
        if before.lower_ in self.lex.words("index_names") or _single_capital(before):
            return True  # "FTSE 100", "S P 500" (an index name with its '&' lost)
        if _CAMEL_CASE.fullmatch(before.text):
            return True  # "iPhone 12", "iPad 10": a product name's number
        after = doc[number.end] if number.end < len(doc) else None
        if before.like_num and after is not None and _acronym(after) and after.pos_ == "PROPN":
            return True  # "35 737 MAX jets": the second number starts the model name
        named_by = _root_names(number, before)
        if _acronym(before) and named_by:
            return True  # "RTX 4090", "PS5 Pro" aside: an all-caps word the number belongs to
        if before.pos_ != "PROPN" or not any(c.isupper() for c in before.text):
            return False
        if title_case(doc):
            return False  # "Police Recover 212 Stolen Vehicles": every word is a tagger's PROPN
        if before.lower_ in self.lex.words("months"):
            return False
        if before.is_sent_start and not named_by:
            return False  # "Windows 11 runs ..." is a name; a tagger's PROPN "Police 5" is not
        if self._place_before(before, number):
            return False  # "while Waikato recorded 27 and Canterbury 19": a place, then its count
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            return True  # "Boeing 787 Dreamliner": the number sits inside the name
        root = number.root
        return root.dep_ != "nummod" or root.head.i < number.start  # "Boeing 737": 737 -> Boeing

    def _place_before(self, before: Token, number: Span) -> bool:
        """The word before is a place the recognizer ends there ('Canterbury' | '19'); an entity
        that runs on into the number is a name ('Windows 11' read as a LOC)."""
        if self._entity_type(before) not in _PLACE_ENTITIES:
            return False
        return number.doc[number.start].ent_iob_ != "I"

    def _is_address(self, doc: Doc, number: Span) -> bool:
        """'575 Wilbraham Road', '9 E 71st St', '16-18 Industrial Avenue', 'Hauptstraße 12': a
        street number."""
        if self._is_street_number(doc, number) or _grid_street(doc, number):
            return True
        suffixes = self.lex.words("street_suffixes")
        for token in doc[number.end : number.end + 5]:
            if token.lower_ in suffixes and token.text[:1].isupper():
                return True
            if not (token.text[:1].isupper() or token.like_num or token.text in ("-", ".")):
                return False
        return False

    def _is_street_number(self, doc: Doc, number: Span) -> bool:
        """'Ady Endre utca 14', 'Hauptstraße 12', 'Via Roma 12': the number after a street."""
        if number.start < 2 or not doc[number.start - 2].text[:1].isupper():
            return False  # "via 14 countries": no name before
        before = doc[number.start - 1].lower_
        compound = before.endswith(tuple(self.lex.words("street_compound_endings")))
        if compound or before in self.lex.words("street_words_before_number"):
            return True
        leading = self.lex.words("street_words_leading")
        for token in reversed(doc[max(0, number.start - 4) : number.start - 1]):
            if token.lower_ in leading and token.text[:1].isupper():
                return True  # "Calle Mayor 5", "Via dei Mille 24"
            if not (token.text[:1].isupper() or token.lower_ in ("de", "del", "dei", "da", "do")):
                return False
        return False

    def _is_list_marker(self, doc: Doc, number: Span) -> bool:
        """'1.' or '(2)' opening a sentence or list item."""
        after = doc[number.end] if number.end < len(doc) else None
        opener = number.start == 1 and doc[0].text in ("(", "•", "-", "*")
        small = number.text.isdigit() and int(number.text) <= 50
        at_start = number.start == 0 or opener
        return at_start and small and after is not None and after.text in (".", ")", ":")

    def _is_time(self, number: Span) -> bool:
        after = _next_word(number)
        if after is not None and after.lower_ in _TIME_NOUNS:
            return True
        # "until 3 in the morning": an hour of the day ('3 in the morning raid' counts)
        doc, end = number.doc, number.end
        words = [t.lower_ for t in doc[end : end + 3]]
        small = number.text.isdigit() and 1 <= int(number.text) <= 12
        part_of_day = words[:2] == ["in", "the"] and words[2:] in _DAY_PARTS
        after = doc[end + 3] if end + 3 < len(doc) else None
        return small and part_of_day and (after is None or after.pos_ not in ("NOUN", "PROPN"))

    def _is_denomination(self, text: str, cand: Candidate) -> bool:
        """'Rs 500 notes', '$100 bills', 'Rs 2,000, Rs 500 and Rs 200 denominations'."""
        following = text[cand.end : cand.end + 80]
        match = _DENOMINATION.match(following)
        return match is not None

    def _is_pronoun_one(self, number: Span) -> bool:
        """'no one', 'one another', 'one of the largest cartels': 'one' that counts nothing."""
        if number.text.lower() != "one":
            return False
        before = number.doc[number.start - 1] if number.start > 0 else None
        if before is not None and before.lower_ in (
            "no",
            "any",
            "every",
            "each",
            "the",
            "this",
            "that",
            "which",
            "someone",
            "anyone",
        ):
            return True
        return number.root.dep_ != "nummod"


def _verb_like(token: Token) -> bool:
    """A verb, or what the tagger calls a singular noun after a plural number but which takes
    an object as a verb does: the 'face' of 'Women over 50 face a ...' ('50 face' is no count)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    object_next = following is not None and following.pos_ in ("DET", "ADP", "PRON", "NUM")
    return token.tag_ == "NN" and token.is_lower and object_next


def _acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


# A unit is written right after its number; a wider gap opens a table's next column.
_COLUMN_GAP = re.compile(r"[ ]*(?:\t|[ ]{2})")


# Entity labels of places: a number after one counts what happened there ("Canterbury 19"),
# while a product or model name ("Windows 11", "Boeing 737") is an ORG or PRODUCT or nothing.
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})


_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "tomorrow"})  # fmt: skip


def _bracketed_day(number: Span) -> bool:
    """'Saturday (08)', 'today (09)': a day of the month in brackets after a day's name."""
    doc, i = number.doc, number.start
    if i < 2 or number.end >= len(doc) or doc[i - 1].text != "(" or doc[number.end].text != ")":
        return False
    return doc[i - 2].lower_ in _DAY_WORDS and number.text.isdigit() and int(number.text) <= 31


def _root_names(number: Span, before: Token) -> bool:
    """The number hangs on the word before it ('Windows' <- '11'), as a name's number does."""
    root = number.root
    return root.dep_ in ("nummod", "appos", "compound") and root.head.i == before.i


def _single_capital(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper() and token.text not in ("I", "A")


def _labelled_figures(text: str, cand: Candidate) -> bool:
    """Does the number open a labelled line of figures ('Kaipara: 1760 plants, 3 arrests'):
    right after a colon, with another figure later on the line?"""
    line_start = text.rfind("\n", 0, cand.number_start) + 1
    if not text[line_start : cand.number_start].rstrip().endswith(":"):
        return False
    line_end = text.find("\n", cand.number_end)
    rest = text[cand.number_end : line_end if line_end >= 0 else len(text)]
    return re.search(r"\d", rest) is not None


def _bracketed(span: Span) -> bool:
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _previous_word(span: Span) -> Token | None:
    """The nearest token before ``span`` that is not punctuation like ':' or '#'."""
    for index in range(span.start - 1, max(span.start - 3, -1), -1):
        token = span.doc[index]
        if token.text not in (":", "#", ".", "-", "(", "'s"):
            return token
    return None


def _next_word(span: Span) -> Token | None:
    index = span.end
    while index < len(span.doc) and span.doc[index].text in (",", "."):
        index += 1
    return span.doc[index] if index < len(span.doc) else None


def _grid_street(doc: Doc, number: Span) -> bool:
    """'along the 400 South corridor', 'at 1300 East': a US grid street, a round number and a
    capitalised compass point with no name after it."""
    after = doc[number.end] if number.end < len(doc) else None
    if after is None or after.text not in _COMPASS_WORDS or not number.text.isdigit():
        return False
    following = doc[number.end + 1] if number.end + 1 < len(doc) else None
    named = following is not None and following.text[:1].isupper()  # "400 South Africans"
    return int(number.text) % 100 == 0 and not named


_COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def _counted_of(noun: Token) -> bool:
    """'1700 rounds of ammunition': a plural with an 'of' phrase naming a substance is
    counted, no year's; not '1988 sales of about $14 million' (the 'of' phrase a figure)."""
    doc, index = noun.doc, noun.i
    if index + 2 >= len(doc) or doc[index + 1].lower_ != "of":
        return False
    return doc[index + 2].pos_ in ("NOUN", "ADJ", "PROPN") and not doc[index + 2].like_num


def _is_time_word(token: Token) -> bool:
    return token.lower_ in lexicon().words("months") or token.lower_ in _TIME_NOUNS


def _compass_letter(text: str, cand: Candidate) -> bool:
    """'1970 W. Broad St.': a street number's compass point, read as a unit ('W' for watt)."""
    return text[cand.number_end : cand.end].strip(" .") in _COMPASS_POINTS


_COMPASS_POINTS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
