"""Noun phrase building shared by every role: a head token grows into the phrase reported.

``NounPhrases._noun_phrase`` adds a head's left modifiers, a restrictive 'of'/'for' phrase and
nouns listed with it, and leaves out the current figure and other figures. The module-level
helpers (``noun_key``, ``phrase_text``, ``has_break``, ...) are plain functions of tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factpull.assets import Lexicon, lexicon
from factpull.mentions import Mention
from factpull.places import is_country

VERBS = ("VERB", "AUX")
NOMINALS = ("NOUN", "PROPN", "PRON")
NOUNS = ("NOUN", "PROPN")
LINKING_DEPS = ("compound", "amod", "nmod", "nummod", "quantmod", "npadvmod", "appos")
# Hedges the parser reads as prepositions before an amount: "was about CZK 117 000"
HEDGE_PREPOSITIONS = frozenset({"about", "around", "over", "under", "nearly", "almost"})
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "case", "npadvmod", "advmod", "quantmod")

# Words written between a noun and its amount: 'violence (down 22%)', 'heroin worth about £1m'.
BRACKET_FILLERS = frozenset({"up", "down", "by", "about", "around", "nearly", "almost", "over",
                              "some", "more", "less", "than", "fewer", "at", "least"})  # fmt: skip
# "cases of all types", "crimes of every kind": sorts that narrow nothing
_SORT_NOUNS = frozenset({"type", "kind", "sort", "category", "description"})
_EVERY_WORDS = frozenset({"all", "every", "various", "different", "any", "many"})
# Articles a phrase after a preposition inside a subject keeps ("members of a syndicate").
_ARTICLES = frozenset({"a", "an", "the"})
_DASHES = frozenset({"-", "–", "—", "--"})
_AGE_WORDS = frozenset({"age", "ages", "aged"})
# Nouns that only hold a count ('the number of detectives', 'the highest total of arrests').
COUNT_HOLDERS = frozenset({"number", "total", "count", "tally"})
# Prepositions that continue a restrictive phrase ('for assault by a sharp object'): the
# chain is cut nowhere in the middle.
_CHAINED_PREPOSITIONS = frozenset({"by", "with", "using", "involving"})
# Heads whose 'of' object, articled or not, is what the amount is the worth of.
_VALUE_HEADS = frozenset({"value", "price", "cost"})
# Prepositions whose bare-noun object restricts the head: "rate for burglary".
# Words that give a listed noun an amount of its own ('and enough chemicals', 'and several
# rifles'): it is not counted with the figure before it.
_OWN_AMOUNT_WORDS = frozenset({"enough", "several", "many", "numerous", "some", "dozens",
                               "hundreds", "thousands", "more"})  # fmt: skip
# People named by the place they belong to: the named place in their 'of' phrase is part of
# who they are ('residents of Manipur', 'a native of Kano'); 'residents of the estate' says
# where the count was made.
_BELONGING_PEOPLE = frozenset({"resident", "native", "citizen", "national", "inhabitant"})
_RESTRICTIVE_PREPOSITIONS = frozenset({"of", "for", "per", "to"})
# What a crime category is against, taken from or done on: "crimes against women", "thefts
# from shops", "assaults on officers" ('on' with a bare noun only: not "crimes on the rise")
_CRIME_PREPOSITIONS = frozenset({"against", "from", "on"})
# Marks that open a list item or a label line ("• Cannabis resin: 14 kg"): never a subject's.
_BULLETS = "•·▪◦●*-–—> \t"
# A participle after the noun may restrict it ('people arrested for drug dealing'); longer
# participial phrases describe rather than define.
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
_INDEFINITE = ("a", "an")
# Participles that say which kind of thing is counted, whatever article their object takes:
# 'assaults involving a blade', 'deaths linked to a drug'.
_DEFINING_VERBS = frozenset({"involve", "link", "relate", "use", "connect", "target"})
_MAX_PARTICIPLE_TOKENS = 6
# Heads that name nothing without the participle after them: 'the amount involved', 'people
# arrested', 'the value seized'; the participle alone stays when its phrase is too long.
_GENERIC_HEADS = frozenset({"amount", "amounts", "sum", "sums", "value", "people", "persons",
                            "individuals"})  # fmt: skip
# Words that tie a noun to an amount: "41 laptops and cash totalling $1.4m", "gold amounting to
# Rs 3 crore". Read from the words: the parser often fuses the link into a compound.
AMOUNT_LINKS = frozenset({"totalling", "totaling", "amounting", "valued", "worth", "priced",
                           "costing"})  # fmt: skip
# Pronouns that a clause after them turns into a group: 'those arrested', 'those who resigned'.
GROUP_PRONOUNS = frozenset({"those", "these"})
# Qualifiers and fillers that may stand before a figure: "nearly 30 per cent", "at least 14"
QUALIFYING_WORDS = frozenset({"more", "less", "fewer", "than", "around", "about", "nearly",
                              "almost", "some", "over", "under", "roughly", "just", "a", "an",
                              "at", "least", "approximately"})  # fmt: skip
# Quantifiers standing alone as a clause's subject ('Most were aged 18 to 25'): how many of a
# group named before, which is what they count.
QUANTIFIER_PRONOUNS = frozenset({"most", "many", "some", "several", "all", "both", "few"})
_MAX_GROUP_CLAUSE_TOKENS = 6
_RELATIVE_PRONOUNS = frozenset({"who", "that"})
_GROUP_CLAUSE_DEPS = ("acl", "relcl", "amod")  # the parser may read the participle as amod
# Past participles not ending in '-ed' that a headline may write after its counted noun.
_IRREGULAR_PARTICIPLES = frozenset({"stolen", "taken", "held", "found", "shot", "caught", "hurt",
                                    "seen", "struck", "sent", "sold", "bought", "given", "hit",
                                    "lost", "left", "slain"})  # fmt: skip


class NounPhrases:
    """Mixed into ``RoleFinder``, which sets this state (``_figures`` once per Doc)."""

    lex: Lexicon
    deictic: frozenset[str]
    vague: frozenset[str]
    look_through: frozenset[str]
    change_nouns: frozenset[str]
    change_verbs: frozenset[str]
    quantifier_words: frozenset[str]
    crime_categories: frozenset[str]
    age_people: frozenset[str]
    age_person: frozenset[str]
    place_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    _figures: list[range]  # token spans of the current Doc's mentions
    _subject_tokens: dict[int, list[Token]]  # subjects found so far, by a figure's first token
    _mentions: list[Mention]  # the current Doc's mentions, in order

    def _is_unit_word(self, token: Token) -> bool:
        word = token.lower_
        return word in self.lex.unit_surfaces or word in self.lex.currency_words

    def _of_object(self, noun: Token) -> Token | None:
        return self._prep_object(noun, ("of",))

    @staticmethod
    def _prep_object(noun: Token, prepositions: tuple[str, ...]) -> Token | None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in prepositions:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                possessor = objects and any(c.dep_ == "case" for c in objects[0].children)
                if possessor and len(objects) > 1:
                    return objects[1]  # "half of the city’s 77 precincts": the precincts
                if objects:
                    return objects[0]
        return None

    def _changed_in(self, span: Span) -> Token | None:
        """The noun a change names with 'in' right after its figure ('a decrease of 9 percent
        in accidents'); not a place ('in the north') or a time ('in March')."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ != "in":
            return None
        objects = [c for c in doc[span.end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if not objects or noun_key(objects[0]) & (self.place_nouns | PERIOD_WORDS | _MANNERS):
            return None  # nor a manner: 'an increase of 45% in cash terms'
        return objects[0]

    def _country_before(self, modifier: Token, head: Token) -> bool:
        """A country owning a count ("Bulgaria's crime rate"), or named before crimes or
        events ('Puerto Rico murders'), says where they were counted. Before people it says
        who they are ('US citizens'), before other things which ('U.S. cities')."""
        if modifier.dep_ not in ("compound", "poss", "nmod") or modifier.pos_ != "PROPN":
            return False
        if head.pos_ != "NOUN" or head.lower_ in self.age_people | _NATIONALS:
            return False
        events = self.crime_categories | lexicon().words("ordinal_event_heads")
        if modifier.dep_ != "poss" and not {head.lower_, head.lemma_.lower()} & events:
            return False
        name = [t.text for t in modifier.subtree if t.tag_ != "POS"]
        return is_country(" ".join(name))

    def _amount_at(self, token: Token) -> bool:
        """Is ``token`` part of a figure that stands alone ('₹2.5 crore'), rather than a
        number counting the noun after it ('the 1,100 people')?"""
        for figure in self._figures:
            if token.i in figure:
                counting = token.dep_ in LINKING_DEPS and token.head.i not in figure
                return not (counting and token.head.pos_ in NOMINALS)
        return False

    def _phrase_head(self, doc: Doc, start: int) -> Token | None:
        """Head noun of the noun phrase that starts at token ``start``."""
        for token in doc[start : min(start + 8, len(doc))]:
            if token.is_quote:
                continue  # 'six kilograms of "shabu"'
            if self._amount_at(token):
                if _counting_number(token):
                    continue  # "2% of the roughly 15 million containers": the count's noun
                return None  # "5 kg worth ₹2.5 crore": another amount, not a noun phrase
            if glued_hyphen(doc, token.i) or glued_hyphen(doc, token.i + 1):
                continue  # "the 63 firearms-related incidents": a piece of a hyphenated word
            last_piece = token.i > start and glued_hyphen(doc, token.i - 1)
            if last_piece and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in NOUNS:
                continue  # "the 73 kidnapping-for-ransom cases": the word modifies 'cases'
            if token.tag_ == "PRP$" or token.dep_ in ("poss", "case") or token.tag_ == "POS":
                continue  # "60% of its market cap", "two of Johnson's deputies": no head
            if any(c.dep_ == "case" for c in token.children):
                continue  # "half of the city’s 77 precincts": the curly 's is tagged 'case'
            stacked = token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i
            if token.pos_ in NOMINALS and stacked and token.head.pos_ in NOUNS:
                continue  # "the adult female population": 'adult' modifies the head
            if token.pos_ in NOMINALS and stacked and _gerund_modifier(token.head):
                continue  # "the chain snatching cases": 'chain' goes with the gerund
            if token.pos_ in NOMINALS and token.head.i != token.i + 1:
                return token
            if token.pos_ in NOMINALS and token.head.pos_ not in NOMINALS:
                return token
            if token.pos_ == "ADJ" and token.dep_ == "pobj":
                return token  # "1.2 kilograms of fentanyl, ...": a noun the tagger took as ADJ
            if token.pos_ == "VERB" and (token.dep_ == "amod" or _gerund_modifier(token)):
                continue  # "two-thirds of the seized weapons", "the chain snatching cases"
            if token.pos_ == "CCONJ" and token.i > start and token.nbor(-1).pos_ == "ADJ":
                continue  # "in criminal and civil settlements"
            if token.dep_ == "conj" and token.head.dep_ == "amod" and token.head.head.i > token.i:
                continue  # "in marked and boodle money": 'boodle' tagged a verb joined to 'marked'
            if token.pos_ in ("VERB", "ADP", "PUNCT", "CCONJ", "SCONJ"):
                return None
        return None

    def _noun_phrase(
        self, head: Token, exclude: Span | None, keep_of: bool = False,
        with_conjuncts: bool = False, category: bool = False,
    ) -> list[Token]:  # fmt: skip
        """``head`` with its left modifiers (no determiners), plus 'of X' where it belongs.
        ``category``: the head names what a container holds ('cases of crime against women')."""
        own = set(range(exclude.start, exclude.end)) if exclude is not None else set()
        excluded = own | {i for r in self._figures if head.i not in r for i in r}
        # "those aged 20 to 29": the ages define the group; only the figure's own words stay out
        group = self._defined_group(head, own if _aged_after(head) else excluded)
        if group is not None:
            return group  # "those killed by police": the pronoun with its defining clause
        head = self._age_group(head)
        tokens = [head]
        if with_conjuncts:  # "Crystal Meth, Marijuana": both are what is valued
            for child in head.lefts:
                if child.dep_ == "compound" and any(c.dep_ == "conj" for c in child.children):
                    tokens.extend(child.subtree)
        for child in head.lefts:
            if _possessive_when_or_where(child) or self._country_before(child, head):
                continue  # "this year's murders", "Bulgaria's crime rate": when or where
            # "family harm callouts": the parser made the noun before a plural read as a verb
            # its subject
            misread = child.dep_ == "nsubj" and head.tag_ == "VBZ" and child.i == head.i - 1
            modifier = child.dep_ in _MODIFIER_DEPS or misread
            if modifier and child.i not in excluded and not _perfect(child):
                tokens.extend(t for t in child.subtree if t.i not in excluded)
            elif child.dep_ == "nummod" and child.i not in excluded and model_name(child):
                tokens.append(child)  # "7 AK-47 rifles": a model name, not a count
        inner = self._of_object(head)
        if inner is not None and (inner.i in excluded or _every_sort(inner)):
            inner = None  # "defrauded a SACCO of KSh 4m", "cases of all types": no part of it
        if inner is not None and any(c.i in excluded for c in inner.children):
            inner = None  # "two cadet classes of 60 to 70 officers": those are counted apart
        # "Ministry of Public Security" is one name; "Darren Cole, 52, of Essex" is not
        named = inner is not None and inner.pos_ == "PROPN" and inner.head.i == head.i + 1
        if head.pos_ == "PROPN" and named:
            keep_of = True
        if head.lemma_.lower() in _VALUE_HEADS and _articled_noun(inner):
            keep_of = True  # "the market value of the seized drugs": what is valued
        if keep_of and inner is not None:
            tokens.append(inner.head)
            tokens.extend(_articled(inner.head, self._noun_phrase(inner, exclude, category=True)))
            tokens.extend(_stray_conjunct(inner, excluded))
        else:
            restrictive = self._restrictive_modifier(head, exclude, excluded, category)
            tokens.extend(restrictive or self._participle_modifier(head, excluded))
        tokens.extend(_infinitive_complement(head))
        tokens.extend(self._listed_with(head, excluded, exclude))
        tokens = sorted(set(tokens), key=lambda t: t.i)
        tokens = [t for t in tokens if t.i >= head.i or not has_break(head.doc, t.i, head.i)]
        verbs = [t.i for t in tokens if t.i < head.i and self._verb_inside(t)]
        verbs += [t.i for t in tokens if t.i < head.i and _faced_penalty(t, head)]
        if verbs:  # "NCRB data show cybercrime cases": the verb read as part of the noun
            tokens = [t for t in tokens if t.i > max(verbs)]
        # "An estimated 1,230,100 persons", "a record 2,757 tons": what stands before another
        # figure qualifies that figure, not the noun.
        before = [i for i in excluded if tokens[0].i <= i < head.i] if tokens else []
        if before:
            tokens = [t for t in tokens if t.i > max(before)]
        while tokens and (
            tokens[0].lower_ in self.deictic or tokens[0].is_punct or tokens[0].tag_ == "PRP$"
            or self._quantifier(tokens[0], head)
        ):  # fmt: skip
            tokens.pop(0)  # "its market cap" -> "market cap", "most vehicles" -> "vehicles"
        if (
            len(tokens) > 1
            and tokens[0].lower_ in ("estimated", "record")
            and tokens[0].dep_ in ("amod", "compound")
        ):
            # "the estimated total loss was ...": how it was known; "record cocaine seizures
            # of 4.1 tonnes": how large, not what
            tokens.pop(0)
        if len(tokens) > 3 and "".join(t.lower_ for t in tokens[:3]) == "so-called":
            tokens = [t for t in tokens[3:] if not t.is_quote]  # 'so-called "ukeko" collectors'
        if len(tokens) > 1 and _comparison_word(tokens[0], tokens[1]):
            tokens.pop(0)  # "300 fewer burglaries (than ...)": burglaries were counted
        tokens = [t for t in tokens if t.lower_ not in ("such", "worth")]
        counted_other = len(tokens) > 1 and tokens[0].lower_ == "other" and tokens[0].i > 0
        people = head.lower_ in self.age_people or head.lower_ in self.age_person
        if counted_other and people and tokens[0].nbor(-1).like_num:
            # "two other suspects": more people of the same kind ('310 other household thefts'
            # may name a category, 'Other theft')
            tokens.pop(0)
        if tokens and tokens[0] != head and _named_numeral(tokens[0]):
            tokens.insert(0, tokens[0].nbor(-1))  # "Part I violent crime": 'I' names a part
        if _headline_participle(tokens, head):
            tokens.pop()  # "212 Vehicles Recovered": the headline's verb, not the noun's name
        while len(tokens) > 1 and _trailing_adverb(tokens, head):
            tokens.pop()  # "Offences recorded nationally rose": where, not which offences
        tokens = _closed_acronyms(tokens)
        if tokens and tokens[0].lemma_.lower() in _CHARGE_WORDS:
            tokens += _with_intent(tokens[-1])  # "counts of possession with intent to supply"
        return _whole_words(tokens, excluded) if tokens else [head]

    def _quantifier(self, token: Token, head: Token) -> bool:
        """'most vehicles', 'several shops': a quantifier opening the phrase says how many of
        the group, not which group. One that modifies an adjective ('the 10 most wanted
        fugitives') is part of the name, and so is one in a noun's 'of' phrase, where it tells
        the noun's variety ('cartridges of various calibres')."""
        if token == head or token.lower_ not in self.quantifier_words:
            return False
        of = head.head
        if head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in NOUNS:
            return False
        if token.dep_ == "advmod" and token.head.head == head and not _determined(token):
            return True  # "Most convicted persons (71.2%)": 'most' read as the adjective's
        return token.head == head and token.dep_ in ("amod", "det", "nummod", "quantmod")

    def _defined_group(self, pronoun: Token, excluded: set[int]) -> list[Token] | None:
        """'those arrested', 'those killed by police', 'those who resigned', 'those we charged':
        a participle or relative clause right after the pronoun defines the group, and comes
        with it when short and unbroken; else only its first words ('those who resigned') do.
        Figures of their own stay out ('those who served less than five years')."""
        doc = pronoun.doc
        if pronoun.pos_ != "PRON" or pronoun.lower_ not in GROUP_PRONOUNS:
            return None
        clauses = [c for c in pronoun.rights if c.dep_ in _GROUP_CLAUSE_DEPS and c.pos_ in VERBS]
        if not clauses or clauses[0].left_edge.i != pronoun.i + 1:
            return None
        verb = clauses[0]
        first = doc[pronoun.i + 1]
        # "those who resigned"; "those we charged": a clause with no relative word
        contact = first.pos_ == "PRON" and first.dep_ == "nsubj" and first.head == verb
        relative = first.lower_ in _RELATIVE_PRONOUNS or contact
        if not relative and verb.tag_ not in _PARTICIPLE_TAGS:
            return None
        if relative and verb.dep_ != "relcl":
            return None
        tail = [t for t in verb.subtree if t.i >= pronoun.i + 1]
        unbroken = tail[-1].i - pronoun.i == len(tail)
        clean = not any(t.is_punct or t.i in excluded for t in tail)
        if not (unbroken and clean and len(tail) <= _MAX_GROUP_CLAUSE_TOKENS):
            tail = list(doc[pronoun.i + 1 : verb.i + 1])  # "those who resigned", "those held"
        if any(t.is_punct or t.i in excluded for t in tail):
            return None
        return [pronoun, *tail]

    def _defined_slot(self, head: Token) -> bool:
        """Where a participle after a noun defines the group measured: the noun a ratio looks
        through ('the number of people arrested for ...') or a clause's subject whose verb
        follows ('vehicles stolen from driveways rose 12%'). A counted noun's participle
        ('3 kg of cocaine hidden among bananas') says where or how, not which."""
        if any(c.dep_ == "nummod" for c in head.children):
            return False
        holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        if holder is not None and noun_key(holder) & self.look_through:
            return True
        return head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i + 1

    def _participle_modifier(self, head: Token, excluded: set[int]) -> list[Token]:
        """'people arrested for drug dealing', 'cases involving cryptocurrency', 'vehicles
        stolen from driveways': a short participial phrase right after the noun whose nouns
        are generic (no determiner, number or name) defines what is counted. 'heroin hidden
        in a truck' or 'suspects arrested in Leeds' only say where; a bare participle ('the
        200 people arrested') is left to the rules that read a defined whole."""
        doc = head.doc
        if head.i + 1 >= len(doc) or head.pos_ not in NOUNS or not self._defined_slot(head):
            return []
        verb = doc[head.i + 1]
        if verb.lower_ in _RELATIVE_PRONOUNS and verb.head.head == head and verb.head.i > verb.i:
            verb = verb.head  # "people who use drugs": a short defining relative clause
            if verb.dep_ != "relcl" or verb.pos_ != "VERB":
                return []
        elif verb.head != head or verb.dep_ != "acl" or verb.tag_ not in _PARTICIPLE_TAGS:
            return []
        subtree = list(verb.subtree)
        bare = [verb] if head.lower_ in _GENERIC_HEADS and verb.tag_ == "VBN" else []
        if not 1 < len(subtree) <= _MAX_PARTICIPLE_TOKENS or subtree[0].i != head.i + 1:
            return bare  # "the amount involved", "people arrested at Schiphol Airport for ..."
        if subtree[-1].i - head.i != len(subtree):
            return []  # not one unbroken phrase
        nouns = [t for t in subtree if t.pos_ in NOMINALS and t.lower_ not in _RELATIVE_PRONOUNS]
        defining = verb.lemma_.lower() in _DEFINING_VERBS
        if not all(self._participle_object(t, excluded, defining) for t in nouns):
            return bare
        rest = [t for t in subtree if t.i != verb.i and t.lower_ not in _RELATIVE_PRONOUNS]
        if not nouns and not all(t.pos_ in ("ADP", "ADV", "AUX") for t in rest):
            return []  # "offences committed from abroad", "people who were arrested"
        if any(t.is_punct or (t.dep_ == "relcl" and t.i != verb.i) or t.i in excluded
               for t in subtree):  # fmt: skip
            return []
        return subtree

    def _participle_object(self, noun: Token, excluded: set[int], defining: bool) -> bool:
        """A noun a defining participle may hold: a generic one ('arrested for drug dealing');
        after a verb of defining, one with 'a' ('assaults involving a blade')."""
        if self._bare_noun(noun, excluded):
            return True
        return defining and self._noun_with_article(noun, excluded, _INDEFINITE)

    def _restrictive_modifier(
        self, head: Token, exclude: Span | None, excluded: set[int], category: bool
    ) -> list[Token]:
        """'clearance rate for burglary', 'proceeds of crime': a bare common noun in an of/for
        phrase right after the head narrows what is counted. A determiner, number, name or
        unit marks an adjunct ('in Lagos', 'of the year', 'of $5m'), which stays out. 'against
        X' names a category only inside a container ('cases of crime against women'); on the
        counted noun it is the target ('a campaign against organized crime')."""
        prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        crimes = head.lower_ in self.crime_categories  # "crimes against women"
        # "recorded 4,210 offences against children": the parser may hang 'against' on the verb
        misattached = crimes and prep is not None and prep.head == head.head != head
        if prep is None or not (prep.head == head or misattached) or prep.dep_ != "prep":
            return []
        # "crimes against women", "thefts from shops", "theft from the person"
        allowed = _RESTRICTIVE_PREPOSITIONS | (_CRIME_PREPOSITIONS if category or crimes else set())
        if prep.lower_ not in allowed:
            return []
        if prep.lower_ == "for" and head.lower_ in self.age_people:
            return []  # "arrested 312 motorists for drink driving": why, not which people
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "for" and objects and objects[0].lower_ in self.age_people:
            return []  # "recovered Dh312 million in stolen funds for victims": for whom
        if objects and _every_sort(objects[0]):
            return []  # "4,806 cases of all types": every sort of case, none narrowed
        place = self._belonging_place(head, prep, objects, excluded)
        if place:
            return [prep, *place]  # "a 29-year-old resident of Manipur": who they are
        if not objects or not self._generic_noun(objects[0], excluded, prep):
            return []
        listed = any(c.dep_ == "conj" for c in objects[0].children)
        if crimes and not category and listed and prep.lower_ in ("against", "on"):
            return []  # "crimes against households and adults": a survey's scope, no category
        inner = _articled(prep, self._noun_phrase(objects[0], exclude, category=category))
        phrase = [prep, *inner, *_gerund_object(objects[0])]
        end = max(t.i for t in phrase) + 1
        if end < len(head.doc) and head.doc[end].lower_ in _CHAINED_PREPOSITIONS:
            return []  # "admissions for assault by a sharp object": all or the head alone
        if end < len(head.doc) and head.doc[end].like_num:
            return []  # "response time for priority 1 calls": the phrase goes on past it
        return phrase

    @staticmethod
    def _belonging_place(
        head: Token, prep: Token, objects: list[Token], excluded: set[int]
    ) -> list[Token]:
        """The named place of 'residents of Manipur', 'a native of Kano'; none for 'residents
        of the estate' (where they were counted) or an 'of' phrase holding a figure."""
        if not objects or prep.lower_ != "of" or head.lemma_.lower() not in _BELONGING_PEOPLE:
            return []
        place = [t for t in objects[0].subtree if not t.is_punct]
        if objects[0].pos_ != "PROPN" or any(t.like_num or t.i in excluded for t in place):
            return []
        return place

    def _age_group(self, head: Token) -> Token:
        """'persons age 12 or older', 'Persons ages 18 to 24': the parser makes 'age' the
        head; the people the age describes are the group."""
        if head.lower_ not in _AGE_WORDS:
            return head
        before = [c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1]
        return before[0] if before and before[0].lower_ in self.age_people else head

    def _verb_inside(self, token: Token) -> bool:
        """'show' of 'NCRB data show cybercrime cases rose': a finite verb the parser hung on
        the noun after it as a compound (after a data noun the tagger may call it a noun)."""
        if token.dep_ != "compound" or token.i == 0:
            return False
        data = noun_key(token.nbor(-1)) & self.lex.words("attribution_sources_for_show")
        cites = bool(data) and token.lemma_.lower() in CITING_VERBS
        return token.tag_ in ("VBP", "VBZ", "VBD") or cites

    def _generic_noun(self, noun: Token, excluded: set[int], prep: Token) -> bool:
        """A bare noun, or after 'of' one with 'a': 'unlawful use of a motor vehicle',
        'possession of a firearm' name an offence as 'theft of vehicles' does; so does 'the'
        after a crime's 'against' or 'from' ('offences against the person', 'theft from the
        person')."""
        if self._bare_noun(noun, excluded):
            return True
        if prep.lower_ in ("against", "from"):  # "against the person", "from the person"
            return self._noun_with_article(noun, excluded, ("the",))
        return prep.lower_ == "of" and self._noun_with_article(noun, excluded, _INDEFINITE)

    def _noun_with_article(
        self, noun: Token, excluded: set[int], articles: tuple[str, ...]
    ) -> bool:
        """A bare noun but for one of ``articles``: 'a motor vehicle', 'the person'."""
        dets = [c for c in noun.children if c.dep_ == "det"]
        return (
            len(dets) == 1
            and dets[0].lower_ in articles
            and self._bare_noun(noun, excluded, dets[0])
        )

    def _bare_noun(self, noun: Token, excluded: set[int], allowed: Token | None = None) -> bool:
        """A common noun used generically: no determiner, possessive or number of its own
        (but the ``allowed`` one)."""
        if noun.pos_ != "NOUN" or noun.like_num or noun.i in excluded or self._is_unit_word(noun):
            return False
        own = [c for c in noun.children if allowed is None or c.i != allowed.i]
        if any(t.i in excluded for c in own if c.i < noun.i for t in c.subtree):
            return False  # "a trial of a 14-member ring": a figure of its own, counted apart
        return not any(c.dep_ in ("det", "poss", "nummod") for c in own)

    def _listed_with(self, head: Token, excluded: set[int], exclude: Span | None) -> list[Token]:
        """'cash, liquor and drugs': nouns listed with the head share its amount, unless they
        carry numbers of their own ('5 men and 3 women')."""
        listed: list[Token] = []
        if head.dep_ == "conj" and _counted_item(head) and _counted_item(head.head):
            comma = head.left_edge.i > 0 and head.doc[head.left_edge.i - 1].text == ","
            if comma:  # "5,000 rifles, 350 carriers and night-vision devices": items apart
                return listed
        for child in head.rights:
            if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(c.lower_ in _OWN_AMOUNT_WORDS for c in child.lefts):
                continue  # "54 kg of fentanyl and enough precursor chemicals": its own amount
            # the described amount is the same down the list: 'cigarettes, vapes and cash
            # worth $38,000' measures all three
            phrase = self._noun_phrase(child, exclude)
            between = head.doc[head.i + 1 : child.i]
            if any(t.like_num or t.i in excluded for t in [*phrase, *between]):
                continue
            if self._own_amount(child, exclude) or self._linked_to_amount(child, phrase, exclude):
                continue  # "9 laptops and cash of Rs 18.5 lakh": the cash has its own figure
            if self._of_figure_after(child):
                continue  # the same, with 'of Rs 18.5 lakh' hung on the head by the parser
            if _gapped_clause_subject(phrase, excluded):
                continue  # "131 killings and Puntarenas with 88": a second clause, verb dropped
            if any(t.pos_ not in ("PUNCT", "CCONJ", "NOUN", "PROPN", "ADJ") for t in between):
                continue
            listed.extend([*between, *phrase])
        return listed

    def _linked_to_amount(self, item: Token, phrase: list[Token], exclude: Span | None) -> bool:
        """'41 laptops and cash totalling $1.4m': a listed item followed by (or fused by the
        parser into) a word tying it to another amount is measured by that amount, not
        counted with the head. The amount described itself is shared: 'cash, liquor and
        drugs worth $5,000'."""
        if exclude is None:
            return False  # a nested list item: which amount is described is unknown here
        doc = item.doc
        end = max(t.i for t in phrase) + 1 if phrase else item.i + 1
        link = item if item.lower_ in AMOUNT_LINKS else doc[end] if end < len(doc) else None
        if link is None or link.lower_ not in AMOUNT_LINKS:
            return False
        window = range(link.i + 1, min(link.i + 5, len(doc)))
        return not any(exclude.start <= i < exclude.end for i in window)

    def _of_figure_after(self, noun: Token) -> bool:
        """Is ``noun`` followed by 'of' and a figure ('cash of GH¢86,450')?"""
        doc, after = noun.doc, noun.i + 1
        if after + 1 >= len(doc) or doc[after].lower_ != "of":
            return False
        return any(after + 1 in f for f in self._figures)

    def _own_amount(self, noun: Token, exclude: Span | None) -> bool:
        """Does another figure than the one described hang below ``noun``?"""
        below = {t.i for t in noun.subtree} - {noun.i}
        current = range(exclude.start, exclude.end) if exclude is not None else range(0)
        return any(below & set(f) for f in self._figures if not set(f) & set(current))

    def _coordinated_whole(self, whole: Token, span: Span) -> list[Token]:
        """'6,481 money mules and scam runners, of whom 2,317': the relative takes the whole
        coordinated group, from the first noun phrase to the last."""
        while whole.dep_ == "conj" and whole.head.pos_ == "NOUN":
            whole = whole.head
        last = [c for c in whole.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        first = self._noun_phrase(whole, span)
        if not last or not first:
            return first
        end = self._noun_phrase(last[-1], span)
        return list(span.doc[first[0].i : max(t.i for t in end) + 1]) if end else first

    def _in_figure(self, token: Token) -> bool:
        """Is ``token`` inside one of the Doc's figures ('2,210' of '2,210 people')?"""
        return any(token.i in f for f in self._figures)

    def _in_count(self, token: Token) -> bool:
        """Is ``token`` part of a bare count ('21,460' of '21,460 crimes')?"""
        return any(
            m.unit_token_start <= token.i < m.unit_token_end and m.kind in (None, "count")
            for m in self._mentions
        )

    def _figure_subject(self, token: Token) -> list[Token] | None:
        """The subject already found for the figure ``token`` is part of."""
        figure = next((f for f in self._figures if token.i in f), None)
        return self._subject_tokens.get(figure.start) if figure is not None else None

    def _is_vague(self, tokens: list[Token]) -> bool:
        return len(tokens) == 1 and tokens[0].lower_ in self.vague


def _articled(prep: Token, inner: list[Token]) -> list[Token]:
    """A phrase after a preposition inside a subject, with the article written between them:
    'members of a rhino-horn syndicate', 'violence against the person offences'. Only the
    whole subject's leading article is dropped."""
    if not inner:
        return inner
    between = prep.doc[prep.i + 1 : inner[0].i]
    return [t for t in between if t.lower_ in _ARTICLES] + inner


def _with_intent(last: Token) -> list[Token]:
    """'possession with intent to supply', 'assault with intent to rob': an offence named
    with its intent, which the parser hangs elsewhere."""
    doc, i = last.doc, last.i
    if last.tag_ != "NN" or i + 4 >= len(doc):
        return []
    words = [t.lower_ for t in doc[i + 1 : i + 4]]
    return list(doc[i + 1 : i + 5]) if words == _INTENT and doc[i + 4].tag_ == "VB" else []


_INTENT = ["with", "intent", "to"]
# What names an offence charged, whose intent is part of its name
_CHARGE_WORDS = frozenset({"count", "charge", "offence", "offense", "conviction"})


def _infinitive_complement(head: Token) -> list[Token]:
    """'threats to kill', 'attempts to murder': a bare infinitive right after a plural noun
    names the offence counted. One with an object of its own ('plans to expand the force')
    only describes; after a singular noun it is a purpose ('28 days' notice to leave')."""
    doc = head.doc
    if head.tag_ != "NNS" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "to":
        return []
    verb = doc[head.i + 2]
    if verb.head != head or verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB":
        return []
    if any(c.dep_ in ("dobj", "nsubj", "ccomp", "attr") for c in verb.children):
        return []
    return [doc[head.i + 1], verb]


def _headline_participle(tokens: list[Token], head: Token) -> bool:
    """'Project Redline: 212 Vehicles Recovered': in a title-case headline the parser may make
    the participle after a plural noun the head of a compound; it is the headline's verb. A
    participle before the noun ('212 Stolen Vehicles') is part of its name."""
    if len(tokens) < 2 or tokens[-1] != head or not head.is_title:
        return False
    word, noun = head.lower_, tokens[-2]
    participle = (word.endswith("ed") and not word.endswith("eed")) or word in (
        _IRREGULAR_PARTICIPLES
    )
    plural = noun.tag_ in ("NNS", "NNPS") or (noun.pos_ in NOUNS and noun.lower_.endswith("s"))
    if not participle or not plural or noun.i != head.i - 1 or not noun.is_title:
        return False
    return _title_case(head.sent)


def headline_change_verb(token: Token, any_case: bool = False) -> str | None:
    """'Burglaries in Greece Fall 8 Percent': in a title-case headline the tagger often reads
    the capitalised verb as a name; its word says the direction ('increase'/'decrease').
    ``any_case``: also in a headline in sentence case ('Plymouth shoplifting soars 41%'),
    which has no closing mark."""
    sentence = token.sent
    titled = _title_case(sentence)
    plain = any_case and not token.is_title and sentence[-1].text not in _CLOSING_MARKS
    if not (titled and token.is_title) and not plain:
        return None
    if token.lower_ in _LOSS_FORMS:
        return None  # "Bengaluru loses Rs 1,240 crore": what was lost, no change
    word = token.lower_
    forms = {word, word[:-1], word[:-2], _IRREGULAR_PAST_CHANGES.get(word, word)}
    change = lexicon().cues["change"]
    if forms & set(change["increase_verbs"]):
        return "increase"
    return "decrease" if forms & set(change["decrease_verbs"]) else None


_CLOSING_MARKS = frozenset({".", "!", "?", '"', "”"})
_LOSS_FORMS = frozenset({"lose", "loses", "lost", "losing"})
# Past forms of change verbs a headline may use: 'Thefts Fell 8%', 'Robberies Rose'.
_IRREGULAR_PAST_CHANGES = {"fell": "fall", "rose": "rise", "grew": "grow", "sank": "sink"}


def _title_case(sentence: Span) -> bool:
    """Is the sentence written in title case, as headlines are? (Words of four letters or
    more all capitalized; short function words may not be.)"""
    words = [t for t in sentence if t.is_alpha and len(t) >= 4]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words)


def _comparison_word(token: Token, after: Token) -> bool:
    """'more'/'fewer'/'less' before a noun, not before an adjective: 'less serious offences'
    may name a category of offence."""
    return token.lower_ in ("more", "fewer", "less") and after.pos_ in ("NOUN", "PROPN")


def model_name(token: Token) -> bool:
    """'AK-47', 'M16': a name with letters and digits that the tagger may read as a number."""
    text = token.text
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text)


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


_ROMAN = re.compile(r"[IVX]+")


def _named_numeral(token: Token) -> bool:
    """'Part I', 'Schedule II', 'Category IV': a Roman numeral after a capitalized noun is
    part of that name (and 'I' there is no pronoun)."""
    if token.i == 0 or not _ROMAN.fullmatch(token.text):
        return False
    before = token.nbor(-1)
    return before.is_alpha and before.is_title and before.pos_ in NOUNS


def noun_key(token: Token) -> set[str]:
    """Lemma and surface forms of a noun: the lemmatizer misreads some plurals ('doses')."""
    word = token.lower_
    return {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}


TIME_NOUNS = frozenset({"year", "month", "week", "quarter", "day"})
# How a change is reckoned, not what changed: 'in cash terms', 'in real terms'.
_MANNERS = frozenset({"term", "terms"})
# Words that make a time noun a when: 'last year', 'this month', 'the previous quarter'
_PERIOD_DEICTICS = frozenset({"last", "this", "next", "past", "previous", "same", "that"})


# A source set off between a figure and the one compared with it (a regex fragment): "€2.7bn
# last year, the BKA said, up from €1.3bn", "..., according to the FBI's report, down from".
SOURCE_ASIDE = (
    r"(?:,\s*(?:according\s+to\s[^,;()]*|[^,;()]*\b(?:said|says|reported|added"
    r"|told\s+[^,;()]+)))?"
)
# What figures do in 'data show', 'figures suggest': the verb of a sentence citing them.
CITING_VERBS = frozenset({"show", "reveal", "suggest", "indicate"})


def _articled_noun(noun: Token | None) -> bool:
    """A common noun with a determiner: 'the seized drugs', 'the haul'."""
    return noun is not None and noun.pos_ == "NOUN" and any(c.dep_ == "det" for c in noun.children)


# People a country before them describes: 'US citizens', 'Kenya nationals'.
_NATIONALS = frozenset({"citizen", "citizens", "national", "nationals", "troops", "soldiers",
                        "officials", "officers", "tourists", "diplomats"})  # fmt: skip


def _possessive_when_or_where(modifier: Token) -> bool:
    """'this year's', 'last month's', "2023's": a possessive naming a period; also 'the
    country's', 'the city's', 'the force's': a place or body the story is about, which names
    no kind of thing."""
    if modifier.dep_ != "poss":
        return False
    lemma = modifier.lemma_.lower()
    if lemma in _GENERIC_PLACES and modifier.pos_ == "NOUN":
        return True  # "the country's murder rate": the murder rate
    if lemma in lexicon().words("organisation_heads") and modifier.pos_ == "NOUN":
        return True  # "the service's operating budget": the budget the story is about
    return lemma in PERIOD_WORDS or bool(_YEAR.fullmatch(modifier.text))


# Common nouns for the place a story is about: "the country's", "the city's"
_GENERIC_PLACES = frozenset({"country", "nation", "city", "state", "province", "county",
                             "region", "island", "capital", "territory"})  # fmt: skip


# Nouns naming a period: 'this year's', 'last weekend's'.
PERIOD_WORDS = TIME_NOUNS | {"decade", "weekend", "semester", "season"}
_YEAR = re.compile(r"(?:19|20)\d{2}")


def period_adverbial(noun: Token) -> bool:
    """'year to date', 'year on year', 'month over month', '(fell by a third) last year',
    'this month': a period phrase, not a noun."""
    doc, i = noun.doc, noun.i
    if noun.lower_ not in TIME_NOUNS:
        return False
    if i > 0 and doc[i - 1].lower_ in _PERIOD_DEICTICS:
        return True
    words = [t.lower_ for t in doc[i + 1 : i + 6] if t.text not in ("-", "–")][:2]
    if len(words) < 2:
        return False
    linker, end = words  # "year on year", "year-on-year"
    return (linker == "to" and end == "date") or (linker in ("on", "over") and end == noun.lower_)


def _perfect(modifier: Token) -> bool:
    """'to have stolen goods': a participle right after 'have' is the verb, though the
    parser may hang it on the noun as a modifier."""
    before = modifier.doc[modifier.i - 1] if modifier.i > 0 else None
    return modifier.tag_ == "VBN" and before is not None and before.lemma_.lower() == "have"


def _trailing_adverb(tokens: list[Token], head: Token) -> bool:
    """An adverb closing the phrase after its noun ('offences recorded nationally'); not one
    a preposition takes ('offences committed from abroad')."""
    last = tokens[-1]
    return last.i > head.i and last.pos_ == "ADV" and tokens[-2].pos_ != "ADP"


def has_break(doc: Doc, start: int, end: int) -> bool:
    """A comma, parenthesis, spaced dash or clause verb between two tokens: not one noun
    phrase. (A participle modifying the noun, as in 'coal-fired power plants', is no break;
    nor is the hyphen of 'blood-alcohol'.) 'BOGOTA - Colombian authorities': a dateline."""
    return any(
        (t.text in (",", "(", ")", ";") and (not bracketed_acronym(t) or _agency_dateline(t)))
        or _spaced_dash(t)
        or (t.pos_ == "VERB" and t.dep_ not in _MODIFIER_DEPS and not _hyphened(t))
        for t in doc[start + 1 : end]
    )  # fmt: skip


def _agency_dateline(bracket: Token) -> bool:
    """'Taipei, April 18 (CNA) Losses from fraud ...': an agency's acronym after a dateline's
    day closes the dateline; it is no part of the noun after it."""
    opening = bracket if bracket.text == "(" else bracket.doc[max(bracket.i - 2, 0)]
    return opening.text == "(" and opening.i > 0 and opening.nbor(-1).like_num


def _hyphened(token: Token) -> bool:
    """'cyber-related', 'drug-related': a participle joined to the word before by a hyphen is
    an adjective, whatever the parser calls it."""
    return token.i > 1 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_


def _closed_acronyms(tokens: list[Token]) -> list[Token]:
    """'Special and Local Laws (SLL) cases': the parser hangs ')' on the head noun, so the
    acronym's closing bracket is added back when its opening one is in the phrase, and the
    opening one when only the closing one is ('Authorised push payment (APP) fraud losses')."""
    if not tokens:
        return tokens
    have = {t.i for t in tokens}
    opening = [t for t in tokens if t.text == "(" and bracketed_acronym(t)]
    extra = [t.doc[t.i + 2] for t in opening if t.i + 2 not in have and t.i + 2 < max(have)]
    closing = [t for t in tokens if t.text == ")" and bracketed_acronym(t)]
    extra += [t.doc[t.i - 2] for t in closing if t.i - 2 not in have and t.i - 2 > min(have)]
    return sorted([*tokens, *extra], key=lambda t: t.i) if extra else tokens


def bracketed_acronym(token: Token) -> bool:
    """Is the token part of a bracketed acronym inside a noun phrase: 'Special and Local Laws
    (SLL) cases', 'police community support officers (PCSOs)'? It names, it does not break."""
    doc, i = token.doc, token.i
    for start in (i - 2, i - 1, i):
        if start >= 0 and start + 2 < len(doc):
            opening, word, closing = doc[start], doc[start + 1], doc[start + 2]
            upper = word.text.rstrip("s")
            acronym = upper.isalpha() and upper.isupper() and 2 <= len(upper) <= 6
            if opening.text == "(" and closing.text == ")" and acronym:
                return True
    return False


def _spaced_dash(token: Token) -> bool:
    before = token.i > 0 and bool(token.nbor(-1).whitespace_)
    return token.text in _DASHES and before and bool(token.whitespace_)


def _faced_penalty(word: Token, head: Token) -> bool:
    """'those convicted of fraud face imprisonment of ...', '... face prison terms of': the
    tagger reads the verb 'face' as a noun modifying the penalty it states."""
    return word.lower_ in ("face", "faces") and head.lemma_.lower() in _PENALTY_NOUNS


_PENALTY_NOUNS = frozenset({"imprisonment", "prison", "jail", "term", "sentence", "fine",
                            "penalty", "charge", "life", "death"})  # fmt: skip


def _gapped_clause_subject(phrase: list[Token], excluded: set[int]) -> bool:
    """'... and Puntarenas with 88', '... and Ida-Viru County for 411': a listed name followed
    by a preposition and a figure is the subject of a clause whose verb was dropped."""
    doc, end = phrase[-1].doc, max(t.i for t in phrase)
    if phrase[-1].pos_ != "PROPN" or end + 2 >= len(doc):
        return False
    return doc[end + 1].pos_ == "ADP" and (end + 2 in excluded or doc[end + 2].like_num)


def _stray_conjunct(noun: Token, excluded: set[int]) -> list[Token]:
    """'shipments of bananas and tinned fruit': the parser may hang a coordinated noun of
    an 'of' object on the verb; 'and' + a short generic noun phrase that ends the clause
    still belongs to the object. One with a determiner or figure stays out."""
    doc = noun.doc
    if any(c.dep_ == "conj" for c in noun.children) or noun.i + 2 >= len(doc):
        return []
    if doc[noun.i + 1].lower_ not in ("and", "or"):
        return []
    phrase: list[Token] = []
    for token in doc[noun.i + 2 : noun.i + 5]:
        if token.i in excluded or token.pos_ not in ("ADJ", "VERB", "NOUN") or token.is_punct:
            break
        if token.pos_ == "VERB" and token.tag_ != "VBN":
            break
        phrase.append(token)
        if token.pos_ == "NOUN":
            break
    after = doc[phrase[-1].i + 1] if phrase and phrase[-1].i + 1 < len(doc) else None
    ends = after is None or after.is_punct or after.pos_ == "ADP"
    if not phrase or phrase[-1].pos_ != "NOUN" or not ends:
        return []
    return [doc[noun.i + 1], *phrase]


def _gerund_modifier(token: Token) -> bool:
    """A gerund stacked before a later noun: the 'snatching' of 'chain snatching cases'."""
    stacked = token.dep_ in ("compound", "amod") and token.head.i > token.i
    return token.tag_ == "VBG" and stacked and token.head.pos_ in NOUNS


def glued_hyphen(doc: Doc, index: int) -> bool:
    """Is token ``index`` a hyphen written inside a word ('co-conspirators')?"""
    if not 0 < index < len(doc) - 1 or doc[index].text != "-":
        return False
    return not doc[index - 1].whitespace_ and not doc[index].whitespace_


def _whole_words(tokens: list[Token], excluded: set[int]) -> list[Token]:
    """'co-conspirators', 'cross-border smugglers': the tokenizer splits a hyphenated word and
    the parser may keep one piece; the phrase takes the whole word at either edge (never a
    figure's piece: 'seven-member gang')."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    while glued_hyphen(doc, first - 1) and first - 2 not in excluded and doc[first - 2].is_alpha:
        first -= 2
    while glued_hyphen(doc, last + 1) and last + 2 not in excluded and doc[last + 2].is_alpha:
        last += 2
    ends = [*doc[first : tokens[0].i], *tokens, *doc[tokens[-1].i + 1 : last + 1]]
    inner = {t.i for t in ends}
    # the hyphens of a word kept whole inside the phrase ('16-year-olds')
    glued = [doc[i] for i in range(first, last + 1) if glued_hyphen(doc, i)
             and i - 1 in inner and i + 1 in inner]  # fmt: skip
    return sorted({*ends, *glued}, key=lambda t: t.i)


def phrase_text(tokens: list[Token]) -> str:
    """The tokens as written: contiguous runs keep their spacing, gaps become one space.
    List bullets and dashes before a label ('• Cannabis resin') are no part of it."""
    parts: list[str] = []
    for index, token in enumerate(tokens):
        parts.append(token.text)
        is_last = index == len(tokens) - 1
        if not is_last:
            contiguous = tokens[index + 1].i == token.i + 1
            if not contiguous and _comma_in_name(token, tokens[index + 1]):
                parts.append(", ")  # "Planning, Research and Development Section"
                continue
            parts.append(token.whitespace_ if contiguous else " ")
    text = "".join(parts).strip().rstrip(":")  # "(Priority 1):" is one token
    return text.lstrip(_BULLETS) or text


def _comma_in_name(token: Token, following: Token) -> bool:
    """Only a comma stands between two capitalised words of a phrase: a list in a name."""
    if following.i != token.i + 2 or token.doc[token.i + 1].text != ",":
        return False
    return token.is_title and following.is_title


def _counting_number(token: Token) -> bool:
    """A number of a bare count: '15' or 'million' of '15 million containers'."""
    while token.dep_ in ("compound", "quantmod") and token.head.i > token.i:
        token = token.head
    counted = token.head
    if not token.like_num or token.dep_ != "nummod":
        return False
    return counted.pos_ == "NOUN" and counted.i > token.i


def _every_sort(noun: Token) -> bool:
    """'all types', 'every kind': sorts of everything, which narrow no count."""
    if noun.lemma_.lower() not in _SORT_NOUNS:
        return False
    return any(c.lower_ in _EVERY_WORDS for c in noun.children)


def _determined(token: Token) -> bool:
    """Is a determiner or a number right before the token ('the most wanted', '10 most')?"""
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and (before.dep_ == "det" or before.like_num or before.tag_ == "PRP$")


def _aged_after(pronoun: Token) -> bool:
    """'those aged 20 to 29': a group pronoun defined by an age."""
    after = pronoun.nbor(1) if pronoun.i + 1 < len(pronoun.doc) else None
    return after is not None and after.lower_ in _AGE_WORDS


def _counted_item(noun: Token) -> bool:
    """A noun with a count of its own ('5,000 new assault rifles')."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" and c.like_num for c in noun.children
    )
