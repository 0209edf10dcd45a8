"""Ordinals and ranks: "the second-largest", "its 4th raid", "the city's third homicide",
"a fourth suspect", "fell for the third year", "world No. 1". An ordinal is a mention only
when it ranks or counts events; "the 22nd" of a date and "first" meaning "earliest" are not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factpull.assets import Lexicon
from factpull.numerals import ORDINAL_WORDS, parse_ordinal
from factpull.scanning.candidate import (
    _LOWER_WORD,
    FORM_DIGITS,
    FORM_ORDINAL,
    Candidate,
    _glued_to_word,
)


class OrdinalReading:
    """Scanner methods that read ordinals and ranks."""

    lex: Lexicon
    ordinal: re.Pattern[str]

    def _init_ordinals(self, lex: Lexicon) -> None:
        """The pattern of ordinal digits and words."""
        self.ordinal = re.compile(
            r"(?i)\b(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\b"
        )

    def _read_ordinal(self, text: str, start: int) -> Candidate | None:
        match = self.ordinal.match(text, start)
        if not match or _glued_to_word(text, start):
            return None
        named = _NAME_AFTER.match(text, match.end())
        if named is not None and named.group(1).lower() in self.lex.words("name_words"):
            return None  # "came in the 5th District": a place's name, no rank
        after = re.match(r"([\s-]+)([a-z]+)", text[match.end() : match.end() + 20].lower())
        before = _LOWER_WORD.findall(text[max(0, start - 20) : start].lower())[-2:]
        heads = self.lex.words("superlative_ordinal_heads")
        ranked = (
            (after and after.group(2) in heads)
            or self._after_rank_verb(text, start)
            or self._rank_after_copula(text, match, before)
            or self._rank_of_kind(text, match, before)
            or _streak(text, match)
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

    def _after_rank_verb(self, text: str, start: int) -> bool:
        """'ranked 4th', 'ranks Malta 12th', 'ranked the city 4th for burglary': a rank verb
        up to four words before, in the same clause."""
        before = text[max(0, start - 40) : start]
        clause = re.split(r"[.,;:!?()\n]", before)[-1].lower()
        ranks = self.lex.words("rank_verbs")
        return any(w in ranks for w in _LOWER_WORD.findall(clause)[-4:])

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
        after_article = after_the or bool(re.search(r"(?i)\ban?\s+$", before))
        if after_article and after.group(2) in self.lex.words("ordinal_person_heads"):
            return True  # "a fourth suspect", "the second victim": one more of them
        frame = _EVENT_FRAME.match(text, match.end() + after.end())
        return after_article and (frame is not None or self._event_phrase(text, match.end()))

    def _event_phrase(self, text: str, end: int) -> bool:
        """'the third major methamphetamine seizure', 'the second such shooting': describing
        words, then an event noun (cues.json ``ordinal_event_heads``); not 'the second suspect'
        nor 'the third of May'."""
        phrase = _WORDS_AFTER.match(text, end)
        if phrase is None:
            return False
        for word in phrase.group().lower().split():
            if word in self.lex.words("ordinal_event_heads"):
                return True
            if word in _PHRASE_STOPS:
                return False
        return False

    def _rank_after_copula(self, text: str, match: re.Match[str], before: list[str]) -> bool:
        """'Taipei was third with 5,112', 'Nairobi is second among counties', 'Kisumu was
        fifth.', 'Nakuru dropped to fourth.': a bare ordinal right after a copula or a move in
        the ranking, then a word of ranking or a clause mark (cues.json ``rank_copulas``,
        ``rank_move_verbs``, ``rank_copula_after``). Not 'was third-party', 'was the
        third of May' (no copula right before), 'was second to none'."""
        if not before or not (
            before[-1] in self.lex.words("rank_copulas") or self._rank_move(before)
        ):
            return False
        if text[match.start() - 1] not in " \u00a0":
            return False  # "was third": one space; not "was 'third'"
        following = _NEXT_AFTER_ORDINAL.match(text, match.end())
        if following is None:
            return False
        word = following.group("word")
        if word is not None and before[-1] == "from":
            return word.lower() in _AFTER_FORMER_RANK  # "up from 104th a year earlier"
        return word is None or word.lower() in self.lex.words("rank_copula_after")

    def _rank_of_kind(self, text: str, match: re.Match[str], before: list[str]) -> bool:
        """'The raid was the fourth of its kind this year', 'It is the third this month': a
        rank among like events after a copula and 'the' (not 'was the third of May', nor
        'the third of the year', whose 'of' phrase would read as what is ranked)."""
        copula = len(before) == 2 and before[0] in self.lex.words("rank_copulas")
        return copula and before[1] == "the" and bool(_OF_ITS_KIND.match(text, match.end()))

    def _rank_move(self, before: list[str]) -> bool:
        """'dropped to fourth', 'moved up to third place': a move in a ranking ends at the
        ordinal (cues.json ``rank_move_verbs``); 'up from 104th' starts at it."""
        if len(before) < 2 or before[-1] not in ("to", "from"):
            return False
        if before[-1] == "from":
            return before[-2] in ("up", "down")
        return before[-2] in self.lex.words("rank_move_verbs")

    def _as_rank(self, text: str, cand: Candidate) -> Candidate:
        """'world No. 1', 'ranked #3', 'the #1 cause': a rank written with a number sign is an
        ordinal, where 'No. 10 Downing Street' and 'case No. 1234' stay identifiers (and a '#'
        label, 'Release #171', is no quantity at all: ``not_quantities.py``)."""
        bare = cand.unit is None and cand.kind is None and cand.value_high is None
        if not (bare and cand.form == FORM_DIGITS and cand.value.is_integer()):
            return cand
        if not hash_ranks(text, cand, self.lex.words("hash_rank_words")):
            sign = _NUMBER_SIGN_BEFORE.search(text, max(0, cand.start - 30), cand.start)
            if sign is None or sign.group(1).lower() not in self.lex.words("rank_cues"):
                return cand
        return replace(cand, kind="ordinal", form=FORM_ORDINAL)


