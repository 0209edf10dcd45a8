"""Qualifiers: bounds written around an amount. "more than 10", "up to 5%", "about 300",
"400 grams or more", "aged 65 and over".

The phrases and the bound each means come from the lexicon (``qualifiers``, and the cue table
``qualifiers_after``); the code here only rules out phrases that are not bounds there
("inched back up to 4.8%", "rose 40% over five years").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factpull.assets import Lexicon, lexicon
from factpull.scanning.candidate import _CLAUSE_END, _SPACE, _WORD_BEFORE, Candidate, _entries


class QualifierReading:
    """Scanner methods that attach a qualifier to an amount."""

    lex: Lexicon
    qualifier: re.Pattern[str]
    qualifiers_after: dict[str, str]
    qualifier_after: re.Pattern[str]

    def _init_qualifiers(self, lex: Lexicon) -> None:
        """Patterns of the qualifier phrases before and after an amount."""
        self.qualifier = _qualifier_pattern(lex)
        self.qualifiers_after = {
            phrase: bound
            for bound, phrases in _entries(lex.cues["qualifiers_after"]).items()
            for phrase in phrases
        }
        self.qualifier_after = _qualifier_after_pattern(self.qualifiers_after)

    def _with_qualifier(self, text: str, cand: Candidate) -> Candidate:
        window = text[max(0, cand.start - 40) : cand.start]
        match = self.qualifier.search(window)
        if not match:
            return self._with_qualifier_after(text, cand)
        phrase = match.group("q").lower()
        if _COLUMN_GAP.search(window[match.end("q") :]):
            return cand  # "Maximum        1,504": a table's row label, a column away
        moved = phrase == "up to" and _MOTION_BEFORE_UP.search(window[: match.start()])
        if moved and not _MODAL_GO.search(window[: match.start()]):
            # "inched back up to 4.8%": where it went, not a bound; but "the sentence can go
            # up to 25 years" says how far it may go
            return cand
        at = cand.start - len(window) + match.start()
        if phrase == "as long as" and cand.unit not in _LENGTH_OF_TIME:
            return cand  # "as long as 36 hours" bounds a time; "as long as 3 people agree" not
        if phrase in ("top", "tops") and not _PLURAL_BEFORE.search(window[: match.start()]):
            # "the top 10 gangs", "The gang tops 10 lists": a rank; "Losses top $3m" bounds it
            return cand
        if phrase == "over" and self._over_span(text, cand, at):
            return cand  # "rose 40% over five years": the span measured, not a bound
        if phrase == "over" and self._over_cause(text, cand, at):
            return cand  # "Police arrest 14 over GH¢2.3m fraud": what they were held over
        if phrase == "over" and self._over_matter(text, at):
            return cand  # "a preservation order over two properties": what it is about
        if phrase == "over" and _particle_over(text, at):
            return cand  # "handing over ¥48 million": the verb's particle, no bound
        return replace(cand, qualifier=self.lex.qualifiers[phrase])

    @staticmethod
    def _over_span(text: str, cand: Candidate, at: int) -> bool:
        """'Over 10 years, burglaries halved', 'rose 40% over five years', 'broke into 22 cars
        over three weeks': a time span. Not 'sentenced to over 10 years': there 'over' (at
        `at`) bounds the amount."""
        if cand.unit not in _SPAN_UNITS or cand.kind == "age":
            return False  # "12 of them over 30": an age is bounded, never a span
        before = text[max(0, at - 30) : at]
        if _SPAN_AFTER_CHANGE.search(before) or _span_after_count(text[max(0, at - 50) : at]):
            return True
        if _DONE_OVER.search(before):
            return True  # "raids carried out over seven days": when they were done
        if _NAME_BEFORE.search(before) and _CLAUSE_END.match(text, cand.end):
            return True  # "... into Ho Chi Minh City over two years.": when, after a place
        clause_start = at == 0 or _CLAUSE_START.search(before) is not None
        return clause_start and _COMMA_AFTER.match(text, cand.end) is not None

    def _over_cause(self, text: str, cand: Candidate, at: int) -> bool:
        """'Police arrest 14 over GH¢2.3m mobile money fraud', 'Two held over $5m Ponzi scheme',
        'Man charged over $40,000 theft', 'Two arrested over 40 kilos of skunk': after an
        arrest or charge verb (cues.json ``over_cause_verbs``), 'over' names the matter of a
        sum of money or a weight, and after the verb's own count ('charged 3 over 40
        burglaries') of anything. Not 'seized over $2m in cash',
        'arrested over 40 people', 'Four suspects stole over $2m' (no such verb), nor 'Police
        held over $2m in cash' (the sum is what was held)."""
        words = _WORD_TOKEN.findall(_last_clause(text[max(0, at - 60) : at]).lower())[-5:]
        verbs = self.lex.words("over_cause_verbs")
        in_court = words[-2:] == ["in", "court"]  # "Two men in court over $48,000 burglary"
        if not in_court and not any(word in verbs for word in words):
            return False
        if in_court:
            return cand.kind in ("money", "weight") and not self._money_held(text, cand.end)
        if len(words) >= 2 and words[-2] in verbs and _COUNT_WORD.fullmatch(words[-1]):
            return True
        if cand.kind == "weight":
            return True  # "Two arrested over 40 kilos of skunk": what they were held over
        return cand.kind == "money" and not self._money_held(text, cand.end)

    def _over_matter(self, text: str, at: int) -> bool:
        """'obtained a preservation order over two properties', 'a dispute over 40 acres': after
        a noun of an order, a claim or a dispute (cues.json ``over_matter_nouns``) 'over' is a
        preposition. Not 'losses over $2m', 'a sentence of over 10 years'."""
        word = _WORD_BEFORE.search(text, max(0, at - 20), at)
        if word is None or word.group(1).lower() not in self.lex.words("over_matter_nouns"):
            return False
        if word.group(1).lower() not in self.lex.words("over_cause_verbs"):
            return True
        # 'arrest', 'charges', 'probe' are verbs too: a noun only after a determiner ('his
        # arrest over 40 thefts'); 'Police arrest over 3,400 peddlers' bounds the count
        return (
            _DETERMINER_BEFORE.search(text, max(0, word.start(1) - 12), word.start(1)) is not None
        )

    def _money_held(self, text: str, end: int) -> bool:
        """'over $2m in cash', '$5m worth of', '$3m of assets', '$1m from the till': words that
        make the sum a thing held or taken, not the matter of a case."""
        word = _WORD_AFTER.match(text, end)
        found = word.group(1).lower() if word else ""
        return found in _HELD_LINKS or found in self.lex.words("money_words_after")

    def _with_qualifier_after(self, text: str, cand: Candidate) -> Candidate:
        """'400 grams or more', 'aged 65 and over', '10 or fewer': a bound after the amount;
        '310,000+ items', '50+ officers': a plus glued to it is 'more than' (the plus stays
        out of the text); '(approx.)' after it makes it an estimate."""
        if _PLUS_AFTER.match(text, cand.end):
            return replace(cand, qualifier="more than")
        if _APPROXIMATE_AFTER.match(text, cand.end):
            return replace(cand, qualifier="about")  # "Rs. 4.87 crore (approx.)"
        match = self.qualifier_after.match(text, cand.end)
        if match is None:
            return cand
        phrase = " ".join(match.group("q").lower().split())
        return replace(cand, qualifier=self.qualifiers_after[phrase])


