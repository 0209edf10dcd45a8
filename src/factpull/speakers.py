"""Who states a sentence's claims when the sentence itself does not name them.

The attribution component reads one sentence at a time; a speaker often spans several:
'..., he said' means a person named sentences before, a quote over several sentences has
one speaker (so has a quote right after a quoted speaker), 'They also seized ...' goes on with
the last sentence's source, and a surname ('Ms Wanjiku said') is written as the fuller name
the document gave that person. ``Speakers`` keeps what one document's sentences need to know
of those before them.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from factpull.assets import lexicon
from factpull.components.attribution import (
    DATA_REFERENCE_NOUNS,
    data_reference,
    document_reference,
)
from factpull.components.roles import SPEAKER_ATTR, SPEAKER_LOCAL_ATTR
from factpull.components.speaker_names import named_people, plural_speaker, titled_person
from factpull.components.tables import DASH_LABEL_LINE, LABEL_ROW, header_row, table_row
from factpull.mentions import Mention
from factpull.numerals import NUMBER_WORDS
from factpull.segment import LIST_ITEM, Sentence
from factpull.source_names import full_source_name

# How many sentences back a 'he said' looks for the person it means.
SPEAKER_LOOKBACK = 40


@dataclass
class _Seen:
    """A sentence the document has passed, with its parse once it has one."""

    sentence: Sentence
    doc: Doc | None = None
    attributed: bool = False  # ``speaker`` holds its attribution as the document resolved it
    speaker: str | None = None


class Speakers:
    """The speakers of one document's sentences, read in text order: ``attribute`` each
    parsed sentence, ``skipped`` the sentences between that held no figure."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._last_parsed: Sentence | None = None
        self._last_speaker: str | None = None  # the last parsed sentence's attribution
        self._last_local = False  # it was an 'according to X', which the next sentence not shares
        # the sentences before, newest last: where a 'he said' finds the person it means
        self._seen: deque[_Seen] = deque(maxlen=SPEAKER_LOOKBACK)
        # person (surname) -> the pronoun once used for them: a 'she' is no 'he' later on
        self._pronouns: dict[str, str] = {}
        self._quote_by: str | None = None  # who speaks the quote still open, when known
        # claims inside the open quote with no speaker yet: its closing 'X said' states them
        self._quote_waiting: list[int] = []
        self._introduced = False  # the current sentence opens a quote a 'said:' line handed over

    @property
    def waiting(self) -> bool:
        """Do claims inside an open quote wait for the speaker its close may name?"""
        return bool(self._quote_waiting)

    def skipped(self, sentences: Iterable[Sentence]) -> None:
        """Sentences with no figure: parsed only when a later 'he said' looks back at them."""
        self._seen.extend(_Seen(s) for s in sentences)

    def attribute(
        self,
        doc: Doc,
        sentence: Sentence,
        previous: Sentence | None,
        quoted: bool,
        mentions: list[Mention],
        first_index: int,
    ) -> dict[int, str]:
        """Give the sentence's mentions (claims ``first_index`` on) the speaker the sentences
        around it name; ``quoted`` says a quote is open at its start. Returns the earlier
        claims, by index, whose speaker this sentence names as it closes their quote."""
        speaker = self._speaker(doc, sentence, previous, mentions)
        if speaker is not None and speaker.lower() == "it":
            speaker = self._body_speaker(mentions)
        elif speaker is not None and speaker.lower() == "they":
            speaker = self._group_speaker(speaker, mentions)
        speaker, late = self._quote_speaker(doc, sentence, quoted, speaker, mentions, first_index)
        speaker, late = self._full_names(sentence, speaker, mentions, late)
        self._last_parsed, self._last_speaker = sentence, speaker
        local = bool(doc._.get(SPEAKER_LOCAL_ATTR))
        self._last_local = local and speaker == doc._.get(SPEAKER_ATTR)
        self._seen.append(_Seen(sentence, doc, attributed=True, speaker=speaker))
        return late

    def _body_speaker(self, mentions: list[Mention]) -> str | None:
        """'Two other suspects are still at large, it added.' with no body speaking just
        before in its paragraph: the last body that spoke (no person, whom 'it' cannot
        stand for) within the last few sentences, else nobody."""
        found = None
        for entry in list(self._seen)[-_IT_REACH:][::-1]:
            said = self._said(entry)
            if said is None or said.lower() in _CARRIED_PRONOUNS:
                continue
            if said not in self._people_in(entry):
                found = said
                break
        for mention in mentions:
            if mention.attribution is not None and mention.attribution.lower() == "it":
                mention.attribution = found
        return found

    def _group_speaker(self, pronoun: str, mentions: list[Mention]) -> str | None:
        """'Officials said on Monday.' closing a paragraph, '..., they said.' in the next: the
        plural speaker of the sentence just before, else nobody (never 'they')."""
        found = None
        if self._seen:
            last = self._seen[-1]
            said = self._said(last)
            if said is not None and said.lower() not in _CARRIED_PRONOUNS:
                found = said if plural_speaker(self._parse(last), said) else None
        for mention in mentions:
            if mention.attribution == pronoun:
                mention.attribution = found
        return found

    def _full_names(
        self, sentence: Sentence, speaker: str | None, mentions: list[Mention], late: dict[int, str]
    ) -> tuple[str | None, dict[int, str]]:
        """Each source as the full name the document gave it ('the ministry' -> 'the Interior
        Ministry', 'Statistics Netherlands (CBS)' -> 'Statistics Netherlands'): one name per
        source, to group claims by."""

        @cache  # one text for all the sentence's names
        def earlier() -> str:
            # sentences kept apart by a blank line: a name never runs into the next one
            return "\n\n".join([*(e.sentence.text for e in self._seen), sentence.text])

        def full(name: str | None) -> str | None:
            if name is None:
                return None
            name = _without_affiliation(name)
            person = self._full_person(name) or self._titled_person(name)
            return full_source_name(person or name, earlier)

        for mention in mentions:
            mention.attribution = full(mention.attribution)
        return full(speaker), {i: full(name) or name for i, name in late.items()}

    def _full_person(self, name: str) -> str | None:
        """'Ms Wanjiku', 'Rata': a person the document named in full before ('DCI spokesperson
        Mary Wanjiku said ...'), written as that fuller name: the last speaker with that
        surname, else the last person named with it. Groups ('Police', 'Officials') and
        acronyms ('SESNSP') are no surnames."""
        words = _unranked(name)  # "Insp Walters", "Commissioner Rolle": the surname
        if len(words) == 2 and all(map(_surname_like, words)):
            return self._double_surname(words)  # "Poey Guerra said"
        if len(words) != 1 or not _surname_like(words[0]):
            return None
        key = words[0].strip(".,").lower()
        given = None  # "Worawit said" after "Pol. Lt. Gen. Worawit Sukhsiri": a given name
        for entry in reversed(self._seen):
            if words[0] not in entry.sentence.text:
                continue  # cheap test first: the names are looked for only where it stands
            said = self._said(entry)
            named = [said] if said is not None else []
            # a fuller name than the one asked about: not 'Chief Supt Moloney' again
            if said is not None and len(_unranked(said)) > 1 and _person_key(said) == key:
                return said
            people = [p for p in self._people_in(entry) if _surname_in(p, key)]
            fuller = [p for p in people if len(_unranked(p)) > 1]
            # "... alongside the city's alderman for safety, Koen Peeters." then "Peeters
            # said": a person named anywhere in the sentence, not only as its subject
            named_anywhere = [p for p in self._entities_in(entry) if _surname_in(p, key)]
            fuller = fuller or [p for p in named_anywhere if len(_unranked(p)) > 1]
            if fuller:
                return fuller[-1]
            if given is None:
                full = [p for p in [*named, *self._people_in(entry)] if _given_name(p) == key]
                given = full[-1] if full else None
        return given

    def _titled_person(self, name: str) -> str | None:
        """'The Commissioner said ...': a post with no name after a person was named with it
        ('Commissioner of Police Erla Harewood-Christopher said'), written as that person."""
        match = _BARE_POST.fullmatch(name)
        if match is None or not _is_post(match.group("post")):
            return None
        lead = match.group("lead")
        plain = lead is None or lead.lower() == "police"
        words = [match.group("post")] if plain else [lead, match.group("post")]
        spaced = r"\s+".join(map(re.escape, words))
        post = re.compile(rf"\b{spaced}\b", re.IGNORECASE)
        for entry in reversed(self._seen):
            if post.search(entry.sentence.text) is None:
                continue  # cheap test first
            said = self._said(entry)
            text = entry.sentence.text
            for person in [said, *reversed(self._people_in(entry))]:
                if not person or _person_key(person) == match.group("post").lower():
                    continue
                if person.split()[0].lower() in ("a", "an", "the"):
                    continue  # "an officer from the cyber police station": no one named
                # 'Commissioner of Police (ag) Hughes Barker has said': the post before the name
                # "the Vice Minister of Social Defence and Controlled Substances, Jaime Mamani"
                titled = re.search(
                    rf"{post.pattern}[^.;]{{0,60}}{re.escape(person)}", text, re.IGNORECASE
                )
                # '..., Frederick Adu-Anim, the Regional Police Commander, has said': the post
                # in the name's apposition
                apposed = re.search(
                    rf"{re.escape(person)},\s+(?:the\s+)?[^.;,]{{0,40}}?{post.pattern}",
                    text,
                    re.IGNORECASE,
                )
                if post.search(person) or titled or apposed:
                    return person
        return None

    def previous_doc(self, previous: Sentence) -> Doc:
        """The sentence just before, parsed once however many rules ask for it (its topic,
        its open quote's speaker, the person a 'he said' means)."""
        seen = self._seen[-1] if self._seen else None
        if seen is None or seen.sentence is not previous:
            return self._nlp(previous.flowing_text)
        return self._parse(seen)

    def _speaker(
        self, doc: Doc, sentence: Sentence, previous: Sentence | None, mentions: list[Mention]
    ) -> str | None:
        """The sentence's attribution, carried from the sentence just before in the same
        paragraph when it goes on with the same statement: 'It added that ...' (a pronoun
        speaker), 'They also seized ...' (a pronoun subject), the rest of an open quote."""
        own = doc._.get(SPEAKER_ATTR)
        document = _back_reference(doc, own)
        if document is not None:
            source = self._document_speaker(document, own, bool(doc._.get(SPEAKER_LOCAL_ATTR)))
            for mention in mentions:
                if mention.attribution == own:
                    mention.attribution = source
            return source
        if own is not None and own.lower() in _PERSON_PRONOUNS:
            return self._person_speaker(sentence, previous, own, mentions)
        listed = self._list_speaker() if own is None and _list_item(sentence.text) else None
        if listed is not None:
            for mention in mentions:
                mention.attribution = mention.attribution or listed
            return listed
        introduced = (
            self._introduced_quote(sentence, previous, own)
            or self._continued_quote(sentence, previous, own)
            or self._quote_after_report(sentence, previous, own)
            if mentions
            else None
        )
        self._introduced = introduced is not None
        if introduced is not None:  # 'Rachel Okafor, ..., said:' then the quote's paragraph
            for mention in mentions:
                mention.attribution = mention.attribution or introduced
            return introduced
        if previous is None or previous.paragraph != sentence.paragraph or not mentions:
            return own
        if self._last_parsed is previous:
            carried = self._last_speaker
        elif own is None and (
            _open_quote(previous.text) or _quote_after_quote(previous.text, sentence.text)
        ):
            # 'X said: "This was a long investigation. More than 40 officers ...', '"...,"
            # said X. "An estimated 64 million ..."': the sentence before held no number, so
            # it is parsed here
            carried = self.previous_doc(previous)._.get(SPEAKER_ATTR)
            if carried is None:  # '"...," X said. "Twelve years ago ... rare. Now we see 2'
                carried = self._quote_run_speaker(sentence)
            if carried is None:  # a quote paragraph after one that named its speaker
                carried = self._quote_paragraph_speaker(sentence)
            if carried is not None and carried.lower() in _PERSON_PRONOUNS:
                # '"...," she said. "In one raid alone, 23 people died."': her name
                carried = self._last_person(list(self._seen), _subject_form(carried))
        else:
            return own
        if carried is None:
            return own
        if own is not None and own.lower() in _CARRIED_PRONOUNS:
            own_speaker = own  # 'He said police had arrested 98,000': he is the last speaker
        elif own is None and _continues(previous.text, sentence.text, self._local(previous)):
            own_speaker = None
        else:
            return own
        for mention in mentions:
            if mention.attribution is None or mention.attribution == own_speaker:
                mention.attribution = carried
        return carried

    def _local(self, previous: Sentence) -> bool:
        """Was the sentence before an 'according to X' one, whose source covers only it? Read
        from that sentence itself when it held no figure and was parsed only now."""
        if self._last_parsed is previous:
            return self._last_local
        doc = self.previous_doc(previous)
        return bool(doc._.get(SPEAKER_LOCAL_ATTR)) and doc._.get(SPEAKER_ATTR) is not None

    def _introduced_quote(
        self, sentence: Sentence, previous: Sentence | None, own: str | None
    ) -> str | None:
        """'Detective Inspector Jane Cole said:' closing a paragraph, and a quote opening the
        next: the quote is hers."""
        if own is not None or previous is None or previous.paragraph == sentence.paragraph:
            return None
        if not _INTRODUCES_QUOTE.search(previous.text) or sentence.text[:1] not in _QUOTE_MARKS:
            return None
        speaker = self.previous_doc(previous)._.get(SPEAKER_ATTR)
        return None if speaker is None or speaker.lower() in _CARRIED_PRONOUNS else speaker

    def _quote_after_report(
        self, sentence: Sentence, previous: Sentence | None, own: str | None
    ) -> str | None:
        """'LDEA Director General Abraham B. Kollie said officers confiscated ...' closing a
        paragraph, or a quote paragraph naming its speaker ('"...," said Keisha Marlow.'),
        then paragraphs opening quotes that name no speaker: newspapers go on with the same
        person's words. Only a person (named there, or with a rank or post), never a body or
        a document."""
        if own is not None or previous is None or previous.paragraph == sentence.paragraph:
            return None
        if sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
            return None
        return self._speaker_before_quotes()

    def _quote_paragraph_speaker(self, sentence: Sentence) -> str | None:
        """'"The gang targeted riders. We registered 62 cases ...': a later sentence of a
        paragraph that opened a quote naming no speaker is the same person's as its
        opening (``_quote_after_report``)."""
        opening = next((e for e in self._seen if e.sentence.paragraph == sentence.paragraph), None)
        if opening is None or opening.sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
            return None
        return self._speaker_before_quotes()

    def _speaker_before_quotes(self) -> str | None:
        """The person whose words the quote paragraphs at the end of the sentences seen go
        on with: the speaker a closed quote paragraph before them named, or the person a
        report paragraph before them quoted."""
        seen = list(self._seen)
        index = len(seen) - 1
        while index >= 0:  # back over whole quote paragraphs that named nobody
            first = index
            while (
                first > 0 and seen[first - 1].sentence.paragraph == seen[index].sentence.paragraph
            ):
                first -= 1
            paragraph = seen[first : index + 1]
            if seen[first].sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
                break
            # the sentence that names the speaker ('... recovered," Mthembu said.'), else one
            # the speaker was given to
            naming = (e for e in reversed(paragraph) if self._parse(e)._.get(SPEAKER_ATTR))
            speaking = next(naming, None) or next(
                (e for e in paragraph if self._said(e) is not None), None
            )
            if speaking is not None:  # '"...," said Keisha Marlow.': her quote goes on, closed
                return self._quoted_person(speaking)  # there or left open into the next
            index = first - 1
        if index < 0 or _marks(seen[index].sentence.text):
            return None
        return self._quoted_person(seen[index])

    def _quoted_person(self, entry: _Seen) -> str | None:
        """The person the sentence names as its speaker: by name, by a surname given in full
        before ('Onyango said'), or by 'he'/'she' standing for the last person named; None
        for a body or a document."""
        speaker = self._said(entry)
        if speaker is None:
            return None
        written = self._parse(entry)._.get(SPEAKER_ATTR) if entry.attributed else None
        if written and written != speaker and _stands_for_person(written):
            return speaker  # '..., she said', '..., Mthembu said': resolved to the person named
        if speaker.lower() in _PERSON_PRONOUNS:
            seen = list(self._seen)
            before = seen[: seen.index(entry)] if entry in seen else seen
            return self._last_person(before, _subject_form(speaker))
        if speaker.lower() in _CARRIED_PRONOUNS:
            return None
        known = self._full_person(speaker) is not None
        titled = len(_unranked(speaker)) < len(speaker.split())  # "Brigadier General ..."
        return speaker if known or titled or self._is_person(speaker, entry) else None

    def _said(self, entry: _Seen) -> str | None:
        """The speaker the sentence names or, once resolved, its attribution."""
        return entry.speaker if entry.attributed else self._parse(entry)._.get(SPEAKER_ATTR)

    def _continued_quote(
        self, sentence: Sentence, previous: Sentence | None, own: str | None
    ) -> str | None:
        """'X said: "... shop workers.' then a paragraph opening '"We now have 24 officers
        ...': a quote left open at a paragraph's end and reopened at the next goes on, as
        newspapers write a quote over several paragraphs; it is still the speaker's."""
        if own is not None or previous is None or previous.paragraph == sentence.paragraph:
            return None
        if sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
            return None
        paragraph = [e for e in self._seen if e.sentence.paragraph == previous.paragraph]
        if sum(_marks(e.sentence.text) for e in paragraph) % 2 == 0:
            return None  # the quote closed there: a new one may be anyone's
        opening = next((e for e in paragraph if _marks(e.sentence.text)), None)
        if opening is None:
            return None
        speaker = opening.speaker if opening.attributed else None
        speaker = speaker or self._parse(opening)._.get(SPEAKER_ATTR)
        if speaker is None:  # its opening named no one; its figures went to the speaker before
            speaker = next((e.speaker for e in paragraph if e.attributed and e.speaker), None)
        return None if speaker is None or speaker.lower() in _CARRIED_PRONOUNS else speaker

    def _quote_speaker(
        self,
        doc: Doc,
        sentence: Sentence,
        quoted: bool,
        speaker: str | None,
        mentions: list[Mention],
        first_index: int,
    ) -> tuple[str | None, dict[int, str]]:
        """A quote over several sentences has one speaker: named where it opens ('Cruz said:
        "...') it goes on to the sentences inside; named where it closes ('... a month,"
        Santoso said.') it goes back to the sentences before, whose claims wait for it."""
        text, own = sentence.text, doc._.get(SPEAKER_ATTR)
        marks = [i for i, char in enumerate(text) if char in _QUOTE_MARKS]
        open_after = quoted != (len(marks) % 2 == 1)
        if quoted and own is None and self._quote_by is not None:
            for mention in mentions:
                mention.attribution = mention.attribution or self._quote_by
            speaker = self._quote_by
        if not open_after:
            late: dict[int, str] = {}
            if quoted and speaker and own and _named_after(text, own, marks[0]):
                late = dict.fromkeys(self._quote_waiting, speaker)
            self._quote_by, self._quote_waiting = None, []
            return speaker, late
        if not quoted:  # the quote opens here: a speaker named before it states it
            before = own is not None and not _named_after(text, own, marks[-1])
            before = before or self._introduced  # 'X said:' closed the paragraph before
            self._quote_by, self._quote_waiting = (speaker if before else None), []
        start = marks[-1] if not quoted else -1
        self._quote_waiting += [
            first_index + offset
            for offset, mention in enumerate(mentions)
            if mention.attribution is None and mention.start > start
        ]
        return speaker, {}

    def _quote_run_speaker(self, sentence: Sentence) -> str | None:
        """The speaker named just before a run of quoted sentences in ``sentence``'s
        paragraph that held no figure ('"...," X said. "Twelve years ago this was rare. Now
        we see two or three a month."'): the nearest earlier sentence, up to three back,
        that names one, or a 'said:' line closing the paragraph before."""
        for entry in list(self._seen)[-1 : -_QUOTE_RUN - 1 : -1]:
            if entry.sentence.paragraph != sentence.paragraph:
                # 'Jane Cole said:' closing the paragraph before the quote's
                handed = _INTRODUCES_QUOTE.search(entry.sentence.text)
                return self._parse(entry)._.get(SPEAKER_ATTR) if handed else None
            doc = self._parse(entry)
            speaker = entry.speaker if entry.attributed else doc._.get(SPEAKER_ATTR)
            if speaker is not None:
                return speaker
        return None

    def _person_speaker(
        self, sentence: Sentence, previous: Sentence | None, pronoun: str, mentions: list[Mention]
    ) -> str | None:
        """'..., he said.', 'she told reporters': the speaker of the sentence just before in
        the paragraph ('The Minister said ... He said ...'), else the last person named
        earlier in the document; None when nobody is (never 'he'). A person once called 'she'
        (or 'Mrs') is no later 'he', and the reverse."""
        word = _subject_form(pronoun)  # 'According to him, ...': he
        speaker = None
        if previous is not None and previous.paragraph == sentence.paragraph:
            speaker = self._speaker_of(previous)
        elif previous is not None:
            # 'The DGP said ...' closing a paragraph, 'He said ...' opening the next
            said = self.previous_doc(previous)._.get(SPEAKER_ATTR)  # as written there
            speaker = self._speaker_of(previous) if said and self._one_person(said) else None
        if speaker is not None and not _fits(speaker, word, self._pronouns):
            speaker = None
        if speaker is None:
            speaker = self._last_person(list(self._seen), word)
        if speaker is not None:
            self._pronouns.setdefault(_person_key(speaker), word)
        for mention in mentions:
            if mention.attribution == pronoun:
                mention.attribution = speaker
        return speaker

    def _one_person(self, speaker: str) -> bool:
        """Is the last sentence's speaker one a 'he' or 'she' can only mean: a person named
        there or given with a rank or post, or a post alone ('The DGP'), never a body?"""
        match = _BARE_POST.fullmatch(speaker)
        if match is not None and _is_post(match.group("post")):
            return True
        return bool(self._seen) and self._is_person(speaker, self._seen[-1])

    def _last_person(self, seen: list[_Seen], pronoun: str) -> str | None:
        """The last person named in ``seen`` whom ``pronoun`` ('he', 'she') can stand for."""
        people = (p for entry in reversed(seen) for p in reversed(self._people_in(entry)))
        return next((p for p in people if _fits(p, pronoun, self._pronouns)), None)

    def _list_speaker(self) -> str | None:
        """'Police said the sweep produced the following results:', 'Key findings of the
        Annual Crime Report:' then bullet lines: who states the line that introduces a list
        states each of its items. The introduction is the line before the items (blank lines
        between are fine) ending in a colon; any other line between ends the list."""
        seen = list(self._seen)
        if len(seen) == self._seen.maxlen:
            seen = seen[1:]  # the oldest may sit before sentences skipped and dropped
        for index in range(len(seen) - 1, -1, -1):
            entry = seen[index]
            if _list_item(entry.sentence.text):
                continue
            if not entry.sentence.text.rstrip().endswith(":"):
                return None
            # its 'she said' already stands for a name, however many items came since
            own = self._said(entry)
            if not entry.attributed and own is not None and own.lower() in _PERSON_PRONOUNS:
                # 'She said the raids led to the recovery of:' with no figure of its own
                own = self._last_person(seen[:index], _subject_form(own))
            document = None if entry.attributed else _back_reference(self._parse(entry), own)
            cited = document is not None and _CITED_IN_INTRO.search(entry.sentence.text)
            if cited:  # 'Key figures from the report:': a report named with its issuer before
                own = self._named_document(document) or self._document_source(document, True)
            elif document is not None:
                own = self._document_speaker(document, own, local=False)
            if own is None or own.lower() in _CARRIED_PRONOUNS or _BARE_DATA_SOURCE.fullmatch(own):
                return None
            return own
        return None

    def _document_speaker(self, document: str, own: str | None, local: bool) -> str | None:
        """Who a document that points back states through: 'according to the statement'
        (``local``) and 'The statement added' mean its issuer, 'The report lists:' the
        report the text named; with none found, 'according to ...' names nobody, while
        the document speaking stays as written."""
        if local or document in DATA_REFERENCE_NOUNS:
            return self._document_source(document)  # 'The statistics showed': their issuer
        if document in _SPOKEN_DOCUMENTS:
            return self._document_source(document) or own
        return self._named_document(document) or own

    def _named_document(self, document: str) -> str | None:
        """'The report shows ...': the last source that was the document by its name ('the
        Annual Crime Report'); its issuer is no speaker of what the document says."""
        for entry in reversed(self._seen):
            speaker = self._said(entry)
            if speaker is not None and _names_document(speaker, document):
                return speaker
        return None

    def _document_source(self, document: str, named_only: bool = False) -> str | None:
        """'According to the statement, ...': the last source the document named with that
        document ('..., the directorate said in a statement'), else the last source it named;
        None when it named none."""
        latest = None
        for entry in reversed(self._seen):
            speaker = self._said(entry)
            if speaker is None or speaker.lower() in _CARRIED_PRONOUNS:
                continue
            if _back_reference(self._parse(entry), speaker) is not None:
                continue  # an earlier 'according to the report' names nobody new
            data = document in DATA_REFERENCE_NOUNS
            # the recognizer runs only when the answer matters
            person = (data or named_only or latest is None) and self._is_person(speaker, entry)
            if person and (data or named_only):
                continue  # 'The statistics show': a body's, not the officer's who spoke before
            if re.search(rf"\b{re.escape(document)}", entry.sentence.text, re.IGNORECASE):
                return speaker
            if latest is None and not person:
                latest = speaker  # a person who spoke before wrote no report
        return None if named_only else latest

    def _is_person(self, speaker: str, entry: _Seen) -> bool:
        """Is the speaker a person: given with a rank or post, or named as one there?"""
        return titled_person(speaker) or any(p in speaker for p in self._people_in(entry))

    def _speaker_of(self, previous: Sentence) -> str | None:
        """The previous sentence's speaker when a 'he' or 'she' can stand for it."""
        if not self._seen or self._seen[-1].sentence is not previous:
            return None
        doc = self._parse(self._seen[-1])
        speaker = self._last_speaker if self._last_parsed is previous else doc._.get(SPEAKER_ATTR)
        if speaker is None or speaker.lower() in _CARRIED_PRONOUNS:
            return None
        return None if plural_speaker(doc, speaker) else speaker

    def _double_surname(self, words: list[str]) -> str | None:
        """'Poey Guerra said' after 'Colonel Juan Carlos Poey Guerra ... explained': a
        two-word surname, as Spanish and Portuguese names have, written as the fuller name
        the text gave it (the last speaker, else the last person, whose name ends in it)."""
        ending = " " + " ".join(words)
        for entry in reversed(self._seen):
            if ending not in entry.sentence.text:
                continue  # cheap test first
            said = self._said(entry)
            for person in [said, *reversed(self._people_in(entry))]:
                names = _unranked(person) if person else []
                fuller = len(names) > 2 and all(map(_surname_like, names))
                if person and person.endswith(ending) and fuller:
                    return person
                tail = _name_tail(person) if person and person.endswith(ending) else []
                if len(tail) > 2:  # "... Department Brigadier Mohammed Radhi Al Hajri"
                    return " ".join(tail)
        return None

    def _people_in(self, seen: _Seen) -> list[str]:
        """The people a sentence names (``named_people``), its entities recognized on demand:
        the recognizer is off in the pipeline for speed."""
        doc = self._recognized(seen)
        return named_people(doc, doc._.get(SPEAKER_ATTR))

    def _entities_in(self, seen: _Seen) -> list[str]:
        """Every person the sentence names ('Koen Peeters')."""
        return [e.text for e in self._recognized(seen).ents if e.label_ == "PERSON"]

    def _recognized(self, seen: _Seen) -> Doc:
        doc = self._parse(seen)
        if not doc.has_annotation("ENT_IOB") and "ner" in self._nlp.component_names:
            self._nlp.get_pipe("ner")(doc)
        return doc

    def _parse(self, seen: _Seen) -> Doc:
        if seen.doc is None:
            seen.doc = self._nlp(seen.sentence.flowing_text)
        return seen.doc


