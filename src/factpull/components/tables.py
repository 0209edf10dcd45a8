"""Units and scales stated by table headers, carried to the bare numbers in the cells below.

Statistics bulletins write "Loss (Rs crore)" over a column of "512", "% under 18" before a row of
"19.6", or a caption "Fraud losses, January-June (¥ billion)" over rows of "2023    22.7". The cell
itself holds a bare number; its header says it is 5,120,000,000 INR, a percent, a rate.

Two halves. ``table_cells`` (called by ``factpull.segment`` on each paragraph) reads the table
lines: header lines, captions and rows, and gives each row cell the unit its header states.
``apply_headers`` (called by ``factpull_quantities`` next to ``carry_units``) gives that unit to a
bare mention in such a cell. A row reaches the pipeline as its own sentence, without its header,
so the segmenter puts the row's cells on its ``Sentence`` and the extractor hands them to the
pipeline on the row's Doc (``CELLS_ATTR``, written by ``cells_attr``).

Conservative on purpose: only a label that clearly states a unit or scale counts: a bracket
("(Rs crore)", "(%)", "(kg)"), a leading "%" or "Percent" ("% change", "Percent change") or
"rate per"/"per" phrase ("Rate per 100,000 inhabitants"). A title line over the header states
it as a caption does once its number and period are set aside ("Table 1. Imprisonment rate
per 100,000 residents, by sex, 2023 and 2024"). A title that states counts and rates ("Victims,
number and rate per 100,000 persons") gives its per-phrase to the columns or rows labelled as
rates only ("Rate 2024", "Rate per 100,000"); the rest stay counts. A title may open with
its source or number and a colon and state its units in a bracket ("Crime Statistics Agency:
selected offences (counts; rate per 100,000 population)"); a bracket of a rate alone is a rate
of every cell; a colon after prose ("Police said the figures showed a fall: ...") makes no
title. A title's lead naming a publisher ("Home Office: ...") or a "Source: Home Office" line
under the rows (also one a blank line sets apart, ``trailing_source``) is the attribution of
the table's cells. Rows of places or groups count what their columns name when the stub
header is a dimension ("Division | Homicides | Robberies"), else what the title breaks down
("Arrests by province"); a change column changes the one thing the others count. Year headers
("2023  2024") state nothing; a cell with its own unit or sign ("-5.2%") keeps it; prose lines
with brackets are neither header nor caption.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc

from factpull.assets import lexicon
from factpull.mentions import Mention
from factpull.scan import FORM_DIGITS, scan


@dataclass(frozen=True)
class HeaderUnit:
    """What a header label states: the scanned reading of a probe '1 <unit>' ('Rs 1 crore')."""

    unit: str | None
    kind: str
    scale: float
    currency_symbol: str | None


@dataclass(frozen=True)
class Cell:
    """A value cell of a table row: what its header, caption or row label states about it."""

    start: int  # offsets of the cell's text (stripped) within the paragraph or sentence
    end: int
    unit: HeaderUnit | None = None
    # the column's header label ('Shootings') when the row is labelled by a period ('2023')
    label: str | None = None
    change: bool = False  # under a '% change' / 'Change' column: the figure is a change
    # who publishes the table: its title's lead ('Home Office: ...') or a 'Source:' line
    source: str | None = None


# A label ending in a bracketed unit: 'Loss (Rs crore)', 'Seizures [kg]'.
_BRACKET = re.compile(r"[(\[]\s*([^()\[\]]{1,24}?)\s*[)\]]\s*:?\s*$")
# 'Rate per 100,000 inhabitants', 'per 100 000 population', 'Homicide rate per 100,000'.
_PER_LABEL = re.compile(r"(?i)^(?:[a-z-]+\s+){0,2}?(?:rate\s+)?(per\s+\d.*)$")
# A unit set after a comma at a label's end: 'Losses, EUR', 'Solved, %', 'Value, €m'.
_COMMA_UNIT = re.compile(r"[A-Za-z],\s*([^,()\[\]\d]{1,12}?)\s*:?\s*$")
# Plural scale words and thousands marks that the scan reads in their singular form.
_SCALE_WORDS = (
    (re.compile(r"(?i)\b(thousand|million|billion|trillion|crore|lakh)s\b"), r"\1"),
    (re.compile(r"(?:'|’)?\b000s?\b|(?:'|’)000s?"), "thousand"),
)
# The leading currency of a bracket: 'Rs', '¥', 'US$', 'INR'; the rest is a scale word.
_CURRENCY_FIRST = re.compile(r"^(\S*?[$€£¥₹]|[A-Z][A-Za-z]{1,2}\.?)\s*(.*)$")
_NUMBER_CELL = re.compile(  # "412 million": a cell may carry its scale word
    r"[-+−–(]?[$€£¥₹]?\d[\d,. ]*%?\)?[*†‡a-z]{0,2}(?:[ ](?:million|billion|crore|lakh))?"
)
_YEAR_CELL = re.compile(r"(?:1[89]|20)\d{2}(?:[-–/]\d{2,4})?[*†‡a-z]{0,2}")
# What a cell may hold besides its number: footnote marks, 'p' (provisional), brackets.
_CELL_REST = re.compile(r"[\s*†‡()\[\]a-z]{0,4}")
_IN = re.compile(r"(?i)\bin\s+")
_AMOUNT_IN = re.compile(r"(?i)^(?:amounts?|figures|values?)\s+(?=in\s)")
_MAX_LABEL_WORDS = 8
_MAX_CAPTION_WORDS = 14
# A title whose rate goes to its rate columns only may be longer: 'Recorded victims of
# selected offences, New South Wales - number and rate per 100,000 persons'.
_MAX_TITLE_WORDS = 20
# A column of changes: '% change', 'Change', 'Change (%)', '% chg', 'Annual change'.
_CHANGE_LABEL = re.compile(r"(?i)\b(?:change|chg)\b")
# A row label that is a period, not a thing: '2023', '2023/24', 'Q1 2024', 'Jan-Jun 2023'.
_PERIOD = (
    r"(?:(?:(?:fy\s?)?(?:1[89]|20)\d{2}(?:[-–/]\d{2,4})?p?|q[1-4]|h[12]"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b\.?[\s/–-]*)+[*†‡]?"
)
_PERIOD_LABEL = re.compile(rf"(?i){_PERIOD}")
# A title's per-phrase, wherever it stands: '..., number and rate per 100,000 persons'.
_TITLE_PER = re.compile(r"(?i)\bper\s+\d.*$")
# A title that names counts beside its rate: 'Number and rate per 100,000', 'counts and rates'.
_COUNT_WORD = re.compile(r"(?i)\b(?:numbers?|counts?|totals?|volumes?)\b")
# A label naming rates without their base: 'Rate', 'Rate 2024', '2024 rate', 'Crime rate (p)'.
_RATE_WORDS = frozenset({"rate", "rates"})
_LABEL_WORD_SPLIT = re.compile(r"[\s,:;()\[\]*†‡/–-]+")
_MAX_RATE_LABEL_WORDS = 3
# The end of a per-phrase in a caption: 'Rate per 100,000 inhabitants, by sex'; a bracket of
# units closes it too: '(counts; rate per 100,000 population)'.
_PER_END = re.compile(r"\s*(?:[,;]\s|[;()\[\]])|\s+by\s+")
# The number of a table's title ('Table 1. ', 'Figure 2: ', 'Exhibit 3 - '), which states no unit.
_TITLE_NUMBER = re.compile(
    r"(?i)^(?:table|figure|fig\.|chart|exhibit|graph)\s+[A-Z]?\d+[a-z]?(?:\.\d+)*\s*[.:–—-]?\s+"
)
# A title ending in its per-phrase: 'Robbery, police-recorded offences per 100 000
# inhabitants' (not 'Offences and rate per 100,000', which names counts too).
_RATE_TITLE_END = re.compile(r"(?i)^(?!.*\band\s+rates?\b)[^()]*\bper\s+\d[\d,. ]*\s+[a-z][a-z ]*$")
# A title's bracket of a rate alone: '(rate per 100,000 population)', '[per 10,000 households]',
# '(recorded incidents per 100,000 residents)'.
_RATE_BRACKET = re.compile(r"(?i)[(\[]\s*(?:[a-z-]+\s+){0,3}?per\s+\d[^()\[\]]*[)\]]\s*$")
# What stands before a title's colon names its source or subject: 'Crime Statistics Agency'.
_MAX_LEAD_WORDS = 6
_MAX_PLAIN_LEAD_WORDS = 3
# 'Source: Home Office', 'Sources: Crime Statistics Agency.'
_SOURCE_LINE = re.compile(r"(?i)sources?\s*:\s*(.+?)\.?")
_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,4})?")  # "ONS", "ISP-RJ"
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&", "-", "–"})
# 'Homicides 2023', 'Thefts 2023-24', 'Arrests FY2024/25': a year after a column's noun
_TRAILING_YEAR = re.compile(  # 'Deaths H1 2025', 'Thefts Q3 2024' too
    r"(?<=[A-Za-z])\s+(?:(?:FY|H[12]|Q[1-4])\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?$"
)
# The period a title ends with: ', 2023 and 2024', ', 2025', ', January-June 2025', ' (2025)'.
_TITLE_PERIOD = re.compile(
    rf"(?i)(?:,\s*{_PERIOD}(?:\s*(?:and|to|[-–/])\s*{_PERIOD})*|\s*[(\[]\s*{_PERIOD}\s*[)\]])\s*$"
)
# A column of percentages named in words: 'Percent change', 'Per cent', 'Percentage solved';
# not 'Percentage points'.
_PERCENT_WORD = re.compile(r"(?i)^(?:percent(?:age)?|per\s?cent|pct)\b(?!\s+points?\b)")
# A label closing on its percent mark: 'Change, %', 'Change %', 'Change in %', 'Chg, per cent',
# 'Share, pct'; not 'Change, % pts' (percentage points) nor a row 'Less than 5 %' (a band).
_PERCENT_LAST = re.compile(
    r"(?i)(?:^|(?<![\d.])[\s,;:/])(?:in\s+)?(?:%|percent|per\s?cent|pct\.?)$"
)
# 'Stop and searches by ethnicity': what a title measures, then what its rows break it down by.
_BY_DIMENSION = re.compile(
    r"(?i)\s*(?P<measured>[^,;()]+?)\s+by\s+(?P<dimension>[a-z-]+(?:\s[a-z-]+){0,2})\b"
)
# "Regional breakdown of armed robbery cases (January-March)": the rows are regions
_BREAKDOWN_OF = re.compile(
    r"(?i)\s*(?P<dimension>[a-z-]+)\s+breakdown\s+of\s+(?P<measured>[^,;():]+?)\s*(?:[,;(:]|$)"
)
_DIMENSION_ADJECTIVES = frozenset(
    {"regional", "provincial", "district", "county", "state", "city", "divisional", "zonal",
     "area", "national", "departmental", "municipal", "governorate", "force"}
)  # fmt: skip
_PIPE_SPLIT = re.compile(r"\|")
_MEASURE_KINDS = frozenset({"weight", "other"})
_MONEY_LABEL = re.compile(r"(?:[A-Z]{0,2}[$£€¥₹])(?:m|bn|k|000s?|million|billion)")
_SPACE_SPLIT = re.compile(r"[ \t]*\.{4,}[ \t]*| {2,}|\t+")  # dot leaders: "Lusaka ..... 2,117"
_LINE = re.compile(r"[^\n\r]+")
# A header ending in a plural time unit after a statistic word: "Median days", "Average hours"
_TIME_LAST = re.compile(
    r"(?i)^(?:median|mean|average|avg\.?|typical)\s+(days|hours|weeks|months|years|minutes)$"
)
# A row of a two-column list table: "Sacramento County: 612.4" (``segment._with_label_rows``)
# A line that is a label and its figure set off by a dash, and perhaps a bracketed note:
# "Vehicle thefts – 96", "Burglaries reported – 187 (down from 224 in January)"; not a
# sentence going on after the figure ("The suspects – 29 men and 12 women – were ...")
DASH_LABEL_LINE = re.compile(
    r"[ \t]*[A-Z][^:\n–—]{0,80}[ \t][–—-][ \t]*[-+]?\d[\d,.]*%?(?:[ \t]*\([^)\n]*\))?[ \t]*(?:\n|$)"
)
# A line opening with a label and its figure: "Arrests: 1,200", or the dash form
LABEL_LINE = re.compile(
    rf"[ \t]*[A-Z][^:\n]{{0,80}}:[ \t]*(?:[^\s\d]{{1,4}}[ \t]?)?[-+(]?\d|{DASH_LABEL_LINE.pattern}"
)
LABEL_ROW = re.compile(r"(?P<label>[A-Z][^:\n|]{0,60}):[ \t]+(?P<value>[-+]?\d[\d,.]*%?)")


@lru_cache(maxsize=1024)
def table_row(text: str) -> bool:
    """A line of cells set apart by pipes, or by runs of spaces (three cells at least), one of
    them a figure: 'Extortion cases    198    263', 'Larceny | 702 | 754'."""
    line, cells = _line_cells(text)
    enough = len(cells) >= (2 if "|" in line else 3)
    return enough and any(c.strip()[:1].isdigit() for c in cells)


def header_row(text: str) -> bool:
    """A table's line of column labels, with no figure: three cells or more set apart by runs
    of spaces ('Province     House-breaking     Robbery'), two or more by pipes ('| Region |
    Cases |'); or the rule under a pipe table's labels ('|---|:---:|')."""
    if _PIPE_RULE.fullmatch(text.strip()):
        return True
    line, cells = _line_cells(text)
    enough = len(cells) >= (2 if "|" in text else 3)
    # years name the columns ('Offence    Jan-Sep 2024    Jan-Sep 2025    Change')
    return enough and not any(c.isdigit() for c in _HEADER_YEAR.sub("", line))


_HEADER_YEAR = re.compile(r"(?<![\d.,+-])(?:19|20)\d{2}(?![\d.,%])")


_PIPE_RULE = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")


def _line_cells(text: str) -> tuple[str, list[str]]:
    """The line without its outer pipes, and its cells; no cells for text of several lines."""
    line = text.strip().strip("|")
    if "\n" in line:
        return line, []
    return line, [c for c in _CELL_GAP.split(line) if c.strip()]


_CELL_GAP = re.compile(r"\s*\|\s*| {2,}|\t+")


def header_unit(label: str) -> HeaderUnit | None:
    """The unit a header label states, or None: '(Rs crore)' -> INR x 10^7, '% change' ->
    percent, 'Rate per 100,000' -> rate; 'Cases' or '2023' -> None."""
    label = label.strip()
    if label.startswith("%") or _PERCENT_WORD.match(label) or _PERCENT_LAST.search(label):
        return HeaderUnit("percent", "percent", 1.0, None)
    per = _PER_LABEL.match(label)
    if per is not None:
        return _probe_rate(_PER_END.split(per.group(1))[0])
    bracket = _BRACKET.search(label) or _COMMA_UNIT.search(label)  # 'Losses, EUR'
    if bracket is None and _MONEY_LABEL.fullmatch(label):
        return _probe_bracket(label)  # "£m", "$bn", "€000": a money column's unit, unbracketed
    if bracket is None:
        time = _TIME_LAST.search(label)  # "Median days", "Average hours": a time per cell
        return _read(f"1 {time.group(1)}") if time is not None else _measure_word(label)
    inner = _AMOUNT_IN.sub("", bracket.group(1))  # '(amount in Rs lakh)'
    inner = _IN.sub("", inner)  # '(Rs in crore)', '(in %)': the 'in' says nothing
    if inner in ("%", "per cent", "percent"):
        return HeaderUnit("percent", "percent", 1.0, None)
    for pattern, word in _SCALE_WORDS:
        inner = pattern.sub(word, inner)
    return _probe_bracket(inner)


def _measure_word(label: str) -> HeaderUnit | None:
    """'Kilograms', 'Kg', 'Litres': a header that is a unit of weight or measure alone states
    it for its cells. Not money or time ('Dollars', 'Years' may label other things)."""
    if len(label.split()) > 1 or len(label) < 2:
        return None  # nor one letter: 'M' heads a column of men as often as of metres
    reading = _read(f"1 {label.lower()}")
    measured = reading is not None and reading.kind in _MEASURE_KINDS
    return reading if measured and reading.unit is not None else None


def _probe_rate(per_phrase: str) -> HeaderUnit | None:
    """'per 100,000 persons' read as the rate of a probe '1 per 100,000 persons'; a header's
    capital ('Per 100,000') is lowered, as the scan reads a lower-case 'per' only."""
    per_phrase = per_phrase.strip()
    reading = _read("1 " + per_phrase[:3].lower() + per_phrase[3:])
    return reading if reading is not None and reading.kind == "rate" else None


def _probe_bracket(inner: str) -> HeaderUnit | None:
    """The scan's reading of the bracket as a quantity of 1: 'Rs 1 crore', '£1m', '1 kg'."""
    probes = ["1 " + inner]
    currency = _CURRENCY_FIRST.match(inner)
    if currency is not None:
        symbol, rest = currency.groups()
        joiner = " " if symbol[-1:].isalpha() else ""
        probes += [f"{symbol}{joiner}1{sep}{rest}".strip() for sep in (" ", "")]
    for probe in probes:
        reading = _read(probe)
        if reading is not None and (reading.unit is not None or reading.scale != 1.0):
            return reading
    return None


def _read(probe: str) -> HeaderUnit | None:
    """The probe read as one whole mention, else None (a bracket of words is no unit)."""
    found = scan(probe)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(probe):
        return None
    cand = found[0]
    kind = cand.kind or "count"
    return HeaderUnit(cand.unit, kind, cand.value, cand.currency_symbol)


# -- reading the table lines of a paragraph -----------------------------------------------------
@dataclass(frozen=True)
class _Line:
    start: int
    cells: tuple[tuple[int, int], ...]  # stripped cell spans, paragraph offsets
    piped: bool


@dataclass(frozen=True)
class _Header:
    line: _Line
    units: tuple[HeaderUnit | None, ...]
    labels: tuple[str, ...]


def table_cells(
    paragraph: str, row_lines: frozenset[int], indent: int = 0, caption: str | None = None
) -> list[Cell]:
    """Value cells (paragraph offsets) of the table rows, with what their header, caption or
    row label states. ``row_lines`` are the start offsets of the lines the segmenter took for
    table rows; ``indent`` is the first line's leading blank the paragraph lost ('      Cases
    Loss'); ``caption`` the line set apart above the paragraph. A row's header is the
    nearest header line above it in the paragraph."""
    header: _Header | None = None
    title = _apart_title(caption, paragraph)
    out: list[Cell] = []
    table_start = 0  # the first cell of the current table in ``out``
    for match in _LINE.finditer(paragraph):
        line = _split(paragraph, match.start(), match.end())
        if match.start() == 0:  # columns are counted from the line's true start
            line = replace(line, start=-indent)
        labels = [paragraph[s:e] for s, e in line.cells]
        if match.start() in row_lines and _is_row(labels):
            out += _row_cells(line, labels, header, title)
        elif len(labels) == 1 and (source := _source_line(labels[0])) is not None:
            out[table_start:] = [
                c if c.source else replace(c, source=source) for c in out[table_start:]
            ]
            header, title, table_start = None, None, len(out)
        elif len(labels) >= 2 and all(len(x.split()) <= _MAX_LABEL_WORDS for x in labels):
            if not all(set(x) <= set("-:| ") for x in labels):  # not a '|---|---|' rule
                units = tuple(header_unit(x) for x in labels)
                header = _Header(line, units, tuple(labels))
        elif len(labels) == 1 and (stated := _title(labels[0])) is not None:
            if header is not None and stated.caption is not None and not out[table_start:]:
                title = _units_row(title, stated)  # 'rate per 100,000 population' under it
            else:
                title, header, table_start = stated, None, len(out)
        else:
            header, title = None, None  # prose between tables: nothing carries over it
            table_start = len(out)
    return out


def _apart_title(caption: str | None, paragraph: str) -> _Title | None:
    """What a title set apart from its table by a blank line states ('Table 1: Household
    victimisation prevalence by crime type (%)', 'Gold seized by province, 2025 (kg)' over
    'Province | Kilograms'): its units, and what it breaks down by a place or group
    ('Homicides by district' over 'District   2024   2025'); a name of its own stays with
    the rows and header. The title must be numbered, or the table open with a header line: a
    line over bare rows ('Fraud losses (£m)' over 'Detectives    2023    418') may head
    something else."""
    if not caption:
        return None
    numbered = _TITLE_NUMBER.match(caption.strip()) is not None
    if not numbered and not _opens_with_header(paragraph):
        return None
    title = _title(caption)
    if title is None:
        return None
    return _Title(title.caption, title.rate, measured=title.measured, apart=True)


def _opens_with_header(paragraph: str) -> bool:
    """Does the paragraph's first line name columns ('Crime type | 2019 | 2024') rather than
    hold a row of figures?"""
    first = _LINE.search(paragraph)
    if first is None:
        return False
    line = _split(paragraph, first.start(), first.end())
    labels = [paragraph[s:e] for s, e in line.cells]
    return len(labels) >= 2 and not _is_row(labels)


def _split(text: str, start: int, end: int) -> _Line:
    line = text[start:end]
    labelled = LABEL_ROW.fullmatch(line.strip())
    if labelled is not None:  # "Sacramento County: 612.4": the label, then the figure
        lead = len(line) - len(line.lstrip())
        colon = start + lead + labelled.end("label")
        value = start + lead + labelled.start("value")
        return _Line(start, ((start + lead, colon), (value, start + lead + labelled.end())), False)
    piped = "|" in line
    spans, position = [], 0
    for sep in (_PIPE_SPLIT if piped else _SPACE_SPLIT).finditer(line):
        spans.append((position, sep.start()))
        position = sep.end()
    spans.append((position, len(line)))
    cells = []
    for s, e in spans:
        cell = line[s:e]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            cells.append((start + s + lead, start + s + lead + len(cell.strip())))
    return _Line(start, tuple(cells), piped)


def _is_row(labels: list[str]) -> bool:
    """A row holds a number that is not a year (the year of '2023    22.7' labels the row)."""
    values = labels[1:] if len(labels) > 1 else labels
    return any(_NUMBER_CELL.fullmatch(x) and not _YEAR_CELL.fullmatch(x) for x in values)


def _caption_label(line: str) -> str:
    """A title line without its number and period, which state no unit: 'Table 1. Imprisonment
    rate per 100,000 residents, by sex, 2023 and 2024' -> 'Imprisonment rate per 100,000
    residents, by sex'; 'Table 3. Value of seizures (RM million), 2025' -> '... (RM million)'."""
    return _TITLE_PERIOD.sub("", _TITLE_NUMBER.sub("", line.strip().rstrip(":")))


@dataclass(frozen=True)
class _Title:
    """What a title line over a table states: a unit of every cell ('Imprisonment rate per
    100,000 residents', '(RM million)'), and the per-phrase of its rate columns."""

    caption: HeaderUnit | None
    rate: HeaderUnit | None
    source: str | None = None
    # 'Stop and searches by ethnicity': what every cell counts, when the rows are the groups
    # or places it is broken down by (their labels name no thing counted)
    measured: str | None = None
    # 'Retail theft offences, Canterbury district': the thing the title names, which a column
    # headed 'Offences' counts (``_titled_name``)
    named: str | None = None
    # set apart from its table by a blank line: its ``measured`` is only for rows labelled
    # by a bare number ('1    19    14' under 'Homicides by district'); a named row
    # ('Belfast City') names its own figures
    apart: bool = False


def _title(line: str) -> _Title | None:
    """The title a single-cell line states, else None (prose). 'Victims, number and rate per
    100,000 persons' states counts too: its rate is no caption of every cell; a bracket of a
    rate alone ('Homicide victims (rate per 100,000 persons)') is one."""
    label = _caption_label(line)
    if not _named_lead(label):
        return None
    rate, source, measured = _title_rate(label), _lead_source(label), _measured(label)
    named = measured or _title_noun(label)
    # a rate is only read from a short title: the patterns after it need not face long prose
    rates_only = rate is not None and (_RATE_BRACKET.search(label) or _RATE_TITLE_END.search(label))
    if rates_only and not _COUNT_WORD.search(label):
        return _Title(rate, rate, source, measured, named)
    if _is_caption(label) and (rate is None or _COUNT_WORD.search(label) is None):
        return _Title(header_unit(label), rate, source, measured, named)
    if rate is None and source is None and named is None:
        return None
    return _Title(None, rate, source, measured, named)


def _units_row(title: _Title | None, units: _Title) -> _Title:
    """A line under a header that states only a unit ('rate per 100,000 population'): the
    caption of the columns that state none, the header kept; the title above keeps its name
    and source."""
    if title is None:
        return units
    return replace(title, caption=units.caption, rate=units.rate or title.rate)


def _title_noun(label: str) -> str | None:
    """'Retail theft offences, Canterbury district' -> 'Retail theft offences': a title's
    first part when it is a few plain words, as a noun phrase naming what is counted is."""
    first = (label.partition(":")[2] or label).split(",")[0].strip()
    words = first.split()
    if not 1 <= len(words) <= _MAX_NAMED_WORDS or first[-1:] in ".!?":
        return None
    return first if all(_PLAIN_WORD.fullmatch(w) for w in words) else None


def _titled_name(name: str | None, title: _Title | None) -> str | None:
    """A column's name, or the title's fuller name for the same thing: 'Offences' under
    'Retail theft offences, Canterbury district' counts retail theft offences."""
    if name is None or title is None or title.named is None:
        return name
    fuller = title.named
    return fuller if fuller.lower().endswith(" " + name.lower()) else name


def _measured(label: str) -> str | None:
    """'Stop and searches by ethnicity, year to March 2025' -> 'Stop and searches',
    'Detentions by province (number of suspects)' -> 'Detentions': a title breaking a count
    down by a dimension (cues.json ``table_dimensions``) names what its cells count."""
    if len(label.split()) > _MAX_TITLE_WORDS:
        return None
    broken = _BREAKDOWN_OF.match(label)  # "Regional breakdown of armed robbery cases"
    if broken is not None and broken.group("dimension").lower() in _DIMENSION_ADJECTIVES:
        measured = broken.group("measured").strip()
        return measured if 1 <= len(measured.split()) <= _MAX_LABEL_WORDS else None
    match = _BY_DIMENSION.match(label.partition(":")[2] or label)
    if match is None:
        return None
    words = match.group("dimension").lower().split()
    dimensions = lexicon().words("table_dimensions")
    if "and" in words or "or" in words:  # 'by age and sex', not 'by offence and region'
        dimensional = all(w in dimensions for w in words if w not in ("and", "or"))
    else:  # 'by province', 'by police force area', 'by self-defined ethnicity'
        dimensional = any(" ".join(words[i:]) in dimensions for i in range(len(words)))
    if not dimensional:
        return None  # 'Recorded crime by offence type': the rows are what is counted
    measured = match.group("measured").strip()
    return measured if 1 <= len(measured.split()) <= _MAX_LABEL_WORDS else None


def _lead_source(label: str) -> str | None:
    """The publisher a title's lead names: 'Crime Statistics Agency: ...', 'Home Office: ...'
    (a name holding an organisation word), not a topic ('Recorded crime: ...')."""
    lead, colon, _ = label.partition(":")
    return lead.strip() if colon and _publisher(lead) else None


def _source_line(line: str) -> str | None:
    """The publisher a 'Source: Home Office' line under a table names; of 'Source: Home
    Office police recorded crime', the name before the words naming the series."""
    match = _SOURCE_LINE.fullmatch(line.strip())
    if match is None:
        return None
    words = match.group(1).split()
    named = list(itertools.takewhile(lambda w: w[0].isupper() or w in _NAME_JOINERS, words))
    ended = next((i for i, w in enumerate(named) if w[-1] in ",;"), None)
    if ended is not None:  # 'Source: Ministry of the Interior, provisional data'
        named = [*named[:ended], named[ended][:-1]]
    while named and named[-1].lower() in _NAME_JOINERS:
        named.pop()  # 'Source: Home Office and police forces': the name, not its joiner
    name = " ".join(named)
    return name if _publisher(name) else None


def closing_source(paragraph: str) -> str | None:
    """The publisher a paragraph's last line names when it is a 'Source: ...' line under
    other lines ('Cargo thefts: 3,105 (–14%)' ... 'Source: ISP-RJ')."""
    lines = paragraph.strip().splitlines()
    return _source_line(lines[-1]) if len(lines) > 1 else None


def trailing_source(paragraph: str) -> str | None:
    """The publisher a paragraph of one 'Source: ...' line names: the source of the table
    just above it when a blank line sets the line apart."""
    text = paragraph.strip()
    return None if "\n" in text else _source_line(text)


def _publisher(name: str) -> bool:
    """A name in title case that holds an organisation word ('Police Scotland', 'Bureau of
    Crime Statistics') or is an acronym ('ONS')."""
    words = name.split()
    if not words or len(words) > _MAX_LEAD_WORDS:
        return False
    if not all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return False
    organisations = lexicon().words("headline_source_words")
    keys = {w.lower().removesuffix("'s").removesuffix("’s") for w in words}
    return bool(keys & organisations) or (
        len(words) == 1 and _ACRONYM.fullmatch(words[0]) is not None
    )


def _named_lead(label: str) -> bool:
    """Whether what stands before a title's colon names its source or subject: a name in
    title case ('Crime Statistics Agency: ...', 'Home Office: ...') or a short phrase
    ('Recorded crime: ...'). Prose with a colon ('Police said the figures showed a fall:
    ...') is no title."""
    lead, colon, _ = label.partition(":")
    if not colon:
        return True
    words = lead.split()
    if not 1 <= len(words) <= _MAX_LEAD_WORDS:
        return False
    named = all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_JOINERS for w in words)
    return named or len(words) <= _MAX_PLAIN_LEAD_WORDS


