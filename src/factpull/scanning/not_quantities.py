"""Numbers that state no quantity, set aside before or after a mention is read.

Two checks: ``_not_quantity_at`` skips written forms that are never quantities (dates, times,
time references such as "two days ago", fiscal years, phone numbers, screen sizes,
zero-padded identifiers, citation marks, kinds named by a number such as "four-wheelers",
page furniture such as "4 min read", "Listen to this article 4 min", a press release's
closing "- 30 -" and a comment counter "- 0 -" ending a dateline) before anything is read;
``_names_something`` drops a bare number that identifies or refers ("Article 5", "call 911",
"Page 2 of 5", "21 U.S.C. 841") judging by the words around it. Grammar-based checks (years,
date parts) come later, on the parse (``components/quantities.py``).
"""

from __future__ import annotations

import itertools
import re

from factpull.assets import Lexicon
from factpull.numerals import NUMBER_WORDS
from factpull.scanning.candidate import _LOWER_WORD, _SPACE, FORM_DIGITS, FORM_WORDS, Candidate
from factpull.scanning.ordinals import hash_ranks


class NotQuantities:
    """Scanner methods that find numbers stating no quantity."""

    lex: Lexicon
    dates: re.Pattern[str]
    day_after_month: re.Pattern[str]
    dateline_marks: re.Pattern[str]
    statute_after: re.Pattern[str]

    def _init_not_quantities(self, lex: Lexicon) -> None:
        """Patterns built from the month names and statute codes."""
        # Capitalised only: "10 may have died", "troops march 20 miles" are not dates.
        months = "|".join(
            re.escape(m.capitalize()) for m in sorted(lex.words("months"), key=len, reverse=True)
        )
        day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        # "15 May 2024", "8 February", "3rd of May"; and after a month, "15, 2024" of "May 15, 2024"
        self.dates = re.compile(rf"{day}(?:\s+of)?\s+(?:{months})(?![a-z])(?:,?\s+\d{{4}})?")
        # What makes a line a dateline: a year, a time of day, or a day and a month.
        self.dateline_marks = re.compile(
            rf"\b(?:19|20)\d{{2}}\b|\d{{1,2}}[:.]\d{{2}}\s*(?i:[ap]\.?m\b)|\d{{1,2}}:\d{{2}}"
            rf"|\b\d{{1,2}}\s+(?:{months})(?![a-z])|\b(?:{months})\.?\s+\d{{1,2}}\b"
        )
        # the whole digit run: "October 31,482 cases" holds no day "3"
        self.day_after_month = re.compile(rf"{day}(?!\d|[,.]\d)(?:,?\s+\d{{4}})?")
        codes = "|".join(map(re.escape, sorted(lex.cues["statute_codes"], key=len, reverse=True)))
        # "21 U.S.C. § 841", "18 U.S.C. 924(c)": the title number of a statute citation
        self.statute_after = re.compile(rf"{_SPACE}+(?:{codes})(?![A-Za-z]){_SPACE}*(?:§+\s*)?\d")
        # "due dec. 12": a dotted abbreviation is a month whatever its case
        self.dotted_months = frozenset(m for m in lex.words("months") if m.endswith("."))
        compounds = "|".join(
            re.escape(w) for w in sorted(lex.words("number_compounds"), key=len, reverse=True)
        )
        numbers = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
        # "four-wheelers", "an 18-wheeler", "a four-by-four": a kind of thing, no count
        self.number_compound = re.compile(rf"(?i)(?:\d+|{numbers})-(?:{compounds})(?![\w-])")
        # "two days ago", "Updated: 2 hours ago": when, not how long
        self.time_ago = re.compile(
            rf"(?i)(?:\d+|{numbers})[ \u00a0]+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|"
            rf"months?|years?|decades?)[ \u00a0]+(?:ago|earlier)\b"
        )  # "five years ago", "one year earlier": when, not how long
        lines = "|".join(
            re.escape(w) for w in sorted(lex.words("phone_line_words"), key=len, reverse=True)
        )
        # "toll-free lines 18555 and ", "hotlines 116 or ", "the citizens' line on 1460", "the
        # information line 612 ", "the emergency number is 19": a line word, then a list of
        # lines (or a number's first group)
        self.line_word_before = re.compile(
            rf"(?i)(?<![\w-])(?:{lines}),?{_SPACE}+(?:(?:on|at|is|was){_SPACE}+)?"
            rf"(?:\d{{2,6}}(?:{_SPACE}*,{_SPACE}*|{_SPACE}+(?:or|and){_SPACE}+|{_SPACE}))*$"
        )
        # "the 999 and 0800 199 699 toll-free lines": a short number listed with a phone
        # number before a line word is a line too ("200 phone lines" alone stays a count)
        self.listed_with_phone = re.compile(
            rf"(?i)\d{{2,6}}(?:{_SPACE}*,{_SPACE}*|{_SPACE}+(?:or|and){_SPACE}+)"
            rf"(?:0\d{{2,4}}(?:[ \u00a0-]\d{{2,4}}){{1,3}}|\d{{5,}})(?![\d,.]?\d)"
            rf"(?={_SPACE}+(?:[\w-]+{_SPACE}+)?(?:{lines})\b)"
        )

    def _not_quantity_at(self, text: str, start: int) -> re.Match[str] | None:
        """The written form at ``start`` if it states no quantity: a date, time, phone number,
        code or the like (see the module docstring)."""
        return (
            _postal_code(text, start)  # before the codes, which would take the ZIP's first part
            or _NOT_QUANTITIES.match(text, start)
            or self.dates.match(text, start)
            or (self._after_month(text, start) and self.day_after_month.match(text, start))
            or _code_at(text, start)
            or self.number_compound.match(text, start)
            or self.time_ago.match(text, start)
            or _phone_after_cue(text, start)
            or _emergency_line(text, start)
            or _office_hours(text, start)
            or _operation_number(text, start)
            or _HEADLINE_YEAR.match(text, start)
            or self._code_after_cue(text, start)
            or self._series_code(text, start)
            or _index_base(text, start)
            or _PHONE_WORDS.match(text, start)
            or _mnemonic_digits(text, start)
            or _grouped_phone(text, start)
            or _report_number(text, start)
            or self._labelled_code(text, start)
            or self._quoted_code(text, start)
            or _glued_code(text, start)
            or self._plate_at(text, start)
            or _END_MARK.match(text, start)
            or _read_time_after_label(text, start)
            or self._dateline_counter(text, start)
            or self._dateline_read_time(text, start)
            or _related_link_line(text, start)
            or _in_web_address(text, start)
            or _book_number(text, start)
            or _road_marker(text, start)
            or _service_line(text, start)
            or _media_length(text, start)
            or _house_number_after_street(text, start)
            or _FRENCH_HOUSE_NUMBER.match(text, start)
            or _address_line_number(text, start)
            or self.listed_with_phone.match(text, start)
            or _in_copyright_line(text, start)
            or _dialling_code(text, start)
            or _hijri_year(text, start)
            or _page_counter(text, start)
            or _counter_bar_number(text, start)
        )

    def _dateline_counter(self, text: str, start: int) -> re.Match[str] | None:
        """'27 November 2026  02:10 pm  - 0 -': a lone number between dashes ending a dateline
        is the page's comment counter. The line must carry a date or a time before it; a
        sentence that ends '- 3 -' with neither keeps its number."""
        match = _DASHED_NUMBER.match(text, start)
        if match is None:
            return None
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return match if self.dateline_marks.search(line) else None

    def _dateline_read_time(self, text: str, start: int) -> re.Match[str] | None:
        """'By Jo Smith | Jan. 8, 2026 | 4 min.': a reading time closing a dateline after a
        separator. The line must carry a date or a time ('Response time | 4 min' is a row)."""
        match = _SEPARATED_MINUTES.match(text, start)
        if match is None:
            return None
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return match if self.dateline_marks.search(line) else None

    def _labelled_code(self, text: str, start: int) -> re.Match[str] | None:
        """'(OMIM: 607118)', '(FIR: 112233)', '(ID: 55301)': a long digit run after an
        all-caps label and a colon, in brackets, is an identifier; a currency code's amount
        ('(USD: 12000)') is not."""
        label = _CAPS_LABEL_BEFORE.search(text, max(0, start - 16), start)
        if label is None or label.group(1) in self.lex.currency_nq_names:
            return None
        return _BRACKETED_CODE_DIGITS.match(text, start)

    def _quoted_code(self, text: str, start: int) -> re.Match[str] | None:
        """'quoting CAD 4471/09NOV', 'quote reference 1234/56', 'ref. 88213': what follows a
        quoting cue (and perhaps a reference noun or an all-caps log name) is a code to quote,
        skipped whole so that 'CAD' is not read as Canadian dollars."""
        match = _QUOTED_CODE.match(text, start)
        if match is None:
            return None
        words = _LOWER_WORD.findall(text[max(0, start - 40) : start].lower())[-2:]
        cues = self.lex.words("reference_cues") | self.lex.words("reference_words")
        nouns = self.lex.words("reference_nouns")
        if words and words[-1] in cues:
            return match
        return match if len(words) == 2 and words[0] in cues and words[1] in nouns else None

    def _plate_at(self, text: str, start: int) -> re.Match[str] | None:
        """'registration KDQ 412L', 'plate KBZ 123A': a number with one capital glued after
        it, behind an all-caps letter group, is a vehicle plate (not 412 litres). Not money
        ('USD 20M') nor an all-caps headline."""
        match = _PLATE_DIGITS.match(text, start)
        return match if match and self._code_word_before(text, start) else None

    def _code_word_before(self, text: str, start: int) -> str | None:
        """The all-caps letter group right before ``start`` ('KDQ 412L', 'NCJ 309335'); none
        in an all-caps headline, nor a currency ('USD 20M', 'EGP 25000': money, even in a
        currency our tables do not read)."""
        code = _CAPS_BEFORE.search(text, max(0, start - 8), start)
        if code is None or _is_headline(text):
            return None
        word = code.group(1)
        lex = self.lex
        if word in lex.currency_prefixes or word in lex.words("iso_currency_codes"):
            return None
        return word

    def _after_month(self, text: str, start: int) -> bool:
        words = _WORDS_BEFORE.findall(text, max(0, start - 12), start)
        last = words[-1] if words else ""
        if last.lower() in self.dotted_months:
            return True  # "dec. 12" of wire copy: the dot marks the month
        return last[:1].isupper() and last.lower() in self.lex.words("months")

    def _code_after_cue(self, text: str, start: int) -> re.Match[str] | None:
        """'Press Release No. 47/2568', 'Case No. 2025-0413', 'ISBN 978-0-...': after an
        identifier word, a slash- or hyphen-joined number is one code, never a fraction or range."""
        labelled = text[max(0, start - 2) : start].strip() == ":"
        match = _JOINED_CODE.match(text, start) or (
            _LONG_NUMBER.match(text, start) if labelled else None
        )  # "Story: 561234": a long number after a labelled identifier word
        if match is None or (start and text[start - 1].isalnum()):
            return None
        listed = _CODE_LISTED_BEFORE.search(text, max(0, start - 40), start)
        if listed is not None:  # "Case numbers: 10/960123-23 and 10/960124-23"
            return match if self._code_after_cue(text, listed.start()) else None
        words = _WORDS_BEFORE.findall(text, max(0, start - 30), start)
        identifiers = self.lex.words("identifier_words") | (_PAGE_LABELS if labelled else set())
        if not words or not {words[-1].lower(), words[-1].lower().removesuffix("s")} & identifiers:
            return None
        return None if _counts_noun_after(text, match.end()) else match

    def _series_code(self, text: str, start: int) -> re.Match[str] | None:
        """'NCJ 309335', 'OMB 1121': an all-caps series or agency code and its long number. Not a
        currency ('USD 5000'), a unit, a word of an all-caps headline ('SEIZE 1500 KILOS'),
        or a number that counts the noun after it."""
        number = _LONG_NUMBER.match(text, start)
        if number is None:
            return None
        word = self._code_word_before(text, start)
        if word is None or {word, word.lower()} & self.lex.unit_surfaces.keys():
            return None
        if word.lower() in self.lex.words("not_code_words"):
            return None
        return None if _counts_noun_after(text, number.end()) else number

    def _names_something(self, text: str, cand: Candidate) -> bool:
        """'Registration Number: 130349', 'Article 5', 'call 911', 'no one', 'one of the
        largest', 'flight QR1407': numbers that identify or refer, found from the words around
        them."""
        words = _WORDS_BEFORE.findall(text, max(0, cand.start - 30), cand.start)
        before = words[-1] if words else ""
        lowered = before.lower()
        lettered = _GLUED_CODE.match(text, cand.start) is not None  # "QR1407", not "QR 1,407"
        if cand.kind == "money" and lettered and lowered in self.lex.words("identifier_words"):
            return True  # "flight QR1407": a flight's code, though 'QR' writes Qatari riyals
        bare = cand.unit is None and cand.kind is None
        if not bare:
            return False
        if self._coded_after_identifier(text[max(0, cand.start - 40) : cand.start].split()):
            return True  # "registered under number PK II Ds 14.2023": a file's code
        bracketed = text[cand.start - 1 : cand.start] + text[cand.end : cand.end + 1] == "()"
        # "the Northern Division (22) recorded ...": a named unit's figure, not 'Division 22'
        unit_figure = bracketed and lowered not in self.lex.words("bracketed_reference_words")
        if lowered in self.lex.words("identifier_words") and not unit_figure:
            # "rang the helpline 45 times": a line word, then a count of what was done;
            # "phone 14 witnesses": a calling verb, then a count of whom; "troopers ticket
            # 9,400 drivers": thousands grouped before a plural are a count, whatever the word
            line = lowered in self.lex.words("phone_line_words")
            line = line or lowered in self.lex.words("emergency_number_verbs")
            line = line or "," in text[cand.number_start : cand.number_end]
            return not (line and _counts_noun_after(text, cand.end))
        singular = lowered[:-1] if lowered.endswith("s") else lowered  # "Articles 3 and 4"
        named = {lowered, singular} & self.lex.words("name_words") and before[:1].isupper()
        if named and not unit_figure and ":" not in text[max(0, cand.start - 3) : cand.start]:
            return True  # "Tenancy Act: 64 cases" labels a count; "Act 64" is a name
        if cand.form == FORM_WORDS and _in_capitalised_name(text, cand):
            return True
        if self._category_number(text, cand) or _per_base(text, cand):
            return True
        if self._is_reference(text, cand) or _block_number(text, cand):
            return True
        if _source_code(text, cand):
            return True  # "Source(s): Uniform Crime Reporting Survey (3302)": the survey's number
        if cand.form == FORM_DIGITS and _NAMED_UNIT_AFTER.match(text, cand.end):
            return True  # "14 Division downtown", "52 Division": a police unit's name
        if self._short_code_line(text, cand) or _dialled_number(text, cand):
            return True
        if _phone_groups(text, cand):
            return True  # "the toll-free number 0800 20 305"
        if _NAMED_IN_QUOTES.search(text, max(0, cand.start - 50), cand.start):
            return True  # 'The operation, codenamed "Port 7", ...': a name
        if cand.form == FORM_DIGITS and _CALL_SIGN.search(text, max(0, cand.start - 6), cand.start):
            return True  # "KARE 11 Staff", "KHOU 11": a broadcaster's call sign and channel
        if _contact_number(text, cand):
            return True
        if self._line_after_line_word(text, cand) or self._line_before_line_word(text, cand):
            return True
        if self._line_named_by_determiner(text, cand, lowered):
            return True
        if _NUMBER_IS.search(text, max(0, cand.start - 30), cand.start):
            return True  # "The case number is 24-118903": a reference, stated
        if self._listed_after_emergency(text, cand):
            return True  # "calling 911 in Makkah, and 999 or 996 elsewhere"
        if _CALLS_TO.search(text, max(0, cand.start - 12), cand.start):
            line = _LINE_DIGITS.fullmatch(text[cand.number_start : cand.number_end])
            if line and not _counts_noun_after(text, cand.end):
                return True  # "Emergency calls to 133, the Carabineros number, rose 9%"
        if _CLOCK_PAST_BEFORE.search(text, max(0, cand.start - 16), cand.start):
            return True  # "a quarter past nine", "half past 10": a time of day
        number = text[cand.number_start : cand.number_end].lower()
        emergency = number in self.lex.words("emergency_numbers")
        if emergency and self._emergency_line(text, cand, before):
            return True
        after = text[cand.end : cand.end + 12].lower()
        return number == "one" and (
            before.lower() == "no" or after.startswith((" of ", " another"))
        )

    def _category_number(self, text: str, cand: Candidate) -> bool:
        """'level 1', '(tier 2)', 'stage 3 of the inquiry': a small whole number right after a
        category word names a grade, in any case ('levels rose 5%', 'three tiers' keep theirs)."""
        match = _WORD_RIGHT_BEFORE.search(text, max(0, cand.start - 20), cand.start)
        if match is None or match.group(1).lower() not in self.lex.words("category_words"):
            return False
        return cand.value.is_integer() and 0 <= cand.value <= _MAX_CATEGORY

    def _is_reference(self, text: str, cand: Candidate) -> bool:
        """'#1345678', '§ 841', '21 U.S.C. 841', 'quoting incident 412', the 5 of 'Page 2 of
        5', the 467 of 'Sections 420 and 467': references, citations and page furniture."""
        lead = text[max(0, cand.start - 3) : cand.start].rstrip()
        hash_rank = hash_ranks(text, cand, self.lex.words("hash_rank_words"))
        if lead.endswith(("§", "¶")) or (lead.endswith("#") and not hash_rank):
            return True  # "§ 841", "Release #171", "EDOC #1204567"; not "the #1 seed"
        if self.statute_after.match(text, cand.end):
            return True
        lowered = _LOWER_WORD.findall(text[max(0, cand.start - 30) : cand.start].lower())[-2:]
        if len(lowered) == 2 and lowered[0] in self.lex.words("reference_cues"):
            return lowered[1] in self.lex.words("reference_nouns")  # "quoting incident 412"
        return self._of_page(text, cand) or self._listed_reference(text, cand)

    def _of_page(self, text: str, cand: Candidate) -> bool:
        """The total of 'Page 2 of 5', 'slide 3 of 40': page furniture."""
        match = _OF_TOTAL_BEFORE.search(text, max(0, cand.start - 20), cand.start)
        return match is not None and match.group(1).lower() in self.lex.words(
            "page_furniture_words"
        )

    def _coded_after_identifier(self, words: list[str]) -> bool:
        """'number PK II Ds 14.2023', 'case ref. AB 12': an identifier word, then short code
        letters ('PK', 'II', 'Ds'), then the number."""
        codes = list(itertools.takewhile(_code_letters, reversed(words)))
        if not codes or len(codes) == len(words) or len(codes) > _MAX_CODE_WORDS:
            return False
        cue = words[-len(codes) - 1].lower().strip(":#")
        return cue in self.lex.words("identifier_words")

    def _listed_reference(self, text: str, cand: Candidate) -> bool:
        """'Sections 420 and 467', 'Articles 5, 6 and 8': later numbers of an identifier's list."""
        before = text[max(0, cand.start - 60) : cand.start]
        if not before.rstrip().endswith(("and", "or", "&", ",")):
            return False  # cheap exit
        if _counts_noun_after(text, cand.end):
            return False  # "in footnote 3, 45 cases were withdrawn": a count after the reference
        match = _LIST_HEAD.search(before)
        if match is None:
            return False
        word = match.group(1)
        lowered = word.lower()
        singular = lowered[:-1] if lowered.endswith("s") else lowered
        if {lowered, singular} & self.lex.words("identifier_words"):
            return True
        return word[:1].isupper() and singular in self.lex.words("name_words")

    def _short_code_line(self, text: str, cand: Candidate) -> bool:
        """'the Anti-Scam Helpline on 18222', 'text SCAM to 7726': one short number after
        'on'/'at' (or 'to' after texting) close behind a calling word is a line to ring."""
        number = text[cand.number_start : cand.number_end]
        if not _SHORT_CODE.fullmatch(number) or _counts_noun_after(text, cand.end):
            return False
        window = text[max(0, cand.start - 50) : cand.start]
        return _CALL_THEN_ON.search(window) is not None

    def _line_after_line_word(self, text: str, cand: Candidate) -> bool:
        """'our toll-free lines 18555 and 191', 'the hotlines 116 or 112', 'call the numbers
        0800 or 1919': short numbers right after a line word (cues.json ``phone_line_words``),
        in a sentence about calling. Not 'The hotline received 1,200 calls' (no line word right
        before), nor 'lines 3 people' (a plural noun after counts)."""
        number = text[cand.number_start : cand.number_end]
        if not _LINE_DIGITS.fullmatch(number) or _counts_noun_after(text, cand.end):
            return False
        if not self.line_word_before.search(text, max(0, cand.start - 80), cand.start):
            return False
        return _CALLING_CONTEXT.search(text) is not None

    def _listed_after_emergency(self, text: str, cand: Candidate) -> bool:
        """'..., and 999 or 996 in the other regions': a short number listed right after an
        emergency number (cues.json ``emergency_numbers``), in a sentence about calling, is a
        line too. Not '911 or 40 more calls' (a noun after counts)."""
        listed = _AFTER_LISTED_LINE.search(text, max(0, cand.start - 12), cand.start)
        if listed is None or listed.group(1) not in self.lex.words("emergency_numbers"):
            return False
        number = text[cand.number_start : cand.number_end]
        if not _LINE_DIGITS.fullmatch(number) or _counts_noun_after(text, cand.end):
            return False
        return _CALLING_CONTEXT.search(text) is not None

    def _line_before_line_word(self, text: str, cand: Candidate) -> bool:
        """'call the 1441 anti-scam hotline', 'text the 7726 number': a short number between a
        calling verb (cues.json ``emergency_number_verbs``, and 'text') and a line word
        (``phone_line_words``) names the line. Not 'The hotline took 1,441 calls' (no verb
        before), 'call 14 witnesses' (no line word after)."""
        number = text[cand.number_start : cand.number_end]
        if not _LINE_DIGITS.fullmatch(number):
            return False
        verb = _VERB_BEFORE_LINE.search(text, max(0, cand.start - 30), cand.start)
        word = verb.group(1).lower() if verb else ""
        if word not in self.lex.words("emergency_number_verbs") and word != "text":
            return False
        if _counts_noun_after(text, cand.end):
            return False  # "call the 3 hotlines": a count of lines
        after = _WORDS_TO_LINE.match(text, cand.end)
        words = after.group().lower().split() if after else []
        return not self.lex.words("phone_line_words").isdisjoint(words)

    def _line_named_by_determiner(self, text: str, cand: Candidate, before: str) -> bool:
        """'the 15 emergency helpline', 'our 1930 cyber helpline', 'The 8888 toll-free line
        is open', "the ministry's 1102 hotline": a short number between a determiner (or an
        owner) and one singular line word
        (``phone_line_words``) is the line's name, as 'the 911 hotline' is, in a sentence
        about calling or an emergency line. Not 'the 15 helplines' or 'the 12 line
        managers' (a plural names what is counted), nor 'the 10 digit number' (its length)."""
        number = text[cand.number_start : cand.number_end]
        # "the ministry's 1102 hotline": an owner stands for the determiner
        owned = _OWNER_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None
        if (before not in _LINE_DETERMINERS and not owned) or not _LINE_DIGITS.fullmatch(number):
            return False
        if _counts_noun_after(text, cand.end):
            return False
        if _CALLING_CONTEXT.search(text) is None and _EMERGENCY.search(text) is None:
            return False
        after = _WORDS_TO_NAMED_LINE.match(text, cand.end)
        if after is None:
            return False
        words = self.lex.words("phone_line_words")
        for word in _LINE_NAME_WORD.finditer(after.group()):
            lowered = word.group().lower()
            if lowered in _LINE_LENGTH_WORDS:
                return False
            if lowered in words:
                end = after.start() + word.end()
                return not lowered.endswith("s") and not _counts_noun_after(text, end)
        return False

    def _emergency_line(self, text: str, cand: Candidate, before: str) -> bool:
        """'the 911 call', 'a 999 operator', 'the 000 calls': the phone line, not a count
        ('police received 911 calls' still counts)."""
        noun = re.match(r"[\s-]+([a-z]+)", text[cand.end : cand.end + 20].lower())
        word = noun.group(1) if noun else ""
        nouns = self.lex.words("emergency_number_nouns")
        if word in nouns or _STATED_LINE.search(text, max(0, cand.start - 30), cand.start):
            return True  # "the 911 call"; "the national emergency number is 112"
        listed = _LISTED_NUMBER.search(text, max(0, cand.start - 12), cand.start)
        if listed and _LISTED_NUMBER_AFTER.match(text, cand.end):
            return True  # "call the TTPS at 555, 999 or 911": one number of a list of lines
        if _ON_LINE.search(text, max(0, cand.start - 80), cand.start):
            return True  # "can be reported on 101 or, if a crime is in progress, 999"
        if _LINE_KIND_BEFORE.search(text, max(0, cand.start - 16), cand.start):
            return True  # "non-emergency 101 calls": the line the calls were made to
        if _CALLED_BEFORE.search(text, max(0, cand.start - 80), cand.start):
            return True  # "call Triple Zero (000)", "call 111 if ..., or 105 afterwards"
        if before.lower() in self.lex.words("emergency_number_verbs"):
            return not (len(word) > 3 and word.endswith("s"))  # "called 911"; not "... witnesses"
        if word[:-1] not in nouns:
            return False
        # "the 000 calls", "the most urgent 911 calls": a determined noun phrase names the line
        determined = _DETERMINED_BEFORE.search(text, max(0, cand.start - 40), cand.start)
        return before.lower() in _DETERMINERS or determined is not None


