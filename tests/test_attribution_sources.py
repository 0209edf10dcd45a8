"""Who states a figure, in the forms wire stories and police bulletins use: the subject of
'X told Y' even when the parser hangs it on the clause before ('..., a senior officer told
Dawn'); a data noun that names nobody ('the data showed') against one whose owner is named
('Garda figures show'); a name after a definite title in commas ('The ... Officer, ASP Ama
Owusu, said'); a quote over several sentences, whose speaker is named where it opens or where
it closes; 'he'/'she' kept to a person the pronoun fits; a sentence that picks some of the
group just reported ('One victim, ...') keeping its source. Every text is written here.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Extractor
from tests.expectations import assert_claim, case

pytestmark = pytest.mark.slow

# fmt: off
TOLD = [
    # crediting or blaming a change is a claim of the one who does it
    case("credited-to",
         "Sheriff Ana Ruiz credited the decline to an initiative that put 40 additional deputies "
         "on patrol.",
         text="40", attribution="Sheriff Ana Ruiz"),
    case("blamed-on",
         "Police blamed the 12 per cent rise on a spate of shed break-ins.",
         text="12 per cent", attribution="Police"),
    case("credited-passive-no-speaker",
         "Officers were credited with 40 rescues during the floods.",
         text="40", attribution=None),
    case("told-paper-appos-misparse",
         "Cash worth Rs38.6 million was recovered from the suspects' hideout in Johar Town, a "
         "senior officer of the Lahore police told The Daily Post.",
         text="Rs38.6 million", unit="INR", subject="cash",
         attribution="a senior officer of the Lahore police"),
    case("told-paper-then-adding",
         "Gold worth Rs12 million was seized from the three suspects, a senior police officer "
         "told Dawn, adding that the gang had looted 14 houses.",
         text="14", subject="houses", attribution="a senior police officer"),
    case("told-paper-count-before",
         "Gold worth Rs12 million was seized from the three suspects, a senior police officer "
         "told Dawn, adding that the gang had looted 14 houses.",
         text="three", subject="suspects", attribution="a senior police officer"),
    case("official-told-reporters",
         "Twelve people were detained after the clashes near the stadium, an interior ministry "
         "official told reporters.",
         text="Twelve", subject="people", attribution="an interior ministry official"),
    case("spokesperson-told-agency",
         "At least 30 migrants drowned when their boat capsized off Lampedusa, the coastguard "
         "spokesperson told AFP.",
         text="30", qualifier="at least", attribution="the coastguard spokesperson"),
    case("police-told-agency",
         "Heroin worth $2 million was found hidden in a shipment of tiles, police told Reuters.",
         text="$2 million", unit="USD", attribution="police"),
    # near misses: a relative clause or a verb before 'told' is no speaker's name
    case("neg-pronoun-told-nobody",
         "Cash worth N5 million was recovered from the car, he told journalists.",
         text="N5 million", attribution=None),
    case("neg-told-has-subject",
         "Detectives told the court that the couple laundered £3.2 million.",
         text="£3.2 million", unit="GBP", attribution="Detectives"),
    # 'told to' is an order: the people told state nothing
    case("neg-told-to-order",
         "The two men were fined $2,000 each and told to stay away from the mall.",
         text="$2,000", unit="USD", attribution=None),
    case("neg-told-to-after-comma",
         "The men were fined $2,000 each, and told to stay away from the mall.",
         text="$2,000", unit="USD", attribution=None),
    case("claimed-to-kept",
         "The gang leader claimed to have sold 40 kg of cocaine in Rotterdam.",
         text="40 kg", subject="cocaine", attribution="The gang leader"),
]

DATA_NOUNS = [
    # the agent of a verb of getting or reading the data is not its source
    case("data-reviewed-by-paper",
         "Homicides fell to 268 last year, according to LAPD data reviewed by The Times.",
         text="268", attribution="LAPD"),
    case("figures-obtained-by-broadcaster",
         "Knife offences rose to 1,420, according to police figures obtained by the BBC.",
         text="1,420", attribution="police"),
    case("data-compiled-by-kept",
         "Shootings fell to 880, according to data compiled by the Gun Violence Archive.",
         text="880", attribution="the Gun Violence Archive"),
    case("the-data-showed",
         "Burglaries rose 12 percent to 4,210 in the year to March, the data showed.",
         text="4,210", subject="burglaries", attribution=None),
    case("the-figures-show-fronted",
         "The figures show 1,874 cars were stolen in the capital last year.",
         text="1,874", subject="cars", attribution=None),
    case("according-to-figures-released-in-month",
         "Fraud cases fell 18 per cent to 3,412, according to figures released in October.",
         text="3,412", attribution=None),
    case("according-to-data-published-by",
         "Burglaries fell to 412, according to data published in March by Statistics Canada.",
         text="412", attribution="Statistics Canada"),
    case("according-to-the-latest-statistics",
         "Robberies fell 8 per cent, according to the latest statistics.",
         text="8 per cent", change="decrease", attribution=None),
    case("commission-estimates",
         "Card fraud cost consumers 2.1 billion euros last year, according to Commission "
         "estimates.",
         text="2.1 billion euros", unit="EUR", attribution="Commission"),
    case("home-office-estimates",
         "Around 1.2 million homes were burgled, according to Home Office estimates.",
         text="1.2 million", attribution="Home Office"),
    case("garda-figures-show",
         "Garda figures show 312 cars were stolen in Dublin in the first quarter.",
         text="312", subject="cars", attribution="Garda"),
    case("fbi-data-showed",
         "FBI data showed violent crime fell 3 percent nationwide.",
         text="3 percent", change="decrease", attribution="FBI"),
    case("estimates-by-publisher",
         "Estimates by the World Bank show $1.6 trillion is laundered each year.",
         text="$1.6 trillion", attribution="the World Bank"),
    # near misses: a word other than an article keeps the phrase; a document may point back
    case("neg-official-data-kept",
         "According to official data, 418 firearms were surrendered during the amnesty.",
         text="418", attribution="official data"),
    case("neg-the-report-kept",
         "The report found that 27 per cent of assaults went unreported.",
         text="27 per cent", attribution="The report"),
    case("neg-bare-estimates-no-owner",
         "Estimates show 40 percent of thefts are never reported.",
         text="40 percent", attribution=None),
]

TITLED_NAMES = [
    case("ppro-name-in-commas",
         "The Regional Police Public Relations Officer, ASP Ama Owusu, said 14 suspects had "
         "been arrested.",
         text="14", subject="suspects", attribution=("ASP Ama Owusu", "Ama Owusu")),
    case("commander-hyphenated-name",
         "The Ashanti Regional Police Commander, COP Frederick Adu-Anim, said 9 guns were "
         "retrieved.",
         text="9", subject="guns", attribution="COP Frederick Adu-Anim"),
    case("director-name-in-commas",
         "The Director of Public Prosecutions, Ms Tess Harding, said 63 cases were dropped.",
         text="63", subject="cases", attribution=("Ms Tess Harding", "Tess Harding")),
    case("spokesman-rank-name-kept",
         "Police spokesman Supt John Doe said 14 suspects had been arrested.",
         text="14", attribution="Police spokesman Supt John Doe"),
    case("common-title-kept",
         "The county police commander, Peter Kimani, said 22 officers were deployed.",
         text="22", attribution="Peter Kimani"),
    # near misses: an organisation and its acronym or place stay the source
    case("neg-agency-acronym",
         "The National Crime Agency, NCA, said 1,300 people were arrested.",
         text="1,300", attribution="The National Crime Agency"),
    case("neg-force-described",
         "The Metropolitan Police, Britain's largest force, said 550 officers were injured.",
         text="550", attribution="The Metropolitan Police"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), [*TOLD, *DATA_NOUNS, *TITLED_NAMES])
def test_sentence_source(
    shared_extractor: Extractor, sentence: str, expected: dict[str, Any]
) -> None:
    """Who states the named claim within its own sentence."""
    assert_claim(shared_extractor.extract(sentence), expected["text"], expected)


# fmt: off
QUOTES = [
    # the speaker named where the quote opens goes on to the sentences inside it
    case("opened-said-colon",
         'Dr. Lena Cruz said: "Shootings are down 20 percent. Half of the 77 precincts '
         'recorded fewer than 10. Another 12 recorded none at all."',
         text="12", attribution="Dr. Lena Cruz"),
    case("opened-said-after-first-quote",
         '"Shootings are down 20 percent," said Dr. Lena Cruz, a criminologist. "Half of the '
         "city's 77 precincts recorded fewer than 10 all year.\"",
         text="77", attribution="Dr. Lena Cruz"),
    # the speaker named where the quote closes goes back to its earlier sentences
    case("closed-name-two-sentences",
         '"This ring has operated for at least three years. It moved 40 kg a month," '
         "Santoso said.",
         text="three years", kind="duration", attribution="Santoso"),
    case("closed-name-second-sentence",
         '"This ring has operated for at least three years. It moved 40 kg a month," '
         "Santoso said.",
         text="40 kg a month", attribution="Santoso"),
    case("closed-by-figureless-sentence",
         '"We traced 212 transfers to offshore accounts. The trail ran cold in Cyprus," the '
         "prosecutor told the jury.",
         text="212", subject="transfers", attribution="the prosecutor"),
    case("closed-pronoun-named-earlier",
         "Brig Gen Hendra Santoso briefed reporters in Jakarta.\n\n"
         '"The syndicate recruited 60 couriers. Each carried 2 kg," he said.',
         text="60", subject="couriers", attribution="Brig Gen Hendra Santoso"),
    case("closed-after-opening-speaker-unrelated",
         "Police said 5 men were held.\n\n"
         '"The gang took 3 cars from the yard. It sold them abroad," Inspector Ruth Achieng '
         "told the court.",
         text="3", subject="cars", attribution="Inspector Ruth Achieng"),
    # near misses: a quote closed in its own sentence, or a speaker in a new paragraph
    case("neg-closed-quote-no-speaker",
         '"Nine of the 14 victims were pensioners." The agency said 3 arrests followed.',
         text="14", attribution=None),
    case("neg-quote-ends-paragraph",
         '"The ring moved 40 kg a month.\n\nSantoso said 3 officers were suspended.',
         text="40 kg a month", attribution=None),
]

PRONOUNS = [
    case("he-after-she-skips-woman",
         'Dr. Lena Cruz said shootings fell. "It is up 40 percent since 2019," she said. '
         'Chief of Patrol Marco Ortiz disagreed. "We have taken more than 4,100 guns off the '
         'street," he said.',
         text="4,100", subject="guns", attribution="Marco Ortiz"),
    case("she-resolved-first",
         'Dr. Lena Cruz said shootings fell. "It is up 40 percent since 2019," she said. '
         'Chief of Patrol Marco Ortiz disagreed. "We have taken more than 4,100 guns off the '
         'street," he said.',
         text="40 percent", attribution="Dr. Lena Cruz"),
    case("she-skips-man-named-after",
         'Det Insp Rachel Moyo said 7 raids were made. "We found 12 guns," she said. '
         'Sgt Paul Banda took over the briefing. "Another 30 rounds were seized," he said. '
         '"Most of the 9 suspects are known to us," she added.',
         text="9", attribution="Det Insp Rachel Moyo"),
    case("mrs-is-no-he",
         "Mrs Grace Kamau chaired the meeting. Mr Daniel Otieno presented the audit. "
         '"We lost KSh 4 million to the scheme," he said.',
         text="KSh 4 million", attribution="Mr Daniel Otieno"),
    case("ms-for-she",
         "Mr Daniel Otieno opened the hearing. Ms Grace Kamau presented the audit.\n\n"
         '"We lost KSh 4 million to the scheme," she said.',
         text="KSh 4 million", attribution="Ms Grace Kamau"),
    # near misses: an unknown name fits either pronoun; nobody fitting leaves none
    case("neg-unknown-name-fits-she",
         "Constable Kim Lee led the patrol. Officers seized 18 knives, she said.",
         text="18", subject="knives", attribution="Constable Kim Lee"),
    case("neg-only-man-named-she",
         "Mr Tom Hale opened the inquiry. Officers seized 18 knives, she said.",
         text="18", subject="knives", attribution=None),
]

CONTINUED_REPORTS = [
    case("one-victim-keeps-police",
         "Police said 14 people were arrested. One victim, a 52-year-old trader, lost "
         "GH¢48,000 in a single transaction.",
         text="GH¢48,000", unit="GHS", attribution="police"),
    case("two-of-the-suspects",
         "The prosecutor said 23 people were charged. Two of the suspects were 16 years old.",
         text="Two", subject="suspects", attribution="The prosecutor"),
    case("of-those-arrested",
         "Officials said 310 migrants were detained at the border. Of those held, 42 were "
         "children.",
         text="42", attribution="Officials"),
    # near misses: a new paragraph, a time phrase, a new topic, an 'according to' sentence
    case("neg-new-paragraph",
         "Police said 14 people were arrested.\n\nOne victim lost GH¢48,000 in a single "
         "transaction.",
         text="GH¢48,000", attribution=None),
    case("neg-time-phrase",
         "Police said 14 people were arrested. One year earlier, 9 people were held.",
         text="9", subject="people", attribution=None),
    case("neg-new-topic",
         "Police said 14 people were arrested. The district recorded 40 murders last year.",
         text="40", subject="murders", attribution=None),
    case("neg-according-to-only-its-sentence",
         "According to police, 14 people were arrested. One victim lost GH¢48,000.",
         text="GH¢48,000", attribution=None),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [*QUOTES, *PRONOUNS, *CONTINUED_REPORTS])
def test_document_source(shared_extractor: Extractor, text: str, expected: dict[str, Any]) -> None:
    """Who states the named claim when the speaker is named in another sentence."""
    assert_claim(shared_extractor.extract(text), expected["text"], expected)


def test_quote_waits_across_batches(shared_extractor: Extractor) -> None:
    """A quote whose speaker comes last is filled in however many claims came before it."""
    figures = " ".join(f"Raid {n} found {n + 10} kg." for n in range(1, 80))
    claims = shared_extractor.extract(f'"{figures} It all went abroad," Santoso said.')
    quoted = [c for c in claims if c.unit == "kilogram"]
    assert len(quoted) == 79
    assert {c.attribution for c in quoted} == {"Santoso"}


def test_quote_speaker_same_in_batch_and_alone(shared_extractor: Extractor) -> None:
    """Several documents streamed together read a closing speaker as one alone does."""
    text = '"The gang stole 14 cars. It sold 9 of them in Mombasa," Inspector Ali Hassan said.'
    alone = shared_extractor.extract(text)
    batched = list(shared_extractor.extract_many(["Officers seized 3 guns.", text]))[1]
    assert [c.attribution for c in alone] == [c.attribution for c in batched]
    assert_claim(alone, "14", {"attribution": "Inspector Ali Hassan"})
