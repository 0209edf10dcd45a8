"""Change: 'increase'/'decrease' when the number is itself a change ('dropped 86 percent',
'up 12%', 'a 5% increase', 'FTSE -0.6%', 'two fewer than', 'the steepest drop, at 23.4 per
cent'). The level reached is none ('rose 18% to 21,460'), nor what was lost ('loses 14,000
phones a year'). The cue words come from the lexicon (``change``). In a table row, a signed
cell or a cell under a change column states its direction (``tables.cell_change``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components.ellipsis import NAME, RANKING
from factpull.components.phrases import (
    NOMINALS,
    NOUNS,
    VERBS,
    headline_change_verb,
    period_adverbial,
)
from factpull.components.tables import cell_change
from factpull.mentions import Mention
from factpull.scanning.qualifiers import trailing_qualifier

# Phrasal verbs whose particle is no direction: "cleared up 53% of crimes", "tracked down 14".
_PHRASAL_UP = frozenset({"make", "clear", "set", "end", "pick", "take", "round", "sum",
                         "open", "break", "turn", "wrap", "show", "line", "free", "tie",
                         "beef"})  # fmt: skip
_PHRASAL_DOWN = frozenset({"shut", "take", "track", "hunt", "break", "crack", "turn", "close",
                           "knock", "tear", "gun", "mow", "chase", "write", "hand", "lay",
                           "pass"})  # fmt: skip


# "..., bringing its annual budget to about $4.5 million": what a figure is added to, up to
# the total (a qualifier may stand before the total).
_BRINGING_TO = re.compile(
    r"[^.;]{0,60}?,\s+(?:bringing|taking|pushing|raising|lifting)\s+[^.;,]{1,50}?\s+to\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|over|just\s+over)\s+)?",
    re.IGNORECASE,
)


_ADDING_WORDS = frozenset({"extra", "additional", "another", "further"})
# "slips below 40 per cent", "rises to 12%": the level moved past or to, no change's size.
_LEVEL_BOUNDS = frozenset({"below", "above", "under", "over", "to", "past", "beyond"})


class ChangeRules:
    """Mixed into ``RoleFinder``, which loads the cue words."""

    increase_verbs: frozenset[str]
    decrease_verbs: frozenset[str]
    increase_nouns: frozenset[str]
    decrease_nouns: frozenset[str]
    increase_comparatives: frozenset[str]
    decrease_comparatives: frozenset[str]

    _mentions: list[Mention]  # the Doc's mentions in order, earlier ones already annotated

    def _change(self, mention: Mention, span: Span, anchor: Token) -> str | None:
        direct = self._direct_change(mention, span, anchor)
        if direct is None and self._added_to_total(mention, span):
            return "increase"  # "an extra $1.2 million ..., bringing its budget to $4.5 million"
        if direct is not None or mention.kind not in _SET_OFF_KINDS:
            return direct
        return (
            self._set_off_change(mention, span)
            or self._ranked_change(mention, span)
            or self._restated_change(mention, span)
        )

    def _direct_change(self, mention: Mention, span: Span, anchor: Token) -> str | None:
        if mention.kind == "ordinal":
            return None  # "the second straight decline": a rank among changes, not a change
        in_table = cell_change(span.doc, mention)
        if in_table is not None:
            return in_table  # "Attempted murder    6 880    6 402    -478": a table's change
        if mention.kind == "duration" and (_hyphen_modifier(mention, span) or _period(span)):
            return None  # "the largest one-year decline", "lost £5,000 over three months"
        if mention.sign is not None and mention.kind == "percent":
            return "increase" if mention.sign == "+" else "decrease"  # "FTSE -0.6%"
        compared = (
            self._compared_difference(span)
            or _percent_against_level(mention, span)
            or _time_compared(mention, span)
        )
        if compared is not None:
            return compared  # "two fewer than in the first quarter", "40 more officers than"
        before = _word_before(mention, span)
        if before is not None and before.lower_ == "by":
            verb = changed_object_verb(before)
            if verb is not None:  # "increased night patrols by 30 per cent"
                lemma = verb.lemma_.lower()
                return self._direction(lemma, self.increase_verbs, self.decrease_verbs)
        if before is not None and before.lower_ == "by" and before.i > 0:
            before = span.doc[before.i - 1]  # "up by 20%", "down by about a third"
            # not 'was boosted by': a passive's agent; a bare participle ('Homicide cases
            # reduced by 312') is a headline's or a list item's verb
            bare = before.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in before.children)
            # "prices were inflated by up to 300%": no agent is a percentage
            passive_share = before.tag_ == "VBN" and mention.kind == "percent"
            # "saw its total fall by 18.2%": a bare infinitive the tagger read as a noun
            infinitive = before.tag_ == "NN" and before.dep_ in ("compound", "dobj", "ccomp")
            if before.tag_ in _ACTIVE_TAGS or bare or passive_share or infinitive:
                verb = before.lemma_.lower()
                # "rose by 300 to 2,100": the parser may hang 300 on the level, 'by' tells
                by = self._direction(verb, self.increase_verbs, self.decrease_verbs)
                if by is not None:
                    return by
        if before is not None and _phrasal_particle(before):
            return None  # "Women make up 12% of ...", "cleared up 53%": a share or an act
        if before is not None and before.lower_ in ("up", "down"):
            return "increase" if before.lower_ == "up" else "decrease"  # "up 12%", "went down 3%"
        headline = headline_change_verb(before, any_case=True) if before is not None else None
        bound = span.start > 0 and span.doc[span.start - 1].lower_ in _LEVEL_BOUNDS
        shares = mention.kind == "percent" or mention.unit == "fraction"
        if headline is not None and shares and not bound:
            return headline  # "Burglaries in Greece Fall 8 Percent", "... rise by a fifth"
        if before is not None and _level_to(before):
            return None  # "rose by 18% to 21,460 crimes": the level reached, not the change
        named_after = self._change_noun_after(span)
        if named_after is not None:
            return named_after  # "a 211% increase year on year": the parser hangs it on 'year'
        link = anchor
        counted = False
        if link.dep_ == "conj" and link.head.pos_ in VERBS and link.head.i < link.i:
            # "rose 6.4% citywide and 19% in the CBD": the parser joins the second figure to
            # the verb whose change it repeats
            return self._direction(
                link.head.lemma_.lower(), self.increase_verbs, self.decrease_verbs
            )
        while link.dep_ in ("conj", "appos") and link.head.i != link.i:
            link = link.head  # "lost 190 points, or 0.6%": the restatement shares the relation
        if link.dep_ in ("nummod", "compound", "amod", "nmod") and _share_cut(link.head):
            return None  # "kept a 30 percent cut of every bet": a share, not a reduction
        if link.dep_ == "nummod" and link.head.pos_ in NOMINALS:
            noun = link.head.lemma_.lower()
            named = self._direction(noun, self.increase_nouns, self.decrease_nouns)
            if named is not None and mention.kind == "count" and link.head.tag_ == "NNS":
                return None  # "after three straight annual increases": how many changes
            if named is not None:
                return named  # "a 14 per cent drop from the 1,202 cases": the change noun's
            link = link.head  # "an increase of 675 cases": the counted noun carries the relation
            counted = True
        if link.dep_ == "compound" and period_adverbial(link.head):
            link = link.head  # "rose 4% year on year": the period phrase carries the relation
        if link.dep_ == "compound" and link.head.lower_.endswith("wide"):
            link = link.head  # "rose 6.4% citywide": the parser hangs the figure on where
            if link.dep_ == "acomp" and link.head.pos_ in VERBS:
                return self._direction(
                    link.head.lemma_.lower(), self.increase_verbs, self.decrease_verbs
                )
        head = link.head
        if link.dep_ == "pobj" and head.lower_ == "by":
            link, head = head, head.head
        gapped = link.dep_ == "npadvmod" and head.dep_ == "conj" and head.i < link.i
        if gapped and head.pos_ in NOUNS and head.head.pos_ in VERBS:
            head = head.head  # "Burglaries fell 8% and robberies 3%": the dropped verb is 'fell'
            return self._direction(head.lemma_.lower(), self.increase_verbs, self.decrease_verbs)
        lemma = head.lemma_.lower()
        if lemma == "lose" and (_money(mention) or (counted and not _measure(link))):
            # "Victims lost Rs 1,866 crore", "loses 14,000 phones a year to thieves": what was
            # lost, as "a loss of $3m"; "lost 12%", "lost 190 points" change the subject itself
            return None
        if lemma == "raise" and _money(mention) and link.dep_ == "dobj":
            return None  # "raised $40,000 for victims", "raising about $186,000": money got
        if head.pos_ in VERBS and link.dep_ in ("dobj", "npadvmod", "prep", "advmod", "attr"):
            return self._direction(lemma, self.increase_verbs, self.decrease_verbs)
        if head.pos_ == "NOUN" and link.dep_ in ("compound", "amod", "nmod", "nummod"):
            return self._direction(lemma, self.increase_nouns, self.decrease_nouns)
        if link.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            if _definite_group(link):
                return None  # "the largest decline of the city's five districts": which
            noun = head.head.lemma_.lower()
            return self._direction(noun, self.increase_nouns, self.decrease_nouns)
        # "needs 70 more prosecutors", "needed between 100 and 150 more": how many are wanted
        wanter = head.head if head.dep_ == "dobj" else head.head.head  # "needed between ..."
        wanted = head.dep_ in ("dobj", "pobj") and wanter.lemma_.lower() in _WANTING_VERBS
        level = head.lower_ == "more" and (head.dep_ == "amod" or wanted)
        if link.dep_ == "npadvmod" and head.tag_ in ("JJR", "RBR") and not level:
            # not "needs 70 more prosecutors": more of a noun is a level (a 'than' would make
            # it a difference, read by ``_compared_difference``)
            word = head.lower_
            return self._direction(word, self.increase_comparatives, self.decrease_comparatives)
        return None

    def _change_noun_after(self, span: Span) -> str | None:
        """'a 211% increase', 'a 12 per cent drop': a singular change noun written right after
        the figure, with an article before it, names the figure's direction whatever the parser
        hangs the figure on."""
        doc = span.doc
        if span.end >= len(doc) or span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an"):
            return None
        noun = doc[span.end]
        if noun.tag_ != "NN" or _share_cut(noun):
            return None  # not "a 30 percent cut of every bet": a share
        return self._direction(noun.lemma_.lower(), self.increase_nouns, self.decrease_nouns)

    def _added_to_total(self, mention: Mention, span: Span) -> bool:
        """'approved an extra $1.2 million for the program, bringing its budget to $4.5
        million', 'hired 40 more officers, taking the force to 1,240': a figure written as an
        addition that a participle after it adds to a total of the same kind."""
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        more = span.end < len(doc) and doc[span.end].lower_ == "more"
        if before not in _ADDING_WORDS and not more:
            return False  # "seized 12 guns, bringing the total to 340": a count of its own
        after = doc.text[mention.end : span.sent.end_char]
        match = _BRINGING_TO.match(after)
        if match is None:
            return False
        total = mention.end + match.end()
        return any(m.start == total and m.kind == mention.kind for m in self._mentions)

    def _compared_difference(self, span: Span) -> str | None:
        """A number right before a comparative that a 'than' completes is the difference
        between two levels: '12 more than last year', '300 fewer burglaries than in 2023'.
        Read from the words, as the parser hangs 'two' of 'six cases, two fewer than' on the
        cases and '12' of '12 more than' on 'more'. Not 'more than 300' (a qualifier, before
        the number) nor 'three times more than' (a ratio: 'times' follows the number)."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].tag_ not in ("JJR", "RBR"):
            return None
        comparative = doc[span.end]
        counted = False
        for token in doc[span.end + 1 : span.end + _COUNTED_REACH]:
            if token.lower_ == "than":
                return self._direction(
                    comparative.lower_, self.increase_comparatives, self.decrease_comparatives
                )
            listed = token.lower_ in ("and", "or") and counted  # "police officers and guards"
            if token.pos_ not in ("NOUN", "PROPN", "ADJ") and token.dep_ != "amod" and not listed:
                break  # "12 more arrested on Friday than": no comparison of the number
            counted = counted or token.pos_ == "NOUN"
        # "or 318 fewer victims": 'fewer' before a counted noun always names a difference, while
        # "40 more officers" is as often a level ("hired 40 more officers"), so 'more' needs 'than'
        return "decrease" if counted and comparative.lower_ == "fewer" else None

    def _set_off_change(self, mention: Mention, span: Span) -> str | None:
        """A figure set off after a change noun by a comma: 'the steepest drop, at 23.4 per
        cent', 'The largest fall was in Kent, at 12 per cent'. Between the noun and the
        comma only a place or a verb of taking place may stand ('was', 'came', 'was recorded':
        ``_SET_OFF_VERBS``): another verb ('the rate stood at'), a figure or, for a count, a
        level noun ('a drop in officer numbers, at 12,000') makes the figure a level."""
        before = _word_before(mention, span)
        doc = span.doc
        if before is None or before.lower_ not in ("at", "of") or before.i < 2:
            return None
        if doc[before.i - 1].text != ",":
            return None
        start = max(span.sent.start, before.i - 1 - _SET_OFF_WINDOW)
        nouns = self.increase_nouns | self.decrease_nouns
        for token in reversed(doc[start : before.i - 1]):
            lemma = token.lemma_.lower()
            if token.pos_ == "NOUN" and lemma in nouns:
                return self._direction(lemma, self.increase_nouns, self.decrease_nouns)
            if token.like_num or token.text in (";", ":") or _level_word(token, mention):
                return None
            if token.pos_ in ("CCONJ", "SCONJ") or token.tag_ in ("WDT", "WP"):
                return None  # "a rise in burglaries and, at 40, the most officers": a new clause
            if token.pos_ in VERBS and lemma not in _SET_OFF_VERBS:
                return None
        return None

    def _ranked_change(self, mention: Mention, span: Span) -> str | None:
        """'the steepest drop, at 23.4 per cent, followed by Quebec at 20.8 per cent': the
        next place of a ranking states the same measure, so the same direction."""
        index = next((i for i, m in enumerate(self._mentions) if m is mention), 0)
        if index == 0:
            return None
        previous = self._mentions[index - 1]
        # the same measure: not 'up 2 percentage points, followed by Kaunas with 19 percent'
        same = (previous.kind, previous.unit) == (mention.kind, mention.unit)
        if previous.change is None or not same:
            return None
        gap = span.doc.text[previous.end : mention.start]
        return previous.change if _RANKED_NEXT.fullmatch(gap) else None

    def _restated_change(self, mention: Mention, span: Span) -> str | None:
        """'a reduction of 524 cases, or about 10.7pc', 'down 1,200 (14 per cent)', 'fell 12
        percent, or 310 cases', 'an increase of 239 cases, translating to 21.6 percent': the
        same change restated right after it, in percent or in cases, has its direction. Only
        the first figure's counted noun ('cases'), then ', or', a bracket or ', translating
        to', then a qualifier may stand between; a figure after other words ('fell by 310 last
        year (12 percent of them in Kent)') or after a level ('made 524 arrests, or 10.7pc') is
        none."""
        index = next((i for i, m in enumerate(self._mentions) if m is mention), 0)
        if index == 0:
            return None
        previous = self._mentions[index - 1]
        if previous.change is None or "percent" not in (previous.kind, mention.kind):
            return None
        if previous.kind == mention.kind or previous.kind not in _SET_OFF_KINDS:
            return None
        doc = span.doc
        gap = doc.text[previous.end : mention.start]
        qualifier = trailing_qualifier().search(gap)
        gap = gap[: qualifier.start()] if qualifier is not None else gap
        restating = _RESTATING.fullmatch(gap)
        if restating is None:
            return None
        words = restating.group("noun")
        if not words:
            return previous.change
        start = previous.end + len(words) - len(words.lstrip())
        noun = doc.char_span(start, previous.end + len(words), alignment_mode="expand")
        if noun is None or not _counted_by(noun[-1], previous, doc):
            return None  # "fell by 310 last year (12 percent ...": no counted noun between
        return previous.change

    @staticmethod
    def _direction(word: str, up: frozenset[str], down: frozenset[str]) -> str | None:
        if word in up:
            return "increase"
        if word in down:
            return "decrease"
        return None


