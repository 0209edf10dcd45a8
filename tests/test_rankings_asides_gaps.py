"""Rankings 'at' a figure ('recorded the highest number of cases at 11,362, followed by Meru at
4,706'), a level 'with X at N', clauses whose verb was dropped ('and Puntarenas with 88'), a
titled name inside an organisation's phrase, a relative pronoun's antecedent, a subject after a
fronted phrase or a dateline, data that show in an aside, a bullet's 'of' word the tagger
misreads, the verb 'face' before a penalty, a peak's 'of' count, priority labels, subjects that
agree with their verb, 'reported losing', title-case 'Data Show' headlines, phone numbers in
groups after a line word, and long names the parser splits. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # a ranking's figure after 'at' counts what the ranking names; places after it too
    ("highest-number-at", "Mombasa recorded the highest number of burglaries at 3,118, "
     "followed by Kisumu at 2,406 and Nakuru at 1,990.", "3,118", dict(subject="burglaries")),
    ("followed-place-at", "Mombasa recorded the highest number of burglaries at 3,118, "
     "followed by Kisumu at 2,406 and Nakuru at 1,990.", "2,406", dict(subject="burglaries")),
    ("followed-by-thing-at", "Card payments accounted for the highest reported losses, at $2.1 "
     "billion, followed by cryptocurrency at $1.4 billion.", "$1.4 billion",
     dict(subject="cryptocurrency")),
    # near miss: 'at' without a ranking keeps its own reading
    ("arrested-at", "Police arrested 40 men at 12 locations.", "12", dict(subject="locations")),
    # a level 'with X at N'
    ("with-at-level", "Pensioners lost RM268 million, with the average loss per victim at "
     "RM97,000.", "RM97,000", dict(subject="average loss per victim")),
    # a clause repeated with its verb dropped
    ("gapped-with", "Limón followed with 131 killings and Puntarenas with 88.", "88",
     dict(subject="killings")),
    ("gapped-for", "Harju County accounted for 1,602 of the registered cases and Ida-Viru "
     "County for 411.", "411", dict(subject="registered cases")),
    ("gapped-first", "Limón followed with 131 killings and Puntarenas with 88.", "131",
     dict(subject="killings")),
    # a titled name inside an organisation's phrase speaks
    ("titled-name-inside", "Directorate of Criminal Investigations (DCI) Director Peter Kimani "
     "Njoroge said cybercrime complaints rose by 2,130.", "2,130",
     dict(attribution="Director Peter Kimani Njoroge")),
    # a relative pronoun stands for the phrase before its comma
    ("which-antecedent", "The decline outpaced that of property crime overall, which fell "
     "about 9%.", "9%", dict(subject="property crime", qualifier="about")),
    ("which-against", "Shoplifting rose by 1,904 offences, and so did violence against the "
     "person, which rose 14%.", "14%", dict(subject="violence against the person")),
    ("which-of", "Possession of a commercial quantity of ganja, which is 20 kg or more, "
     "attracts 10 years.", "20 kg", dict(subject="commercial quantity of ganja")),
    # a subject after a fronted phrase, or after a dateline
    ("fronted-across", "Across Wales, knife and offensive weapon offences fell by 6% to 1,738.",
     "6%", dict(subject="knife and offensive weapon offences", change="decrease")),
    ("dateline-subject", "NAIROBI, Kenya, Feb 12 – Reported crime rose by 7 percent in 2025.",
     "7 percent", dict(subject="Reported crime", change="increase")),
    # data that show, set off in commas mid-sentence
    ("data-show-aside", "More than half of those killed were aged 18 to 35, the OIJ data show, "
     "and at least 14 were minors.", "14",
     dict(subject="minors", attribution="OIJ", qualifier="at least")),
    # a bullet's last word after 'of', whatever the tagger made of it
    ("bullet-of-word", "• 655 kg of khat", "655 kg", dict(subject="khat", unit="kilogram")),
    # 'face' before a penalty is the verb
    ("face-imprisonment", "Those convicted of electronic fraud face imprisonment of between "
     "one and three years.", "one and three years", dict(subject="imprisonment")),
    ("face-masks", "Police seized 40 face masks.", "40", dict(subject="face masks")),
    # a peak's 'of' count
    ("peak-of", "Police recorded 7,912 stolen vehicles, down from a peak of 12,140 in 2022.",
     "12,140", dict(subject="peak")),
    # the subject that agrees with the verb
    ("agreeing-subject", "The average response time for priority 1 calls was 11.4 minutes.",
     "11.4 minutes", dict(subject="average response time")),
    # 'reported losing' states an experience, no statement
    ("reported-losing", "Younger adults reported losing money in 44 percent of their fraud "
     "reports.", "44 percent", dict(attribution=None)),
    # a title-case headline's 'Data Show'
    ("headline-data-show", "New FTC Data Show Consumers Reported Losing More Than $13.4 Billion "
     "to Fraud in 2025", "$13.4 Billion", dict(attribution="New FTC")),
    # a long name the parser splits keeps its last word
    ("split-name-end", "Police arrested 2,486 people, according to statistics released by the "
     "Directorate General of Narcotics and Psychotropic Substances Control.", "2,486",
     dict(attribution="the Directorate General of Narcotics and Psychotropic Substances "
          "Control")),
    # near miss: a bracketed acronym after a name still names the speaker
    ("acronym-speaker", "An estimated 458,000 people were killed, the United Nations Office on "
     "Drugs and Crime (UNODC) said.", "458,000", dict(attribution="UNODC")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


NOT_CLAIMS = [
    ("priority-label", "The average response time for priority 1 calls was 11.4 minutes.", "1"),
    ("line-grouped-phone", "Anyone who gets a suspicious call should report it on 112 or the "
     "information line 612 3000.", "3000"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "span"), table_params(NOT_CLAIMS, 3))
def test_not_a_claim(document: str, span: str) -> None:
    assert texts_over(extract(document), document, span) == []
