"""Subject rules for amounts (money, weights, measures): what an amount is the value,
price, level or measure of ('narcotics valued at $393,000', 'paid $35,000 for a car', 'a fine
of $5,000', 'Losses reached $2.5 billion', 'ganja weighing 1,250 kg').

Each rule takes (mention, span, anchor) and returns the subject's tokens or None; the order
in which they are tried is ``RoleFinder._subject`` in ``roles.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factpull.components import subjects
from factpull.components.phrases import (
    AMOUNT_LINKS,
    BRACKET_FILLERS,
    HEDGE_PREPOSITIONS,
    NOMINALS,
    NOUNS,
    PERIOD_WORDS,
    TIME_NOUNS,
    VERBS,
    glued_hyphen,
    noun_key,
)
from factpull.components.predicates import ESTIMATING_VERBS, Predicates
from factpull.mentions import Mention

# Nouns that only hold an amount: "an average of $5m", "to the tune of", "in the region of".
# "bringing the workforce to 84,000", "pushed the population above 29,000"
_MOVING_VERBS = frozenset({"bring", "push", "take", "drive", "lift", "raise", "boost", "send"})
_LEVEL_PREPOSITIONS = frozenset({"to", "above", "below", "over", "past", "beyond", "under"})
_CONTAINERS = frozenset({"average", "maximum", "minimum", "median", "mean", "high", "low", "record",
                         "peak", "tune", "excess", "upwards", "region", "period",
                         "sum", "equivalent"})  # fmt: skip
# Modifiers that only qualify a container ('a record total of', 'the overall number of').
_NOT_NAMING = frozenset({"total", "record", "overall", "high", "low", "whole", "entire",
                         "combined", "estimated", "further", "additional", "new",
                         "all-time", "fresh", "recent"})  # fmt: skip
_PAYMENT_VERBS = frozenset({"pay", "spend", "invest", "charge", "bid", "offer", "owe", "waste",
                            "splash", "shell", "fork", "lavish"})  # fmt: skip

# Verbs that give money to a cause: "allocated $5m to youth programmes", "earmarked for".
_FUNDING_VERBS = frozenset({"commit", "allocate", "earmark", "budget", "pledge", "devote",
                            "channel", "dedicate", "approve", "set"})  # fmt: skip
_FUNDED = ("to", "for", "towards", "toward", "on")
# Verbs whose object is a level the subject reaches: "Losses hit $5m".
_LEVEL_VERBS = frozenset({"reach", "hit", "total", "top", "exceed", "surpass", "near", "cross",
                          "breach", "average", "amount"})  # fmt: skip
# Nouns whose 'of' count is their size or level: "a population of 20 lakh", "a workforce of
# 12,000", "down from ... a peak of 12,140".
# Words between a level noun and the figure that bounds it ('a level of more than 0.08')
_MEASURE_BOUNDS = frozenset({"between", "above", "below", "over", "under", "exceeding",
                             "more", "less", "than", "at", "least", "up", "to"})  # fmt: skip
_SIZE_NOUNS = frozenset({"population", "workforce", "membership", "headcount", "strength",
                         "caseload", "backlog", "turnout", "crowd", "fleet", "peak",
                         "capacity", "establishment"})  # fmt: skip
# Nouns holding the amount a participle takes: "weighing a total of 31.6 kg".
_AMOUNT_HOLDERS = frozenset({"total", "sum", "combined", "maximum", "minimum", "average"})
# Participles whose object measures the noun they describe: "ganja weighing 5 kg".
_MEASURING_VERBS = frozenset({"weigh", "measure", "hold", "total"})
# Participles whose object is an amount the noun is about: "cases involving more than $5m".
_INVOLVING_VERBS = frozenset({"involve", "concern"})
_OWNED_AMOUNT_VERBS = _MEASURING_VERBS | _INVOLVING_VERBS
_LEVEL_OR_MEASURE_VERBS = _LEVEL_VERBS | _MEASURING_VERBS
# Verbs whose object is the subject's share of a whole: "Scams accounted for $5m",
# "Robberies represented 300" (with 'of' the whole names it: "made up 12 of the cases").
_SHARE_VERBS = frozenset({"represent", "make"})
# Words before a time noun in a phrase a bare level may be misparsed into: "fell to 4,120 last
# year".
_TIME_MODIFIERS = frozenset({"last", "this", "next", "previous", "past", "the", "same"})
# Verbs whose subject is what a price is paid for, with no object: "the pills sell for $20",
# "A yaba pill sells for Tk 250".
_SELLING_VERBS = frozenset({"sell", "fetch", "retail", "trade", "go", "command"})
# Words that say when or per what, not what: "$5m last year", "$400 each" (and weekdays).
_TIME_WORDS = PERIOD_WORDS | {"today", "yesterday", "each", "apiece"}
# Nouns of a time period: "$3.2 billion in first half" says when, not what the money is.
_PERIOD_NOUNS = frozenset({"half", "quarter", "year", "month", "week", "period", "term",
                           "season", "semester", "halves", "quarters"})  # fmt: skip
# Operations and cases an amount is found in, not made of: "Dh312 million in anti-fraud drive",
# "a fine of Rs 3.5 lakh in housing loan fraud case"
_OPERATION_NOUNS = frozenset({"operation", "drive", "crackdown", "raid", "campaign", "sweep",
                              "case", "blitz", "probe", "investigation", "swoop",
                              "bust"})  # fmt: skip
# Words that reach a level with 'to': "Losses surged to ¥72bn", "homicide down to 0.9".
_TO_LEVEL_WORDS = frozenset({"rise", "fall", "surge", "climb", "drop", "increase", "decrease",
                             "jump", "soar", "grow", "decline", "plunge", "slip", "dip",
                             "down", "up", "edge", "tumble", "shrink", "amount"})  # fmt: skip
_FINE_FORMS = frozenset({"fine", "fines", "fined", "fining"})


def fine_subject(subject: list[Token]) -> str | None:
    """'fine' for a subject that is the verb of fining itself (``_fined_party``)."""
    single = len(subject) == 1 and subject[0].pos_ in VERBS
    return "fine" if single and subject[0].lower_ in _FINE_FORMS else None


# Verbs whose 'at' states a level the subject is at: "seizures stand at 964 kg".
_AT_LEVEL_VERBS = frozenset({"stand", "remain", "sit", "hover", "peak", "settle", "stay"})
_VALUE_WORDS = frozenset({"value", "valued", "worth", "price", "priced", "cost", "costing"})
# Verbs that take an amount 'of' from the party they name: "defrauded a SACCO of KSh 4m".
_DEPRIVING_VERBS = frozenset({"defraud", "rob", "cheat", "swindle", "dupe", "con", "fleece",
                              "deprive", "strip", "scam", "relieve"})  # fmt: skip
# Verbs whose 'from ... to' amounts span the subject's values: "Fines ranged from $5 to $50".
_SPAN_VERBS = frozenset({"range", "vary"})
# Words that say how a value was reached, not which value it is ("combined estimated street
# value" is a street value)
_ESTIMATE_WORDS = frozenset({"estimated", "combined"})
# Verbs by which a thing has a value: "the drugs had a value of $5m", "reached a value of".
_HAVING_VERBS = frozenset({"have", "reach", "carry", "hold", "exceed", "top"})
# Words between 'worth' and its amount: "heroin worth an estimated £1.2 million", "worth a
# total of", "worth up to".
_WORTH_FILLERS = BRACKET_FILLERS | {"an", "estimated", "a", "total", "of", "roughly",
                                   "approximately", "just", "to"}  # fmt: skip
_LINK_FILLERS = BRACKET_FILLERS | {"to", "an", "a", "estimated", "approximately", "roughly",
                                   "in", "excess", "of", "total", "just", "(", "further",
                                   "additional", "another", "extra", "combined"}  # fmt: skip
_LINKED_WORDS = ("NOUN", "PROPN", "ADJ")


class AmountSubjects(Predicates):
    """Rules on what an amount is worth or measures; mixed into ``RoleFinder``."""

    def _measuring_participle(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        if mention.kind == "count":
            return None
        of = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
        if of is not None and of.head.lower_ in _AMOUNT_HOLDERS:
            anchor = of.head  # "horns weighing a total of 31.6 kg": the total is the object
        owner = self._participle_owner(anchor)
        if owner is not None and _misread_plural(owner):
            return [owner]  # its left words were misparsed with it: the noun alone
        return self._noun_phrase(owner, span) if owner is not None else None

    @staticmethod
    def _participle_owner(measure: Token) -> Token | None:
        """'ganja weighing 1,250 kg', 'accounts holding MXN 45 million': the amount is the
        object of a participle describing a noun, and measures that noun."""
        verb = measure.head
        # "The drugs, which weighed 21kg, ...": the parser may make the unit an adverb
        if measure.dep_ not in ("dobj", "npadvmod") or verb.lemma_.lower() not in (
            _OWNED_AMOUNT_VERBS
        ):
            return None
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "acl" and _misread_plural(verb.head):
            return verb.head  # "froze accounts holding $5m": 'accounts' tagged a verb
        involving = verb.lemma_.lower() in _INVOLVING_VERBS and verb.tag_ == "VBG"
        if involving and verb.dep_ in ("acl", "xcomp", "advcl"):
            before = verb.doc[verb.i - 1]  # "cases involving more than Rs 1 lakh"
            return before if before.pos_ == "NOUN" and not before.like_num else None
        if verb.tag_ == "VBG":  # the parser may make the noun the participle's subject
            owners = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
            return owners[0] if owners else None
        return None

    def _worth_index(self, span: Span) -> int | None:
        """The index of the 'worth' in 'heroin worth (more than) £1.2 million', if any."""
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in _WORTH_FILLERS:
            index -= 1
        return index if index >= 1 and doc[index].lower_ == "worth" else None

    def _measured_before_worth(self, span: Span, worth: int) -> list[Token] | None:
        """'18.5 kg of ganja worth Rs 18.5 lakh', '48 grams of mephedrone (MD) worth ...': a
        measured amount right before 'worth' weighs a thing, and the money is that thing's
        worth, whatever the parser hung 'worth' on. Read from the words: only the measure's
        own subject, 'of' and a bracketed gloss stand between."""
        doc = span.doc
        before = [m for m in self._mentions if m.unit_token_end <= worth]
        if not before or before[-1].kind not in ("weight", "other"):
            return None
        measure = before[-1]
        subject = self._subject_tokens.get(measure.unit_token_start)
        if not subject:
            return None
        words = {t.i for t in subject}
        depth = 0
        for token in doc[measure.unit_token_end : worth]:
            depth += (token.text == "(") - (token.text == ")")
            if not (token.i in words or token.lower_ == "of" or depth or token.text == ")"):
                return None
        return subject

    def _worth_before(self, span: Span) -> Token | None:
        """The noun before 'worth' in 'heroin worth (more than) £1.2 million'."""
        doc, index = span.doc, self._worth_index(span)
        if index is None:
            return None
        worth = doc[index]
        owner = worth.head if worth.head.pos_ in ("NOUN", "PROPN") else doc[index - 1]
        before = doc[index - 1]
        misparsed = owner.i < before.i and before.dep_ != "conj"  # not 'properties and deposits'
        if worth.dep_ == "amod" and before.pos_ == "NOUN" and misparsed:
            owner = before  # "cases of robbery, in which ... property worth K1.9bn"
        set_off = doc[index - 1].text == ","  # "issued 138,450 fines, worth a total of"
        if set_off and worth.dep_ in ("advcl", "oprd") and worth.head.pos_ in VERBS:
            # "... were seized, worth an estimated Dh1.1 billion": the passive's subject
            objects = (c for c in worth.head.children if c.dep_ in ("dobj", "nsubjpass"))
            owner = next(objects, owner)
        if worth.head.lemma_ in ("be", "become", "remain"):  # "the drugs were worth $12m"
            verb = worth.head
            if verb.dep_ == "xcomp" and not _has_subject(verb):
                verb = verb.head  # "the drugs were estimated to be worth $2.4m"
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            owner = subjects[0] if subjects else owner
        owner = _listed_object(worth, before) or owner
        if self._is_unit_word(owner):  # "5 kg of heroin worth", "ganja weighing 5 kg worth"
            owner = self._of_object(owner) or self._participle_owner(owner) or owner
        while owner.dep_ == "conj" and owner.head.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "nummod" and self._in_figure(c) for c in owner.head.children):
                break  # "31 luxury vehicles and real estate worth ...": the vehicles are counted
            if any(self._in_figure(t) for t in owner.doc[owner.head.i : owner.i]):
                break  # "cash of RM212,000 and jewellery worth ...": the cash has its figure
            if owner.head.lower_ in _PERIOD_NOUNS:
                break  # "arrested during the quarter and property worth ...": no list
            owner = owner.head  # "cash, liquor and drugs worth ...": the whole list
        return owner if owner.pos_ in ("NOUN", "PROPN") else None

    def _valued_thing(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """The thing an amount is the value of: 'X valued at $5m', 'X that have a value of $5m',
        'heroin worth more than £1.2 million'."""
        if mention.kind != "money":
            return None
        index = self._worth_index(span)
        measured = self._measured_before_worth(span, index) if index is not None else None
        if measured is not None:
            return measured
        worth = self._worth_before(span)
        if worth is not None:
            return _with_rest_of_list(self._noun_phrase(worth, span), span)
        if anchor.dep_ != "pobj":
            # "a street value of Tk 624 crore": the parser may split the currency off the
            # amount and join the amount to the value noun; read the words
            valued = noun_before_of(span)
            if valued is None or valued.lemma_.lower() not in _VALUE_WORDS:
                return None
            phrase = self._noun_phrase(valued, span)
            return [t for t in phrase if t.lower_ not in _ESTIMATE_WORDS] or phrase
        holder = anchor.head.head  # the word the "at"/"of" phrase hangs on
        if holder.lemma_.lower() not in _VALUE_WORDS:
            return None
        if holder.pos_ in NOMINALS and anchor.head.lower_ == "of":
            # "an estimated street value of $4.8m": the value ("street value") is the subject
            phrase = self._noun_phrase(holder, span)
            phrase = [t for t in phrase if t.lower_ not in _ESTIMATE_WORDS] if phrase else phrase
            owner = self._value_owner(holder) if [t.i for t in phrase] == [holder.i] else None
            return self._noun_phrase(owner, span) if owner is not None else phrase
        if holder.pos_ in NOMINALS and holder.dep_ == "pobj" and holder.head.lower_ == "with":
            owner = holder.head.head  # "1,500 pounds of meth with a street value of $4.5m"
            if owner.pos_ in VERBS:
                objects = [c for c in owner.children if c.dep_ == "dobj"]
                owner = objects[0] if objects else owner
            if owner.pos_ in NOMINALS:
                return self._noun_phrase(self._measured(owner), span)
        if holder.pos_ in NOMINALS:
            verb = self._governing_verb(holder)
            if verb is None or _estimated_object(holder, verb):
                return None  # "insurers estimate the cost at $38m": ``_estimated_at``
            if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in NOMINALS:
                return self._noun_phrase(self._measured(verb.head), span)
            subject = self._subject_of(verb)
            return self._noun_phrase(subject, span) if subject is not None else None
        if holder.dep_ in ("acl", "amod", "relcl") and holder.head.pos_ in NOMINALS:
            return self._noun_phrase(self._measured(holder.head), span, with_conjuncts=True)
        return None

    def _value_owner(self, value: Token) -> Token | None:
        """'the seized drugs would have reached a value of about S/ 150 million', 'seized
        drugs with a value of $3m': a bare value that the clause's subject has or reaches, or
        that a thing is seized with, is that thing's value."""
        verb = value.head
        if value.dep_ == "pobj" and verb.lower_ == "with":  # "seized drugs with a value of"
            owner = verb.head
            if owner.pos_ in VERBS:
                owner = next((c for c in owner.children if c.dep_ == "dobj"), None)
            return self._measured(owner) if owner is not None and owner.pos_ == "NOUN" else None
        if value.dep_ != "dobj" or verb.lemma_.lower() not in _HAVING_VERBS:
            return None
        subject = self._subject_of(verb)
        if subject is None or subject.pos_ != "NOUN" or self._is_vague([subject]):
            return None
        return subject

    def _measured(self, noun: Token) -> Token:
        """'1.5kg of cocaine, valued at €105,000': a unit's 'of' object is what is valued."""
        inner = self._of_object(noun) if self._is_unit_word(noun) else None
        return inner or noun

    def _linked_amount(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'a Rolex watch worth £48,500 and 11 vehicles', 'cash totalling N1.4bn', 'assets
        worth N32.6bn and $4.3m': the noun before the link word is what the amount is worth,
        whatever noun the parser hung the number on."""
        if mention.kind != "money":
            return None
        link = self._link_before(span.doc, span.start, span.end)
        if link is None:
            return None
        found = self._valued_thing(mention, span, anchor)
        if found and max(t.i for t in found) < link:
            return found
        return self._linked_noun(span.doc, link)  # not a noun after it ('worth £5 and 3 cars')

    def _link_before(self, doc: Doc, start: int, end: int) -> int | None:
        """The index of the link word before an amount, through qualifiers ('worth over') and
        through an earlier amount it is coordinated with ('worth $5m and $4m')."""
        index = start - 1
        while index > 0 and doc[index].lower_ in _LINK_FILLERS:
            index -= 1
        if index < 1:
            return None
        if doc[index].lower_ in AMOUNT_LINKS:
            return index
        after = doc[end].lower_ if end < len(doc) else ""
        if doc[index].lower_ not in ("and", "or") or after in ("in", "of"):
            return None  # "a car worth $20,000 and $5,000 in cash": the cash is its own
        earlier = [r for r in self._figures if r.stop == index]
        return self._link_before(doc, earlier[0].start, index) if earlier else None

    def _linked_noun(self, doc: Doc, link: int) -> list[Token] | None:
        """The words of the noun phrase right before a link word ('a Rolex watch worth'), or
        before the comma that sets the link off ('the vehicles, worth a combined R8.3m,')."""
        head = doc[link - 1]
        if head.text == "," and link >= 2 and doc[link - 2].pos_ == "NOUN":
            head = doc[link - 2]
        if head.like_num or not head.is_alpha or self._is_unit_word(head):
            return None
        if head.pos_ in ("DET", "ADP", "PRON", "AUX", "CCONJ", "ADV", "ADJ", "PART"):
            return None  # "were worth", "is valued": the copula rules read those
        start = head.i
        while start > 0 and not any(start - 1 in r for r in self._figures):
            before = doc[start - 1]
            if glued_hyphen(doc, start - 1):
                start -= 2  # "a Mercedes-Benz saloon": the hyphen joins one name
            elif before.pos_ in _LINKED_WORDS and not before.like_num:
                start -= 1
            elif self._joins_listed_noun(doc, start - 1):
                start -= 2  # "watches and jewellery worth": the list is what is worth it
            else:
                break
        return list(doc[start : head.i + 1])

    def _joins_listed_noun(self, doc: Doc, index: int) -> bool:
        """Is doc[index] an 'and'/'or' after a listed noun that counts nothing of its own
        ('watches and jewellery'; not '5 phones and drugs')?"""
        if doc[index].lower_ not in ("and", "or") or index < 1:
            return False
        noun = doc[index - 1]
        counted = any(c.dep_ == "nummod" for c in noun.children)
        counted = counted or any(t.like_num for t in doc[max(index - 3, 0) : index - 1])
        # "10 years in prison and fines totalling D500,000": the noun ends another figure's
        # phrase
        preposition = doc[index - 2] if index >= 2 else noun
        counted = counted or (preposition.pos_ == "ADP" and self._in_figure(preposition.head))
        return noun.pos_ == "NOUN" and not counted and not self._in_figure(noun)

    def _amount_in(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'$1.2 million in cash', '$2 billion in losses': what the amount is made of; a
        bracketed conversion may stand between ('16.4 billion yuan (about $2.29 billion) in
        funds'), and both amounts are made of it."""
        doc, index = span.doc, _after_bracket(span.doc, span.end)
        if mention.kind not in ("money", "weight") or index + 1 >= len(doc):
            return None
        if doc[index].lower_ != "in":
            return None
        head = self._phrase_head(doc, index + 1)
        if head is None or head.pos_ != "NOUN" or self._locative(head):
            return None
        if head.lower_ in _PERIOD_NOUNS:
            return None  # "jumped to $3.2 billion in first half": when, not what
        if head.lemma_.lower() in _OPERATION_NOUNS:
            return None  # "recover Dh312 million in anti-fraud drive": where it was found
        holder = noun_before_of(span)
        if holder is not None and holder.lower_ in self.lex.words("money_words_after"):
            return None  # "Cash of Rs 42.75 lakh in Indian currency": the cash, in a currency
        return self._noun_phrase(head, span)

    def _priced(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Each yaba pill sells for Tk 250-300', 'a gram of ice fetches up to Tk 15,000': the
        price of the clause's subject, which a verb of selling takes with no object."""
        verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else None
        # "fetches $2,000"; "would fetch around Rs 1.2 crore": the object may be the scale word
        taken = (
            anchor
            if anchor.dep_ == "dobj"
            else next((t for t in span if t.dep_ in ("dobj", "npadvmod") and _sells(t.head)), None)
        )
        verb = taken.head if taken is not None else verb
        if mention.kind != "money" or verb is None or not _sells(verb):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj" and not self._in_figure(c)]
        subject = self._subject_of(verb)
        if objects or subject is None or subject.pos_ not in NOUNS or self._is_vague([subject]):
            return None  # "The gang sold the cars for $3,000": the object's price
        return self._noun_phrase(subject, None)

    def _noun_after_amount(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Police arrest 14 over GH¢2.3m mobile money fraud', 'her £1,100 iPhone was taken':
        an amount written before a noun prices it, however the parser split the amount's
        symbol and suffix; a weight so written weighs it ('seize 1.82 lakh kg ganja'). Read
        from the words: a run of nouns and adjectives ending in a noun right after the amount,
        naming no time ('$5m last year') and no unit."""
        if mention.kind not in ("money", "weight"):
            return None
        run: list[Token] = []
        for token in span.doc[span.end : span.end + 4]:
            noun_like = token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ == "VBG"
            # "seize 1.82 lakh kg ganja": the scale word throws the tagger, which reads the
            # drug after the unit as a base-form verb
            misread = not run and _base_verb(token) and not _has_subject(token)  # not "12 kg go"
            noun_like = noun_like or (mention.kind == "weight" and misread)
            if not noun_like or not token.is_alpha:
                break  # "money laundering ring": a gerund may stand inside the name
            run.append(token)
        while run and run[-1].pos_ not in ("NOUN", "PROPN") and not _base_verb(run[-1]):
            run.pop()
        when = _TIME_WORDS | self.lex.words("weekdays")
        if not run or any(t.lemma_.lower() in when or self._is_unit_word(t) for t in run):
            return None
        return run

    def _locative(self, noun: Token) -> bool:
        """'10 baht in border areas', '$5m in the capital': a place the amount applies in,
        not what it is made of ('$1.2 million in cash', '$2 billion in losses')."""
        determined = any(c.dep_ in ("det", "poss") for c in noun.children)
        return determined or bool(noun_key(noun) & self.place_nouns)

    def _paid_as(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The sum of ₦4,750,000 paid as ransom', '$20,000 demanded as a bribe': the noun
        after 'as' on a participle of the amount says what the money was."""
        if mention.kind != "money":
            return None
        holder = subjects.of_holder(anchor, span)  # "the sum of ₦4.75m demanded as ransom"
        owners = [*span, holder] if holder is not None else list(span)
        verbs = [c for t in owners for c in t.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
        if anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.lemma_.lower() in _PAYMENT_VERBS:
            verbs.append(anchor.head)  # "was paid $20,000 as ransom"
        for verb in verbs:
            for prep in verb.children:
                objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                named = prep.lower_ == "as" and prep.i >= span.end and objects
                if named and objects[0].lower_ not in ("part", "share"):  # "as part of a deal"
                    return self._noun_phrase(objects[0], span)
        return None

    def _named_of_holder(self, anchor: Token, span: Span) -> Token | None:
        """The noun whose 'of' phrase holds the amount ('a fine of $5,000'); not a unit, nor
        'age' ("under the age of 20": the people, not 'age', are described)."""
        holder = subjects.of_holder(anchor, span)
        if holder is None or self._is_unit_word(holder) or holder.lower_ in ("age", "ages"):
            return None
        of = anchor.head
        adjacent = [c for c in holder.children if c.dep_ == "conj" and c.i == of.i - 1]
        return adjacent[-1] if adjacent else holder  # "two laptops and cash of GH¢86,450"

    def _measure_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'a blood-alcohol level of 0.14', 'the national average of 87', 'a score of 87': a
        level noun names what its 'of' value measures. A bare container ('a total of 45',
        'an average of $5m') names nothing; a modified one ('national average') does."""
        holder = self._named_of_holder(anchor, span)
        if holder is None:
            return None
        key = noun_key(holder)
        containers = self.look_through | _CONTAINERS
        modified = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _NOT_NAMING
                       and c.lower_ not in self.deictic for c in holder.lefts)  # fmt: skip
        if key & containers and modified:
            return self._noun_phrase(holder, span)
        if mention.kind in ("count", "other") and key & self.measure_nouns:
            mention.kind = "other"  # "a blood alcohol reading of 0.147" measures, not counts
            return self._noun_phrase(holder, span)  # "breath samples of 0.21": what it reads
        if mention.kind == "count" and key & _SIZE_NOUNS:
            return self._noun_phrase(holder, span)  # "a population of over 20 lakh"
        return None

    def _bounded_measure(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'a blood alcohol concentration between 0.05 and 0.08', 'a level above 0.08': a
        level noun (cues.json ``measure_nouns``) right before a bound names what the bound
        measures, which no count is."""
        doc, index = span.doc, span.start - 1
        while index > span.sent.start and doc[index].lower_ in _MEASURE_BOUNDS:
            index -= 1
        noun = doc[index]
        if index == span.start - 1 or noun.pos_ != "NOUN":
            return None
        if not noun_key(noun) & self.measure_nouns:
            return None
        if mention.kind == "count":
            mention.kind = "other"
        return self._noun_phrase(noun, span)

    def _estimated_at(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The CPS estimates Keller's benefit from crime at £96,000', 'police put the haul's
        value at $2m': the object of a verb of estimating is what the amount is put at, with a
        generic 'from X' phrase that says which ('benefit from crime')."""
        # the 'at' before the amount, through a qualifier ('estimated at around CHF 1.9m'),
        # whatever the parser hung the amount on
        before = span.doc[max(span.sent.start, span.start - 3) : span.start]
        prep = next((t for t in reversed(before) if t.lower_ == "at"), None)
        if prep is None or any(t.like_num for t in span.doc[prep.i + 1 : span.start]):
            return None
        holder = prep.head
        verb = holder if holder.pos_ in VERBS else holder.head
        if verb.pos_ not in VERBS or verb.lemma_.lower() not in ESTIMATING_VERBS:
            return None
        passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in NOMINALS]
        if passive and holder == verb:
            return self._noun_phrase(passive[0], span)  # "The loot is estimated at CHF 2.7m"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in NOMINALS]
        if not objects or holder not in (verb, objects[0]):
            return None
        noun = objects[0]
        phrase = self._noun_phrase(noun, span)
        source = self._prep_object(noun, ("from",))
        if source is not None and source.i < prep.i and source.pos_ == "NOUN":
            phrase = [*phrase, source.head, *self._noun_phrase(source, span)]
        return sorted(set(phrase), key=lambda t: t.i)

    def _price_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'bought the house for $500,000', 'the drugs were sold for $6': what was paid for;
        'raised the bail to $1m', 'cut prices by 5%': what the amount applies to."""
        if mention.kind == "count":
            return None
        if mention.kind == "money" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for":
            verb = anchor.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PRON"]
            if verb.pos_ in VERBS and objects:
                return [objects[0]]  # "bought it for $5": the extractor resolves 'it'
        # "cut the time taken from six months to three weeks": what the range applies to
        preps = ("for", "to", "by", "at") if mention.kind == "money" else ("to", "by", "from")
        found = subjects.verb_object(anchor, span, preps)
        if found is None:
            return self._level_of(mention, span, anchor)
        if any(c.dep_ == "nummod" and self._in_count(c) for c in found.children):
            return None  # "rose by 18% ... to 21,460 crimes": a level the parser made the object
        if self._is_unit_word(found):  # "sold 5 kg of heroin for $50,000"
            inner = self._of_object(found)
            return self._noun_phrase(inner, span) if inner is not None else None
        return self._noun_phrase(found, span)

    def _sold_for(self, mention: Mention, span: Span) -> list[Token] | None:
        """'A yaba pill sells for Tk 250 to Tk 300', 'a gram of cocaine sells for around ISK
        20,000': what sells for a price with no object is what the price is of. Read from
        the words: the parser often breaks a price range."""
        doc, index = span.doc, span.start - 1
        while index > 1 and doc[index].lower_ in _QUALIFIER_WORDS:
            index -= 1
        if mention.kind != "money" or index < 1 or doc[index].lower_ != "for":
            return None
        verb = doc[index - 1]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not _sells(verb) or objects:
            return None
        subject = self._subject_of(verb)
        if subject is None or subject.pos_ not in NOMINALS or self._is_vague([subject]):
            return None
        if self._is_unit_word(subject):  # "a gram of cocaine sells for": the cocaine's gram
            return self._noun_phrase(subject, span, keep_of=True)
        return self._noun_phrase(subject, span)

    def _level_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Shares closed at $3.23', 'Losses rose to $5m': a level the clause's subject
        reaches (a verb with no object; 'seized $5m' keeps no subject)."""
        priced = self._priced(mention, span, anchor)
        if priced is not None:
            return priced
        sold = self._sold_for(mention, span)
        if sold is not None:
            return sold
        prep = anchor.head
        if mention.kind != "money" or anchor.dep_ != "pobj" or prep.lower_ not in ("at", "to"):
            return None
        verb = prep.head
        if verb.pos_ in NOUNS and verb.dep_ == "pobj" and verb.head.lower_ == "with":
            return self._noun_phrase(verb, span)  # "..., with the average loss ... at RM97,000"
        if verb.pos_ not in VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        if verb.lemma_.lower() == "follow":
            return None  # "followed by cryptocurrency at $1.4 billion": the next in a ranking
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or self._is_vague([subject]):
            return None
        return self._sourced_phrase(subject, span)  # "Losses from fraud jumped to $3.2bn"

    def _unit_price(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'sold heroin at $80 per gram', 'procuring the drug at Rs 2,000 per gram and
        selling it at Rs 5,000 per gram': a price per unit of weight is the price of the
        goods the verb deals in, its object (an 'it' stands for the object of the verb it is
        joined to), not of the dealer."""
        money, _, per = (mention.unit or "").partition(" per ")
        info = self.lex.unit_surfaces.get(per)
        if mention.kind != "rate" or money not in self.lex.currency_nq_names:
            return None
        if info is None or info.kind != "weight":
            return None
        # the amount's own word that 'at' or 'for' takes: the span's head may be its 'per'
        priced = [t for t in span if t.dep_ == "pobj" and t.head.lower_ in ("at", "for")]
        verb = priced[0].head.head if priced else None
        while verb is not None and verb.pos_ in VERBS:
            goods = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if goods is not None and not self._is_vague([goods]) and goods.pos_ in NOUNS:
                return self._noun_phrase(goods, span)
            verb = verb.head if verb.dep_ == "conj" else None  # "procuring X ... and selling it"
        return None

    def _paid_for(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'paid $35,000 for a car', 'charged between €3,000 and €12,000 per person for
        crossings': what money, or a price per head, went on."""
        priced = mention.kind == "rate" and (mention.unit or "")[:3] in self.lex.currency_nq_names
        if mention.kind != "money" and not priced:
            return None
        if anchor.dep_ in ("nummod", "appos") and anchor.head.lower_ in _CONTAINERS:
            anchor = anchor.head  # "spending a record £1.7bn on crime prevention"
        found = subjects.paid_for(anchor, span, _PAYMENT_VERBS) or self._funded(span)
        return self._noun_phrase(found, span) if found is not None else None

    def _funded(self, span: Span) -> Token | None:
        """'committed A$32.5m over three years to youth diversion programs', 'budgeted 4.1
        billion pesos for security': what a sum is given to."""
        # the object, or the scale letter the parser hangs on the verb ('A$32.5m': 'm')
        objects = [
            t for t in span
            if t.dep_ in ("dobj", "npadvmod") and t.head.lemma_.lower() in _FUNDING_VERBS
        ]  # fmt: skip
        if not objects:
            return None
        for holder in (objects[0], objects[0].head):  # the 'for' may hang on the amount
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in _FUNDED or prep.i < span.end:
                    continue
                nouns = [  # 'for policing': a gerund names what is funded too
                    c for c in prep.children
                    if c.dep_ in ("pobj", "pcomp") and (c.pos_ in NOUNS or c.tag_ == "VBG")
                ]  # fmt: skip
                if nouns and not self._in_figure(nouns[0]):
                    return nouns[0]
        return None

    def _deprived_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'defrauded a Nairobi cooperative of KSh 4 million', 'robbed the bank of $2m': the
        amount is what the named party lost."""
        prep = anchor.head
        if mention.kind != "money" or anchor.dep_ != "pobj" or prep.lower_ != "of":
            return None
        party = prep.head
        verb = party.head
        if party.dep_ != "dobj" or verb.lemma_.lower() not in _DEPRIVING_VERBS:
            return None
        if party.pos_ not in ("NOUN", "PROPN") or self._is_vague([party]):
            return None
        return self._noun_phrase(party, span)

    def _spanned(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Payments to one affiliate ranged from €40,000 to €2 million': the clause's subject
        takes the values of the range."""
        prep = anchor.head if anchor.dep_ == "pobj" else None
        if anchor.dep_ == "prep" and anchor.lower_ != "to":
            prep = anchor  # "... to over BGN 40,000": the currency read as a preposition
        if anchor.dep_ == "prep" and anchor.lower_ == "to":
            prep = _from_before(anchor)  # "Fines ranged from Dh500 to Dh2,000": one range
        elif prep is not None and prep.lower_ == "to":
            prep = _from_before(prep)
        elif prep is not None and _range_end_to(prep) is not None:
            prep = _from_before(_range_end_to(prep))  # "from several thousand to over PLN 5m"
        if prep is None or prep.lower_ not in ("from", "between"):
            return None
        verb = prep.head
        if verb.lower_ in ("ranging", "varying") and verb.pos_ == "NOUN" and verb.i > 0:
            before = verb.doc[verb.i - 1]  # "a fine ranging from P500,000": 'fine' read as an
            if before.dep_ == "amod" and before.head == verb:  # adjective of 'ranging'
                return [before]
        if verb.pos_ not in VERBS or verb.lemma_.lower() not in _SPAN_VERBS:
            return None
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl":
            return None
        return self._noun_phrase(subject, span)  # 'They ranged ...': the extractor resolves it

    def _loser(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Victims of cyber fraud lost Rs 1,866 crore': a money amount lost is the subject's
        loss ('seized $5m' names nothing; a loss belongs to who suffers it), unless the
        sentence says what it was lost to ('Malaysians lost RM1.22 billion to online scams':
        the scams'). Likewise what a cost is the cost of: 'Customer theft cost retailers £2.2
        billion'."""
        verb = anchor.head
        if anchor.dep_ == "pobj" and verb.lower_ in HEDGE_PREPOSITIONS:
            anchor, verb = verb, verb.head  # "victims lost over S$9.6 million"
        lost = mention.kind == "money" and anchor.dep_ in ("dobj", "npadvmod", "prep")
        # the small model often tags 'cost' a noun even as the verb of its clause
        costs = verb.lower_ in ("cost", "costs") and any(c.dep_ == "nsubj" for c in verb.children)
        if not lost or not (costs or (verb.pos_ in VERBS and verb.lemma_.lower() == "lose")):
            return None
        lost_to = _lost_to(verb, anchor)
        if lost_to is not None:  # "Malaysians lost RM1.22 billion to online scams"
            return self._noun_phrase(lost_to, span)
        subject = self._subject_of(verb)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self._is_vague([subject]):
            return None
        return self._noun_phrase(subject, span, keep_of=subject.lower_ in ("victims", "victim"))

    def _fined_party(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The court fined the company £500,000', 'a driver was fined Sh500,000': the amount
        is a fine, whoever was fined (most annotators name the fine; ``fine_subject`` writes
        the verb as its noun)."""
        verb = anchor.head
        # the lemmatizer makes 'fined' "fin": the written forms decide
        if mention.kind != "money" or verb.lower_ not in _FINE_FORMS or verb.pos_ not in VERBS:
            return None
        # "fined the company £500,000", or in the passive "each was fined Sh500,000"
        return [verb] if verb.i < span.start else None

    def _misread_cost(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Romance fraud cost victims an estimated £92 million', 'he said land-related fraud
        cost Ugandans Shs89bn': the tagger may read 'cost' as a noun in a run of nouns; the
        run of noun words right before it is what the amount is the cost of."""
        doc = span.doc
        if mention.kind not in ("money", "rate"):
            return None  # a rate too: "Fuel smuggling costs Greece €300 million a year"
        start = span.sent.start
        cost = next((t for t in doc[start : span.start] if t.lower_ in ("cost", "costs")), None)
        if cost is None or cost.pos_ in VERBS or cost.i == start:
            return None  # a verb 'cost' is ``_loser``'s
        between = doc[cost.i + 1 : span.start]
        if len(between) > 4 or any(_clause_word(t) for t in between):
            return None
        run: list[Token] = []
        for token in reversed(doc[start : cost.i]):
            # "A taxi from downtown costs": one preposition inside the run, between nouns
            inside = token.pos_ == "ADP" and bool(run) and token.i > start
            if inside and token.lower_ in _PLACE_PREPOSITIONS and _noun_word(doc[token.i - 1]):
                run.insert(0, token)
                continue
            if not _noun_word(token):
                break  # "• Customer theft cost", "said land-related fraud cost"
            run.insert(0, token)
        words = [t for t in run if t.pos_ != "DET" and not t.is_quote]
        # "Shoplifting cost retailers ...": a gerund names the offence as a noun would
        return words if any(t.pos_ in NOUNS or t.tag_ == "VBG" for t in words) else None

    def _of_holder(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'a fine of $5,000', 'a speed of 15 mph', 'the seizure of Rs 22 crore'. Containers
        ('a total of $5m') and changes ('a drop of 5%') name nothing themselves."""
        if mention.kind == "count":
            return None
        before = noun_before_of(span)
        loss = before if before is not None and before.lemma_.lower() == "loss" else None
        if loss is not None and mention.kind == "money":
            return self._noun_phrase(loss, span)  # "losses of $5m": what is lost, no change
        holder = self._named_of_holder(anchor, span)
        # "a fine of up to S$500,000", "a budget of NLe 25 million": the parser breaks 'of'
        # from the amount after a qualifier or a letter prefix it does not know
        broken = before is not None and anchor.head.i != before.i + 1
        if holder is None and before is not None and (before.i < span.start - 2 or broken):
            holder = before
        if holder is None:
            return None
        key = noun_key(holder)
        if mention.kind == "duration" and key & _SPAN_NOUNS:
            return None  # "over the course of three years": the clause says what lasted
        if key & self.change_nouns:
            inner = self._prep_object(holder, ("in",))  # "an increase of 5% in burglaries"
            if inner is not None and noun_key(inner) & self.place_nouns:
                inner = None  # "an increase of 12 percent in the north": where, not what
            # "a decrease of 9 percent in accidents": the parser may hang 'in' on the figure
            inner = inner or self._changed_in(span)
            if inner is None and _bare_measure(holder):
                return self._noun_phrase(holder, span)  # "expect growth of 5-10%"
            return self._noun_phrase(inner, span) if inner is not None else None
        if key & (self.look_through | _CONTAINERS):
            return None
        return self._noun_phrase(holder, span)

    def _noun_before_qualifier(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'stolen goods in excess of £2m', 'cash to the tune of $5m', 'deposits as small as
        Rs 5,000': a qualifier phrase written between a noun and its amount leaves the noun as
        what is measured."""
        compared = _noun_before_as_as(span)
        if compared is not None and not self._is_unit_word(compared):
            return self._noun_phrase(compared, span)
        prep = anchor.head
        container = prep.head
        if anchor.dep_ != "pobj" or prep.lower_ != "of" or container.lower_ not in _CONTAINERS:
            return None
        if container.lower_ == "period":
            return None  # "stole 40 cars over a period of eight months": a time frame
        if container.dep_ != "pobj":
            return None
        start = min(t.i for t in container.head.subtree)  # "in" of "in excess of"
        noun = span.doc[start - 1] if start > 0 else None
        if noun is None or noun.pos_ != "NOUN" or self._is_unit_word(noun) or noun.like_num:
            return None
        return self._noun_phrase(noun, span)

    def _level_before_time(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Burglaries fell to 4,120 last year': the parser hangs a bare level on the time
        phrase after it ('4,120 ... year'); the level is the clause subject's, not the year's."""
        noun = anchor.head
        between = anchor.doc[anchor.i + 1 : noun.i]
        if anchor.dep_ != "nummod" or noun.lower_ not in TIME_NOUNS or not between:
            return None
        if not all(t.lower_ in _TIME_MODIFIERS for t in between):
            return None
        return self._level_reached(mention, span, noun)

    def _compared(self, span: Span) -> bool:
        """Whether another figure shares the sentence: 'up from 8.7 per cent' after '10 per
        cent' is that figure's partner, and 'fallen from €31.2m to €18.7m' a span the
        range rules read."""
        sentence = range(span.sent.start, span.sent.end)
        return any(r.start in sentence and r.start != span.start for r in self._figures)

    def _raised_level(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'..., bringing the workforce to around 84,000', 'pushed the remand population
        above 29,000': the level a verb of moving takes its object to is the object's."""
        prep = anchor.head
        if anchor.dep_ != "pobj" or prep.lower_ not in _LEVEL_PREPOSITIONS:
            return None
        verb = prep.head
        if verb.dep_ == "acl" and verb.lemma_.lower() not in _MOVING_VERBS:
            # "brings the amount of cocaine seized this year to 112 kg": the parser hangs the
            # level on the participle inside the object
            verb = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOVING_VERBS:
            return None
        moved = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if not moved or moved[0].i > prep.i or self._in_figure(moved[0]):
            return None
        if noun_key(moved[0]) & self.look_through:
            return self._noun_phrase(self._of_object(moved[0]) or moved[0], span)  # "the number of"
        return self._noun_phrase(moved[0], span)

    def _level_reached(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Losses reached $2.5 billion', 'Production hit a record 2,757 tons': the amount is
        a level of the clause's subject, not something the subject acts on."""
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "weighed 56kg and 1.2kg": both measure the subject
        holder = anchor.head.head
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and holder.lower_ in _CONTAINERS:
            anchor = holder  # "hit a record of 2,700 tons": the level of the subject
        if anchor.dep_ in ("nummod", "appos") and anchor.head.lower_ in _CONTAINERS:
            anchor = anchor.head  # "surged to a record ¥72.1 billion"
        if anchor.i < span.start and span.start <= anchor.head.i < span.end:
            anchor = anchor.head  # "reached a record 1.1 trillion won": 'won' read as a verb
        headline = _headline_level(anchor) or _topped_noun(span)
        if headline is not None:
            return self._noun_phrase(headline, span)  # "Intentional homicide down to 0.9"
        start_noun = _start_point_noun(anchor)
        if start_noun is not None:
            return self._noun_phrase(start_noun, span)  # "grew from 40 officers to 65"
        verb = _level_verb(anchor) or _level_after_change(anchor, span)
        if verb is None and anchor.dep_ == "dep":
            # "S$385.6m": the tokenizer splits off 'm', which the parser may take for the anchor
            verb = next(filter(None, (_level_verb(t) for t in span if t.dep_ == "pobj")), None)
        if verb is None:
            return None
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "from" and self._compared(span):
            return None  # "£1.3m, down from £1.5m": the partner's subject (``equivalents``)
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or self._is_vague([subject]):
            return None
        if noun_key(subject) & self.look_through and not _named_rate(subject):
            subject = self._of_object(subject) or subject  # "the number of thefts hit 5,000"
        return self._sourced_phrase(subject, span)


def _named_rate(noun: Token) -> bool:
    """'The disclosure rate of crimes reached 71.4%': a rate or share its own modifier names
    is what the level measures, not what it is of (unlike 'the number of thefts')."""
    named = any(c.dep_ == "compound" for c in noun.children)
    return named and noun.lemma_.lower() in ("rate", "share", "proportion", "percentage")


def _lost_to(verb: Token, anchor: Token) -> Token | None:
    """The noun a loss went 'to' or 'through' ('lost RM1.22 billion to online scams', 'lost
    US$1.5 billion through gold leakages'), hung on the verb or on the amount; not a person
    it went to ('lost $5,000 to a man posing as ...')."""
    for holder in (verb, anchor):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "through"):
                continue  # "lost RM1.22 billion to online scams", "... through gold leakages"
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects and objects[0].lemma_.lower() not in _PERSON_WORDS:
                return objects[0]
    return None


_PERSON_WORDS = frozenset({"man", "woman", "person", "people", "individual", "fraudster",
                           "scammer", "criminal", "cybercriminal", "hacker", "conman",
                           "swindler", "gang", "syndicate", "thief", "caller", "impostor",
                           "stranger", "friend", "suspect"})  # fmt: skip


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _level_after_change(anchor: Token, span: Span) -> Token | None:
    """'the amount fell by nearly half to ₹21,367 crore': the parser reads 'half to ₹21,367'
    as one figure and hangs the level on the change's 'by'; the 'to' before it says it is
    the level the verb reached."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "to":
        return None
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "by":
        return None
    verb = anchor.head.head
    return verb if verb.pos_ in VERBS and verb.lemma_.lower() in _TO_LEVEL_WORDS else None


def _start_point_noun(anchor: Token) -> Token | None:
    """'The unit grew from 40 officers to 65': a bare end point counts what its start point
    counts."""
    to = anchor.head
    if anchor.dep_ != "pobj" or to.lower_ != "to":
        return None
    if anchor.pos_ == "NOUN" and not anchor.like_num:
        return None  # "from 40 officers to 65 detectives": its own noun
    for prep in to.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i < to.i:
            start = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if start and any(c.dep_ == "nummod" and c.like_num for c in start[0].children):
                return start[0]
    return None


# "A taxi from downtown costs ...": prepositions a priced noun's phrase may hold
_PLACE_PREPOSITIONS = frozenset({"from", "to", "in", "at"})


def _noun_before_as_as(span: Span) -> Token | None:
    """The noun before 'as small as', 'as high as' and the like right before the span."""
    doc, start = span.doc, span.start
    if doc[start].lower_ == "as" and start + 3 < len(doc) and doc[start + 2].lower_ == "as":
        start += 3  # the qualifier read into the span: 'Fines as high as $10,000'
    if start < 4 or doc[start - 1].lower_ != "as" or doc[start - 3].lower_ != "as":
        return None
    noun = doc[start - 4]
    if doc[start - 2].pos_ not in ("ADJ", "ADV") or noun.pos_ != "NOUN" or noun.like_num:
        return None
    return noun


# Words a qualifier writes between 'of' and its amount: "losses of more than $100,000".
_QUALIFIER_WORDS = frozenset({"more", "less", "than", "over", "about", "around", "nearly",
                              "almost", "some", "up", "to", "at", "least", "roughly",
                              "approximately", "an", "estimated", "between"})  # fmt: skip


def _sells(verb: Token) -> bool:
    return verb.lemma_.lower() in _SELLING_VERBS


def noun_before_of(span: Span) -> Token | None:
    """The noun before 'of' and any qualifier words before the amount: 'losses of more than
    S$100,000', 'a fine of up to Tk 5 lakh'. Read from the words: the parser often breaks a
    qualifier after 'of'. For money, a loss is what is measured, not a change of something."""
    doc, index = span.doc, span.start - 1
    while index > span.sent.start and doc[index].lower_ in _QUALIFIER_WORDS:
        index -= 1
    if index < 1 or doc[index].lower_ != "of":
        return None
    noun = doc[index - 1]
    return noun if noun.pos_ == "NOUN" else None


def _level_verb(anchor: Token) -> Token | None:
    """The verb whose subject the amount is a level of: 'Losses reached $2.5bn', 'Losses
    surged to a record ¥72bn', 'Scams accounted for $38m', 'Robberies represented 300'; for
    a headline with no verb ('Intentional homicide down to 0.9'), the noun it heads."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ in HEDGE_PREPOSITIONS and verb.i > 0:
        before = verb.doc[verb.i - 1]
        if before.lower_ in ("to", "at", "for"):
            verb = before  # "amounted to about $38m": the parser hangs the amount on 'about'
    lemma = verb.lemma_.lower()
    if anchor.dep_ == "npadvmod" and _record_object_before(anchor):
        return verb if lemma in _LEVEL_OR_MEASURE_VERBS else None  # "hit record 1.2 tln won"
    if anchor.dep_ == "npadvmod" and lemma in _LEVEL_VERBS:
        return verb  # "Losses cross ₹22,800 crore": the scale word read as an adverbial noun
    if anchor.dep_ == "dobj":
        share = lemma in _SHARE_VERBS and (lemma != "make" or _has_particle(verb, "up"))
        return verb if share or lemma in _LEVEL_OR_MEASURE_VERBS else None
    if anchor.dep_ == "pobj" and verb.lower_ == "at":
        word = verb.head  # "cannabis seizures stand at 964 kg"
        return word if word.lemma_.lower() in _AT_LEVEL_VERBS and word.pos_ in VERBS else None
    if anchor.dep_ != "pobj" or verb.lower_ not in ("to", "for", "from"):
        return None
    word = verb.head
    if word.lower_ == "from" and word.dep_ == "prep":
        word = word.head  # "rose from $2.1m to $3.4m": the parser hangs 'to' on 'from'
    if word.dep_ == "pobj" and word.head.lower_ == "by" and verb.lower_ == "to":
        word = word.head.head  # "fall by nearly a fifth to S$385.6m": 'to' hung on the change
    if verb.lower_ == "for":
        return word if word.lemma_.lower() == "account" else None
    bounded = word.lower_ == "up" and word.dep_ == "prep" and word.head.pos_ in VERBS
    if bounded and word.head.lemma_.lower() in _LEVEL_OR_MEASURE_VERBS:
        return word.head  # "fines reach up to PLN 5 000": 'up to' bounds the level reached
    if word.lemma_.lower() not in _TO_LEVEL_WORDS and word.lower_ not in _TO_LEVEL_WORDS:
        return None
    if any(c.dep_ in ("dobj", "dative") for c in word.children):
        return None  # "raised the reward to $50,000": what the verb acts on (``_price_of``)
    if word.lower_ in ("up", "down") and word.pos_ == "ADV" and word.head.pos_ in VERBS:
        return word.head  # "The loss is down from $14.6bn", "Thefts are down to 1,200"
    return word if word.pos_ in VERBS else None


# Qualifiers the parser may take for the preposition an amount hangs on.


def _record_object_before(anchor: Token) -> bool:
    """'Losses hit record 1.2 tln won': a headline drops the article, and the parser takes
    'record' for the verb's object and the amount for an adverb of it."""
    objects = [c for c in anchor.head.children if c.dep_ == "dobj" and c.i < anchor.i]
    return bool(objects) and objects[-1].lower_ in _CONTAINERS and objects[-1].i >= anchor.i - 3


def _headline_level(anchor: Token) -> Token | None:
    """'Intentional homicide down to 0.9 per 100 000', 'Intentional homicides in the EU at
    3 930': a headline with no verb; the noun that 'down'/'up' or 'at' hangs on
    heads it and reaches the level."""
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ == "at" and prep.head.dep_ == "ROOT":
        root = prep.head  # "Intentional homicides in the EU at 3 930 in 2024"
        return root if root.pos_ == "NOUN" else None
    if anchor.dep_ != "pobj" or prep.lower_ != "to" or prep.i < 1:
        return None
    if prep.doc[prep.i - 1].lower_ not in ("down", "up"):
        return None
    noun = prep.head.head if prep.head.lower_ in ("down", "up") else prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "ROOT" else None


def _clause_word(token: Token) -> bool:
    """A verb or punctuation, which ends a noun run ('an estimated' describes an amount)."""
    return token.is_punct or (token.pos_ in VERBS and token.lower_ != "estimated")


def _range_end_to(word: Token) -> Token | None:
    """The 'to' a qualifier the parser read as a preposition follows ('to over PLN 500,000',
    'to over BGN 40,000' with 'BGN' a preposition too)."""
    index = word.i - 1
    while index > 0 and word.doc[index].lower_ in _QUALIFIER_WORDS - {"to", "at", "between"}:
        index -= 1
    before = word.doc[index]
    return before if before.lower_ == "to" and before.i < word.i else None


def _from_before(to: Token) -> Token | None:
    """The 'from' that opens a range with this 'to' on the same head ('ranged from X to Y')."""
    return next((c for c in to.head.children if c.lower_ == "from" and c.i < to.i), None)


def _topped_noun(span: Span) -> Token | None:
    """'Scam losses top S$385 million', 'Carjackings top 1,000': a headline's plural noun
    right before 'top'/'tops', which the tagger may read as an adjective."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("top", "tops"):
        return None
    noun = doc[span.start - 2]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across"):
        noun = noun.head.head  # "Fraud losses in Japan top 100 billion yen"
    return noun if noun.tag_ in ("NNS", "NNPS") else None


def _has_particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _base_verb(token: Token) -> bool:
    """A word tagged a present or base-form verb, which after a unit is a misread noun."""
    return token.tag_ in ("VB", "VBP") and token.is_lower


def _misread_plural(token: Token) -> bool:
    """A plural noun the tagger read as a present-tense verb: '-s' on a 'VBZ' with no subject
    of its own. Callers check that it carries a participle clause, which only nouns take."""
    return (token.tag_ == "VBZ" and token.lower_.endswith("s")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))  # fmt: skip


def _noun_word(token: Token) -> bool:
    """A word of a noun phrase: 'land-related fraud', '"Digital arrest" scams'."""
    if token.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or token.is_quote or token.tag_ == "HYPH":
        return True
    return token.dep_ == "amod" and token.is_alpha  # 'related' of 'land-related'


def _estimated_object(noun: Token, verb: Token) -> bool:
    """'the cost' of 'insurers estimate the cost to households at $38m'."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ in ESTIMATING_VERBS


# Nouns that only stretch a duration out: 'the course of', 'a period of', 'the space of'.
_SPAN_NOUNS = frozenset({"course", "period", "space", "span", "stretch"})


def _bare_measure(noun: Token) -> bool:
    """'growth of 5%' names a measured quantity; 'a drop of 5%', 'its rise of 5%' name an
    event of something else, which the clause says."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _after_bracket(doc: Doc, index: int) -> int:
    """The index after a bracket that follows an amount ('$5m (€4.6m) in'), or that closes
    right after it ('(about $2.29 billion) in'); else ``index``."""
    if index < len(doc) and doc[index].text == ")":
        return index + 1
    if index < len(doc) and doc[index].text == "(":
        for token in doc[index + 1 : index + 12]:
            if token.text == ")":
                return token.i + 1
            if token.text in ("(", ";"):
                break
    return index


def _listed_object(worth: Token, before: Token) -> Token | None:
    """'recovered stolen valuables and cash worth over Rs 87 million': the parser may make
    'cash' a compound of 'worth', or a second object of the verb; the list opens with the
    object before it, which it is worth with the cash, unless that object is counted ('5
    guns and cash')."""
    misread = before.dep_ == "compound" and before.head == worth  # "cash worth" as one word
    if not (misread or (before.dep_ == "conj" and before.head.pos_ in VERBS)):
        return None
    doc = worth.doc
    if before.i < 2 or doc[before.i - 1].lower_ not in ("and", ","):
        return None
    first = doc[before.i - 2]  # "made off with jewellery and cash worth €340,000"
    if first.pos_ != "NOUN" or first.dep_ not in ("dobj", "pobj"):
        return None
    return None if any(c.dep_ == "nummod" for c in first.children) else first


def _with_rest_of_list(phrase: list[Token], span: Span) -> list[Token]:
    """'stolen valuables' + 'and cash' when 'worth' follows the cash: the uncounted nouns
    listed between the phrase and 'worth' are valued with it (the parser may have split
    them off)."""
    if not phrase:
        return phrase
    doc = span.doc
    worth = next((t.i for t in doc[phrase[-1].i + 1 : span.start] if t.lower_ == "worth"), None)
    rest = list(doc[phrase[-1].i + 1 : worth]) if worth is not None else []
    if not rest or rest[0].lower_ not in ("and", ",") or not _listed_noun(rest[-1]):
        return phrase
    listed = all(t.pos_ in ("ADJ", "CCONJ") or t.text == "," or _listed_noun(t) for t in rest)
    return [*phrase, *rest] if listed else phrase


def _listed_noun(token: Token) -> bool:
    """A noun of a list, or a plural the tagger took for a verb ('cars and bank accounts')."""
    return token.pos_ == "NOUN" or (token.tag_ == "VBZ" and token.dep_ == "conj")
