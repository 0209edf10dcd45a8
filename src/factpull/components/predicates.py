"""Predicate and agent: the verb that carries an amount, its subject and who acts.

Also the clause grammar the other role modules lean on (``_governing_verb``, ``_subject_of``)
and the sentence topic, the antecedents the extractor offers a next sentence's 'They'/'It'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factpull.components import subjects
from factpull.components.phrases import NOMINALS, NOUNS, VERBS, NounPhrases, noun_key, phrase_text


class Predicates(NounPhrases):
    """The verb, its subject and its agent; mixed into ``RoleFinder``."""

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

    def _governing_verb(self, token: Token) -> Token | None:
        for _ in range(12):
            if token.pos_ in VERBS and token.dep_ != "amod":
                return token
            if token.head.i == token.i:
                # "Cocaine seizures at Antwerp port fall by 21%": a headline verb tagged a
                # noun that still has a subject is the verb
                return token if self._misread_change_verb(token) else None
            token = token.head
        return None

    def _misread_change_verb(self, token: Token) -> bool:
        """A change verb the tagger made a noun that still governs a subject, as only a verb
        does ('Cocaine seizures at Antwerp port fall by 21%'); not 'SLP arrests 317'."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.change_verbs:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)

    def _subject_of(self, verb: Token) -> Token | None:
        parsed = self._parsed_subject(verb)
        if parsed is not None:
            return parsed
        return _after_fronted_source(verb) or _reported_object(verb)

    def _parsed_subject(self, verb: Token) -> Token | None:
        for _ in range(4):
            found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
            found = found or [c for c in verb.children if _gerund_subject(c)]
            found = found or _subject_of_misread_aux(verb)
            if found:
                # "SEOUL, Feb. 11 (Yonhap) -- Losses reached ...": of two subjects the parser
                # gives one verb, the one nearest before it; the other is a dateline or a
                # split word ("co-conspirators")
                before = [c for c in found if c.i < verb.i]
                before = [c for c in before if not _joined_to_other_subject(c, before)]
                agreeing = [c for c in before if _agrees(c, verb)]
                before = agreeing if len(before) > 1 and agreeing else before
                subject = before[-1] if before else found[0]
                return self._antecedent(_aged_noun_before(subject) or subject, verb)
            misread = _participle_read_as_clause(verb)
            if misread is not None:
                return misread  # "the average time taken to ... has dropped from 45 days"
            climbable = ("conj", "xcomp", "advcl", "acl", "relcl", "prep", "pcomp")
            if verb.dep_ in climbable and verb.head.pos_ in VERBS:  # "..., following a 5% rise"
                verb = verb.head
            elif _reduced_relative_root(verb):
                verb = verb.head  # "Thefts reported to police fell 18%": 'reported' read as root
            elif verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOMINALS:
                return _set_off_holder(verb) or verb.head
            else:
                return None
        return None

    def _sourced_phrase(self, head: Token, span: Span) -> list[Token]:
        """'Losses from phone scams reached $1bn', 'Deaths from overdoses fell 5%': a clause
        subject keeps the 'from' phrase that says which losses or deaths are measured."""
        tokens = self._noun_phrase(head, span)
        if head.pos_ != "NOUN":
            return tokens
        for prep in head.rights:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            figure = bool(objects) and self._in_figure(objects[0])
            if prep.lower_ == "from" and objects and not figure and prep not in tokens:
                inner = self._noun_phrase(objects[0], span)
                return sorted({*tokens, prep, *inner}, key=lambda t: t.i)
        return tokens

    @staticmethod
    def _antecedent(subject: Token, verb: Token) -> Token:
        """'Ford, which has 13,000 workers': the relative pronoun stands for 'Ford';
        'Police said they arrested 17 suspects': the pronoun stands for the speaker."""
        relative = subject.tag_ in ("WDT", "WP") or subject.lower_ == "that"
        if relative and verb.dep_ == "relcl" and verb.head.pos_ in NOMINALS:
            return verb.head
        return subjects.reported_speaker(subject, verb) or subject

    def _agent(self, verb: Token) -> list[Token] | None:
        for child in verb.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return self._noun_phrase(objects[0], None) if objects else None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        if verb.dep_ == "xcomp" and verb.head.pos_ in VERBS:
            objects = [c for c in verb.head.children if c.dep_ == "dobj" and not self._numbered(c)]
            if objects:  # "ordered the firm to pay $5m"; not "gained 1% to close at 1,478"
                return self._noun_phrase(objects[0], None)
        subject = self._subject_of(verb)
        if subject is None or subject.dep_ == "expl" or noun_key(subject) & self.look_through:
            return None  # "the number of X has dropped": X is measured, nobody acts
        return self._noun_phrase(subject, None)

    def _numbered(self, noun: Token) -> bool:
        """A number or a unit with its number ('1%', '200 days'): a quantity, not an actor."""
        return (noun.like_num or self._is_unit_word(noun) or noun.text == "%"
                or any(c.dep_ == "nummod" for c in noun.children))  # fmt: skip

    def _existential_noun(self, verb: Token) -> Token | None:
        """'there were 7.5 million crimes' -> 'crimes'."""
        for child in verb.children:
            if child.dep_ in ("attr", "nsubj", "dobj") and child.pos_ in NOMINALS:
                return child
        return None

    def _topic(self, doc: Doc) -> list[dict[str, object]]:
        """Antecedents for 'They'/'It' in the next sentence: the main clause's subject, then
        its objects, each with its grammatical number so that a pronoun takes one that agrees
        ('Police raided a warehouse. It held 12 guns': 'It' is the warehouse)."""
        roots = [sent.root for sent in doc.sents]
        reporting = self.lex.words("reporting_verbs")
        clauses = [c for r in roots if r.lemma_.lower() in reporting for c in r.children
                   if c.dep_ in ("ccomp", "parataxis") and c.pos_ in VERBS]  # fmt: skip
        for root in clauses + roots:
            subject = self._subject_of(root) if root.pos_ in VERBS else None
            if subject is not None and subject.dep_ == "expl":
                subject = self._existential_noun(subject.head)
            if subject is not None and not self._is_vague([subject]):
                objects = [c for c in root.children if c.dep_ == "dobj" and c.pos_ in NOUNS
                           and not (self._is_unit_word(c) or c.text == "%")]  # fmt: skip
                return [_antecedent_record(self._noun_phrase(self._shared_whole(t), None), t)
                        for t in [subject, *objects]]  # fmt: skip
        return []

    def _shared_whole(self, noun: Token) -> Token:
        """'almost two-thirds of our seizures were in the capital. Last year it was less than
        30 percent': a share as antecedent stands for what it is a share of."""
        if not (self._in_figure(noun) or noun.text == "%" or noun.lower_ in _SHARE_WORDS):
            return noun
        for share in (noun, *noun.children):  # 'two-thirds' may hang 'of' on 'thirds'
            whole = self._of_object(share)
            if whole is not None:
                return whole
        return noun


