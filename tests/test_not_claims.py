"""Numbers that name, point or dial rather than count, and abbreviations that do not end a
sentence. Every sentence is written here in the style of police bulletins and wire copy."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from factpull.segment import split_sentences
from tests.expectations import assert_claim, table_params, texts_over

pytestmark = pytest.mark.slow

# (id, sentence, the number as written that must yield no claim)
NOT_CLAIMS = [
    # street-address block numbers and numbered roads
    ("block", "Officers responded to the 400 block of Elm Street shortly after 2 a.m.", "400"),
    (
        "block-numbered-avenue",
        "A man was shot in the 19100 block of 64 Avenue, RCMP said.",
        "19100",
    ),
    ("block-avenue-name", "A man was shot in the 19100 block of 64 Avenue, RCMP said.", "64"),
    ("block-abbrev", "A woman was robbed in the 2300 block of North Main St. on Friday.", "2300"),
    ("block-hyphen", "The fire started in the 100-block of Cedar Road overnight.", "100"),
    ("block-capital", "Deputies were called to the 5600 Block of Ridge Road.", "5600"),
    ("block-list-first", "Crews sealed off the 1200 and 1300 blocks of Main Street.", "1200"),
    ("block-list-second", "Crews sealed off the 1200 and 1300 blocks of Main Street.", "1300"),
    ("route", "Troopers stopped the van on Route 9 near Highway 101.", "9"),
    ("highway", "Troopers stopped the van on Route 9 near Highway 101.", "101"),
    ("interstate", "The chase ended on I-95 near exit 12.", "95"),
    ("ordinal-avenue", "Police closed 5th Avenue after the shooting.", "5th"),
    # document references
    ("table", "The figures are shown in table 3 on page 7 of the bulletin.", "3"),
    ("page", "The figures are shown in table 3 on page 7 of the bulletin.", "7"),
    ("figure", "See Figure 2 for the monthly trend in burglaries.", "2"),
    ("fig-abbrev", "The trend is plotted in fig. 3 of the annual report.", "3"),
    ("chart", "As Chart 4 shows, thefts rose sharply.", "4"),
    ("appendix", "The methodology is set out in Appendix 1.", "1"),
    ("section", "Officers acted under Section 12 of the act.", "12"),
    ("paragraph", "The rule is in paragraph 4 of Annex 2.", "4"),
    ("annex", "The rule is in paragraph 4 of Annex 2.", "2"),
    ("footnote", "As noted in footnote 3, 45 cases were withdrawn.", "3"),
    ("tables-list", "Tables 3 and 4 list the offences by district.", "3"),
    # codes after No. and series codes
    ("no-slash-buddhist-year", "Press Release No. 47/2568", "47/2568"),
    ("no-slash-thai-body", "Police Press Release No. 47/2568 named 12 suspects.", "47"),
    ("case-no-dash", "Case No. 2025-0413 was opened after a complaint.", "2025-0413"),
    ("report-no-slash", "Report No. 12/2024 was published on Monday.", "12/2024"),
    ("isbn", "ISBN 978-0-12-345678-9", "978-0-12-345678-9"),
    ("case-no-letters", "Case No. 2024-CR-0413 names the four defendants.", "2024-CR-0413"),
    ("ncj", "The survey (NCJ 309335) was released by the bureau.", "309335"),
    ("series-pair", "Both forms, OMB 1121 and NCJ 308467, are online.", "1121"),
    ("form", "Taxpayers must file Form 1040 by April.", "1040"),
    # helplines, hotlines, short codes
    ("helpline-short", "Report scams to the Anti-Scam Helpline 18222.", "18222"),
    ("helpline-on", "Call the Anti-Scam Helpline on 18222 for advice.", "18222"),
    ("hotline-groups", "Call the hotline on 1800 333 000 for advice.", "1800 333 000"),
    ("crime-stoppers", "Anyone with information can call Crime Stoppers 1800 333 000.", "1800"),
    ("text", "Text 85258 to report a suspicious message.", "85258"),
    ("text-to", "Forward suspicious texts to 7726, the regulator said.", "7726"),
    ("dial-list", "In an emergency dial 999 or 911 or 112.", "112"),
    ("tipline", "Tips can be left on the tipline 45678 around the clock.", "45678"),
    # a year heading a review
    ("year-in-review-caps", "2025 YEAR IN REVIEW", "2025"),
    ("year-in-review-title", "2024 Year in Review", "2024"),
    ("year-in-review-body", "The 2023 Year in Review lists 41 homicides.", "2023"),
    # lowercase dotted months
    ("dec-dot", "the report is due dec. 12, 1994, officials said.", "12"),
    ("sept-dot", "the unit was created on sept. 30 and disbanded on oct. 7.", "30"),
    ("oct-dot", "the unit was created on sept. 30 and disbanded on oct. 7.", "7"),
    ("jan-dot-wire", "police said the raids began jan. 4 in three counties.", "4"),
    # a capitalised number word inside a name
    ("name-three-cities", "Officers patrolled Valletta and the Three Cities on Friday.", "Three"),
    ("name-five-eyes", "The tip came through the Five Eyes intelligence network.", "Five"),
    # page furniture: reading times and a press release's closing mark
    ("reading-time", "Crime Desk | 4 min read\n\nPolice made 30 arrests.", "4"),
    ("reading-time-hyphen", "By Staff Reporter - 6-minute read\n\nOfficers seized 2kg.", "6"),
    ("release-end-mark", "Officers seized 12 guns.\n\n- 30 -", "30"),
    ("phone-trunk-line", "Report it to the complaints desk on 0242 703631.", "703631"),
    ("first-time-offenders", "About 40% of those arrested were first-time offenders.", "first"),
    ("second-time-offender", "He was a second-time offender, the court heard.", "second"),
    (
        "share-label-count",
        "Published 27th Nov 2026, 06:00 GMT\nShare 38\n\nPolice seized 4kg.",
        "38",
    ),
    ("source-line-survey-number", "Source(s): Uniform Crime Reporting Survey (3302).", "3302"),
    ("updated-ago", "Jane Roe · Posted: Nov 26 | Last Updated: 2 hours ago", "2"),
    ("years-ago-words", "Twelve years ago, the gang stole 40 cars.", "Twelve"),
    ("days-ago-digits", "Police said 40 people were hurt 2 days ago.", "2"),
    ("comment-count", "Comments are closed. 214 comments\nShare\n© Copyright 2026 The Star", "214"),
    ("share-count", "© 2026 Island News. 14 shares", "14"),
    ("in-one-case", "In one case highlighted by police, a man lost his savings.", "one"),
    ("release-end-mark-tight", "Officers seized 12 guns.\n-30-\nMedia contact: Sgt Lee", "30"),
]

# (id, sentence, mention text, fields the claim must have)
CLAIMS = [
    ("shares-owned", "He bought 14 shares in the firm.", "14", dict(value=14)),
    (
        "comments-received",
        "Police received 214 comments from residents.",
        "214",
        dict(value=214, subject="comments"),
    ),
    ("only-one-case", "Only one case was solved last year.", "one", dict(value=1)),
    (
        "minutes-not-furniture",
        "The 12-minute read-out listed nine charges.",
        "12-minute",
        dict(value=12, unit="minute"),
    ),
    (
        "range-with-dashes",
        "Police said 30 - 40 people fled the scene.",
        "30 - 40",
        dict(value=30, value_high=40),
    ),
    (
        "blocks-of-resin",
        "Police seized 400 blocks of cannabis resin.",
        "400",
        dict(value=400, kind="count", subject="blocks of cannabis resin"),
    ),
    (
        "blocks-of-cocaine",
        "Detectives found 12 blocks of cocaine in the trunk.",
        "12",
        dict(value=12, kind="count"),
    ),
    (
        "block-of-one",
        "Officers found 1 block of cocaine in a shoebox.",
        "1",
        dict(value=1, kind="count"),
    ),
    (
        "count-after-address",
        "In the 400 block of Elm Street, officers arrested 3 men.",
        "3",
        dict(value=3, kind="count", subject="men"),
    ),
    (
        "tables-chairs",
        "Thieves stole 3 tables and 4 chairs from the restaurant.",
        "3",
        dict(value=3, kind="count", subject="tables"),
    ),
    (
        "chairs",
        "Thieves stole 3 tables and 4 chairs from the restaurant.",
        "4",
        dict(value=4, kind="count", subject="chairs"),
    ),
    (
        "count-after-footnote",
        "As noted in footnote 3, 45 cases were withdrawn.",
        "45",
        dict(value=45, kind="count", subject="cases"),
    ),
    (
        "count-after-code",
        "Case No. 2025-0413 was opened after 3 complaints.",
        "3",
        dict(value=3, kind="count", subject="complaints"),
    ),
    (
        "count-after-series",
        "The survey (NCJ 309335) covered 5,000 households.",
        "5,000",
        dict(value=5000, kind="count", subject="households"),
    ),
    (
        "rank-after-no",
        "She became the world No. 1-ranked player after 12 wins.",
        "1",
        dict(value=1, kind="ordinal"),
    ),
    ("usd-code", "Police seized USD 5000 in cash.", "USD 5000", dict(value=5000, unit="USD")),
    ("kes-code", "The bribe was KES 20,000, court heard.", "KES 20,000", dict(unit="KES")),
    ("cad-code", "The fine was CAD 2500 for each count.", "CAD 2500", dict(unit="CAD")),
    (
        "caps-headline",
        "POLICE SEIZE 1500 KILOS OF COCAINE",
        "1500 KILOS",
        dict(value=1500, unit="kilogram", kind="weight"),
    ),
    (
        "agency-then-count",
        "The FBI 1500 agents were sent to the border.",
        "1500",
        dict(value=1500, kind="count", subject="agents"),
    ),
    (
        "helpline-calls",
        "The helpline received 18,222 calls last year.",
        "18,222",
        dict(value=18222, kind="count", subject="calls"),
    ),
    (
        "helpline-calls-unseparated",
        "The Anti-Scam Helpline received 18222 calls in 2024.",
        "18222",
        dict(value=18222, kind="count", subject="calls"),
    ),
    (
        "hotline-occasions",
        "The agency said the hotline rang on 2600 occasions.",
        "2600",
        dict(value=2600, kind="count", subject="occasions"),
    ),
    (
        "hotline-rose-to",
        "Calls to the hotline rose to 2600 last year.",
        "2600",
        dict(value=2600, kind="count"),
    ),
    (
        "ten-year-sentence",
        "He received a 10 year sentence.",
        "10 year",
        dict(value=10, unit="year", kind="duration"),
    ),
    (
        "jailed-years",
        "She was jailed for 12 years.",
        "12 years",
        dict(value=12, unit="year", kind="duration"),
    ),
    (
        "title-year-sentence",
        "Man Gets 15 Year Sentence For Robbery",
        "15 Year",
        dict(value=15, unit="year", kind="duration"),
    ),
    (
        "claim-after-dotted-month",
        "the agency said on dec. 12 that 40 officers were hurt.",
        "40",
        dict(value=40, kind="count", subject="officers"),
    ),
    (
        "sentence-start-number-word",
        "Seven Sisters station was closed after 3 stabbings.",
        "3",
        dict(kind="count"),
    ),
    ("headline-title-case", "Police Arrest Three Men In Dawn Raid", "Three", dict(value=3)),
    (
        "headline-title-case-small-words",
        "Police Arrest Three Men in a Dawn Raid",
        "Three",
        dict(value=3),
    ),
    ("quote-start", 'He said: "Three men were seen running."', "Three", dict(value=3)),
    (
        "sergeant-attribution",
        "Police arrested 14 people, Sgt. Lisa Tran said.",
        "14",
        dict(
            value=14, subject="people", sentence="Police arrested 14 people, Sgt. Lisa Tran said."
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "number"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(shared_extractor: Extractor, sentence: str, number: str) -> None:
    assert texts_over(shared_extractor.extract(sentence), sentence, number) == []


@pytest.mark.parametrize(("sentence", "mention", "expected"), table_params(CLAIMS, 4))
def test_still_a_claim(
    shared_extractor: Extractor, sentence: str, mention: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), mention, expected)


@pytest.mark.parametrize(
    "title",
    ["Sgt.", "Det.", "Supt.", "Cpl.", "Const.", "Lt.", "Capt.", "Cmdr.", "Insp.", "Gov.",
     "Sen.", "Rep.", "Atty.", "Gen.", "Col.", "Maj.", "Hon.", "Prof.", "Dr."],
)  # fmt: skip
def test_title_does_not_end_a_sentence(title: str) -> None:
    text = f"Officers seized 3 rifles, {title} Jane Cole said. Two men were charged."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        f"Officers seized 3 rifles, {title} Jane Cole said.",
        "Two men were charged.",
    ]


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("Sgt. Lisa Tran", "Lisa Tran"),
        ("Det. Insp. Jane Cole", "Jane Cole"),
        ("Supt. Raj Patel", "Raj Patel"),
        ("Cpl. Dana Ortiz", "Dana Ortiz"),
    ],
)
def test_claim_is_attributed_to_the_titled_speaker(
    shared_extractor: Extractor, who: str, name: str
) -> None:
    text = f"Police arrested 14 people in the raids, {who} said."
    (claim,) = shared_extractor.extract(text)
    assert claim.sentence == text
    assert claim.attribution is not None and name in claim.attribution


def test_dotted_month_keeps_the_sentence_whole() -> None:
    text = "the report is due dec. 12, 1994, officials said. a second report follows."
    assert [s.text for s in split_sentences(text)] == [
        "the report is due dec. 12, 1994, officials said.",
        "a second report follows.",
    ]


def test_sentence_still_ends_after_a_name_or_street() -> None:
    text = "The shop is run by Mr. Rao. 12 people were arrested. He was found at sea. Dec. 12 came."
    assert [s.text for s in split_sentences(text)][:2] == [
        "The shop is run by Mr. Rao.",
        "12 people were arrested.",
    ]


def test_lowercase_title_word_still_ends_a_sentence() -> None:
    """Only a capitalised title glues: 'the gen.' or a plain word ending a sentence does not."""
    text = "Officers searched the house. Lisa Tran said 3 men fled."
    assert len(list(split_sentences(text))) == 2


@pytest.mark.parametrize("code", ["USD", "KES", "EGP", "VND", "XOF", "JMD"])
def test_currency_code_is_not_a_series_code(shared_extractor: Extractor, code: str) -> None:
    """An ISO 4217 code before a long number stays an amount, read or not as money by our
    currency tables; only a code that is no currency ('NCJ 309335') names a document."""
    claims = shared_extractor.extract(f"Officers seized {code} 25000 from the courier.")
    assert [c.value for c in claims] == [25000]


def test_dotted_month_day_is_a_date_but_the_count_stays(shared_extractor: Extractor) -> None:
    text = "the ministry said on nov. 3 that 250 officers had been deployed."
    assert [(c.text, c.subject) for c in shared_extractor.extract(text)] == [("250", "officers")]