# Verb forms whose 'by' before a number gives the size of the change: 'rose by 300'.
_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
# Kinds a figure set off after a change noun may be: not a duration ('the fall, over 3 years').
_SET_OFF_KINDS = frozenset({"count", "percent", "money", "rate"})
# Words between a change noun and its set-off figure, looked back over at most.
_SET_OFF_WINDOW = 8
# Verbs that may stand between a change noun and its figure: 'The largest fall was in Kent, at'
_SET_OFF_VERBS = frozenset({"be", "come", "occur", "record", "register", "see"})
# The words between two places of a ranking: ', followed by Quebec at ', ') ahead of Leeds ('.
_RANKED_NEXT = re.compile(
    rf"\)?\s*[,;]?\s*(?:and\s+)?{RANKING}\s+(?:the\s+)?"
    rf"{NAME}(?:\s+(?:{NAME}|of|and|the))*\s*,?\s*(?:at|with|on|\()\s*"
)
# Between a change and its restatement: ', or ', ' or ', ' (' (the qualifier apart), after the
# change's counted noun at most ('524 cases, or', '120 cases or about 12.5 per cent').
# ", or", "(" or ", translating to" between a change and its restatement
_RESTATING = re.compile(
    r"(?P<noun>(?:\s+[\w-]+){0,3}?)\s*(?:,?\s*or|\(|,\s*(?:translating|equating|amounting)"
    r"\s+to|,\s*(?:representing|which\s+(?:represents|translates\s+to|is)))\s*"
)