def _title_rate(label: str) -> HeaderUnit | None:
    """The rate a title's per-phrase states ('per 100,000 persons'); a sentence ending in a
    full stop is prose, not a title."""
    words = len(label.split())
    if not 2 <= words <= _MAX_TITLE_WORDS or label.rstrip()[-1:] in ".!?":
        return None
    per = _TITLE_PER.search(label)
    return None if per is None else _probe_rate(_PER_END.split(per.group())[0])


def _rate_label(label: str) -> bool:
    """A header or row label naming rates without their base: 'Rate', 'Rate 2024', 'Crime
    rate (2023-24)'; not 'Rate change' or 'Offences'."""
    parts = _LABEL_WORD_SPLIT.split(label.strip())
    words = [w for w in parts if w and not period_label(w)]
    return 1 <= len(words) <= _MAX_RATE_LABEL_WORDS and words[-1].lower() in _RATE_WORDS


def _titled_unit(unit: HeaderUnit | None, label: str, title: _Title | None) -> HeaderUnit | None:
    """A label's unit with the title's per-phrase: a bare rate word takes it ('Rate 2024' ->
    per 100,000 persons), a per-phrase it completes too ('Rate per 100,000' -> per 100,000
    persons); a base of its own stays ('Rate per 1,000')."""
    rate = None if title is None else title.rate
    if rate is None or rate.unit is None:
        return unit
    if unit is None:
        return rate if _rate_label(label) else None
    same_base = unit.kind == "rate" and rate.unit.startswith(f"{unit.unit} ")
    return rate if same_base else unit


