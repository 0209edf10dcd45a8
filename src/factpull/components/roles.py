"""``factpull_roles``: who and what each quantity is about, from the dependency parse.

For each mention found by ``factpull_quantities`` this component fills in:
- subject: the thing counted or measured ("criminal gangs", "assets", "types of crimes");
- change: "increase"/"decrease" when the number is itself a change ("dropped 86 percent");
- predicate and agent: the verb carrying the number and who acts ("officers" "busted");
- attribution: who states it ("the Ministry of Public Security" said);
- equivalent_of: a parenthetical conversion points at the amount it converts.
Pronoun subjects and agents ("They", "It") are flagged; the extractor resolves them against the
previous sentence, which this component cannot see.

This module holds the factory, the per-mention steps and the subject rule order
(``RoleFinder._subject``). The rules live in their own modules, mixed into ``RoleFinder``:
- ``subject_nouns``: the noun written with the number, labels, ages;
- ``subject_amounts``: what an amount is the value, price, level or measure of;
- ``subject_clauses``: the clause's subject, the fallback;
- ``subjects``: the plain parse patterns those rules call;
- ``change``: increase/decrease; ``predicates``: verb, subject of a verb, agent, topic;
- ``attribution``: speakers and sources; ``equivalents``: conversions and comparisons;
- ``phrases``: turning a head token into the phrase reported.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from factpull.assets import lexicon
from factpull.components.attribution import Attribution
from factpull.components.change import ChangeRules
from factpull.components.equivalents import link_equivalents, partner
from factpull.components.phrases import (
    GROUP_PRONOUNS,
    QUANTIFIER_PRONOUNS,
    TIME_NOUNS,
    phrase_text,
)
from factpull.components.quantities import MENTIONS_ATTR
from factpull.components.subject_amounts import AmountSubjects, fine_subject, noun_before_of
from factpull.components.subject_clauses import ClauseSubjects
from factpull.components.subject_nouns import NounSubjects
from factpull.mentions import Mention
from factpull.rate_base import document_rate_base
from factpull.scan import FORM_DIGITS

TOPIC_ATTR = "factpull_topic"
SPEAKER_ATTR = "factpull_speaker"  # the sentence's attribution, carried by the Extractor
# True when that attribution is an 'according to X' phrase, which covers its own sentence only.
SPEAKER_LOCAL_ATTR = "factpull_speaker_local"
_FIRST_PERSON = frozenset({"i", "we", "us", "me"})
# A relative word opening a phrase links a clause, it names nothing: "whose Papatoetoe store".
_RELATIVE_WORDS = frozenset({"whose", "which", "whom", "who", "that"})
# Prepositions and adverbs of place spread over an area: "Ram raids across the country" counts
# ram raids. Crime categories ("crimes against women") are kept.
_LOCATIVE_PREPOSITIONS = frozenset({"across", "throughout"})
_LOCATIVE_ADVERBS = frozenset({"nationwide", "countrywide", "statewide", "islandwide", "citywide",
                               "countywide", "worldwide", "province-wide"})  # fmt: skip
# Adverbs an apposition opens with, which say how often, not who: "often students".
_HEDGES = frozenset({"often", "mostly", "mainly", "usually", "typically", "largely", "chiefly",
                     "primarily", "generally", "frequently", "sometimes"})  # fmt: skip
# Words that make a count more of the same, not a kind of it: "80 further arrests" counts arrests.
# Not "other": "other household theft" is a category of its own.
_MORE_OF = frozenset({"further", "additional"})
# What stands between two listed figures: "38 and 22 per cent", "5, 10 and 15 percent"
_LIST_GAP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


@Language.factory(
    "factpull_roles",
    assigns=[
        f"doc._.{MENTIONS_ATTR}",
        f"doc._.{TOPIC_ATTR}",
        f"doc._.{SPEAKER_ATTR}",
        f"doc._.{SPEAKER_LOCAL_ATTR}",
    ],
    requires=[f"doc._.{MENTIONS_ATTR}", "token.dep", "token.head", "token.pos"],
)
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()


class RoleFinder(NounSubjects, AmountSubjects, ClauseSubjects, Attribution, ChangeRules):
    def __init__(self) -> None:
        Doc.set_extension(TOPIC_ATTR, default=None, force=True)
        Doc.set_extension(SPEAKER_ATTR, default=None, force=True)
        Doc.set_extension(SPEAKER_LOCAL_ATTR, default=False, force=True)
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
        self.change_verbs = self.increase_verbs | self.decrease_verbs
        self.deictic = self.lex.words("deictic_modifiers")
        self.vague = self.lex.words("vague_subject_words")
        # word lists the subject rules test per token: built once, not on every call
        self.quantifier_words = self.lex.words("subject_quantifiers")
        self.crime_categories = self.lex.words("crime_category_nouns")
        self.age_people = self.lex.words("age_people_nouns")
        self.age_person = self.lex.words("age_person_nouns")
        self.place_nouns = self.lex.words("place_nouns")
        self.measure_nouns = self.lex.words("measure_nouns")
        self._figures: list[range] = []  # token spans of the current Doc's mentions
        self._mentions: list[Mention] = []  # the current Doc's mentions, in order
        self._subject_tokens: dict[int, list[Token]] = {}  # by a figure's first token

    def __call__(self, doc: Doc) -> Doc:
        mentions = [Mention.from_dict(d) for d in doc._.get(MENTIONS_ATTR) or []]
        attribution = self._attribution(doc)
        # Other figures never belong to a subject: "a 5 per cent penalty of $52,000" -> penalty.
        self._figures = [range(m.unit_token_start, m.unit_token_end) for m in mentions]
        self._mentions = mentions
        self._subject_tokens = {}
        scope = _scope_start(attribution[0]) if attribution is not None else 0
        for mention in mentions:
            in_scope = attribution is not None and mention.unit_token_start >= scope
            self._annotate(doc, mention, attribution if in_scope else None)
        self._share_listed_subjects(doc, mentions)
        _share_term_parts(doc.text, mentions)
        link_equivalents(doc, mentions)
        self._rate_values(doc, mentions)
        for mention in mentions:
            if mention.kind == "count" and mention.unit is None and not mention.value.is_integer():
                mention.kind = "other"  # "a blood alcohol level of 0.14": no count is a fraction
        doc._.set(MENTIONS_ATTR, [m.to_dict() for m in mentions])
        doc._.set(TOPIC_ATTR, self._topic(doc))
        doc._.set(SPEAKER_ATTR, attribution[1] if attribution is not None else None)
        doc._.set(SPEAKER_LOCAL_ATTR, attribution is not None and _according(attribution[0]))
        return doc

    def _fronted_figure_group(self, span: Span) -> list[Token] | None:
        """'Of the 631 arrested, 58 were women and 17 were from other states': a sentence
        opening with 'Of/Among' a counted group names what each later figure standing alone
        is a part of; the group's subject is its figure's."""
        doc, start = span.doc, span.sent.start
        if doc[start].lower_ not in ("of", "among"):
            return None
        comma = next((t.i for t in doc[start : span.start] if t.text == ","), None)
        if comma is None:
            return None
        inside = [m for m in self._mentions if start < m.unit_token_start < comma]
        return self._subject_tokens.get(inside[0].unit_token_start) if len(inside) == 1 else None

    def _estimated_label(
        self, mention: Mention, span: Span, subject: list[Token] | None
    ) -> list[Token] | None:
        """'Estimated value of drugs seized: Rs 412 crore': a label that calls its figure an
        estimate qualifies it ('an estimated Rs 412 crore'); the label names the value."""
        if not subject or len(subject) < 2 or subject[0].lower_ not in _ESTIMATE_LABELS:
            return subject
        between = span.doc[subject[-1].i + 1 : span.start]
        if mention.qualifier is not None or ":" not in between.text:
            return subject
        mention.qualifier = self.lex.qualifiers[subject[0].lower_]
        return subject[1:]

    def _share_listed_subjects(self, doc: Doc, mentions: list[Mention]) -> None:
        """'38 and 22 per cent of all petitions', '12 and 40 kg': the parser hangs a listed
        number on the next one's unit word, which is no subject; it measures what the next
        one does. From the end, so that a longer list ('5, 10 and 15 percent') passes it on."""
        for first, second in reversed(list(pairwise(mentions))):
            tokens = self._subject_tokens.get(first.unit_token_start)
            inside = range(second.unit_token_start, second.unit_token_end)
            if not tokens or not any(t.i in inside for t in tokens):
                continue
            if not _LIST_GAP.fullmatch(doc.text[first.end : second.start]):
                continue  # "Two 16-year-olds": the figure counts what the next one names
            first.subject, first.subject_is_pronoun = second.subject, second.subject_is_pronoun
            shared = self._subject_tokens.get(second.unit_token_start)
            if shared is None:
                del self._subject_tokens[first.unit_token_start]
            else:
                self._subject_tokens[first.unit_token_start] = shared

    def _rate_values(self, doc: Doc, mentions: list[Mention]) -> None:
        """'the highest rates, at 62.1 and 58.4', 'the crime rate rose to 448.3': a bare number
        whose subject is a rate is the rate's value, no count. After the equivalents, which
        give a compared figure its partner's per-phrase ('the national rate of 18.2')."""
        for mention in mentions:
            subject = self._subject_tokens.get(mention.unit_token_start)
            # 'a rate of 31.1' may be read as a measure ('other') before its subject is known;
            # 'twice the national rate' is a multiple
            measure = mention.kind == "other" and mention.form == FORM_DIGITS
            if not (mention.kind == "count" or measure) or mention.unit is not None or not subject:
                continue
            if mention.value >= _RATE_BASE_MAX:
                continue  # "The rate rose from 4.1% to 4.5 million": more than any base
            before = doc[mention.token_start - 1] if mention.token_start > 0 else None
            after = doc[mention.token_end] if mention.token_end < len(doc) else None
            if (before is not None and before.lower_ == "in") or (after and after.lower_ == "of"):
                continue  # 'Rates fell in fourteen': places; 'and 12 of them died': people
            if after is not None and after.lower_ == "times":
                continue  # 'more than 10 times the national average': a multiple of the rate
            if after is not None and after.i == subject[0].i and subject[-1].tag_ == "NNS":
                continue  # 'a fine of 40 daily rates' (day-fines) counts the rates
            if _rated(subject):
                mention.kind = "rate"
            per = _per_base(subject)
            if per is not None:  # "The number of crimes per 100 000 inhabitants was 1 594"
                unit = document_rate_base(per.text) or " ".join(per.text.split())
                mention.kind, mention.unit = "rate", unit

    def _without_change_verb(self, subject: list[Token] | None, span: Span) -> list[Token] | None:
        """'saw its total fall by 18.2%': the change verb the tagger read as the subject's
        noun is no part of what changed."""
        if not subject or len(subject) < 2 or subject[-1].i + 2 != span.start:
            return subject
        changed = subject[-1].lemma_.lower() in self.change_nouns
        return subject[:-1] if changed and span.doc[span.start - 1].lower_ == "by" else subject

    def _sentenced_person(self, mention: Mention, span: Span, subject: list[Token]) -> bool:
        """'Kielty was jailed for 12 years', 'His deputy received eight years': a sentence's
        length taken by a sentencing verb (cues.json ``sentencing_verbs``) whose subject is
        the one sentenced, not a penalty ('a prison term of 12 years' keeps 'prison term')."""
        if mention.kind != "duration" or any(t.lemma_.lower() in _TERM_WORDS for t in subject):
            return False
        if subject[0].i > span.start:
            return False  # "sent on a 14-day physical remand": the noun the length describes
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
        return verb is not None and verb.lemma_.lower() in self.lex.words("sentencing_verbs")

    # -- per mention ---------------------------------------------------------------------------
    def _annotate(self, doc: Doc, mention: Mention, attribution: tuple[Span, str] | None) -> None:
        span = doc[mention.unit_token_start : mention.unit_token_end]
        anchor = self._anchor(span)
        attribution = self._estimate_source(anchor) or attribution
        attribution = self._inner_speaker(anchor, attribution) or attribution
        # the subject rules read the change
        mention.change = self._change(mention, span, self._range_start(span, anchor))
        subject = self._estimated_label(
            mention, span, _trimmed(self._subject(mention, span, anchor))
        )
        subject = self._without_change_verb(subject, span)
        subject = _penalty_without_offence(mention, subject)
        sentenced = subject is not None and self._sentenced_person(mention, span, subject)
        if sentenced:
            subject = None  # "Kielty was jailed for 12 years": the years measure no person
        if subject is not None and _locating_distance(mention, span):
            subject = None  # "about 4 nautical miles south of Canouan": where, not what
        if mention.subject_of_group and subject is not None and _bare_whole(subject):
            subject = None  # "Of that number, 301 ...": 'number' stands for what was counted
        if subject is not None and self._speaker_as_subject(
            mention, span, subject, anchor, attribution
        ):
            subject = None  # a compared figure takes the measured noun (``link_equivalents``)
        if subject is not None:
            self._subject_tokens[mention.unit_token_start] = subject
            mention.subject = fine_subject(subject) or phrase_text(subject)
            # "Those aged 30 to 49": the age itself defines the group, no antecedent does
            defined = mention.kind == "age" and subject[0].lower_ in GROUP_PRONOUNS
            alone = len(subject) == 1 and subject[0].lower_ in QUANTIFIER_PRONOUNS
            mention.subject_is_pronoun = (self._is_vague(subject) or alone) and not defined
            if mention.kind == "duration" and subject[-1].lemma_.lower() == "age":
                mention.kind = "age"  # "The average age ... was 19 years": years of age
            if mention.kind == "count" and mention.unit is None and _scored(subject):
                mention.kind = "other"  # "the severity index rose to 201.6": a score, no count
        elif mention.subject is None and not sentenced:  # a table cell has its column's
            mention.subject = self._implied_people(mention, span, anchor)
            mention.subject_implied = mention.subject is not None
            mention.subject_elided = mention.subject is None and self._elided(mention, anchor)
            lead = self._colon_lead(anchor) if mention.subject_elided else None
            group = self._fronted_figure_group(span) if mention.subject_elided else None
            if lead is not None:  # "Carjackings barely moved: 388 were reported"
                mention.subject = phrase_text(self._noun_phrase(lead, span))
                mention.subject_elided = False
            elif group is not None:  # "Of the 631 arrested, 17 were from other states"
                mention.subject = phrase_text(group)
                mention.subject_elided = False
        level = mention.change is None
        if mention.qualifier is None and (
            self._estimated(anchor, span) or self._estimated_level(subject, span, level)
        ):
            mention.qualifier = "about"
        verb, agent = self._passive_modifier(subject)
        verb = verb or self._governing_verb(anchor)
        if verb is not None:
            mention.predicate = verb.text
            agent = agent or self._agent(verb)
            if agent and not _overlaps(agent, subject) and not _overlaps(agent, list(span)):
                mention.agent = phrase_text(agent)
                mention.agent_is_pronoun = self._is_vague(agent)
        if attribution is not None and not self._in_speaker(mention, span, attribution[0]):
            mention.attribution = attribution[1]

    def _speaker_as_subject(
        self,
        mention: Mention,
        span: Span,
        subject: list[Token],
        anchor: Token,
        attribution: tuple[Span, str] | None,
    ) -> bool:
        """'We saw under 20', '..., compared with 55.2%, Police Scotland said': the writer
        ('I', 'we') or the speaker is who states a measure, not what it measures. A pronoun
        in the reported clause that stands for the speaker keeps it ('The firm said it grew
        5%')."""
        if len(subject) == 1 and subject[0].pos_ == "PRON" and subject[0].lower_ in _FIRST_PERSON:
            return True
        if attribution is None or mention.kind == "age":
            return False  # "Jamie Smith, 25, said": the speaker's own age
        source = attribution[0]
        if source.start <= anchor.i < source.end or self._in_speaker(mention, span, source):
            return False  # "according to eight estimates compiled by X": the source's figure
        if not all(source.start <= t.i < source.end for t in subject):
            return False
        verb = self._governing_verb(anchor)
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb else []
        return not any(c.pos_ == "PRON" for c in own)

    @staticmethod
    def _in_speaker(mention: Mention, span: Span, source: Span) -> bool:
        """Is the figure part of who states it? 'according to eight estimates', 'Nearly half
        of households (48%) said': a counted group that speaks is no source of its own
        figure; nor is a speaker of their own age ('Jamie Smith, 25, said', 'Anna Pirini
        (54) said'): the writer states it."""
        if source.start <= span.start < source.end:
            return True
        between = span.doc[source.end : span.start]
        right_after = source.end <= span.start and all(t.is_punct for t in between)
        if mention.kind == "age" and right_after and len(between) <= 1:
            return True
        root = source.root
        if root.dep_ != "nsubj":
            return False  # a headline source ('SAPS: 6,945 murdered') heads the whole line
        if mention.kind == "age" or not root.left_edge.i <= span.start <= root.right_edge.i:
            return False
        token = span.root
        while token.i != root.i and token.head.i != token.i:
            if token.dep_ in ("relcl", "acl", "advcl"):
                return False  # "Smith, who led 12 raids, said": the speaker's own statement
            token = token.head
        return token.i == root.i

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
        if self._time_frame(mention, span):
            return None  # "stole $186,000 over six years": when, not what
        rules = (
            self._appositive_age,  # "The pilot, 52,"
            self._counted_in_rate,  # "80 homicides a month"
            self._in_apposition,  # "The main accused, a 29-year-old", "The haul, 386kg hidden ..."
            self._stated_age,  # "The victim, who was 17, died", "He will be 35 by then"
            self._nominal_age,  # "the stabbing of a 17-year-old": the age names the person
            self._multiplied,  # "Black men were jailed at 5.1 times the rate of white men"
            self._row_label,  # "- Carjacking: 5,973", "Murder    12    15    -20.0%"
            self._line_label,  # "Clearance rate, violent offences: 61.3%"
            self._named_measure,  # "...; detection rate 41 per cent"
            self._predicate_nominal,  # "241 were children", "Of the victims, 17 were women"
            self._fronted_group,  # "Among adults aged 16 and over, 1.3 million ..."
            self._nominal_participle,  # "Of the 11 accused, seven ..."
            self._rate_in_cases,  # "the crime rate dropped to 1,912 cases per 100,000"
            self._ranked_object,  # "The report ranks Malta 12th"
            self._relative_whole,  # "arrested 6,782 persons, of whom 1,049 ..."
            self._rate_of_subject,  # "The violent crime rate was 359.1 offenses per 100,000"
            self._linked_amount,  # "a Rolex watch worth £48,500", "cash totalling N1.4bn"
            self._level_before_time,  # "Burglaries fell to 4,120 last year"
            self._headline_change,  # "Murders down 18 per cent", "Ram raids down by half"
            self._with_change,  # "..., with murders down nearly 20%"
            self._changed_object,  # "increased night patrols by 30 per cent"
            self._share_off_noun,  # "sold at prices 15-20% below the market"
            self._change_of_figure,  # "lost RM1.22 billion to online scams, up 18.6%"
            self._title_case_noun,  # "Police Recover 212 Stolen Vehicles In Port Raid"
            self._listed_participle,  # "- 412 reported kidnappings"
            self._aged_noun,  # "children aged 10 to 15", "people aged 65 or older"
            self._changed_by_cases,  # "the number of seizures fell by 112 cases"
            self._adverb_modified,  # "6 locally made guns"
            self._modified_noun,  # "1,759 criminal gangs", "a $7.5 million fine"
            self._joined_modifiers,  # "614 stolen and lost mobile phones"
            self._property_after,  # "(1.5mm internal diameter)"
            self._dimension_after_noun,  # "cut cables 50 to 100 meters long"
            self._share_of_whole,  # "Victims over 60 made up 47 percent of the total"
            self._of_phrase,  # "29.95 billion yuan of assets", "17 of the suspects"
            self._measuring_participle,  # "ganja weighing 1,250 kg", "accounts holding $5m"
            self._label,  # "Total cost: $72,370"
            self._bracketed_after_noun,  # "violence (down 22%)"
            self._signed_label,  # "Burglary -4.2%, robbery +1.5%"
            self._bounded_age,  # "drivers under 25", "Of those killed, 74 were under 20"
            self._duration_in,  # "33 years in prison"
            self._kept_for,  # "keep transaction records for three years"
            self._paid_as,  # "the sum of ₦4,750,000 paid as ransom"
            self._valued_thing,  # "narcotics ... valued at $393,000"
            self._amount_in,  # "$1.2 million in cash"
            self._noun_after_amount,  # "over GH¢2.3m mobile money fraud"
            self._loser,  # "Victims of cyber fraud lost Rs 1,866 crore"
            self._misread_cost,  # "Romance fraud cost victims £92m", 'cost' tagged a noun
            self._fined_party,  # "The court fined the company £500,000"
            self._deprived_of,  # "defrauded a cooperative of KSh 4 million"
            self._spanned,  # "Payments ranged from €40,000 to €2 million"
            self._noun_before_qualifier,  # "stolen goods in excess of £2m"
            self._estimated_at,  # "estimates Keller's benefit from crime at £96,000"
            self._price_of,  # "sold the house for $500,000", "raised the bail to $1m"
            self._paid_for,  # "paid $35,000 for a car"
            self._unit_price,  # "sold heroin at $80 per gram"
            self._measure_of,  # "a blood-alcohol level of 0.14", "the national average of 87"
            self._bounded_measure,  # "a blood alcohol concentration between 0.05 and 0.08"
            self._of_holder,  # "a fine of $5,000", "the seizure of Rs 22 crore"
            self._equivalent_subject,  # "the haul is equivalent to P6.8 million"
            self._ranked_with,  # "Lagos had the most kidnappings with 214"
            self._followed_by,  # "..., followed by physical injuries with 7,215"
            self._gapped_figure,  # "San José followed with 131 killings and Puntarenas with 88"
            self._copula_subject,  # "Global debt was $113 trillion"
            self._raised_level,  # "..., bringing the workforce to around 84,000"
            self._level_reached,  # "Losses reached $2.5 billion"
            self._elided_noun,  # "435 suspects in May and 187 in June"
            self._gapped_by_words,  # "Thefts numbered 24,870 and burglaries 6,105"
            self._person_after_age,  # "believe the ring's leader, a 33-year-old Austrian, ..."
        )
        for rule in rules:
            found = rule(mention, span, anchor)
            if found is not None and not _length_of_time(mention, found):
                return self._counted_not_body(mention, span, found)
        measured = mention.kind in ("money", "weight") or _weight_rate(mention)
        level_amount = measured and mention.change is None
        if level_amount or self._compared_figure(mention, span):
            # "seized $5m": the amount itself is what was seized, but "Fraud losses fell by
            # $2.1m" changes the clause's subject; "6,214 calls, up from 5,870": a compared
            # figure takes its partner's subject (``link_equivalents``)
            return None
        misread = self._misread_compound(span) or self._change_read_as_noun(span)
        found = misread or self._clause_subject(mention, span, anchor)
        if found is None or _length_of_time(mention, found):
            return None
        return self._counted_not_body(mention, span, found)

    def _counted_not_body(self, mention: Mention, span: Span, found: list[Token]) -> list[Token]:
        """'APD now has 870 sworn officers ... and hopes to reach 1,000', 'CMPD ended the year
        with 1,742 sworn officers, about 180 short of ...': a bare count the clause gives to
        a named body counts what the body's earlier figure counted, not bodies."""
        if mention.kind != "count" or not self._body_name(found):
            return found
        common = len(found) == 1 and found[0].pos_ == "NOUN"
        if common and not _definite_before(found[0], span):
            return found  # "a new 500-bed centre": a body the count describes
        if span.start > found[-1].i and span.start - found[-1].i == 1:
            return found  # "APD 14": a name's number, read elsewhere
        return self._earlier_counted(mention, span) or found

    def _body_name(self, words: list[Token]) -> bool:
        """'APD', 'the Oklahoma Department of Corrections (ODOC)': the proper name of a body,
        or a body named by its head noun alone ('the force had 476 officers, 40 short of')."""
        heads = self.lex.words("organisation_heads")
        if len(words) == 1 and words[0].pos_ == "NOUN" and words[0].lower_ in heads:
            return True
        named = all(t.pos_ == "PROPN" or t.is_punct or t.lower_ in _NAME_LINKS for t in words)
        body = words[-1].is_upper or any(t.lower_ in heads for t in words)
        return named and words[-1].pos_ == "PROPN" and body

    def _compared_figure(self, mention: Mention, span: Span) -> bool:
        """Does a figure of the same kind, in the same sentence, lead to this one through a
        comparison ('..., up from', '..., compared with')?"""
        sentence = [m for m in self._mentions if m.start >= span.sent.start_char]
        index = next((i for i, m in enumerate(sentence) if m is mention), None)
        if index is None:
            return False
        return partner(span.doc.text, sentence, index) is not None

    def _estimated_level(self, subject: list[Token] | None, span: Span, level: bool) -> bool:
        """'The estimated value of property stolen amounted to €3.4 million': the first level
        of an estimated quantity after it is approximate (the subject phrase leaves
        'estimated' out); '..., of which €0.9 million was recovered' is another amount."""
        if not subject or subject[0].i == 0 or subject[-1].i >= span.start:
            return False
        before = subject[0].nbor(-1)
        held = before.lower_ == "of" and before.head.lower_ in _VALUE_HOLDERS
        if held and level and before.head.i > 0:
            # "The estimated value of stolen vehicles reached ...": the value looked through;
            # a change of it ("the estimated number of thefts fell 9%") is no estimate
            estimated = before.head.nbor(-1).lower_ == "estimated"
        else:
            estimated = before.lower_ == "estimated" and before.head in subject
        if not estimated:
            return False
        return not any(subject[-1].i < r.start < span.start for r in self._figures)

    @staticmethod
    def _estimated(anchor: Token, span: Span) -> bool:
        """'an estimated street value of $393,000', 'estimated at $5m', 'The estimated value
        ... is $1.4m': an approximate amount (read from the words when the parser split 'Tk'
        off 'Tk 624 crore')."""
        holder = anchor.head.head if anchor.dep_ == "pobj" else noun_before_of(span)
        if holder is None and anchor.head.lemma_ == "be":
            # "The total estimated street value of the drugs is $1.4 million"
            holder = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
        if holder is None:
            return False
        words = {holder.lower_} | {
            c.lower_ for c in holder.children if c.dep_ in ("amod", "advmod")
        }
        return bool(words & {"estimated", "approximate", "approximated", "estimate"})


