"""Ages: "15-year-old", "aged 35", "aged under 21", "ages 12, 14 or 15", "the under-25s", "in
their 20s and 30s", "victims were under 25", "victims were 13 or younger", "an 87 y/o man",
"Omar Haddad (24), of Brampton", "70% of the victims are above 60 years". The mention gets
unit "year" (or month, week, day) and kind "age"; a bare number becomes an age only when its
words say so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.scanning.candidate import (
    _CLAUSE_END,
    _LOWER_WORD,
    _WORD_BEFORE,
    FORM_DIGITS,
    RANKING_BEFORE,
    Candidate,
)


class AgeReading:
    """Scanner methods that read ages."""

    lex: Lexicon
    age_after: re.Pattern[str]
    age_list: re.Pattern[str]
    _people_verb_lemmas: frozenset[str]

    def _init_ages(self, lex: Lexicon) -> None:
        """Patterns of age words after a number and of an age cue before a list."""
        self.age_after = re.compile(
            r"(?i)(?:-|\s)?(?P<unit>year|yr|month|mth|mo|week|wk|day)s?(?:-|\s)olds?\b"
            r"|(?:\s|-)?(?P<unit2>year|month|week|day)s?\s+of\s+age\b"
            r"|(?:\s|-)?(?:y\.o\.|y\.?/?o)(?![\w/-])"  # "87 yo", "87 y/o", "87 y.o."
        )
        age_cues = "|".join(sorted(lex.words("age_cues_before"), key=len, reverse=True))
        # "aged 15 and 16", "ages 12, 14 or 15": the cue reaches every number of the list
        self.age_list = re.compile(
            rf"(?i)\b(?:{age_cues})\s+\d{{1,3}}(?:\s*,\s*\d{{1,3}})*,?\s+(?:and|or)\s+$"
        )
        implied = lex.cues["implied_people_verbs"].values()  # 'arrested 412', 'detained 30'
        self._people_verb_lemmas = frozenset(_verb_lemma(v) for verbs in implied for v in verbs)

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

    def _with_age(self, text: str, cand: Candidate) -> Candidate:
        if cand.unit is None and cand.kind is None and _AGE_GROUP_AFTER.match(text, cand.end):
            return replace(cand, unit="year", kind="age")  # "the 51 to 60 age group"
        tail = self.age_after.match(text, cand.number_end)
        if tail and (cand.unit in (None, "year", "month", "week", "day")):
            unit = (tail.group("unit") or tail.group("unit2") or "year").lower()
            unit = _ABBREVIATED_AGE_UNITS.get(unit, unit)  # "a 17-yr-old", "a 6-mo-old"
            return replace(
                cand,
                end=max(tail.end(), cand.end),
                unit=unit,
                kind="age",
                unit_text=tail.group().strip(" -"),
            )
        window_start = max(0, cand.start - 40)
        bound_of = _BOUND_THE_AGE_OF.search(text, window_start, cand.start)
        if bound_of and cand.unit in (None, "year"):  # "under the age of 21": the bound is apart
            qualifier = self.lex.qualifiers[bound_of.group("q").lower()]
            return replace(cand, unit="year", kind="age", qualifier=qualifier)
        bound_before = _AGE_BOUND_BEFORE.search(text, window_start, cand.start)
        if bound_before and cand.unit in (None, "year", "month"):  # "aged under 21 (years)"
            return replace(cand, unit=cand.unit or "year", kind="age")
        if cand.kind == "duration" and self._people_compared_in_years(text, cand):
            return replace(cand, kind="age")  # "the victims are above 60 years"
        if cand.kind == "duration" and cand.unit == "year" and self._people_span(text, cand):
            return replace(cand, kind="age")  # "young people between 18 and 30 years"
        stated = _AGE_STATED.search(text, max(0, cand.start - 70), cand.start)
        plausible = cand.value <= _OLDEST_AGE  # not 'Cases by age: 412'
        if stated and plausible and cand.unit in (None, "year") and cand.kind in (None, "duration"):
            return replace(cand, unit="year", kind="age")  # "The median age of victims was 41"
        in_age_units = plausible and cand.unit in (None, "year", "month")
        if in_age_units and self._age_context(text[window_start : cand.start]):
            return replace(cand, unit=cand.unit or "year", kind="age")
        if (
            cand.unit is None
            and cand.kind is None
            and (
                self._bare_age(text, cand)
                or self._people_bound_age(text, cand)
                or _bracketed_name_age(
                    text, cand, self.lex.words("age_person_nouns"), self.lex.words("name_words")
                )
                or _as_young_as(text, cand)
                or _youngest_or_oldest(text, cand)
                or self._listed_person_age(text, cand)
                or self._people_between(text, cand)
            )
        ):
            return replace(cand, unit="year", kind="age")
        return cand

    def _bare_age(self, text: str, cand: Candidate) -> bool:
        """A bare number that is an age: 'aged 15 and 16' (the cue covers the list), and
        'victims were under 25.' (people said to be under/over N; with another noun, only when
        the sentence speaks of age). 'under 25 victims' and 'deaths were under 25' are counts."""
        if cand.form != FORM_DIGITS or not _whole_age(cand):
            return False
        before = text[max(0, cand.start - 60) : cand.start]
        last = before.rstrip().lower()
        if last.endswith(("and", "or")) and self.age_list.search(before):
            return True
        if not last.endswith(("under", "over", "below", "above", "than")):
            return False  # cheap exit: most numbers follow no comparison
        if self._people_before_bound(before) and _PHRASE_GOES_ON.match(text, cand.end):
            return True  # "40 children under 15 last year", "suspects under 18 in murder cases"
        if not _CLAUSE_END.match(text, cand.end):
            return False
        if self._people_before_bound(before) or self._people_share_bound(text, cand, before):
            return True  # "belonged to drivers under 25", "pedestrians over 70 were hurt"
        predicate = _AGE_PREDICATE.search(before)
        if predicate is None:
            return False
        subject = _clause_before(text, cand.start - len(before) + predicate.start())
        return self._people_subject(subject) or _AGE_WORD.search(text) is not None

    def _people_between(self, text: str, cand: Candidate) -> bool:
        """'Nearly two-thirds of homicide victims were between 18 and 34,': people said to be
        within a span of whole years are that old ('Sentences were between 5 and 10' counts)."""
        high = cand.value_high
        if high is None or not (cand.value.is_integer() and high.is_integer()):
            return False
        if not 0 < cand.value < high <= _OLDEST_AGE or not _CLAUSE_END.match(text, cand.end):
            return False
        before = text[max(0, cand.start - 60) : cand.start]
        predicate = _BETWEEN_PREDICATE.search(before)
        if predicate is None:
            return False
        return self._people_subject(
            _clause_before(text, cand.start - len(before) + predicate.start())
        )

    def _people_span(self, text: str, cand: Candidate) -> bool:
        """'young people between 18 and 30 years', 'victims between 60 and 75 years': a span
        of years written straight after a people noun is their age."""
        if cand.value_high is None or cand.value_high > _OLDEST_AGE:
            return False
        noun = _PEOPLE_BETWEEN.search(text, max(0, cand.start - 40), cand.start)
        return noun is not None and noun.group(1).lower() in self.lex.words("age_people_nouns")

    def _people_compared_in_years(self, text: str, cand: Candidate) -> bool:
        """'Nearly 70% of the victims are above 60 years', 'most of the suspects were below 30
        years': people said to be over/under N years are that old. The years must end the
        clause and the subject's head must be people: 'sentences were over 10 years', 'jail
        terms for the men were over 10 years' and 'they were held for over 10 years' (no
        comparison right after the verb) stay durations."""
        if cand.unit not in ("year", "month") or cand.form != FORM_DIGITS:
            return False
        if not _whole_age(cand) or not _CLAUSE_END.match(text, cand.end):
            return False
        before = text[max(0, cand.start - 60) : cand.start]
        predicate = _AGE_PREDICATE.search(before)
        if predicate is None:
            return False
        subject = _clause_before(text, cand.start - len(before) + predicate.start())
        return self._people_subject(subject) and _people_head(subject)

    def _people_before_bound(self, before: str) -> bool:
        """'drivers under 25', 'passengers over 70': a people noun right before the bound says
        the bound is on their age; 'fines under 25' is a count."""
        noun = _PEOPLE_BOUND.search(before)
        return noun is not None and noun.group(1).lower() in self.lex.words("age_people_nouns")

    def _people_share_bound(self, text: str, cand: Candidate, before: str) -> bool:
        """'412 men were arrested, 96 of them under 21': a share of a group of people, then a
        bound, is an age bound. The group must be people: a people noun or a verb whose object
        is people (cues.json ``implied_people_verbs``) earlier in the sentence; '40 cases, 12
        of them over 10' counts."""
        if _SHARE_OF_THEM_BOUND.search(before) is None:
            return False
        clause = _clause_before(text, cand.start) or ""
        words = _LOWER_WORD.findall(clause.lower())
        people = self.lex.words("age_people_nouns") - _PEOPLE_PRONOUN_WORDS
        return any(w in people or self._people_verb_form(w) for w in words)

    def _people_verb_form(self, word: str) -> bool:
        """'arrested', 'detained', 'held': a past form of a verb whose object is people ('books'
        is a noun more often than the verb 'book')."""
        return word == "held" or (
            word.endswith("ed") and _verb_lemma(word) in self._people_verb_lemmas
        )

    def _people_bound_age(self, text: str, cand: Candidate) -> bool:
        """'six in ten victims were 13 or younger', 'children 12 and under': people said to be
        N or younger/older, N and under/over. 'Prices were 10 or more' and '40 cases or fewer'
        are no ages: the bound must be an age word and the subject people."""
        if cand.form != FORM_DIGITS or not _whole_age(cand):
            return False
        if _AGE_BOUND_AFTER.match(text, cand.end) is None:
            return False
        before = text[max(0, cand.start - 60) : cand.start]
        noun = _WORD_BEFORE.search(before)
        people = self.lex.words("age_people_nouns")
        if noun is not None and noun.group(1).lower() in people:
            return True  # "children 12 and under", "adults 65 or older"
        verb = _BE_BEFORE.search(before)
        if verb is None:
            return False
        return self._people_subject(_clause_before(text, cand.start - len(before) + verb.start()))

    def _people_subject(self, subject: str | None) -> bool:
        """People as the clause subject: its last word ('victims were', 'whom were') or its
        head after a share or count ('Most victims of violent crime were', 'About 1 in 3 (34%)
        victims were', 'Of those stopped, 2 in 5 were'); not 'Prices paid by victims were'."""
        if not subject:
            return False
        words = _LOWER_WORD.findall(subject.lower())
        people = self.lex.words("age_people_nouns") | _PERSON_PRONOUNS
        if words and words[-1] in people:
            return True
        share_of_them = words[-2:] == ["of", "them"] and len(words) > 2 and _share_token(words[-3])
        if share_of_them and any(w in people - {"police"} for w in words[:-3]):
            return True  # "arrested 214 people, and 63 per cent of them were under 18"
        head = next((w for w in words if w not in _SHARE_WORDS | _POSSESSIVE_WORDS), None)
        if head in people:
            return True  # "Most of the victims", "Many of them", "Half my clients this year"
        shares = [i for i, w in enumerate(words) if w == "of" and i and _share_token(words[i - 1])]
        if not shares:
            return False
        # "Tan said nearly 40 per cent of those investigated": the share's whole, after a speaker
        whole = next((w for w in words[shares[0] :] if w not in _SHARE_WORDS), None)
        return whole in people

    def _age_context(self, before: str) -> bool:
        """'aged 35', 'ages ranging from 20 to 35', 'age of 35'. A number between the cue and
        this one took the cue: the 2022 of 'aged 15-49 in 2022' is no age, unless the two are
        one list ('aged 12, 13 and 14')."""
        after_digit = _last_digit_end(before)
        if not _LIST_JOIN.fullmatch(before, after_digit):
            before = before[after_digit:]
        cues = self.lex.words("age_cues_before")
        for word in reversed(_LOWER_WORD.findall(before.lower())[-5:]):
            if word in cues:
                return True
            if word not in _AGE_CUE_FILLERS:
                return False
        return False

    def _listed_person_age(self, text: str, cand: Candidate) -> bool:
        """'his live-in partner, 36; and ...', 'alias "Toto," 41;': in a list of suspects each
        person's age follows the name or noun and ends at a semicolon or the full stop. The
        ', 52,' form is read on the parse (``components/subject_nouns.py``); 'seized 41;' has no
        person and 'Table 2, 36;' no name."""
        if not _small_whole_age(text, cand) or _LIST_AGE_END.match(text, cand.end) is None:
            return False
        window = text[max(0, cand.start - 60) : cand.start]
        listed = text[cand.end : cand.end + 1] in (";", ".")
        quoted = _QUOTED_NAME_BEFORE.search(window)
        if quoted and (listed or _NICKNAME_CUE.search(window, 0, quoted.start())):
            return True  # "alias 'Toto,' 41," but not "Operation 'Nightjar', 23, was launched"
        if not listed:
            return False  # ', 52,' stays with the parse rule, which also finds the subject
        noun = _PERSON_BEFORE_COMMA.search(window)
        if noun is None:
            return False
        word = noun.group("word")
        if word[0].isupper() and noun.group("name"):
            return word.lower() not in _NOT_NAME_ENDS  # "Maria Lopes, 29;"
        word = word.lower()
        people = self.lex.words("age_person_nouns") | self.lex.words("age_people_nouns")
        return word in people