# A plural subject right before a headline's 'top' ("Thefts top 10,000"), not a determiner
# or a verb that ranks ("its top 5", "lists top 10").
_PLURAL_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?!(?:its|his|this|was|has|is|us|as|lists|ranks|names|includes|shows)\s)"
    r"[A-Za-z]{2,}s\s+(?:(?:in|across)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?"
    r"(?:(?:still|now|already|again|easily|comfortably)\s+)?$",
    re.IGNORECASE,  # "Fraud losses in Japan top 100 billion yen": a place may stand between,
)  # and an adverb: "losses still top $1 billion"


@cache
def trailing_qualifier() -> re.Pattern[str]:
    """Any qualifier phrase of the lexicon ending a text: the 'about' of '..., down from about'
    before a figure. The rules that read the words between two figures strip it with this."""
    phrases = sorted(lexicon().qualifiers, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?i)(?<![A-Za-z])(?:{alternation})\s*$")


def _qualifier_pattern(lex: Lexicon) -> re.Pattern[str]:
    phrases = sorted(lex.qualifiers, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    # "between 5 and 10", "from 20", "below the equivalent of US$1,000": words a bound may
    # stand before the figure with
    after = r"(?:between\s+|from\s+|the\s+equivalent\s+of\s+)?"
    return re.compile(rf"(?i)(?<![A-Za-z])(?P<q>{alternation})\s*{after}$")


def _qualifier_after_pattern(phrases: dict[str, str]) -> re.Pattern[str]:
    alternation = "|".join(
        re.escape(p).replace(r"\ ", rf"{_SPACE}+") for p in sorted(phrases, key=len, reverse=True)
    )
    # not "5 or more than 10", "12 and over the years", "3 or less 2": another comparison
    return re.compile(
        rf"(?i){_SPACE}+(?P<q>{alternation})(?![A-Za-z])"
        rf"(?!{_SPACE}*(?:\d|(?:than|the|a|an|to|its|their|his|her)\b))"
    )


# "a loss of Rs. 4.87 crore (approx.)", "2,300 (est.)": an estimate marked in brackets after it
_APPROXIMATE_AFTER = re.compile(
    r"(?i)[ \u00a0]*\((?:approx\.?|approximately|about|around|est\.?|estimated|circa|ca\.)\)"
)
# "50+ officers", "aged 18+": a plus right after the amount; not "2+2" or "C++" (a sum, a name)
_COLUMN_GAP = re.compile(r"\t| {2,}")
_PLUS_AFTER = re.compile(r"\+(?![+\w])")


# the number words a count is written in here ("three arrests", "a dozen held")
_COUNT_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    "|hundred|dozen"
)