def _time_compared(mention: Mention, span: Span) -> str | None:
    """'about 45 seconds faster than in 2024': a time saved is a fall in the time taken, a
    time lost ('two days slower') a rise. Only for durations: '10 mph faster' is a speed."""
    doc = span.doc
    if mention.kind != "duration" or span.end >= len(doc):
        return None
    word = doc[span.end].lower_
    if word not in _QUICKER and word not in _SLOWER:
        return None
    return "decrease" if word in _QUICKER else "increase"


_QUICKER = frozenset({"faster", "quicker", "sooner", "shorter"})
_SLOWER = frozenset({"slower", "longer"})


def _percent_against_level(mention: Mention, span: Span) -> str | None:
    """'12% above its rated capacity', '9% below the five-year average': a percentage set
    against a level is a difference from it, as '9% lower than' is. Not 'a discount of 30%
    below the market price' (the discount names the figure) nor 'above 12%' (a bound)."""
    doc = span.doc
    if mention.kind != "percent" or span.end + 1 >= len(doc):
        return None
    side, level = doc[span.end], doc[span.end + 1]
    if side.lower_ not in ("above", "below") or level.tag_ not in ("DT", "PRP$"):
        return None
    if span.start > 0 and doc[span.start - 1].lower_ == "of":
        return None
    return "increase" if side.lower_ == "above" else "decrease"