def _verb_lemma(word: str) -> str:
    """'arrested' -> 'arrest', 'charged' -> 'charg' (as 'charge' is stemmed): enough to
    compare a regular verb's past form with its lemma."""
    return re.sub(r"(?:ed|e)$", "", word)


def _people_head(subject: str | None) -> bool:
    """Whether the people in ``subject`` are its head, not the complement of another noun:
    'the victims', 'Nearly 70% of the victims', 'Police said the suspects' are people; 'Jail
    terms for the men', 'Sentences of the offenders' are not. Before a preposition only a share
    may stand ('70% of', 'most of'); other prepositions put the people in a complement."""
    if _POSSESSIVE.search(subject or ""):
        return False  # "the inmates' terms", "the victim's sons": the people own the head
    tokens = _SUBJECT_TOKEN.findall((subject or "").lower())
    for index, token in enumerate(tokens):
        if token in _COMPLEMENT_PREPOSITIONS:
            return False
        if token == "of" and index and not _share_token(tokens[index - 1]):
            return False
    return True


def _share_token(token: str) -> bool:
    """'70%', '3', 'most', 'half', 'two-thirds': what may stand before the 'of' of a share."""
    return token[0].isdigit() or token in _SHARE_WORDS or token in _SHARE_HEADS


_POSSESSIVE = re.compile(r"[a-z](?:['’]s|s['’])(?!\w)")
_SUBJECT_TOKEN = re.compile(r"\d[\d.,]*%?|[a-z]+")
_SHARE_HEADS = frozenset({"most", "all", "many", "majority", "bulk", "none", "each", "several",
                          "both", "few", "proportion", "share", "percentage"})  # fmt: skip
