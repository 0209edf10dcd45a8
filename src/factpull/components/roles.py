"""``factpull_roles``: who and what each quantity is about, from the dependency parse.

For each mention found by ``factpull_quantities`` this component fills in:
- subject: the thing counted or measured ("criminal gangs", "assets", "types of crimes");
- change: "increase"/"decrease" when the number is itself a change ("dropped 86 percent");
- predicate and agent: the verb carrying the number and who acts ("officers" "busted");
- attribution: who states it ("the Ministry of Public Security" said);
- equivalent_of: a parenthetical conversion points at the amount it converts.
Pronoun subjects and agents ("They", "It") are flagged; the extractor resolves them against the
previous sentence, which this component cannot see.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components import subjects
from factpull.components.quantities import MENTIONS_ATTR
from factpull.mentions import Mention

TOPIC_ATTR = "factpull_topic"
SPEAKER_ATTR = "factpull_speaker"  # the sentence's attribution, carried by the Extractor
_DASHES = frozenset({"-", "–", "—", "--"})
_CLOSING = frozenset({".", "!", "?", '"', "”", "'"})
_VERBS = ("VERB", "AUX")
_NOMINALS = ("NOUN", "PROPN", "PRON")
_NOUNS = ("NOUN", "PROPN")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "case", "npadvmod", "advmod", "quantmod")
_LINKING_DEPS = ("compound", "amod", "nmod", "nummod", "quantmod", "npadvmod", "appos")
_OBJECT_DEPS = ("dobj", "attr", "npadvmod", "acomp", "oprd", "advmod", "nsubj", "nsubjpass",
                "conj", "appos", "dep", "ROOT", "pobj")  # fmt: skip
# Nouns whose "of" phrase is part of what is counted: "seven types of crimes".
_KEEP_OF = frozenset({
    "type", "kind", "sort", "form", "category", "class", "count", "piece", "item", "act",
    "incident", "instance", "case", "member", "bag", "packet", "bottle", "box", "bundle",
    "brick", "pill", "tablet", "dose", "round", "charge", "allegation", "victim", "offence",
    "offense", "crime", "source", "variety", "strain", "batch", "shipment", "consignment",
})  # fmt: skip
# Prepositions whose bare-noun object restricts the head: "rate for burglary".
_RESTRICTIVE_PREPOSITIONS = frozenset({"of", "for"})
# Words that take a part of what follows 'of': "most of the victims".
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "none", "few", "several", "each",
                          "both", "half", "part", "rest", "remainder", "bulk"})  # fmt: skip
_BRACKET_FILLERS = frozenset({"up", "down", "by", "about", "around", "nearly", "almost", "over",
                              "some", "more", "less", "than", "fewer", "at", "least"})  # fmt: skip
# Nouns that only hold an amount: "an average of $5m", "to the tune of", "in the region of".
_CONTAINERS = frozenset({"average", "maximum", "minimum", "median", "mean", "high", "low", "record",
                         "tune", "excess", "upwards", "region", "period"})  # fmt: skip
_PAYMENT_VERBS = frozenset({"pay", "spend", "invest", "charge", "bid", "offer", "owe", "waste",
                            "splash", "shell", "fork", "lavish"})  # fmt: skip
# Nouns that a rate ("66.4 per lakh population") measures as a whole: "the rate of X".
_RATE_NOUNS = frozenset({"rate", "ratio", "incidence"})
# Words that introduce a part of a counted whole: "97 arrests, including 14 for fraud".
_INCLUDING = frozenset({"including", "among"})
# Words after a duration that make it a time reference: "Two days later, police ...".
_TIME_ADVERBIAL = frozenset({"later", "ago", "earlier", "after", "before", "since", "on"})
# Verbs whose object is a level the subject reaches: "Losses hit $5m".
_LEVEL_VERBS = frozenset({"reach", "hit", "total", "top", "exceed", "surpass", "near"})
# Participles whose object measures the noun they describe: "ganja weighing 5 kg".
_MEASURING_VERBS = frozenset({"weigh", "measure", "hold", "total"})
_VALUE_WORDS = frozenset({"value", "valued", "worth", "price", "priced", "cost", "costing"})
_PARENTHETICAL_EQUIVALENT = re.compile(
    r"^\s*(?:\(|,\s*or|or)\s*(?:about|around|approximately|roughly|some|nearly|almost|~|≈)?\s*$",
    re.IGNORECASE,
)
# "60% of its market cap, or more than $30 billion": another measure of the same thing.
_RESTATEMENT = re.compile(
    r"^(?:\s+of\s+[^,;()]+)?\s*(?:\(|,\s*or|or)\s*"
    r"(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|approximately|"
    r"roughly|some|up\s+to|at\s+least)?\s*$",
    re.IGNORECASE,
)


# "fell to $5m, from $6m", "R$ 47m, against R$ 62m": the compared figure of the same thing.
_COMPARED = re.compile(
    r"^\s*,?\s*(?:up\s+|down\s+)?(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s*$",
    re.IGNORECASE,
)


@Language.factory(
    "factpull_roles",
    assigns=[f"doc._.{MENTIONS_ATTR}", f"doc._.{TOPIC_ATTR}", f"doc._.{SPEAKER_ATTR}"],
    requires=[f"doc._.{MENTIONS_ATTR}", "token.dep", "token.head", "token.pos"],
)
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()


class RoleFinder:
    def __init__(self) -> None:
        Doc.set_extension(TOPIC_ATTR, default=None, force=True)
        Doc.set_extension(SPEAKER_ATTR, default=None, force=True)
        self.lex = lexicon()
        change = self.lex.cues["change"]
        self.increase_verbs = frozenset(change["increase_verbs"])
        self.decrease_verbs = frozenset(change["decrease_verbs"])
        self.increase_nouns = frozenset(change["increase_nouns"])
        self.decrease_nouns = frozenset(change["decrease_nouns"])
        self.increase_comparatives = frozenset(change["increase_comparatives"])
        self.decrease_comparatives = frozenset(change["decrease_comparatives"])
        self.look_through = self.lex.words("look_through_nouns")
        self.change_nouns = self.increase_nouns | self.decrease_nouns
        self.deictic = self.lex.words("deictic_modifiers")
        self.vague = self.lex.words("vague_subject_words")
        self._figures: list[range] = []  # token spans of the current Doc's mentions

    def __call__(self, doc: Doc) -> Doc:
        mentions = [Mention.from_dict(d) for d in doc._.get(MENTIONS_ATTR) or []]
        attribution = self._attribution(doc)
        # Other figures never belong to a subject: "a 5 per cent penalty of $52,000" -> penalty.
        self._figures = [range(m.unit_token_start, m.unit_token_end) for m in mentions]
        for mention in mentions:
            self._annotate(doc, mention, attribution)
        self._link_equivalents(doc, mentions)
        doc._.set(MENTIONS_ATTR, [m.to_dict() for m in mentions])
        doc._.set(TOPIC_ATTR, self._topic(doc))
        doc._.set(SPEAKER_ATTR, attribution[1] if attribution is not None else None)
        return doc

    # -- per mention ---------------------------------------------------------------------------
    def _annotate(self, doc: Doc, mention: Mention, attribution: tuple[Span, str] | None) -> None:
        span = doc[mention.unit_token_start : mention.unit_token_end]
        anchor = self._anchor(span)
        # the subject rules read the change
        mention.change = self._change(mention, span, self._range_start(span, anchor))
        subject = self._subject(mention, span, anchor)
        if subject is not None:
            mention.subject = _phrase_text(subject)
            mention.subject_is_pronoun = self._is_vague(subject)
        if mention.qualifier is None and self._estimated(anchor):
            mention.qualifier = "about"
        verb, agent = self._passive_modifier(subject)
        verb = verb or self._governing_verb(anchor)
        if verb is not None:
            mention.predicate = verb.text
            agent = agent or self._agent(verb)
            if agent and not _overlaps(agent, subject) and not _overlaps(agent, list(span)):
                mention.agent = _phrase_text(agent)
                mention.agent_is_pronoun = self._is_vague(agent)
        if attribution is not None and not (
            attribution[0].start <= span.start < attribution[0].end
        ):
            mention.attribution = attribution[1]

    def _passive_modifier(
        self, subject: list[Token] | None
    ) -> tuple[Token | None, list[Token] | None]:
        """'17 suspects arrested by police': the participle and its agent, when the subject
        carries its own passive clause."""
        heads = [t for t in subject or [] if t.head not in subject or t.head == t]
        found = subjects.passive_agent(heads[0]) if heads else None
        if found is None:
            return None, None
        return found[1], self._noun_phrase(found[0], None)

    def _anchor(self, span: Span) -> Token:
        """The mention token that links it to the sentence: the root of its span, preferring
        the number over a determiner that also points outside ("a million households")."""
        outward = [t for t in span if not span.start <= t.head.i < span.end]
        numeric = [t for t in outward if t.pos_ == "NUM" or t.dep_ in ("nummod", "quantmod")]
        if len(outward) > 1 and numeric:
            return numeric[-1]
        return span.root

    @staticmethod
    def _range_start(span: Span, anchor: Token) -> Token:
        """'raised rates ... to a range of 5.25% to 5.5%': the parser may hang the range's
        'to' on the verb; the range's first figure carries the change relation."""
        if anchor.pos_ not in ("ADP", "CCONJ"):
            return anchor
        outward = [t for t in span if not span.start <= t.head.i < span.end]
        figures = [t for t in outward if t.i < anchor.i and t.pos_ not in ("PUNCT", "SYM")]
        return figures[0] if figures else anchor

    # -- subject -------------------------------------------------------------------------------
    def _subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """The first rule that finds a noun wins; the order goes from the most direct link."""
        rules = (
            self._appositive_age,  # "The pilot, 52,"
            self._age_in_apposition,  # "The main accused, a 29-year-old from Jaipur"
            self._row_label,  # "- Carjacking: 5,973", "Murder    12    15    -20.0%"
            self._line_label,  # "Clearance rate, violent offences: 61.3%"
            self._modified_noun,  # "1,759 criminal gangs", "a $7.5 million fine"
            self._property_after,  # "(1.5mm internal diameter)"
            self._of_phrase,  # "29.95 billion yuan of assets", "17 of the suspects"
            self._measuring_participle,  # "ganja weighing 1,250 kg", "accounts holding $5m"
            self._label,  # "Total cost: $72,370"
            self._bracketed_after_noun,  # "violence (down 22%)"
            self._signed_label,  # "Burglary -4.2%, robbery +1.5%"
            self._aged_noun,  # "children aged 10 to 15"
            self._duration_in,  # "33 years in prison"
            self._valued_thing,  # "narcotics ... valued at $393,000"
            self._amount_in,  # "$1.2 million in cash"
            self._noun_before_qualifier,  # "stolen goods in excess of £2m"
            self._price_of,  # "sold the house for $500,000", "raised the bail to $1m"
            self._paid_for,  # "paid $35,000 for a car"
            self._of_holder,  # "a fine of $5,000", "the seizure of Rs 22 crore"
            self._copula_subject,  # "Global debt was $113 trillion"
            self._level_reached,  # "Losses reached $2.5 billion"
            self._elided_noun,  # "435 suspects in May and 187 in June"
        )
        for rule in rules:
            found = rule(mention, span, anchor)
            if found is not None:
                return found
        if mention.kind in ("money", "weight"):
            return None  # "seized $5m": the amount itself is what was seized
        return self._misread_compound(span) or self._clause_subject(mention, span, anchor)

    def _modified_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        doc = span.doc
        outward = [anchor] + [t for t in span if not span.start <= t.head.i < span.end]
        for token in outward:
            head = token.head
            after = span.end <= head.i < span.end + 5 and not _has_break(doc, span.end - 1, head.i)
            if _period_adverbial(head):
                continue  # "down 6.2% year to date": when it changed, not what changed
            if token.dep_ in _LINKING_DEPS and head.pos_ in _NOMINALS and after:
                return self._counted_phrase(_agreeing_head(head, mention), span, mention.kind)
        if anchor.dep_ == "nummod" and anchor.head.pos_ in _NOMINALS and anchor.head.i >= span.end:
            head = _agreeing_head(anchor.head, mention)
            return self._counted_phrase(head, span, mention.kind)
        root = span.root
        if root.dep_ == "poss" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
            return self._noun_phrase(root.head, span)  # "14 days' judicial custody"
        return None

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
            head = self._phrase_head(doc, index + 1)
            return self._noun_phrase(head, span) if head is not None else None
        return None

    def _bracketed_after_noun(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in _BRACKET_FILLERS:
            index -= 1
        if index < 1 or doc[index].text != "(":
            return None
        noun = doc[index - 1]
        if noun.like_num:  # "Sexual offences: 3,870 (up 4.1%)": the count's label
            return subjects.label_tokens(doc[noun.i : noun.i + 1])
        if noun.pos_ not in ("NOUN", "PROPN") or self._is_unit_word(noun):
            return None
        if any(noun.i in figure for figure in self._figures):
            return None  # "$US17,246,208 ($A25,474,373)": a conversion, not a noun's figure
        return self._noun_phrase(noun, span)

    def _aged_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if mention.kind != "age" or span.start == 0:
            return None
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in ("between", "from", "of", "ranging"):
            index -= 1
        cue = doc[index]
        if (
            cue.lower_ in ("aged", "ages", "age")
            and cue.head.pos_ in _NOMINALS
            and cue.head.i < cue.i
        ):
            return self._noun_phrase(cue.head, span)
        return None

    def _duration_in(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        doc, index = span.doc, span.end
        if mention.kind != "duration" or index + 1 >= len(doc) or doc[index].lower_ != "in":
            return None
        head = self._phrase_head(doc, index + 1)
        return [head] if head is not None and head.pos_ == "NOUN" else None

    def _valued_thing(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """The thing an amount is the value of: 'X valued at $5m', 'X that have a value of $5m',
        'heroin worth more than £1.2 million'."""
        if mention.kind != "money":
            return None
        worth = self._worth_before(span)
        if worth is not None:
            return self._noun_phrase(worth, span)
        if anchor.dep_ != "pobj":
            return None
        holder = anchor.head.head  # the word the "at"/"of" phrase hangs on
        if holder.lemma_.lower() not in _VALUE_WORDS:
            return None
        if holder.pos_ in _NOMINALS and holder.dep_ == "pobj" and holder.head.lower_ == "with":
            owner = holder.head.head  # "1,500 pounds of meth with a street value of $4.5m"
            if owner.pos_ in _VERBS:
                objects = [c for c in owner.children if c.dep_ == "dobj"]
                owner = objects[0] if objects else owner
            if owner.pos_ in _NOMINALS:
                inner = self._of_object(owner) if self._is_unit_word(owner) else None
                return self._noun_phrase(inner or owner, span)
        if holder.pos_ in _NOMINALS:
            verb = self._governing_verb(holder)
            if verb is None:
                return None
            if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOMINALS:
                return self._noun_phrase(verb.head, span)
            subject = self._subject_of(verb)
            return self._noun_phrase(subject, span) if subject is not None else None
        if holder.dep_ in ("acl", "amod", "relcl") and holder.head.pos_ in _NOMINALS:
            return self._noun_phrase(holder.head, span, with_conjuncts=True)
        return None

    def _measuring_participle(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        if mention.kind == "count":
            return None
        owner = self._participle_owner(anchor)
        if owner is not None and _misread_plural(owner):
            return [owner]  # its left words were misparsed with it: the noun alone
        return self._noun_phrase(owner, span) if owner is not None else None

    @staticmethod
    def _participle_owner(measure: Token) -> Token | None:
        """'ganja weighing 1,250 kg', 'accounts holding MXN 45 million': the amount is the
        object of a participle describing a noun, and measures that noun."""
        verb = measure.head
        if measure.dep_ != "dobj" or verb.lemma_.lower() not in _MEASURING_VERBS:
            return None
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "acl" and _misread_plural(verb.head):
            return verb.head  # "froze accounts holding $5m": 'accounts' tagged a verb
        if verb.tag_ == "VBG":  # the parser may make the noun the participle's subject
            owners = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
            return owners[0] if owners else None
        return None

    def _worth_before(self, span: Span) -> Token | None:
        """The noun before 'worth' in 'heroin worth (more than) £1.2 million'."""
        doc, index = span.doc, span.start - 1
        while index > 0 and doc[index].lower_ in _BRACKET_FILLERS | {"an", "estimated"}:
            index -= 1
        if index < 1 or doc[index].lower_ != "worth":
            return None
        worth = doc[index]
        owner = worth.head if worth.head.pos_ in ("NOUN", "PROPN") else doc[index - 1]
        if worth.head.lemma_ in ("be", "become", "remain"):  # "the drugs were worth $12m"
            subjects = [c for c in worth.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            owner = subjects[0] if subjects else owner
        if self._is_unit_word(owner):  # "5 kg of heroin worth", "ganja weighing 5 kg worth"
            owner = self._of_object(owner) or self._participle_owner(owner) or owner
        while owner.dep_ == "conj" and owner.head.pos_ in ("NOUN", "PROPN"):
            owner = owner.head  # "cash, liquor and drugs worth ...": the whole list
        return owner if owner.pos_ in ("NOUN", "PROPN") else None

    @staticmethod
    def _estimated(anchor: Token) -> bool:
        """'an estimated street value of $393,000', 'estimated at $5m': an approximate amount."""
        if anchor.dep_ != "pobj":
            return False
        holder = anchor.head.head
        words = {holder.lower_} | {
            c.lower_ for c in holder.children if c.dep_ in ("amod", "advmod")
        }
        return bool(words & {"estimated", "approximate", "approximated", "estimate"})

    def _amount_in(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'$1.2 million in cash', '$2 billion in losses': what the amount is made of."""
        doc, index = span.doc, span.end
        if mention.kind not in ("money", "weight") or index + 1 >= len(doc):
            return None
        if doc[index].lower_ != "in":
            return None
        head = self._phrase_head(doc, index + 1)
        if head is None or head.pos_ != "NOUN":
            return None
        return self._noun_phrase(head, span)

    def _price_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'bought the house for $500,000', 'the drugs were sold for $6': what was paid for;
        'raised the bail to $1m', 'cut prices by 5%': what the amount applies to."""
        if mention.kind == "count":
            return None
        if mention.kind == "money" and anchor.dep_ == "pobj" and anchor.head.lower_ == "for":
            verb = anchor.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PRON"]
            if verb.pos_ in _VERBS and objects:
                return [objects[0]]  # "bought it for $5": the extractor resolves 'it'
        preps = ("for", "to", "by", "at") if mention.kind == "money" else ("to", "by")
        found = subjects.verb_object(anchor, span, preps)
        if found is None:
            return self._level_of(mention, span, anchor)
        if self._is_unit_word(found):  # "sold 5 kg of heroin for $50,000"
            inner = self._of_object(found)
            return self._noun_phrase(inner, span) if inner is not None else None
        return self._noun_phrase(found, span)

    def _level_of(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Shares closed at $3.23', 'Losses rose to $5m': a level the clause's subject
        reaches (a verb with no object; 'seized $5m' keeps no subject)."""
        prep = anchor.head
        if mention.kind != "money" or anchor.dep_ != "pobj" or prep.lower_ not in ("at", "to"):
            return None
        verb = prep.head
        if verb.pos_ not in _VERBS or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or self._is_vague([subject]):
            return None
        return self._noun_phrase(subject, span)

    def _paid_for(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if mention.kind != "money":
            return None
        found = subjects.paid_for(anchor, span, _PAYMENT_VERBS)
        return self._noun_phrase(found, span) if found is not None else None

    def _row_label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        return subjects.row_label(span)

    def _line_label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        if self._headline_source(span.doc) or self._headline_person(span.doc):
            return None
        return subjects.line_label(span, self._figures)

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

    def _label(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Total cost: $72,370', 'Arrests: 1,200'; not a headline's source ('SAPS: 6,945')."""
        if self._headline_source(span.doc) or self._headline_person(span.doc):
            return None
        tokens = [t for t in subjects.label_tokens(span) or [] if t.lower_ not in self.deictic]
        return tokens or None

    def _of_holder(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'a fine of $5,000', 'a speed of 15 mph', 'the seizure of Rs 22 crore'. Containers
        ('a total of $5m') and changes ('a drop of 5%') name nothing themselves."""
        if mention.kind == "count":
            return None
        holder = subjects.of_holder(anchor, span)
        if holder is None or self._is_unit_word(holder):
            return None
        key = _noun_key(holder)
        if key & self.change_nouns:
            inner = self._prep_object(holder, ("in",))  # "an increase of 5% in burglaries"
            if inner is None and _bare_measure(holder):
                return self._noun_phrase(holder, span)  # "expect growth of 5-10%"
            return self._noun_phrase(inner, span) if inner is not None else None
        if key & (self.look_through | _CONTAINERS):
            return None
        return self._noun_phrase(holder, span)

    def _elided_noun(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'arrested 435 suspects in May and 187 in June': a bare number listed after a
        counted noun counts the same noun."""
        if mention.kind != "count" or anchor.pos_ != "NUM":
            return None
        if anchor.dep_ == "pobj" and anchor.head.lower_ in _INCLUDING:
            return self._included_in(anchor.head, span)
        if anchor.dep_ != "conj":
            return None
        head = anchor.head
        if head.dep_ == "nummod" and head.head.pos_ == "NOUN":
            return self._noun_phrase(head.head, span)
        if head.pos_ not in _VERBS:
            return None
        for child in head.children:
            counted = child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i < anchor.i
            if counted and any(c.dep_ == "nummod" and c.like_num for c in child.children):
                return self._noun_phrase(child, span)
        return None

    def _included_in(self, including: Token, span: Span) -> list[Token] | None:
        """'made 97 arrests, including 14 for weapons offenses': a bare number introduced by
        'including' is a part of the counted noun it follows."""
        holder = including.head
        if holder.pos_ in _VERBS:
            counted = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")
                       and c.pos_ == "NOUN" and c.i < including.i]  # fmt: skip
            holder = counted[-1] if counted else holder
        if holder.pos_ != "NOUN" or self._is_unit_word(holder):
            return None
        return self._noun_phrase(holder, span)

    def _copula_subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The street value was $5m', 'Global debt is about $113 trillion'."""
        head = anchor.head
        if anchor.dep_ != "attr" or head.lemma_.lower() != "be":
            return None
        if self._subject_of(head) is None:
            fused = _fused_subject(head)
            if fused is not None:
                return fused
        return self._clause_subject(mention, span, anchor)

    def _noun_before_qualifier(
        self, mention: Mention, span: Span, anchor: Token
    ) -> list[Token] | None:
        """'stolen goods in excess of £2m', 'cash to the tune of $5m': a qualifier phrase
        written between a noun and its amount leaves the noun as what is measured."""
        prep = anchor.head
        container = prep.head
        if anchor.dep_ != "pobj" or prep.lower_ != "of" or container.lower_ not in _CONTAINERS:
            return None
        if container.dep_ != "pobj":
            return None
        start = min(t.i for t in container.head.subtree)  # "in" of "in excess of"
        noun = span.doc[start - 1] if start > 0 else None
        if noun is None or noun.pos_ != "NOUN" or self._is_unit_word(noun) or noun.like_num:
            return None
        return self._noun_phrase(noun, span)

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

    def _level_reached(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'Losses reached $2.5 billion', 'Production hit a record 2,757 tons': the amount is
        a level of the clause's subject, not something the subject acts on."""
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "weighed 56kg and 1.2kg": both measure the subject
        holder = anchor.head.head
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and holder.lower_ in _CONTAINERS:
            anchor = holder  # "hit a record of 2,700 tons": the level of the subject
        verb = anchor.head
        if anchor.dep_ != "dobj" or verb.lemma_.lower() not in _LEVEL_VERBS | _MEASURING_VERBS:
            return None
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or self._is_vague([subject]):
            return None
        if _noun_key(subject) & self.look_through:
            subject = self._of_object(subject) or subject  # "the number of thefts hit 5,000"
        return self._noun_phrase(subject, span)

    def _amount_at(self, token: Token) -> bool:
        """Is ``token`` part of a figure that stands alone ('₹2.5 crore'), rather than a
        number counting the noun after it ('the 1,100 people')?"""
        for figure in self._figures:
            if token.i in figure:
                counting = token.dep_ in _LINKING_DEPS and token.head.i not in figure
                return not (counting and token.head.pos_ in _NOMINALS)
        return False

    def _phrase_head(self, doc: Doc, start: int) -> Token | None:
        """Head noun of the noun phrase that starts at token ``start``."""
        for token in doc[start : min(start + 8, len(doc))]:
            if self._amount_at(token):
                return None  # "5 kg worth ₹2.5 crore": another amount, not a noun phrase
            if token.tag_ == "PRP$" or token.dep_ == "poss" or token.tag_ == "POS":
                continue  # "60% of its market cap", "two of Johnson's deputies": no head
            stacked = token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i
            if token.pos_ in _NOMINALS and stacked and token.head.pos_ in _NOUNS:
                continue  # "the adult female population": 'adult' modifies the head
            if token.pos_ in _NOMINALS and token.head.i != token.i + 1:
                return token
            if token.pos_ in _NOMINALS and token.head.pos_ not in _NOMINALS:
                return token
            if token.pos_ == "ADJ" and token.dep_ == "pobj":
                return token  # "1.2 kilograms of fentanyl, ...": a noun the tagger took as ADJ
            if token.pos_ == "VERB" and token.dep_ == "amod":
                continue  # "two-thirds of the seized weapons"
            if token.pos_ == "CCONJ" and token.i > start and token.nbor(-1).pos_ == "ADJ":
                continue  # "in criminal and civil settlements"
            if token.pos_ in ("VERB", "ADP", "PUNCT", "CCONJ", "SCONJ"):
                return None
        return None

    def _counted_phrase(self, head: Token, exclude: Span, kind: str) -> list[Token] | None:
        """The noun a number modifies: '1,759 criminal gangs', 'seven types of crimes',
        'one count of wire fraud'; a share looks through ('a 12% share of the market')."""
        key = _noun_key(head)
        if head.lower_ == "worth":  # "C$1.5 million worth of stolen vehicles"
            inner = self._of_object(head)
            return self._noun_phrase(inner, exclude) if inner is not None else None
        if key & self.change_nouns:
            inner = self._prep_object(head, ("in", "of"))  # "a 5% increase in burglaries"
            named = inner is not None and inner.pos_ in ("NOUN", "PROPN") and not inner.like_num
            return self._noun_phrase(inner, exclude) if named else None  # type: ignore[arg-type]
        if kind != "count" and key & self.look_through:
            inner = self._of_object(head)
            if inner is not None:
                return self._noun_phrase(inner, exclude)
        keep_of = bool(key & (_KEEP_OF | self.look_through))
        phrase = self._noun_phrase(head, exclude, keep_of=keep_of)
        phrase += _with_term(head) + _defining_clause(head)
        # What stands before the number ("An estimated 8,000 people") is not what is counted.
        return [t for t in phrase if t.i >= exclude.end] or [head]

    def _clause_subject(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """Percentages, levels and ages with no noun of their own: the clause's subject."""
        verb = self._governing_verb(anchor)
        if verb is None or self._time_reference(mention, span):
            return None
        misread = _misread_auxiliary(verb)
        if misread is not None:
            return misread  # "Mexico homicides fall 5%": the plural noun was tagged 'aux'
        subject = self._subject_of(verb)
        if mention.kind == "percent" and mention.change is not None:
            # "Police recorded 3.7 million offences, a decrease of 2%": the offences changed;
            # in "Burglaries saw a 3% drop" the object is the change itself.
            changed = subjects.direct_object(verb, span)
            level = changed is not None and any(changed.i in r for r in self._figures)
            if changed is not None and not level and not _noun_key(changed) & self.change_nouns:
                subject = changed  # not "reached 2,757 tons, up 20%": the tons are a level
        if subject is not None and self._is_vague([subject]) and self._acts_on(mention, anchor):
            # "It will boost the range by 35 miles", "we cooked each sample for 3 min"
            subject = subjects.direct_object(verb, span) or subject
        antecedent = _partitive_antecedent(verb)
        inside = subject is not None and span.start <= subject.i < span.end
        if antecedent is not None and inside:
            return self._noun_phrase(antecedent, span)  # "640 people, of which 52% were women"
        if self._duration_actor(mention, anchor, verb, subject):
            return None  # "Police held the gang for three months": not how long police lasted
        if subject is None or any(subject.i in r for r in self._figures):
            return None  # the figure itself, or another one ("Two-thirds of 4.3M sales came")
        if subject.dep_ == "expl":
            subject = self._existential_noun(subject.head)
            if subject is None:
                return None
        if mention.kind == "rate" and _noun_key(subject) & _RATE_NOUNS:
            return self._noun_phrase(subject, span, keep_of=True)  # "rate of crime against women"
        if _noun_key(subject) & (self.look_through | _QUANTIFIERS):
            inner = self._of_object(subject)  # "Most of the victims were aged 18 to 24"
            if inner is not None:
                return self._noun_phrase(inner, span)
        return self._noun_phrase(subject, span)

    def _duration_actor(
        self, mention: Mention, anchor: Token, verb: Token, subject: Token | None
    ) -> bool:
        """'Officers detained the suspects for two weeks', 'The judge jailed him for 14 days':
        a 'for' duration measures the act, not the one acting. A subject that is no actor
        keeps it ('The trial ran for three weeks')."""
        if mention.kind != "duration" or subject is None or subject.dep_ != "nsubj":
            return False
        if anchor.dep_ != "pobj" or anchor.head.lower_ != "for" or self._is_vague([subject]):
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

    def _appositive_age(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The pilot, 52, was detained': a bare number set off by commas after a person."""
        if mention.kind != "count" or mention.value_high is not None or span.start < 2:
            return None
        if not (1 <= mention.value <= 110 and float(mention.value).is_integer()):
            return None
        doc = span.doc
        before, after = doc[span.start - 2], doc[span.end] if span.end < len(doc) else None
        if doc[span.start - 1].text != "," or after is None or after.text not in (",", ")"):
            return None
        if before.pos_ in ("NOUN", "PROPN"):
            mention.kind, mention.unit = "age", "year"
            return self._noun_phrase(before, span)
        return None

    def _age_in_apposition(self, mention: Mention, span: Span, anchor: Token) -> list[Token] | None:
        """'The main accused, a 29-year-old from Jaipur, was ...': an age standing alone in
        apposition describes the phrase it follows. That phrase fills a noun's slot even when
        its head is tagged a verb ('accused')."""
        head = anchor.head
        if mention.kind != "age" or anchor.dep_ != "appos" or head.i >= span.start:
            return None
        nominal = head.pos_ in _NOUNS or head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if not nominal or head.pos_ == "PRON":
            return None
        return self._noun_phrase(head, span)

    def _existential_noun(self, verb: Token) -> Token | None:
        """'there were 7.5 million crimes' -> 'crimes'."""
        for child in verb.children:
            if child.dep_ in ("attr", "nsubj", "dobj") and child.pos_ in _NOMINALS:
                return child
        return None

    def _is_unit_word(self, token: Token) -> bool:
        word = token.lower_
        return word in self.lex.unit_surfaces or word in self.lex.currency_words

    # -- change --------------------------------------------------------------------------------
    def _change(self, mention: Mention, span: Span, anchor: Token) -> str | None:
        if mention.kind == "ordinal":
            return None  # "the second straight decline": a rank among changes, not a change
        if mention.sign is not None and mention.kind == "percent":
            return "increase" if mention.sign == "+" else "decrease"  # "FTSE -0.6%"
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ == "up" and before.head.lemma_.lower() == "make":
            return None  # "Women make up 12% of ...": a share, not a change
        if before is not None and before.lower_ in ("up", "down"):
            return "increase" if before.lower_ == "up" else "decrease"  # "up 12%", "went down 3%"
        link = anchor
        while link.dep_ in ("conj", "appos") and link.head.i != link.i:
            link = link.head  # "lost 190 points, or 0.6%": the restatement shares the relation
        if link.dep_ == "nummod" and link.head.pos_ in _NOMINALS:
            link = link.head  # "an increase of 675 cases": the counted noun carries the relation
        if link.dep_ == "compound" and _period_adverbial(link.head):
            link = link.head  # "rose 4% year on year": the period phrase carries the relation
        head = link.head
        if link.dep_ == "pobj" and head.lower_ == "by":
            link, head = head, head.head
        lemma = head.lemma_.lower()
        if head.pos_ in _VERBS and link.dep_ in ("dobj", "npadvmod", "prep", "advmod", "attr"):
            return self._direction(lemma, self.increase_verbs, self.decrease_verbs)
        if head.pos_ == "NOUN" and link.dep_ in ("compound", "amod", "nmod", "nummod"):
            return self._direction(lemma, self.increase_nouns, self.decrease_nouns)
        if link.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            noun = head.head.lemma_.lower()
            return self._direction(noun, self.increase_nouns, self.decrease_nouns)
        if link.dep_ == "npadvmod" and head.tag_ in ("JJR", "RBR"):
            word = head.lower_
            return self._direction(word, self.increase_comparatives, self.decrease_comparatives)
        return None

    @staticmethod
    def _direction(word: str, up: frozenset[str], down: frozenset[str]) -> str | None:
        if word in up:
            return "increase"
        if word in down:
            return "decrease"
        return None

    # -- predicate, agent, attribution ---------------------------------------------------------
    def _governing_verb(self, token: Token) -> Token | None:
        for _ in range(12):
            if token.pos_ in _VERBS and token.dep_ != "amod":
                return token
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _subject_of(self, verb: Token) -> Token | None:
        for _ in range(4):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                    return self._antecedent(child, verb)
            climbable = ("conj", "xcomp", "advcl", "acl", "relcl", "prep", "pcomp")
            if verb.dep_ in climbable and verb.head.pos_ in _VERBS:  # "..., following a 5% rise"
                verb = verb.head
            elif verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOMINALS:
                return verb.head
            else:
                return None
        return None

    @staticmethod
    def _antecedent(subject: Token, verb: Token) -> Token:
        """'Ford, which has 13,000 workers': the relative pronoun stands for 'Ford';
        'Police said they arrested 17 suspects': the pronoun stands for the speaker."""
        relative = subject.tag_ in ("WDT", "WP") or subject.lower_ == "that"
        if relative and verb.dep_ == "relcl" and verb.head.pos_ in _NOMINALS:
            return verb.head
        return subjects.reported_speaker(subject, verb) or subject

    def _agent(self, verb: Token) -> list[Token] | None:
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return self._noun_phrase(objects[0], None) if objects else None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        if verb.dep_ == "xcomp" and verb.head.pos_ in _VERBS:
            objects = [c for c in verb.head.children if c.dep_ == "dobj" and not self._numbered(c)]
            if objects:  # "ordered the firm to pay $5m"; not "gained 1% to close at 1,478"
                return self._noun_phrase(objects[0], None)
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or _noun_key(subject) & self.look_through:
            return None  # "the number of X has dropped": X is measured, nobody acts
        return self._noun_phrase(subject, None)

    def _numbered(self, noun: Token) -> bool:
        """A number or a unit with its number ('1%', '200 days'): a quantity, not an actor."""
        return (noun.like_num or self._is_unit_word(noun) or noun.text == "%"
                or any(c.dep_ == "nummod" for c in noun.children))  # fmt: skip

    def _attribution(self, doc: Doc) -> tuple[Span, str] | None:
        """Who states the sentence's numbers: 'X said', 'according to X', 'figures from X show'."""
        source = self._headline_source(doc) or self._headline_person(doc)
        if source is not None:
            return source, source.text
        according = doc.text.lower().find("according to")
        if according >= 0:
            cue = doc.char_span(according, according + len("according to"))
            objects = [c for c in cue[-1].children if c.dep_ == "pobj"] if cue is not None else []
            if objects:
                return self._source(objects[0])
        reporting = self.lex.words("reporting_verbs")
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() not in reporting:
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ in ("conj", "advcl"):
                # "X commended the officers and said ...", "X disputed it, saying ..."
                shared = self._subject_of(token)
                subjects = [shared] if shared is not None and shared.pos_ in _NOUNS else []
            if not subjects:
                continue
            shows = token.lemma_.lower() in ("show", "indicate", "find", "record", "publish")
            sources = self.lex.words("attribution_sources_for_show")
            if shows and not _noun_key(subjects[0]) & sources:
                continue
            return self._source(subjects[0])
        return None

    def _headline_source(self, doc: Doc) -> Span | None:
        """'SAPS: 6,945 murdered between July and September': in a headline (no closing
        punctuation), an acronym before a colon names who publishes the figures."""
        if len(doc) < 3 or doc[1].text != ":" or doc[-1].text in _CLOSING:
            return None
        label = doc[0]
        acronym = label.is_upper and label.is_alpha and 2 <= len(label.text) <= 5
        return doc[0:1] if acronym and not self._is_unit_word(label) else None

    @staticmethod
    def _headline_person(doc: Doc) -> Span | None:
        """'Maria Lopez: Prosecutors Recovered $12 Million': in a headline, a two- or
        three-word name before a colon, followed by a clause, is who says it. A label line
        ('Murder Rate: 5.1') has no verb after its colon."""
        colon = next((t.i for t in doc[:4] if t.text == ":"), None)
        if colon not in (2, 3) or doc[-1].text in _CLOSING:
            return None
        name = doc[:colon]
        if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name):
            return None
        return name if any(t.pos_ == "VERB" for t in doc[colon + 1 :]) else None

    def _source(self, head: Token) -> tuple[Span, str]:
        """The speaker's name: the full noun phrase without appositions or relative clauses.
        For 'figures from the Home Office show', the source is the Home Office."""
        if _noun_key(head) & self.lex.words("attribution_sources_for_show"):
            publisher = self._publisher(head)
            if publisher is not None:
                head = publisher
        head = _after_dateline(head)
        tokens = [
            t for t in head.subtree if not _inside(t, head, ("appos", "relcl", "acl", "punct"))
        ]
        span = head.doc[tokens[0].i : tokens[-1].i + 1]
        named = _named_appositive(head) or self._data_owner(head)
        return span, _phrase_text(named or tokens)

    def _data_owner(self, data_word: Token) -> list[Token] | None:
        """'SESNSP data', 'Scotland Yard figures', "the Home Office's statistics": the name
        that owns the data states it. A common-noun owner ('crime figures') names nobody."""
        if not _noun_key(data_word) & self.lex.words("attribution_sources_for_show"):
            return None
        if data_word.pos_ == "PROPN":
            return None  # "the World Drug Report 2024": the report's own name, whole
        owners = [c for c in data_word.lefts if c.dep_ in ("compound", "poss")]
        named = [c for c in owners if c.dep_ == "poss" and c.pos_ == "PROPN"]
        owners = named or owners  # "the Police Service's 2023 crime report": the owner
        if not owners or not any(t.pos_ == "PROPN" for c in owners for t in c.subtree):
            return None
        tokens = [t for c in owners for t in c.subtree if t.tag_ != "POS"]
        return sorted(tokens, key=lambda t: t.i)

    @staticmethod
    def _publisher(data_word: Token) -> Token | None:
        for prep in data_word.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        return obj
        return None

    def _topic(self, doc: Doc) -> list[dict[str, object]]:
        """Antecedents for 'They'/'It' in the next sentence: the main clause's subject, then
        its objects, each with its grammatical number so that a pronoun takes one that agrees
        ('Police raided a warehouse. It held 12 guns': 'It' is the warehouse)."""
        roots = [sent.root for sent in doc.sents]
        reporting = self.lex.words("reporting_verbs")
        clauses = [c for r in roots if r.lemma_.lower() in reporting for c in r.children
                   if c.dep_ in ("ccomp", "parataxis") and c.pos_ in _VERBS]  # fmt: skip
        for root in clauses + roots:
            subject = self._subject_of(root) if root.pos_ in _VERBS else None
            if subject is not None and subject.dep_ == "expl":
                subject = self._existential_noun(subject.head)
            if subject is not None and not self._is_vague([subject]):
                objects = [c for c in root.children if c.dep_ == "dobj" and c.pos_ in _NOUNS
                           and not (self._is_unit_word(c) or c.text == "%")]  # fmt: skip
                return [_antecedent_record(self._noun_phrase(t, None), t)
                        for t in [subject, *objects]]  # fmt: skip
        return []

    # -- equivalents ---------------------------------------------------------------------------
    def _link_equivalents(self, doc: Doc, mentions: list[Mention]) -> None:
        """'29.95 billion yuan ($4.58 billion)': the second restates the first."""
        text = doc.text  # joined from the tokens on each access
        for index, (first, second) in enumerate(itertools.pairwise(mentions)):
            between = text[first.end : second.start]
            if second.subject is None and first.kind == second.kind and _COMPARED.match(between):
                second.subject = first.subject  # "fell to $5m, from $6m": the same measure
                second.subject_is_pronoun = first.subject_is_pronoun
            if first.kind != second.kind:
                restated = _RESTATEMENT.match(between) and not first.subject_is_pronoun
                if second.subject is None and restated:
                    second.subject = first.subject  # "60% of its market cap, or $30 billion"
                    second.subject_is_pronoun = first.subject_is_pronoun
                continue
            if not _PARENTHETICAL_EQUIVALENT.match(between):
                continue
            second.equivalent_of = index
            if first.subject is not None:
                second.subject = first.subject  # a conversion restates the same amount
                second.subject_is_pronoun = first.subject_is_pronoun
            else:
                first.subject = second.subject
            if second.change is None:
                second.change = first.change

    # -- noun phrases --------------------------------------------------------------------------
    def _of_object(self, noun: Token) -> Token | None:
        return self._prep_object(noun, ("of",))

    @staticmethod
    def _prep_object(noun: Token, prepositions: tuple[str, ...]) -> Token | None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in prepositions:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        return None

    def _noun_phrase(
        self, head: Token, exclude: Span | None, keep_of: bool = False,
        with_conjuncts: bool = False, category: bool = False,
    ) -> list[Token]:  # fmt: skip
        """``head`` with its left modifiers (no determiners), plus 'of X' where it belongs.
        ``category``: the head names what a container holds ('cases of crime against women')."""
        excluded = set(range(exclude.start, exclude.end)) if exclude is not None else set()
        excluded.update(i for r in self._figures if head.i not in r for i in r)
        tokens = [head]
        if with_conjuncts:  # "Crystal Meth, Marijuana": both are what is valued
            for child in head.lefts:
                if child.dep_ == "compound" and any(c.dep_ == "conj" for c in child.children):
                    tokens.extend(child.subtree)
        for child in head.lefts:
            if child.dep_ in _MODIFIER_DEPS and child.i not in excluded and not _perfect(child):
                tokens.extend(t for t in child.subtree if t.i not in excluded)
        inner = self._of_object(head)
        if head.pos_ == "PROPN" and inner is not None and inner.pos_ == "PROPN":
            keep_of = True  # "Ministry of Public Security" is one name
        if keep_of and inner is not None:
            tokens.append(inner.head)
            tokens.extend(self._noun_phrase(inner, exclude, category=True))
        else:
            tokens.extend(self._restrictive_modifier(head, exclude, excluded, category))
        tokens.extend(self._listed_with(head, excluded, exclude))
        tokens = sorted(set(tokens), key=lambda t: t.i)
        tokens = [t for t in tokens if t.i >= head.i or not _has_break(head.doc, t.i, head.i)]
        # "An estimated 1,230,100 persons", "a record 2,757 tons": what stands before another
        # figure qualifies that figure, not the noun.
        before = [i for i in excluded if tokens[0].i <= i < head.i] if tokens else []
        if before:
            tokens = [t for t in tokens if t.i > max(before)]
        while tokens and (
            tokens[0].lower_ in self.deictic or tokens[0].is_punct or tokens[0].tag_ == "PRP$"
        ):
            tokens.pop(0)  # "its market cap" -> "market cap"
        tokens = [t for t in tokens if t.lower_ not in ("such", "worth")]
        return tokens or [head]

    def _restrictive_modifier(
        self, head: Token, exclude: Span | None, excluded: set[int], category: bool
    ) -> list[Token]:
        """'clearance rate for burglary', 'proceeds of crime': a bare common noun in an of/for
        phrase right after the head narrows what is counted. A determiner, number, name or
        unit marks an adjunct ('in Lagos', 'of the year', 'of $5m'), which stays out. 'against
        X' names a category only inside a container ('cases of crime against women'); on the
        counted noun it is the target ('a campaign against organized crime')."""
        prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if prep is None or prep.head != head or prep.dep_ != "prep":
            return []
        allowed = _RESTRICTIVE_PREPOSITIONS | ({"against"} if category else set())
        if prep.lower_ not in allowed:
            return []
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or not self._bare_noun(objects[0], excluded):
            return []
        inner = self._noun_phrase(objects[0], exclude, category=category)
        return [prep, *inner, *_gerund_object(objects[0])]

    def _bare_noun(self, noun: Token, excluded: set[int]) -> bool:
        """A common noun used generically: no determiner, possessive or number of its own."""
        if noun.pos_ != "NOUN" or noun.like_num or noun.i in excluded or self._is_unit_word(noun):
            return False
        return not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)

    def _listed_with(self, head: Token, excluded: set[int], exclude: Span | None) -> list[Token]:
        """'cash, liquor and drugs': nouns listed with the head share its amount, unless they
        carry numbers of their own ('5 men and 3 women')."""
        listed: list[Token] = []
        for child in head.rights:
            if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN"):
                continue
            phrase = self._noun_phrase(child, None)
            between = head.doc[head.i + 1 : child.i]
            if any(t.like_num or t.i in excluded for t in [*phrase, *between]):
                continue
            if self._own_amount(child, exclude):
                continue  # "9 laptops and cash of Rs 18.5 lakh": the cash has its own figure
            if any(t.pos_ not in ("PUNCT", "CCONJ", "NOUN", "PROPN", "ADJ") for t in between):
                continue
            listed.extend([*between, *phrase])
        return listed

    def _own_amount(self, noun: Token, exclude: Span | None) -> bool:
        """Does another figure than the one described hang below ``noun``?"""
        below = {t.i for t in noun.subtree} - {noun.i}
        current = range(exclude.start, exclude.end) if exclude is not None else range(0)
        return any(below & set(f) for f in self._figures if not set(f) & set(current))

    def _is_vague(self, tokens: list[Token]) -> bool:
        return len(tokens) == 1 and tokens[0].lower_ in self.vague


def _partitive_antecedent(verb: Token) -> Token | None:
    """'..., of which 78% were women': the noun 'which' stands for is the whole."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in _NOUNS:
        return None
    for prep in verb.children:
        relative = any(c.lower_ in ("which", "whom") for c in prep.children)
        if prep.dep_ == "prep" and prep.lower_ == "of" and relative:
            return verb.head
    return None


def _gerund_object(gerund: Token) -> list[Token]:
    """'the daily cost of housing an inmate': a gerund keeps the noun phrase it acts on."""
    if not gerund.lower_.endswith("ing"):
        return []
    phrase: list[Token] = []
    for token in gerund.doc[gerund.i + 1 : gerund.i + 5]:
        if token.pos_ not in ("DET", "ADJ", "NOUN"):
            break
        phrase.append(token)
    while phrase and phrase[-1].pos_ != "NOUN":
        phrase.pop()
    return phrase


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
    kept = [t for c in verb.children if c.dep_ in ("nsubj", "aux", "neg", "dobj", "prt")
            for t in c.subtree]  # fmt: skip
    return sorted([*kept, verb], key=lambda t: t.i)


def _noun_key(token: Token) -> set[str]:
    """Lemma and surface forms of a noun: the lemmatizer misreads some plurals ('doses')."""
    word = token.lower_
    return {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}


_PERIOD_NOUNS = frozenset({"year", "month", "week", "quarter", "day"})


def _period_adverbial(noun: Token) -> bool:
    """'year to date', 'year on year', 'month over month': a period phrase, not a noun."""
    doc, i = noun.doc, noun.i
    if noun.lower_ not in _PERIOD_NOUNS or i + 2 >= len(doc):
        return False
    linker, end = doc[i + 1].lower_, doc[i + 2].lower_
    return (linker == "to" and end == "date") or (linker in ("on", "over") and end == noun.lower_)


def _agreeing_head(noun: Token, mention: Mention) -> Token:
    """'18 house searches': a plural count hung on a singular compound counts the plural
    noun the compound modifies ('house' cannot be counted 18 times in the singular)."""
    head = noun.head
    plural_count = mention.kind == "count" and mention.value != 1
    if plural_count and noun.dep_ == "compound" and noun.tag_ == "NN" and head.tag_ == "NNS":
        return head if head.i == noun.i + 1 else noun
    return noun


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


def _misread_plural(token: Token) -> bool:
    """A plural noun the tagger read as a present-tense verb: '-s' on a 'VBZ' with no subject
    of its own. Callers check that it carries a participle clause, which only nouns take."""
    return (token.tag_ == "VBZ" and token.lower_.endswith("s")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))  # fmt: skip


def _bare_measure(noun: Token) -> bool:
    """'growth of 5%' names a measured quantity; 'a drop of 5%', 'its rise of 5%' name an
    event of something else, which the clause says."""
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


def _perfect(modifier: Token) -> bool:
    """'to have stolen goods': a participle right after 'have' is the verb, though the
    parser may hang it on the noun as a modifier."""
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    return modifier.tag_ == "VBN" and before is not None and before.lemma_.lower() == "have"


def _antecedent_record(phrase: list[Token], head: Token) -> dict[str, object]:
    """A topic candidate as plain data (Doc extensions must stay serializable)."""
    plural = "Plur" in head.morph.get("Number") or head.tag_ in ("NNS", "NNPS")
    return {"text": _phrase_text(phrase), "plural": plural or head.lower_ == "police"}


def _after_dateline(head: Token) -> Token:
    """'PHILADELPHIA – United States Attorney Jacqueline Romero announced': the parser makes
    the dateline the subject and the speaker its apposition; the speaker states it."""
    if not head.is_upper or head.i + 1 >= len(head.doc) or head.nbor().text not in _DASHES:
        return head
    named = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    return named[0] if named else head


def _named_appositive(title: Token) -> list[Token] | None:
    """'its spokesman Femi Babafemi said', 'Chairman of the agency, Mohamed Buba Marwa,
    said', 'Europol's Executive Director Catherine De Bolle said': the person named after a
    title is the speaker."""
    titled = title.pos_ == "PROPN" and any(c.dep_ == "prep" for c in title.children)
    # "Europol's Executive Director Catherine De Bolle": a name written straight after an
    # owned title (like "its spokesman X"), with no comma, is the person holding it.
    owned = title.pos_ == "PROPN" and any(c.dep_ == "poss" for c in title.children)
    for child in title.rights:
        adjacent = owned and child.left_edge.i == title.i + 1
        if title.pos_ != "NOUN" and not titled and not adjacent:
            continue
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return [t for t in child.subtree if not _inside(t, child, ("relcl", "acl", "punct"))]
    return None


def _overlaps(first: list[Token], second: list[Token] | None) -> bool:
    """Do two phrases share a token? (An agent that is the measured subject is no agent.)"""
    return bool(second) and bool({t.i for t in first} & {t.i for t in second or []})


def _inside(token: Token, head: Token, deps: Iterable[str]) -> bool:
    """True when ``token`` hangs below ``head`` through one of ``deps``."""
    deps = tuple(deps)
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ in deps:
            return True
        token = token.head
    return False


def _has_break(doc: Doc, start: int, end: int) -> bool:
    """A comma, parenthesis or clause verb between two tokens: not one noun phrase.
    (A participle modifying the noun, as in 'coal-fired power plants', is no break.)"""
    return any(
        t.text in (",", "(", ")", ";") or (t.pos_ == "VERB" and t.dep_ not in _MODIFIER_DEPS)
        for t in doc[start + 1 : end]
    )


def _phrase_text(tokens: list[Token]) -> str:
    """The tokens as written: contiguous runs keep their spacing, gaps become one space."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        parts.append(token.text)
        is_last = index == len(tokens) - 1
        if not is_last:
            contiguous = tokens[index + 1].i == token.i + 1
            parts.append(token.whitespace_ if contiguous else " ")
    return "".join(parts).strip().rstrip(":")  # "(Priority 1):" is one token