def _counted_by(noun: Token, figure: Mention, doc: Doc) -> bool:
    """Whether ``noun`` is what ``figure`` counts: its number hangs on it ('524 cases'). A
    time word is none: the parser hangs '310' of 'fell by 310 last year' on 'year'."""
    unit = lexicon().unit_surfaces.get(noun.lower_)
    if unit is not None and unit.kind == "duration":
        return False
    number = doc[figure.token_start : figure.token_end]
    return any(t.head.i == noun.i and t.dep_ == "nummod" for t in number)


# Words before a number that make 'to' a comparison, not the level reached: 'compared to 12%'.
_COMPARING = frozenset({"compared", "relative", "equal", "equivalent", "similar", "close"})


def _level_to(word: Token) -> bool:
    """The 'to' of a level reached: 'rose 9% last year to 3,120', 'fell to 5%'."""
    if word.lower_ != "to" or word.i == 0:
        return False
    return word.doc[word.i - 1].lower_ not in _COMPARING


# Words after '12 more' that may name what is counted before 'than': "3,500 more police
# officers and civil guards than in 2018"
_COUNTED_REACH = 8


def _money(mention: Mention) -> bool:
    """An amount of money, alone or over a period: '$3m', '$8 billion a year'."""
    currency = (mention.unit or "").split(" per ", 1)[0]
    return mention.kind == "money" or currency in lexicon().currency_nq_names


