"""How far a speaker or source reaches and what names it: a 'he said' / 'she told reporters'
stands for the last person named before it in the document (never 'he'); 'according to X data'
names the data's owner; a short source after a headline's last colon, comma or dash ('...:
NCRB', '... - police') states the headline's figures; a research noun with no owner ('Analysis
showed', 'A study found') names nobody. Every text is written here in the style of police
bulletins, wire stories and statistics releases.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, case

pytestmark = pytest.mark.slow

# fmt: off
PRONOUN_SPEAKERS = [
    # the person is the subject of an earlier sentence that holds no number
    case("he-said-after-titled-subject",
         "Maj Gen Tunde Okafor, commander of the joint task force, told journalists that the "
         "operation began at dawn. Troops rescued 27 hostages and killed four gunmen, he said.",
         text="27", subject="hostages", attribution="Maj Gen Tunde Okafor"),
    case("he-said-second-figure",
         "Maj Gen Tunde Okafor, commander of the joint task force, told journalists that the "
         "operation began at dawn. Troops rescued 27 hostages and killed four gunmen, he said.",
         text="four", value=4, attribution="Maj Gen Tunde Okafor"),
    # an earlier paragraph, the title kept as written
    case("she-told-paper-earlier-paragraph",
         "Assistant Commissioner Priya Nair chaired the review.\n\n"
         "Officers made 212 arrests in the first quarter, she told The Hindu.",
         text="212", subject="arrests", attribution="Assistant Commissioner Priya Nair"),
    case("she-said-quote-earlier-paragraph",
         "Superintendent Grace Mwangi addressed residents at the chief's camp on Friday.\n\n"
         '"We recovered 15 stolen motorcycles in two weeks," she said.',
         text="15", subject="stolen motorcycles", attribution="Superintendent Grace Mwangi"),
    case("he-added-after-speaker",
         "Detective Inspector Sam Hollis said the gang targeted elderly victims. Police "
         "officers later traced 9 of the 11 stolen cars, he added.",
         text="9", attribution="Detective Inspector Sam Hollis"),
    case("he-said-appositive-name",
         "The spokesman, Yusuf Bello, said the suspects were charged. Officers seized 500 "
         "rounds of ammunition, he said.",
         text="500", subject="rounds of ammunition", attribution="Yusuf Bello"),
    # a plural speaker in between is no 'she': the named person before it is
    case("she-said-skips-plural-speaker",
         "Det Supt Karen Mills of Police Scotland led the inquiry.\n\n"
         "Police said the operation ran for a week.\n\nOfficers seized 12 guns, she said.",
         text="12", subject="guns", attribution="Det Supt Karen Mills"),
    # the next sentence's 'they' carries the resolved name, not 'he'
    case("resolved-name-carried-on",
         "Chief Superintendent Ian Pratt opened the briefing. Officers seized 40 phones, he "
         "said. They also recovered 8 laptops.",
         text="8", subject="laptops", attribution="Chief Superintendent Ian Pratt"),
    # near misses: nobody named before, or only a plural speaker, or a named person who is
    # not a subject (the man arrested)
    case("neg-he-nobody-named",
         "Officers recovered 18 firearms during the sweep, he told reporters.",
         text="18", subject="firearms", attribution=None),
    case("neg-she-nobody-named",
         "Thieves stole 42 catalytic converters in June, she said.",
         text="42", subject="catalytic converters", attribution=None),
    case("neg-he-after-plural-speaker",
         "Police said the inquiry was continuing. Detectives recovered 300 grams of heroin, "
         "he said.",
         text="300 grams", kind="weight", attribution=None),
    case("neg-he-after-named-object",
         'Police arrested Kofi Mensah at his home. "We found 6 kilograms of cannabis," he '
         "told reporters.",
         text="6 kilograms", subject="cannabis", attribution=None),
    # kept: an unnamed singular speaker just before ('The Minister said ... He said ...')
    case("neg-unnamed-speaker-just-before",
         "The Commissioner said 410 officers were deployed. He said 96 suspects were held.",
         text="96", subject="suspects", attribution="The Commissioner"),
    # kept: a named speaker in the sentence itself wins over an earlier person
    case("neg-own-named-speaker",
         "Sergeant Ama Owusu briefed the press. Constable Ben Tetteh said 14 cars were "
         "impounded.",
         text="14", subject="cars", attribution="Constable Ben Tetteh"),
]

ACCORDING_TO_DATA = [
    case("ncrb-bracketed-acronym",
         "Crimes against women rose 4 per cent in 2023, according to the National Crime "
         "Records Bureau (NCRB) data.",
         text="4 per cent", change="increase",
         attribution=("the National Crime Records Bureau (NCRB)",
                      "National Crime Records Bureau")),
    case("owner-no-article",
         "Crimes against women rose 4 per cent, according to National Crime Records Bureau "
         "data.",
         text="4 per cent", attribution="National Crime Records Bureau"),
    case("data-from-owner",
         "Dowry deaths fell to 6,450, according to data from the National Crime Records Bureau.",
         text="6,450", subject="dowry deaths", attribution="the National Crime Records Bureau"),
    case("possessive-owner",
         "Vehicle thefts climbed 9 per cent, according to the Home Office's latest figures.",
         text="9 per cent", attribution="the Home Office"),
    case("acronym-statistics",
         "Firearm offences fell 6%, according to ONS statistics.",
         text="6%", change="decrease", attribution="ONS"),
    # near misses: no named owner, the phrase stays as written
    case("common-owner",
         "Burglaries rose 12 per cent, according to preliminary police data.",
         text="12 per cent", attribution="police"),
    case("neg-adjective-only",
         "Shoplifting incidents rose by 14% to 4,300, according to official data.",
         text="4,300", attribution="official data"),
    case("neg-according-to-agency",
         "According to the National Crime Agency, 1,150 people were arrested.",
         text="1,150", attribution="the National Crime Agency"),
]

HEADLINE_TAILS = [
    case("colon-acronym",
         "Crime rate rises to 448.3 per lakh population in 2024: NCRB",
         text="448.3 per lakh population", kind="rate", attribution="NCRB"),
    case("colon-acronym-percent",
         "Cyber fraud cases jump 31 per cent in Telangana: NCRB",
         text="31 per cent", subject="cyber fraud cases", attribution="NCRB"),
    case("dash-police",
         "Knife crime up 7% across London - police",
         text="7%", change="increase", attribution="police"),
    case("dash-owned-figures",
         "Violent crime falls 3.2% in 2024 – Home Office figures",
         text="3.2%", change="decrease", attribution=("Home Office figures", "Home Office")),
    case("colon-ministry-of",
         "Road deaths drop to 1,612: Ministry of Transport",
         text="1,612", subject="road deaths", attribution="Ministry of Transport"),
    case("comma-says-kept",
         "Cybercrime cases jump 24 per cent, says NCRB",
         text="24 per cent", attribution="NCRB"),
    case("colon-before-kept",
         "SAPS: 6,945 murdered between July and September",
         text="6,945", attribution="SAPS"),
    # near misses: a place, a bare 'report', a media label, a second clause, a sentence
    case("neg-place-tail",
         "Cannabis seized worth Rs 2 crore: Hyderabad",
         text="Rs 2 crore", unit="INR", attribution=None),
    case("neg-bare-report-tail",
         "Murders up 11% in Karachi: report",
         text="11%", subject="murders", attribution=None),
    case("neg-media-tail",
         "Drug seizures hit 4.2 tonnes in Lagos - photos",
         text="4.2 tonnes", kind="weight", attribution=None),
    case("neg-clause-tail",
         "Armed robberies up 9%, car thefts down",
         text="9%", subject="armed robberies", attribution=None),
    case("neg-sentence-not-headline",
         "Arrests rose to 1,480 last year: police.",
         text="1,480", attribution=None),
    case("neg-label-line",
         "Clearance rate, violent offences: 61.3%",
         text="61.3%", attribution=None),
]

RESEARCH_NOUNS = [
    case("bare-analysis",
         "Analysis showed the helpline had taken around 1,900 calls since January.",
         text="1,900", subject="calls", qualifier="about", attribution=None),
    case("bare-a-study",
         "A study found that 62 per cent of fraud victims never report the crime.",
         text="62 per cent", subject="fraud victims", attribution=None),
    case("bare-research",
         "Research found 3 in 10 shop workers had been threatened.",
         text="3 in 10", attribution=None),
    case("bare-new-survey",
         "A new survey found 45% of retailers suffered theft last year.",
         text="45%", subject="retailers", attribution=None),
    # near misses: an owner or publisher is named, or 'the report' points back at one
    case("neg-analysis-by",
         "Analysis by the Crown Prosecution Service showed 1,240 cases collapsed.",
         text="1,240", subject="cases", attribution="the Crown Prosecution Service"),
    case("neg-analysis-by-acronym",
         "Analysis by the CPS showed 1,240 cases collapsed.",
         text="1,240", attribution="the CPS"),
    case("neg-study-by",
         "A study by the University of Leeds found that 38 per cent of victims were targeted "
         "again.",
         text="38 per cent", attribution="the University of Leeds"),
    case("neg-owned-analysis",
         "Home Office analysis shows 1,500 more officers were recruited.",
         text="1,500", attribution="Home Office"),
    case("neg-definite-report",
         "The report found that knife offences rose 7% in 2023.",
         text="7%", subject="knife offences", attribution="The report"),
]

# a quote after a quoted speaker goes on with that speaker; a surname stands for the person
# named in full before it
PERSONS = [
    case("quote-after-quote",
         'Superintendent Mark Ellis presented the figures. "We took 1,100 guns off the street," '
         'he said. "About 60 per cent of those were stolen."',
         text="60 per cent", attribution="Superintendent Mark Ellis"),
    case("quote-after-unnumbered-quote",
         '"Trafficking fuels violence," said agency director Maria Lind. "An estimated 64 '
         'million people use the drug."',
         text="64 million", attribution="agency director Maria Lind"),
    case("quote-after-pronoun-quote",
         "Superintendent Mark Ellis briefed reporters on Monday.\n\n\"Raids have become less "
         'frequent, but they remain dangerous," he said. "In the Leith raid alone, 23 people '
         'were hurt."',
         text="23", attribution="Superintendent Mark Ellis"),
    case("quote-run-without-figures",
         '"Our troopers work every mile," Director Ray Simmons said. "Twelve years ago this '
         'kind of seizure was rare. Now we see two or three a month."',
         text="two or three a month", attribution="Director Ray Simmons"),
    case("surname-after-full-name",
         "Detective Inspector Kelly Rata said speeding was rife.\n\n"
         '"We caught 64 drivers over the limit," Rata said.',
         text="64", attribution="Detective Inspector Kelly Rata"),
    case("titled-surname-after-full-name",
         "Spokesperson Mary Wanjiku said the gang targeted pensioners. \"Some victims lost up "
         'to Sh450,000 each. Others lost more," Ms Wanjiku said.',
         text="Sh450,000", attribution="Spokesperson Mary Wanjiku"),
    case("surname-alone",
         '"We caught 64 drivers over the limit," Rata said.',
         text="64", attribution="Rata"),
    case("group-no-surname",
         "Ontario Provincial Police raided the farm.\n\nPolice said 48 kg of cocaine was found.",
         text="48 kg", attribution="Police"),
]

# a 'what they said' aside judges one thing in passing and states no figure
ASIDES = [
    case("in-what-they-said",
         "Police in Gothenburg have seized counterfeit banknotes worth SEK 1.2 million in what "
         "they said was the largest such seizure in western Sweden.",
         text="SEK 1.2 million", attribution=None),
    case("in-what-officers-said-others-kept",
         "Customs seized 310 kg of cocaine at the port in what officers said was a record. "
         "Three men were held, the agency said.",
         text="Three", attribution="the agency"),
    case("what-they-allege",
         "Seven people have been charged after police uncovered what they allege is one of the "
         "largest drug syndicates in the state.",
         text="Seven", attribution=None),
    case("said-not-aside",
         "Officers seized 310 kg of cocaine, the agency said.",
         text="310 kg", attribution="the agency"),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [*PRONOUN_SPEAKERS, *ACCORDING_TO_DATA, *HEADLINE_TAILS, *RESEARCH_NOUNS, *PERSONS, *ASIDES],
)
def test_claim_source(shared_extractor: Extractor, sentence: str, expected: dict[str, Any]) -> None:
    """Who the named claim's speaker or source is: a pronoun's earlier person, the owner after
    'according to ... data', a headline's tail, or nobody for a research noun with no owner."""
    assert_claim(shared_extractor.extract(sentence), expected["text"], expected)


def test_pronoun_speaker_stays_in_its_document(shared_extractor: Extractor) -> None:
    """A person named in one document is no 'he' in the next one of a batch."""
    first = "Inspector Lwazi Khumalo said 31 suspects were arrested."
    second = "Detectives seized 7 vehicles, he said."
    claims = list(shared_extractor.extract_many([first, second]))
    assert_claim(claims[0], "31", {"attribution": "Inspector Lwazi Khumalo"})
    assert_claim(claims[1], "7", {"subject": "vehicles", "attribution": None})


def test_pronoun_speaker_same_in_batch_and_alone(shared_extractor: Extractor) -> None:
    """Streaming several documents resolves 'he' exactly as extracting one alone."""
    text = (
        "Lt Col Nasir Uddin, who led the raid, briefed reporters at the camp.\n\n"
        "The unit seized 2,300 yaba tablets and 4 pistols, he said."
    )
    alone = shared_extractor.extract(text)
    batched = list(shared_extractor.extract_many(["No figures here.", text]))[1]
    assert [c.attribution for c in alone] == [c.attribution for c in batched]
    assert_claim(alone, "2,300", {"attribution": "Lt Col Nasir Uddin"})