def _is_caption(label: str) -> bool:
    """'Fraud losses, January-June (¥ billion)', 'Victimization rate per 100,000 inhabitants,
    by sex': a short title line ending in a unit bracket or stating a rate."""
    words = len(label.split())
    if not 2 <= words <= _MAX_CAPTION_WORDS:
        return False
    if _BRACKET.search(label) is not None:
        return True
    unit = header_unit(label) if _PER_LABEL.match(label) else None
    return unit is not None and unit.kind == "rate"


def _row_cells(
    line: _Line, labels: list[str], header: _Header | None, title: _Title | None
) -> list[Cell]:
    """Every value cell, with its unit: the row label's ('% under 18'), else its column
    header's, else the caption's; whether its column holds changes; and, in a row labelled
    by a period ('2023    363    53'), its column's label as what it counts. The first cell
    is the row label. A title's rate goes to rate-labelled rows and columns; a rate caption
    over a table with rate columns leaves the others ('2023', 'Number') counts."""
    labelled = len(labels) > 1
    if title is not None and title.apart and any(c.isalpha() for c in labels[0]):
        title = replace(title, measured=None)  # 'Belfast City    35,204': the row's name
    own = _titled_unit(header_unit(labels[0]), labels[0], title) if labelled else None
    period = labelled and period_label(labels[0])
    columns = _columns(line, header) if header is not None else {}
    out = []
    for index, (start, end) in enumerate(line.cells):
        if index == 0 and labelled:
            continue
        column = columns.get(index)
        unit, label = (None, "") if header is None or column is None else (
            header.units[column], header.labels[column]
        )  # fmt: skip
        change = _CHANGE_LABEL.search(label) is not None
        name = _column_name(label) if period and not change else None
        if period and change and header is not None:  # '2025 | 8,034 | +7%': of the one count
            counted = _counted_column(header)
            name = _column_name(header.labels[counted]) if counted is not None else None
        name = _titled_name(name, title) if period else name
        if labelled and not period:
            # a change column ('Change (%)') changes the one thing the others count
            counted = _counted_column(header) if change else column
            # 'Lusaka   2,117' under 'GBV cases by province' with no header: the title's noun
            grouped = counted is not None or header is None
            name = _grouped_column(header, counted, title) if grouped else None
        unit = _titled_unit(unit, label, title)
        source = None if title is None else title.source
        # '+50' under 'Change, %' in a 'Cocaine (kg)' row: a percentage column keeps its unit
        stated = unit if change and unit is not None and unit.kind == "percent" else None
        caption = _caption(title, header, label)
        out.append(Cell(start, end, stated or own or unit or caption, name, change, source))
    return out