_NAME_LINKS = frozenset({"of", "the", "and", "&", "for"})


def _scope_start(source: Span) -> int:
    """'Police seized 221 tonnes, ..., and Interior Minister Ana Ruiz said more than 1,800
    ...': a speaker introduced after 'and' or a semicolon states only the figures after it;
    the token index from which the attribution holds (0: the whole sentence)."""
    doc = source.doc
    before = doc[source.start - 1] if source.start > 0 else None
    if before is not None and before.text == ";":
        return source.start  # "14,247 cases, ...; police say online registration has ..."
    if before is None or before.lower_ not in ("and", "but", "while") or source.start < 2:
        return 0
    joins_clauses = before.dep_ in ("cc", "mark") and before.head.pos_ in ("VERB", "AUX")
    return before.i if joins_clauses else 0


def _according(source: Span) -> bool:
    """Is the source an 'according to X' phrase?"""
    doc = source.doc
    cue = doc[max(source.start - 2, 0) : source.start].text.lower()
    return cue == "according to"


def _overlaps(first: list[Token], second: list[Token] | None) -> bool:
    """Do two phrases share a token? (An agent that is the measured subject is no agent.)"""
    return bool(second) and bool({t.i for t in first} & {t.i for t in second or []})


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade"})


def _locating_distance(mention: Mention, span: Span) -> bool:
    """'a pirogue about 4 nautical miles south of Canouan', '14km outside Wabag': a distance
    that says where something is measures nothing named in the sentence."""
    if mention.kind != "other" or mention.unit not in _DISTANCE_UNITS or span.end >= len(span.doc):
        return False
    return span.doc[span.end].lower_ in _DIRECTION_WORDS