# A line word and a copula or comma right before an emergency number
_STATED_LINE = re.compile(
    r"(?i)\b(?:number|line|hotline)s?(?:\s+(?:is|was|are|remains)|,)\s+$"
)  # "the emergency number is 112", "the police hotline, 110,"
# A contact verb, then 'on' and the line ('reported on 101', 'contact police on 999'), or
# such a line earlier in the sentence that this number is the other choice of.
_ON_LINE = re.compile(
    r"(?i)\b(?:report(?:ed)?|contact(?:ed)?|call(?:ed)?|ring|phone|text|information)\b"
    r"[^.;\n]{0,40}?\b(?:on|to)\s+(?:\d{3}\b[^.;\n]*)?$"
)  # also 'report suspicious activity to 911'; only emergency numbers get here
_LINE_KIND_BEFORE = re.compile(r"(?i)\b(?:non-)?emergency\s+$")
# A calling verb, then a line's name in brackets or another line and 'or'.
_CALLED_BEFORE = re.compile(
    r"(?i)\b(?:call|dial|ring|phone)\b[^.;\n]{0,30}?(?:\($|\b\d{3}\b[^.;\n]{0,60}\bor\s+$)"
)
# Numbers listed on either side of an emergency number: "at 555, 999 or 911"
_LISTED_NUMBER = re.compile(r"\b\d{3,4},?\s+(?:or\s+)?$")
_LISTED_NUMBER_AFTER = re.compile(r",?\s+(?:or\s+)?\d{3,4}\b")


