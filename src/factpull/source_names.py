"""One name per source within a document.

A story names its source in full once and then shortens it: 'the Interior Ministry' becomes
'the ministry', 'Crime Statistics Agency figures' becomes 'the agency's data'. Users group
and count claims by attribution, so such a short form is written as the full name the text
gave before it. The org nouns that may stand for a name are ``organisation_heads`` in
models/lexicon/cues.json. An acronym stays as written ('NCRB data'): it is the source's own
short name, and the one readers search for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from factpull.assets import lexicon

# 'National Crime Records Bureau (NCRB)': the acronym a name defines, dropped from the name.
_BRACKETED_ACRONYM = re.compile(r"^(?P<name>.*?\S)\s*\((?P<acronym>[A-Z][A-Za-z&]*[A-Z])\)$")
# ... and a post's acronym inside a person's title, before the name
_INNER_ACRONYM = re.compile(r"[ \t\u00a0]+\([A-Z][A-Za-z&]*[A-Z]\)(?=[ \t\u00a0]+[A-Z])")
_THE = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)
# a word of a proper name, and the small words inside one ('Ministry of the Interior')
_NAME_WORD = r"[A-Z][\w'’&.-]*"
# after the head, a capitalised word but not a possessive: "the Ministry of Interior's General
# Department" names the ministry's department, of which the ministry is "Ministry of Interior"
_TAIL_WORD = r"[A-Z](?:[\w&.-]|['’](?![sS]\b))*"
_LINK = r"(?:of|for|on|and|the|&|de|da|do|del|des|du|la|von|van)"  # 'Secretaria de Seguranca'
# the space between two words of a name: at most one line break (hard-wrapped text), never
# after a word that ends a sentence ('Research.' then 'The figures')
_GAP = r"(?<![a-z]{3}[.!?])(?:[ \t\u00a0]+\n?|\n)[ \t\u00a0]*"


@cache
def _not_a_date() -> str:
    """'the Toronto Police Service on Tuesday': a day or month after 'on' dates, it names
    nothing (cues.json ``weekdays`` and ``months``, capitalised)."""
    names = lexicon().words("weekdays") | lexicon().words("months")
    written = sorted((re.escape(n.capitalize()) for n in names), key=len, reverse=True)
    return rf"(?!(?:{'|'.join(written)})\b)"


def full_source_name(speaker: str, earlier: Callable[[], str]) -> str:
    """The name ``speaker`` stands for in a document whose text up to and including its
    sentence is ``earlier()`` (built only when needed): a bracketed acronym dropped
    ('Statistics Netherlands (CBS)'), an org noun ('the agency') replaced by the last full
    name the text gave for it; otherwise ``speaker`` as it is."""
    bracketed = _BRACKETED_ACRONYM.match(speaker)
    if bracketed is not None:
        return bracketed.group("name")
    if _INNER_ACRONYM.search(speaker):  # 'Director General of Police (DGP) Y B Khurania'
        return _INNER_ACRONYM.sub("", speaker)
    head = _THE.sub("", speaker)
    if head.lower() in lexicon().words("organisation_heads"):
        return _last_named(head.lower(), earlier()) or speaker
    return speaker


def _last_named(head: str, earlier: str) -> str | None:
    """The last proper name with ``head`` as its head noun: 'the Interior Ministry', 'the
    Ministry of Maritime Affairs', 'Crime Statistics Agency'."""
    found = list(_named_with(head).finditer(earlier))
    return " ".join(found[-1].group("name").rstrip(".").split()) if found else None


@cache
def _named_with(head: str) -> re.Pattern[str]:
    """'(the) <Name words> Agency', '(the) Agency of/for <Name words>' or both, the head
    capitalized: a lowercase 'the agency' is a back reference, not a name."""
    word = re.escape(head.capitalize())
    # at most six name words before the head: unbounded, a long run of capitalised words
    # would be retried from each of its words
    before = rf"(?:{_NAME_WORD}{_GAP}){{1,6}}{word}\b"
    # 'of Crime Statistics and Research', 'of Environment, Forestry and Tourism'
    listed = rf"(?:,{_GAP}{_TAIL_WORD})+,?{_GAP}and{_GAP}{_TAIL_WORD}"
    linked = rf"(?:{_GAP}(?:{_LINK}{_GAP})*{_TAIL_WORD})*"
    named = rf"{_not_a_date()}{_TAIL_WORD}(?:{listed}|{linked})"
    tail = rf"{_GAP}(?:of|for|on){_GAP}(?:the{_GAP})?{named}"
    # the words before the head and those after it: 'the NSW Bureau of Crime Statistics'
    return re.compile(rf"(?P<name>(?:\bthe\s+)?(?:{before}(?:{tail})?|{word}{tail}))")