_DISTANCE_UNITS = frozenset({"mile", "nautical mile", "kilometre", "metre", "yard", "foot"})
_DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                              "southeast", "southwest", "off", "from", "outside", "away",
                              "offshore", "inland", "short", "beyond"})  # fmt: skip


def _share_term_parts(text: str, mentions: list[Mention]) -> None:
    """'a non-parole period of two years and six months': the second part of a two-part
    term measures what the first does, unless it names its own ('... and 200 hours of unpaid
    work')."""
    for first, second in pairwise(mentions):
        if first.kind != "duration" or second.kind != "duration":
            continue
        smaller = _TERM_ORDER.get(second.unit or "", 0) < _TERM_ORDER.get(first.unit or "", 0)
        own = second.subject is not None and second.subject in text[second.end : second.end + 40]
        if smaller and not own and _TERM_JOINER.fullmatch(text[first.end : second.start]):
            second.subject, second.subject_is_pronoun = first.subject, first.subject_is_pronoun


# Units of a term, largest first: "two years and six months", "three months and 10 days"
_TERM_ORDER = {"year": 5, "month": 4, "week": 3, "day": 2, "hour": 1}
_TERM_JOINER = re.compile(r",?\s+and\s+|,\s+")


def _length_of_time(mention: Mention, subject: list[Token]) -> bool:
    """'Sentenced to 11 Years and Seven Months', 'eight years and six months, of which three
    years were suspended': no length of time is what a duration measures."""
    return mention.kind == "duration" and _time_units_only(subject)


