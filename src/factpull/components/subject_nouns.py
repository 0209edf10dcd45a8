"""Subject rules that read a noun written with the number: the noun it counts ('1,759
criminal gangs', 'seven types of crimes'), an 'of' phrase after it, a label before it
('Total cost: $72,370', table rows, 'Label: value' lines), ages and bare listed numbers.

Each rule takes (mention, span, anchor) and returns the subject's tokens or None; the order
in which they are tried is ``RoleFinder._subject`` in ``roles.py``.
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components import subjects
from factpull.components.change import changed_object_verb
from factpull.components.phrases import (
    BRACKET_FILLERS,
    CITING_VERBS,
    GROUP_PRONOUNS,
    LINKING_DEPS,
    NOMINALS,
    NOUNS,
    PERIOD_WORDS,
    QUALIFYING_WORDS,
    VERBS,
    bracketed_acronym,
    glued_hyphen,
    has_break,
    headline_change_verb,
    model_name,
    noun_key,
    period_adverbial,
)
from factpull.components.predicates import Predicates
from factpull.mentions import Mention
from factpull.places import is_country
from factpull.rate_base import document_rate_base
from factpull.scanning.candidate import RANKING_BEFORE
from factpull.segment import LIST_ITEM

# Nouns whose "of" phrase is part of what is counted: "seven types of crimes".
_KEEP_OF = frozenset({
    "type", "kind", "sort", "form", "category", "class", "count", "piece", "item", "act",
    "incident", "instance", "case", "member", "bag", "packet", "bottle", "box", "bundle",
    "brick", "pill", "tablet", "dose", "round", "charge", "allegation", "victim", "offence",
    "offense", "crime", "source", "variety", "strain", "batch", "shipment", "consignment",
})  # fmt: skip

# Measures a figure written straight after them gives the value of ('detection rate 41 per
# cent', 'clearance ratio 0.8'), as a label does.
_MEASURE_LABELS = frozenset({"rate", "ratio", "share", "proportion", "percentage"})

# Words that introduce another name for the person just named ('Musa Bello alias Dogo').
_ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a.", "a.k.a"})

# "prices 15% lower than", "rents 8% higher than": how far a noun is off another
_OFF_COMPARATIVES = frozenset({"higher", "lower", "cheaper", "dearer", "more", "less"})

# Tags of describing words before a noun: adjectives and participles ('stolen and lost').
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG"})


def _name_without_descriptor(phrase: list[Token], person_nouns: frozenset[str]) -> list[Token]:
    """'Student Rosa Pemberton', 'Kawana resident Greg Oakes', 'Ringleader Jordan Kielty': the
    person's name, without the common noun that describes them before it (a title such as 'Det
    Supt' is a name word). Capitalised, a describing noun ('Ringleader') is tagged as a name
    word: a person noun of the lexicon is none."""
    names = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", reversed(phrase)))
    while len(names) > 2 and names[-1].lower_ in person_nouns:
        names.pop()  # 'Ringleader' of 'Ringleader Jordan Kielty'
    if len(names) < 2 or len(names) == len(phrase):
        return phrase
    described = phrase[len(phrase) - len(names) - 1].pos_ in ("NOUN", "PROPN")
    return phrase[len(phrase) - len(names) :] if described else phrase


# Nouns a term of years is stated of ('a maximum penalty of 14 years in prison').
_PENALTY_NOUNS = frozenset({"sentence", "penalty", "term", "punishment"})
# Qualifier words between 'of' and the term ('a sentence of up to 10 years').
_TERM_QUALIFIERS = frozenset({"up", "to", "at", "least", "most", "about", "around", "nearly"})


def _penalty_before(span: Span) -> Token | None:
    """The penalty noun a term of years is stated of: 'a maximum sentence of (up to) ...'."""
    doc, index = span.doc, span.start - 1
    while index > 0 and doc[index].lower_ in _TERM_QUALIFIERS:
        index -= 1
    if index < 1 or doc[index].lower_ != "of":
        return None
    noun = doc[index - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in _PENALTY_NOUNS else None


# What a length written after a noun may measure ('cables 50 metres long').
_DIMENSION_ADJECTIVES = frozenset({"long", "wide", "high", "deep", "tall", "thick", "across"})

# Verbs of keeping a thing for a time ('keep records for three years').
_KEEPING_VERBS = frozenset(
    {"keep", "hold", "retain", "store", "preserve", "freeze", "suspend", "block", "seal",
     "lose", "revoke"}
)  # fmt: skip

# Nouns of 'in' phrases that say how or why, not where a time is spent ('in cooperation with').
_MANNER_NOUNS = frozenset(
    {"cooperation", "co-operation", "collaboration", "partnership", "conjunction", "connection",
     "response", "relation", "addition", "total", "advance", "accordance", "exchange", "return",
     "secret", "public", "person", "line", "order", "turn", "effect", "practice", "principle"}
)  # fmt: skip

# Words before a count that end no list of counted things ('the', 'of', 'to', ...).
_NOT_LISTED = frozenset({"the", "of", "to", "from", "by", "at", "than", "with"})

# Participles that name people by what befell them, standing as nouns after 'the' and a count
# ('the 11 accused', 'the 3 injured'); cues of no other kind.
_PEOPLE_PARTICIPLES = frozenset(
    {"accused", "injured", "wounded", "deceased", "dead", "arrested", "detained", "missing",
     "abducted", "kidnapped", "convicted", "displaced", "rescued", "trafficked"}
)  # fmt: skip


def _run_to_plural(doc: Doc, start: int, first: int, between: frozenset[str]) -> list[Token] | None:
    """The words from ``start`` to the first plural noun among the three from ``first`` on,
    when every word before that noun has a tag in ``between``; else None."""
    for stop in range(first, min(first + 3, len(doc))):
        word = doc[stop]
        if word.tag_ in ("NNS", "NNPS"):
            return list(doc[start : stop + 1])
        if word.tag_ not in between:
            return None
    return None


def _past_hyphened_modifier(head: Token) -> Token:
    """'cash-in-transit attacks': a word joined by hyphens into a modifier of the noun after it
    ('cash' of 'cash-in-transit') is not what is counted; that noun is."""
    doc = head.doc
    end = head.i
    while end + 2 < len(doc) and glued_hyphen(doc, end + 1):
        end += 2  # over '-in', '-transit'
    noun = doc[end + 1] if end > head.i and end + 1 < len(doc) else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or head.head.i != noun.i:
        return head
    return noun


def _plural_ending(token: Token) -> bool:
    """A plural noun ending its clause that the tagger read as a verb ('41 of them
    juveniles' tagged 'juveniles' VBZ): nothing follows it but punctuation."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    ends = following is None or following.is_punct or following.is_space
    return token.tag_ == "VBZ" and token.lower_.endswith("s") and ends


# ... of which these are nouns in their own right, with no 'the' before the count
_PEOPLE_NOUNS = frozenset({"accused", "deceased"})

# Words that introduce a part of a counted whole: "97 arrests, including 14 for fraud".
_INCLUDING = frozenset({"including", "among"})

# Words that make a bare number more of a noun already counted: "a further 12 were charged",
# "another 30 remain", "12 more were arrested", "the remaining 40", "300 more than in 2022".
_FURTHER = frozenset({"further", "another", "more", "remaining", "additional", "fewer"})

# Words written between a relative 'of which'/'of whom' and its figure, or before a figure that
# takes 'of whom' after it: "of which around one in five", "more than a third of whom".
_RELATIVE_FILLERS = QUALIFYING_WORDS
# The same words (and 'by') between a headline's 'up'/'down' and its figure: "down by half".
_CHANGE_FILLERS = _RELATIVE_FILLERS | {"by"}
# Nouns a change may be counted in that name no kind: "fell by 112 cases".
_CASE_NOUNS = frozenset({"case", "incident", "instance"})
# Prepositions of a fronted phrase naming the group a bare number counts: "Among adults, 12 ...".
_GROUP_PREPOSITIONS = frozenset({"among", "of"})
_COMPARED_AGES = frozenset({"younger", "older"})
_MAX_DESCRIBED_GAP = 4  # "a 60-member anti-scam unit": words between the count and its noun
# States a court puts a person in for a term: "on probation for five years".
_TERMED_STATES = frozenset({"probation", "parole", "supervision", "remand", "custody",
                            "imprisonment", "detention", "incarceration"})  # fmt: skip
# Participles that say a case was logged, which every case counted was.
_LOGGING_VERBS = frozenset({"record", "receive", "register", "log", "book"})
# Kinds a figure in apposition describes the phrase before with (a count names its own noun).
_APPOSED_KINDS = frozenset({"age", "weight", "money"})
# Slots only a noun phrase fills: an age standing in one is the person ("hit a 70-year-old").
_NOUN_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
_RELATIVES = frozenset({"whom", "which"})
# A headline subject before 'up'/'down' is short and holds no finite verb: "Ram raids down".
_MAX_HEADLINE_WORDS = 5
# Wholes that name no group: "Of the total, 362 were illegal migrants"
_BARE_WHOLES = frozenset({"total", "sum", "figure", "number"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Words right before an age (or before 'the age of') that bound or state it: "under 25".
_AGE_BOUNDS = frozenset({"under", "over", "below", "above", "aged", "between", "young", "old"})
_REST_WORDS = frozenset({"remaining", "other", "rest"})
# Words that may stand between the comma and 'aged' of a set-off age
_MOSTLY = frozenset({"mostly", "mainly", "largely", "predominantly", "all", "both"})
# Nouns of time after "<duration> in" (besides the months): "six weeks in spring"
_TIME_NOUNS = frozenset(
    {"spring", "summer", "autumn", "fall", "winter", "year", "years", "month", "months", "week",
     "weeks", "quarter", "period", "time", "total", "all"}
)  # fmt: skip
# A multiplier set after a figure and its noun: "9,312 incidents, roughly four times"
_APPOSED_AFTER_FIGURE = re.compile(
    r"\d[\d,.]*(?:\s+[A-Za-z-]+){0,3}\s*,\s*(?:(?:still|roughly|about|around|nearly|almost|"
    r"some|more|less|than|over|or|just)\b\s*)*$"
)
# What a multiplier's 'times' compares with: "5 times the rate", "3 times higher"
_COMPARED_AFTER = frozenset(
    {"the", "that", "those", "as", "higher", "more", "greater", "larger", "lower", "bigger",
     "faster", "a", "an", "his", "her", "their", "its"}
)  # fmt: skip
_OLDEST = frozenset({"oldest", "youngest", "eldest"})
# Titles before a surname: "Mr Smith was 34"
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mx"})
# "The accused, now 42,": a word of time between the comma and a person's age
_AGE_TIME_WORDS = frozenset({"now", "then"})
# What may follow a stated age: "She was 16 when ...", "He will be 35 by then", "were 17 and 19"
_AFTER_STATED_AGE = frozenset({"when", "by", "at", "in", "and", "or", "while", "as", "until"})
# Determiners that, like the lexicon's quantifiers, take a scope: "in all cases".
_EVERY = frozenset({"some", "all", "each", "every"})
# Pronouns after 'N of' that point back to a counted noun: "9 firearms, 3 of them loaded".
_BACK_REFERENCES = frozenset({"them", "those", "these", "that", "this"})
# Those that stand for an amount rather than things counted: "half of that" ('it' may stand
# for anything named before: "funding, $1.2 billion of it")
_AMOUNT_REFERENCES = frozenset({"that", "this"})


def _listed_ages(doc: Doc, span: Span) -> tuple[int, int]:
    """Where the run of bare whole numbers joined by commas and 'and' that holds ``span``
    starts and ends ('two men, 31 and 26,'): each is one person's age when the run is set off
    after a person noun."""
    first, end = span.start, span.end
    while first >= 2 and doc[first - 1].lower_ in _AGE_LIST_JOINS and _age_number(doc[first - 2]):
        first -= 2
    while end + 1 < len(doc) and doc[end].lower_ in _AGE_LIST_JOINS and _age_number(doc[end + 1]):
        end += 2
    return first, end


# Words that open the period of a rate written after its counted noun: "80 homicides a month"
_RATE_OPENERS = frozenset({"a", "an", "per", "each", "every"})


def _gapped_before_preposition(span: Span, earlier: list[range]) -> list[Token] | None:
    """'sentenced six defendants to death, four to life imprisonment and the remaining four
    to prison terms': a bare count listed after a count whose plural noun came before the
    same preposition counts that noun."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ != "ADP":
        return None
    index = span.start - 1
    while index > span.sent.start and doc[index].lower_ in _LISTED_REST:
        index -= 1
    if doc[index].lower_ not in ("and", ","):
        return None
    for figure in earlier:
        noun = doc[figure.stop] if figure.stop + 1 < len(doc) else None
        if noun is not None and noun.tag_ == "NNS" and doc[figure.stop + 1].lower_ == after.lower_:
            return [noun]
    return None


_LISTED_REST = frozenset({"the", "remaining", "other", "last"})


def _across_own_preposition(number: Token, noun: Token) -> bool:
    """'four to life imprisonment': a preposition of the number's own stands between it and
    the noun the parser hangs it on, so the noun is no thing it counts."""
    return any(t.dep_ == "prep" and t.head == number for t in number.doc[number.i : noun.i])


def _of_relative_before(span: Span) -> bool:
    words = [t.lower_ for t in span.doc[max(span.start - 2, 0) : span.start]]
    return words[:1] == ["of"] and words[-1:] in (["which"], ["whom"])


def _of_after(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "of"


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _age_number(token: Token) -> bool:
    return token.text.isdigit() and 1 <= int(token.text) <= 110


_AGE_LIST_JOINS = frozenset({",", "and"})


class NounSubjects(Predicates):
    """Rules on the noun written with the number; mixed into ``RoleFinder``. The label rules
    ask ``Attribution`` whether a headline names a source instead."""

    def _appositive_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The pilot, 52, was detained', 'The accused, now 42,': a bare number set off by
        commas after a person."""
        if mention.kind not in ("count", "age") or mention.value_high is not None or span.start < 2:
            return None
        if not (1 <= mention.value <= 110 and float(mention.value).is_integer()):
            return None
        doc = span.doc
        first, end = _listed_ages(doc, span)  # "arrested two men, 31 and 26, accused of"
        comma = first - 1
        if doc[comma].lower_ in _AGE_TIME_WORDS and comma >= 2:
            comma -= 1  # "The accused, now 42, was arrested"
        before, after = doc[comma - 1], doc[end] if end < len(doc) else None
        if doc[comma].text != "," or after is None or after.text not in (",", ")"):
            return None
        if before.is_quote and _quoted_alias(doc, comma - 1):
            before = doc[comma - 2]  # "Juan Pérez, alias 'Chucho', 41,": the nickname's
        elif mention.kind == "age":
            return None  # read as an age already, by a rule that also finds whose
        if before.pos_ in ("NOUN", "PROPN") or before.lower_ in self.age_person:
            mention.kind, mention.unit = "age", "year"
            phrase = self._noun_phrase(_person_from_place(before), span)
            phrase = _name_without_descriptor(phrase, self.age_person) if phrase else phrase
            return self._without_alias(phrase, span) if phrase else phrase
        return None

    def _without_alias(self, phrase: list[Token], span: Span) -> list[Token] | None:
        """'Harjit Singh, alias Jeeta, 34,', 'Musa Bello alias Dogo, 29': the age is the
        person's, named before the alias."""
        marks = [k for k, t in enumerate(phrase) if t.lower_ in _ALIAS_WORDS]
        if marks and marks[0] > 0:
            return phrase[: marks[0]]
        doc, index = span.doc, phrase[0].i - 1
        while index > 0 and doc[index].is_quote:
            index -= 1  # 'Isaac Mensah alias "Boss", 31,': the alias in quotes
        if not marks and (index < 0 or doc[index].lower_ not in _ALIAS_WORDS):
            return phrase
        index -= 1 if not marks else 0
        while index > 0 and doc[index].is_punct:
            index -= 1
        named = doc[index] if index >= 0 else None
        if named is None or named.pos_ != "PROPN":
            return phrase
        return self._noun_phrase(named, span) or phrase

    def _multiplied(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Black men were jailed at 5.1 times the rate of white men': a multiplier compares
        the clause's subject with what follows 'times'; the subject is what is multiplied."""
        doc = span.doc
        if mention.kind != "other" or mention.unit is not None or span.end + 1 >= len(doc):
            return None
        if doc[span.end].lower_ != "times" or doc[span.end + 1].lower_ not in _COMPARED_AFTER:
            return None
        if _APPOSED_AFTER_FIGURE.search(doc[span.sent.start : span.start].text):
            return self._last_figure_subject(span)  # "9,312 incidents, four times the 2019 count"
        verb = self._governing_verb(anchor)
        subject = self._subject_of(verb) if verb is not None else None
        if subject is None or subject.pos_ not in NOUNS:
            return None
        return self._noun_phrase(subject, span)

    def _stated_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The victim, who was 17, died', 'He will be 35 by then', 'The suspects were 17 and
        19.': a bare number that a form of 'be' states of a person is the person's age. 'The
        death toll was 17' states no person; 'She was one of 12' goes on to a whole."""
        if mention.kind != "count" or mention.value_high is not None:
            return None
        if not (1 <= mention.value <= 110 and float(mention.value).is_integer()):
            return None
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and not (after.is_punct or after.lower_ in _AFTER_STATED_AGE):
            return None
        number = anchor.head if anchor.dep_ == "conj" else anchor  # "were 17 and 19"
        verb = number.head
        if number.dep_ != "attr" or verb.lemma_ != "be":
            return None
        person = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if person is None:
            return None
        if person.lower_ == "who" and verb.dep_ == "relcl":
            person = verb.head  # "the victim, who was 17,": 'who' stands only for people
        elif not self._is_person(person):
            return None
        mention.kind, mention.unit = "age", "year"
        return [person] if person.pos_ == "PRON" else self._noun_phrase(person, span)

    def _is_person(self, token: Token) -> bool:
        if token.pos_ == "PRON":
            return token.lower_ in ("he", "she")
        if token.pos_ == "PROPN":  # "John Smith", "Mr Smith" (the recogniser is off)
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            return bool(names) or any(c.lower_.rstrip(".") in _TITLES for c in token.children)
        if token.lower_ in _OLDEST:
            return True  # "the oldest was 83": the oldest of the people just named
        return token.lower_ in self.age_person or token.lower_ in self.age_people

    def _in_apposition(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The main accused, a 29-year-old from Jaipur, was ...', 'The largest haul, 386kg
        hidden in tiles, ...': an age or amount standing alone in apposition describes the
        phrase it follows. That phrase fills a noun's slot even when its head is tagged a verb
        ('accused')."""
        head = anchor.head
        if mention.kind not in _APPOSED_KINDS or anchor.dep_ != "appos" or head.i >= span.start:
            return None
        nominal = head.pos_ in NOUNS or head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if not nominal or head.pos_ == "PRON":
            return None
        if _aged_superlative(span):
            return None  # "18 children, the youngest aged three": the youngest's age
        if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
            return None  # "7.8 million pills, 340 kilograms of meth": its own 'of' names it
        set_off = span.start > 0 and span.doc[span.start - 1].text == ","
        # an amount set off after a clause's subject ("The largest haul, 386kg hidden in
        # tiles, was traced"); not a list's next item ("11,000 pills, 2.3 kg of powder")
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN"
        amount_of = set_off and subject and not self._in_figure(head)
        if mention.kind != "age" and not amount_of:
            return None  # "$5 million (€4.6 million)", "cash totalling $1.4m": no apposition
        phrase = self._noun_phrase(head, span)
        if mention.kind == "age" and phrase:  # "bookshop owner Anna Pirini (54)": the person
            named = _name_without_descriptor(phrase, self.age_person)
            return self._without_alias(named, span)  # 'Isaac Mensah alias "Boss", 31'
        return phrase

    def _nominal_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'the fatal stabbing of a 17-year-old': an age written as a noun names the person
        itself, so nothing else is its subject (an empty phrase ends the search; an apposition
        is found before this rule)."""
        doc = span.doc
        if mention.kind != "age" or not span.text.lower().endswith("-old"):
            return None
        after = doc[span.end] if span.end < len(doc) else None
        noun_follows = after is not None and after.pos_ in NOUNS and after.dep_ != "pobj"
        return None if noun_follows or anchor.dep_ not in _NOUN_SLOTS else []

    def _counted_in_rate(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'80 homicides a month', '2,000 vehicle checks a day': a count per period with its
        counted noun inside the rate counts that noun, however the tagger reads it."""
        period = (mention.unit or "").removeprefix("per ")
        if mention.kind != "rate" or period == mention.unit or period not in PERIOD_WORDS:
            return None  # a count per period, not per population ('186 crimes per 100,000')
        doc = span.doc
        words: list[Token] = []
        for token in doc[span.end : span.end + 4]:
            if token.lower_ in _RATE_OPENERS:
                break
            if not token.is_alpha:
                return None
            words.append(token)
        else:
            return None
        plural = words and words[-1].lower_.endswith("s") and not words[-1].is_title
        return words if plural and len(words) <= 3 else None

    def _person_after_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'the ring's leader, a 33-year-old Austrian, recruited ...': read from the words when
        the parse finds no noun for an age written as a modifier: the last of the describing
        words and nouns right after it ('a 29-year-old Nairobi businessman' -> businessman)."""
        doc = span.doc
        if mention.kind != "age" or not span.text.lower().endswith("-old"):
            return None
        words = []
        for token in doc[span.end : span.end + 4]:
            if token.pos_ not in ("ADJ", "NOUN", "PROPN") or token.like_num:
                break
            words.append(token)
        return self._noun_phrase(words[-1], span) if words and words[-1].pos_ in NOUNS else None

    def _title_case_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Police Recover 212 Stolen Vehicles In Port Raid': in a title-case headline the
        tagger reads every word as a name, so the counted noun is read from the words: the
        capitalised words after a count, up to a preposition."""
        doc = span.doc
        if mention.kind != "count" or not title_case(doc):
            return None
        words: list[Token] = []
        for token in doc[span.end : span.end + 4]:
            if not token.is_alpha or not token.text[:1].isupper():
                break
            if token.lower_ in _TITLE_STOPS:
                break
            words.append(token)
        return words if words and words[-1].lower_.endswith("s") else None

    def _listed_participle(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'- 412 reported kidnappings and extortion cases', '- 612 seized knives': a list
        item opening with a count and a participle before the noun, which the parser reads as
        a clause ('412' its subject, 'reported' its verb); the participle modifies the noun."""
        doc = span.doc
        verb = doc[span.end] if span.end < len(doc) else None
        if verb is None or anchor.dep_ != "nsubj" or anchor.head != verb:
            return None
        if verb.tag_ not in ("VBD", "VBN") or not _opens_item(span):
            return None
        if verb.dep_ == "amod" and verb.head.i > verb.i:  # the tagger got half of it right
            return self._noun_phrase(verb.head, span, with_conjuncts=True)
        if verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return None  # "- 3 had fled", "- 12 were not charged": a clause after all
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not nouns or nouns[0].left_edge.i != verb.i + 1 or nouns[0].left_edge.pos_ == "DET":
            return None  # "- 3 fled the scene": a clause
        return [verb, *self._noun_phrase(nouns[0], span, with_conjuncts=True)]

    def _rate_in_cases(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'the overall crime rate dropped to 1,912 cases per 100,000 people': a rate counted
        in bare 'cases' is the rate the clause is about."""
        cases = anchor.head if anchor.dep_ == "nummod" else anchor
        if mention.kind != "rate" or cases.lemma_.lower() not in _CASE_NOUNS:
            return None
        if cases.dep_ != "pobj" or any(c.dep_ in ("amod", "compound") for c in cases.children):
            return None  # "rose to 12 burglary cases per 1,000": its own kind
        verb = self._governing_verb(cases)
        subject = self._subject_of(verb) if verb is not None else None
        if subject is None or subject.lemma_.lower() not in ("rate", "ratio"):
            return None
        return self._noun_phrase(subject, span)

    def _nominal_participle(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'Of the 11 accused, seven ...', 'the 14 accused were remanded', 'the 3 injured were
        taken to hospital', 'life terms for 37 accused': after 'the' (or a preposition) and a
        count, a participle that names people by what
        befell them stands as the noun; not 'the 3 arrested in March' (a clause follows)."""
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if span.end >= len(doc):
            return None
        word = doc[span.end]
        # "life imprisonment for 37 accused": after a preposition too; 'accused' is a noun
        # anywhere ("said 29 accused, including four ..., were arrested")
        determined = before in ("the", "for", "against", "of")
        if word.lower_ not in _PEOPLE_PARTICIPLES or not (
            determined or word.lower_ in _PEOPLE_NOUNS
        ):
            return None
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        ends = after is None or after.is_punct or after.pos_ in ("AUX", "VERB", "CCONJ")
        # "160 accused arrested": a noun's participle; "the 3 arrested in March": a clause
        clause = after is not None and after.tag_ == "VBN" and word.lower_ not in _PEOPLE_NOUNS
        return [word] if ends and not clause else None

    def _changed_by_cases(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'the number of seizures fell by 112 cases', 'reported rapes rose by 23 cases to
        219': a change counted in bare 'cases' changes the clause's subject, which names
        what the cases are."""
        counted = anchor.head if anchor.dep_ == "nummod" else None
        if mention.change is None or counted is None or counted.lemma_.lower() not in _CASE_NOUNS:
            return None
        if counted.dep_ != "pobj" or counted.head.lower_ != "by":
            return None  # "recorded ..., an increase of 286 cases": the figure before's cases
        if any(c.dep_ in ("amod", "compound") for c in counted.children):
            return None  # "rose by 23 rape cases": its own kind
        verb = self._governing_verb(counted)
        subject = self._subject_of(verb) if verb is not None else None
        if subject is None or subject.pos_ not in NOUNS or self._in_figure(subject):
            return None
        if noun_key(subject) & self.look_through:
            subject = self._of_object(subject) or subject  # "the number of seizures"
        return self._noun_phrase(subject, span)

    def _modified_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        doc = span.doc
        if _gapped_adjective(anchor):
            return self._fronted_whole(span)  # "5 612 were male and 893 female": no noun
        after = doc[span.end] if span.end < len(doc) else None
        verb_after = after is not None and after.lower_.endswith("ed") and not _object(span)
        if verb_after and after.dep_ == "amod" and after.head.i == after.i + 1:
            # "One in five reported assaults involved a weapon": with a verb of its own later,
            # the sentence lets 'reported' describe the noun
            later = []
            for token in doc[after.i + 2 : span.sent.end]:
                if token.is_punct or token.pos_ in ("CCONJ", "SCONJ"):
                    break  # "two-thirds involved stooge accounts, while ... stood": its clause
                later.append(token)
            verb_after = not any(t.pos_ in ("VERB", "AUX") for t in later)
        if (_ratio(span) or mention.unit == "fraction") and verb_after:
            return None  # "one in five involved victims", "two-thirds involved stooge accounts"
        described = self._hyphen_described(mention, span)
        if described is not None:
            return described
        repeated = self._after_repeat(mention, span)
        if repeated is not None:
            return repeated
        split = self._before_next_figure(span, anchor) if anchor.dep_ == "nummod" else None
        if split is not None:
            return self._noun_phrase(split, span)  # "a $2,823 fine and six demerit points"
        ranked = self._ranked_by_superlative(mention, span, anchor)
        if ranked is not None:
            return ranked
        # not "rose by half this year"
        predet = anchor.dep_ == "predet" and not period_adverbial(anchor.head)
        if predet and anchor.head.pos_ in NOUNS and anchor.head.i > anchor.i:
            return self._noun_phrase(anchor.head, span)  # "recovered half the stolen cars"
        outward = [anchor] + [t for t in span if not span.start <= t.head.i < span.end]
        for token in outward:
            head = token.head
            # "$2.4M cargo theft ring": an amount prices the whole name it was hung inside, as
            # a length lasts it ("a 12-month community corrections order"); a count counts
            # the word after it ("a 2 bedroom apartment")
            priced = mention.kind in ("money", "duration")
            while priced and head.dep_ == "compound" and _common(head, head.head):
                head = head.head
            head = _past_hyphened_modifier(head)  # "46 cash-in-transit attacks": the attacks
            # "24,43,376 Special and Local Laws (SLL) cases": an acronym lengthens the phrase
            reach = span.end + 5 + sum(bracketed_acronym(t) for t in doc[span.end : head.i])
            reach += 2 * sum(glued_hyphen(doc, i) for i in range(span.end, head.i))
            after = span.end <= head.i < reach and not has_break(doc, span.end - 1, head.i)
            after = after and not _joined_name_after(doc, span.end, head.i)
            if period_adverbial(head):
                continue  # "down 6.2% year to date": when it changed, not what changed
            after = after and not _across_own_preposition(token, head)
            if token.dep_ in LINKING_DEPS and _nominal(head, span) and after:
                if self._figure_between(span, head):
                    return None  # "Police arrest 14 over $2m fraud": the fraud is the $2m's
                return self._counted_phrase(_agreeing_head(head, mention), span, mention.kind)
        after = doc[span.end] if span.end < len(doc) else None
        more = anchor.head if anchor.dep_ == "npadvmod" and _more_of_noun(anchor.head) else None
        if more is not None:
            # "needs at least 70 more prosecutors": the number hung on 'more'
            return self._counted_phrase(more.head, span, mention.kind)
        if _record_before(anchor) and after is not None and after.tag_ == "NNS":
            # "a record 562 homicides": the parser hangs the number on 'record'
            return self._counted_phrase(_agreeing_head(after, mention), span, mention.kind)
        if (
            anchor.dep_ == "nummod"
            and (anchor.head.pos_ in NOMINALS or _plural_read_as_verb(anchor.head))
            and anchor.head.i >= span.end
            and not period_adverbial(anchor.head)  # "rose by half this year"
            and not self._in_figure(anchor.head)  # "31,406, broadly stable (+0.7%)": its '%'
            and not _joined_name_after(doc, span.end, anchor.head.i)
            and not _across_own_preposition(anchor, anchor.head)
        ):
            head = _agreeing_head(anchor.head, mention)
            return self._counted_phrase(head, span, mention.kind)
        other = anchor.head
        if anchor.dep_ == "nummod" and other.lower_ == "other" and other.dep_ == "amod":
            # "Three other accused": the parser hangs the count on 'other'
            return self._counted_phrase(_agreeing_head(other.head, mention), span, mention.kind)
        described = _noun_after_participle(anchor, span)
        if described is not None:
            return self._counted_phrase(_agreeing_head(described, mention), span, mention.kind)
        listed = self._listed_count(mention, span, anchor)
        if listed is not None:
            return listed
        root = span.root
        if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
            return self._noun_phrase(root.head, span)  # "14 days' judicial custody"
        return None

    def _ranked_by_superlative(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'the second largest amount': a rank written before a superlative ranks the noun the
        superlative describes (without the superlative)."""
        superlative = anchor.head
        if mention.kind != "ordinal" or superlative.tag_ != "JJS" or anchor.dep_ != "advmod":
            return None
        ranked = superlative.head
        if superlative.dep_ != "amod" or ranked.pos_ not in NOUNS or ranked.i < anchor.i:
            return None
        phrase = self._counted_phrase(ranked, span, mention.kind)
        return [t for t in phrase or [] if t.i != superlative.i] or None

    def _figure_between(self, span: Span, head: Token) -> bool:
        """Does another amount or measure (not a bracketed restatement) stand between
        ``span`` and the noun the parser hung it on?"""
        doc = span.doc
        measures = [
            range(m.unit_token_start, m.unit_token_end) for m in self._mentions if m.unit
        ]  # not "two and three points": a count between shares the noun
        return any(
            span.end < f.start < head.i and head.i not in f and doc[f.start - 1].text != "("
            for f in measures
        )  # not "Two 16-year-olds" (the figure's own noun) nor "3 USD50 cards" (no word between)

    def _before_next_figure(self, span: Span, anchor: Token) -> Token | None:
        """'a $2,823 fine and six demerit points': the parser hangs both figures on the last
        noun (or the first on 'fine', read as an adjective of it), but the first describes
        the word before 'and', which the next figure starts."""
        doc, head = span.doc, anchor.head
        if head.pos_ == "ADJ" and head.dep_ == "amod":
            head = head.head
        for index in range(span.end + 1, head.i):
            if doc[index].lower_ not in ("and", "or"):
                continue
            word = doc[index - 1]
            next_figure = any(index + 1 in f for f in self._figures)
            return word if next_figure and word.is_alpha and word.i >= span.end else None
        return None

    def _hyphen_described(self, mention: Mention, span: Span) -> list[Token] | None:
        """'seven-member gang', 'five-man crew', '12-strong team', '60-member anti-scam unit':
        a count hyphenated to a word that modifies the noun after it describes that noun (the
        gang, not members)."""
        doc = span.doc
        if mention.kind != "count" or span.end + 1 >= len(doc) or doc[span.end].text != "-":
            return None
        if doc[span.end - 1].whitespace_ or doc[span.end].whitespace_:
            return None
        word = doc[span.end + 1]
        noun = word.head
        if word.tag_ not in ("NN", "JJ") or word.dep_ not in ("compound", "amod", "nmod"):
            return None
        between = doc[word.i + 1 : noun.i]  # "60-member anti-scam unit": the noun's words
        joined = all(t.text == "-" or t.pos_ in ("NOUN", "ADJ", "PROPN") for t in between)
        if not word.i < noun.i <= word.i + _MAX_DESCRIBED_GAP or not joined:
            return None
        if noun.pos_ not in NOUNS or self._is_unit_word(word):
            return None
        phrase = self._noun_phrase(noun, doc[span.start : word.i + 1])
        return [t for t in phrase if t.i > word.i] or [noun]

    def _after_repeat(self, mention: Mention, span: Span) -> list[Token] | None:
        """'one hundred and twenty-seven (127) suspected fraudsters': a number in words with
        its digits repeated in brackets counts the noun after the brackets."""
        doc, index = span.doc, span.end
        if mention.kind != "count" or index + 3 >= len(doc) or doc[index].text != "(":
            return None
        repeat, close = doc[index + 1], doc[index + 2]
        if close.text != ")" or not self._in_figure(repeat):
            return None
        head = self._phrase_head(doc, index + 3)
        if head is None or head.pos_ != "NOUN":
            return None
        return self._counted_phrase(head, doc[span.start : index + 3], mention.kind)

    def _fronted_group(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Among individuals aged 16 and older, 1.3 million experienced theft': a sentence
        opening with 'Among/Of X,' names the group a bare number right after the comma counts
        (the parser may hang the number on the verb's object). 'Among the victims, 12 women
        ...' counts its own noun."""
        doc = span.doc
        start = _reported_clause_start(doc, span)
        if doc[start].is_quote and start + 1 < span.start:
            start += 1  # '"Of those arrested, 19 are women," he said'
        if doc[start].lower_ == "out" and start + 1 < span.start and doc[start + 1].lower_ == "of":
            start += 1  # "Out of the 74 murder cases, a dozen involved ..."
        if mention.kind not in ("count", "percent", "other", "weight") or doc[start].lower_ not in (
            _GROUP_PREPOSITIONS
        ):
            return None
        index = span.start - 1
        while index > start and doc[index].lower_ in _RELATIVE_FILLERS:
            index -= 1
        after = _past_apposed_share(doc, span.end)
        bare = after is not None and (
            after.tag_.startswith("VB") or after.tag_ == "MD" or _misread_verb(after, mention)
        )
        comma = index if doc[index].text == "," else _fronting_comma(doc, start, index)
        if comma is None or not bare:
            return None
        head = self._phrase_head(doc, start + 1)
        if head is not None and head.lower_ in GROUP_PRONOUNS and head.i < comma:
            group = self._defined_group(head, set(range(span.start, span.end)))
            mention.subject_of_group = group is None  # a bare 'Of these, 310 ...' points back
            return group
        if head is None or head.i >= comma or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.lower_ in _BARE_WHOLES:
            # "Of that number, 301 were detected": the number counted before (the extractor
            # resolves it); "Of the total, 362 were illegal migrants": what they were says
            pointed = any(c.lower_ in ("that", "this") for c in head.lefts)
            mention.subject_of_group = pointed
            return None
        return self._defined_whole(head, span)

    def _relative_whole(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'arrested 6,782 persons, of whom 1,049 were under 21', '..., more than a third of
        whom were under 25', '4,064 admissions, of which around one in five involved
        victims': a figure in an 'of whom/which' clause is a part of the noun counted before
        the comma. A figure with its own noun ('of which 40 suspects', '412 of them
        foreigners') keeps it."""
        doc = span.doc
        after = list(doc[span.end : span.end + 3])
        of_them = [t.lower_ for t in after[:2]] == ["of", "them"]
        if of_them and len(after) == 3 and (after[2].pos_ == "NOUN" or _plural_ending(after[2])):
            return self._noun_phrase(after[2], span)  # "2,210 people, 412 of them foreigners"
        after = after[:2]
        if len(after) == 2 and after[0].lower_ == "of" and self._back_reference(after[1]):
            return self._referred_whole(span)
        follows = len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in _RELATIVES
        index = span.start - 1
        while index > span.sent.start and doc[index].lower_ in _RELATIVE_FILLERS:
            index -= 1
        precedes = index > 0 and doc[index].lower_ in _RELATIVES and doc[index - 1].lower_ == "of"
        if precedes:
            index -= 2
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ != "amod":
                return None
        if not (follows or precedes) or index < 1 or doc[index].text != ",":
            return None
        counted = self._counted_nouns(doc[span.sent.start : index])
        whole = counted[-1] if counted else doc[index - 1]
        if not counted and self._in_figure(whole):
            return self._figure_subject(whole)  # "Threats and extortion: 3,905, of which"
        if whole.pos_ != "NOUN" or self._is_unit_word(whole):
            return None
        return self._coordinated_whole(whole, span)

    def _counted_nouns(self, words: Span) -> list[Token]:
        """The nouns in ``words`` that a written number counts ('9 firearms'), in order."""
        return [t for t in words
                if t.pos_ == "NOUN" and not self._in_figure(t)
                and any(c.dep_ == "nummod" and c.like_num for c in t.children)]  # fmt: skip

    def _back_reference(self, pronoun: Token) -> bool:
        """'them', or 'those'/'these' standing alone ('3 of those were loaded'); not a
        determiner ('3 of these vehicles') nor a defined group ('3 of those arrested')."""
        if pronoun.lower_ not in _BACK_REFERENCES or pronoun.pos_ != "PRON":
            return False
        doc = pronoun.doc
        after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
        if after is not None and after.pos_ in NOUNS:
            return False
        return self._defined_group(pronoun, set()) is None

    def _referred_whole(self, span: Span) -> list[Token] | None:
        """'Officers recovered 9 firearms, 3 of them loaded', '... and 3 of them were loaded':
        the pronoun stands for the noun counted last before the figure in the sentence. With
        none, the pronoun stays for the extractor to resolve ('Three of them were charged')."""
        doc = span.doc
        pronoun = doc[span.end + 1]
        counted = self._counted_nouns(doc[span.sent.start : span.start])
        if pronoun.lower_ in _AMOUNT_REFERENCES or not counted:
            return self._last_figure_subject(span)  # "$1.2 billion in claims, half of that"
        if self._is_unit_word(counted[-1]):
            return None
        return self._noun_phrase(counted[-1], span)

    def _last_figure_subject(self, span: Span) -> list[Token] | None:
        """The subject of the last figure before ``span`` in its sentence."""
        before = [f for f in self._figures if span.sent.start <= f.start and f.stop <= span.start]
        return self._subject_tokens.get(before[-1].start) if before else None

    def _listed_count(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'7 AK-47 rifles, 2 locally made pistols and 11 stolen vehicles': in a list the parser
        may hang a count on the noun before it, or on a model name ('AK-47') before its noun;
        the plural list item written after the count is what it counts."""
        if mention.kind != "count":
            return None
        head = anchor.head
        if anchor.dep_ in ("compound", "nummod") and model_name(head) and head.dep_ == "nummod":
            return self._counted_phrase(head.head, span, mention.kind)  # "7 AK-47 rifles"
        if anchor.dep_ != "npadvmod" or head.pos_ != "NOUN" or head.i > anchor.i:
            return None
        item = self._phrase_head(span.doc, span.end)
        if item is None or item.tag_ != "NNS" or item.dep_ != "conj" or item.head != head:
            return None
        return self._counted_phrase(item, span, mention.kind)

    def _of_phrase(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'29.95 billion yuan ($4.58 billion) of assets' -> 'assets'."""
        doc, index = span.doc, span.end
        if index < len(doc) and doc[index].text == "(":
            while index < len(doc) and doc[index].text != ")":
                index += 1
            index += 1
        if index + 1 < len(doc) and doc[index].lower_ == "worth":
            index += 1
            if doc[index].lower_ != "of":  # "Rs 43 crore worth cash": Indian English drops 'of'
                head = self._phrase_head(doc, index)
                return self._noun_phrase(head, span) if head is not None else None
        if index + 1 < len(doc) and doc[index].lower_ == "of":
            if doc[index + 1].tag_ in ("WDT", "WP"):
                return None  # "a fifth of which", "two of whom": no noun here
            if doc[index + 1 : index + 3].text.lower() in ("its kind", "their kind"):
                return None  # "the second-largest of its kind": the clause names the haul
            head = self._phrase_head(doc, index + 1)
            if head is None:  # "11 of the accused"; "• 655 kg of khat", 'khat' tagged an adverb
                return _nominalised_after_the(doc, index + 1) or _last_word(doc, index + 1)
            return self._noun_phrase(head, span)
        return None

    def _counted_phrase(self, head: Token, exclude: Span, kind: str) -> list[Token] | None:
        """The noun a number modifies: '1,759 criminal gangs', 'seven types of crimes',
        'one count of wire fraud'; a share looks through ('a 12% share of the market')."""
        key = noun_key(head)
        if head.lower_ == "worth":  # "C$1.5 million worth of stolen vehicles"
            inner = self._of_object(head)
            if inner is None:
                return None
            # "$3.2 million worth of drugs and cash": the parser may hang 'cash' on 'worth'
            listed = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            phrase = self._noun_phrase(inner, exclude)
            if listed and phrase and not self._own_amount(listed[0], exclude):
                return [*phrase, *head.doc[max(t.i for t in phrase) + 1 : listed[0].i + 1]]
            return phrase
        if key & self.change_nouns:
            # "a 5% increase in burglaries", "a $3.6-million increase to its budget"
            inner = self._prep_object(head, ("in", "of", "to"))
            named = inner is not None and inner.pos_ in ("NOUN", "PROPN") and not inner.like_num
            # not "a $1.2 million increase in March": when, not what
            named = named and inner.lower_ not in self.lex.words("months")
            if not named and kind in ("ordinal", "duration"):
                # "the second consecutive decline", "the largest one-year decline": the
                # figure ranks or spans the change itself, not an amount of it
                return [t for t in self._noun_phrase(head, exclude) if t.i >= exclude.end]
            return self._noun_phrase(inner, exclude) if named else None  # type: ignore[arg-type]
        if kind != "count" and key & self.look_through:
            inner = self._of_object(head)
            if inner is not None:
                return self._noun_phrase(inner, exclude)
        keep_of = bool(key & (_KEEP_OF | self.look_through))
        phrase = self._noun_phrase(head, exclude, keep_of=keep_of)
        phrase += _with_term(head) + _defining_clause(head)
        phrase += _acronym_then_noun(head, max(t.i for t in phrase))
        if kind == "duration":  # "a one-year driving ban and mandatory classes": the ban's
            joined = next((t.i for t in phrase if t.i > head.i and t.dep_ == "cc"), None)
            phrase = [t for t in phrase if joined is None or t.i < joined]
        # What stands before the number ("An estimated 8,000 people") is not what is counted.
        return [t for t in phrase if t.i >= exclude.end] or [head]

    def _bracketed_after_noun(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in BRACKET_FILLERS:
            index -= 1
        if index < 1 or doc[index].text != "(":
            return None
        noun = doc[index - 1]
        if _year(noun) and not self._in_figure(noun):
            # "182 homicides in 2025, 21 fewer than in the same period of 2024 (203)": the
            # year's figure, of what the sentence counted before
            return self._earlier_counted(mention, span)
        if noun.like_num:  # "Sexual offences: 3,870 (up 4.1%)": the count's label
            return subjects.label_tokens(doc[noun.i : noun.i + 1])
        if noun.pos_ not in ("NOUN", "PROPN") or self._is_unit_word(noun):
            return None
        if self._in_figure(noun):
            return None  # "$US17,246,208 ($A25,474,373)": a conversion, not a noun's figure
        if noun.pos_ == "PROPN" and RANKING_BEFORE.search(doc[span.sent.start : noun.i].text):
            # "with 71, ahead of Clarendon (64)": a place ranked by what the first figure counts
            counted = self._earlier_counted(mention, span)
            if counted is not None:
                return counted
        return self._noun_phrase(noun, span)

    def _share_off_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'sold at prices 15-20% below the market', 'rents 8% higher than last year': a
        share right after a noun, then how far off it is, measures that noun."""
        doc = span.doc
        if mention.kind != "percent" or span.start == 0 or span.end + 1 >= len(doc):
            return None
        noun, after = doc[span.start - 1], doc[span.end]
        if noun.pos_ != "NOUN" or self._is_unit_word(noun) or self._in_figure(noun):
            return None
        comparative = after.lower_ in _OFF_COMPARATIVES and doc[span.end + 1].lower_ == "than"
        if after.lower_ not in ("below", "above") and not comparative:
            return None
        return self._noun_phrase(noun, span)

    def _aged_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if mention.kind != "age" or span.start == 0:
            return None
        doc, index = span.doc, span.start - 1
        while index > 1 and doc[index].lower_ in ("and", "or", ",") and doc[index - 1].like_num:
            index -= 2  # "two boys aged 15 and 16": the last age of a list has the list's cue
        while index > 0 and doc[index].lower_ in ("between", "from", "of", "ranging"):
            index -= 1
        cue = doc[index]
        superlative = _aged_superlative(span)
        if superlative is not None:
            return [superlative]  # "18 children, the youngest aged three"
        if (
            cue.lower_ in ("aged", "ages", "age")
            and (cue.head.pos_ in NOMINALS or _nominalised(cue.head))
            and cue.head.i < cue.i
        ):
            if cue.dep_ == "relcl":  # "mules and runners, of whom 2,317 were aged 16 to 29"
                return self._coordinated_whole(cue.head, span)
            head = _person_from_place(cue.head)
            listed = _listed_groups_whole(head)
            if listed is not None:  # "The detainees, 16 men and three women aged 24 to 63"
                return [t for t in self._noun_phrase(listed, span) if t.i < cue.i] or None
            before = cue.doc[cue.i - 1]
            # the group right before the cue is the one aged: "a woman and three men aged 22
            # to 41", "Three suspects, two Kuwaitis aged 29 and 41"; not the last of a list
            # of groups ("five Saudis and two Yemenis aged 23 to 41" are all aged)
            one = head.tag_ == "NN"  # a single person is no group of ages
            plural = before.tag_ in ("NNS", "NNPS") or _counted_group(before)
            group = plural and (one or before.dep_ != "conj") and not self._in_figure(before)
            if group and before.i > head.i and not noun_key(head) & self.look_through:
                head = before
            if noun_key(head) & self.look_through:  # "the number of children aged 10 to 17"
                head = self._of_object(head) or head
            # "Those aged 30 to 49": the age clause itself is no part of the group's name
            return [t for t in self._noun_phrase(head, span) if t.i < cue.i] or None
        if cue.lower_ == "aged" and cue.i > 0:
            return self._aged_group(cue, span)
        return None

    def _aged_group(self, aged: Token, span: Span) -> list[Token] | None:
        """Whom 'aged' describes when the parser hung it elsewhere: the plural noun or the
        superlative right before it ('people aged 65 or older accounting for ...', 'the
        youngest aged 12'), or the subject of the copula before it ('the victims are mostly
        aged between 50 and 70')."""
        before = aged.doc[aged.i - 1]
        if before.tag_ in ("JJS", "RBS"):
            return [before]  # "the youngest aged 12"
        if before.tag_ in ("NNS", "NNPS") and before.dep_ != "conj" and not self._in_figure(before):
            return [t for t in self._noun_phrase(before, span) if t.i < aged.i] or [before]
        index = aged.i - 1
        while index > 0 and aged.doc[index].pos_ == "ADV":
            index -= 1
        copula = aged.doc[index]
        if copula.lemma_ != "be":
            return None
        near = (*copula.children, *aged.children, *copula.head.children)
        subjects = [c for c in near if c.dep_ in ("nsubj", "nsubjpass") and c.i < copula.i]
        nouns = [c for c in subjects if c.pos_ in NOUNS and not self._in_figure(c)]
        if not nouns and subjects and subjects[0].lower_ in GROUP_PRONOUNS:
            # "Those who collected cash were mostly aged 17 to 24"
            return self._defined_group(subjects[0], set(range(span.start, span.end)))
        return self._noun_phrase(nouns[0], span) if nouns else None  # not "two-thirds were"

    def _headline_change(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Murders down 18 per cent', 'Ram raids down by more than half', 'Car thefts up by a
        third': a headline with no verb; the words opening it, before 'up'/'down', name what
        changed. The tagger may read the first word as a verb ('Ram raids')."""
        doc, start = span.doc, span.sent.start
        index = _direction_before(span)
        if index is None:
            return None
        # after a label's colon or a verb of showing the noun phrase opens anew: "Police Crime
        # Statistics 2024: reported offences up 3.1%", "data shows referrals up 18%"
        opener = next((t.i for t in reversed(doc[start:index]) if _opens_headline_phrase(t)), None)
        first = start if opener is None else opener + 1
        words = list(doc[first:index])
        length = sum(not _inner_hyphen(t) for t in words)  # "hit-and-run" is one word
        capitalised = words and (words[0].is_title or words[0].is_upper)  # "SERIOUS CRIMES DOWN"
        if not 0 < length <= _MAX_HEADLINE_WORDS or (opener is None and not capitalised):
            return None
        # the tagger reads a headline's nouns as verbs: 'Crime up 7.6%', 'reported offences up'
        last = words[-1]
        misread = _misread_plural(last) or (len(words) == 1 and last.tag_ == "VB")
        inner = words[1:-1] if misread else words[1:]
        finite = [t for t in inner if t.tag_ in _FINITE_TAGS or t.pos_ in ("DET", "PRON")]
        # "St. Louis homicides down 22%": an abbreviated word of a name is a word too; so is
        # a hyphen inside a word ("break-and-enters to businesses down 11 per cent")
        if finite or not all(t.is_alpha or _dotted_word(t) or _inner_hyphen(t) for t in words):
            return None
        words = _without_place(words)  # "Registered Crimes in Bulgaria Down 4.7%"
        words = _without_leading_name(words)  # "Louisville carjackings down nearly 40%"
        gerund = words[-1].tag_ == "VBG"  # "Dundee shoplifting up 35%": a crime's -ing noun
        return words if words[-1].pos_ in NOUNS or misread or gerund else None

    def _changed_object(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'increased night patrols by 30 per cent': what a verb of change changed, written
        between it and 'by', whatever the parser hung on what."""
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in QUALIFYING_WORDS:
            index -= 1
        if doc[index].lower_ == "to" and mention.kind == "money":
            # "increase our budget from US$3.2 million to US$5 million": both levels
            index = next((t.i for t in reversed(doc[max(0, index - 8) : index])
                          if t.lower_ == "from"), index)  # fmt: skip
        if doc[index].lower_ not in ("by", "from") or (
            doc[index].lower_ == "from" and mention.kind != "money"
        ):
            return None
        verb = changed_object_verb(doc[index])
        if verb is None:
            return None
        after = doc[span.end] if span.end < len(doc) else None
        if mention.kind == "count" and after is not None and after.tag_ in ("NNS", "NNPS"):
            return None  # "expand its CCTV network by 85 cameras": the count's own noun
        return [t for t in doc[verb.i + 1 : index] if t.tag_ not in ("DT", "PRP$")]

    def _with_change(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'..., with murders down nearly 20%', '..., with burglaries down 12% and robberies up
        3%': a change set after 'with' changes the noun right before its 'up'/'down', not the
        clause's subject."""
        doc, start = span.doc, span.sent.start
        index = _direction_before(span)
        if index is None:
            return None
        words: list[Token] = []
        for token in reversed(doc[max(start, index - _MAX_HEADLINE_WORDS - 1) : index]):
            if token.lower_ in ("with", "and") or token.text == ",":
                joined = token.lower_ == "with" or _with_before(doc, start, token.i)
                if not joined or not words:
                    return None
                return words[::-1] if _nounish(words[0]) else None  # its head right before
            if token.lower_ == "of" and words and self._counted_through(doc, token.i):
                # "with the number of phone scams down by nearly a third": the scams
                return words[::-1] if _nounish(words[0]) else None
            if not (_nounish(token) or token.pos_ == "ADJ") or not token.is_alpha:
                return None
            words.append(token)
        return None

    def _counted_through(self, doc: Doc, of: int) -> bool:
        """'with the number of': a container noun after 'with', whose 'of' names the thing."""
        container, index = doc[of - 1], of - 2
        if index >= 0 and doc[index].lower_ in ("the", "a"):
            index -= 1
        opens = index >= 0 and doc[index].lower_ == "with"
        return opens and bool(noun_key(container) & self.look_through)

    def _predicate_nominal(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'241 were children', 'Of the 60 arrested, 12 were juveniles': a bare number as the
        subject of 'be' counts the plural noun that the verb's complement names."""
        if anchor.dep_ == "nummod" and span.start <= anchor.head.i < span.end:
            anchor = anchor.head  # "1.93 lakh were cases of ...": the scale word is the subject
        verb = anchor.head
        after = span.doc[span.end] if span.end < len(span.doc) else None
        joined = after is not None and (after.dep_ == "conj" or after.lemma_ == "be")
        if anchor.dep_ == "conj" and joined:
            verb = after  # "20 were boys and 11 were girls": the parser joins 11 to 'boys'
        elif anchor.dep_ != "nsubj":
            return None
        # "Of the 9 800 animals, about two thirds were cattle"; not "two-thirds of the victims
        # were women", a share of its own whole
        share = mention.unit in ("fraction", "percent") and not _of_after(span)
        share = share and not _of_relative_before(span)  # "640 people, of which 52% were women"
        if (mention.kind != "count" and not share) or verb.lemma_ != "be":
            return None
        # the scale's own number ("1.93 lakh") and a fronted "Of these," are no group of its own
        own = range(span.start, span.end)
        fronted = [c for c in anchor.children if c.dep_ == "prep" and c.i < span.start]
        # "The remaining four were users": 'the remaining' says which part, not what group
        remaining = any(c.lower_ in _REST_WORDS for c in anchor.children)
        if any(c.dep_ in ("nummod", "prep", "det", "acl", "relcl") and c.i not in own
               and c not in fronted and not (remaining and c.dep_ == "det")
               for c in anchor.children):  # fmt: skip
            return None  # "7 of the suspects", "The 30 arrested": the number's own group
        named = [c for c in verb.children if c.dep_ == "attr" and c.i >= span.end]
        if not named or named[0].tag_ not in ("NNS", "NNPS") or self._counted_figure(named[0]):
            return None
        # "Of the victims, 17 were women": the part the complement names, as annotators
        # read it, rather than the group it is taken from
        return self._noun_phrase(named[0], span)

    def _bounded_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'drivers under 25', 'children under the age of 18', 'Of the 516 young people
        arrested, two-thirds were aged 14 to 17': an age bound or 'aged' describes the people
        named before it; with a number or share as the clause's subject, the fronted group
        that number is a part of. 'age' itself is never what an age describes."""
        if mention.kind != "age" or span.start == 0:
            return None
        doc, index = span.doc, span.start - 1
        if doc[max(index - 2, 0) : index + 1].text.lower() in ("the age of", "the ages of"):
            index -= 3
        if doc[max(index - 2, 0) : index + 1].text.lower() in ("as young as", "as old as"):
            index -= 1  # "victims as young as three": 'young' bounds the age as 'under' does
        while index > 0 and doc[index].lower_ in ("between", "from", "ranging"):
            if doc[index - 1].lemma_ == "be":
                break  # "victims were between 18 and 34": 'between' bounds it as 'under' does
            index -= 1
        people = doc[index]
        if index < span.start - 1 and people.pos_ in NOUNS and people.lower_ in self.age_people:
            return self._noun_phrase(people, span)  # "Black men between 18 and 34"
        if index > 1 and doc[index].lower_ == "than" and doc[index - 1].lower_ in _COMPARED_AGES:
            index -= 1  # "people younger than 18": 'younger than' bounds it as 'under' does
        elif index < 1 or doc[index].lower_ not in _AGE_BOUNDS:
            return None
        noun = doc[index - 1]
        if noun.lower_ == "as" and index > 1:
            noun = doc[index - 2]  # "victims as young as three"
        if noun.lower_ in _MOSTLY and index > 1:
            noun = doc[index - 2]  # "226 money mules, mostly aged 18 to 25,"
        if noun.pos_ in NOUNS and noun.lower_ in self.age_people:
            return self._noun_phrase(noun, span)  # "drivers under 25", "children aged 14"
        shared = self._share_of_them(noun)
        if shared is not None:
            return shared  # "34 people arrested, 11 of them under 21": the share's people
        set_off = self._set_off_people(noun)
        if set_off is not None:
            return self._noun_phrase(set_off, span)
        verb = next((t for t in (noun, *noun.ancestors) if t.pos_ in VERBS), None)
        if verb is None or verb.i > index:
            return None
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own and own[0].pos_ in NOUNS and not self._counted_figure(own[0]):
            return self._noun_phrase(own[0], span)  # "victims were under 25"
        whole = _share_whole(own[0]) if own else None
        if whole is not None:  # "two-thirds of homicide victims were between 18 and 34"
            return self._noun_phrase(whole, span)
        return self._fronted_whole(span)

    def _share_of_them(self, them: Token) -> list[Token] | None:
        """'arrested 412 people, 96 of them under 21': what the share before 'of them' counts,
        which 'them' stands for."""
        if them.lower_ != "them" or them.i < 2 or them.doc[them.i - 1].lower_ != "of":
            return None
        return self._subject_tokens.get(them.i - 2)

    @staticmethod
    def _set_off_people(comma: Token) -> Token | None:
        """'arrested 1,612 scammers and money mules, aged 16 to 78,': the plural noun phrase
        that a comma sets the age off from, through its conjuncts to their head."""
        if comma.text != "," or comma.i == 0:
            return None
        noun = comma.doc[comma.i - 1]
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        return noun if noun.tag_ in ("NNS", "NNPS") else None

    def _counted_figure(self, token: Token) -> bool:
        """Does the token belong to a figure ('38', 'two-thirds') rather than name a group?"""
        return token.like_num or self._in_figure(token)

    def _fronted_whole(self, span: Span) -> list[Token] | None:
        """The group of a sentence opening with 'Of/Among X,' when the figure comes after the
        comma: 'Of all those killed, 74 were under the age of 20' -> 'those killed'."""
        doc, start = span.doc, span.sent.start
        if doc[start].lower_ not in _GROUP_PREPOSITIONS:
            return None
        comma = next((t.i for t in doc[start : span.start] if t.text == ","), None)
        head = self._phrase_head(doc, start + 1)
        if comma is None or head is None or head.i >= comma:
            return None
        if head.lower_ in GROUP_PRONOUNS:
            return self._defined_group(head, set(range(span.start, span.end)))
        if head.pos_ not in NOUNS:
            return None
        return self._defined_whole(head, span)

    def _duration_in(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        doc, index = span.doc, _past_smaller_part(span.doc, span.end)
        if mention.kind != "duration":
            return None
        penalty = _penalty_before(span)
        if penalty is not None:
            return self._noun_phrase(penalty, span)  # "a maximum sentence of 4 years in prison"
        before = span.start - 1
        while before > 1 and doc[before].lower_ in _TERM_QUALIFIERS:
            before -= 1  # "imprisonment for up to three months"
        if before > 0 and doc[before].lower_ == "for":
            state = doc[before - 1]  # "on probation for five years"
            if state.lower_ in _TERMED_STATES:
                # "Rigorous Imprisonment for five years": with the kind of imprisonment
                kind = [t for t in state.lefts if t.dep_ in ("compound", "amod")]
                return [*kind, state]
        if index + 1 >= len(doc):
            return None
        if index != span.end and doc[index].lower_ == "of":
            held = self._phrase_head(doc, index + 1)  # "six years and four months of jail"
            return self._noun_phrase(held, span) if held is not None else None
        if doc[index].lower_ != "in":
            return None
        head = self._phrase_head(doc, index + 1)
        # a title-case headline tags the noun PROPN: "Sentenced To 87 Months In Prison"
        nouns = ("NOUN", "PROPN") if title_case(doc) else ("NOUN",)
        if head is None or head.pos_ not in nouns or self._scope(head):
            return None
        if head.lower_ in _MANNER_NOUNS:
            return None  # "under investigation for eight months in cooperation with police"
        return [*_describing_words(head), head]  # "in federal prison", "in pre-sentence detention"

    def _kept_for(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'keep transaction records for three years', 'hold suspicious transfers for up to 4
        hours': how long a thing is kept is the thing's; people held are left to the clause
        ('detained the suspects for two weeks' measures the act)."""
        if mention.kind != "duration" or anchor.dep_ != "pobj" or anchor.head.lower_ != "for":
            return None
        verb = anchor.head.head
        kept = None
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb, kept = verb.head, verb  # the parser may hang 'for' on the object
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _KEEPING_VERBS:
            return None
        objects = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
        kept = kept or next(objects, None)
        people = self.lex.words("age_person_nouns") | self.lex.words("age_people_nouns")
        if kept is None or kept.i > anchor.i or kept.lemma_.lower() in people:
            return None
        return self._noun_phrase(kept, span)

    def _scope(self, noun: Token) -> bool:
        """'five to seven minutes in most cities', 'under 8 minutes in rural areas': a place,
        or a noun taken by a quantifier ('in most cases'), says where a duration holds; it is
        not what holds it ('33 years in prison')."""
        if noun_key(noun) & self.place_nouns:
            return True
        if noun.lower_ in _TIME_NOUNS or noun.lower_ in self.lex.words("months"):
            return True  # "ran for six weeks in spring 2025": when, not what lasted
        return any(
            c.dep_ in ("amod", "det") and (c.lower_ in self.quantifier_words or c.lower_ in _EVERY)
            for c in noun.children
        )

    def _row_label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if mention.subject is not None:
            return None  # 'Istanbul | 31' under 'Detentions by province': the title's noun
        return subjects.row_label(span)

    def _line_label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if self._headline_source(span.doc) or self._headline_person(span.doc):
            return None
        # a count names its own noun; money after it on the line is the label's
        return subjects.line_label(span, self._figures, counted=mention.kind == "money")

    def _signed_label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if mention.sign is None:
            return None
        return subjects.signed_label(span)

    def _property_after(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'(1.5mm internal diameter)': the property a measure is written before."""
        if mention.kind in ("count", "money", "percent", "age"):
            return None
        found = subjects.property_after(span)
        if found is None or self._is_unit_word(found):
            return None
        return self._noun_phrase(found, span)

    def _dimension_after_noun(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'cut cables 50 to 100 meters long', 'a tunnel 40 metres deep': a length followed
        by its dimension word measures the noun right before it."""
        doc = span.doc
        if mention.kind in ("count", "money", "percent", "age") or span.end >= len(doc):
            return None
        if doc[span.end].lower_ not in _DIMENSION_ADJECTIVES or span.start == 0:
            return None
        noun = doc[span.start - 1]
        if noun.pos_ != "NOUN" or self._is_unit_word(noun):
            return None
        return self._noun_phrase(noun, span)

    def _named_measure(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'- Chain snatching: 112 cases; detection rate 41 per cent': a rate or share named
        right before its figure, with no verb between, is what the figure measures."""
        if span.start == 0:
            return None
        noun = span.doc[span.start - 1]
        if noun.lower_ not in _MEASURE_LABELS or noun.pos_ not in ("NOUN", "VERB"):
            return None
        if noun.pos_ == "VERB":  # "Detection rate 41 per cent": the tagger's verb 'rate'
            # after a singular noun a bare 'rate' is no verb ("Officers rate 41 per cent ...")
            before = span.doc[noun.i - 1] if noun.i > 0 else None
            named = before is not None and before.tag_ in ("NN", "NNP")
            return [before, noun] if named and before.dep_ == "nsubj" else None
        start = noun.i  # its own describing words, written together before it
        while (
            start > 0
            and span.doc[start - 1].head == noun
            and span.doc[start - 1].dep_ in ("compound", "amod")
        ):
            start -= 1
        return list(span.doc[start : noun.i + 1])

    def _label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Total cost: $72,370', 'Arrests: 1,200'; not a headline's source ('SAPS: 6,945')
        nor a dateline ('Bengaluru: 11 held for cyber fraud')."""
        if self._headline_source(span.doc) or self._headline_person(span.doc):
            return None
        if self._dateline(span):
            return None
        tokens = subjects.label_tokens(span) or []
        if tokens and all(t.is_upper for t in tokens if t.is_alpha) and _clause_after(span):
            return None  # "SARAJEVO: Two arrested after ...": a dateline before a headline
        if len(tokens) == 1 and tokens[0].is_title and self._people_verb_after(span):
            return None  # "Hastings: Four arrested after ram raid": a briefs item's place
        rated = _rate_label(tokens)
        if rated is not None:  # "Road deaths per 100,000 population: 5.4": a rate
            tokens, base = rated
            mention.kind = "rate"
            mention.unit = document_rate_base(base.text) or " ".join(base.text.split())
        # "This year: 412", "The total: 90": a pointing word opens no label; 'the' inside one
        # stays ("Drug cases under the NDPS Act: 318")
        inner = [t for i, t in enumerate(tokens) if i > 0 and t.lower_ in ("the", "a", "an")]
        tokens = [t for t in tokens if t.lower_ not in self.deictic or t in inner]
        return tokens or None

    def _people_verb_after(self, span: Span) -> bool:
        """Is the figure followed by a participle of arrest, charge or harm ('Four arrested')?"""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is None or after.tag_ not in ("VBN", "VBD"):
            return False
        verbs = self.lex.cues["implied_people_verbs"].values()
        return any(after.lemma_.lower() in listed for listed in verbs)

    def _dateline(self, span: Span) -> bool:
        """'Bengaluru: The city police ...': a one- or two-word place before a colon opening
        the paragraph says where the story is from; it labels no figure. A place is a GPE
        entity or a place cue word of the currency tables."""
        doc = span.doc
        colon = next((t.i for t in doc[:3] if t.text == ":"), None)
        if colon is None or colon == 0 or not span.sent.start <= colon < span.start:
            return False  # the dateline opens the paragraph, in the figure's sentence
        words = doc[:colon]
        if all(t.ent_type_ == "GPE" for t in words):
            return True
        return words.text.lower() in self._place_cues

    @cached_property
    def _place_cues(self) -> frozenset[str]:
        cues = self.lex.ambiguous_symbols
        return frozenset(
            word.lower()
            for symbol in cues.values()
            for places in symbol["cues"].values()
            for word in places
        )

    def _elided_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'arrested 435 suspects in May and 187 in June': a bare number listed after a
        counted noun counts the same noun."""
        if mention.kind != "count" or anchor.pos_ != "NUM":
            return None
        if anchor.dep_ == "pobj" and anchor.head.lower_ in _INCLUDING:
            return self._included_in(anchor.head, span)
        if anchor.dep_ in ("nsubj", "nsubjpass", "npadvmod") and anchor.head.pos_ != "NOUN":
            return self._bare_subject(anchor, span) or self._gapped_subject_noun(anchor, span)
        if anchor.dep_ == "dobj" and any(c.lower_ in _FURTHER for c in anchor.children):
            # "hired 2,000 officers ... recruit another 1,500"
            return self._bare_subject(anchor, span)
        if anchor.dep_ != "conj":
            return None
        head = anchor.head
        if head.dep_ == "nummod" and head.head.pos_ == "NOUN":
            return self._noun_phrase(head.head, span)
        counted = any(
            c.dep_ == "nummod" and self._in_figure(c) and not _across_own_preposition(c, head)
            for c in head.children
        )
        if head.pos_ == "NOUN" and counted and head.i < anchor.i and not self._is_unit_word(head):
            # "3,100 citations for speeding and 1,050 for seat belt violations": the noun,
            # without the first count's own restriction
            return [t for t in self._noun_phrase(head, span) if t.i <= head.i]
        if head.pos_ not in VERBS:
            return None
        for child in head.children:
            counted = child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i < anchor.i
            if counted and any(c.dep_ == "nummod" and c.like_num for c in child.children):
                return self._noun_phrase(child, span)
        return None

    def _joined_modifiers(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'handed back 614 stolen and lost mobile phones': two joined describing words
        between a count and its plural noun, which the parser reads as verbs of a clause."""
        doc, end = span.doc, span.end
        if mention.kind != "count" or end + 3 >= len(doc):
            return None
        first, joiner = doc[end], doc[end + 1]
        if first.tag_ not in _MODIFIER_TAGS or joiner.lower_ not in ("and", "or"):
            return None
        return _run_to_plural(doc, end, end + 2, _MODIFIER_TAGS | {"NN", "NNP"})

    def _adverb_modified(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'6 locally made guns', '11 illegally acquired vehicles': an adverb and a describing
        word between a count and its plural noun, which the parser reads as a clause's verb
        with its object."""
        doc, end = span.doc, span.end
        if mention.kind != "count" or end + 2 >= len(doc):
            return None
        adverb, describing = doc[end], doc[end + 1]
        if adverb.tag_ != "RB" or not adverb.lower_.endswith("ly"):
            return None
        if describing.tag_ not in _MODIFIER_TAGS and describing.tag_ != "VBD":
            return None
        return _run_to_plural(doc, end, end + 2, frozenset({"NN", "NNP", "JJ"}))

    def _gapped_by_words(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """Read from the words when the parse loses a gapped list: 'Thefts numbered 24,870 and
        burglaries 6,105', 'the youngest was 17 and the oldest 78' (the word before the second
        count), 'caught 11,342 drivers under
        the influence of alcohol and 3,956 under the influence of drugs' (the first count's
        noun, dropped before the second)."""
        doc, start = span.doc, span.start
        if mention.change is not None and start > 2 and doc[start - 1].lower_ == "by":
            return self._gapped_change(span)
        if (
            mention.kind not in ("count", "age")
            or start < 2
            or doc[start - 1].lower_ in _NOT_LISTED
        ):
            return None
        earlier = [r for r in self._figures if r.stop <= start - 1 and r.start >= span.sent.start]
        if not earlier:
            return None
        after = doc[span.end] if span.end < len(doc) else None
        noun, joiner = doc[start - 1], doc[start - 2]
        ends = after is None or after.is_punct
        first = doc[earlier[-1].stop] if earlier[-1].stop < len(doc) else None
        counted = first is not None and first.tag_ == "NNS"
        if noun.tag_ == "NNS" and joiner.lower_ in ("and", ",") and ends:
            # "... and burglaries 6,105."; "Banks filed 1,157 reports and casinos 62": the
            # first count's noun, and the noun before the second is who filed them
            return [first] if counted and first.lower_ != noun.lower_ else [noun]
        superlative = noun.tag_ == "JJS" and joiner.lower_ == "the" and start > 2
        if superlative and doc[start - 3].lower_ == "and" and ends:
            return [noun]  # "The youngest driver was 17 and the oldest 78."
        if noun.lower_ == "and" and counted and after is not None and after.pos_ == "ADP":
            return [first]  # "11,342 drivers under ... and 3,956 under ..."
        return _gapped_before_preposition(span, earlier)

    def _gapped_change(self, span: Span) -> list[Token] | None:
        """'vehicle thefts fell by 5% and residential burglaries by 4%': a change after 'by'
        whose verb the second part drops changes the plural noun between 'and' and 'by'."""
        doc, index = span.doc, span.start - 2
        if doc[index].tag_ not in ("NNS", "NNPS"):
            return None
        first = index
        while first > span.sent.start and doc[first - 1].tag_ in ("JJ", "NN", "NNP", "VBN"):
            first -= 1
        joined = first > span.sent.start and doc[first - 1].lower_ in ("and", ",")
        earlier = any(r.stop <= first and r.start >= span.sent.start for r in self._figures)
        return list(doc[first : index + 1]) if joined and earlier else None

    def _bare_subject(self, anchor: Token, span: Span) -> list[Token] | None:
        """'Of the 60 suspects, 20 were released and the remaining 40 charged': a fronted 'of'
        phrase names the whole a bare number subject is part of. 'Police held 55 suspects;
        another 30 remain in custody', 'recorded 5,100 offences, 300 more than in 2022': a
        number marked as more of the same counts the noun counted last before it."""
        verb = anchor.head
        for _ in range(3):
            if verb.pos_ not in VERBS or anchor.dep_ == "npadvmod":
                break
            fronted = [c for c in verb.children
                       if c.dep_ == "prep" and c.lower_ == "of" and c.i < anchor.i]  # fmt: skip
            wholes = [o for p in fronted for o in p.children
                      if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
            if wholes:
                return self._defined_whole(wholes[0], span)
            if verb.dep_ != "conj":
                break
            verb = verb.head
        further = [c for c in anchor.children if c.lower_ in _FURTHER and c.i != anchor.i]
        if anchor.dep_ == "npadvmod" and anchor.head.lower_ in ("more", "fewer"):
            further.append(anchor.head)
        if not further:
            return None
        doc = anchor.doc
        counted = self._counted_nouns(doc[anchor.sent.start : span.start])
        if not counted or self._is_unit_word(counted[-1]):
            return None
        return self._noun_phrase(counted[-1], span)

    def _gapped_subject_noun(self, anchor: Token, span: Span) -> list[Token] | None:
        """'39 people were killed and 71 were injured': a bare number subject of a verb joined
        by 'and' to a verb whose subject is a counted noun counts the same noun."""
        verb = anchor.head
        if verb.dep_ != "conj" or verb.head.pos_ not in VERBS or anchor.dep_ == "npadvmod":
            return None
        counted = [c for c in verb.head.children
                   if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.i < anchor.i
                   and any(n.dep_ == "nummod" and n.like_num for n in c.children)]  # fmt: skip
        if not counted or self._is_unit_word(counted[0]):
            return None
        return self._noun_phrase(counted[0], span)

    def _defined_whole(self, whole: Token, span: Span) -> list[Token]:
        """'Of the 200 people arrested': a bare participle right after it defines the whole.
        One that says the cases were logged ('Of the cases received', 'out of the total cases
        recorded') defines nothing: every case counted was."""
        after = [c for c in whole.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.i == whole.i + 1 and not list(c.children)
                 and c.lemma_.lower() not in _LOGGING_VERBS]  # fmt: skip
        return self._noun_phrase(whole, span) + after

    def _included_in(self, including: Token, span: Span) -> list[Token] | None:
        """'made 97 arrests, including 14 for weapons offenses': a bare number introduced by
        'including' is a part of the counted noun it follows."""
        holder = including.head
        if holder.pos_ in VERBS:
            counted = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")
                       and c.pos_ == "NOUN" and c.i < including.i]  # fmt: skip
            holder = counted[-1] if counted else holder
        if holder.pos_ != "NOUN" or self._is_unit_word(holder):
            return None
        counted = self._counted_nouns(span.doc[span.sent.start : span.start])
        if holder.tag_ != "NNS" and counted:
            # "1,214 suspects were arrested during a special operation, including 863 for
            # drug offences": a part of the noun counted before, not of the event
            return self._noun_phrase(counted[-1], span)
        return self._noun_phrase(holder, span)


def _past_apposed_share(doc: Doc, end: int) -> Token | None:
    """The token after a figure, past a share set off in commas: 'Of the suspects, 1,203, or
    56 percent, are facing charges' reads on at 'are'."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "or":
        closing = next((t for t in doc[end + 2 : end + 8] if t.text == ","), None)
        return doc[closing.i + 1] if closing is not None and closing.i + 1 < len(doc) else None
    return doc[end] if end < len(doc) else None


def _noun_after_participle(anchor: Token, span: Span) -> Token | None:
    """'2 locally made pistols', '3 newly built homes': the small parser makes the number the
    subject of the participle that describes the noun after it; the noun is what is counted."""
    participle = anchor.head
    if anchor.dep_ != "nsubj" or participle.dep_ != "amod" or participle.i <= anchor.i:
        return None
    noun = participle.head
    close = noun.i - span.end <= _MAX_PARTICIPLE_GAP and noun.i > participle.i
    return noun if close and noun.pos_ in NOMINALS else None


_MAX_PARTICIPLE_GAP = 3


def _gapped_adjective(anchor: Token) -> bool:
    """'were male and 893 female': the number's 'noun' is listed with a predicate adjective,
    so the tagger's noun is an adjective too."""
    head = anchor.head
    if anchor.dep_ != "nummod" or head.dep_ != "conj":
        return False
    return head.head.pos_ == "ADJ" and head.head.dep_ == "acomp"


def _with_term(head: Token) -> list[Token]:
    """'312 robbery with violence cases': a plural noun after 'with' that the count agrees
    with, while the head is singular, closes a fixed term the number counts."""
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is None or after.lower_ != "with" or after.head != head or head.tag_ != "NN":
        return []
    objects = [c for c in after.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
    if not objects or any(c.dep_ in ("det", "poss", "nummod") for c in objects[0].children):
        return []
    return list(head.doc[after.i : objects[0].i + 1])


def _defining_clause(head: Token) -> list[Token]:
    """'1,200 people who use drugs': a plural present-tense relative clause right after the
    plural noun defines the group counted ('one solution that does it all' only describes).
    Its time and place adjuncts ('last year') stay out."""
    clauses = [c for c in head.rights if c.dep_ == "relcl" and c.tag_ == "VBP"]
    if not clauses or head.tag_ != "NNS" or head.i + 1 >= len(head.doc):
        return []
    verb, pronoun = clauses[0], head.doc[head.i + 1]
    if pronoun.lower_ not in ("who", "that") or pronoun.head != verb:
        return []
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []  # "containers that pass through the port": without its adjunct, a fragment
    kept = [t for c in verb.children if c.dep_ in ("nsubj", "aux", "neg", "dobj", "prt")
            for t in c.subtree]  # fmt: skip
    return sorted([*kept, verb], key=lambda t: t.i)


def _object(span: Span) -> bool:
    """Is the figure an object ('made up one in six reported victims'), so that a participle
    after it modifies its noun rather than acting as its verb?"""
    return any(t.dep_ in ("dobj", "pobj", "attr") for t in span)


def _ratio(span: Span) -> bool:
    """'one in five', '1 in 4': a proportion, which counts no noun written after it."""
    inner = list(span)[1:-1]
    return any(t.lower_ == "in" for t in inner) and span[0].like_num and span[-1].like_num


def _describing_words(noun: Token) -> list[Token]:
    """The words right before a noun that describe it ('federal', 'pre-sentence'), up to a
    determiner or any other word."""
    words: list[Token] = []
    index = noun.i - 1
    while index >= 0 and noun.doc[index].dep_ in ("amod", "compound"):
        if noun.doc[index].head != noun:
            break
        words.insert(0, noun.doc[index])
        index -= 1
    return words


def _joined_name_after(doc: Doc, end: int, head: int) -> bool:
    """'followed by Guanajuato with 722 and Nuevo León with 587': a name joined by 'and'
    after the count is the next item of a list, not what the count counts ('5 and 10
    cases' joins two counts)."""
    for index in range(end, head):
        joined = doc[index].lower_ in ("and", "or") and index + 1 <= head
        if joined and not doc[index + 1].like_num and doc[head].pos_ == "PROPN":
            return True
    return False


def _agreeing_head(noun: Token, mention: Mention) -> Token:
    """'18 house searches', 'two lands registry officials': a plural count hung on a
    compound counts the plural noun the compound modifies ('house' cannot be counted 18
    times in the singular)."""
    head = noun.head
    plural_count = mention.kind == "count" and mention.value != 1
    # 'sweeps' of '1,146 weapon sweeps' may be tagged a verb; 'lands registry officials'
    plural_head = head.tag_ == "NNS" or _plural_read_as_verb(head)
    # a plural compound only with another word between ('lands registry officials'; not the
    # parser's '71 lives matters')
    compound = noun.tag_ in ("NN", "NNP") or (  # "2,63,348 IMEI numbers"
        noun.tag_ == "NNS" and (head.i - noun.i == _COMPOUND_REACH or _plural_read_as_verb(head))
    )  # "96 weapons sweeps", 'sweeps' tagged a verb
    if plural_count and noun.dep_ == "compound" and compound and plural_head:
        return head if head.i - noun.i <= _COMPOUND_REACH else noun
    if plural_count and noun.tag_ == "NN" and head.i == noun.i + 1 and _plural_read_as_verb(head):
        return head  # '175,000 family harm callouts': 'harm' made the subject of 'callouts'
    return noun


_COMPOUND_REACH = 2  # words a compound may stand before its head: 'lands registry officials'


def _nominal(head: Token, span: Span) -> bool:
    """A noun, or an adjective in a noun's slot after a hyphenated figure ('a two-decade
    high', 'a 10-year low')."""
    if head.pos_ in NOMINALS:
        return True
    hyphenated = any(t.text == "-" for t in span)
    return hyphenated and head.pos_ == "ADJ" and head.dep_ in ("dobj", "pobj", "attr", "nsubj")


# Words that end a title-case noun phrase: prepositions and conjunctions, capitalised.
_TITLE_STOPS = frozenset({"in", "at", "of", "for", "on", "after", "as", "from", "to", "with",
                          "by", "and", "or", "during", "over", "across", "near"})  # fmt: skip


def title_case(doc: Doc) -> bool:
    """A headline in title case: most words of four letters or more are capitalised."""
    words = [t.text for t in doc if t.is_alpha and len(t.text) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_TIME_UNIT_LEMMAS = frozenset({"year", "month", "week", "day", "hour", "minute"})


def _past_smaller_part(doc: Doc, index: int) -> int:
    """'18 years and eight months in prison': the prison holds both parts of the term, so the
    first part looks past 'and eight months' for its 'in' (or its 'of': 'six years and four
    months of rigorous imprisonment')."""
    if index + 2 >= len(doc) or doc[index].lower_ != "and" or not doc[index + 1].like_num:
        return index
    after = index + 2
    while after < len(doc) and (doc[after].like_num or doc[after].text == "-"):
        after += 1  # "twenty-one months"
    if after < len(doc) and doc[after].lemma_.lower() in _TIME_UNIT_LEMMAS:
        return after + 1
    return index


def _opens_item(span: Span) -> bool:
    """Is the figure the first thing on a bulleted or numbered list line? Read from the few
    tokens before it (a bullet and its blank), not the document text, rebuilt per access."""
    doc, start = span.doc, span.start
    while start > 0 and span.start - start < 3 and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        return False  # more than a bullet stands before the figure on its line
    line = doc[start : span.end].text
    match = LIST_ITEM.match(line)
    return match is not None and match.end() - 1 == span.start_char - doc[start].idx


def _more_of_noun(word: Token) -> bool:
    """'70 more prosecutors': 'more' (or 'fewer') before the noun it counts, with no 'than'
    after (a 'than' makes a difference: '40 more burglaries than in 2023')."""
    if word.lower_ not in ("more", "fewer") or word.dep_ != "amod" or word.head.pos_ != "NOUN":
        return False
    after = word.doc[word.head.i + 1 : word.head.i + 4]
    return not any(t.lower_ == "than" for t in after)


def _record_before(anchor: Token) -> bool:
    """'a record 562 homicides': the number hung on the 'record' written before it."""
    return anchor.dep_ == "nummod" and anchor.head.lower_ == "record" and anchor.head.i < anchor.i


def _plural_read_as_verb(word: Token) -> bool:
    """'Patrol reports 1,264 OVI arrests ahead of ...': a number modifies no verb; a plural
    noun the tagger took for one ('arrests', 'seizures') is what it counts; so is a
    participle standing as a noun ('Two other accused were acquitted')."""
    if word.tag_ == "VBN" and word.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True
    return word.tag_ == "VBZ" and word.is_lower and word.lower_.endswith("s")


def _misread_verb(word: Token, mention: Mention) -> bool:
    """'Of those arrested, 17 face charges': a singular noun after a count above one is a
    verb the tagger misread; counts take plurals ('17 suspects') or collectives ('20 staff')."""
    if word.tag_ != "NN" or not word.is_lower or word.lower_ in _COLLECTIVE_NOUNS:
        return False
    return mention.value > 1 and word.i + 1 < len(word.doc)


_COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "crew", "police", "cattle", "livestock"})


def _nominalised(word: Token) -> bool:
    """'The accused, aged 27 to 52, ...', 'the injured': a participle or adjective that the
    article makes a noun, standing where a noun does."""
    article = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in word.children)
    return word.pos_ in ("VERB", "ADJ") and article and word.dep_ in _NOUN_ROLES


_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


# The words of a change's size after its number: 'down 12 percent, to 540'.
_CHANGE_SIZE_WORDS = frozenset({"%", "percent", "per", "cent", "pc"})


def _without_place(words: list[Token]) -> list[Token]:
    """A headline's subject less the place it closes on ('Burglaries in Greece'): where the
    figure was counted, not what it counts."""
    cut = next((k for k, t in enumerate(words) if t.lower_ == "in"), None)
    if cut is None or cut == 0 or cut == len(words) - 1:
        return words
    place = words[cut + 1 :]
    return words[:cut] if all(t.pos_ == "PROPN" for t in place) else words


def _without_leading_name(words: list[Token]) -> list[Token]:
    """A headline's subject less the place or body that opens it before lower-case nouns
    ('Louisville carjackings', 'St. Louis homicides'): where they were counted."""
    nouns = list(itertools.dropwhile(lambda t: t.pos_ == "PROPN" or _dotted_word(t), words))
    name = words[: len(words) - len(nouns)]
    # one capitalised word opening a headline may be a common noun ('Knife crime', 'Gun
    # crimes'); a name of two words, an acronym or a country is a name
    sure = len(name) > 1 or (name and (name[0].is_upper or is_country(name[0].text)))
    return nouns if sure and nouns and all(t.is_lower for t in nouns) else words


def _inner_hyphen(token: Token) -> bool:
    """The hyphen of 'break-and-enters', glued to the words on both sides."""
    doc = token.doc
    glued = token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.text == "-" and glued


def _dotted_word(token: Token) -> bool:
    """'St.', 'Ft.': a capitalised word abbreviated with a dot."""
    return token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:1].isupper()


def _person_from_place(noun: Token) -> Token:
    """'A coffee grower from Kabarore, aged 47', 'A man from Leeds, 47': the place a person
    comes from is no one's age; the person named before it is whose."""
    preposition = noun.head
    person = preposition.head
    if noun.dep_ != "pobj" or noun.pos_ != "PROPN" or preposition.lower_ not in ("from", "in"):
        return noun
    return person if person.pos_ == "NOUN" and person.i < noun.i else noun


def _reported_clause_start(doc: Doc, span: Span) -> int:
    """Where the sentence, or the clause a reporting verb opens before the figure, starts:
    'Mr Banda said (that) out of the total cases, 6,102 were against women' fronts its group
    after 'said', as a sentence does at its start."""
    start = span.sent.start
    reporting = lexicon().words("reporting_verbs")
    for token in doc[start : span.start]:
        if token.pos_ == "VERB" and token.lemma_.lower() in reporting:
            after = token.i + 1 + (token.i + 1 < span.start and doc[token.i + 1].lower_ == "that")
            if after < span.start and doc[after].lower_ in (*_GROUP_PREPOSITIONS, "out"):
                return after
    return start


def _direction_before(span: Span) -> int | None:
    """The index of the 'up'/'down' before the figure, past 'by' and qualifiers ('down by
    nearly 20%'); None when there is none in its sentence."""
    doc, start, index = span.doc, span.sent.start, span.start - 1
    if index - 2 > start and doc[index].lower_ == "to" and doc[index - 1].like_num:
        index -= 2  # "burglaries down from 612 to 540": the second level
    elif index - 3 > start and doc[index].lower_ == "to" and doc[index - 1].text == ",":
        index -= 2  # "reports of larceny down by 96, to 612": the level the change reached
        while index > start and (doc[index].like_num or doc[index].lower_ in _CHANGE_SIZE_WORDS):
            index -= 1
    while index > start and doc[index].lower_ in _CHANGE_FILLERS | {"from"}:
        index -= 1
    if index > start and headline_change_verb(doc[index]) is not None:
        return index  # "Burglaries in Greece Fall 8 Percent"
    return index if index > start and doc[index].lower_ in ("up", "down") else None


def _share_whole(share: Token) -> Token | None:
    """The people a share or count is of: 'victims' of 'two-thirds of homicide victims'."""
    for prep in share.subtree:  # "two-thirds": the parser may hang 'of' on 'thirds'
        if prep.dep_ == "prep" and prep.lower_ == "of":
            people = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")]
            if people:
                return people[0]
    return None


def _misread_plural(token: Token) -> bool:
    """A plural noun the tagger read as a verb: 'robberies' of 'and robberies up 3%'."""
    verbal = token.tag_ in ("VBZ", "VBP")
    return verbal and token.lower_.endswith("s") and not token.is_stop


def _nounish(token: Token) -> bool:
    """A noun, or a plural the tagger read as a verb ('and robberies up 3%')."""
    return token.pos_ in NOUNS or _misread_plural(token)


def _with_before(doc: Doc, start: int, end: int) -> bool:
    """Is there a 'with' between ``start`` and ``end`` (the list's head, as in 'with
    burglaries down 12% and robberies up 3%')?"""
    return any(t.lower_ == "with" for t in doc[start:end])


def _opens_headline_phrase(token: Token) -> bool:
    """A label's colon, a semicolon, a bullet, 'but' or a verb of showing: what follows opens
    a headline's noun phrase ('- burglaries down 11 per cent', 'Murders down, but serious
    crimes up 6%', 'Violent crime rate falls 3.1%; homicides down 9.6%')."""
    if token.text in (":", ";") or token.lower_ == "but" or _bullet(token):
        return True
    return token.pos_ == "VERB" and token.lemma_.lower() in CITING_VERBS


def _bullet(token: Token) -> bool:
    """A list marker opening its line."""
    opens_line = token.i == token.sent.start or "\n" in token.doc[token.i - 1].text_with_ws
    return opens_line and token.text in subjects.ROW_MARKERS


def _last_word(doc: Doc, index: int) -> list[Token] | None:
    """A lower-case word ending the line after 'of', whatever the tagger made of it: the
    thing a bulleted amount is of ('• 655 kg of khat')."""
    word = doc[index] if index < len(doc) else None
    if word is None or not word.is_alpha or not word.is_lower or word.is_stop:
        return None
    ends = index + 1 >= len(doc) or doc[index + 1].is_punct or doc[index + 1].is_space
    return [word] if ends else None


def _nominalised_after_the(doc: Doc, index: int) -> list[Token] | None:
    """'11 of the accused', 'two of the injured': 'the' and a participle or adjective that
    ends its phrase stand for people."""
    if index + 1 >= len(doc) or doc[index].lower_ != "the":
        return None
    word = doc[index + 1]
    ends = index + 2 >= len(doc) or doc[index + 2].pos_ in ("AUX", "VERB", "PUNCT", "ADP")
    return [word] if word.tag_ in ("VBN", "JJ") and ends else None


def _acronym_then_noun(head: Token, end: int) -> list[Token]:
    """'9,214 gender-based violence (GBV) cases': the parser ends the phrase (which ends at
    ``end``) at the bracket and hangs the noun after it on the phrase's head or last word;
    that noun is what is counted, with the acronym naming the words before it."""
    doc = head.doc
    if end + 4 >= len(doc) or doc[end + 1].text != "(" or not bracketed_acronym(doc[end + 2]):
        return []
    noun = doc[end + 4]
    # hung on the phrase, or on a word after it the parser misread ('cases countrywide')
    if noun.pos_ != "NOUN" or not (noun.head.i in (head.i, end) or noun.head.i > noun.i):
        return []
    return list(doc[end + 1 : end + 5])


def _fronting_comma(doc: Doc, start: int, index: int) -> int | None:
    """'Of the victims, 17 were women and 14 were aged under 18': a later bare figure joined
    to the first by 'and' or 'while' is a part of the same fronted group; the comma that
    closes the group comes before the first figure."""
    if doc[index].lower_ not in _NEXT_PART_JOINS:
        return None
    comma = next((t.i for t in doc[start + 1 : index] if t.text == ","), None)
    if comma is None:
        return None
    first = next((t for t in doc[comma + 1 : index] if t.lower_ not in _RELATIVE_FILLERS), None)
    return comma if first is not None and first.like_num else None


# Words joining a second part of a fronted group: 'Of the victims, 17 were women and 14 ...'
_NEXT_PART_JOINS = frozenset({"and", "while", "but", "whereas"})


def _aged_superlative(span: Span) -> Token | None:
    """'the youngest aged three', 'the oldest aged 81', 'the youngest just 13': the age of
    one member of a group, named by the superlative."""
    doc, index = span.doc, span.start - 1
    while index > span.sent.start and doc[index].lower_ in _SUPERLATIVE_AGE_LINKS:
        index -= 1
    if index == span.start - 1 or index < span.sent.start:
        return None  # no link word: "the oldest 10 cases" is a count
    return doc[index] if doc[index].tag_ in ("JJS", "RBS") else None


# Words between "the youngest" and its age
_SUPERLATIVE_AGE_LINKS = frozenset(("aged", "just", "only", "barely", "was", "is", "being", ","))


def _common(word: Token, head: Token) -> bool:
    """A lower-case common noun before the one it describes ('cargo theft', 'theft ring')."""
    return head.i > word.i and all(t.pos_ == "NOUN" and t.is_lower for t in (word, head))


def _quoted_alias(doc: Doc, closing: int) -> bool:
    """Does the quote mark at ``closing`` end a nickname an alias word opens ('alias "el
    Zarco"'), not a quoted name of its own ("Operation 'Nightjar'")?"""
    index = closing - 1
    while index > 0 and closing - index <= 4 and not doc[index].is_quote:
        index -= 1
    named = closing - index > 1 and doc[closing - 1].pos_ in ("NOUN", "PROPN")
    return named and doc[index].is_quote and doc[index - 1].lower_ in _ALIAS_WORDS


def _rate_label(tokens: list[Token]) -> tuple[list[Token], Span] | None:
    """'Road deaths per 100,000 population: 5.4': a label ending in a per-phrase with its
    base, which stopped the label at the base's number: the words before 'per' name what
    the rate counts, and the phrase is its unit."""
    if not tokens or tokens[0].i < 3:
        return None
    doc = tokens[0].doc
    per, base = doc[tokens[0].i - 2], doc[tokens[0].i - 1]
    if per.lower_ != "per" or not base.like_num:
        return None
    start = per.i
    while start > per.sent.start and doc[start - 1].is_alpha:
        start -= 1  # back to the bullet or the line's start
    if start == per.i:
        return None
    return list(doc[start : per.i]), doc[per.i : tokens[-1].i + 1]


def _listed_groups_whole(head: Token) -> Token | None:
    """'The detainees, 16 men and three women aged 24 to 63': counted groups listed after a
    comma beside a whole; the ages after the last group are the whole's."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i and _counted_group(first.head):
        first = first.head
    whole = first.head
    if first is head or not _counted_group(first) or first.dep_ not in ("appos", "conj"):
        return None
    if whole.pos_ not in NOUNS or _counted_group(whole) or first.left_edge.i == 0:
        return None
    return whole if first.doc[first.left_edge.i - 1].text == "," else None


def _counted_group(noun: Token) -> bool:
    """Does a number count the noun ('two Kuwaitis', '16 men')?"""
    return any(c.dep_ == "nummod" for c in noun.children)


def _clause_after(span: Span) -> bool:
    """Does a verb follow the figure in its sentence ('Two arrested after armed robbery')?"""
    return any(t.pos_ == "VERB" for t in span.doc[span.end : span.sent.end])