# a count a verb takes as its object: "arrest 14", "charged three"
_COUNT_WORD = re.compile(rf"\d{{1,3}}(?:,\d{{3}})*|{_COUNT_NUMBER_WORDS}")


# Verbs 'over' follows as a particle ('hand over', 'turn over', 'sign over'): after them the
# amount is what moved, not a lower bound. After a verb of spreading ('spread over 12
# containers', 'split over three bags') it names what the thing is spread across.
_PARTICLE_OVER = re.compile(
    r"(?i)\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|"
    r"signing|fork|forks|forked|forking|hand-delivered|"
    r"spread|spreads|spreading|split|splits|splitting|divided|dividing|distributed|"
    r"distributing|scattered|scattering)\s+$"
)


def _particle_over(text: str, at: int) -> bool:
    """Is the 'over' at ``at`` a verb's particle ('handing over ¥48 million') or does it name
    what something is spread across ('spread over 12 containers')?"""
    return _PARTICLE_OVER.search(text, max(0, at - 20), at) is not None


def _last_clause(before: str) -> str:
    """The words after the last clause break: a verb of an earlier clause governs nothing here."""
    return _CLAUSE_BREAK.split(before)[-1]


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|his|her|their|its|our|this|that|no)\s+$")
_CLAUSE_BREAK = re.compile(r"[.;:!?,()]\s")


_WORD_TOKEN = re.compile(r"[a-z0-9][a-z0-9',-]*")


# the word right after an amount
_WORD_AFTER = re.compile(rf"{_SPACE}+([A-Za-z][a-z-]*)\b")