# A post named with no person: "The Commissioner", "the Acting Commissioner"
# 'The ComPol', 'the acting commissioner': a post, capitalised or not, with at most one word
# before it, which the earlier title must hold too ('the deputy commissioner' is no
# 'Commissioner'; 'police' may stand after it: 'Commissioner of Police').
_BARE_POST = re.compile(
    r"(?i:the)\s+(?:(?P<lead>[A-Za-z][\w-]*)\s+)?(?P<post>[A-Z][A-Za-z]+|[a-z]+)"
)
# Pronoun speakers that stand for a person ('..., he said'); 'it'/'they' follow the last speaker.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}  # "According to him, ..."


def _without_affiliation(name: str) -> str:
    """'Detective Inspector Gavin Munro of Police Scotland' -> 'Detective Inspector Gavin
    Munro': a titled person's body after the name is dropped, as a person is one source
    whatever body the text adds; 'Commissioner of Police Trevor Delpesche' keeps its 'of'."""
    match = _AFFILIATION.fullmatch(name)
    if match is None or not titled_person(match.group("person")):
        return name
    return match.group("person")


# A person, then ' of ' and a capitalised body: "Colonel Rami Khoury of the ISF's ..."
_AFFILIATION = re.compile(r"(?P<person>.+?)\s+of\s+(?:the\s+)?[A-Z].*")