_COMPLEMENT_PREPOSITIONS = frozenset(
    {"for", "against", "on", "by", "to", "with", "from", "at", "into", "towards", "over"}
)


def _whole_age(cand: Candidate) -> bool:
    """A single whole number a person's age can be: 1 to ``_OLDEST_AGE``, no range."""
    return cand.value_high is None and cand.value.is_integer() and 0 < cand.value <= _OLDEST_AGE


def _small_whole_age(text: str, cand: Candidate) -> bool:
    """A bare whole number a person's age can be: digits, 1 to 110, no range."""
    if cand.form != FORM_DIGITS or cand.end != cand.number_end or cand.value_high is not None:
        return False
    return cand.value.is_integer() and 1 <= cand.value <= 110


def _youngest_or_oldest(text: str, cand: Candidate) -> bool:
    """'the youngest just 13.', 'the oldest victim was 84,': the age of the youngest or
    oldest of the people named before. The number ends its clause: 'the oldest 10 cases'
    is a count."""
    if not _small_whole_age(text, cand) or not _CLAUSE_END.match(text, cand.end):
        return False
    return _SUPERLATIVE_AGE_BEFORE.search(text, max(0, cand.start - 50), cand.start) is not None


# "the youngest just ", "the oldest victim was ", "the youngest of them, aged "
_SUPERLATIVE_AGE_BEFORE = re.compile(
    r"(?i)\b(?:youngest|oldest)(?:\s+[a-z-]+){0,6}?,?\s+(?:(?:was|is|being|aged|at)\s+)?"
    r"(?:(?:just|only|barely|about|around)\s+)?$"
)