def _time_units_only(subject: list[Token]) -> bool:
    """'Months', 'years and (six) months': words that only name lengths of time."""
    words = [t for t in subject if t.is_alpha and t.lower_ not in ("and", "or") and not t.like_num]
    # the lower-cased word, not the lemma: a title-case headline tags 'Months' a name
    return bool(words) and all(t.lower_.removesuffix("s") in _TIME_UNITS for t in words)


def _penalty_without_offence(mention: Mention, subject: list[Token] | None) -> list[Token] | None:
    """'20 years' imprisonment for murder': a term's penalty, without the offence it was
    given for (the offence is what the sentence punishes, not what the years measure)."""
    if mention.kind != "duration" or not subject or subject[0].lower_ not in _PENALTY_HEADS:
        return subject
    cut = next((i for i, t in enumerate(subject) if t.lower_ == "for" and i > 0), None)
    return subject[:cut] if cut is not None else subject


_PENALTY_HEADS = frozenset({"imprisonment", "jail", "prison", "custody", "detention",
                            "incarceration", "probation"})  # fmt: skip
# Words that make a subject a penalty, which a sentence's length does measure.
_TERM_WORDS = _PENALTY_HEADS | {"sentence", "term", "order", "release", "supervision", "service",
                                "ban", "disqualification", "licence", "penalty"}  # fmt: skip


