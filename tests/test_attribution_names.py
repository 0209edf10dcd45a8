"""One name per source within a document: a short form ('the ministry', 'the agency') is
written as the full name the text gave before it, an acronym stays as written; 'its report'
belongs to the clause's named subject; 'according to the statement' stands for whoever issued
it, while a document that speaks ('The report lists ...') is the document the text named
('the Annual Crime Report'). Every text is written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from factpull.source_names import full_source_name
from tests.expectations import assert_claim, table_params

EARLIER = (
    "Figures from the Interior Ministry were released. The Crime Statistics Agency said. "
    "Officers of the Directorate of Criminal Investigations (DCI) made arrests. "
    "At 9 AM Members of the Border Security Force (BSF) seized 4 kg. "
    "Data from the Secretaria de Seguranca Publica (SSP) show. Statistics Norway (SSB) said. "
    "Reports came from the Office of the Fiscal de Estado."
)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("the ministry", "the Interior Ministry"),
        ("ministry", "the Interior Ministry"),
        ("The agency", "The Crime Statistics Agency"),
        ("the directorate", "the Directorate of Criminal Investigations"),
        ("Statistics Norway (SSB)", "Statistics Norway"),
        ("the office", "the Office of the Fiscal de Estado"),
        # acronyms stay as written; no full name to stand for: kept as written
        ("DCI", "DCI"),
        ("the BSF", "the BSF"),
        ("the bureau", "the bureau"),
        ("NPA", "NPA"),
        ("the police", "the police"),
        ("Inspector Rana", "Inspector Rana"),
    ],
)
def test_full_source_name(speaker: str, expected: str) -> None:
    assert full_source_name(speaker, lambda: EARLIER) == expected


@pytest.mark.parametrize(
    ("earlier", "speaker", "expected"),
    [
        # words before and after the head: the whole name, not its first half
        (
            "Figures came from the NSW Bureau of Crime Statistics and Research.",
            "the bureau",
            "the NSW Bureau of Crime Statistics and Research",
        ),
        # a list of portfolios in the name
        (
            "The Ministry of Environment, Forestry and Tourism spoke.",
            "the ministry",
            "The Ministry of Environment, Forestry and Tourism",
        ),
        # a name hard-wrapped over two lines is one name with one space
        (
            "Data from the Crime Statistics\nAgency were released.",
            "the agency",
            "the Crime Statistics Agency",
        ),
        # the name ends with its sentence: the next sentence's first word is not in it
        (
            "A report came from the Office of Research.\n\nThe figures were new.",
            "the office",
            "the Office of Research",
        ),
        # a day after 'on' dates the statement; a name after it is part of the name
        (
            "The Toronto Police Service on Tuesday said homicides fell.",
            "the service",
            "The Toronto Police Service",
        ),
        (
            "Data from the Commission on Human Rights show a rise.",
            "the commission",
            "the Commission on Human Rights",
        ),
        # a comma not closed by 'and <Name>' ends the name
        (
            "The Ministry of Justice, Police said, was late.",
            "the ministry",
            "The Ministry of Justice",
        ),
    ],
)
def test_full_name_forms(earlier: str, speaker: str, expected: str) -> None:
    assert full_source_name(speaker, lambda: earlier) == expected


def test_latest_full_name_wins() -> None:
    text = "The Justice Ministry spoke. Later the Ministry of Finance replied."
    assert full_source_name("the ministry", lambda: text) == "the Ministry of Finance"


# (id, document, claim text, expected fields)
ROWS: list[tuple[Any, ...]] = [
    (
        "ministry-portfolio-list",
        "According to the Ministry of Environment, Forestry and Tourism, 87 rhinos were "
        "poached last year.\n\nThe ministry said 21 carcasses were found in one park.",
        "21",
        dict(attribution="the Ministry of Environment, Forestry and Tourism"),
    ),
    (
        "department-portfolio-list",
        "The Department of Justice, Equality and Law Reform said 40 people were charged.",
        "40",
        dict(attribution="The Department of Justice, Equality and Law Reform"),
    ),
    # a person's affiliation after 'of' is no part of their name; a title's or an
    # organisation's 'of' is
    (
        "person-of-university",
        "Sociologist Maria Costa of the Federal University of Rio said 80 percent of the dead "
        "were young men.",
        "80 percent",
        dict(attribution="Sociologist Maria Costa"),
    ),
    (
        "person-in-place",
        "South Africa recorded 6,217 murders, according to figures released by Police Minister "
        "Sipho Ndlovu in Parliament.",
        "6,217",
        dict(attribution="Police Minister Sipho Ndlovu"),
    ),
    (
        "agent-in-charge-kept",
        '"This seizure alone is enough to kill thousands," said Special Agent in Charge Dana '
        "Whitfield, adding that 25 pounds of fentanyl were found.",
        "25 pounds",
        dict(attribution="Special Agent in Charge Dana Whitfield"),
    ),
    (
        "title-of-police-kept",
        "Inspector General of Police Nasir Awan said vehicle theft had fallen by 18pc.",
        "18pc",
        dict(attribution="Inspector General of Police Nasir Awan"),
    ),
    (
        "bank-of-kept",
        "The Reserve Bank of India said 40 frauds were reported.",
        "40",
        dict(attribution="The Reserve Bank of India"),
    ),
    (
        "comma-ends-source",
        "According to the Ministry of Justice, 40 people were charged and 12 were released.",
        "12",
        dict(attribution="the Ministry of Justice"),
    ),
    (
        "ministry-figures",
        "Police detained 42 suspects in raids, the Interior Ministry said.\n\n"
        "According to ministry figures, officers have carried out 610 operations this year.",
        "610",
        dict(attribution="the Interior Ministry"),
    ),
    (
        "agency-data",
        "Burglaries rose 6 per cent, according to Crime Statistics Agency figures.\n\n"
        "The agency's data showed robberies fell by 310 offences.",
        "310",
        dict(attribution="Crime Statistics Agency"),
    ),
    (
        "acronym-list",
        "Homicides fell 9% in the state, according to the Executive Secretariat of the "
        "National Public Security System (SESNSP).\n\nThe SESNSP figures also showed:\n"
        "- 214 reported extortion cases\n- 17 police officers killed",
        "17",
        dict(attribution="SESNSP"),
    ),
    (
        "bracketed-acronym-dropped",
        "The National Crime Records Bureau (NCRB) said 4,120 cases of cyber fraud were filed.",
        "4,120",
        dict(attribution="National Crime Records Bureau"),
    ),
    (
        "its-report",
        "The Gozo Police Force made 1,204 arrests last year, according to its annual report.",
        "1,204",
        dict(attribution="Gozo Police Force"),
    ),
    (
        "named-report-list",
        "Police recorded 9,412 cases, according to the Annual Crime Report.\n\n"
        "The report lists the following figures:\n- 388 arrests for theft",
        "388",
        dict(attribution="the Annual Crime Report"),
    ),
    (
        "named-report-shows",
        "Police recorded 9,412 cases, according to the Annual Crime Report.\n\n"
        "Inspector Tom Ruiz presented the report. Nearly 40 percent of victims were under 18, "
        "the report shows.",
        "40 percent",
        dict(attribution="the Annual Crime Report"),
    ),
    (
        "issuer-is-no-document",
        "The Gozo Police Force made 1,204 arrests last year, according to its annual report.\n\n"
        "The report lists the following figures:\n- 388 arrests for theft",
        "388",
        dict(attribution="The report"),
    ),
    (
        "report-ranks-subject",
        "The index ranks Gozo 9th among 27 regions for car theft.",
        "9th",
        dict(subject="Gozo", kind="ordinal"),
    ),
    (
        "survey-ranked-subject",
        "The survey ranked the city 4th for burglary.",
        "4th",
        dict(subject="city", kind="ordinal"),
    ),
    ("ranked-intransitive", "Mexico ranked 5th in the index.", "5th", dict(subject="Mexico")),
    (
        "statement-added",
        "Officers seized 38 kg of heroin, the regional security directorate said in a "
        "statement.\n\nThe statement added that 11 suspects had been detained.",
        "11",
        dict(attribution="the regional security directorate"),
    ),
    (
        "agency-recorded",
        "Burglaries fell 4%, according to Crime Statistics Agency figures.\n\n"
        "The agency recorded 21,030 thefts from cars.",
        "21,030",
        dict(attribution="Crime Statistics Agency"),
    ),
    (
        "data-from-month",
        "Based on PDEA data, seizures in Central Visayas from March to June reached P410 million.",
        "P410 million",
        dict(attribution="PDEA"),
    ),
    (
        "dateline-name-before-auxiliary",
        "Tamale, Nov. 3, GNA - The Ghana Immigration Service has arrested 64 suspects in a "
        "crackdown on human smuggling, commonly known as connection men, the Head of Public "
        "Relations, DSP Ama Serwaa, has announced.",
        "64",
        dict(attribution="DSP Ama Serwaa"),
    ),
    (
        "name-before-auxiliary",
        "Police seized 12 guns in Tema, the police spokesman, ASP Ama Owusu, has said.",
        "12",
        dict(attribution="ASP Ama Owusu"),
    ),
    (
        "rank-acronym-she",
        "Police have arrested 41 suspects, the regional commander, ACP Abena Owusu, said.\n\n"
        "She said the operation also recovered 19 pistols.",
        "19",
        dict(attribution="ACP Abena Owusu"),
    ),
    # near misses
    ("police-recorded", "Police recorded 53,900 knife offences.", "53,900", dict(attribution=None)),
    ("place-recorded", "Jamaica has recorded 612 murders.", "612", dict(attribution=None)),
    (
        "its-on-counted-noun",
        "Thefts rose 12%, according to its latest report.",
        "12%",
        dict(subject="Thefts"),
    ),
    (
        "lowercase-agency-no-name",
        "The agency said 90 cases were open.",
        "90",
        dict(attribution="The agency"),
    ),
    (
        "bare-figure-no-speaker",
        "Officers listed the results:\n- 412 reported burglaries",
        "412",
        dict(subject="reported burglaries"),
    ),
]


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_attribution_name(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_figure_is_never_the_speaker() -> None:
    claims = extract(
        "Police said the sweep produced these results:\n- 412 reported kidnappings, up 9%"
    )
    assert {c.attribution for c in claims} == {"Police"}


def test_long_capitalised_run_before_a_short_name() -> None:
    """A name is looked for a few words back from its head noun: a long run of capitalised
    words (a headline-heavy page, a table of names) is not retried word by word."""
    run = " ".join(["Alpha Beta Gamma Delta"] * 500)
    text = (
        f"The Crime Statistics Agency counted 40 thefts. {run} rose, the agency said 12 were open."
    )
    claim = next(c for c in extract(text) if c.text == "12")
    assert claim.attribution == "The Crime Statistics Agency"