def _as_young_as(text: str, cand: Candidate) -> bool:
    """'some as young as 12', 'victims as old as 90': the comparison names an age; 'as many
    as 12' and 'as high as 12%' do not."""
    if not _whole_age(cand):
        return False
    return _AS_YOUNG_AS.search(text, max(0, cand.start - 30), cand.start) is not None


# "as young as", "as old as"; "aged as young as" too
_AS_YOUNG_AS = re.compile(r"(?i)(?<![A-Za-z])as\s+(?:young|old)\s+as\s+$")


# After a listed age: the list goes on (";"), the sentence ends, or (after a quoted name) ","
_LIST_AGE_END = re.compile(r"[;,.](?:\s|$)|$")


# "alias 'Toto,' 41", "“El Flaco”, 36", 'alias "el Zarco", 36': a capitalised nickname in
# quotes, which may open with an article, then the age
_QUOTED_NAME_BEFORE = re.compile(
    r"['‘\"“](?:(?:el|la|los|las|o|a|le|il|al|de|da|do|del)\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?['’\"”],?\s+$"
)


def _bracketed_name_age(
    text: str, cand: Candidate, people: frozenset[str], numbered_words: frozenset[str]
) -> bool:
    """'Omar Haddad (24), of Brampton, was charged', 'Man (27) jailed': police and Irish
    papers put a person's age in brackets right after the name or a person word. Only a whole
    number 10-99 after two to four capitalised words or a person word (cues.json
    ``age_person_nouns``); one other word
    ('Latvia (4.2)', 'Burglaries (41)') or a name ending in a place or body word ('Thames
    Valley Police (12)') is a table cell or a list number."""
    if cand.form != FORM_DIGITS or cand.end != cand.number_end or cand.value_high is not None:
        return False
    number = text[cand.number_start : cand.number_end]
    if not (len(number) == 2 and number.isdigit() and number[0] != "0"):
        return False
    if text[cand.start - 1 : cand.start] != "(" or text[cand.end : cand.end + 1] != ")":
        return False
    name = _NAME_BEFORE_BRACKET.search(text, max(0, cand.start - 60), cand.start)
    initial = name is not None and len(name.group("last").rstrip(".")) == 1
    if initial and name.group().rstrip("( ").split()[-2].lower() in numbered_words:
        return False  # "Zone A (41)", "Block C (12)": a lettered place, not an initial
    if name is not None and name.group("last").lower() not in _NOT_NAME_ENDS:
        # "ahead of Clarendon (64) and St Catherine North (58)": places in a ranking
        return not RANKING_BEFORE.search(text, max(0, name.start() - 60), name.start())
    word = _WORD_BEFORE_BRACKET.search(text, max(0, cand.start - 20), cand.start)
    return word is not None and word.group(1).lower() in people