# 'Key figures from the report:', 'Also in the report:': an intro that takes its figures from
# a document named before, which does not speak itself ('The report shows:')
_CITED_IN_INTRO = re.compile(r"(?i)\b(?:from|in|of)\s+(?:the|this|that)\s+[\w\s]{0,30}:\s*$")


def _stands_for_person(written: str) -> bool:
    """Is the speaker as written a person's pronoun or a lone surname ('she', 'Mthembu')?"""
    return written.lower() in _PERSON_PRONOUNS or (
        len(written.split()) == 1 and _surname_like(written)
    )


def _is_post(word: str) -> bool:
    """'Commissioner', 'spokesperson', 'DGP': a post one person holds."""
    return word.lower() in lexicon().words("speaker_titles") or word in lexicon().words(
        "rank_acronyms"
    )


def _subject_form(pronoun: str) -> str:
    """'he' for 'He' and 'him', 'she' for 'her'."""
    word = pronoun.lower()
    return _OBJECT_PRONOUNS.get(word, word)


_QUOTE_RUN = 3  # sentences a quote's speaker is looked for back through
_CARRIED_PRONOUNS = _PERSON_PRONOUNS | {"it", "they"}
# How many sentences back an 'it' that names no speaker of its own may reach for its body.
_IT_REACH = 6


