"""Split a document into sentences, keeping character offsets.

Paragraphs (blank-line separated, from ``readers.iter_paragraphs``) come first, so headlines,
bylines and footers never merge into body sentences. Sentences come from spaCy's rule-based
sentencizer on a tokenizer-only pipeline: fast, and it leaves the statistical parser for the
sentences that hold a number.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from factpull.assets import lexicon
from factpull.components.tables import (
    LABEL_LINE,
    LABEL_ROW,
    Cell,
    closing_source,
    table_cells,
    trailing_source,
)
from factpull.readers import MAX_PARAGRAPH_CHARS, iter_paragraphs

_T = TypeVar("_T")

# A "sentence" longer than this is a table or a run-on line: parse it in pieces.
MAX_SENTENCE = 2_000
# Lines that stand alone inside a paragraph: bullets ("- Burglary: 1,204") and plain-text
# table rows ("Murder    12    15    -20.0%", columns set apart by runs of spaces or tabs).
LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–—▪·●◦]|\d{1,2}[.)])[ \t]+\S")
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t+)\S.*\S(?: {3,}|\t+)\S")
# Two columns ("2023    22.7", "Lusaka .......... 2,117": dot leaders are a column gap too):
# a table row only when stacked with another such line.
_TWO_COLUMNS = re.compile(
    r"\S(?: {3,}|\t+|[ \t]*\.{4,}[ \t]*)\S"
    # "Council tax precept  118.3": two blanks before a figure that ends the line
    r"|[A-Za-z)] {2}[-+(]?[$£€]?\d[\d,.]*%?[ \t]*$"
)
# Pipe-delimited (Markdown) table rows: "| Burglary | 1,204 | 1,150 | -4.5% |".
_PIPE_ROW = re.compile(r"[ \t]*\|.*\|")
# A column separator of a pipe table written without outer pipes ("Cyber fraud | 2,410 | 512"):
# a row only when a neighbouring line has as many, so a lone "News | Crime" stays prose.
_INNER_PIPE = re.compile(r"\S[ \t]*\|[ \t]*\S")
# "Label: value" lines of a statistics page ("Clearance rate, violent offences: 61.3%"): alone
# only when two or more are stacked, so a value never takes the next line's label.
# "world No. 1", "2 sq. km", "see fig. 3", "72.1 bil. yen", "Firearms Act, Cap. 19.05": an
# abbreviation before a number
# or a lowercase word is not a sentence end (nor is a dotted currency prefix: "Rs. 40,000").
_NUMBER_ABBREVIATION = re.compile(
    r"\b(?:[Nn]os?|[Ss]q|approx|[Ff]igs?|[Pp]aras?|[Ss]ecs?|[Pp]p|[Ee]xt|[Tt]el|bil|mil|[Cc]ap"
    r"|[Mm]io|[Mm]ia|[Mm]rd|pct)\.$"  # '612 mio. kr.', '41 pct. of': Nordic abbreviations
)
# Police ranks some papers abbreviate in lowercase ('insp.', 'asp.'); not 'pc.' or 'st.',
# which also end sentences as 'per cent' and 'street'
_LOWERCASE_RANKS = ("insp", "supt", "sgt", "det", "cst", "cpl", "capt", "lt", "cmdr", "asst")
# A saying verb before a lowercase title ('said insp.'), as some papers write ranks
_SAID_BEFORE_TITLE = re.compile(r"(?i)\b(?:said|says|told|added|by)\s+[a-z]{2,5}\.$")
# The last word of a span when it ends in a dot: 'Sgt.', 'dec.'.
_LAST_ABBREVIATION = re.compile(r"(?<![\w.])([A-Za-z]{2,5})\.$")
_LINE = re.compile(r"[^\n\r]*(?:\r\n|\n|\r|$)")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the document
    paragraph: int = 0  # index of its paragraph: attribution is carried only within one
    cells: tuple[Cell, ...] = ()  # a table row's cells whose header states a unit
    # the publisher a 'Source: ...' line closing its list of lines names ('Source: ISP-RJ')
    source: str | None = None

    @property
    def flowing_text(self) -> str:
        """The text as the pipeline reads it. A table row, bullet, label or heading is a
        sentence of its own, so a line break left inside one is hard-wrapped prose ('had
        seized 5\nkilograms'): read as the space it stands for, one for one, so that offsets
        into it are offsets into ``text``."""
        return _LINE_BREAK.sub(" ", self.text)


_LINE_BREAK = re.compile(r"[\r\n]")


# Single-letter scale and unit suffixes the English tokenizer keeps with a following dot as an
# abbreviation ('m.'), so that '... at $4.1m. Phishing was ...' never ended its sentence, nor
# '... limit of 100 km/h. Road deaths ...'.
_SUFFIX_NOT_ABBREVIATION = ("m.", "b.", "k.", "g.", "h.")


@cache
def _sentencizer() -> Language:
    nlp = spacy.blank("en")
    rules = dict(nlp.tokenizer.rules)
    for suffix in _SUFFIX_NOT_ABBREVIATION:
        rules.pop(suffix, None)
    nlp.tokenizer.rules = rules
    nlp.add_pipe("sentencizer")
    nlp.max_length = MAX_PARAGRAPH_CHARS + 1
    return nlp


def keep_abbreviations(nlp: Language) -> None:
    """Keep the abbreviations of names and titles whole for the parser ('Assn.', 'Dept.',
    'Sgt.', 'Insp.'), as spaCy already keeps 'Corp.' and 'Inc.': split off, their dot reads as a
    sentence's end inside a name ('the Retailers Assn. estimates') and cuts a title from its
    person. The sentencizer keeps them split: ``_continues`` rejoins a sentence that goes on in
    lowercase, and 'the Assn. Police said' still ends one. An em dash is split off wherever
    it stands ('up 12%—police')."""
    words = lexicon().words("name_abbreviations") | lexicon().words("title_abbreviations")
    for word in words:  # titles too: 'Sgt. Lisa Tran said', 'Insp. Gen. Made Wirawan said'
        abbreviation = word.capitalize() + "."
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for word in _LOWERCASE_RANKS:  # '..., said insp. Marek Kowalczyk'
        nlp.tokenizer.add_special_case(word + ".", [{ORTH: word + "."}])
    for abbreviation in _INLINE_WORDS:  # '72.1 bil. yen', '(approx. $470 million)'
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # 'Defilement cases up 12%—police': an em dash joins no word to the next, spaced or not
    infixes = [*nlp.Defaults.infixes, r"—"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def split_sentences(text: str) -> Iterator[Sentence]:
    """Sentences of ``text`` in order, each at most MAX_SENTENCE characters, stripped."""
    before = None  # the paragraph before: a table's title may stand apart from its rows
    for number, (paragraph, following) in enumerate(_with_following(iter_paragraphs(text))):
        rows: list[int] = []
        blocks = list(_line_blocks(paragraph.text, rows))
        # cells of table rows whose header states a unit, for factpull_quantities to read
        indent = _indent(text, paragraph.start) if rows else 0
        caption = _caption_before(before.text) if rows and before is not None else None
        cells = table_cells(paragraph.text, frozenset(rows), indent, caption) if rows else []
        before = paragraph
        source = trailing_source(following.text) if cells and following is not None else None
        if source is not None:  # a 'Source:' line set apart from its table by a blank line
            cells = [c if c.source else replace(c, source=source) for c in cells]
        closing = closing_source(paragraph.text) if len(blocks) > 2 else None
        for block_start, block in blocks:
            # 'Cargo thefts: 3,105 (–14%)' over 'Source: ISP-RJ': the source states the line
            listed = closing if _listed_line(block) else None
            for sent_start, sent_end in _sentence_spans(block):
                start = block_start + sent_start
                sentence = block[sent_start:sent_end]
                for piece in iter_paragraphs(sentence, max_chars=MAX_SENTENCE):
                    at = start + piece.start
                    within = _cells_within(cells, at, len(piece.text))
                    yield Sentence(piece.text, paragraph.start + at, number, within, listed)


def _listed_line(block: str) -> bool:
    """A bullet or a 'Label: value' line standing alone."""
    return "\n" not in block.strip() and bool(LIST_ITEM.match(block) or LABEL_LINE.match(block))


def _caption_before(paragraph: str) -> str | None:
    """'Table 1: Household victimisation prevalence by crime type (%)' set apart from its
    rows by a blank line: a one-line paragraph that is no sentence."""
    line = paragraph.strip()
    return line if line and "\n" not in line and line[-1] not in ".!?\"'”" else None


def _with_following(items: Iterable[_T]) -> Iterator[tuple[_T, _T | None]]:
    """Each item with the one after it (None after the last), read lazily."""
    items = iter(items)
    current = next(items, None)
    while current is not None:
        following = next(items, None)
        yield current, following
        current = following


def _indent(text: str, start: int) -> int:
    """Blanks before ``start`` on its line: the indent a stripped paragraph dropped. Walks
    back over the blanks only: searching back for a carriage return would scan the whole
    text before the paragraph when it holds none."""
    line_start = start
    while line_start > 0 and text[line_start - 1] not in "\n\r" and text[line_start - 1].isspace():
        line_start -= 1
    return start - line_start if line_start == 0 or text[line_start - 1] in "\n\r" else 0


def _cells_within(cells: list[Cell], start: int, length: int) -> tuple[Cell, ...]:
    """The cells inside one sentence, moved to its offsets. ``cells`` are in text order and
    do not overlap, so a long table's rows each look at their own cells only."""
    end = start + length
    within = []
    for index in range(bisect_left(cells, start, key=_cell_start), len(cells)):
        cell = cells[index]
        if cell.end > end:
            break
        within.append(replace(cell, start=cell.start - start, end=cell.end - start))
    return tuple(within)


def _cell_start(cell: Cell) -> int:
    return cell.start


def _sentence_spans(block: str) -> list[tuple[int, int]]:
    """Character spans of the sentencizer's sentences, rejoining a split after an abbreviation
    that does not end a sentence: 'No.' before a number ('the world No. 1 beat ...'), a dotted
    month before its day ('due dec. 12'), a title before a name ('Sgt. Lisa Tran said'), a
    capitalised abbreviation the sentence goes on after ('the Retailers Assn. estimates')."""
    spans: list[tuple[int, int]] = []
    for sent in _sentencizer()(block).sents:
        if spans and _continues(block[spans[-1][0] : spans[-1][1]].rstrip(), sent.text):
            spans[-1] = (spans[-1][0], sent.end_char)
        else:
            spans.append((sent.start_char, sent.end_char))
    spans = [cell for span in spans for cell in _bar_cells(block, span)]
    return _quotes_to_next(block, spans)


def _bar_cells(block: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """'Arrests: 12 | Seizures: 40 kg': labelled figures set side by side on one line, cut
    apart by bars or middots, are read one by one, as lines of a list are."""
    text = block[span[0] : span[1]]
    if _BAR_CELLS.fullmatch(text.strip()) is None:
        return [span]
    cells, start = [], span[0]
    for separator in _BAR_SEPARATOR.finditer(text):
        cells.append((start, span[0] + separator.start()))
        start = span[0] + separator.end()
    return [*cells, (start, span[1])]


_BAR_CELL = r"[^|·:\n]{1,40}:[ \t]*[^|·\n]*\d[^|·\n]*?"
_BAR_CELLS = re.compile(rf"{_BAR_CELL}(?:[ \t][|·][ \t]{_BAR_CELL})+")
_BAR_SEPARATOR = re.compile(r"[ \t][|·][ \t]")


def _quotes_to_next(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'... she said. "About 60 per cent ...': the sentencizer leaves a quote that opens the
    next sentence at the end of this one; it goes to the sentence it opens."""
    for index in range(len(spans) - 1):
        start, end = spans[index]
        dangling = _DANGLING_QUOTE.search(block, start, end)
        if dangling is not None and dangling.start() > start:
            spans[index] = (start, dangling.start())
            spans[index + 1] = (dangling.start("quote"), spans[index + 1][1])
    return spans


# A quote mark opening the next sentence, left after this one's end: ' "', ' “'.
_DANGLING_QUOTE = re.compile(r"(?<=[.!?])\s+(?P<quote>[\"“])\s*$")


def _continues(before: str, sentence: str) -> bool:
    """True when ``before`` ends in an abbreviation that ``sentence`` carries on."""
    first = sentence[:1]
    if _INLINE_ABBREVIATION.search(before.rstrip("([ ")):
        # 'Murders (incl. attempts)', '(approx. $470 million)', 'Tel. (+598) 2030 4000': never
        # an end, though the sentencizer gave it the bracket that follows
        return True
    if _NUMBER_ABBREVIATION.search(before) or _dotted_currency_prefix().search(before):
        return first.isdigit() or first.islower() or unicodedata.category(first) == "Sc"
    match = _LAST_ABBREVIATION.search(before)
    if match is None:
        return False
    word = match.group(1)
    titles, months = _abbreviations()
    spoken = word[:1].isupper() or _SAID_BEFORE_TITLE.search(before) is not None
    if spoken and word.lower() in titles:
        # a title before a name: 'Det. Insp. Jane Cole', '..., said insp. Marek Kowalczyk'
        return first.isupper()
    if word[:1].isupper() and first.islower():
        return True  # an abbreviated name goes on: 'the Retailers Assn. estimates'
    return word.lower() + "." in months and first.isdigit()  # a month and its day: 'sept. 30'


# Lower-case abbreviations kept whole for the parser, whose dot it would read as an end
_INLINE_WORDS = ("approx.", "incl.", "excl.", "bil.", "mil.", "tril.", "mio.", "mia.", "mrd.")
# Abbreviations that stand inside a sentence, never at its end: 'incl.', 'approx.', 'vs.',
# and a contact line's 'Tel. (+598) 2030 4000'
_INLINE_ABBREVIATION = re.compile(
    r"(?i)(?<![\w.])(?:incl|excl|approx|vs|cf|esp|viz|tel|fax|mob)\.$"
)


@cache
def _dotted_currency_prefix() -> re.Pattern[str]:
    """A currency prefix written with a dot ('Rs.', 'Nu.', 'Dhs.', 'S/.') ending the text: the
    amount goes on after it ('Rs. 11 million')."""
    dotted = [p for p in lexicon().currency_prefixes if p.endswith(".")]
    alternation = "|".join(sorted(map(re.escape, dotted), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})$")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Titles without their dot ('sgt') and dotted month abbreviations ('dec.')."""
    cues = lexicon().cues
    months = frozenset(m for m in cues["months"] if m.endswith("."))
    return frozenset(cues["title_abbreviations"]), months


def _line_blocks(text: str, rows: list[int] | None = None) -> Iterator[tuple[int, str]]:
    """The paragraph in runs of lines, each bullet or table row a run of its own, so a list
    item never merges with its lead-in or the next item. Offsets are within ``text``. The
    start offsets of table rows and header lines are added to ``rows``."""
    lines = [m for m in _LINE.finditer(text) if m.group()]
    texts = [m.group() for m in lines]
    labels = [bool(LABEL_LINE.match(line)) for line in texts]
    tabled = _table_lines(texts)
    facts = _fact_lines(texts)
    start, offset, alone_before, item_open = 0, 0, False, False
    for index, match in enumerate(lines):
        line = match.group()
        stacked = labels[index] and (
            (index > 0 and labels[index - 1]) or (index + 1 < len(lines) and labels[index + 1])
        )
        if tabled[index] and rows is not None:
            rows.append(match.start())
        alone = bool(LIST_ITEM.match(line) or tabled[index] or stacked or facts[index])
        wrapped_item = item_open and not alone and _item_continuation(line)
        if offset > start and (alone or alone_before) and not wrapped_item:
            yield start, text[start:offset]
            start = offset
        if not wrapped_item:
            item_open = bool(LIST_ITEM.match(line))
        opens = offset == start or text[start:offset].rstrip()[-1:] in ".!?"
        heading = opens and _heads_lines(texts, index)
        offset, alone_before = match.end(), alone or heading or wrapped_item
    if text[start:].strip():
        yield start, text[start:]


def _item_continuation(line: str) -> bool:
    """A bullet item wrapped onto the next line ('- officers seized cash from 12\n  criminal
    groups'): the line after it, indented or in lower case, goes on with the item."""
    body = line.lstrip()
    return bool(body) and (line[:1] in " \t" or body[:1].islower())


def _table_lines(lines: list[str]) -> list[bool]:
    """Which lines are table rows or a table's header: column-spaced lines holding a digit,
    pipe rows, pipe rows without outer pipes next to one with as many columns, and a
    column-spaced line without digits right above a row ('Offence    Cases    Loss (Rs crore)')."""
    pipes = [len(_INNER_PIPE.findall(line)) for line in lines]
    spaced = [bool(_TABLE_ROW.search(line.strip())) for line in lines]
    columned = [bool(_TWO_COLUMNS.search(line)) for line in lines]
    paired = [c and _digit(line) for c, line in zip(columned, lines, strict=True)]
    out = []
    for index, line in enumerate(lines):
        near_index = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        stacked = paired[index] and any(paired[i] for i in near_index)
        row = (spaced[index] and _digit(line)) or stacked
        near = [pipes[i] for i in near_index]
        piped = bool(_PIPE_ROW.match(line)) or (pipes[index] > 0 and pipes[index] in near)
        out.append(bool(row or piped))
    for index in range(len(lines) - 1):
        if columned[index] and not out[index] and out[index + 1]:
            out[index] = True  # a header line over its rows
    return _with_label_rows(lines, out)


def _with_label_rows(lines: list[str], out: list[bool]) -> list[bool]:
    """'Violent crime rates per 100,000 residents, 2025:' over 'Sacramento County: 612.4',
    'Placer County: 211.9': two or more 'label: figure' lines under a title that ends in a
    colon are the rows of a two-column table, and the title its caption."""
    rows = [bool(LABEL_ROW.fullmatch(line.strip())) for line in lines]
    index = 1
    while index < len(lines):
        end = index
        while end < len(lines) and rows[end]:
            end += 1
        title = lines[index - 1].strip()
        if end - index >= 2 and title.endswith(":") and not rows[index - 1]:
            out[index - 1 : end] = [True] * (end - index + 1)
        index = end + 1
    return out


def _fact_lines(lines: list[str]) -> list[bool]:
    """Which lines are items of a fact list without bullets ('310,000+ fake items seized',
    '12 warehouses raided'): two or more stacked short lines, each starting with a digit and
    each complete, the first opening a sentence. A line that ends in a dangling word or mark
    ('... arrested in raids across') wraps prose onto the next and ends the run."""
    starts = [_fact_start(line) for line in lines]
    out = [False] * len(lines)
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and starts[end] and (end == index or _complete(lines[end - 1])):
            end += 1
        opens = index == 0 or lines[index - 1].rstrip()[-1:] in ".!?:"
        if end - index >= 2 and opens:
            out[index:end] = [True] * (end - index)
        index = max(end, index + 1)
    return out


def _fact_start(line: str) -> bool:
    """A short line opening with a figure: '1,847 traffic fines issued', '4 in 10 ...'."""
    words = line.split()
    return bool(words) and line[:1].isdigit() and len(words) <= _HEADING_WORDS


def _complete(line: str) -> bool:
    """A line that does not run on into the next: no dangling last word or joining mark."""
    words = line.split()
    if not words or line.rstrip()[-1] in _END_MARKS - frozenset(".!?"):
        return False
    return words[-1].lower() not in _DANGLING_WORDS and len(line.strip()) <= _FACT_CHARS


def _digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _heads_lines(lines: list[str], index: int, depth: int = 0) -> bool:
    """Whether line ``index`` is a heading over the next. A headline over a byline over the
    body ('Karachi loses 14,000 phones\nOur Correspondent\nKARACHI: ...') is one too: a short
    byline is no wrapped continuation when it heads the line after it itself."""
    line = lines[index]
    after = lines[index + 1] if index + 1 < len(lines) else ""
    last = index + 2 >= len(lines)
    if _is_heading(line, after, last):
        return True
    if last or depth >= _BYLINE_STACK or not _byline(after):
        return False
    return _is_heading(line, after, True) and _heads_lines(lines, index + 1, depth + 1)


def _byline(line: str) -> bool:
    """A short line of names or a date: 'Our Correspondent', 'By Jane Smith, Crime Reporter',
    'Published 12 March 2025'. Not a wrapped piece of prose such as 'In Leeds'."""
    words = line.split()
    if not words or len(words) > _BYLINE_WORDS:
        return False
    first = words[0].lower()
    if first in _DANGLING_WORDS and first not in _BYLINE_OPENERS:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _DANGLING_WORDS for w in words)


def _is_heading(line: str, after: str, after_is_last: bool) -> bool:
    """A headline or sub-heading over its body after a single newline ('Man jailed for 9
    years\nA 41-year-old man ...'): a short line that opens a sentence, with no end mark and
    no dangling last word, before a line starting with a capital or digit. A line about as
    long as the next, not-last line is hard-wrapped prose ('... officers from\nLeeds ...')."""
    head, body = line.strip(), after.strip()
    if not head or not body or not (body[0].isupper() or body[0].isdigit()):
        return False
    words = head.split()
    if len(words) > _HEADING_WORDS or head[-1] in _END_MARKS:
        return False
    if words[-1].lower() in _DANGLING_WORDS or not (head[0].isupper() or head[0].isdigit()):
        return False
    return after_is_last or len(head) < _WRAP_RATIO * len(body)


# A byline ('Our Correspondent', 'By Jane Smith, Crime Reporter') is at most this many words;
# at most this many stack between a headline and its body (byline, date line).
_BYLINE_WORDS = 6
_BYLINE_STACK = 3
# Words that can open a byline though a wrapped line may end in them: 'By ...', 'Our ...'.
_BYLINE_OPENERS = frozenset({"by", "our", "the", "a", "an"})
# A heading is at most this many words; a line at least this share of the next line's
# length is taken for hard-wrapped prose.
_HEADING_WORDS = 14
_WRAP_RATIO = 0.85
_END_MARKS = frozenset(".!?:;,-–—([{/&")
# A fact-list item is short; a longer line before a digit is prose wrapped at a number.
_FACT_CHARS = 60
# Words that cannot end a heading: a wrapped line broken after them goes on.
_DANGLING_WORDS = frozenset(
    ("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or",
     "but", "as", "than", "into", "over", "under", "after", "before", "about", "that", "which",
     "who", "was", "were", "is", "are", "has", "have", "had", "be", "been", "said", "its",
     "his", "her", "their", "our", "this", "these", "those", "per", "some", "more", "less",
     "across", "through", "between", "among", "against", "during", "within", "without",
     "toward", "towards", "around", "near", "via", "nearly", "almost", "estimated", "least",
     "whose", "where", "when", "while", "because", "if", "than", "nor")
)  # fmt: skip