# Two to four capitalised words ("Nadia Persaud", "Mary-Jane O'Neil", "Jean de Souza", "Seán
# Kelly" too), then the bracket: the name a bracketed age follows.
# Latin letters with accents: 'Seán', 'Zoë'; the extended blocks ('Đặng', 'Cầm Thị Lả') mix
# cases, so either class takes them.
_EXTENDED_LATIN = "\u0100-\u017f\u1e00-\u1eff"
_UPPER, _LOWER = f"A-ZÀ-ÖØ-Þ{_EXTENDED_LATIN}", f"a-zß-öø-ÿ{_EXTENDED_LATIN}"
_NAME_WORD = rf"(?:Ma?c|O['’])?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# A particle inside a name, or the "alias" South Asian police notes put between two names
_NAME_LINK = r"(?:de|da|van|von|der|den|ten|ter|du|des|del|di|le|la|al|bin|alias|aka)"
_NAME_BEFORE_BRACKET = re.compile(  # particles may run: "Dennis van der M. (36)"
    rf"(?<![\w'’-])(?:{_NAME_WORD}\s+(?:{_NAME_LINK}\s+){{0,2}}){{1,3}}"
    rf"(?P<last>{_NAME_WORD}|[{_UPPER}]\.?)\s?\($"
)  # a name may end in an initial: "Faisal K (35)"