def _grouped_column(header: _Header | None, column: int | None, title: _Title | None) -> str | None:
    """What a cell counts when its row is a place or group: the column's thing when the stub
    header names a dimension ('Division | Homicides | Robberies': '77th Street | 21.4' counts
    homicides), else what the title breaks down ('Istanbul | 31' under 'Detentions by
    province'). A generic column ('Number', 'Total', 'Rate') names nothing itself."""
    measured = None if title is None else title.measured
    if header is None or column is None or column == 0 or not header.labels:
        return measured
    if not _dimension_stub(header.labels[0]):
        return measured
    name = _column_name(header.labels[column])
    rate = header.units[column] is not None and header.units[column].kind == "rate"
    if measured is None and title is not None and (rate or _rate_label(header.labels[column])):
        return title.named  # 'Latvia | 80 | 4.29' under 'Intentional homicides, 2024'
    if name is None or name.lower() in _GENERIC_COLUMNS or _rate_label(name):
        return measured
    words = name.lower().split()
    if len(words) == 1 and (words[0].endswith("ed") or words[0] in _IRREGULAR_PARTICIPLES):
        # 'Arrested | Wanted' under 'Arrests by province': the arrests; with no title
        # naming a thing, 'Solved' itself
        return measured or name
    return name


def _counted_column(header: _Header | None) -> int | None:
    """The one column of a header that is neither its stub, a change nor a part of another
    column: 'Offences' of 'Force | Offences | Change (%)' and of 'Year | Offences | of which:
    robberies | Change'; None when there are several or none."""
    if header is None:
        return None
    counted = [
        i for i, label in enumerate(header.labels[1:], start=1)
        if not _CHANGE_LABEL.search(label) and not _PART_OF_LEAD.match(label)
    ]  # fmt: skip
    return counted[0] if len(counted) == 1 else None