# Words opening a label that make its figure an estimate: "Estimated losses: $5m"
_ESTIMATE_LABELS = frozenset({"estimated", "approx", "approx."})  # keys of lex.qualifiers


_AGE_CUES = frozenset({"aged"})


def _trimmed(subject: list[Token] | None) -> list[Token] | None:
    """The subject without a leading relative word or a trailing place ('across the island',
    'nationwide'); None when nothing but symbols is left ('%' names nothing)."""
    if subject is None:
        return None
    tokens = list(subject)
    while len(tokens) > 1 and tokens[0].lower_ in _RELATIVE_WORDS | _HEDGES:
        tokens.pop(0)  # "which", "often students aged 19 to 23"
    while len(tokens) > 1 and tokens[0].lower_ in _MORE_OF and tokens[0].dep_ == "amod":
        tokens.pop(0)
    if len(tokens) > 2 and tokens[0].lower_ == "as" and tokens[1].lower_ in ("many", "much"):
        tokens = tokens[2:]  # "twice as many thefts as in 2023": the thefts
    while len(tokens) > 1 and tokens[-1].lower_ in _LOCATIVE_ADVERBS | _AGE_CUES:
        tokens.pop()  # "nationwide"; "Persons aged below 30 years": the cue of the age
    for index, token in enumerate(tokens[1:], start=1):
        ends_here = tokens[-1].i <= token.right_edge.i
        if token.lower_ in _LOCATIVE_PREPOSITIONS and token.dep_ == "prep" and ends_here:
            tokens = tokens[:index]
            break
    if len(tokens) > 3 and _time_phrase(tokens[-2:]):
        tokens = tokens[:-2]  # "those arrested for drug offences this year"
    while len(tokens) > 1 and tokens[-1].lower_ in (",", ";", "and", "or"):
        tokens.pop()
    # a word, hyphened or not ('co-accused'): '%' alone names nothing
    return tokens if any(t.text.replace("-", "").isalpha() for t in tokens) else None