def _back_reference(doc: Doc, speaker: str | None) -> str | None:
    """The document a speaker like 'according to the statement' or 'The report shows' points
    back at, else None."""
    if speaker is None:
        return None
    start = doc.text.find(speaker)
    span = doc.char_span(start, start + len(speaker)) if start >= 0 else None
    if span is None:
        return None
    return data_reference(span.root) or document_reference(span.root)


def _names_document(speaker: str, document: str) -> bool:
    """Is ``speaker`` a document of that kind by name ('the Annual Crime Report' for
    'report'), not another bare reference ('the report', 'this latest report')?"""
    words = [w for w in speaker.lower().split() if w not in _PLAIN_REFERENCE_WORDS]
    return len(words) > 1 and bool(re.search(rf"\b{re.escape(document)}", speaker, re.I))


# Documents that are their issuer's words: 'The statement added' is the directorate speaking,
# while 'the report shows' is the report (``_named_document``).
_SPOKEN_DOCUMENTS = frozenset({"statement", "release", "communique", "announcement"})
# What a bare document reference carries: 'the report', 'this latest report'.
_PLAIN_REFERENCE_WORDS = frozenset({"the", "this", "that", "these", "its", "their", "latest",
                                    "new", "recent", "same", "annual"})  # fmt: skip