def _dimension_stub(label: str) -> bool:
    """Does a stub header name places or groups: 'Division', 'Police force area', or a longer
    header opening or ending with one ('Group of participating States')?"""
    stub = label.strip(" :").lower()
    words = stub.split()
    dimensions = _dimension_words()
    return stub in dimensions or (
        bool(words) and (words[0] in dimensions or words[-1] in dimensions)
    )


@cache
def _dimension_words() -> frozenset[str]:
    """'division', 'divisions', 'police force area': stub headers that name places or groups."""
    words = lexicon().words("table_dimensions")
    return frozenset(words | {f"{w}s" for w in words})


# A column counting a part of the column before it: 'of whom: juveniles', 'of which women',
# 'thereof: firearms'
_PART_OF_LEAD = re.compile(r"(?i)^\s*(?:of\s+(?:whom|which)|thereof|incl(?:uding|\.)?)\b[\s:,-]*")
_MAX_NAMED_WORDS = 6
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Participles a column header may be ('Sought', 'Held'): they say what happened to the title's
# thing, they name none ('-ed' ones are found by their ending).
_IRREGULAR_PARTICIPLES = frozenset(
    {"sought", "held", "caught", "taken", "seized", "stolen", "found", "shot", "hurt", "made",
     "given", "brought", "kept", "sent", "lost", "left", "wanted", "missing"}
)  # fmt: skip
# Column headers that say how a figure is given, not what it counts.
_GENERIC_COLUMNS = frozenset(
    {"number", "numbers", "total", "totals", "count", "counts", "value", "values", "figure",
     "figures", "amount", "share", "level"}
)  # fmt: skip