def _measure(noun: Token) -> bool:
    """A counted noun that measures the subject itself: 'lost 190 points', 'lost 3 places'."""
    return noun.lemma_.lower() in _lost_measures()


@cache
def _lost_measures() -> frozenset[str]:
    return frozenset(lexicon().cues["change"]["lost_measures"])


def _level_word(token: Token, mention: Mention) -> bool:
    """A noun naming a level ('number', 'total'): a count set off after it is that level."""
    return mention.kind != "percent" and token.lower_ in lexicon().words("look_through_nouns")


def _hyphen_modifier(mention: Mention, span: Span) -> bool:
    """'one-year', 'three-month': a number joined to its unit by a hyphen modifies a noun."""
    return mention.value_high is None and "-" in span.doc.text[mention.start : mention.end]


def changed_object_verb(by: Token) -> Token | None:
    """'increased night patrols by 30 per cent', 'cut response times by a third': the verb of
    change written before the object that changed, whatever the parser made of it; None when
    no such verb stands a few noun words before 'by'."""
    doc, index, words = by.doc, by.i - 1, 0
    while index > 0 and doc[index].pos_ in ("NOUN", "ADJ", "PROPN") and words < _MAX_OBJECT:
        index, words = index - 1, words + 1
    if words and index > 0 and (doc[index].tag_ in ("DT", "PRP$") or doc[index].dep_ == "poss"):
        index -= 1  # "increase our budget by", "cut the waiting times by"
    verb = doc[index]
    change = lexicon().cues["change"]
    verbs = set(change["increase_verbs"]) | set(change["decrease_verbs"])
    if words == 0 or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB"):
        return None
    return verb if verb.lemma_.lower() in verbs else None