def _list_item(text: str) -> bool:
    """'- 214 suspects arrested', '• 12 firearms', '3) ...': a bullet or number opens it; a
    table row ('Extortion cases    198    263', 'Larceny | 702 | 754') is an item too, and so
    is a table's header ('Province    Robbery    Homicide') between the intro and its rows."""
    labelled = LABEL_ROW.match(text) or DASH_LABEL_LINE.match(text)  # "Vehicle thefts – 96"
    item = LIST_ITEM.match(text) or ("\n" not in text.strip() and labelled)
    return item is not None or table_row(text) or header_row(text)


# What data noun alone names nobody who could state a list: 'The figures show these areas:'
_BARE_DATA_SOURCE = re.compile(r"(?i)(?:the|these|those)\s+(?:\w+\s+)?(?:figures|data|statistics)")


def _continues(previous: str, sentence: str, local: bool) -> bool:
    """Does ``sentence`` go on with ``previous``'s statement: a quote still open, a new quote
    right after the speaker's ('"...," she said. "About 60 per cent of those ..."'), or a
    third-person pronoun as its first word ('They also seized 52 phones')? Not after an
    'according to X' sentence (``local``): that source covers its own sentence only."""
    first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
    carried = (
        first in _CARRIED_PRONOUNS
        or _singles_out(sentence)
        or _quote_after_quote(previous, sentence)
    )
    return _open_quote(previous) or (carried and not local)