_SHARE_WORDS = frozenset({"percent", "per", "cent", "thirds", "third", "quarters", "quarter",
                          "half", "fifths", "fifth", "majority"})  # fmt: skip


def _antecedent_record(phrase: list[Token], head: Token) -> dict[str, object]:
    """A topic candidate as plain data (Doc extensions must stay serializable)."""
    plural = "Plur" in head.morph.get("Number") or subjects.plural_noun(head)
    counted = any(c.dep_ == "nummod" for c in head.children)  # 'recorded 181 476 crimes'
    return {"text": phrase_text(phrase), "plural": plural, "counted": counted}


# A sentence that opens with its source: "According to PDEA data, drug seizures reached ...",
# "Based on ...", "Citing ...".
_FRONTED_SOURCE = frozenset({("according", "to"), ("based", "on")})
_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _set_off_holder(participle: Token) -> Token | None:
    """'the damage to the two shopfronts, estimated at $90,000': a participle set off by a
    comma after 'X to/of/in the Y' describes X, though the parser hangs it on Y."""
    doc = participle.doc
    noun = participle.head
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ != "NOUN":
        return None
    return noun.head.head


def _reported_object(verb: Token) -> Token | None:
    """'The agency says losses from romance fraud, in which ..., reached ¥105bn': the parser
    makes the reported clause's subject the object of 'says' and leaves its verb none."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    reporting = verb.head.lemma_.lower() in _SAYING_VERBS
    return objects[0] if reporting and objects and objects[0].pos_ == "NOUN" else None


_SAYING_VERBS = frozenset({"say", "report", "state", "announce", "estimate", "show"})
# Verbs that put a figure on something: "estimates the benefit at £96,000", "Insurers put the
# losses at $1.2bn".
ESTIMATING_VERBS = frozenset({"estimate", "put", "value", "assess", "calculate", "place",
                              "set", "peg", "reckon", "fix"})  # fmt: skip


def _after_fronted_source(verb: Token) -> Token | None:
    """'According to Ministry of Finance data, detected VAT fraud fell by 31%', 'Based on PDEA
    data, drug seizures reached P1.92 billion': the parser often hangs the clause's subject
    on the fronted source (as its apposition, or as the object of a participle it took for
    the main verb). The noun run right after the source's comma is the subject."""
    doc = verb.doc
    words = [t for t in doc[:3] if not t.is_space]  # tokens, not doc.text: this runs often
    opening = tuple(t.lower_ for t in words[:2])
    if opening not in _FRONTED_SOURCE and opening[:1] != ("citing",):
        return None
    comma = next((t.i for t in doc[: verb.i] if t.text == ","), None)
    if comma is None:
        return None
    run = []
    for token in doc[comma + 1 : verb.i]:
        # a participle modifies the noun ('detected VAT fraud'), even when tagged as a past
        if token.pos_ not in _SUBJECT_WORDS and token.tag_ not in ("VBN", "VBD"):
            break
        if token.pos_ == "VERB" and any(t.pos_ in NOUNS for t in run):
            break  # 'officers seized': the noun run ended at the verb
        run.append(token)
    nouns = [t for t in run if t.pos_ in NOUNS]
    return nouns[-1] if nouns else None