# Written forms that contain digits but state no quantity: dates, times, fiscal years, phone
# numbers, screen sizes, zero-padded identifiers, citation marks, "one-off". Matched where a
# number would start.
_NOT_QUANTITIES = re.compile(
    r"""(?x)
      \d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)  # 2020-12-24
    | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)                  # 12/24/2020, 24.12.2020
    | \d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\.?)?  # 20:04, 5:30 a.m., 1:36.6
    | \d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)            # 5pm, 5 p.m., 10.45pm
    | \d{1,2}[\ \u00a0]?h[\ \u00a0]?\d{2}\b                        # 11 h 00: a French time
    # "on 14 and 15 January", "9, 10 and 11 March": the days of a date list
    | \d{1,2}(?=(?:[\ \u00a0]*(?:,|and|&|to|–|-)[\ \u00a0]*\d{1,2})+[\ \u00a0]+
      (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)
    | (?<![\d,.])(?:[01]\d|2[0-3])[0-5]\d(?=[ \u00a0]?(?:hours|hrs|hr)\b)  # "at 1930 hours"
    | \d{1,2}[.:]\d{2}\s?(?:BST|GMT|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|AEST|AEDT|SAST
      |EAT|WAT|WIB|SGT|HKT|JST|KST|NZST|NZDT)\b          # 06.00 BST: a dotted time and its zone
    # "22 May 2025, 14.02": a dateline's dotted time after the year, closing the line or part
    | (?<=(?:19|20)\d\d,\ )(?:[01]?\d|2[0-3])\.[0-5]\d(?=[\ \t]*(?:$|\n|[|·]|Uhr\b))
    | (?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?!\d|,\d) # 2019-20, 2015/2016
    | (?:19|20)\d{2}-\d{3,5}(?![\d,.]?\d)                 # Release 2024-117: a year and a serial
    | \+(?!(?<![\w.]\+)\d{1,4}(?:\.\d{1,2})?(?![\d.]|[\s-]\(?\d))  # not a sign: "+10.2%"
      \d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,}                      # +44 20 7946 0958
    # (+353) 1 498 4000: a bracketed country code, then the number's groups
    | (?<=\()\+\d{1,4}\)[ \u00a0]?\d{1,4}(?:[ \u00a0.-]\d{2,4}){1,3}(?![\d,.]?\d)
    | (?<=\()0\d{1,4}\)\s?\d{2,4}(?:[\s-]\d{3,4}){1,2}(?![\d,.]?\d)  # (02) 8346 1100
    | \(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)                # (555) 123-4567, 555 123 4567
    | (?<=\()\d{3}\)[\ \u00a0]?\d{4}[\s.-]\d{4}(?![\d,.]?\d)      # (505) 2277-4130
    | (?<=\()\d{2}\)[\ \u00a0]?\d{4,5}-\d{4}(?![\d,.]?\d)          # (11) 3291-6500
    | 0\d{2,4}(?:[\s.-]\d{3,4}){1,3}(?![\d,.]?\d)               # 0800 555 111, 020 7946 0958
    | 0\d(?:[\ \u00a0]\d{3,4}){1,2}(?![\d,.]?\d|[\ \u00a0]\d)    # 04 931 4600 (not 08 123 45 67)
    | 0\d{2,4}[\ \u00a0.-]\d{5,8}(?![\d,.]?\d)                 # 0242 703631: trunk and line
    | 0\d-\d{6,8}(?![\d,.]?\d)                                # 01-293293: area and line
    | \d{2,3}(?:[\ \u00a0]\d{2}){3}(?![\d,.]?\d)               # 800 00 20 20, 33 889 20 20
    | \d-\d{3}-\d{3}-\d{4}(?!\d)                              # 1-800-555-0199
    | \d{3}-\d{4}(?=[\ \u00a0]*,?[\ \u00a0]*(?:x|ext\.?|extension)[\ \u00a0]?\d)  # 555-0100 x44
    | \d{1,4}(?:-\d{3,4}){2,}(?![\d,.]?\d|-\d)                  # 1800-722-6688: three groups
    | \d+(?:-\d+){2,}(?![\d,.]?\d)            # 35-10-0026-01, 1234-5678-90: table, serial
    | \d{1,3}(?:[\ \u00a0]\d{3})*-\d+/\d+(?!\d)     # 13 812-45/25, 4411-2/24: a file reference
    | 1[38]00\s\d{3}\s\d{3,4}(?![\d,.]?\d)                     # 1300 555 123 (Australia)
    | \d+\s?[*×x]\s?(?!10[\^−-])\d+(?![\d,])                  # 1024*768, 3x4
    | 24/7(?![\d/])                                            # round the clock
    | \d{1,2}[\ \u00a0]?o['’]\s?clock\b                          # 2 o'clock: a time of day
    | (?<=\*)\d{2,6}(?!\d)                                      # *462: a mobile short code
    | (?<=\d\()\d{1,3}(?=\))                                     # 318(4): a sub-section
    # GMT+7, UTC + 8: a time zone's offset
    | (?:(?<=GMT)|(?<=UTC)|(?<=GMT\ )|(?<=UTC\ ))[+-]\ ?\d{1,2}(?::?\d{2})?(?!\d)
    | (?:(?<=GMT\ \+\ )|(?<=UTC\ \+\ )|(?<=GMT\ -\ )|(?<=UTC\ -\ ))\d{1,2}(?::?\d{2})?(?!\d)
    # Law 631-16, Decree No. 12-2024: a law's number and year
    | (?:(?<=Law\ )|(?<=Ley\ )|(?<=Decree\ )|(?<=Act\ )|(?<=No\.\ ))\d{1,5}[-/]\d{2,4}(?!\d)
    | (?:[248]K|(?:480|720|1080|1440|2160)p)(?=[\s-]+(?i:video|resolution|tvs?|screens?|displays?
      |monitors?|streaming|content|hdr|uhd|ultra|footage|cameras?)\b)  # 4K video: a format
    | \d{1,2}/(?!(?:2|3|4|5|6|8|10|16)(?![\d/]))(?:3[01]|[12]?\d)(?![\d/])  # 9/11, 7/7: dates
    | (?!\d{1,3}(?:\.\d{3}){2,}(?![\d.]))           # (not 1.234.567: thousands dotted)
      \d+(?:\.\d+){2,}(?!\d)                     # 16.1.1, 4.2.3, 2.1.4: indicators, sections
    # "15.4. The total number of ...": a statistics bulletin's paragraph number
    | (?<![^\n])\d{1,2}\.\d{1,2}\.(?=[ \t]+[A-Z]|[ \t]*(?:\n|$))
    | 0\d{3,}                                                  # 0108263
    | (?<![\d,.])0\d{2}(?![\d.]|,\d)                          # "on 089", ": 089": a short line
    # "the second defendant (47)": an ordinal naming a party in a case, a label ("a fourth
    # suspect" counts one more)
    | (?<=[Tt]he\ )(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th))
      (?=[\ \u00a0]+(?i:defendant|accused|suspect|respondent|appellant|applicant|plaintiff)s?\b)
    | (?:(?<=Private\ Bag\ )|(?<=Private\ Bag\ X))\d{1,6}(?!\d)   # "Private Bag 12024": an address
    | (?<=ROC\ year\ )\d{2,3}(?!\d)                          # "(ROC year 113)": Taiwan's calendar
    | \d{16,}                                                  # card numbers, hashes, digit runs
    | (?<=\[)\d{1,3}(?:[ \u00a0]*[,–-][ \u00a0]*\d{1,3})*(?=\])   # [13], [6,27]: citation marks
    | (?i:one)-(?i:time|off|stop|way|sided|on-one)\b            # one-time, one-off: no count
    | (?i:zero)[\ \u00a0-](?i:tolerance)\b                       # a policy, not a count of none
    # ".38 revolver", ".22 calibre rifle": a calibre names a gun, it measures nothing here
    | (?<![\w.])\.\d{2,3}(?=[\ \u00a0-]?(?i:calibre|caliber|cal\b|revolver|pistol|rifle|handgun
      |special|magnum|acp|auto\b|semi-automatic|shotgun|bullets?|rounds?|ammunition))
    | (?i:first|second)-time\b                       # first-time offenders: a kind, no rank
    | \d{1,2}-(?i:gauge|bore)\b                        # a 12-gauge shotgun: a gun's kind
    # L4B 2K9: a Canadian postcode
    | (?<![A-Za-z0-9])[A-Z]\d[A-Z][\ \u00a0]?\d[A-Z]\d(?![A-Za-z0-9])
    | \d{1,4}/\d{1,4}[a-z]?(?=,[\ \t]+\d{3}[\ \t]?\d{2}[\ \t]+[A-Z])  # "936/3, 170 34": a house
    | \d{1,3}[\ \u00a0-]?(?i:mins?|minutes?)[\ \u00a0-](?i:read|listen)\b(?!-)  # "4 min read"
    | \d{1,3}[\ \u00a0]?(?i:mins?|minutes?)\ (?i:to\ read)(?=[\ \t]*(?:$|\n|\||·))  # a line's end
    # "214 comments", "14 shares" ending a page's line, or before its share and copyright marks
    | \d{1,3}(?:,\d{3})*(?:\.\d[kK]|[kK])?[\ \u00a0](?i:comments?|shares?|likes?|views?|reactions?)
      (?=[\ \t\u00a0]*(?:$|\n|\||©|(?i:share|print|e-?mail|save|comments?)\b))
    | (?<=\b[Ii]n\ )(?i:one)(?=\ (?:case|instance|example)\b)  # "In one case, ...": no count
    | (?:(?<=Share\ )|(?<=Shares\ )|(?<=Comments\ ))\d{1,6}(?=[\ \t]*(?:\n|$))  # "Share 38"
    | (?<=Shared\ )\d{1,3}(?:,\d{3})*(?=\ times[\ \t]*(?:\n|$))  # "Shared 1,248 times"
    # "19 (police) | 177 (gendarmerie)": a service's short number, named in brackets after it
    | \d{2,4}(?=[\ \t]*\((?i:police|gendarmerie|ambulance|fire(?:\ brigade|\ service)?|
      civil\ protection|coast\ ?guard)\))
    # "Facebook (86) | X (12)": a page's share counters
    | (?:(?<=Facebook\ \()|(?<=X\ \()|(?<=WhatsApp\ \()|(?<=LinkedIn\ \()|(?<=Twitter\ \())
      \d{1,6}(?=\))
    # "Comments (23)", "Share (112)": a page's counters
    | (?:(?<=(?i:comments)\ \()|(?<=(?i:share)\ \()|(?<=(?i:shares)\ \()|(?<=(?i:reactions)\ \())
      \d{1,6}(?=\))
    | (?<=News\ at\ )\d{1,2}(?![\d:.])                           # "News at 10": a programme
    # "4 photos", "1 video (0:48)" closing a gallery's line: the page's media, no claim
    | (?<![\w.,])\d{1,3}\ (?i:photos?|videos?|images?|pictures?)(?=[\ \t]*(?:$|\n|\(|·|\|))
    # "in Dublin 15": a postal district; not "Dublin 15 people were hurt" (a count)
    | (?<=in\ Dublin\ )\d{1,2}W?(?![\w,.]?\d)(?![\ \u00a0]+(?:people|[a-z]+s)\b)
    # "| Views: 1 204", "Reads: 12,840" ending a page's line: a counter of the page itself
    | (?<=(?i:views):\ )\d{1,3}(?:[,\ \u00a0]\d{3})*(?=[\ \t]*(?:\n|$|\|))
    | (?<=(?i:reads):\ )\d{1,3}(?:[,\ \u00a0]\d{3})*(?=[\ \t]*(?:\n|$|\|))
    """
)


