"""Who states a figure when the speaker's words are out of the ordinary: a name keeps its
hyphens and apostrophes as written ('Kwok-fai', "O'Brien"); a list introduced by a speaker
('..., police said:') or by a named publication ('Key findings of the Annual Crime Report:')
has every bullet stated by it; a reporting verb whose object is the figure, with an act of
looking as its subject ('A subsequent inspection revealed 311 packages'), is no speech; a
participle clause or an ordinal ('making defilement the second most reported crime') names
nobody. Every text is written here in the style of police bulletins and statistics releases.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, case, claim_with_text

pytestmark = pytest.mark.slow

# fmt: off
# name -> (sentence, figure, the attribution exactly as written)
NAMES = [
    ("cantonese-name-appos",
     "Raymond Chiu Kwok-fai, head of the narcotics bureau, said 1,180 bricks of cannabis "
     "were found.", "1,180", "Raymond Chiu Kwok-fai"),
    ("hyphenated-title-and-name",
     "Deputy Director-General Chou Yu-wei said 52 suspects were detained in the raids.",
     "52", "Deputy Director-General Chou Yu-wei"),
    ("double-barrelled-surname",
     "Supt Kwame Mensah-Bonsu told reporters that 17 pistols were recovered.",
     "17", "Supt Kwame Mensah-Bonsu"),
    ("apostrophe-surname",
     "Inspector Sean O'Brien said 40 officers took part in the operation.",
     "40", "Inspector Sean O'Brien"),
    ("hyphen-name-after-clause",
     "More than 600 homes were searched, Commissioner Anne-Marie Leclerc said.",
     "600", "Commissioner Anne-Marie Leclerc"),
    # a later 'he said' and a quote's close name the person as written
    ("he-said-hyphenated-title",
     "Deputy Director-General Chou Yu-wei opened the briefing. Officers seized 40 phones, "
     "he said.", "40", "Deputy Director-General Chou Yu-wei"),
    ("quote-closed-by-hyphenated-name",
     '"We found 12 kilograms of heroin in the boot. A further 3 kilograms was in the cab," '
     "Supt Kwame Mensah-Bonsu said.", "12 kilograms", "Supt Kwame Mensah-Bonsu"),
    # near miss: a spaced dash is no part of a name
    ("neg-spaced-dash-dateline",
     "NAIROBI – Police spokesperson Resila Onyango said 23 suspects were charged.",
     "23", "Police spokesperson Resila Onyango"),
]

LISTS = [
    case("person-said-following-results",
         "Pol Lt Gen Somchai Wong said the three-week sweep had produced the following "
         "results:\n- 214 suspects arrested\n- 1,342 mule accounts frozen",
         text="1,342", subject="mule accounts", attribution="Pol Lt Gen Somchai Wong"),
    case("person-said-first-bullet",
         "Pol Lt Gen Somchai Wong said the three-week sweep had produced the following "
         "results:\n- 214 suspects arrested\n- 1,342 mule accounts frozen",
         text="214", subject="suspects", attribution="Pol Lt Gen Somchai Wong"),
    case("police-said-colon",
         "Officers raided four warehouses in the port district on Tuesday, police said:\n"
         "• 3.2 tonnes of cocaine seized\n• 11 people detained",
         text="11", subject="people", attribution="police"),
    case("according-to-netted",
         "According to the CIB, the operation netted:\n\n- 58 arrests\n\n- 12 firearms",
         text="12", subject="firearms", attribution="the CIB"),
    case("publication-findings-label",
         "Key findings of the Annual Crime Report:\n* Burglaries fell 12%\n"
         "* Robberies rose 4%",
         text="4%", change="increase", attribution="the Annual Crime Report"),
    case("owner-of-report-label",
         "Other figures in the RCIPS report:\n• 214 people were arrested for drink-driving\n"
         "• 37 illegal firearms were recovered",
         text="37", subject="illegal firearms", attribution="RCIPS"),
    case("owner-of-data-label",
         "Highlights of the Home Office data:\n- 4,120 knife offences\n- 38 homicides",
         text="38", attribution="Home Office"),
    case("unowned-report-label",
         "Other figures in the report:\n- 4,120 knife offences",
         text="4,120", attribution=None),
    case("the-report-shows",
         "The report shows:\n- 300 stolen cars recovered\n- 45 garages inspected",
         text="45", subject="garages", attribution="the report"),
    case("named-survey-highlights",
         "Highlights from the National Victimisation Survey:\n\n- 27% of households were "
         "victims of theft",
         text="27%", attribution="the National Victimisation Survey"),
    case("numbered-items",
         "The Commissioner announced the quarter's results:\n1) 640 drink-driving arrests\n"
         "2) 92 licences suspended",
         text="92", subject="licences", attribution="The Commissioner"),
    # near misses: an introduction naming nobody, prose after the list, no colon
    case("neg-intro-without-speaker",
         "The sweep produced the following results:\n- 90 arrests\n- 14 vehicles impounded",
         text="14", subject="vehicles", attribution=None),
    case("neg-bare-data-label",
         "Crime statistics:\n- 1,204 burglaries\n- 310 robberies",
         text="310", subject="robberies", attribution=None),
    case("neg-prose-after-list",
         "Police said the raids yielded:\n- 58 arrests\n\nThe next phase starts in May with "
         "400 officers.",
         text="400", subject="officers", attribution=None),
    case("neg-prose-between",
         "Police said the raids began at dawn:\nThe town was quiet by noon.\n- 58 arrests",
         text="58", subject="arrests", attribution=None),
    case("neg-intro-sentence-no-colon",
         "Police said 14 people were arrested.\n- 6 cars were seized",
         text="6", subject="cars", attribution=None),
]

NO_SPEECH = [
    case("inspection-revealed-object",
         "A subsequent inspection revealed 311 packages hidden in the pallets.",
         text="311", subject="packages", attribution=None),
    case("search-uncovered-weight",
         "A search of the lorry revealed 48 kilograms of heroin behind a false panel.",
         text="48 kilograms", kind="weight", attribution=None),
    case("raid-disclosed-cash",
         "The raid disclosed $2.4 million in cash stashed in the ceiling.",
         text="$2.4 million", unit="USD", attribution=None),
    case("records-show-bare",
         "Records show 40 arrests in the district last month.",
         text="40", subject="arrests", attribution=None),
    # near misses: a clause after the verb, a speaker after the figure, a body that speaks
    case("neg-police-revealed-that",
         "Police revealed that 311 packages were found in the pallets.",
         text="311", subject="packages", attribution="Police"),
    case("neg-police-revealed-after",
         "Some 311 packages were found in the pallets, police revealed.",
         text="311", subject="packages", attribution="police"),
    case("neg-agency-revealed-object",
         "The Narcotics Control Bureau revealed 1,500 seizures in 2024.",
         text="1,500", attribution="The Narcotics Control Bureau"),
    case("neg-owned-records-show",
         "Garda records show 40 arrests in the district.",
         text="40", subject="arrests", attribution="Garda"),
]

NOT_SPEAKERS = [
    case("making-the-second",
         "Defilement cases increased by 1,107 to 14,932, making defilement the second most "
         "reported serious crime after assault.",
         text="1,107", change="increase", attribution=None),
    case("making-the-second-level",
         "Defilement cases increased by 1,107 to 14,932, making defilement the second most "
         "reported serious crime after assault.",
         text="14,932", attribution=None),
    case("least-reported",
         "Fraud rose 9%, making it the least reported offence in the survey.",
         text="9%", change="increase", attribution=None),
    case("appositive-ordinal",
         "Assaults rose by 210 to 5,300, the third most reported offence after theft.",
         text="210", change="increase", attribution=None),
    # near misses: a speaker named after the clause still states it; a counted group speaks
    case("neg-ordinal-then-bureau-said",
         "Assaults rose by 210 to 5,300, the third most reported offence after theft and "
         "burglary, the bureau said.",
         text="5,300", attribution="the bureau"),
    case("neg-counted-group-speaks",
         "Two of the victims told police they had lost $3,000 each.",
         text="$3,000", unit="USD", attribution="Two of the victims"),
    case("neg-making-then-said",
         "Burglaries rose 14%, making them the third most common crime, the ministry said.",
         text="14%", change="increase", attribution="the ministry"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "figure", "speaker"), [pytest.param(*row[1:], id=row[0]) for row in NAMES]
)
def test_name_as_written(shared_extractor: Extractor, text: str, figure: str, speaker: str) -> None:
    """The speaker's name keeps its hyphens and apostrophes exactly as written."""
    claim = claim_with_text(shared_extractor.extract(text), figure)
    assert claim.attribution == speaker


@pytest.mark.parametrize(("text", "expected"), [*LISTS, *NO_SPEECH, *NOT_SPEAKERS])
def test_list_and_no_speech(
    shared_extractor: Extractor, text: str, expected: dict[str, Any]
) -> None:
    """Who states the named claim: a list's introducer, or nobody."""
    assert_claim(shared_extractor.extract(text), expected["text"], expected)