def _caption(title: _Title | None, header: _Header | None, label: str) -> HeaderUnit | None:
    """The unit a title gives a column's cells (``label`` is its header): none of a rate when
    the header has rate columns, which take the title's rate themselves ('State | Victims |
    Rate'); a money unit only to the columns of money when some are ('(amount in Rs lakh)'
    over 'Cases | Amount lost | Amount frozen')."""
    caption = None if title is None else title.caption
    if caption is None or header is None:
        return caption
    if caption.kind == "money" and any(_MONEY_LABEL_WORD.search(x) for x in header.labels):
        return caption if _MONEY_LABEL_WORD.search(label) else None
    if caption.kind != "rate":
        return caption
    return None if any(_rate_label(x) for x in header.labels) else caption


# Words naming a column of money: 'Amount lost', 'Value seized', 'Fines'
_MONEY_LABEL_WORD = re.compile(
    r"(?i)\b(?:amounts?|values?|loss(?:es)?|lost|fines?|costs?|sums?|proceeds|money|budget)\b"
)


def period_label(label: str) -> bool:
    """A row label that names a period, not a thing: '2023', 'Q1 2024', 'January'."""
    return _PERIOD_LABEL.fullmatch(label.strip()) is not None


def _column_name(title: str) -> str | None:
    """What a column header names, without its unit: 'Loss (Rs crore)' -> 'Loss'. A year,
    a bare unit ('%', 'Kilograms') or a rate label names nothing the cell counts."""
    name = _TITLE_PERIOD.sub("", _BRACKET.sub("", title)).strip(" :")  # 'Thefts, Jan.-June 2025'
    name = _PART_OF_LEAD.sub("", name).rstrip("*†‡ ")  # 'of whom: juveniles*' -> 'juveniles'
    name = _TRAILING_YEAR.sub("", name)  # 'Homicides 2023': the year says when, not what
    name = _PERCENT_LAST.sub("", name).strip(" ,:;/")  # 'Solved, %': solved ones, in percent
    if not name or _YEAR_CELL.fullmatch(name) or _PER_LABEL.match(name) or name[0] == "%":
        return None
    if period_label(name):
        return None  # 'Jan–Sep 2024', 'Q1 2024': when the column counts, not what
    if name.lower() in lexicon().unit_surfaces:
        return None  # 'Province | Kilograms': the column's unit, not what it counts
    return name if any(c.isalpha() for c in name) else None