_MAX_CODE_WORDS = 4


def _code_letters(word: str) -> bool:
    """A short group of a file code's letters: 'PK', 'II', 'Ds'; not a word like 'In'."""
    return (
        1 <= len(word) <= 3
        and word.isalpha()
        and word[:1].isupper()
        and (word.lower() not in _SHORT_WORDS)
    )


_SHORT_WORDS = frozenset({"in", "on", "at", "to", "of", "by", "for", "the", "and", "a", "an",
                          "is", "was", "he", "she", "it", "we", "as", "or", "up"})  # fmt: skip


# "- 30 -" alone on its line: the mark that ends a North American press release
_END_MARK = re.compile(  # "- 30 -", "– 30 –", "-30-": a release's end
    r"(?<=(?<![^\n])[-–—][ \t])30(?=[ \t][-–—][ \t]*(?:\n|$))"
    r"|(?<=(?<![^\n])[-–—])30(?=[-–—][ \t]*(?:\n|$))"
)


# A capitalised unit word after a bare number names the unit: "14 Division", "32 Precinct".
_NAMED_UNIT_AFTER = re.compile(
    r"[ \u00a0](?:Division|Precinct|District|Ward|Squadron|Battalion|Brigade|Detachment)\b"
)


# "| 4 min." ending a line: a reading time after a separator
_SEPARATED_MINUTES = re.compile(r"(?<=[|·][ \t])\d{1,2}[ \u00a0]?(?i:mins?)\.?(?=[ \t]*(?:$|\n))")


# "... 02:10 pm  - 0 -": a number alone between dashes, at the end of its line
_DASHED_NUMBER = re.compile(r"(?<=\s[-–—][ \t])\d{1,5}(?=[ \t]+[-–—][ \t]*(?:\n|$))")


# A copyright line: "© France 24 - 2024", "Copyright 2026 Example Media Ltd."
_COPYRIGHT_LINE = re.compile(r"[ \t\u00a0]*(?:©|\([cC]\)|(?i:copyright)\b)")


def _in_copyright_line(text: str, start: int) -> re.Match[str] | None:
    """The rest of a copyright line: its numbers belong to a name or a year, never a claim."""
    if not _COPYRIGHT_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return None
    return _REST_OF_LINE.match(text, start)


def _dialling_code(text: str, start: int) -> re.Match[str] | None:
    """ "numbers beginning with '+1' or '+44'": a country's dialling code, a '+' and one to
    three digits, in a sentence about phone numbers or their codes."""
    plus = text[start] == "+" or (start > 0 and text[start - 1] == "+")
    code = _CODE_DIGITS.match(text, start) if plus else None
    if code is None:
        return None
    window = text[max(0, start - 80) : start]
    return code if _PHONE_TALK.search(window) else None


# "+44" with its plus, or the digits right after one
_CODE_DIGITS = re.compile(r"\+?\d{1,3}(?![\d%]|[.,]\d)")
_PHONE_TALK = re.compile(r"(?i)\b(?:phone|numbers|dial(?:l?ing)?|codes?|prefix(?:es)?)\b")


def _in_web_address(text: str, start: int) -> re.Match[str] | None:
    """'https://doi.org/10.52922/sb78901', 'www.ussc.gov/2025', '995@gdnc.gov.sa': a number
    inside a web or e-mail address is part of it. The rest of the address."""
    token_start = start
    while token_start > 0 and not text[token_start - 1].isspace() and start - token_start < 200:
        token_start -= 1
    if not _WEB_ADDRESS.match(text, token_start):
        return None
    return _NON_SPACE.match(text, start)


_WEB_ADDRESS = re.compile(
    r"[(<\[\"']?(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/|[\w.+-]+@[\w-]+\.[\w.-]+)",
    re.I,
)  # an e-mail address too: "tips at 995@gdnc.gov.sa"
_NON_SPACE = re.compile(r"\S+")


def _postal_code(text: str, start: int) -> re.Match[str] | None:
    """'Washington, DC 20002-8002' (a US state and ZIP code), '2517 JR The Hague' (a Dutch
    postcode): an address's postal code."""
    return (
        _US_ZIP.match(text, start)
        or _DUTCH_POSTCODE.match(text, start)
        or _street_postcode(text, start)
    )


_US_ZIP = re.compile(r"(?<=\b[A-Z]{2}\s)\d{5}(?:-\d{4})?\b")
# after an address's comma, then the town closing the line: "Wittlaan 9, 2517 JR The Hague"
_DUTCH_POSTCODE = re.compile(
    r"(?<=,\s)\d{4}\s?(?!US|UK|EU|UN|TV)[A-Z]{2}(?=(?:\s+[A-Z][\w'-]*){1,3}\s*(?:$|\n|,|\|))",
    re.MULTILINE,  # not "..., 1500 UK Fans Arrested"
)


