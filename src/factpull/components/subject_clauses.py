"""Subject rules that fall back on the clause: the copula's subject ('Global debt was $113
trillion'), a headline's noun ('Knife crime up 7%') and, last, the subject of the verb that
governs the figure, seen through partitives, existentials and misparsed headlines.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factpull.components import subjects
from factpull.components.phrases import (
    CITING_VERBS,
    COUNT_HOLDERS,
    HEDGE_PREPOSITIONS,
    NOUNS,
    QUALIFYING_WORDS,
    VERBS,
    noun_key,
)
from factpull.components.predicates import Predicates
from factpull.mentions import Mention

# Words that take a part of what follows 'of': "most of the victims".
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "none", "few", "several", "each",
                          "both", "half", "part", "rest", "remainder", "bulk"})  # fmt: skip

# Nouns that a rate ("66.4 per lakh population") measures as a whole: "the rate of X".
_RATE_NOUNS = frozenset({"rate", "ratio", "incidence"})

# Subject nouns that a copula states a rate or level of: "The violent crime rate was 359.1
# offenses per 100,000": the rate, not the offenses counted in its unit.
_LEVEL_NOUNS = _RATE_NOUNS | {"level", "average", "mean", "median"}
# Objects of 'of' that are the whole a share is taken of: "62 percent of the total".
_WHOLE_WORDS = frozenset({"total", "all", "whole"})
# Bullets and dashes that open a line of a list: "- Steal from retail store rose 21.6%".
_BULLETS = frozenset({"-", "*", "•", "–", "—", "·", "+"})

# Figures that may stand for a group just named: 'Around a third were aged 15 to 19'.
_ELIDED_KINDS = frozenset({"count", "percent", "other", "age"})
_QUALIFIER_PREPOSITIONS = frozenset({"around", "about", "over", "under", "nearly", "almost"})
# Words after a duration that make it a time reference: "Two days later, police ...".
_TIME_ADVERBIAL = frozenset({"later", "ago", "earlier", "after", "before", "since", "on"})
# Prepositions that make a duration the time frame of a clause: "stole $186,000 over six
# years", "during the last two weeks". Others only with a frame word: "in the first 10
# months", "for the past six weeks" (not "jailed for 14 years": the sentence lasts).
_FRAME_PREPOSITIONS = frozenset({"over", "during", "throughout"})
_TAKEN_IN = frozenset({"in", "within"})
# Figures a time span after them frames: "lost 14,000 phones in seven months".
_FRAMED_KINDS = frozenset({"count", "money", "weight", "ordinal"})
_SOME = frozenset({"most", "least"})  # superlatives that pick a part: "Most cars were ..."
_FRAME_WORDS = frozenset({"past", "last", "previous", "first", "next", "coming", "preceding"})
# What an 'of' after a frame may name and leave it a frame: "the first 10 months of the year".
_FRAME_WHOLES = frozenset({"year", "period", "decade", "century", "month", "term"})


# What stands between a figure and its change set off after it: "..., up ", "..., down by ",
# past an aside naming the thing again ("412 kilograms of crystal meth, or ice, up 38%") or
# its speaker ("61% of homicide cases in 2025, the department said, up about 9 points"); or
# ", representing an increase of ", ", which is "
_SET_OFF_CHANGE = re.compile(
    r"(?i)[^,;]{0,80}(?:,\s*or\s+[^,;]{1,30}|,[^,;]{1,40}\s(?:said|says|added|reported))?"
    r",\s*(?:(?:up|down)(?:\s+by)?|(?:representing\s+|marking\s+)?an?\s+"
    r"(?:increase|rise|jump|decrease|drop|decline|fall|reduction)\s+of|which\s+(?:is|was))"
    r"(?:\s+(?:about|nearly|almost|some))?\s*"
)
# What stands between a figure and a signed change bracketed after it: ", broadly stable ("
_BRACKETED_CHANGE = re.compile(r"[^;()]{0,60}\(\s*")
# Words between a comma and the share it sets off: ", nearly 30 per cent", ", or about 40%"
_SHARE_QUALIFIERS = QUALIFYING_WORDS | {"or"}


class ClauseSubjects(Predicates):
    """Rules that take the subject from the clause; mixed into ``RoleFinder``."""

    def _time_frame(self, mention: Mention, span: Span) -> bool:
        """'stole $186,000 over six years', 'intercepted 1,100 migrants over the past seven
        days', 'in the first 10 months of the year': a duration that says when the clause
        happened measures nothing the clause names; its subject is none (not the clause's
        subject). Not 'jailed for over 10 years' (a bound), 'a two-week operation', '31 years
        of national reporting' (what lasted)."""
        if mention.kind != "duration":
            return False
        doc = span.doc
        within = span.start > 0 and doc[span.start - 1].lower_ == "within"
        if within and span.end < len(doc) and doc[span.end].lower_ == "of":
            return True  # "repay $38,450 within 12 months of his release": a deadline
        if span.start > 0 and span.doc[span.start - 1].lower_ == "over":
            # the qualifier scan read 'over' as the bound ("jailed for over 10 years") or as
            # the span a count was made over, however the parser attached it
            return mention.qualifier is None
        root = span.root
        if root.dep_ != "pobj":
            return False
        preposition = root.head
        framed = any(c.lower_ in _FRAME_WORDS for c in root.children if c.dep_ == "amod")
        if preposition.lower_ == "within" and self._active_deadline(span):
            return True  # "his clients would appeal within 30 days": by when, not what lasted
        if preposition.lower_ in _TAKEN_IN and not framed:
            # "were taken in 15 minutes", "reported within 24 hours": how long the act took,
            # unless it bounds a superlative ("its lowest total in four years") or a figure
            # counted before it ("lost 14,000 phones in seven months")
            if not _after_superlative(preposition) and not self._counted_before(span):
                return False
        elif preposition.lower_ not in _FRAME_PREPOSITIONS and not framed:
            return False
        return not any(
            c.dep_ == "prep" and c.lower_ == "of" and not _of_whole_is_time(c)
            for c in root.children
        )

    def _active_deadline(self, span: Span) -> bool:
        """'would appeal within 30 days': 'within' after an active verb whose subject acts
        sets a deadline for the act; its subject is who acts, nothing measured."""
        verb = self._governing_verb(span.root)
        if verb is None or verb.pos_ not in VERBS:
            return False
        # "ordered him to refund the money within 12 months": an infinitive's subject is the
        # one ordered
        acts = any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ == "xcomp"
        return acts and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def _counted_before(self, span: Span) -> bool:
        """Does a count or an amount the verb takes come before the span ('lost 14,000 phones
        in seven months')? The time span then says over how long it was counted. A count in
        the subject ('Nine in ten thefts were reported within 48 hours') leaves it how long
        the act took."""
        verb = self._governing_verb(span.root)
        if verb is None:
            return False
        return any(
            verb.i < m.token_start < span.start and m.kind in _FRAMED_KINDS for m in self._mentions
        )

    def _ranked_object(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The report ranks Malta 12th', 'ranked the city 4th for burglary': a rank's
        subject is what the verb ranks, not who ranks it."""
        if mention.kind != "ordinal":
            return None
        ranks = self.lex.words("rank_verbs")
        verb = next((t for t in anchor.ancestors if t.lower_ in ranks or t.lemma_ in ranks), None)
        if verb is None:
            return None
        # the object right before the rank: not 'finished the season in 10th place'
        ranked = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == span.start - 1]
        if not ranked and anchor.dep_ == "dobj" and anchor.head == verb:
            # the parser heads the object with the rank: 'ranks [Malta 12th]'
            ranked = [c for c in anchor.lefts if c.dep_ in ("compound", "nmod")][-1:]
        return self._noun_phrase(ranked[0], span) if ranked else None

    def _copula_subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The street value was $5m', 'Global debt is about $113 trillion'."""
        head = anchor.head
        # an amount the tagger read as an adjective: "The median loss was S$1,400" (acomp)
        stated = anchor.dep_ == "attr" or (anchor.dep_ == "acomp" and mention.kind == "money")
        if anchor.dep_ == "pobj" and head.lower_ in HEDGE_PREPOSITIONS and head.dep_ == "prep":
            head, stated = head.head, True  # "The average loss was about CZK 117 000"
        if not stated or head.lemma_.lower() != "be":
            return None
        if self._subject_of(head) is None:
            fused = _fused_subject(head)
            if fused is not None:
                return fused
        return self._clause_subject(mention, span, anchor)

    def _equivalent_subject(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'the haul is equivalent to P6.8 million', 'the haul, which is equivalent to $2m',
        'foreign currency equivalent to US$4.1 million':
        what the copula says is worth that much. A bare ', equivalent to 73 per 100 000'
        restates the figure before it (``equivalents.partner``)."""
        prep = anchor.head
        if anchor.dep_ != "pobj" or prep.lower_ != "to":
            return None
        if prep.head.lemma_.lower() not in ("equivalent", "equal"):
            return None
        holder = prep.head.head
        if prep.head.dep_ == "amod" and holder.pos_ == "NOUN" and holder.i < prep.head.i:
            if noun_key(holder) & self.change_nouns:
                return None  # "an increase of 27% – equivalent to 58,000 a day": its figure's
            return self._noun_phrase(holder, span)  # "foreign currency equivalent to $4.1m"
        if prep.head.dep_ != "acomp":
            return None
        verb = prep.head.head
        subject = self._subject_of(verb) if verb.lemma_.lower() == "be" else None
        if subject is None or self._in_figure(subject):
            return None
        if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head  # "the haul, which is equivalent to $2m"
        if subject.pos_ not in ("NOUN", "PROPN") or self._in_figure(subject):
            return None
        return self._noun_phrase(subject, span)

    def _ranked_with(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Lagos had the most kidnappings with 214, followed by Kano with 167': a place's
        figure after 'with' counts the noun its ranking names, not the place. A figure set
        off by ', at' sizes it too: 'Romance scams caused the biggest losses, at $4.1m'."""
        if anchor.dep_ == "conj" and anchor.head.like_num:
            anchor = anchor.head  # "the highest rates, at 62.1 and 58.4 respectively"
        # 'at' with no comma ranks too when a superlative object says so ("recorded the
        # highest number of cases at 11,362"); "arrested at 40" has none
        plain_at = anchor.dep_ == "pobj" and anchor.head.lower_ == "at"
        if anchor.dep_ != "pobj" or not (_ranking_preposition(anchor.head) or plain_at):
            return None
        ranked = _superlative_noun(_ranking_holder(anchor.head))
        if ranked is None or ranked.lemma_.lower() in self.change_nouns:
            return None  # "Burglary recorded the sharpest fall, at 14%": the fall is Burglary's
        # the superlative ranks the thing and is no part of it: 'the highest rate' -> 'rate'
        phrase = self._noun_phrase(ranked, span)
        return [t for t in phrase if not _ranking_word(t)] or phrase

    def _followed_by(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'..., followed by physical injuries with 7,215': the next in a ranking. A place or
        name followed ('Nairobi led with 10,642 cases, followed by Kiambu County with 6,218')
        ranks by what the figure before it counted."""
        found = subjects.followed_by(anchor)
        if found is None:
            return None
        if found.pos_ == "PROPN":
            counted = self._earlier_counted(mention, span)
            if counted is not None:
                return counted
        return self._noun_phrase(found, span)

    def _gapped_figure(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'San José followed with 131 killings and Puntarenas with 88', 'Harju County
        accounted for 1,602 of the cases and Ida-Viru County for 411', '... recorded 58 and
        Rivera 21': a name, a preposition at most and a bare figure after 'and' repeat the
        clause before with its verb dropped; the figure counts what the earlier one did."""
        if mention.kind not in ("count", "percent") or span.start < 3:
            return None
        if mention.kind == "percent":  # "Tbilisi accounted for 46.8%, Imereti for 11.2%"
            return self._gapped_name(mention, span, anchor, joiners=("and", ","))
        if _place_recorded(anchor):  # "while the department of Canelones recorded 58"
            return self._earlier_counted(mention, span)
        if _gapped_before_preposition(span):  # "22 were linked to disputes and nine to robberies"
            return self._earlier_counted(mention, span)
        gapped = _gapped_kind(span)
        if gapped is not None:  # "744 were crimes against property, 402 against persons"
            figure, noun, kind = gapped
            earlier = self._subject_tokens.get(figure.i)
            # "Of the arrests, 300 were men from Lagos, 120 from Abuja": parts of one whole
            return kind if earlier is None or noun in earlier else earlier
        return self._gapped_name(mention, span, anchor, joiners=("and",))

    def _gapped_name(
        self, mention: Mention, span: Span, anchor: Token, joiners: tuple[str, ...]
    ) -> list[Token] | None:
        """'and Puntarenas with 88', 'and Rivera 21', ', Imereti for 11.2%': a name after a
        joiner, a preposition at most, then the figure, which counts what the earlier one did."""
        doc = span.doc
        name = doc[span.start - 2] if doc[span.start - 1].pos_ == "ADP" else doc[span.start - 1]
        if name.pos_ != "PROPN" or (name.i == span.start - 2 and anchor.dep_ != "pobj"):
            return None
        start = name.i
        while start > span.sent.start and (
            doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"
        ):
            start -= 1  # "Ida-Viru County"
        if doc[start - 1].lower_ not in joiners:
            return None
        return self._earlier_counted(mention, span)

    def _change_of_figure(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Malaysians lost RM1.22 billion to online scams ..., up 18.6% from RM1.03 billion':
        a change set off right after a figure is that figure's change, of what it measures."""
        share = mention.kind == "percent" or mention.unit == "fraction"
        if not share or mention.change is None:
            return None  # "..., up 18.6%", "..., up by a third from 309"
        index = next((i for i, m in enumerate(self._mentions) if m is mention), 0)
        if index == 0:
            return None
        previous = self._mentions[index - 1]
        gap = span.doc.text[previous.end : mention.start]
        # "31,406, broadly stable (+0.7%)": a signed change in brackets after the figure
        bracketed = mention.sign is not None and _BRACKETED_CHANGE.fullmatch(gap) is not None
        if previous.start < span.sent.start_char:
            return None
        if not (bracketed or _SET_OFF_CHANGE.fullmatch(gap)):
            return None
        if self._changed_in(span) is not None:
            return None  # "311 injuries, representing a decrease of 9 percent in accidents"
        # "1,027 murder cases ..., up from 917 ..., representing an increase of 12 percent":
        # a compared level takes its subject later, from the figure it is compared with
        for figure in reversed(self._mentions[:index]):
            if figure.start < span.sent.start_char:
                break
            tokens = self._subject_tokens.get(figure.unit_token_start)
            if tokens is not None:
                return tokens
        return None

    def _earlier_counted(self, mention: Mention, span: Span) -> list[Token] | None:
        """The common noun the sentence's previous figure of the same kind counts."""
        start = span.sent.start_char
        earlier = [
            m for m in self._mentions
            if start <= m.start and m.end <= span.start_char and m.kind == mention.kind
        ]  # fmt: skip
        for figure in reversed(earlier):  # the nearest that counted a common noun
            tokens = self._subject_tokens.get(figure.unit_token_start)
            if tokens and tokens[-1].pos_ == "NOUN":
                return tokens
        return None

    def _share_of_whole(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Cases involving synthetic drugs accounted for 62 percent of the total': a share
        of 'the total' or 'all' is a share of the clause's subject ('62 percent of the total
        haul' names its own whole, which ``_of_phrase`` takes)."""
        shared = mention.kind == "money" and _share_verb(span.root)
        if mention.kind not in ("percent", "other") and not shared:
            return None  # money only as a share: "Cocaine accounted for €61m of the total"
        for prep in (c for t in span for c in t.rights if c.dep_ == "prep"):
            whole = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ != "of" or not whole or not _bare_whole(whole[0]):
                continue
            named = self._phrase_head(span.doc, whole[0].i + 1)
            if named is not None and named.i <= whole[0].i + 4 and named.pos_ == "NOUN":
                # "half of all reported fraud cases": the parser may hang the share on 'reported'
                return [t for t in self._noun_phrase(named, span) if t.i > whole[0].i]
            return self._apposed_to_count(span) or self._clause_subject(mention, span, anchor)
        return None

    def _apposed_to_count(self, span: Span) -> list[Token] | None:
        """'registered 14,247 such cases in 2022, nearly 30 per cent of the total': a share
        set off by a comma after a count restates that count as a share of the total; it is
        a share of what the count counted."""
        doc, index = span.doc, span.start - 1
        while index > span.sent.start and doc[index].lower_ in _SHARE_QUALIFIERS:
            index -= 1
        if doc[index].text != ",":
            return None
        earlier = [f for f in self._figures if span.sent.start <= f.start and f.stop <= index]
        return self._subject_tokens.get(earlier[-1].start) if earlier else None

    def _rate_of_subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The estimated violent crime rate was 359.1 offenses per 100,000 inhabitants': the
        copula's rate or level subject is what the rate measures. 'Police recorded 359.1
        offenses per 100,000' has no such subject and keeps the offenses."""
        if mention.kind != "rate":
            return None
        counted = anchor.head if anchor.dep_ == "nummod" else anchor
        verb = counted.head
        if counted.dep_ == "pobj" and verb.lower_ == "at":
            verb = verb.head  # "The average rate stood at 12.1 thefts per 1,000 households"
            put = [c for c in verb.children if c.dep_ == "dobj" and noun_key(c) & _LEVEL_NOUNS]
            if verb.lemma_.lower() in ("put", "place") and put:
                return self._noun_phrase(put[0], span)  # "It puts the theft rate at 1,203 ..."
            if verb.lemma_.lower() not in ("stand", "remain", "sit"):
                return None
        elif counted.dep_ != "attr" or verb.lemma_.lower() != "be":
            return None
        subject = self._subject_of(verb)
        if subject is None or not noun_key(subject) & _LEVEL_NOUNS:
            return None
        return self._noun_phrase(subject, span, keep_of=True)

    def _misread_compound(self, span: Span) -> list[Token] | None:
        """'Knife crime up 7%', 'Arrests down 3%': headlines drop the verb. The noun before
        'up' heads the headline, or the parser read the compound's head as a present-tense
        verb: a singular subject on a plural-form verb gives that away."""
        doc = span.doc
        cue = span.start - 1
        if cue < 1 or doc[cue].lower_ not in ("up", "down"):
            return None
        holder = doc[cue].head
        if holder.dep_ == "ROOT" and holder.pos_ == "NOUN" and holder.i == cue - 1:
            return self._noun_phrase(holder, span)
        if cue < 2:
            return None
        verb, subject = doc[cue - 1], doc[cue - 2]
        agrees = subject.tag_ not in ("NN", "NNP") or verb.tag_ != "VBP"
        if agrees or subject.dep_ != "nsubj" or subject.head != verb:
            return None
        return [*self._noun_phrase(subject, span), verb]

    def _change_read_as_noun(self, span: Span) -> list[Token] | None:
        """'Car thefts in Brisbane jump 31 per cent as ...': the tagger reads a headline's verb
        of change as a noun that has a subject; that subject is what changed."""
        holder = span.root.head
        if holder.pos_ != "NOUN" or holder.i >= span.start:
            return None
        if not noun_key(holder) & (self.change_verbs | self.change_nouns):
            return None
        subjects = [c for c in holder.children if c.dep_ == "nsubj" and c.pos_ in NOUNS]
        return self._noun_phrase(subjects[0], span) if subjects else None

    def _clause_subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """Percentages, levels and ages with no noun of their own: the clause's subject."""
        verb = self._governing_verb(anchor)
        if verb is None or self._time_reference(mention, span):
            return None
        gapped = _gapped_subject(anchor)
        if gapped is not None:
            return self._noun_phrase(gapped, span)  # "Burglaries fell 8% and robberies 3%"
        misread = _misread_auxiliary(verb) or self._verbal_category(verb) or _complement_words(verb)
        misread = misread or _gerund_compound(verb)
        if misread is not None:
            return misread  # "Mexico homicides fall 5%": the plural noun was tagged 'aux'
        subject = self._subject_of(verb)
        if subject is None:
            fronted = _after_fronted_phrase(verb)
            if fronted is not None and not self._acted_on(mention, anchor, verb):
                return fronted  # "Across Wales, knife and offensive weapon offences fell 6%"
        else:
            relative = next((c for c in verb.children if c.dep_ == "nsubj"), subject)
            antecedent = _antecedent_of(relative)
            if antecedent is not None:
                return antecedent  # "violence against the person, which rose 14%"
            subject = _past_dateline(subject) or subject
            if subject.pos_ == "NOUN" and subject.lemma_.lower() in CITING_VERBS:
                # "..., the OIJ data show, and at least 14 were minors": the aside's verb,
                # read as a noun, is no subject; the complement names what is counted
                named = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
                return self._noun_phrase(named[0], span) if named else None
        if self._acted_on(mention, anchor, verb):
            return None  # "Police arrested 14": the police are who acted, not what was counted
        if mention.kind == "percent" and mention.change is not None:
            # "Police recorded 3.7 million offences, a decrease of 2%": the offences changed;
            # in "Burglaries saw a 3% drop" the object is the change itself.
            changed = subjects.direct_object(verb, span)
            level = changed is not None and self._in_figure(changed)
            if changed is not None and verb.lemma_.lower() in self.change_verbs:
                # "rose by 18% to 21,460 crimes": a change verb takes no object; the parser
                # made one of the level reached
                level = level or any(
                    c.dep_ == "nummod" and self._in_count(c) for c in changed.children
                )
            if changed is not None and not level and not noun_key(changed) & self.change_nouns:
                subject = changed  # not "reached 2,757 tons, up 20%": the tons are a level
        if subject is not None and subject.pos_ == "PRON" and _held_by_relative(mention, verb):
            subject = verb.head  # "a job you've held for two years": how long the job was held
        elif subject is not None and self._is_vague([subject]) and self._acts_on(mention, anchor):
            # "It will boost the range by 35 miles", "we cooked each sample for 3 min"
            subject = subjects.direct_object(verb, span) or subject
        antecedent = _partitive_antecedent(verb)
        inside = subject is not None and span.start <= subject.i < span.end
        if antecedent is not None and inside:
            return self._coordinated_whole(antecedent, span)  # "640 people, of which 52% ..."
        if self._duration_actor(mention, anchor, verb, subject):
            return None  # "Police held the gang for three months": not how long police lasted
        if subject is not None and mention.kind == "age" and self._in_figure(subject):
            whole = self._of_object(subject)  # "70 percent of the victims were aged 12 to 16"
            return self._noun_phrase(whole, span) if whole is not None else None
        if subject is None or self._in_figure(subject):
            return None  # the figure itself, or another one ("Two-thirds of 4.3M sales came")
        if subject.dep_ == "expl":
            subject = self._existential_noun(subject.head)
            if subject is None:
                return None
        if mention.kind == "rate" and noun_key(subject) & _RATE_NOUNS:
            return self._noun_phrase(subject, span, keep_of=True)  # "rate of crime against women"
        if noun_key(subject) & (self.look_through | _QUANTIFIERS):
            inner = self._of_object(subject)  # "Most of the victims were aged 18 to 24"
            if inner is not None:
                return self._noun_phrase(inner, span)
        return _with_misread_participle(self._sourced_phrase(subject, span))

    def _implied_people(self, mention: Mention, span: Span, anchor: Token) -> str | None:
        """'Police arrest 14 over $2m fraud', 'RCMP seize meth in Surrey, four arrested',
        'crash kills two': a bare count that a verb of arrest, charge or harm takes (or, in a
        headline, that its participle follows) counts people; the verb says which
        (cues.json ``implied_people_verbs``: 'suspects' for an arrest, 'people' otherwise)."""
        if mention.kind != "count" or span.end - span.start != 1:
            return None
        doc, head = anchor.doc, anchor.head
        before = doc[anchor.i - 1] if anchor.i > 0 else anchor
        if before.pos_ == "VERB" and anchor.dep_ in ("dobj", "npadvmod", "nummod"):
            if anchor.dep_ == "nummod":  # "arrest 14 over $2m fraud" read as one noun phrase
                head = before  # else "Police arrest 14": the count's own head
        elif anchor.dep_ == "nsubj" and head.i == anchor.i + 1 and head.tag_ == "VBN":
            pass  # "four arrested": the headline drops 'were'
        elif anchor.dep_ != "nsubjpass" or head.i < anchor.i:  # "Two were arrested"
            return None
        if head.pos_ != "VERB":
            return None
        lemma, nouns = head.lemma_.lower(), self.lex.cues["implied_people_verbs"]
        return next((noun for noun, verbs in nouns.items() if lemma in verbs), None)

    def _elided(self, mention: Mention, anchor: Token) -> bool:
        """'Around a third were aged between 15 and 19', 'the remaining two were granted
        bail': a share or count that stands as its clause's subject with no noun of its own
        counts what the text named just before; so does the age of such a share."""
        bracketed = anchor.i > 0 and anchor.nbor(-1).text in ("(", "[")
        if mention.kind not in _ELIDED_KINDS or bracketed:
            return False  # '(13) is a solution': a bracketed label, no share
        holder: Token | None = anchor
        if mention.kind == "age":
            verb = self._governing_verb(anchor)
            holder = _clause_figure(verb) if verb is not None else None
            if holder is None or not self._in_figure(holder):
                return False
        if holder.dep_ not in ("nsubj", "nsubjpass") and not _qualified_subject(holder):
            return False
        # not 'Two of the men', 'Two gang members'; 'two in five' is the figure itself
        nouns = [c for c in holder.children if c.dep_ in ("prep", "compound")]
        return all(self._in_figure(c) for c in nouns)

    def _colon_lead(self, anchor: Token) -> Token | None:
        """'Carjackings, however, barely moved: 388 were reported in 2025': a share or count
        standing for its clause's subject after a colon counts the subject of the clause the
        colon closes."""
        doc = anchor.doc
        colon = next((t for t in reversed(doc[: anchor.i]) if t.text == ":"), None)
        if colon is None or anchor.i - colon.i > _COLON_REACH:
            return None
        verbs = [t for t in doc[: colon.i] if t.pos_ in ("VERB", "AUX") and t.head.i >= colon.i]
        for verb in verbs:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "NOUN" and not self._in_figure(subject):
                return subject
        return None

    def _acted_on(self, mention: Mention, anchor: Token, verb: Token) -> bool:
        """Is a bare count the object of an action ('Police arrested 14', 'The raid netted
        9')? Its clause subject is then the agent. A level or change verb's subject is what
        the count measures: 'Thefts totalled 1,200', 'Arrests rose 300'."""
        if mention.kind != "count":
            return False
        # "Police arrest 14", "Police arrest 14 over $2m fraud" (read as one noun phrase)
        right_after = anchor.i == verb.i + 1 and anchor.dep_ in ("npadvmod", "nummod")
        if not (anchor.dep_ == "dobj" and anchor.head.i == verb.i) and not right_after:
            return False
        lemma = verb.lemma_.lower()
        return (
            verb.pos_ == "VERB"
            and lemma not in self.change_verbs
            and lemma not in _COUNT_LEVEL_VERBS
        )

    def _verbal_category(self, verb: Token) -> list[Token] | None:
        """'- Steal from retail store rose 21.6%', 'Break and enter dwelling fell 6.2%',
        'Receiving stolen goods rose 3%': an offence category that reads as a verb opens the
        line and the parser takes its first word for a verbal subject. The whole span from
        the line's start (after a bullet) to the change verb is the category."""
        lemma = verb.lemma_.lower()
        if lemma not in self.change_verbs:
            return None
        verbal = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.pos_ == "VERB"]
        if not verbal or any(c.dep_ == "nsubj" and c.pos_ in NOUNS for c in verb.children):
            return None
        start = verbal[0].i
        while start > verb.sent.start and "\n" not in verb.doc[start - 1].text:
            if verb.doc[start - 1].text not in _BULLETS:
                return None  # not at the start of a line: a real clause
            start -= 1
        words = [t for t in verb.doc[verbal[0].i : verb.i] if not t.is_space]
        if any(t.is_punct or t.like_num or t.pos_ in ("AUX", "PRON") for t in words):
            return None
        return words if len(words) > 1 or words[0].tag_ == "VBG" else None

    def _duration_actor(
        self, mention: Mention, anchor: Token, verb: Token, subject: Token | None
    ) -> bool:
        """'Officers detained the suspects for two weeks', 'The judge jailed him for 14 days':
        a 'for' duration measures the act, not the one acting. A subject that is no actor
        keeps it ('The trial ran for three weeks')."""
        if mention.kind != "duration" or subject is None or subject.dep_ != "nsubj":
            return False
        if anchor.dep_ != "pobj" or self._is_vague([subject]):
            return False
        prep = anchor.head
        over = prep.lower_ == "of" and prep.head.lower_ == "period"  # "over a period of"
        if prep.lower_ != "for" and not over:
            return False
        acts_on = any(c.dep_ == "dobj" for c in verb.children)
        return acts_on or subject.pos_ == "PROPN" or subject.lower_ == "police"

    @staticmethod
    def _time_reference(mention: Mention, span: Span) -> bool:
        """'Two days later, police ...', 'six months after the raid': a time reference."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        return mention.kind == "duration" and after is not None and after.lower_ in _TIME_ADVERBIAL

    @staticmethod
    def _acts_on(mention: Mention, anchor: Token) -> bool:
        """Does the amount measure what the verb acts on? Not for counts, nor for a time
        adverbial ('Over the past three years, we have seen more lenders')."""
        if mention.kind == "count":
            return False
        return mention.kind != "duration" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "for")


def _share_verb(token: Token) -> bool:
    """Is the amount the share a verb states ('accounted for', 'made up', 'represented')?"""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return verb.lemma_.lower() in _SHARE_LEMMAS


_SHARE_LEMMAS = frozenset({"account", "make", "represent", "comprise", "constitute"})


def _gapped_before_preposition(span: Span) -> bool:
    """'Of the murders, 22 were linked to personal disputes and nine to robberies', '6,102
    were against women, 1,431 against children and 721 against men': a bare figure after
    'and' or a list's comma, then the preposition the clause before used after its verb."""
    doc = span.doc
    if span.end >= span.sent.end or doc[span.start - 1].lower_ not in ("and", ","):
        return False
    preposition = doc[span.end]
    if preposition.pos_ != "ADP" or preposition.lower_ == "of":
        return False  # "and nine of them": a partitive, read elsewhere
    earlier = doc[span.sent.start : span.start - 1]
    figures = [t for t in earlier if t.like_num and t.dep_ in ("nsubj", "nsubjpass")]
    return bool(figures) and any(
        t.lower_ == preposition.lower_ and t.i > figures[-1].i and t.head.pos_ in VERBS
        for t in earlier
    )


def _gapped_kind(span: Span) -> tuple[Token, Token, list[Token]] | None:
    """'744 were crimes against property, 402 against persons and 172 of other types': a
    bare figure after a list's comma or 'and', then the preposition that named the kind
    after the noun an earlier figure was said to be; the figure counts that noun of its own
    kind ('crimes against persons'). Returns the earlier figure, its noun and the phrase."""
    doc = span.doc
    if span.end >= span.sent.end or doc[span.start - 1].lower_ not in ("and", ","):
        return None
    preposition = doc[span.end]
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if preposition.pos_ != "ADP" or preposition.lower_ == "of" or not objects:
        return None
    for figure in doc[span.sent.start : span.start - 1]:
        noun = _predicate_noun(figure)
        kinds = [c for c in noun.children if c.dep_ == "prep"] if noun is not None else []
        if noun is not None and any(k.lower_ == preposition.lower_ for k in kinds):
            named = [t for t in noun.lefts if t.dep_ in ("amod", "compound")]
            return figure, noun, [*named, noun, preposition, *objects[0].subtree]
    return None


def _predicate_noun(figure: Token) -> Token | None:
    """The noun a figure subject is said to be: 'crimes' of '744 were crimes'."""
    if not figure.like_num or figure.dep_ != "nsubj" or figure.head.lemma_ != "be":
        return None
    nouns = [c for c in figure.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return nouns[0] if nouns else None


def _gapped_subject(anchor: Token) -> Token | None:
    """'Burglaries fell 8% and robberies 3%', 'Robberies were down 3% and burglaries up 5%':
    the second clause drops its verb and the parser hangs the figure on that clause's
    subject, joined to the first verb. That noun, not the first clause's, is what changed."""
    token = anchor
    for _ in range(3):
        head = token.head
        if token.dep_ not in ("npadvmod", "advmod") or head == token:
            return None
        if head.pos_ in NOUNS and head.dep_ == "conj" and head.i < anchor.i:
            return head if head.head.pos_ in ("VERB", "AUX") else None
        token = head
    return None


def _bare_whole(noun: Token) -> bool:
    """'the total', 'all', 'the whole', 'the total in the region': a whole that names no noun
    of its own (a place or period after it names none)."""
    named = any(
        c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ not in _WHERE)
        for c in noun.children
    )
    return noun.lower_ in _WHOLE_WORDS and not named


_WHERE = frozenset({"in", "across", "nationwide", "during", "over"})


# Words that may open a subject the parser broke up after 'that': "estimates that reported
# violent crime decreased 4.5%" ('reported' read as the relative clause's verb).
_COMPLEMENT_WORDS = ("NOUN", "PROPN", "ADJ")


def _gerund_compound(verb: Token) -> list[Token] | None:
    """'and mugging complaints rose by nearly a fifth': the parser makes a noun that
    describes a plural ('mugging') a gerund subject with the plural as its object; the two
    words, side by side, are the subject."""
    gerunds = [c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"]
    if not gerunds or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "Selling drugs earns gangs 40% more": a gerund that acts
    objects = [c for c in gerunds[0].children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    if not objects or objects[0].i != gerunds[0].i + 1 or objects[0].i != verb.i - 1:
        return None
    return [gerunds[0], objects[0]]


def _complement_words(verb: Token) -> list[Token] | None:
    """'The FBI estimates that reported violent crime decreased 4.5%': a verb with no
    subject of its own right after a 'that' clause; the words between 'that' and the verb,
    a noun phrase, are its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc, index = verb.doc, verb.i - 1
    while index > verb.sent.start and doc[index].pos_ in _COMPLEMENT_WORDS:
        index -= 1
    if index < verb.i - 1 and doc[index].tag_ in ("VBN", "VBD") and index > verb.sent.start:
        index -= 1  # "reported violent crime": a participle opens the phrase
    words = list(doc[index + 1 : verb.i])
    if doc[index].lower_ != "that" or not words or words[-1].pos_ not in NOUNS:
        return None
    return words


def _with_misread_participle(tokens: list[Token]) -> list[Token]:
    """'The ministry says that reported sexual offences fell 3.1%': the parser made 'that'
    the subject of 'reported', which then reads as a verb; it opens the noun phrase."""
    before = tokens[0].doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    if before is None or before.tag_ not in ("VBN", "VBD"):
        return tokens
    that = [c for c in before.children if c.dep_ == "nsubj" and c.lower_ == "that"]
    if not that or that[0].i != before.i - 1:
        return tokens
    return [before, *tokens]


def _held_by_relative(mention: Mention, verb: Token) -> bool:
    """Is the duration the length of a relative clause's act on the noun it describes ('a
    job you've held for two years')? The clause has no object of its own: the noun is it."""
    nominal = verb.head.pos_ == "NOUN" or verb.head.dep_ in ("dobj", "pobj")  # 'flat' read ADJ
    if mention.kind != "duration" or verb.dep_ != "relcl" or not nominal:
        return False
    return not any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _partitive_antecedent(verb: Token) -> Token | None:
    """'..., of which 78% were women': the noun 'which' stands for is the whole."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in NOUNS:
        return None
    for prep in verb.children:
        relative = any(c.lower_ in ("which", "whom") for c in prep.children)
        if prep.dep_ == "prep" and prep.lower_ == "of" and relative:
            return verb.head
    return None


# fmt: off
_AUXILIARIES = frozenset({"be", "have", "do", "will", "would", "can", "could", "may", "might",
                          "must", "shall", "should", "ought", "need", "dare", "get", "'s"})
# fmt: on


def _misread_auxiliary(verb: Token) -> list[Token] | None:
    """'Mexico homicides fall 5%': headline nouns taken as an auxiliary of the verb. A plural
    word that is no auxiliary, right before the verb, heads the subject (with the noun before
    it, which the parser made the subject)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "aux" or before.head != verb or not before.is_alpha:
        return None
    if before.lemma_.lower() in _AUXILIARIES or before.lower_ in _AUXILIARIES:
        return None
    if not before.lower_.endswith("s") or before.lower_ in ("is", "was", "has", "does"):
        return None
    subject = [c for c in verb.children if c.dep_ == "nsubj" and c.i == before.i - 1]
    return [*subject, before]


def _fused_subject(verb: Token) -> list[Token] | None:
    """'Before the crisis global debt, ..., was $113 trillion': with no subject on the verb, the
    parser fused it into an opening 'Before the crisis'. The words after the determined noun
    ('the crisis') are the subject."""
    preps = [c for c in verb.lefts if c.dep_ == "prep" and c.i == verb.doc[0].i]
    objects = [c for c in preps[0].children if c.dep_ == "pobj"] if preps else []
    if not objects or objects[0].pos_ != "NOUN":
        return None
    noun, doc = objects[0], verb.doc
    inner = [t for t in noun.subtree if t.dep_ in ("nmod", "compound") and t.pos_ == "NOUN"
             and t.i > 0 and doc[t.i - 1].dep_ == "det" and t.i + 1 < noun.i]  # fmt: skip
    if not inner:
        return None
    return [*doc[inner[0].i + 1 : noun.i], noun]


# Verbs whose object is a level of their subject: "Thefts totalled 1,200", "Arrests topped 300"
_COUNT_LEVEL_VERBS = frozenset(
    {"reach", "hit", "total", "top", "exceed", "surpass", "near", "number", "represent", "make",
     "account", "equal", "average", "involve", "include", "comprise", "score"}
)  # fmt: skip


def _of_whole_is_time(of: Token) -> bool:
    """'of the year', 'of the period': an 'of' that keeps a duration a time frame."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _FRAME_WHOLES for c in of.children)


def _place_recorded(anchor: Token) -> bool:
    """'..., while Canelones recorded 58': a bare figure a place records is a count of what
    the sentence counted before; the place is no noun of it."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or verb.lemma_.lower() not in ("record", "register", "log", "see"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    named = [o for p in subjects[0].children if p.lower_ == "of" for o in p.children]
    return subjects[0].pos_ == "PROPN" or (bool(named) and named[0].pos_ == "PROPN")


def _past_dateline(subject: Token) -> Token | None:
    """'NAIROBI, Kenya, Feb 12 – Reported crime rose by 7 percent', 'RIO DE JANEIRO, BRAZIL –
    Street robberies ... fell 12 percent': the parser makes the dateline's place the subject
    and hangs the real one on it after the dash."""
    opening = subject.doc[subject.sent.start : subject.i]
    if not subject.is_upper or any(t.is_alpha and not t.is_upper for t in opening):
        return None
    dash = next((t for t in subject.subtree if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return None
    after = [t for t in subject.subtree if t.dep_ == "appos" and t.i > dash.i]
    if not after:
        return None
    # "ATLANTA — Homicides in Atlanta dropped 21%": the tagger may read the capitalised
    # first word after the dash as a name
    named = after[0].pos_ == "PROPN" and after[0].is_title
    return after[0] if after[0].pos_ == "NOUN" or named else None


_DATELINE_DASHES = frozenset({"–", "—", "-", "--"})


def _antecedent_of(pronoun: Token) -> list[Token] | None:
    """'property crime overall, which fell about 9%', '..., violence against the person,
    which rose 14%': a relative pronoun stands for the noun phrase before its comma, with
    the noun an 'of' or 'against' phrase completes."""
    if pronoun.lower_ not in ("which", "who") or pronoun.i < 2:
        return None
    doc, index = pronoun.doc, pronoun.i - 1
    if doc[index].text != ",":
        return None
    index -= 1
    while index > pronoun.sent.start and doc[index].pos_ == "ADV":
        index -= 1  # "property crime overall, which"
    end = index
    if doc[end].pos_ in VERBS and pronoun.lower_ == "which":
        return _clause_subject_words(doc[end])  # "1,006 crimes were solved, which is 76%"
    if doc[end].pos_ not in NOUNS:
        return None
    start = _phrase_start(doc, end, pronoun.sent.start)
    before = doc[start - 1] if start > pronoun.sent.start else None
    completes = before is not None and before.lower_ in ("against", "of")
    if completes and start - 2 >= 0 and doc[start - 2].pos_ == "NOUN":
        # "violence against the person", "a commercial quantity of ganja"
        start = _phrase_start(doc, start - 2, pronoun.sent.start)
    return [t for t in doc[start : end + 1] if t.pos_ != "DET" or t.i > start]


def _clause_subject_words(verb: Token) -> list[Token] | None:
    """The subject noun of the clause a 'which' after its comma sums up ('crimes' of '1,006
    crimes were solved, which corresponds to 76 percent'), with the words that name it."""
    clause = verb if verb.dep_ not in ("auxpass", "aux") else verb.head
    nouns = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if not nouns:
        return None
    named = [t for t in nouns[0].lefts if t.dep_ in ("amod", "compound") and not t.like_num]
    return [*named, nouns[0]]


def _phrase_start(doc: Doc, end: int, floor: int) -> int:
    """Where the run of nouns, names, adjectives and articles ending at ``end`` starts."""
    start = end
    while start > floor and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
        start -= 1
    return start


def _after_fronted_phrase(verb: Token) -> list[Token] | None:
    """'Across Wales, knife and offensive weapon offences fell by 6%': after a fronted
    phrase and its comma the parser may leave the verb without a subject, hanging the noun
    phrase on the fronted one; the words between the comma and the verb are the subject."""
    doc, start = verb.doc, verb.sent.start
    if doc[start].pos_ != "ADP":
        return None
    comma = next((t.i for t in doc[start : verb.i] if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    words = [t for t in doc[comma + 1 : verb.i] if t.pos_ != "DET"]
    if not words or not all(t.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ") for t in words):
        return None
    return words if words[-1].pos_ == "NOUN" else None


def _ranking_holder(with_: Token) -> Token:
    """What a 'with' figure hangs on, seen past 'followed by <Name>' to the clause it follows;
    a category after 'followed by' ('followed by assault with 5,036') is a ranking of its own."""
    holder = with_.head
    if holder.lemma_.lower() != "follow":
        return holder
    named = [o for a in holder.children if a.dep_ == "agent" for o in a.children
             if o.dep_ == "pobj"]  # fmt: skip
    return holder.head if named and named[0].pos_ == "PROPN" else holder


def _ranking_word(token: Token) -> bool:
    """'highest', 'most', and what grades them ('second-highest', 'by far the largest')."""
    return token.tag_ in ("JJS", "RBS") or (
        token.head.tag_ in ("JJS", "RBS") and token.i < token.head.i
    )


def _ranking_preposition(preposition: Token) -> bool:
    """'with 214', or ', at $4.1m' set off by a comma ('arrested at 40' is no ranking)."""
    if preposition.lower_ == "with":
        return True
    before = preposition.doc[preposition.i - 1] if preposition.i else None
    return preposition.lower_ == "at" and before is not None and before.text == ","


def _superlative_noun(holder: Token) -> Token | None:
    """'the most kidnappings', 'the highest number of victims': the counted noun of a
    superlative that is the holder or its object ('accounted for the largest losses')."""
    objects = [c for c in holder.children if c.dep_ == "dobj"]
    objects += [o for p in holder.children if p.dep_ == "prep" and p.i < holder.i + 3
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    if holder.pos_ == "NOUN":
        objects = [holder]  # "..., with 2,874" hung on the ranked noun itself
    for noun in objects:
        if not any(c.tag_ == "JJS" and c.dep_ == "amod" for c in noun.children):
            continue
        if noun.lemma_.lower() not in COUNT_HOLDERS:
            return noun
        inner = [o for p in noun.children if p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "NOUN"]  # fmt: skip
        return inner[0] if inner else None
    return None


def _after_superlative(preposition: Token) -> bool:
    """'its lowest total in four years', 'the biggest rise in a decade': a superlative on a
    noun just before (not 'Most cars were stolen in 10 minutes')."""
    before = preposition.doc[max(0, preposition.i - 4) : preposition.i]
    return any(
        t.tag_ == "JJS" and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.lower_ not in _SOME
        for t in before
    )


def _qualified_subject(figure: Token) -> bool:
    """'Around a third were aged ...': the parser makes the qualifier a preposition and the
    share its object, the clause left with no subject."""
    qualifier = figure.head
    verb = qualifier.head
    return (
        figure.dep_ == "pobj"
        and qualifier.lower_ in _QUALIFIER_PREPOSITIONS
        and qualifier.i < figure.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _clause_figure(verb: Token) -> Token | None:
    """The subject of ``verb``, or a qualified share standing for it ('Around a third')."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
        if child.dep_ == "prep" and child.lower_ in _QUALIFIER_PREPOSITIONS:
            figures = [c for c in child.children if c.dep_ == "pobj" and _qualified_subject(c)]
            if figures:
                return figures[0]
    return None


# How far after a colon a figure may stand and still take the colon's clause subject.
_COLON_REACH = 3