# Words before a period noun that make it a time adverbial: "last year", "this month".
_TIME_DEICTICS = frozenset({"this", "last", "next", "previous", "past"})
_PERIODS = TIME_NOUNS | {"decade"}


def _time_phrase(pair: list[Token]) -> bool:
    """'this year', 'last month' said as an adverbial (not 'the last week of the trial')."""
    deictic, period = pair
    return (
        deictic.lower_ in _TIME_DEICTICS
        and period.lower_ in _PERIODS
        and period.dep_ in ("npadvmod", "tmod")
    )


# Nouns whose value is a score on a scale, not a number of things.
_SCORE_NOUNS = frozenset({"index", "score", "rating", "reading"})


# Nouns an 'estimated' before them makes the looked-through amount approximate
_VALUE_HOLDERS = frozenset({"value", "worth", "cost", "amount", "number", "total"})
# A rate per head is stated per 100,000 people at most: a larger bare number counts.
_RATE_BASE_MAX = 100_000


def _rated(subject: list[Token]) -> bool:
    """Is the subject's head noun a rate ('homicide rate', 'the clearance rate for burglary')?"""
    indices = {t.i for t in subject}
    heads = [t for t in subject if t.head.i not in indices or t.head.i == t.i]
    return bool(heads) and heads[0].lemma_.lower() == "rate"