def _street_postcode(text: str, start: int) -> re.Match[str] | None:
    """'Guglgasse 13, 1110 Vienna', 'Hauptstrasse 4, 10115 Berlin': a postal code after a
    street's house number and comma, then the town closing the line. A count follows no
    house number ('On Main St, 1500 fans')."""
    return _after_cue(text, start, _HOUSE_NUMBER_BEFORE, 12, _TOWN_POSTCODE)


# "13", "1A", "5/7" (a Czech house's two numbers)
_HOUSE_NUMBER_BEFORE = re.compile(r"[^\W\d_]\s\d{1,4}(?:/\d{1,4})?[A-Za-z]?,\s$")
# "1110 Vienna", "111 44 Prague 1" (a Czech, Slovak, Swedish or Greek code, and a district)
_TOWN_POSTCODE = re.compile(  # the district is taken with it: "Praha 7" counts nothing
    r"(?:\d{4,5}|\d{3}\s\d{2})"
    r"(?=\s[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?:\s\d{1,2})?\s*(?:$|\n|,|\.|\|))"
    r"(?:\s[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s\d{1,2}(?!\d))?",
    re.MULTILINE,
)


def _book_number(text: str, start: int) -> re.Match[str] | None:
    """'ISBN 978 1 76087 512 4', 'ISSN 2206-7302': a standard book or serial number, its
    groups written with spaces or hyphens."""
    return _after_cue(text, start, _BOOK_LABEL, 12, _BOOK_DIGITS)


_BOOK_LABEL = re.compile(r"\b(?:ISBN|ISSN|eISSN)(?:-1[03])?:?\s*$")
_BOOK_DIGITS = re.compile(r"\d[\d \-]{6,}[\dXx]")


def _media_length(text: str, start: int) -> re.Match[str] | None:
    """'Listen: Radio Sweden Weekly, 14 min', 'Watch: the raid (3 mins)': the length of a
    page's audio or video, on a line its label opens."""
    _, line = _line_around(text, start)
    if _MEDIA_LABEL.match(line) is None:
        return None
    return _MEDIA_MINUTES.match(text, start)


_MEDIA_LABEL = re.compile(r"(?i)[ \t]*(?:listen|watch|podcast|audio|video)\b[^\n]*:")
_MEDIA_MINUTES = re.compile(r"\d{1,3}[ \u00a0]?(?i:mins?|minutes?)\.?(?=\)?[ \t]*(?:\n|$))")


def _service_line(text: str, start: int) -> re.Match[str] | None:
    """'support on line 1800-335486', 'call 0800-1234567': a phone number written as two
    hyphened groups, after a word of calling; '5000-100000 pesos' stays a range."""
    return _after_cue(text, start, _PHONE_TALK_BEFORE, 25, _TWO_GROUP_NUMBER)


_PHONE_TALK_BEFORE = re.compile(
    r"(?i)\b(?:line|hotline|helpline|call|phone|tel|telephone|number|dial|whatsapp|sms|text)"
    r"\b[^.\d]{0,12}$"
)
_TWO_GROUP_NUMBER = re.compile(r"\d{3,4}-\d{6,7}(?![\d,.]?\d)")


def _road_marker(text: str, start: int) -> re.Match[str] | None:
    """'near the 94.5 km post', 'at mile marker 212', 'at kilometre 45 of the highway': a
    place on a road, named by its distance from the road's start, measures nothing."""
    return _MARKER_AFTER.match(text, start) or _after_cue(
        text, start, _MARKER_BEFORE, 30, _MARKER_NUMBER
    )


_MARKER_AFTER = re.compile(
    r"(?i)\d{1,4}(?:\.\d)?[ \u00a0-]?(?:km|kilomet(?:re|er)|mile)s?[ \u00a0-]"
    r"(?:posts?|markers?|marks?|stones?|pegs?)\b"
)
_MARKER_BEFORE = re.compile(
    r"(?i)\b(?:(?:at|near|past|by|from|to)\s+(?:the\s+)?(?:kilomet(?:re|er)|km)"
    r"|mile[ -]?(?:markers?|posts?)|mileposts?|(?:km|kilomet(?:re|er))[ -](?:markers?|posts?))\s+$"
)
_MARKER_NUMBER = re.compile(r"\d{1,4}(?:\.\d)?(?![\d,])")


def _house_number_after_street(text: str, start: int) -> re.Match[str] | None:
    """'Johan de Wittlaan 9', 'Bahnhofstrasse 12': a house number written after a street name
    ending in a Dutch, German or Nordic street word; 'Paseo de los Periodistas 52,' and 'Rua
    Augusta 120 ·' after one opened by a Spanish, Portuguese or Italian street word."""
    return _after_cue(text, start, _STREET_BEFORE, 40, _HOUSE_NUMBER) or _after_cue(
        text, start, _LATIN_STREET_BEFORE, 60, _HOUSE_NUMBER_CLOSING
    )


# "7 rue Pierre-Abélard", "12 bis avenue Foch": a French house number before its street
_FRENCH_HOUSE_NUMBER = re.compile(
    r"\d{1,4}(?:[ \u00a0](?:bis|ter))?(?=,?[ \u00a0](?:rue|avenue|boulevard|bd|allée|place"
    r"|chemin|impasse|quai|route|cours)[ \u00a0][A-ZÉÈ])"
)


def _after_cue(
    text: str, start: int, cue: re.Pattern[str], reach: int, value: re.Pattern[str]
) -> re.Match[str] | None:
    """The ``value`` written at ``start`` when ``cue`` ends within ``reach`` characters before
    it: the label or word that makes the number a code ('ISBN', 'line', 'Share:')."""
    if cue.search(text, max(0, start - reach), start) is None:
        return None
    return value.match(text, start)


def _line_around(text: str, start: int) -> tuple[int, str]:
    """Where the line holding ``start`` begins, and the whole line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, text[line_start : line_end if line_end >= 0 else len(text)]


def _address_line_number(text: str, start: int) -> re.Match[str] | None:
    """'C/ Guzmán el Bueno, 110 · 28003 Madrid', 'Largo do Carmo, 1200-092 Lisboa', 'Via dei
    Delfini 17, 00186 Roma': every number on a short line that names a street and ends in a
    postal code and its town belongs to the address."""
    _, line = _line_around(text, start)
    if len(line) > 140 or not _ADDRESS_STREET.search(line) or not _ADDRESS_POSTCODE.search(line):
        return None
    return _ADDRESS_NUMBER.match(text, start)


_ADDRESS_STREET = re.compile(
    r"(?i)(?:^|[\s|·,])(?:c/|calle|avda\.?|avenida|via|viale|piazza|corso|largo|rua|praça"
    r"|travessa|rue|boulevard|street|road|avenue|iela|līnija|gatve|gatvė|prospekts|tänav"
    r"|ulica|ul\.)\s"
)
# a postal code and the town after it, closing the line or a part of it: "28003 Madrid"
_ADDRESS_POSTCODE = re.compile(
    r"\b\d{4,5}(?:-\d{3})?[ \u00a0]+[A-Z][\w'-]+(?:[ \u00a0]*(?:$|[·|,]))"
    r"|\b(?:LV|LT|EE|HR|SI|PL)-\d{4,5}\b"  # "Riga, LV-1026": a Baltic or Balkan postcode
)
_ADDRESS_NUMBER = re.compile(r"\d{1,5}(?:-\d{1,3})?[A-Za-z]?(?![\d,.]?\d)")


_STREET_BEFORE = re.compile(
    r"[A-Z][a-zäöüßéè-]*(?:laan|straat|weg|strasse|straße|gasse|plein|gracht|kade|platz|allee|"
    r"gade|vej|gatan|vägen|veien|gata)\s+$"
    r"|[A-Z][a-zäöüß]{3,}ring\s+$"  # Vienna's 'Schottenring 7-9'
)
_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:[-–]\d{1,4})?[a-z]?\b")  # a range of numbers too
# A street word, then the name's capitalised words and particles, right before the number
_LATIN_STREET_BEFORE = re.compile(
    r"(?<![\w.])(?:Calle|Avenida|Avda\.|Av\.|Paseo|Carrera|Jirón|Rua|Avenue|Via|Viale|Corso"
    r"|Piazza|Plaza|Ronda|Camino|Calzada|Bulevar|Travessa|Largo)[ \u00a0]+"
    r"(?:(?:de|del|la|las|los|el|da|do|dos|das|di|della|dei)[ \u00a0]+"
    r"|[A-ZÁÉÍÓÚÑÃÕÇ][\wáéíóúñãõç'.-]*[ \u00a0]+){1,5}$"
)
# the house number closing the street part of an address: a comma, a dot separator or the line end
_HOUSE_NUMBER_CLOSING = re.compile(r"\d{1,5}[A-Za-z]?(?=[ \u00a0]*(?:,|·|\||$))", re.MULTILINE)


def _related_link_line(text: str, start: int) -> re.Match[str] | None:
    """'Read more: Police arrest 12 in raid', 'RELATED | Fraud losses top $3m': a line linking
    to another story; its figures are that story's, not this one's. The rest of the line."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _RELATED_LABEL.match(text, line_start):
        return None
    return _REST_OF_LINE.match(text, start)


# A link line's label: "Read more:", "READ MORE", "Related:", "Also read -", "See also |".
_RELATED_LABEL = re.compile(
    r"[ \t]*(?:[-•*>|][ \t]*)?(?i:(?:read|see)\s+more\b[ \t]*[:|»>\-–—]?"
    r"|(?:related(?:\s+(?:stories|story|articles|article|news|content|coverage))?|also\s+read|"
    r"read\s+also|see\s+also|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like|"
    r"recommended(?:\s+for\s+you)?|most\s+read)[ \t]*[:|»>\-–—])"
)
_REST_OF_LINE = re.compile(r"[^\n]*")


def _read_time_after_label(text: str, start: int) -> re.Match[str] | None:
    """'Listen to this article 4 min', 'Reading time 3 min.', 'Listen · 6 min', 'Estimated
    reading time: 7 minutes': a read- or listen-time label opening its line (or after a
    separator) and the minutes it announces are page furniture. The minutes must end the label
    (line end, a separator, or the next capitalised line), so 'The raid lasted 4 min' and
    'response times fell to 7 minutes' are untouched: they have no label."""
    match = _LABELLED_MINUTES.match(text, start)
    if match is None:
        return None
    return match if _READ_TIME_LABEL.search(text, max(0, start - 60), start) else None