def _quote_after_quote(previous: str, sentence: str) -> bool:
    """A sentence that opens a quote right after one that closed a quote and named who spoke
    it goes on with the same speaker."""
    opens = sentence.lstrip()[:1] in ('"', "“")
    return opens and ('"' in previous or "”" in previous) and not _open_quote(previous)


def _singles_out(sentence: str) -> bool:
    """'One victim, a 52-year-old trader, lost ...', 'Two of them were minors', 'Among those
    held ...': a sentence that opens by picking some of the group just reported goes on with
    that report. Not a time phrase ('One year earlier, ...')."""
    words = [w.strip(",.").lower() for w in sentence.split()[:3]] + ["", "", ""]
    openers = lexicon().words("continuation_openers")
    if words[1] == "of":  # 'Two of the suspects', 'Most of them', 'Half of those held'
        some = words[0] in openers or words[0] in NUMBER_WORDS or words[0].isdigit()
        some = some or words[0] in lexicon().words("subject_quantifiers")
        return some and words[2] in _BACK_REFERENCES
    if words[0] in ("of", "among"):  # 'Of those arrested, ...', 'Among them was ...'
        return words[1] in _BACK_REFERENCES
    if words[:2] == ["a", "further"]:
        return True  # 'A further 96 people were caught ...': more of the same report
    return words[0] in openers and words[1].rstrip("s") not in _TIME_WORDS