_MAX_OBJECT = 4


def _share_cut(noun: Token) -> bool:
    """'a 30 percent cut of every bet': 'cut of' names a share; 'a 5% cut in (funding)' is
    the reduction."""
    return noun.lemma_.lower() == "cut" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    )


def _definite_group(noun: Token) -> bool:
    """'the city's five police districts', 'these 12 cases': a group named by its owner or a
    definite article is which things, never the size of a change."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those"))
        for c in noun.children
    )


def _period(span: Span) -> bool:
    """'over three months', 'in the past two years': a duration after a span word is the
    period a change is measured over, never the change itself."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PERIOD_WORDS


# words that open a period: "over six months", "within 48 hours", "the last two years"
_PERIOD_WORDS = frozenset({"over", "in", "within", "during", "across", "past", "last", "next"})


def _word_before(mention: Mention, span: Span) -> Token | None:
    """The word before the number, past its qualifier: the 'down' of 'down about 6%' and of
    'down more than 12 percent'. 'to' stays: 'down to about 6%' is a level."""
    doc, start = span.doc, span.start
    if mention.qualifier is not None and start > 0:
        at = doc[start].idx
        match = trailing_qualifier().search(doc.text, max(0, at - 40), at)
        while match is not None and start > 0 and doc[start - 1].idx >= match.start():
            start -= 1
    if start > 1 and doc[start - 1].lower_ in _SLIGHT_WORDS:
        start -= 1  # "up just 0.3 per cent", "down only 2%"
    if start > 1 and doc[start - 1].lower_ in _FURTHER_WORDS:
        start -= 1  # "down a further 20%", "up another 5%"
        if start > 1 and doc[start - 1].lower_ in ("a", "an"):
            start -= 1
    return doc[start - 1] if start > 0 else None


# Words between 'up'/'down' and a change that say how small it is: "up just 0.3 per cent".
_SLIGHT_WORDS = frozenset({"just", "only", "slightly", "marginally", "merely"})
# Words between 'up'/'down' and a change that say it adds to an earlier one.
_FURTHER_WORDS = frozenset({"further", "another", "additional"})


def _phrasal_particle(word: Token) -> bool:
    """'up'/'down' as the particle of a phrasal verb that names no direction. Punctuation
    between the verb and the word makes it the direction adverb of an added clause: the
    'up' of 'made up 8.8% of officers, up 0.4 points' is no particle of 'made'."""
    low, high = sorted((word.i, word.head.i))
    if any(t.is_punct for t in word.doc[low + 1 : high]):
        return False
    if any(t.dep_ == "dobj" and t.head.i == word.head.i for t in word.doc[low + 1 : high]):
        return False  # "data shows referrals up 18%": the object's change, no 'show up'

    lemma = word.head.lemma_.lower()
    if word.lower_ == "up":
        return lemma in _PHRASAL_UP
    return word.lower_ == "down" and lemma in _PHRASAL_DOWN


# Verbs whose object is how many are wanted, not a change: 'needed 150 more'.
_WANTING_VERBS = frozenset({"need", "require", "want", "seek", "lack"})