# "Listen to this article", "Reading time:", "Read time", "Listen ·" at a line start or after a
# separator ("By Staff Writer | Reading time 3 min"); the number comes right after.
_READ_TIME_LABEL = re.compile(
    r"(?im)(?:^|[|·•][ \t]*|[ \t]{2,})(?:listen(?:ing)?(?:\s+to\s+(?:this|the)\s+"
    r"(?:article|story|report|piece))?(?:\s+time)?|(?:estimated\s+)?(?:reading|read)\s+time"
    r"|time\s+to\s+read)[ \t]*[:·|–-]?[ \t]*$"
)
_LABELLED_MINUTES = re.compile(  # "Reading time: 3'": a minutes mark, as Greek sites write it
    r"\d{1,3}(?:[ \u00a0]?(?i:mins?|minutes?)\b\.?|['’′])(?=[ \t]*(?:$|\n|[|·•])|[ \t]+[A-Z])"
)


def _source_code(text: str, cand: Candidate) -> bool:
    """A bracketed bare number on a 'Source:' line: the number of a survey or table."""
    bracketed = text[cand.start - 1 : cand.start] == "(" and text[cand.end : cand.end + 1] == ")"
    return bracketed and _SOURCE_LINE_START.match(text) is not None


_SOURCE_LINE_START = re.compile(r"(?i)\s*sources?(?:\(s\))?\s*:")


def _code_at(text: str, start: int) -> re.Match[str] | None:
    """'PR/145/2024', 'CI-2024-3371', 'FIR No. 112/2024': reference and case codes, letters or
    numbers joined by slashes or hyphens. The match covers the whole code."""
    if start and text[start - 1] in "/-":
        token_start = start - 1
        while token_start > max(0, start - 16) and not text[token_start - 1].isspace():
            token_start -= 1
        match = _LETTER_CODE.match(text, token_start)
        return match if match is not None and match.end() > start else None
    if start and text[start - 1].isalnum():
        return None
    return _NUMBER_CODE.match(text, start)


def _glued_code(text: str, start: int) -> re.Match[str] | None:
    """'4471/09NOV', '12/3B': a number glued by a slash to a part mixing digits and letters
    is a log or case code; a fraction ('2/3') or a rate ('P250/kilo') has no such part."""
    if start and text[start - 1].isalnum():
        return None
    return _SLASH_CODE.match(text, start)


def _index_base(text: str, start: int) -> re.Match[str] | None:
    """The 100 of 'Index (2006 = 100)', '(2015=100)', 'base year 2010 = 100': the level an
    index is set to in its base year, not a measured value."""
    match = _INDEX_BASE.match(text, start)
    if match is None or not _BASE_YEAR_BEFORE.search(text, max(0, start - 16), start):
        return None
    return match


def _mnemonic_digits(text: str, start: int) -> re.Match[str] | None:
    """The 8477 of '416-222-TIPS (8477)': a phone number spelled in letters, then its digits
    in brackets. Only digits that are the keypad spelling of the number's end."""
    if text[start - 1 : start] != "(" or start < 2:
        return None
    digits = _BRACKETED_DIGITS.match(text, start)
    mnemonic = _PHONE_MNEMONIC.search(text, max(0, start - 40), start)
    if digits is None or mnemonic is None:
        return None
    spelled = "".join(_KEYPAD.get(c, c) for c in mnemonic.group(1) if c.isalnum())
    wanted = re.sub(r"\D", "", digits.group())
    return digits if spelled.endswith(wanted) else None


# The phone keypad: the digit each letter is dialled with.
_KEYPAD = {
    letter: str(digit)
    for digit, letters in enumerate(
        ("", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ")
    )
    for letter in letters
}


# "1-800-CALL-FBI", "416-222-TIPS": a phone number ending in letters, skipped whole
_PHONE_WORDS = re.compile(r"\d{1,4}(?:-\d{2,4})+-[A-Z]{3,}(?:-[A-Z0-9]+)*(?![\w-])")


# "416-222-TIPS (", "1-800-CALL-FBI (": digits joined to capital letters by hyphens, a bracket
_PHONE_MNEMONIC = re.compile(r"(?<![\w-])(\d[\d-]*-[A-Z][A-Z0-9-]*)[ \u00a0]?\($")
_BRACKETED_DIGITS = re.compile(r"\d{3,}(?:[ \u00a0-]\d+)*(?=\))")


def _grouped_phone(text: str, start: int) -> re.Match[str] | None:
    """'freephone 800 111 46 34': digit groups of three then pairs, in a text about calling;
    '08 123 45 67' (a leading zero) anywhere. Thousands are grouped in threes, so a pair of
    digits after a space is no part of a count."""
    trunk = _TRUNK_PAIRED_GROUPS.match(text, start)
    if trunk:
        return trunk
    match = _PAIRED_GROUPS.match(text, start)
    return match if match and _CALLING_CONTEXT.search(text) else None


_CAPS_LABEL_BEFORE = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,9})\s*:\s*$")
_BRACKETED_CODE_DIGITS = re.compile(r"\d{4,}(?=\s*\))")


def _report_number(text: str, start: int) -> re.Match[str] | None:
    """'Brå report 2026:3', 'Report 2024:12': a publication numbered within its year."""
    match = _YEAR_SERIAL.match(text, start)
    if match is None:
        return None
    words = _LOWER_WORD.findall(text[max(0, start - 20) : start].lower())
    return match if words and words[-1] in _REPORT_WORDS else None


def _dialled_number(text: str, cand: Candidate) -> bool:
    """'by calling 901', 'dial 999', 'Call 105 ..., or 111 in an emergency', 'by calling
    2347444': a short number or a phone number's digit run right after a calling verb, or
    later in the list it opens, is a line to ring. Not when a plural noun follows: 'calling
    300 witnesses'."""
    number = text[cand.number_start : cand.number_end]
    if not _DIALLED.fullmatch(number) or _counts_noun_after(text, cand.end):
        return False
    if _OF_AFTER.match(text, cand.end):
        return False  # "calling 50 of the witnesses"
    window = text[max(0, cand.start - 80) : cand.start]
    return _DIALLED_BEFORE.search(window) is not None


# A US broadcaster's four-letter call sign right before its channel number ('KARE 11').
_CALL_SIGN = re.compile(r"\b[KW][A-Z]{3}[ \u00a0]$")
# A name given in quotes after a naming word, up to the number: 'codenamed "Port 7"'.
_NAMED_IN_QUOTES = re.compile(
    r"\b(?:code-?named|dubbed|called|named)\s+[\"“'‘][A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+$"
)


def _phone_groups(text: str, cand: Candidate) -> bool:
    """'the toll-free number 0800 20 305', 'the line 0 800 12 345': digit groups after a line
    word that no thousands grouping explains (a group of two, or a leading 0) are one phone
    number, however the scan split them. Not 'the number rose to 1 200 000'."""
    window = (max(0, cand.start - 24), min(len(text), cand.end + 24))
    for run in _PHONE_GROUPS.finditer(text, *window):
        if not run.start() <= cand.number_start < cand.number_end <= run.end():
            continue
        groups = re.split(r"[ \u00a0-]", run.group())
        thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        if thousands and not groups[0].startswith("0"):
            return False
        before = text[max(0, run.start() - 40) : run.start()]
        return _LINE_WORD_BEFORE.search(before) is not None
    return False


_PHONE_GROUPS = re.compile(r"(?<![\w,.])\d{1,4}(?:[ \u00a0-]\d{2,4}){2,5}(?![\w,]|\.\d)")
_LINE_WORD_BEFORE = re.compile(
    r"(?i)\b(?:number|line|hotline|helpline|tip\s?line|toll[\s-]free|freephone|call|dial|on)"
    r"[^.;\d]{0,12}$"
)


def _contact_number(text: str, cand: Candidate) -> bool:
    """'on 8004888 or by calling 901', 'Crime Stop: 311 or 1-888-...', 'reached at 997', 'the
    emergency line 191 or ... 0302773906 / 18555': in a sentence about calling, a plain digit
    run after 'on', 'at', 'or', a slash or a colon, and closing its phrase, is a number to
    ring. Not '240 tips, or 12 a day' (a word follows) nor '1,200 calls' (no calling cue)."""
    number = text[cand.number_start : cand.number_end]
    if cand.form != FORM_DIGITS or not number.isdigit():
        return False
    if not _CONTACT_BEFORE.search(text, max(0, cand.start - 12), cand.start):
        return False
    if not _CONTACT_AFTER.match(text, cand.end):
        return False
    start = max(text.rfind(". ", 0, cand.start), text.rfind("\n", 0, cand.start)) + 1
    start = max(0, min(start, cand.start - 12))  # "tel. 2030 4949": the cue's own dot
    stop = min(
        p for p in (text.find(". ", cand.end), text.find("\n", cand.end), len(text)) if p >= 0
    )
    return _CALLING_CONTEXT.search(text, start, stop) is not None


# What a number to ring follows, and what closes it.
_CONTACT_BEFORE = re.compile(
    r"(?i)(?:\bon|\bat|\bor|/|:|\bline|\(0\d{1,4}\)|\btel[.:]?[ \u00a0]*(?:\d{2,5}[ .-])*)"
    r"[ \u00a0]*$"
)  # "(0242) 703631": an area code in brackets; "tel. 2030 4949": the number's last group
_CONTACT_AFTER = re.compile(
    r"(?i)[ \u00a0]*(?:$|[.,;)/\n]|or\b|and\b|toll|in\s+(?:an?\s+)?emergenc)"
)  # "..., or 112 in an emergency"


def _per_base(text: str, cand: Candidate) -> bool:
    """'Rate per 100,000 inhabitants' heading a column: a round base after 'per' with no
    value before it ('7.4 per 100,000' is read whole as a rate before this check)."""
    if not _PER_RIGHT_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return False
    value = cand.value
    return cand.value_high is None and value >= 100 and _is_power_of_ten(value)


def _is_power_of_ten(value: float) -> bool:
    while value >= 10 and value % 10 == 0:
        value /= 10
    return value == 1


def _office_hours(text: str, start: int) -> re.Match[str] | None:
    """'on weekdays from 13.00 to 14.00', 'daily 08.30-16.30': hours written with dots after a
    word of days or hours; 'between 16.00 and 22.00': two times on the hour or half hour."""
    hours = _after_cue(text, start, _HOURS_CUE, 30, _DOTTED_HOURS)
    return hours or _after_cue(text, start, _SPAN_CUE, 12, _ROUND_HOURS)


_HOURS_CUE = re.compile(
    r"(?i)\b(?:weekdays?|weekends?|daily|hours|open|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b[^.\n]{0,12}?(?:from|between)?\s*$"
)
_DOTTED_TIME = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
_DOTTED_HOURS = re.compile(rf"{_DOTTED_TIME}\s?(?:to|and|-|–)\s?{_DOTTED_TIME}(?!\d|[.,]\d)")
_SPAN_CUE = re.compile(r"(?i)\b(?:between|from)\s+$")
_ROUND_TIME = r"(?:[01]?\d|2[0-3])\.(?:00|30)"
_ROUND_HOURS = re.compile(  # closing its clause: not "from 10.00 to 12.00 kroner"
    rf"{_ROUND_TIME}\s?(?:to|and|-|–)\s?{_ROUND_TIME}(?=[ \t]*(?:[,;:)]|\.(?!\d)|\n|$))"
)