def _columns(row: _Line, header: _Header) -> dict[int, int]:
    """Row cell index -> its column's header cell index. Same cell count: by position. Else a
    piped header lacking the stub label aligns from the right; a space-aligned one by the
    label standing over the cell (numbers sit under their label, left- or right-aligned)."""
    line = header.line
    if len(line.cells) == len(row.cells):
        return {i: i for i in range(len(row.cells))}
    if row.piped or line.piped:
        shift = len(row.cells) - len(line.cells)
        return {i + shift: i for i in range(len(line.cells))} if shift >= 0 else {}
    out: dict[int, int] = {}
    for index, (start, end) in enumerate(row.cells):
        cell = (start - row.start, end - row.start)
        overlaps = [
            (min(cell[1], e - line.start) - max(cell[0], s - line.start), i)
            for i, (s, e) in enumerate(line.cells)
        ]
        best = max(overlaps, default=(0, -1))
        if best[0] > 0:
            out[index] = best[1]
    return out


# -- the cells on the Doc -----------------------------------------------------------------------
# Doc extension values cross ``nlp.pipe(n_process=N)`` through msgpack: plain lists, not Cells.
CELLS_ATTR = "factpull_table_cells"
if not Doc.has_extension(CELLS_ATTR):
    Doc.set_extension(CELLS_ATTR, default=None)