def hash_ranks(text: str, cand: Candidate, rank_words: frozenset[str]) -> bool:
    """Does a '#' before the number make it a rank ('the #1 seed', 'climbed to #2', '#5
    Boston' opening a line: cues.json ``hash_rank_words``)? After any other word, or with
    four digits or more, '#' labels something ('Release #171', 'dial #677', '#1345678')."""
    hash_at = text.rfind("#", max(0, cand.start - 2), cand.start)
    if hash_at < 0 or text[hash_at + 1 : cand.start].strip():
        return False
    if cand.number_end - cand.number_start >= 4:
        return False
    word = _WORD_RIGHT_BEFORE.search(text, max(0, hash_at - 20), hash_at)
    return word is None or word.group(1).lower() in rank_words


# the word right before a position, one space apart: "Release #171"
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[ \u00a0]+$")


_NAME_AFTER = re.compile(r"[ \u00a0]+([A-Z][a-z]+)\b")


def _streak(text: str, match: re.Match[str]) -> bool:
    """'fell for the third year', 'rose for a fifth month running', headline 'falls for third
    year': how many periods in a row. Not 'for the first time' (earliest, no count) nor 'for
    the third quarter' (which quarter of the year, no streak)."""
    if match.group().lower() in ("first", "1st"):
        return False
    before = text[max(0, match.start() - 12) : match.start()]
    return bool(_FOR_BEFORE.search(before)) and bool(_PERIOD_AFTER.match(text, match.end()))


_FOR_BEFORE = re.compile(r"(?i)\bfor[ \u00a0]+(?:(?:the|an?)[ \u00a0]+)?$")
_PERIOD_AFTER = re.compile(r"(?i)[ \u00a0]+(?:year|month|week|day|season)\b")


# "world No. ", "ranked #": a word, then a number sign
_NUMBER_SIGN_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:[Nn]o\.?|[Nn]umber|#)\s*$")


_POSSESSIVE_END = re.compile(r"\w(?:['’]s|s['’])\s+$")


# After "the <ordinal> <noun>": the period it is counted in.
_EVENT_FRAME = re.compile(
    r"(?i)\s+(?:of\s+the\s+(?:year|month|week|season|weekend)|(?:so\s+far\s+)?this\s+"
    r"(?:year|month|week|season|weekend)|so\s+far|in\s+(?:a\s+row|(?:19|20)\d\d))\b"
)


# The ordinal's noun and up to three words describing it, before any mark: "major
# methamphetamine seizure"
_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+[A-Za-z][A-Za-z-]*){1,4}")
# Words that end the describing phrase ("the second of the suspects"); not candidate.py's
# _FUNCTION_WORDS, which is about what follows an amount
_PHRASE_STOPS = frozenset(
    ("of", "at", "in", "on", "for", "to", "by", "with", "from", "and", "or", "this", "that",
     "was", "is", "were", "are", "who", "which", "after", "before", "since")
)  # fmt: skip

# Words after a former rank: "up from 104th a year earlier", "down from third last year"
_AFTER_FORMER_RANK = frozenset(
    ("a", "the", "last", "in", "on", "at", "with", "place", "position", "spot", "among",
     "behind", "overall", "previously", "earlier", "two", "three", "one")
)  # fmt: skip

# After a ranked ordinal: a clause mark, the end, or the next word ("with", "in", ...)
_NEXT_AFTER_ORDINAL = re.compile(r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?P<word>[A-Za-z]+)\b")


# What makes 'the fourth' a rank among like things: 'of its kind', 'this month'
_OF_ITS_KIND = re.compile(
    r"(?i)\s+(?:of\s+(?:its|their)\s+(?:kind|type)|"
    r"(?:this|so\s+far\s+this)\s+(?:year|month|week|season))\b"
)