# words after a sum that make it an object: "$2m in cash", "$3m of assets", "$1m hidden in"
# ("worth" is among the lexicon's ``money_words_after``)
_HELD_LINKS = frozenset({"in", "of", "from", "belonging", "meant", "hidden", "stashed"})


_SPAN_UNITS = frozenset({"year", "month", "week", "day", "decade", "hour", "quarter"})
_LENGTH_OF_TIME = _SPAN_UNITS | {"minute", "second"}


# what precedes 'over' when it opens a span: an amount or change just stated ("rose 40%",
# "fell by a third", "doubled"); a preposition or verb ("to", "for", "faces") makes it a bound
_SPAN_AFTER_CHANGE = re.compile(
    r"(?i)(?:[\d%]|\d(?:m|bn|b|k|mn)|\b(?:million|billion|trillion|crore|lakh|"  # "$32.5m over"
    r"percent|cent|points?|half|third|quarter|fold|doubled|tripled|halved|"
    r"rose|fell|grew|dropped|declined|increased|decreased|jumped|climbed|soared|plunged|"
    r"risen|fallen|grown))\)?\s*$"  # "... ($71 million) over"
)


# an act spread over a span: "raids carried out over seven days", "a spree spanning over"
_DONE_OVER = re.compile(r"(?i)\b(?:carried\s+out|conducted|committed|staged|spread|mounted)\s+$")
# a capitalised word (a place or name) right before 'over', inside the sentence
_NAME_BEFORE = re.compile(r"(?<=[a-z,]\s)(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+\s+$")


def _span_after_count(before: str) -> bool:
    """'made 12 arrests over two days', '40 thefts reported over six months': a count just
    stated, then the span it was counted over. Not when the word before 'over' takes the
    duration itself: '3 men were jailed for over 10 years', '2 officers spent over 12 hours'."""
    match = _COUNT_BEFORE.search(before)
    if match is None or match.group("last").lower() in _BOUND_LINKS:
        return False
    words = match.group("words").lower().split()
    return not any(word in _DURATION_VERBS for word in words)


# a number ("22", "£2m", "eight"), then up to six words of what it counts ("€11.7 million in
# excise duty and VAT"), in one clause
_COUNT_BEFORE = re.compile(
    rf"(?i)(?<![\w.,])(?:\d[\d,.]*(?:[a-z]+|%)?|{_COUNT_NUMBER_WORDS})"
    r"(?P<words>(?:\s+[a-z'-]+){0,5}\s+(?P<last>[a-z'-]+))\s+$"
)


# a last word before 'over' that takes the duration as its own amount: 'for over 10 years'
_BOUND_LINKS = frozenset(
    {"for", "to", "of", "than", "after", "by", "at", "in", "within", "is", "was", "were", "are",
     "be", "been", "being"}
)  # fmt: skip


# verbs whose object is a length of time: 'two have lived here over 20 years', 'were held over'
_DURATION_VERBS = frozenset(
    {"last", "lasts", "lasted", "lasting", "serve", "serves", "served", "serving", "spend",
     "spends", "spent", "spending", "take", "takes", "took", "taking", "live", "lived", "living",
     "work", "worked", "working", "wait", "waited", "waiting", "stay", "stayed", "remain",
     "remained", "held", "detained", "kept", "jailed", "sentenced", "imprisoned", "aged"}
)  # fmt: skip


_CLAUSE_START = re.compile(r"(?:[.;:!?,]\s|\n|\bthat\s)\s*$")


_COMMA_AFTER = re.compile(r"\s*,")


_MODAL_GO = re.compile(r"(?i)\b(?:can|could|may|might|will|would|shall)\s+go\s*$")
_MOTION_BEFORE_UP = re.compile(
    r"(?i)\b(?:back|went|go|goes|going|gone|moved|moves|climbed|jumped|shot|inched|inching|"
    r"rose|risen|rising|crept|creeping|edged|edging|ticked|ramped|revised|scaled)\s*$"
)
