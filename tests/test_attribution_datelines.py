"""Who states a figure, in more wire and bulletin forms: a dateline's agency code ('Kumasi,
Nov. 3, GNA - ...', 'LAGOS, March 4 (Reuters) - ...') is no speaker; a title and a name in
commas before 'said'; a 'she said' list introduction that keeps its person for every bullet;
a data noun with a participle clause ('Home Office figures published today show'); an act of
finding ('Preliminary investigations revealed that ...') that never speaks, unless it names
who made it; 'according to the statement' pointing back at the source that issued it.
Every text is written here.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, case

pytestmark = pytest.mark.slow

# fmt: off
DATELINES = [
    case("gna-dateline-title-name",
         "Tamale, Oct. 12, GNA - The Ghana Police Service has arrested 54 suspects in a swoop "
         "on armed robbery gangs, the Director of Public Affairs, Supt Kofi Mensah, said.",
         text="54", subject="suspects", attribution="Supt Kofi Mensah"),
    case("gna-dateline-subject-speaks",
         "Ho, May 7, GNA - The Volta Regional Police Command said it had seized 23 pump-action "
         "guns.",
         text="23", attribution="The Volta Regional Police Command"),
    case("reuters-dateline",
         "ABUJA, March 4 (Reuters) - Nigerian police said they had arrested 38 people after a "
         "jailbreak in the capital.",
         text="38", subject="people", attribution="Nigerian police"),
    case("ap-dateline",
         "Mombasa, Kenya (AP) - The Kenya Coast Guard said 410 kilograms of cocaine were found "
         "on a fishing boat.",
         text="410 kilograms", attribution="The Kenya Coast Guard"),
    case("title-name-said-no-dateline",
         "Detectives recovered 19 stolen motorbikes, the Regional Crime Officer, DSP Abena "
         "Asante, said.",
         text="19", subject="stolen motorbikes", attribution="DSP Abena Asante"),
    # near misses: a spaced dash inside a clause or a plain comma list names nobody new
    case("neg-no-speaker-after-dateline",
         "ACCRA, June 2, GNA - Police arrested 14 suspects at a mining site.",
         text="14", subject="suspects", attribution=None),
    case("neg-hyphenated-name-kept",
         "Officers seized 7 rifles, Chief Supt Ama Adu-Gyamfi said.",
         text="7", attribution="Chief Supt Ama Adu-Gyamfi"),
]

FIGURES = [
    case("owner-figures-participle-today",
         "Home Office figures published today show there were 512,300 stop and searches in "
         "England and Wales.",
         text="512,300", attribution="Home Office"),
    case("owner-data-participle-this-week",
         "Police Scotland data released this week show that 1,204 knives were seized.",
         text="1,204", attribution="Police Scotland"),
    case("participle-agent",
         "The figures released on Thursday by the interior ministry show 1,870 burglaries.",
         text="1,870", attribution="the interior ministry"),
    # near misses: a participle clause adds no owner
    case("neg-bare-figures-participle",
         "The figures published today show there were 5,400 thefts from vehicles.",
         text="5,400", attribution=None),
    case("neg-according-latest-figures-alone",
         "According to the latest figures, 3,100 cars were stolen last year.",
         text="3,100", attribution=None),
]

FINDINGS = [
    case("investigations-revealed-that",
         "Preliminary investigations revealed that the suspects were involved in more than "
         "1,120 cases of fraud.",
         text="1,120", qualifier="more than", attribution=None),
    case("audit-revealed-that",
         "A subsequent audit revealed that 2,400 case files were missing.",
         text="2,400", attribution=None),
    case("probe-showed",
         "The probe showed that 300 firearms had gone missing from the armoury.",
         text="300", attribution=None),
    case("inspection-object",
         "An inspection revealed 311 packages hidden in the pallets.",
         text="311", attribution=None),
    # the one who made the finding speaks
    case("investigation-by-agent",
         "An investigation by the Guardian found that 45 officers had been disciplined.",
         text="45", attribution="the Guardian"),
    case("named-owner-investigation",
         "A Europol investigation revealed that the gang laundered 30 million euros.",
         text="30 million euros", unit="EUR", attribution="Europol"),
    case("analysis-by-agent",
         "An analysis by the BBC found that 45 forces had cut neighbourhood patrols.",
         text="45", attribution="the BBC"),
    case("neg-investigators-speak",
         "Investigators revealed that 120 cases were linked to the same gang.",
         text="120", attribution="Investigators"),
]

ACCORDING = [
    case("according-statement-owner-from",
         "According to a statement from the ministry, the network ran 26 websites.",
         text="26", attribution="the ministry"),
    case("according-statement-possessive",
         "According to the ministry's statement, 300 cars were stolen.",
         text="300", attribution="the ministry"),
    case("according-report-by",
         "According to a report by Interpol, 640 vehicles were recovered.",
         text="640", attribution="Interpol"),
    case("neg-statement-of-no-owner",
         "According to a statement of intent, 80 officers will be hired.",
         text="80", attribution=("a statement of intent", None)),
    case("neg-statement-alone",
         "According to the statement, the network ran 26 websites.",
         text="26", attribution=None),
]
# fmt: on


@pytest.mark.parametrize("sentence,expected", DATELINES + FIGURES + FINDINGS + ACCORDING)
def test_sentence_sources(sentence: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(sentence), expected["text"], expected)


def _sources(text: str) -> dict[str, str | None]:
    return {c.text: c.attribution for c in extract(text)}


def test_dateline_speaker_goes_on_to_she_said_and_bullets() -> None:
    text = (
        "Kumasi, Nov. 3, GNA - The Ghana Police Service has arrested 86 suspects in a crackdown "
        "on illegal mining, the Director of Public Affairs, Supt Ama Boakye, said.\n\n"
        "She said the three-week operation, which covered 41 sites, also led to the seizure "
        "of:\n\n- 17 excavators\n- 230 water pumps\n- 9 shotguns"
    )
    found = _sources(text)
    for figure in ("86", "three-week", "41", "17", "230", "9"):
        assert found[figure] == "Supt Ama Boakye", figure


def test_pronoun_intro_keeps_person_for_every_bullet() -> None:
    text = (
        "Det Supt Helen Achieng said detectives had raided 12 premises.\n\n"
        "She said the raids led to the recovery of:\n\n- 40 laptops\n- 6 pistols\n- 15 phones"
    )
    found = _sources(text)
    assert [found[f] for f in ("40", "6", "15")] == ["Det Supt Helen Achieng"] * 3


def test_according_to_statement_points_back_at_its_issuer() -> None:
    text = (
        "Police arrested 12 men in Herat, the provincial security directorate said in a "
        "statement.\n\nAccording to the statement, the network ran 26 websites."
    )
    assert _sources(text)["26"] == "the provincial security directorate"


def test_according_to_statement_prefers_source_named_with_it() -> None:
    text = (
        "The Interior Ministry said in a statement that 40 officers were deployed.\n\n"
        "The prosecutor's office said 9 suspects fled.\n\n"
        "According to the statement, the gang ran 31 safe houses."
    )
    assert _sources(text)["31"] == "The Interior Ministry"


def test_according_to_report_falls_back_to_last_source() -> None:
    text = (
        "Customs officers seized 48 kilograms of heroin, the revenue authority said.\n\n"
        "According to the report, the drugs were worth $2 million."
    )
    assert _sources(text)["$2 million"] == "the revenue authority"


def test_according_to_owned_statement_keeps_owner_after_other_source() -> None:
    text = (
        "The coastguard said 60 migrants were rescued.\n\n"
        "According to a statement from the navy, 14 smugglers were detained."
    )
    assert _sources(text)["14"] == "the navy"