# 'Man (27)', 'the accused (19)': the word before a bracket, which may name one person.
_WORD_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s?\($")

# Last words of a place or an organisation, not a person: 'Thames Valley Police (12)'.
_NOT_NAME_ENDS = frozenset(
    {"police", "service", "services", "court", "street", "road", "avenue", "county", "council",
     "division", "region", "province", "department", "unit", "team", "group", "table", "figure",
     "chart", "kingdom", "states", "republic", "island", "islands", "valley", "city", "town",
     "district", "borough", "state", "office", "agency", "force", "prison", "wales", "zealand",
     "africa", "america", "arabia", "korea", "guinea", "coast", "rica", "lanka", "leone"}
)  # fmt: skip


def _last_digit_end(text: str) -> int:
    match = _LAST_DIGIT.search(text)
    return match.end() if match else 0


_LAST_DIGIT = re.compile(r"\d(?=\D*$)")


_LIST_JOIN = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


# "people between ": a people noun right before 'between'
_PEOPLE_BETWEEN = re.compile(r"(?i)\b([a-z]+)\s+between\s+$")
# "<noun> were under", "<noun> is older than": a comparison of people with a bare number.
_BETWEEN_PREDICATE = re.compile(
    r"(?i)(?<![A-Za-z])(?:were|was|are|is)\s+(?:all\s+|mostly\s+|aged\s+)?between\s+$"
)
_AGE_PREDICATE = re.compile(
    r"(?i)(?<![A-Za-z])(?:were|was|are|is|be|being)\s+(?:all\s+|mostly\s+|aged\s+)?"
    r"(?:under|over|below|above|younger\s+than|older\s+than)\s+$"
)


def _clause_before(text: str, end: int) -> str | None:
    """The clause that ends at ``end``, from the last sentence mark within 120 characters;
    None when no clause start is that close (the subject would be cut)."""
    window_start = max(0, end - 120)
    marks = [m.end() for m in _SENTENCE_MARK.finditer(text, window_start, end)]
    if marks:
        return text[marks[-1] : end]
    return text[:end] if window_start == 0 else None


_SENTENCE_MARK = re.compile(r"[.;:!?](?:\s|$)|\n")


# words of a share or count before the people it measures: "about one in three of the", "most"
# "96 of them under", "most of them were over": a share of a group, then a bound
_SHARE_OF_THEM_BOUND = re.compile(
    r"(?i)\b(?:\d[\d,]*|most|many|half|all|some|several|none)\s+of\s+them\s+"
    r"(?:(?:were|are)\s+)?(?:under|over|below|above)\s+$"
)
# words of age_people_nouns that stand for no group of their own ('those', 'most')
_PEOPLE_PRONOUN_WORDS = frozenset({"anyone", "anybody", "someone", "somebody", "those", "most",
                                   "many", "half", "all"})  # fmt: skip
_POSSESSIVE_WORDS = frozenset({"my", "our", "your", "his", "her", "their", "its"})
_SHARE_WORDS = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "more", "less", "than", "over",
     "under", "just", "a", "an", "the", "of", "in", "out", "every", "per", "cent", "percent",
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
     "quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "tenths"}
)  # fmt: skip


# "a third of whom were under 25", "those who are over 65": these pronouns only stand for people
_PERSON_PRONOUNS = frozenset({"who", "whom"})