_BACK_REFERENCES = frozenset({"the", "them", "those", "these"})
_TIME_WORDS = frozenset({"year", "month", "week", "day", "hour", "time", "night", "morning"})


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_QUOTE_MARKS = frozenset('"“”')
# A paragraph that hands over to a quote in the next: "..., UK Finance, said:"
_INTRODUCES_QUOTE = re.compile(
    r"(?i)\b(?:said|says|added|adds|explained|stated|commented|warned|told\s+\w+(?:\s+\w+)?)"
    r"\s*:\s*$"
)


class QuoteTracker:
    """Whether a quote is open as the sentences of a paragraph go by, and whether one that
    is open holds figures: then the sentence that closes it is parsed even with no figure of
    its own ('... Nobody noticed," Santoso said.'), for the speaker it names."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.open = False
        self.figures = False

    def open_at(self, sentence: Sentence) -> bool:
        if sentence.paragraph != self.paragraph:  # a quote never runs into a new paragraph
            self.paragraph, self.open, self.figures = sentence.paragraph, False, False
        return self.open

    def closes_quoted_figures(self, sentence: Sentence) -> bool:
        return self.open and self.figures and _marks(sentence.text) % 2 == 1

    def passed(self, sentence: Sentence, figures: bool) -> None:
        self.open = self.open != (_marks(sentence.text) % 2 == 1)
        self.figures = self.open and (self.figures or figures)


def _marks(text: str) -> int:
    return sum(char in _QUOTE_MARKS for char in text)


def _named_after(text: str, name: str, position: int) -> bool:
    """Is the speaker written after ``position`` ('..." Santoso said', '...," he said')?"""
    return re.search(rf"\b{re.escape(name)}\b", text[position:]) is not None


def _surname_in(name: str, key: str) -> bool:
    """Is ``key`` the surname of ``name``: its last word, the first of two surnames ('Vásquez'
    of 'Nilda Vásquez Castañeda'), or a Chinese or Korean surname written before a hyphened
    given name ('Lin' of 'Lin Chia-hung')?"""
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) == 2 and "-" in words[1] and words[0] == key:
        return True  # 'Lin said' after 'Lin Chia-hung': the surname written first
    return bool(words) and (words[-1] == key or (len(words) >= 3 and words[-2] == key))


def _person_key(name: str) -> str:
    """A person's surname, how a later mention writes them ('Dr. Lena Cruz' -> 'cruz')."""
    return name.split()[-1].strip(".,").lower() if name.split() else ""