def cells_attr(cells: tuple[Cell, ...]) -> list[list[Any]]:
    """Cells as the Doc extension stores them: [start, end, unit fields or Nones, label,
    change, source]."""
    return [[c.start, c.end, *_unit_fields(c.unit), c.label, c.change, c.source] for c in cells]


def _unit_fields(unit: HeaderUnit | None) -> list[Any]:
    if unit is None:
        return [None, None, None, None]
    return [unit.unit, unit.kind, unit.scale, unit.currency_symbol]


def _cells_from_attr(stored: list[list[Any]]) -> tuple[Cell, ...]:
    cells = []
    for start, end, unit, kind, scale, symbol, label, change, source in stored:
        header = None if kind is None else HeaderUnit(unit, kind, float(scale), symbol)
        cells.append(Cell(int(start), int(end), header, label, bool(change), source))
    return tuple(cells)


# A cell's number with a scale letter glued on ('3.9m', '450k', '1.2bn').
_SCALED_CELL = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|mln|bn|b)", re.IGNORECASE)
_CELL_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9}


def apply_headers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each bare one in a header-stated cell carrying that unit and scale, and
    each in a period row's cell counting its column's label ('Shootings'). The mention's text
    stays the cell's number: the unit is written in the header only."""
    stored = doc._.get(CELLS_ATTR)
    if not stored:
        return mentions
    text, cells = doc.text, _cells_from_attr(stored)
    return [_with_header(text, m, cells) for m in mentions if not _stub_number(text, m, cells)]


def in_value_cell(doc: Doc, start: int, end: int) -> bool:
    """Is the text from ``start`` to ``end`` (offsets in the row's Doc) a table row's value
    cell? '| Burglaries | 1874 | 2107 |': a year-like number there is a count."""
    stored = doc._.get(CELLS_ATTR)
    if not stored:
        return False
    return any(c.start <= start and end <= c.end for c in _cells_from_attr(stored))


def _stub_number(text: str, m: Mention, cells: tuple[Cell, ...]) -> bool:
    """'1            19     14' under 'District   2024   2025': a row label that is a bare
    number (a district, a rank, a band) names the row; its value cells are the claims."""
    first = min((c.start for c in cells), default=0)
    bare = m.unit is None and m.kind == "count" and m.form == FORM_DIGITS
    return bare and m.end <= first and text[:first].strip() == text[m.start : m.end]


def _cell_of(text: str, m: Mention, cells: tuple[Cell, ...]) -> Cell | None:
    """The cell that is the mention: its number with footnote marks or brackets at most."""
    for cell in cells:
        if cell.start <= m.start and m.end <= cell.end:
            rest = text[cell.start : m.start] + text[m.end : cell.end]
            return cell if _CELL_REST.fullmatch(rest) else None  # else a longer cell text
    return None


def _with_header(text: str, m: Mention, cells: tuple[Cell, ...]) -> Mention:
    cell = _cell_of(text, m, cells)
    if cell is None:
        return m
    if cell.label is not None and m.subject is None:
        # The roles component keeps a subject set here unless a rule of its own finds one:
        # a period row ('2023    363    53') has no label of its own to find.
        m = replace(m, subject=cell.label)
    if cell.source is not None and m.attribution is None:
        m = replace(m, attribution=cell.source)  # the table's publisher states its cells
    scaled = _SCALED_CELL.fullmatch(text[m.start : m.end])
    if cell.unit is not None and cell.unit.kind == "money" and scaled is not None:
        # "3.9m" under 'Losses, EUR': millions of the column's currency, not metres
        value = float(scaled.group(1).replace(",", "")) * _CELL_SCALES[scaled.group(2).lower()]
        return replace(m, value=value * cell.unit.scale, unit=cell.unit.unit, kind="money",
                       currency_symbol=cell.unit.currency_symbol)  # fmt: skip
    bare = m.unit is None and m.kind == "count" and m.form == FORM_DIGITS
    if cell.unit is None or not bare:
        return m  # '-5.2%', 'Rs 40': the cell's own unit wins
    unit = cell.unit
    high = None if m.value_high is None else m.value_high * unit.scale
    return replace(
        m, value=m.value * unit.scale, value_high=high, unit=unit.unit,
        kind=unit.kind, currency_symbol=unit.currency_symbol,
    )  # fmt: skip


# Kinds whose signed cell in a table row is a change ('-478', '+12.5%', '-0.8' of a rate);
# a signed temperature or a net loss in money is a level.
_SIGNED_CHANGE_KINDS = frozenset({"count", "percent", "rate"})


def cell_change(doc: Doc, m: Mention) -> str | None:
    """The direction a table cell states: a signed count or percent in a row ('-478',
    '+120'), or any figure under a change column ('8.0' under '% change' is a rise)."""
    stored = doc._.get(CELLS_ATTR)
    cell = _cell_of(doc.text, m, _cells_from_attr(stored)) if stored else None
    if cell is None:
        return None
    if m.sign is not None and (cell.change or m.kind in _SIGNED_CHANGE_KINDS):
        return "increase" if m.sign == "+" else "decrease"
    if cell.change and m.sign is None and m.value > 0:
        return "increase"
    return None
