"""Headlines, prices, rankings and page furniture: a headline's 'X up N%' after a label's colon or
'data shows', 'with X down N%' after a clause, the price a verb of selling puts on its subject,
a passive fine's party, a ranking's next place counted by the noun before it, a crime 'against
the person', a percentage never carried to a count of thousands, the named owner of a report, a
speaker's name without its own apposition, the dong written 'VNĐ', a range whose high end shares
the low end's scale, what a value is the worth of, an age bound before a dash, an average of a
count, a rate's base after 'a recent peak of', 'a minimum 12-month ban', an ordinal of rings,
bulleted labels with prepositions, places ranked after a first figure, a post and an aside
before a speaker's name, a change counted in bare cases, 'B' before a currency name, and numbers
that state nothing: a dotted time with its zone, a reading time closing a dateline, a police
division's number, a postcode after a house number, a file reference or name, and a number to
ring. Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a headline's noun phrase opens after a label's colon or a verb of showing
    ("headline-after-colon", "Recorded Crime 2025: reported burglaries up 4.2%, fraud at record",
     "4.2%", dict(subject="reported burglaries", change="increase")),
    ("headline-after-shows", "Ministry data shows referrals for knife crime up 9%, while "
     "schools warn of gaps", "9%", dict(subject="referrals for knife crime", change="increase")),
    ("headline-misread-noun", "Robbery up 5.1% as police record 8,200 cases", "5.1%",
     dict(subject="Robbery", change="increase")),
    # near miss: a copula is no misread noun
    ("headline-copula", "Scam losses rose again. That is up 46 percent from last year.",
     "46 percent", dict(change="increase")),
    # a change set after 'with' belongs to the noun before its 'up'/'down'
    ("with-down", "Violent crime kept falling in the first half, with robberies down nearly 15% "
     "on last year.", "15%", dict(subject="robberies", change="decrease")),
    ("with-list-second", "Offences fell 4%, with burglaries down 12% and robberies up 3%.", "3%",
     dict(subject="robberies", change="increase")),
    # near miss: the clause's own change keeps the clause's subject
    ("with-clause-change", "Offences fell 4%, with burglaries down 12% and robberies up 3%.",
     "4%", dict(subject="Offences")),
    # the price a verb of selling puts on its subject
    ("sells-for", "Each pill sells for $8-10 in the city, police said.", "$8-10",
     dict(subject="pill", value=8, value_high=10)),
    ("sells-for-qualified", "A kilo of heroin sells for about €30,000 in Rotterdam.", "€30,000",
     dict(subject="kilo of heroin", qualifier="about")),
    # near miss: with an object, the object is what was sold
    ("sold-object-for", "The gang sold the cars for $3,000 each.", "$3,000",
     dict(subject="cars")),
    # a passive fine belongs to who was fined
    # an amount someone was fined is a fine, as most annotators write it
    ("fined-passive", "A 43-year-old bus driver was fined Sh300,000 for speeding.", "Sh300,000",
     dict(subject="fine")),
    # a place next in a ranking is ranked by the noun the figure before it counted
    ("followed-by-place", "Mombasa led with 8,412 cases, followed by Nakuru County with 5,118, "
     "the report shows.", "5,118", dict(subject="cases")),
    # near miss: a category next in a ranking is what its figure counts
    ("followed-by-category", "Theft led with 9,906 cases, followed by assault with 6,215.",
     "6,215", dict(subject="assault")),
    # a crime against 'the person' keeps its object
    ("against-the-person", "Offences against the person, including assault, came second with "
     "12,907.", "12,907", dict(subject="Offences against the person")),
    # a count compared with a percentage stays a count
    ("percent-not-carried", "Uganda recorded 84,380 cases, an increase of 5,875 cases or 7.5 per "
     "cent compared to 78,505 in 2023.", "78,505", dict(unit=None, kind="count")),
    # near miss: a small bare number after a percentage is one too
    ("percent-carried", "The clearance rate fell to 4.1% from 4.9.", "4.9",
     dict(unit="percent")),
    # the named owner of a report, without its bracketed acronym or topic words
    ("report-owner", "Uganda recorded 84,380 cases, according to the Uganda Police Force (UPF) "
     "annual crime report released on Monday.", "84,380",
     dict(attribution="Uganda Police Force")),
    # a speaker's name without its own apposition
    ("speaker-apposition", "According to the agency’s spokesperson, Tunde Bakare, a 45-year-old "
     "businessman, Chidi Okafor, was arrested on 6 November at the airport’s arrival hall after "
     "he arrived from Lisbon.", "45-year-old", dict(attribution="Tunde Bakare")),
    # the dong written 'VNĐ', and a range sharing its scale
    ("dong-prefix", "Police seized cash worth VNĐ4.2 billion from the ring.", "VNĐ4.2 billion",
     dict(value=4_200_000_000, unit="VND")),
    ("range-shared-scale", "Investors lost $300-350 million in the scheme.",
     "$300-350 million", dict(value=300_000_000, value_high=350_000_000)),
    ("range-both-scaled", "Bail was set at $2 to $4 million.", "$2 to $4 million",
     dict(value=2_000_000, value_high=4_000_000)),
    # what a value is the worth of, articled or not
    ("value-of-the", "The market value of the seized pills is estimated at around Tk 9 crore, he "
     "said.", "Tk 9 crore", dict(subject="market value of the seized pills")),
    ("value-of-gerund", "The daily cost of housing an inmate was $118.40.", "$118.40",
     dict(subject="daily cost of housing an inmate")),
    # an age bound set off by a spaced dash
    ("age-before-dash", "The number of suspects under 14 – who cannot be prosecuted – rose to "
     "9,100.", "14", dict(kind="age", qualifier="less than")),
    # a defining participle of six words
    ("participle-six-words", "The total damage reported by victims of card fraud reached EUR 61.2 "
     "million.", "EUR 61.2 million",
     dict(subject="total damage reported by victims of card fraud")),
    # 'an average of N a day' after a count averages that count, not the period between
    ("average-of-count", "Officers carried out 7,420 roadside drug tests during the four-week "
     "operation, an average of about 265 a day.", "265 a day",
     dict(subject="roadside drug tests")),
    # a compared rate after a source aside and 'a recent peak of' keeps the rate's base
    ("peak-after-aside", "In 2024, the rate was about 4 per 100,000 residents, according to the "
     "bureau's annual report, down from a recent peak of 5.9 in 2021.", "5.9",
     dict(unit="per 100,000 residents", subject="rate")),
    # 'a minimum'/'a maximum' before a hyphenated amount bounds it
    ("minimum-hyphenated", "Those convicted face a minimum 12-month driving ban.", "12-month",
     dict(qualifier="at least")),
    ("maximum-hyphenated", "They face a maximum 10-year sentence.", "10-year",
     dict(qualifier="at most")),
    # a price and its bracketed equivalent share the 'per' unit after the bracket
    ("per-after-bracket-first", "Heroin sells for Rs 5,000 ($60) per gram in Karachi.",
     "Rs 5,000", dict(kind="rate", unit="INR per gram")),
    ("per-after-bracket-second", "Heroin sells for Rs 5,000 ($60) per gram in Karachi.", "$60",
     dict(kind="rate", unit="USD per gram")),
    # near miss: a bracketed equivalent with no 'per' after it stays money
    ("bracket-no-per", "Police seized Rs 5,000 ($60) in cash.", "$60",
     dict(kind="money", unit="USD")),
    # a 'per' noun after an adjective: the noun, not the adjective
    ("per-new-noun", "Recruiters were paid $200 per new recruit.", "$200 per new recruit",
     dict(unit="USD per new recruit")),
    # a bulleted label with a preposition or a verb, and a bracketed comparison after it
    ("label-with-preposition", "• Robbery under arms: 512 (down from 640)", "512",
     dict(subject="Robbery under arms")),
    ("label-compared-in-brackets", "• Robbery under arms: 512 (down from 640)", "640",
     dict(subject="Robbery under arms")),
    ("label-with-verbs", "• Burglary and break and enter: 289 (up from 271)", "289",
     dict(subject="Burglary and break and enter")),
    ("label-qualified-change", "- Robbery attacks on highways: 77, down by almost a third",
     "a third", dict(subject="Robbery attacks on highways", change="decrease")),
    # an amount set off in a list with its own 'of' names its own thing
    ("apposed-own-of", "Among the items recovered were 2.1 million Captagon pills, 210 kilograms "
     "of crystal meth and 3.6 kilograms of heroin.", "210 kilograms",
     dict(subject="crystal meth")),
    # a change counted in bare 'cases' changes the clause's subject
    ("changed-by-cases", "Arrests rose 9 per cent, while the number of seizures fell by 87 cases.",
     "87", dict(subject="seizures", change="decrease")),
    # near miss: cases of a kind are their own subject
    ("changed-by-kind-cases", "Thefts rose by 40 burglary cases.", "40",
     dict(subject="burglary cases")),
    # a figure modifying a change noun takes the noun's direction
    ("nummod-change-noun", "Police recorded 934 armed robbery cases this year, a 12 per cent drop "
     "from the 1,061 cases recorded last year.", "12 per cent",
     dict(change="decrease", subject="armed robbery cases")),
    # 'B' before a two-word currency name is billions
    ("scale-before-currency-name", "The network laundered 3.1B Turkish liras.",
     "3.1B Turkish liras", dict(value=3_100_000_000, unit="TRY")),
    # 'of its kind' names no subject
    ("of-its-kind", "The haul is the second-largest of its kind in Dubai.", "second-largest",
     dict(subject="haul")),
    # places ranked after a first figure: counted by its noun, and no ages
    ("ahead-of-places", "Kingston recorded the most robberies, with 88, ahead of Portland (52) "
     "and St Ann North (47).", "47", dict(kind="count", subject="robberies")),
    # near miss: a name and a bracketed age
    ("bracketed-age-name", "Police said Omar Haddad (24) was charged.", "24",
     dict(kind="age", subject="Omar Haddad")),
    # a post, a bracketed aside, then the name who speaks
    ("post-aside-name", "Commissioner (ag) Devi Ramsaran told reporters that the force had "
     "recruited 380 new officers.", "380", dict(attribution="Devi Ramsaran")),
    # an ordinal of a dismantled ring counts rings
    ("ordinal-ring", "It is the third major ring dismantled in the province since January.",
     "third", dict(kind="ordinal", subject="major ring")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("dotted-time-zone", "Police said 40 were held.\n\nTue 14 Oct 2025 06.00 BST", "06.00"),
    ("dateline-read-time", "By Jo Smith | Jan. 8, 2026 | 4 min.\n\nPolice said 40 were held.",
     "4 min"),
    ("police-division", "Shootings fell 12 per cent, while 14 Division recorded 30.", "14"),
    ("street-postcode", "Police said 40 were held.\n\nPress office, Ringstrasse 7, 1010 Vienna",
     "1010"),
    ("file-reference", "Press release: 21 406-12/25\n\nPolice said 40 were held.", "21 406"),
    ("file-name", "RELEASE NUMBER: 2025-318_Diaz\n\nPolice said 40 were held.", "318"),
    # numbers to ring in a sentence about calling
    ("contact-on", "Residents can report drug dealing on 8004888 or by calling 901.", "8004888"),
    ("contact-colon", "Crime Stop: 311 or 1-888-991-5000", "311"),
    ("contact-reached-at", "The centre, which can be reached at 997, blocked RM93 million.",
     "997"),
    ("contact-after-phone", "Anyone with information can call the unit on 225-3650 or 911.",
     "911"),
    ("contact-slash", "Report crime to the emergency line 191 or on 0302773906 / 18555.", "18555"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []


def test_counts_near_a_call_stay_counts() -> None:
    """A figure a word follows is counted, whatever the sentence says of calls."""
    claims = extract("Crime Stoppers received 240 tips, or 12 a day.")
    assert [c.text for c in claims] == ["240", "12 a day"]


def test_a_table_row_keeps_its_minutes() -> None:
    """A reading time closes a dateline only; a row 'Response time | 4 min' is a figure."""
    claims = extract("Response time | 4 min")
    assert [(c.text, c.unit) for c in claims] == [("4 min", "minute")]