def _fits(name: str, pronoun: str, pronouns: dict[str, str]) -> bool:
    """Can ``pronoun`` ('he' or 'she') stand for the person: a title ('Mrs', 'Mr') or the
    pronoun used for them before decides; an unknown person fits either."""
    first = name.split()[0].lower() if name.split() else ""
    known = _title_pronouns().get(first) or pronouns.get(_person_key(name))
    return known is None or known == pronoun


def _unranked(name: str) -> list[str]:
    """The words of a name without courtesy titles, posts or ranks before it ('Insp Walters',
    'Commissioner Rolle' -> Walters, Rolle)."""
    words = _untitled(name)
    ranks = lexicon().words("speaker_titles") | lexicon().words("title_abbreviations")
    acronyms = lexicon().words("rank_acronyms")  # "SACP Mwakasege", "ASP Kanu"
    ranks = ranks | _RANK_QUALIFIERS | _BENCH_TITLES  # "Detective Superintendent Bryson"
    while len(words) > 1 and (words[0].lower().rstrip(".") in ranks or words[0] in acronyms):
        words = words[1:]
    return words


# Titles of the bench and the law offices before a surname: "Judge Oakes", "Attorney General
# Brandt", "Magistrate Phiri".
_BENCH_TITLES = frozenset({"judge", "magistrate", "justice", "general", "attorney", "solicitor",
                           "recorder", "coroner"})  # fmt: skip
# Words that qualify a rank before a surname: "Detective Superintendent", "Senior Sergeant".
_RANK_QUALIFIERS = frozenset({"detective", "senior", "chief", "deputy", "assistant", "acting",
                              "principal", "superintendent", "sergeant", "constable",
                              "brigadier", "colonel", "major", "captain", "lieutenant",
                              "corporal"})  # fmt: skip


def _name_tail(name: str) -> list[str]:
    """The person's own words ending a longer phrase the recognizer took for a name ('...
    Department Brigadier Mohammed Radhi Al Hajri' -> Mohammed Radhi Al Hajri): the run of
    surname-like words before which a rank, a post or another word stands."""
    ranks = lexicon().words("speaker_titles") | _RANK_QUALIFIERS
    tail: list[str] = []
    for word in reversed(name.split()):
        if not _surname_like(word) or word.lower() in ranks:
            break
        tail.insert(0, word)
    return tail


def _given_name(name: str) -> str:
    """The first word of a person's name after their ranks ('Pol. Lt. Gen. Worawit Sukhsiri'
    -> 'worawit'); '' for a single word or what is no person's name ('Europol and the
    European Union Drugs Agency')."""
    words = _unranked(name)
    person = 1 < len(words) <= 4 and all(w[:1].isupper() for w in words)
    if not person or any(w.lower() in _group_speakers() for w in words):
        return ""
    return words[0].strip(".,").lower()


def _untitled(name: str) -> list[str]:
    """The words of a name without courtesy titles ('Ms Mary Wanjiku' -> Mary, Wanjiku)."""
    return [w for w in name.split() if w.lower().rstrip(".") not in _courtesy_titles()]


def _surname_like(word: str) -> bool:
    """A capitalised word that may be a surname: not an acronym ('SESNSP') nor a group that
    speaks ('Police', 'Officials', 'Prosecutors')."""
    if not word[:1].isupper() or word.isupper():
        return False
    return word.lower() not in _group_speakers()


@cache
def _group_speakers() -> frozenset[str]:
    lex = lexicon()
    groups = ("headline_source_words", "data_owner_nouns", "organisation_heads")
    words = frozenset().union(*(lex.words(g) for g in groups))
    return words | {f"{w}s" for w in words} | _PLURAL_SPEAKERS


# Plural speakers that are no lexicon source word: '..., Investigators said'.
_PLURAL_SPEAKERS = frozenset(
    {"officers", "detectives", "investigators", "sources", "residents", "witnesses", "staff",
     "analysts", "researchers", "experts", "lawyers", "organisers", "organizers"}
)  # fmt: skip


@cache
def _courtesy_titles() -> frozenset[str]:
    """'mr', 'ms', 'mrs', 'dr', 'datuk': titles a later mention puts before a surname or a
    full name (cues.json ``pronoun_titles``, ``name_honorifics``)."""
    honorifics = lexicon().words("name_honorifics")
    return frozenset(t.rstrip(".") for t in _title_pronouns()) | {"dr"} | honorifics


@cache
def _title_pronouns() -> dict[str, str]:
    """Courtesy title -> the pronoun it implies: 'mrs' -> 'she', 'mr' -> 'he'."""
    titles = lexicon().cues["pronoun_titles"]
    return {title: pronoun for pronoun, names in titles.items() for title in names}