def _operation_number(text: str, start: int) -> re.Match[str] | None:
    """'Results from Operation Stay Alive 4:': the number that ends an operation's name."""
    return _after_cue(text, start, _OPERATION_NAME_BEFORE, 50, _NAME_END_NUMBER)


_OPERATION_NAME_BEFORE = re.compile(
    r"(?<![\w-])Operation(?:[ \u00a0]+[A-Z][\w'’-]*){1,3}[ \u00a0]+$"
)
_NAME_END_NUMBER = re.compile(r"\d{1,2}(?![\d,.]?\d)(?=[ \t]*(?:[:,;)]|\.(?!\d)|\n|$))")


def _emergency_line(text: str, start: int) -> re.Match[str] | None:
    """'call the national emergency service 999', 'the emergency number 112': a short line
    named by what it is."""
    return _after_cue(text, start, _EMERGENCY_LINE_BEFORE, 40, _EMERGENCY_NUMBER)


_EMERGENCY_LINE_BEFORE = re.compile(
    r"(?i)\bemergency\s+(?:\w+\s+)?(?:service|services|number|line|hotline)\s+(?:on\s+)?$"
    r"|(?i:\bemergency(?:\s+(?:numbers?|lines?|hotline|phone|services?))?):\s*$"  # "Emergency: 119"
)
_EMERGENCY_NUMBER = re.compile(r"\d{3,4}(?![\d,.]?\d)")


def _phone_after_cue(text: str, start: int) -> re.Match[str] | None:
    """'call 116 123', 'on 13 11 14' in a helpline sentence: digit groups read as a phone
    number after a calling verb, or after 'on'/'at' when the sentence is about calling."""
    match = _DIGIT_GROUPS.match(text, start)
    if match is None:
        return None
    words = _LOWER_WORD.findall(text[max(0, start - 12) : start].lower())
    before = words[-1] if words else ""
    after_on = before in ("on", "at") and _CALLING_CONTEXT.search(text) is not None
    # "call the police on 911 or 225-6411": the next line of a list of lines
    listed = _LINE_THEN_OR.search(text, max(0, start - 24), start) is not None
    after_on = after_on or (listed and _CALLING_CONTEXT.search(text) is not None)
    if before not in _CALL_WORDS and not after_on:
        return None
    if _THOUSANDS_SPACED.fullmatch(match.group()):  # "call 10 000 witnesses" counts people
        noun = _WORD_AFTER.match(text, match.end())
        word = noun.group(1).lower() if noun else ""
        if word == "people" or (len(word) > 3 and word.endswith("s") and word[-2] != "s"):
            return None
    return match


_LINE_THEN_OR = re.compile(r"(?<![\d,.])\d{3,}(?:[ \u00a0-]\d{2,})*\s+(?:or|and)\s+$")


def _block_number(text: str, cand: Candidate) -> bool:
    """'the 400 block of Elm Street', 'the 1200 and 1300 blocks of Main': a street address in
    hundreds, not a count ('400 blocks of cannabis resin' counts: plural, no list of blocks)."""
    number = text[cand.number_start : cand.number_end]
    if not number.isdigit() or (not number.endswith("00") and number != "0"):
        return False
    after = _BLOCK_AFTER.match(text, cand.end)
    if after is None:
        return False
    if after.group(1) or after.group(2).lower() == "block":
        return True
    return _HUNDREDS_AND_BEFORE.search(text, max(0, cand.start - 16), cand.start) is not None


def _in_capitalised_name(text: str, cand: Candidate) -> bool:
    """'Valletta and the Three Cities', 'the Five Eyes alliance': a capitalised number word
    inside a sentence, before a capitalised word, is part of a name. Not at the sentence's
    start ('Three Men Held'), nor in a headline that capitalises every word."""
    word = text[cand.number_start : cand.number_end]
    if not word[:1].isupper() or word.isupper():
        return False
    # windows around the word, not the whole text: this runs per number word
    before = text[max(0, cand.start - _NAME_WINDOW) : cand.start].rstrip()
    if not before or before[-1] in _OPENERS or not before.split()[-1][:1].islower():
        return False  # the sentence's (or a quote's) first word, or one of a capitalised run
    after = _WORD_AFTER.match(text, cand.number_end)
    if after is None or not after.group(1)[:1].isupper():
        return False
    if before.split()[-1] in _PLACE_PREPOSITIONS and _BUILDING_AFTER.match(text, cand.number_end):
        return True  # "speaks at One Government Center": a building's name, even in a caption
    window = max(0, cand.start - _NAME_WINDOW), cand.end + _NAME_WINDOW
    words = _TITLE_WORDS.findall(text, *window)
    lowercase = sum(w[0].islower() for w in words)
    return lowercase >= max(2, len(words) / 4)  # prose, not a title-case headline


_NAME_WINDOW = 300  # characters each side that tell prose from a title-case headline
_PLACE_PREPOSITIONS = frozenset({"at", "in", "on", "from", "to", "outside", "near"})
_BUILDING_AFTER = re.compile(
    r"(?:[ \u00a0]+[A-Z][a-z]+){0,2}[ \u00a0]+(?:Center|Centre|Plaza|Tower|Towers|Square|Place"
    r"|Street|Avenue|Park|Building)\b"
)
# What may open a sentence or a quote before its first word: '"Three Cities ..."', '- Two'.
_OPENERS = frozenset("\"“‘'(-–—•*:")
# Words of a sentence: a title-case headline capitalises nearly all of them.
_TITLE_WORDS = re.compile(r"\b[A-Za-z][a-z]+\b")


def _counts_noun_after(text: str, end: int) -> bool:
    """'... 18222 calls': a plural lowercase noun right after the number, so it counts."""
    noun = _WORD_AFTER.match(text, end)
    word = noun.group(1) if noun else ""
    return word == "people" or (len(word) > 3 and word.islower() and word.endswith("s"))