def _per_base(subject: list[Token]) -> Span | None:
    """The 'per 100,000 people' of a counted noun or of the 'number' counting it ('the
    number of murders per 100,000 people'): a rate, not a count."""
    head = subject[-1]
    counting = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    for word in {head, counting}:
        for per in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "per"):
            if any(t.like_num for t in per.subtree):
                return per.doc[per.i : per.right_edge.i + 1]
    return None


def _scored(subject: list[Token]) -> bool:
    """Is the subject's head noun a score ('crime severity index', 'safety rating')?"""
    return subject[-1].lower_ in _SCORE_NOUNS


def _bare_whole(subject: list[Token]) -> bool:
    """'number', 'total': a word that only stands for a count named elsewhere."""
    return len(subject) == 1 and subject[0].lower_ in ("number", "total", "figure", "sum")


def _definite_before(noun: Token, span: Span) -> bool:
    """'the force had 476 officers, 40 short': a body named before the figure as one known."""
    determined = any(c.lower_ in ("the", "its", "their", "our") for c in noun.lefts)
    return noun.i < span.start and determined


@cache
def _weight_units() -> frozenset[str]:
    """The lexicon's names of weight units ('kilogram', 'tonne')."""
    return frozenset(i.name for i in lexicon().unit_surfaces.values() if i.kind == "weight")


def _weight_rate(mention: Mention) -> bool:
    """'The group moved 5 kilos a week': a weight per period, which measures what is moved as
    the weight itself would, never the mover. (A sum per period keeps the clause's subject:
    'Each officer earns $2,000 a month'.)"""
    numerator = (mention.unit or "").split(" per ")[0]
    return mention.kind == "rate" and numerator in _weight_units()