# After the number: "or younger", "and under", "or over" (not "or over the years": no age)
_AGE_BOUND_AFTER = re.compile(
    r"(?i)\s+(?:or|and)\s+(?:younger|older|under|over|above|below)(?![\w-])"
    r"(?!\s+(?:than|the|a|an|\d))"
)


# "were 13 or younger": a form of "be" right before the number
_BE_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:were|was|are|is|be|being)\s+(?:all\s+|mostly\s+|aged\s+)?$"
)


# "the 51 to 60 age group", "the 18-24 age bracket": the number names an age band
_AGE_GROUP_AFTER = re.compile(
    r"(?i)[ \u00a0]+age[ \u00a0]+(?:groups?|brackets?|bands?|range|categor(?:y|ies))\b"
)


# What may follow "children under 15" when the age ends its noun phrase: a preposition, a time,
# a verb of the clause ('were', 'had'), a relative or a conjunction; never a noun it counts
_PHRASE_GOES_ON = re.compile(
    r"\s+(?:in|into|on|at|from|for|during|across|with|without|last|this|were|was|are|is|had|"
    r"have|has|who|whom|and|or|accounted|made|nationwide)\b"
)
# "drivers under 25": a word, then a bound, right before the number
_PEOPLE_BOUND = re.compile(r"(?i)\b([a-z]+)\s+(?:under|over|below|above)\s+$")


# "aged under 21", "age over 60", "aged less than 18": an age cue, then a bound, then the
# number; or "younger than", "older than"
_AGE_BOUND_BEFORE = re.compile(
    r"(?i)(?:\b(?:aged?|ages)\s+(?:under|over|below|above|(?:less|more)\s+than)"
    r"|\b(?:younger|older)\s+than)\s+$"  # "younger than 25 (years)" speaks of age on its own
)


# "under the age of 21", "over the age of 65": a bound on an age named between
_BOUND_THE_AGE_OF = re.compile(
    r"(?i)(?<![A-Za-z])(?P<q>under|over|below|above)\s+the\s+ages?\s+of\s+$"
)


# "87yo", "87y/o", "87y.o.": an age abbreviation glued to the digits
# "The median age of victims was 41 years", "the average age rose to 33": a stated age.
_AGE_STATED = re.compile(
    r"(?i)\bage\b(?:\s+of\s+[^,;.()\d]{1,40}?)?\s+(?:was|is|were|stood\s+at|stands\s+at|"
    r"rose\s+to|fell\s+to)\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$"
    # a label opening its line or list item: 'Median age of victims: 34', 'Youngest inmate:
    # 18; oldest inmate: 91' (not 'Cases by age: 412')
    r"|(?im:(?:^|;)\s*(?:[-•*]\s*)?(?:(?:median|average|mean)\s+)?"
    r"(?:age(?:\s+of\s+[^,;.()\d:]{1,40}?)?|(?:youngest|oldest)(?:\s+[a-z]+){0,2})\s*:\s*$)"
)
_AGE_MARK = re.compile(r"(?i)(?:y\.o\.|y/?o)(?![\w/-])")


_OLDEST_AGE = 120
_ABBREVIATED_AGE_UNITS = {"yr": "year", "mth": "month", "mo": "month", "wk": "week"}


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


# Words that introduce a nickname in quotes: "alias 'Toto'", "known as 'Pitbull'"
_NICKNAME_CUE = re.compile(
    r"(?i)\b(?:alias|alyas|aka|a\.k\.a\.|nicknamed|dubbed|called|known(?:\s+\w+)?\s+as)\s*$"
)


# "his live-in partner, " / "Maria Lopes, ": the word before the comma, and whether a
# capitalised word comes before it (two capitalised words make a name)
_PERSON_BEFORE_COMMA = re.compile(
    rf"(?:(?P<name>(?<![\w'’-]){_NAME_WORD}\s+)|(?<![\w-]))(?P<word>[A-Za-z][a-z]+),\s+$"
)


# Words that may stand between an age cue and the age: "ages ranging from", "age group of"
_AGE_CUE_FILLERS = frozenset(
    ("ranging", "range", "ranged", "from", "between", "of", "in", "at", "the", "group", "groups",
     "bracket", "was", "were", "is", "are")
)  # fmt: skip