def _is_headline(text: str) -> bool:
    """Mostly capitals ('POLICE SEIZE 1500 KILOS'): all-caps words are ordinary words here."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


# "2025 YEAR IN REVIEW", "2024 Year in Review": a headline naming a year ("a 10 year sentence",
# "2000 Year Old Mummy" keep their durations and ages).
_HEADLINE_YEAR = re.compile(r"(?:19|20)\d{2}(?=[ \u00a0](?:YEAR|Year)(?![\w-])(?!\s+(?i:old)\b))")


# " block of", "-block of", " and 1300 blocks of": what follows a block number
_BLOCK_AFTER = re.compile(r"(?i)((?:\s*(?:-|–|to|and|&|or)\s*\d*00)?)[\s-]+(blocks?)\s+of\b")
_HUNDREDS_AND_BEFORE = re.compile(r"\d00\s*(?:,|-|–|to|and|&|or)\s*$")


# A base year and its equals sign: "2006 = ", "(2015=", "2015/16 = ".
_BASE_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}(?:[-/–]\d{2,4})?[ \u00a0]*=[ \u00a0]*$")
_INDEX_BASE = re.compile(r"(?:100|1000?)(?:\.0+)?(?![\d,.]?\d)")


# "per " right before a number, and the word right before a number (spaces only between).
_PER_RIGHT_BEFORE = re.compile(r"(?i)\bper[ \u00a0]+$")
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[ \u00a0]+$")
_MAX_CATEGORY = 20  # "level 1" .. "tier 20"; "stage 2019" is no grade


# "47/2568", "2025-0413", "2024-CR-0413", "978-0-12-345678-9": a number joined to more parts
# by / or -, each digits or capitals (not "the world No. 1-ranked player": a word follows)
_JOINED_CODE = re.compile(r"\d+(?:[/-][A-Z0-9]+)+(?![\w/-])")


# "4471/09NOV": a number, a slash, and a part holding both digits and letters
_SLASH_CODE = re.compile(
    r"\d+/(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]+(?:/[A-Za-z0-9]+)*(?![\w/])"
)


# After a quoting cue: an optional all-caps log name ('CAD'), then the code with its parts.
_QUOTED_CODE = re.compile(
    r"(?:[A-Z]{2,6}[ \u00a0]+)?\d[\dA-Za-z]*(?:[/-][A-Za-z0-9]+)*(?![\w/]|[,.]\d)"
)
# "412L" of "KDQ 412L": a short number with one capital glued after it
_PLATE_DIGITS = re.compile(r"\d{1,4}[A-Z](?![\w-])")


# A number of four or more digits without separators, and the all-caps word right before it.
_LONG_NUMBER = re.compile(r"\d{4,}(?![\d,.]?\d|[A-Za-z])")
# Labels a news page gives its story's number under ("Story: 561234")
_PAGE_LABELS = frozenset({"story", "article", "post"})
# A joined code and 'and' or a comma before the next one: "10/960123-23 and "
_CODE_LISTED_BEFORE = re.compile(
    r"(?<![\w/-])\d+(?:[/-][A-Z0-9]+)+,?\s+(?:and|or)\s+$|(?<![\w/-])\d+(?:[/-][A-Z0-9]+)+,\s+$"
)
_CAPS_BEFORE = re.compile(r"(?<![\w.&'’-])([A-Z]{2,5})[ \u00a0]$")


# A short line number ("18222", "7726", "999") and the calling word before "on"/"at" it follows:
# "the Helpline on 18222", "call us at 999"; "to" only after texting ("text SCAM to 7726").
_SHORT_CODE = re.compile(r"\d{3,6}")
_CALL_THEN_ON = re.compile(
    r"(?i)(?:\b(?:call|phone|ring|dial|contact|help\s?line|hot\s?line|tip\s?line|stoppers"
    r"|freephone)\b[^.;:!?\d]{0,40}\s(?:on|at)"
    r"|\b(?:text|sms|forward|send)\b[^.;:!?\d]{0,40}\s(?:on|at|to))\s+$"
)


# Reference codes: capital letters, then slash- or hyphen-joined parts with digits.
_LETTER_CODE = re.compile(
    r"(?:[A-Z]{1,6}[/-])+[A-Z0-9]*\d[A-Z0-9]*(?:[/-][A-Z0-9]+)*(?![\w/-])"
    r"|[A-Za-z]{1,6}\d+(?:[/-][A-Za-z]*\d[A-Za-z0-9]*)+(?![\w/-])"  # "mr24-1187", "ab12-3456"
)


# "112/2024" (a number and a year), "145/2024/77": never a fraction.
_NUMBER_CODE = re.compile(
    r"\d{1,6}/(?:(?:19|20)\d{2}(?![\d/])|\d+/[A-Z0-9]+)(?:/[A-Z0-9]+)*(?![\w/])"
)


# "800 111 46 34": two groups of three, then pairs (a phone number, never a count; not a
# table row "120 45 30"); "08 123 45 67", "020 33 44 55": a trunk prefix, then pairs
_PAIRED_GROUPS = re.compile(r"\d{3}[ \u00a0]\d{3}(?:[ \u00a0]\d{2}){2,3}(?![\d,.]?\d|[ \u00a0]\d)")
_TRUNK_PAIRED_GROUPS = re.compile(
    r"0\d{1,3}(?:[ \u00a0]\d{3})?(?:[ \u00a0]\d{2}){2,3}(?![\d,.]?\d|[ \u00a0]\d)"
)


# "2026:3", "2024:12": a year, a colon and a serial number
_YEAR_SERIAL = re.compile(r"(?:19|20)\d{2}:\d{1,3}(?![\d:])")
_REPORT_WORDS = frozenset(
    ("report", "reports", "rapport", "publication", "bulletin", "series", "paper", "brief", "no",
     "nr", "number", "sou", "ds", "prop")
)  # fmt: skip


# A short line to ring ("901", "105", "111") and a calling verb before it, with an earlier
# number of the same list between: "dial 999", "Call 105 to report ..., or ".
_SHORT_LINE = re.compile(r"\d{2,4}")
_GLUED_CODE = re.compile(r"[A-Za-z]{1,3}\d")  # letters glued to the digits: "QR1407"
_DIALLED = re.compile(r"\d{2,12}")  # a short line, a local line ("22499"), a whole number
_OF_AFTER = re.compile(r"(?i)\s+of\b")
# A calling verb, then at most one number to ring ("0115 915 2020") and words before 'or'
_DIALLED_BEFORE = re.compile(
    r"(?i)\b(?:call|calling|dial|dialling|dialing|ring|ringing|phone|phoning)\s+"
    r"(?:\d(?:[\d \u00a0-]{0,14}\d)?\b[^.;:!?\d]{0,60}\b(?:or|and)\s+)?$"
)


# digit groups, or one unseparated run as long as a local number ("4392233")
_DIGIT_GROUPS = re.compile(r"(?:\d{2,5}(?:[ \u00a0-]\d{2,5}){1,3}|\d{7,11})(?![\d,.]?\d)")


_THOUSANDS_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+")


_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


_CALL_WORDS = frozenset(
    ("call", "calling", "dial", "dialling", "dialing", "ring", "text", "phone", "telephone",
     "tel", "freephone", "hotline", "helpline", "tipline", "stoppers", "sms", "whatsapp",
     "ph", "mob", "fax")
)  # fmt: skip


# A sentence about calling: the verbs and line words, 'reached at', a tip line's name. Not
# 'ring', which crime news uses for gangs ('a drug ring').
_CALLING_CONTEXT = re.compile(
    r"(?i)\b(?:help\s?lines?|hotlines?|tip\s?lines?|call(?:ing)?|phone|telephone|dial(?:ling)?"
    r"|toll[\s-]free|freephone|contact|reached\s+at|emergency\s+(?:lines?|numbers?)"
    r"|crime\s*stop(?:pers)?|report(?:ing|ed)?\s+(?:[\w'-]+\s+){0,4}(?:to|on|at|through|via)"
    r"|complaints?\s+desk"
    r"|(?:submit|give|pass|send)\w*\s+(?:any\s+)?information|tel"
    r"|(?:free|toll|hot|tip)\s*line\s+\d+|free\s+(?:phone\s+|call\s+)?numbers?)\b"
)  # "report suspicious activity to (or submit information to) the citizens' line on 1460",
# "the free numbers 1010 and 17"


# a line to ring is digits without thousands separators: "191", "18555"; not "1,200"
_LINE_DIGITS = re.compile(r"\d{2,6}|\d{3}(?:[ \u00a0]\d{3}){2}")  # "1930", "808 200 520"


# "The case number is ", "its reference number was ": a reference stated with a copula
_NUMBER_IS = re.compile(
    r"(?i)\b(?:(?:case|file|reference|ref|docket|report|incident|claim|crime)\s+(?:number|no\.?)"
    r"|(?:tip|hot|help|phone|telephone)\s?line)\s+(?:is|was|remains)\s+(?:\d{2,4}[ \u00a0])?$"
)  # also "The police tip line is 114 14"
# "the most urgent ": a determiner and up to two describing words before a line's number
_DETERMINED_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|its|their|our|to)|['’]s)\s+(?:most\s+|least\s+)?(?:[a-z]+-?[a-z]*\s+){1,2}$"
)  # "the most urgent 911 calls", "the city's most urgent 911 calls", "to most urgent 911 calls"
# "999 or ": a number and 'or'/'and' right before another
_AFTER_LISTED_LINE = re.compile(r"(?<![\d,.])(\d{2,4})\s+(?:or|and)\s+$")
# "calls to 133": the line the calls were made to
_CALLS_TO = re.compile(r"(?i)\bcalls?\s+(?:to|on)\s+$")
# "call the ", "dial our ", "text ": a verb and an optional determiner right before a number
_VERB_BEFORE_LINE = re.compile(
    r"(?i)\b([a-z]+)\s+(?:(?:the|its|our|their|a|an|this)\s+)?"
    r"(?:(?:anonymous|confidential|free|toll-free|national|dedicated|24-hour)\s+)?$"
)  # "call the anonymous 134 hotline"
# " anti-scam hotline", " helpline": the next three words, one of which may name a line
_WORDS_TO_LINE = re.compile(r"(?:[ \u00a0]+[A-Za-z][\w-]*){1,3}")


# Words before a line's name: 'the 1122 helpline', 'our 911 hotline', 'its 15 line'.
_OWNER_BEFORE = re.compile(r"[A-Za-z]['’]s[ \u00a0]+$")
_LINE_DETERMINERS = frozenset(
    ("the", "a", "an", "our", "its", "their", "your", "this", "his", "her")
)
# " women's helpline", " cyber helpline": the next three words, possessives kept whole
_WORDS_TO_NAMED_LINE = re.compile(r"(?:[ \u00a0]+[A-Za-z][\w'’-]*){1,3}")
_LINE_NAME_WORD = re.compile(r"[\w'’-]+")
# 'the 101 non-emergency number': a sentence about an emergency line, whatever the verb.
_EMERGENCY = re.compile(r"(?i)emergency\b")
# 'the 10 digit number': how long a number is, not which.
_LINE_LENGTH_WORDS = frozenset(("digit", "digits", "character", "characters"))


_CLOCK_PAST_BEFORE = re.compile(r"(?i)\b(?:half|quarter)\s+past\s+$")


# A word before a number, skipping the punctuation of "No. 5", "Number: 130349", "(#12)".
_WORDS_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*(?=[\s:#(.]*$)")


# "Page 2 of ": the word before a page number and "of"
_OF_TOTAL_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\s+\d{1,4}\s+of\s+$")


# "Sections 420 and ", "Articles 5, 6 and ": a word heading a list of numbers
_LIST_HEAD = re.compile(  # a numbered item may carry a letter: 'Section 381-A', 'Rule 12b'
    r"([A-Za-z][A-Za-z.]*)\s+\d+(?:-?[A-Za-z])?(?:\([A-Za-z0-9]+\))*"
    r"(?:(?:\s*,\s*|\s+or\s+)\d+(?:-?[A-Za-z])?(?:\([A-Za-z0-9]+\))*)*"  # "dial 999 or 911 or 112"
    r",?\s+(?:(?:and|or|&)\s+)?$"
)


_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "these", "those", "this", "that")
)


def _page_counter(text: str, start: int) -> re.Match[str] | None:
    """'Share: 112', 'Shares: 1.4k', 'Comments: 27', 'Visitor Counter : 1284': a counter of
    the page itself after its label and a colon, anywhere on a line."""
    return _after_cue(text, start, _COUNTER_LABEL, 24, _COUNTER_VALUE)


_COUNTER_LABEL = re.compile(
    r"(?i)\b(?:shares?|comments?|likes?|views?|reads?|reactions?|hits|visitor\s+counter)"
    r"[ \t\u00a0]*:[ \t\u00a0]*$"
)
_COUNTER_VALUE = re.compile(
    r"(?:\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)(?:\.\d+)?[kKmM]?(?![\w.,]?\d)(?![ \t\u00a0]+[a-z])"
)  # not 'Views: 12 people objected'


def _counter_bar_number(text: str, start: int) -> re.Match[str] | None:
    """'Tip-offs: 192 | Comments (14)', 'Comments · 5 · Share': a short segment of a line
    cut by '|' or '·' into page furniture, next to a segment that is a page counter or
    button, counts something about the page."""
    line_start, line = _line_around(text, start)
    if len(line) > _MAX_BAR_LINE or ("|" not in line and "·" not in line):
        return None
    position, own, others = line_start, None, []
    for segment in _BAR.split(line):
        if position <= start < position + len(segment):
            own = segment
        else:
            others.append(segment)
        position += len(segment) + 1
    if own is None or len(own.split()) > 3 or not any(map(_COUNTER_SEGMENT.fullmatch, others)):
        return None
    return _COUNTER_VALUE.match(text, start)


_MAX_BAR_LINE = 80
_BAR = re.compile(r"[|·]")
_COUNTER_SEGMENT = re.compile(
    r"(?i)\s*(?:comments?|shares?(?:\s+on\s+\w+)?|likes?|views?|reads?|reactions?|print|e-?mail"
    r"|save|tweet)"
    r"(?:\s*:?\s*\(?\s*[\d.,]+[kK]?\s*\)?)?\s*"
)


def _hijri_year(text: str, start: int) -> re.Match[str] | None:
    """'Jumada Al-Awwal 18, 1447', 'Ramadan 3, 1446 AH', '12 Rajab 1446 AH': the day and year
    of a Hijri date, as Gulf and Saudi datelines give it beside the Gregorian one."""
    day = _HIJRI_DAY.match(text, start)
    if day is not None:
        return day
    if not _HIJRI_DATE_BEFORE.search(text, max(0, start - 40), start):
        return None
    return _HIJRI_YEAR.match(text, start)


_HIJRI_MONTH = (
    r"(?:muharram|safar|rabi['‘’ʿ]?\s*(?:al|ul)?[-\s]?(?:awwal|thani|akhir)"
    r"|jumad(?:a|i|ah)\s*(?:al|ul)?[-\s]?(?:awwal|ula|oola|thani|akhirah|akhir|ukhra)|rajab"
    r"|sha['‘’ʿ]?ban|ramadh?an|shawwal|dhu['‘’ʿ]?\s*al[-\s]?(?:qa['‘’ʿ]?dah|qi['‘’ʿ]?dah|hijjah))"
)
# A Hijri month, perhaps with its day, then the year: "Jumada Al-Awwal 18, ", "Rajab "
_HIJRI_DATE_BEFORE = re.compile(rf"(?i)\b{_HIJRI_MONTH}(?:\s+\d{{1,2}},?)?\s+$")
_HIJRI_YEAR = re.compile(r"1[345]\d\d(?!\d)")
# The day written before the month and year: "12 Rajab 1446"
_HIJRI_DAY = re.compile(rf"(?i)(?:[1-9]|[12]\d|30)(?=\s+{_HIJRI_MONTH}\s+1[345]\d\d(?!\d))")