# Past participles a noun's reduced relative clause opens with ('cases reported to police').
_REPORTED_PARTICIPLES = frozenset(
    {"reported", "recorded", "registered", "logged", "filed", "seized", "confiscated",
     "stolen", "recovered", "detected", "solved", "committed", "intercepted", "investigated"}
)  # fmt: skip


def _reduced_relative_root(verb: Token) -> bool:
    """'Fraud cases reported to the force fell 18 per cent': the parser makes 'reported' the
    root and 'fell' its clause; the noun before the participle is the subject of both."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.lower_ in _REPORTED_PARTICIPLES
        and head.i < verb.i
        and not any(c.dep_ == "mark" for c in verb.children)  # "Police reported that ..."
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)  # "have seized"
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children)
    )


def _gerund_subject(clause: Token) -> bool:
    """'Shoplifting in Dundee has risen by a third': a crime named by a gerund the parser
    takes for a clausal subject; one with an object of its own is a clause ('Stealing cars
    is ...')."""
    if clause.dep_ != "csubj" or clause.tag_ != "VBG":
        return False
    return not any(c.dep_ in ("dobj", "nsubj") for c in clause.children)


def _aged_noun_before(subject: Token) -> Token | None:
    """'the number of victims younger than 18 rose to 31': the parser may make the age the
    subject; the people it bounds are."""
    doc, i = subject.doc, subject.i
    if not subject.like_num or i < 3 or doc[i - 1].lower_ != "than":
        return None
    if doc[i - 2].lower_ not in ("younger", "older") or doc[i - 3].pos_ != "NOUN":
        return None
    return doc[i - 3]


def _participle_read_as_clause(verb: Token) -> Token | None:
    """'the average time taken to complete an investigation has dropped': the parser may
    read the participle after the noun as a clausal subject with the noun as its own
    subject; that noun is the verb's subject."""
    for clause in verb.children:
        if clause.dep_ == "csubj" and clause.tag_ == "VBN" and clause.i < verb.i:
            nouns = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in NOMINALS]
            if nouns and nouns[0].i == clause.i - 1:
                return nouns[0]
    return None


def _joined_to_other_subject(subject: Token, subjects: list[Token]) -> bool:
    """'the average time between the first call and the transfer was 40 minutes': the parser
    hangs 'transfer' on the verb, but the 'and' before it joins it to a noun inside another
    subject's phrase ('call', in 'time between ...')."""
    left = subject.left_edge
    if left.i == 0:
        return False
    joiner = subject.doc[left.i - 1]
    if joiner.dep_ != "cc":
        return False
    return any(o is not subject and o.i < subject.i and joiner.head in o.subtree for o in subjects)


def _agrees(subject: Token, verb: Token) -> bool:
    """'The average response time for priority 1 calls was 11.4 minutes': of two subjects
    the parser gives 'was', the singular one agrees; 'were' takes the plural."""
    if verb.lower_ in ("was", "is", "has"):
        return subject.tag_ in ("NN", "NNP")
    if verb.lower_ in ("were", "are", "have"):
        return subject.tag_ in ("NNS", "NNPS")
    return True


def _subject_of_misread_aux(verb: Token) -> list[Token]:
    """'Fines collected amounted to ...': the parser may take the participle after the
    subject for an auxiliary and hang the subject on it."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    return [c for a in auxiliaries if a.tag_ == "VBD" for c in a.children if c.dep_ == "nsubj"]
