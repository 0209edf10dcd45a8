"""Golden normalization cases: one short sentence -> what ``Extractor.extract`` must report.

Every sentence here is written for this file (none is taken from the benchmarks in ../shared).
Expected values follow the claim conventions (value, unit, kind, qualifier, subject, change, ...).

Positive cases name one mention by its exact ``text`` and list only the fields that matter for
that case; the claim with that text must exist exactly once and match those fields.
Negative cases name a span of the sentence that must not be reported: no claim's text may
contain it and no claim may overlap it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

import factpull
from factpull.scan import scan

pytestmark = pytest.mark.slow

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"  # no-break space


@dataclass(frozen=True)
class IndexOf:
    """Expected value of ``equivalent_of``: the index of the claim whose text is ``text``."""

    text: str


@pytest.fixture(scope="module")
def extractor(shared_extractor: factpull.Extractor) -> factpull.Extractor:
    return shared_extractor


def _describe(claims: list[Any]) -> str:
    return (
        "\n".join(
            f"  [{c.index}] {c.text!r} value={c.value} high={c.value_high} unit={c.unit} "
            f"kind={c.kind} qualifier={c.qualifier} subject={c.subject} change={c.change}"
            for c in claims
        )
        or "  (no claims)"
    )


def _find(claims: list[Any], text: str) -> Any:
    matches = [c for c in claims if c.text == text]
    assert len(matches) == 1, (
        f"expected exactly one claim with text {text!r}, found {len(matches)}:\n{_describe(claims)}"
    )
    return matches[0]


def _check(claims: list[Any], expected: dict[str, Any]) -> None:
    claim = _find(claims, expected["text"])
    for key, want in expected.items():
        got = getattr(claim, key)
        if isinstance(want, IndexOf):
            want = _find(claims, want.text).index
        if key in ("value", "value_high") and want is not None:
            assert got is not None, f"{key} of {claim.text!r} is None, expected {want}"
            assert got == pytest.approx(want, rel=1e-9), f"{key} of {claim.text!r}"
        else:
            assert got == want, (
                f"{key} of {claim.text!r}: got {got!r}, expected {want!r}\n{_describe(claims)}"
            )


def _case(id_: str, sentence: str, **expected: Any) -> Any:
    return pytest.param(sentence, expected, id=id_)


# Case tables are laid out by hand, one case per few lines.
# fmt: off

# --- scale words and suffixes ------------------------------------------------------------------

SCALE = [
    _case("suffix-m-euro", "Police seized €2.5m in cash during the raid.",
          text="€2.5m", value=2_500_000, unit="EUR", kind="money"),
    _case("suffix-bn-dollar", "The fraud ring laundered $3bn through shell companies.",
          text="$3bn", value=3_000_000_000, unit="USD", kind="money"),
    _case("suffix-k-pound", "The burglar made £40k selling the stolen bikes.",
          text="£40k", value=40_000, unit="GBP", kind="money"),
    _case("suffix-k-dollar", "The charity raised $25k for the families of the victims.",
          text="$25k", value=25_000, unit="USD", kind="money"),
    _case("suffix-mn-dollar", "The hackers demanded a ransom of $4.2mn from the hospital.",
          text="$4.2mn", value=4_200_000, unit="USD", kind="money"),
    _case("suffix-bn-pound", "The pension fund lost £1.2bn in the collapse.",
          text="£1.2bn", value=1_200_000_000, unit="GBP", kind="money"),
    _case("suffix-bn-yen", "Thieves made off with 1.5bn yen in the armoured van heist.",
          text="1.5bn yen", value=1_500_000_000, unit="JPY", kind="money"),
    _case("crore-rs-prefix", "Investigators traced Rs 5 crore to a hawala network.",
          text="Rs 5 crore", value=50_000_000, unit="INR", kind="money"),
    _case("crore-rupees", "The betting racket generated 80 crore rupees in a single season.",
          text="80 crore rupees", value=800_000_000, unit="INR", kind="money"),
    _case("lakh-rupees", "The gang extorted 2.5 lakh rupees from each shopkeeper.",
          text="2.5 lakh rupees", value=250_000, unit="INR", kind="money"),
    _case("lakh-rs-prefix", "The clerk admitted taking Rs 3.5 lakh in bribes.",
          text="Rs 3.5 lakh", value=350_000, unit="INR", kind="money"),
    _case("million-decimal-count", "The data breach exposed the records of 1.2 million patients.",
          text="1.2 million", value=1_200_000, unit=None, kind="count", subject="patients"),
    _case("thousand-count", "The agency received 4 thousand complaints about the scheme.",
          text="4 thousand", value=4_000, unit=None, kind="count", subject="complaints"),
    _case("billion-count", "Customs officers intercepted 3 billion counterfeit cigarettes.",
          text="3 billion", value=3_000_000_000, kind="count"),
    _case("trillion-dollars", "Auditors found 2 trillion dollars in unrecorded transactions.",
          text="2 trillion dollars", value=2_000_000_000_000, unit="USD", kind="money"),
    _case("million-euros", "The bank agreed to pay 12 million euros to settle the case.",
          text="12 million euros", value=12_000_000, unit="EUR", kind="money"),
]

# --- currencies --------------------------------------------------------------------------------

CURRENCY = [
    # "Rs." is an abbreviation: the sentence goes on ("Mr. Rao. 12 people" still splits)
    _case("approx-without-dot", "The gang laundered approx 300,000 dollars a month.",
          text="300,000 dollars a month", qualifier="about", unit="USD per month"),
    _case("rupee-abbreviation-dot", "Police seized Rs. 40,000 in cash from the accused.",
          text="Rs. 40,000", value=40_000, unit="INR", kind="money"),
    _case("us-dollar-prefix", "The suspect wired US$600,000 to an offshore account.",
          text="US$600,000", value=600_000, unit="USD", kind="money"),
    _case("canadian-dollar", "Toronto police recovered C$1.3 million in stolen jewellery.",
          text="C$1.3 million", value=1_300_000, unit="CAD", kind="money"),
    _case("australian-dollar", "The syndicate moved A$45 million through two casinos.",
          text="A$45 million", value=45_000_000, unit="AUD", kind="money"),
    _case("hong-kong-dollar", "Customs officers seized HK$8 million worth of smuggled phones.",
          text="HK$8 million", value=8_000_000, unit="HKD", kind="money"),
    _case("yen-sign-yuan-context",
          "The Shanghai court imposed a yuan-denominated fine of ¥6 million on the lender.",
          text="¥6 million", value=6_000_000, unit="CNY", kind="money"),
    _case("yen-sign-japan", "Tokyo police said the callers swindled ¥90 million from pensioners.",
          text="¥90 million", value=90_000_000, unit="JPY", kind="money"),
    _case("yuan-word", "Police in Hangzhou confiscated 3.6 billion yuan in illegal gains.",
          text="3.6 billion yuan", value=3_600_000_000, unit="CNY", kind="money"),
    _case("rmb-prefix", "The exchange flagged RMB 900 million in suspicious transfers.",
          text="RMB 900 million", value=900_000_000, unit="CNY", kind="money"),
    _case("rupees-word", "The gang sold fake match tickets for 800 rupees each.",
          text="800 rupees", value=800, unit="INR", kind="money"),
    _case("rs-prefix", "The inspector was caught accepting Rs 25,000 from a contractor.",
          text="Rs 25,000", value=25_000, unit="INR", kind="money"),
    _case("euros-word", "The city spent 300,000 euros on the inquiry.",
          text="300,000 euros", value=300_000, unit="EUR", kind="money"),
    _case("pounds-sterling", "The tycoon was ordered to pay 2 million pounds sterling in damages.",
          text="2 million pounds sterling", value=2_000_000, unit="GBP", kind="money"),
    _case("dollars-word", "Victims lost 40,000 dollars to the phone scam.",
          text="40,000 dollars", value=40_000, unit="USD", kind="money"),
    _case("iso-usd-prefix", "The bank was fined USD 5 million for sanctions breaches.",
          text="USD 5 million", value=5_000_000, unit="USD", kind="money"),
    _case("iso-eur-prefix", "The insurer paid out EUR 12.5 million in fraudulent claims.",
          text="EUR 12.5 million", value=12_500_000, unit="EUR", kind="money"),
    _case("dollar-sign-plain", "The ransom of $250,000 was paid in bitcoin.",
          text="$250,000", value=250_000, unit="USD", kind="money"),
    _case("pound-sign-million", "The benefit fraud cost taxpayers £17 million.",
          text="£17 million", value=17_000_000, unit="GBP", kind="money"),
]

# --- numbers in words --------------------------------------------------------------------------

WORDS = [
    _case("word-seven", "Seven men were charged over the robbery.",
          text="Seven", value=7, unit=None, kind="count", subject="men"),
    _case("word-three", "Three suspects remain at large.",
          text="Three", value=3, kind="count", subject="suspects"),
    _case("word-eleven", "The jury heard from eleven witnesses.",
          text="eleven", value=11, kind="count", subject="witnesses"),
    _case("word-twenty-one", "Twenty-one officers were injured in the clashes.",
          text="Twenty-one", value=21, kind="count", subject="officers"),
    _case("word-forty-five", "Forty-five residents were evacuated from the tower.",
          text="Forty-five", value=45, kind="count", subject="residents"),
    _case("word-nine-hundred", "The wildfire destroyed nine hundred homes.",
          text="nine hundred", value=900, kind="count", subject="homes"),
    _case("word-hundred-and-twenty", "The ring ran one hundred and twenty fake accounts.",
          text="one hundred and twenty", value=120, kind="count"),
    _case("word-compound-money",
          "The fraud cost investors two hundred and fifty thousand dollars.",
          text="two hundred and fifty thousand dollars", value=250_000, unit="USD", kind="money"),
    _case("word-two-million", "Officials said two million vaccine doses had been stolen.",
          text="two million", value=2_000_000, kind="count"),
    _case("word-a-dozen", "Detectives recovered a dozen stolen cars from the warehouse.",
          text="a dozen", value=12, kind="count"),
    _case("word-a-million", "The warning letters reached a million households.",
          text="a million", value=1_000_000, kind="count", subject="households"),
]

# --- hyphenated compounds ----------------------------------------------------------------------

HYPHENATED = [
    _case("hyphen-three-year-campaign",
          "Police launched a three-year campaign against street gangs.",
          text="three-year", value=3, unit="year", kind="duration", subject="campaign"),
    _case("hyphen-5-year-sentence", "He received a 5-year sentence for the assault.",
          text="5-year", value=5, unit="year", kind="duration", subject="sentence"),
    _case("hyphen-two-week", "A two-week investigation led to the arrests.",
          text="two-week", value=2, unit="week", kind="duration", subject="investigation"),
    _case("hyphen-20-year-old", "A 20-year-old man was arrested at the scene.",
          text="20-year-old", value=20, unit="year", kind="age", subject="man"),
    _case("hyphen-63-year-old", "The 63-year-old driver was unhurt.",
          text="63-year-old", value=63, unit="year", kind="age", subject="driver"),
    _case("hyphen-month-old", "Rescuers pulled a 6-month-old baby from the rubble.",
          text="6-month-old", value=6, unit="month", kind="age", subject="baby"),
    _case("hyphen-kilometre", "Officers sealed off a 10-kilometre stretch of the motorway.",
          text="10-kilometre", value=10, unit="kilometre", kind="other"),
]

# --- fractions ---------------------------------------------------------------------------------

FRACTIONS = [
    _case("fraction-half-capital", "Half of the stolen vehicles were later recovered.",
          text="Half", value=0.5, unit="fraction", kind="other"),
    _case("fraction-half-inside", "Police say half of all burglaries happen in daylight.",
          text="half", value=0.5, unit="fraction", kind="other"),
    _case("fraction-a-quarter", "A quarter of victims never reported the crime.",
          text="A quarter", value=0.25, unit="fraction", kind="other", subject="victims"),
    _case("fraction-two-thirds", "Two-thirds of the inmates were held without trial.",
          text="Two-thirds", value=2 / 3, unit="fraction", kind="other", subject="inmates"),
    _case("fraction-one-third", "Nearly one-third of the grant went unaccounted for.",
          text="one-third", value=1 / 3, unit="fraction", kind="other", qualifier="nearly"),
    _case("fraction-three-quarters", "Three-quarters of respondents said they felt safe at night.",
          text="Three-quarters", value=0.75, unit="fraction", kind="other",
          subject="respondents"),
]

# --- percentages -------------------------------------------------------------------------------

PERCENT = [
    _case("percent-sign", "Unemployment in the district stood at 7.5%.",
          text="7.5%", value=7.5, unit="percent", kind="percent", change=None),
    _case("percent-word", "Turnout in the referendum was 62 percent.",
          text="62 percent", value=62, unit="percent", kind="percent"),
    _case("per-cent-two-words", "Some 40 per cent of cases remain unsolved.",
          text="40 per cent", value=40, unit="percent", kind="percent", qualifier="about"),
    _case("percent-decimal-word", "Only 0.8 percent of the complaints led to charges.",
          text="0.8 percent", value=0.8, unit="percent", kind="percent"),
    _case("percentage-points-rise",
          "The clearance rate climbed 3 percentage points to 41%.",
          text="3 percentage points", value=3, unit="percentage point", kind="percent",
          change="increase"),
    _case("percentage-points-level-target",
          "The clearance rate climbed 3 percentage points to 41%.",
          text="41%", value=41, unit="percent", kind="percent", change=None),
    _case("percentage-points-fall", "Support for the measure fell 4.5 percentage points.",
          text="4.5 percentage points", value=4.5, unit="percentage point", kind="percent",
          change="decrease"),
]

# --- ranges ------------------------------------------------------------------------------------

RANGES = [
    _case("range-to-age", "Most of the suspects were aged 20 to 35.",
          text="20 to 35", value=20, value_high=35, unit="year", kind="age"),
    _case("range-between-and", "Each raid involved between 5 and 10 officers.",
          text="5 and 10", value=5, value_high=10, kind="count"),
    _case("range-hyphen-count", "Witnesses put the crowd at 200-300 people.",
          text="200-300", value=200, value_high=300, kind="count"),
    _case("range-from-to-years", "Sentences in the case ranged from 3 to 5 years.",
          text="3 to 5 years", value=3, value_high=5, unit="year", kind="duration"),
    _case("range-money-suffix-hyphen", "The stolen paintings are valued at $1m-$2m.",
          text="$1m-$2m", value=1_000_000, value_high=2_000_000, unit="USD", kind="money"),
    _case("range-pounds-to", "Fines for fly-tipping range from £500 to £1,000.",
          text="£500 to £1,000", value=500, value_high=1_000, unit="GBP", kind="money"),
    _case("range-percent-to", "Officials said 30 to 40 percent of the calls were hoaxes.",
          text="30 to 40 percent", value=30, value_high=40, unit="percent", kind="percent"),
    _case("range-thousands", "The storm left 10,000 to 15,000 homes without power.",
          text="10,000 to 15,000", value=10_000, value_high=15_000, kind="count",
          subject="homes"),
    _case("range-hyphen-weeks", "The surveillance operation lasted 6-8 weeks.",
          text="6-8 weeks", value=6, value_high=8, unit="week", kind="duration"),
    _case("single-value-no-high", "Police questioned 46 people after the match.",
          text="46", value=46, value_high=None, kind="count", subject="people"),
]

# --- qualifiers --------------------------------------------------------------------------------

QUALIFIERS = [
    _case("qual-more-than", "Police arrested more than 300 protesters.",
          text="300", value=300, qualifier="more than", subject="protesters"),
    _case("qual-over", "Over 50 homes were searched in the operation.",
          text="50", value=50, qualifier="more than", subject="homes"),
    _case("qual-in-excess-of", "The scam netted in excess of £3m.",
          text="£3m", value=3_000_000, unit="GBP", qualifier="more than"),
    _case("kind-index-score", "The city's crime severity index rose to 201.6 last year.",
          text="201.6", value=201.6, kind="other", unit=None),
    _case("kind-index-offences-count", "Police recorded 40 index offences in March.",
          text="40", value=40, kind="count"),
    _case("qual-over-particle", "She was tricked into handing over ¥48 million in gold bars.",
          text="¥48 million", qualifier=None),
    _case("qual-over-kept", "Police seized over $2m in cash.", text="$2m", qualifier="more than"),
    _case("qual-surpassed", "Scam losses surpassed 1 trillion won this year.",
          text="1 trillion won", value=1e12, unit="KRW", qualifier="more than", change=None),
    _case("qual-topped", "Drug seizures topped 40 tonnes for the first time.",
          text="40 tonnes", value=40, qualifier="more than"),
    _case("qual-exceeded", "Fines exceeded $5,000 in 12 cases.",
          text="$5,000", value=5_000, qualifier="more than"),
    _case("qual-tops-list-kept", "The gang tops 10 most-wanted lists.",
          text="10", value=10, qualifier=None),
    _case("qual-nearly", "The fire burned nearly 2,000 hectares of forest.",
          text="2,000 hectares", value=2_000, unit="hectare", kind="other", qualifier="nearly"),
    _case("qual-almost", "Almost 40 people were hurt in the stampede.",
          text="40", value=40, qualifier="nearly", subject="people"),
    _case("qual-just-under", "The unit handled just under 500 cases last year.",
          text="500", value=500, qualifier="nearly", subject="cases"),
    _case("qual-about", "About 600 officers took part in the raids.",
          text="600", value=600, qualifier="about", subject="officers"),
    _case("qual-around", "Around 1,200 migrants crossed the border on Monday.",
          text="1,200", value=1_200, qualifier="about", subject="migrants"),
    _case("qual-approximately", "Approximately 75 cases were reported to the regulator.",
          text="75", value=75, qualifier="about", subject="cases"),
    _case("qual-an-estimated", "An estimated 8,000 people marched through the capital.",
          text="8,000", value=8_000, qualifier="about", subject="people"),
    _case("qual-at-least", "At least 12 people died in the blast.",
          text="12", value=12, qualifier="at least", subject="people"),
    _case("qual-at-most", "The ferry may carry at most 30 passengers.",
          text="30", value=30, qualifier="at most", subject="passengers"),
    _case("qual-up-to", "Offenders face up to 10 years in prison.",
          text="10 years", value=10, unit="year", kind="duration", qualifier="up to"),
    _case("qual-as-many-as", "As many as 5,000 fans were turned away.",
          text="5,000", value=5_000, qualifier="up to", subject="fans"),
    _case("qual-fewer-than", "Fewer than 20 arrests were made.",
          text="20", value=20, qualifier="less than", subject="arrests"),
    _case("qual-less-than", "The haul was worth less than $1 million.",
          text="$1 million", value=1_000_000, unit="USD", kind="money", qualifier="less than"),
    _case("qual-none", "Police arrested 86 protesters.",
          text="86", value=86, qualifier=None),
]

# --- parentheses and hyphens that are not minus signs; equivalents -----------------------------

NOT_NEGATIVE = [
    _case("paren-equivalent-positive",
          "Police confiscated 12.4 billion yuan ($1.9 billion) of illicit funds.",
          text="$1.9 billion", value=1_900_000_000, unit="USD", kind="money",
          equivalent_of=IndexOf("12.4 billion yuan")),
    _case("paren-original-not-equivalent",
          "Police confiscated 12.4 billion yuan ($1.9 billion) of illicit funds.",
          text="12.4 billion yuan", value=12_400_000_000, unit="CNY", kind="money",
          equivalent_of=None),
    _case("paren-pound-to-dollar",
          "The fund lost £800 million ($1 billion) on the deal.",
          text="$1 billion", value=1_000_000_000, unit="USD", kind="money",
          equivalent_of=IndexOf("£800 million")),
    _case("paren-aside-positive", "The stolen watches (worth $80,000) were recovered.",
          text="$80,000", value=80_000, unit="USD", kind="money"),
]

REAL_NEGATIVE = [
    _case("negative-temperature", "Overnight temperatures plunged to -5 degrees.",
          text="-5 degrees", value=-5, kind="other"),
    _case("negative-temperature-celsius", "The thermometer read -12 degrees Celsius at dawn.",
          text="-12 degrees Celsius", value=-12, kind="other"),
]

# --- spaced thousands --------------------------------------------------------------------------

SPACED = [
    _case("spaced-plain-space", "Police recorded 38 415 offences in the region.",
          text="38 415", value=38_415, kind="count", subject="offences"),
    _case("spaced-narrow-nbsp", f"The force logged 12{NNBSP}560 burglaries.",
          text=f"12{NNBSP}560", value=12_560, kind="count", subject="burglaries"),
    _case("spaced-nbsp-weight", f"Authorities seized 7{NBSP}300 kilograms of cocaine.",
          text=f"7{NBSP}300 kilograms", value=7_300, unit="kilogram", kind="weight",
          subject="cocaine"),
    _case("spaced-narrow-nbsp-money", f"The court froze €1{NNBSP}250{NNBSP}000 in assets.",
          text=f"€1{NNBSP}250{NNBSP}000", value=1_250_000, unit="EUR", kind="money"),
]

# --- durations, ages, weights, rates -----------------------------------------------------------

MEASURES = [
    _case("duration-sentenced-years", "The judge sentenced him to 12 years in prison.",
          text="12 years", value=12, unit="year", kind="duration"),
    _case("duration-months", "She was jailed for 18 months.",
          text="18 months", value=18, unit="month", kind="duration"),
    _case("duration-hours", "The suspect was held for 48 hours without charge.",
          text="48 hours", value=48, unit="hour", kind="duration"),
    _case("duration-word-weeks", "The trial lasted six weeks.",
          text="six weeks", value=6, unit="week", kind="duration"),
    _case("duration-decades", "The feud between the families lasted two decades.",
          text="two decades", value=2, unit="decade", kind="duration"),
    _case("age-aged", "The victim, aged 35, was taken to hospital.",
          text="35", value=35, unit="year", kind="age"),
    _case("age-apposition", "The pilot, 52, was detained at the airport.",
          text="52", value=52, unit="year", kind="age"),
    _case("weight-kilograms", "Officers seized 4.5 kilograms of heroin.",
          text="4.5 kilograms", value=4.5, unit="kilogram", kind="weight", subject="heroin"),
    _case("weight-pounds", "The Coast Guard intercepted 300 pounds of cocaine.",
          text="300 pounds", value=300, unit="pound", kind="weight", subject="cocaine"),
    _case("weight-tonnes", "Inspectors destroyed 2 tonnes of illegal ivory.",
          text="2 tonnes", value=2, unit="tonne", kind="weight"),
    _case("weight-tons", "The truck was carrying 20 tons of marijuana.",
          text="20 tons", value=20, unit="ton", kind="weight", subject="marijuana"),
    _case("weight-grams", "Police found 8 grams of fentanyl in the car.",
          text="8 grams", value=8, unit="gram", kind="weight", subject="fentanyl"),
    _case("weight-ounces", "The thieves took 60 ounces of gold.",
          text="60 ounces", value=60, unit="ounce", kind="weight", subject="gold"),
    _case("rate-per-thousand", "The burglary rate was 3.2 per 1,000 residents.",
          text="3.2 per 1,000 residents", value=3.2, unit="per 1,000 residents", kind="rate"),
    _case("rate-money-per-hour", "The cleaners were paid $9.50 per hour.",
          text="$9.50 per hour", value=9.5, unit="USD per hour", kind="rate"),
    # spellings met in messy copy: the Greek mu, "deg", misspelt scales
    _case("weight-greek-mu", "The toxicology report found 120 μg of fentanyl.",
          text="120 μg", value=120, unit="microgram", kind="weight"),
    _case("temp-deg-celsius", "The cell reached 40 deg celsius during the heatwave.",
          text="40 deg celsius", value=40, unit="degree celsius"),
    _case("temp-celcius-misspelt", "It was 34.5 celcius inside the prison van.",
          text="34.5 celcius", value=34.5, unit="degree celsius"),
    _case("temp-farenheit-misspelt", "The fever hit 102.2 degrees farenheit.",
          text="102.2 degrees farenheit", value=102.2, unit="degree fahrenheit"),
    _case("temp-degree-sign-word", "Temperatures of 45° Celsius were recorded in the yard.",
          text="45° Celsius", value=45, unit="degree celsius"),
    _case("speed-km-hr", "The stolen car was clocked at 160 km/hr.",
          text="160 km/hr", value=160, unit="kilometre per hour"),
]

# --- ordinals ----------------------------------------------------------------------------------

ORDINALS = [
    _case("ordinal-ranked-third", "The city was ranked third for car thefts.",
          text="third", value=3, unit=None, kind="ordinal"),
    _case("ordinal-second-largest", "It was the second-largest drug bust in the port's history.",
          text="second-largest", value=2, unit=None, kind="ordinal"),
    _case("ordinal-5th-consecutive", "Recorded crime fell for the 5th consecutive year.",
          text="5th", value=5, unit=None, kind="ordinal"),
    _case("ordinal-1st", "The cadet finished 1st in the shooting contest.",
          text="1st", value=1, unit=None, kind="ordinal"),
    _case("ordinal-third-time", "The pharmacy was robbed for the third time this year.",
          text="third", value=3, kind="ordinal"),
]

# --- change direction --------------------------------------------------------------------------

CHANGE = [
    _case("change-rose-percent", "Car thefts rose 12% last year.",
          text="12%", value=12, unit="percent", change="increase"),
    _case("change-fell-by-percent", "Robberies fell by 3 percent.",
          text="3 percent", value=3, unit="percent", change="decrease"),
    _case("change-increase-of-count", "Officials reported an increase of 675 cases.",
          text="675", value=675, change="increase", subject="cases"),
    _case("change-lower-than", "Homicides were 9% lower than last year.",
          text="9%", value=9, unit="percent", change="decrease"),
    _case("change-rose-to-level", "The jobless rate rose to 12%.",
          text="12%", value=12, unit="percent", change=None),
    _case("change-jumped", "Fraud complaints jumped 40 percent.",
          text="40 percent", value=40, change="increase"),
    _case("change-up-on", "Shoplifting was up 18% on the previous year.",
          text="18%", value=18, change="increase"),
    _case("change-declined-by-count", "Arrests declined by 1,200 compared with the year before.",
          text="1,200", value=1_200, change="decrease"),
    _case("change-cut-money", "The force's budget was cut by $2 million.",
          text="$2 million", value=2_000_000, unit="USD", change="decrease"),
    _case("change-dropped-to-level", "Violent incidents dropped to 310.",
          text="310", value=310, change=None),
    _case("change-plain-level", "The prison holds 1,450 inmates.",
          text="1,450", value=1_450, change=None),
]

# --- subjects (and roles in plain cases) -------------------------------------------------------

SUBJECTS = [
    _case("subject-suspects",
          "Officers arrested 2,340 suspects during the crackdown, the Interior Ministry said.",
          text="2,340", value=2_340, kind="count", subject="suspects", predicate="arrested",
          agent="Officers", attribution="the Interior Ministry"),
    _case("subject-criminal-gangs", "Police busted 412 criminal gangs last year.",
          text="412", value=412, kind="count", subject="criminal gangs", predicate="busted"),
    _case("subject-heroin", "Customs agents seized 6.2 kilograms of heroin at the airport.",
          text="6.2 kilograms", value=6.2, subject="heroin", predicate="seized"),
    _case("subject-adjective-kept", "The court convicted 58 corrupt officials.",
          text="58", value=58, subject="corrupt officials"),
    _case("subject-container-of", "Investigators identified nine types of online fraud.",
          text="nine", value=9, subject="types of online fraud"),
    _case("subject-number-of", "The number of reported burglaries has fallen 22 percent.",
          text="22 percent", value=22, subject="reported burglaries", change="decrease"),
    _case("subject-people", "Firefighters rescued 14 people from the flooded tunnel.",
          text="14", value=14, subject="people", predicate="rescued", agent="Firefighters"),
    _case("subject-after-year", "In 2018, police arrested 240 people.",
          text="240", value=240, kind="count", subject="people"),
]

# --- spelled fractions and compound number words ----------------------------------------------

SPELLED = [
    _case("fraction-stands-alone", "The chance of a match is roughly one sixth.",
          text="one sixth", value=1 / 6, unit="fraction", kind="other"),
    _case("fraction-improper-halves", "The new ratio works out at three halves.",
          text="three halves", value=1.5, unit="fraction"),
    _case("fraction-level-at-clause-end", "Turnout in the district rose to two-thirds.",
          text="two-thirds", value=2 / 3, unit="fraction"),
    _case("fraction-with-unit", "The blaze was one-half miles from the school.",
          text="one-half miles", value=0.5, unit="mile", kind="other"),
    _case("fraction-half-a-million", "Half a million people joined the march.",
          text="Half a million", value=500_000, unit=None, kind="count"),
    _case("fraction-half-a-million-dollars", "The gang laundered half a million dollars.",
          text="half a million dollars", value=500_000, unit="USD", kind="money"),
    _case("fraction-half-an-hour", "The standoff lasted half an hour.",
          text="half an hour", value=0.5, unit="hour", kind="duration"),
    _case("fraction-half-a-dozen", "Police seized half a dozen rifles.",
          text="half a dozen", value=6, kind="count"),
    _case("fraction-of-a-mile", "The tailback stretched a quarter of a mile.",
          text="a quarter of a mile", value=0.25, unit="mile"),
    _case("fraction-a-quarter-million", "A quarter million tickets went unsold.",
          text="A quarter million", value=250_000, kind="count"),
    _case("fraction-and-a-half-years", "The inquiry took two and a half years.",
          text="two and a half years", value=2.5, unit="year", kind="duration"),
    _case("fraction-point-5-percentage-point", "Rates rose half a percentage point.",
          text="half a percentage point", value=0.5, unit="percentage point"),
    _case("words-comma-and-ampersand",
          "The audit counted three million, two hundred & forty ballots.",
          text="three million, two hundred & forty", value=3_000_240, kind="count"),
    _case("words-comma-thousand", "One million, two hundred thousand people voted.",
          text="One million, two hundred thousand", value=1_200_000),
    _case("words-list-stays-apart", "Witnesses saw two, three or four men.",
          text="two", value=2, value_high=None),
    _case("words-list-of-thousands", "Estimates ran at five thousand, ten thousand or more.",
          text="five thousand", value=5_000),
    _case("words-thousand-million", "The bailout cost one thousand million pounds.",
          text="one thousand million pounds", value=1_000_000_000, unit="GBP"),
    _case("quarters-are-fiscal", "Profits fell for three quarters in a row.",
          text="three", value=3, kind="count"),
    _case("e-notation", "The beam carried 2.5e12 protons.",
          text="2.5e12", value=2.5e12, kind="count"),
    _case("age-plural-olds", "Two 17-year-olds were charged with the robbery.",
          text="17-year-olds", value=17, unit="year", kind="age"),
]

# --- suffixes, signs, ranges and units written in compact forms ---------------------------------

COMPACT = [
    _case("suffix-T-after-currency", "The group's market value hit $2.9T this week.",
          text="$2.9T", value=2.9e12, unit="USD", kind="money"),
    _case("suffix-M-glued-to-decimal", "The album sold 4.3M physical copies.",
          text="4.3M", value=4_300_000, kind="count"),
    _case("suffix-K-money", "The bonus came to $5.25K.",
          text="$5.25K", value=5_250, unit="USD", kind="money"),
    _case("suffix-K-count", "The clip drew 12.5K views overnight.",
          text="12.5K", value=12_500, kind="count"),
    _case("range-suspended-hyphen-metres", "Engineers proposed an 8- to 16-metre mirror.",
          text="8- to 16-metre", value=8, value_high=16, unit="metre"),
    _case("range-suspended-hyphen-years", "He faces a 5- to 10-year sentence.",
          text="5- to 10-year", value=5, value_high=10, unit="year", kind="duration"),
    _case("negative-money-accounting", "The quarterly result was ($4.2 million).",
          text="$4.2 million", value=-4_200_000, unit="USD", kind="money"),
    _case("negative-money-after-symbol", "The account balance stood at $-120.50 on Friday.",
          text="$-120.50", value=-120.5, unit="USD", kind="money"),
    _case("paren-gloss-stays-positive", "The fine ($500) was paid in cash.",
          text="$500", value=500, unit="USD"),
    _case("uncertainty-plus-minus-sign", "The meteorite weighs 12.4±0.2 kilograms.",
          text="12.4±0.2 kilograms", value=12.4, value_high=None, unit="kilogram"),
    _case("uncertainty-slash-form", "The sample weighed 9.8 +/- 0.3 grams.",
          text="9.8 +/- 0.3 grams", value=9.8, unit="gram"),
    _case("vulgar-fraction-cup", "Add ⅓ cup of sugar to the batter.",
          text="⅓ cup", value=1 / 3, unit="cup"),
    _case("vulgar-fraction-tbsp", "Stir in ½ tbsp of salt.",
          text="½ tbsp", value=0.5, unit="tablespoon"),
    _case("slash-fraction-cup", "Mix in 1/2 cup of flour.",
          text="1/2 cup", value=0.5, unit="cup"),
    _case("power-caret", "The park covers 12km^2 of forest.",
          text="12km^2", value=12, unit="square kilometre"),
    _case("power-cubed", "The reservoir holds 4 km cubed of water.",
          text="4 km cubed", value=4, unit="cubic kilometre"),
    _case("power-glued-digit", "The dose is 2.5 cm3 of saline.",
          text="2.5 cm3", value=2.5, unit="cubic centimetre"),
    _case("cubic-feet-words", "The field holds 3 trillion cubic feet of gas.",
          text="3 trillion cubic feet", value=3e12, unit="cubic foot"),
    _case("temperature-glued-negative", "Overnight it fell to -10C in the valley.",
          text="-10C", value=-10, unit="degree celsius", kind="other"),
    _case("temperature-glued-with-cue", "Forecasters expect temperatures of 35C on Monday.",
          text="35C", value=35, unit="degree celsius"),
    _case("temperature-glued-fahrenheit", "The heat index hit 104F in Phoenix.",
          text="104F", value=104, unit="degree fahrenheit"),
    _case("temperature-kelvin", "The probe measured temperatures near 40.25K (about -233 °C).",
          text="40.25K", value=40.25, unit="kelvin"),
    _case("inch-mark", 'The shop sold a 55" television for $400.',
          text='55"', value=55, unit="inch"),
    _case("tonne-symbol", "The freighter unloaded 34,500 t of grain.",
          text="34,500 t", value=34_500, unit="tonne", kind="weight"),
    _case("btu-words", "The boiler is rated at 60,000 British thermal units.",
          text="60,000 British thermal units", value=60_000, unit="british thermal unit"),
    _case("mmbtu-rate", "Natural gas rose to $3.10 per mmBtu.",
          text="$3.10 per mmBtu", value=3.1, unit="USD per mega british thermal unit"),
    _case("torque-lb-ft", "The engine makes 400 lb-ft of torque.",
          text="400 lb-ft", value=400, unit="foot pound-force"),
    _case("mpg-hyphen", "The hybrid got a 10-mpg improvement.",
          text="10-mpg", value=10, unit="mile per gallon"),
    _case("cents-kept-as-written", "Shares closed up 23 cents at $41.10.",
          text="23 cents", value=23, unit="cent", kind="money"),
    _case("cents-decimal", "Petrol fell 4.5 cents to $1.80 a litre.",
          text="4.5 cents", value=4.5, unit="cent", kind="money"),
    _case("cents-per-share", "The company lost 45 cents per share.",
          text="45 cents per share", value=45, unit="cent per share", kind="rate"),
    _case("pence", "A loaf now costs 95 pence.",
          text="95 pence", value=95, unit="penny", kind="money"),
    _case("slash-per-gallon", "Diesel sold for $4.10/gallon last week.",
          text="$4.10/gallon", value=4.1, unit="USD per gallon", kind="rate"),
    _case("slash-per-ounce", "Gold traded at $1,950/oz on Friday.",
          text="$1,950/oz", value=1_950, unit="USD per ounce", kind="rate"),
    _case("slash-per-squared", "The panel absorbs 300 W/m^2 at noon.",
          text="300 W/m^2", value=300, unit="watt per square metre"),
    _case("per-hyphenated-a-year", "Subscribers pay up to £24 a-year more.",
          text="£24 a-year", value=24, unit="GBP per year", kind="rate"),
    _case("per-cent-hyphenated", "Inflation reached 6 per-cent in May.",
          text="6 per-cent", value=6, unit="percent", kind="percent"),
]

# --- local-press currency letters, currency words decided by place, pounds, ages, rates ----------

LOCAL = [
    _case("local-rand-scale", "Thieves made off with R3.4 million from the depot.",
          text="R3.4 million", value=3_400_000, unit="ZAR", kind="money"),
    _case("local-rand-fine", "The magistrate imposed a fine of R8,000 on the driver.",
          text="R8,000", value=8_000, unit="ZAR", kind="money"),
    _case("local-naira-bn", "Auditors traced N4.2bn in missing funds.",
          text="N4.2bn", value=4.2e9, unit="NGN", kind="money"),
    _case("local-naira-bail", "He was granted bail of N500,000 on Monday.",
          text="N500,000", value=500_000, unit="NGN", kind="money"),
    _case("local-shilling", "The governor is accused of embezzling Sh120 million.",
          text="Sh120 million", value=120_000_000, unit="KES", kind="money"),
    _case("local-shilling-uganda", "Kampala police said the Ugandan officials stole Sh2 billion.",
          text="Sh2 billion", value=2e9, unit="UGX", kind="money"),
    _case("local-peso-worth", "Agents confiscated contraband worth P2.5 million.",
          text="P2.5 million", value=2_500_000, unit="PHP", kind="money"),
    _case("local-pula-botswana", "In Gaborone, Botswana police recovered P1.2 million in cash.",
          text="P1.2 million", value=1_200_000, unit="BWP", kind="money"),
    _case("pesos-mexico", "Police in Jalisco said the gang extorted 3 million pesos from shop "
          "owners in Guadalajara.", text="3 million pesos", unit="MXN", kind="money"),
    _case("pesos-colombia", "Officers in Medellín, Colombia seized 900 million pesos.",
          text="900 million pesos", unit="COP"),
    _case("pesos-default", "The smugglers paid 40,000 pesos in bribes.",
          text="40,000 pesos", unit="PHP"),
    _case("rupees-pakistan", "Karachi police said the gang stole 5 million rupees from a bank "
          "in Lahore.", text="5 million rupees", unit="PKR"),
    _case("dollars-word-canada", "Detectives in Toronto, Ontario recovered 2 million dollars in "
          "stolen jewellery.", text="2 million dollars", unit="CAD"),
    _case("dollar-sign-canada", "Toronto police in Ontario seized $2 million in cash.",
          text="$2 million", unit="CAD"),
    _case("commodity-price-stays-usd", "Ontario and Alberta refiners paid $70 a barrel for crude "
          "in Canada.", text="$70 a barrel", value=70, unit="USD per barrel", kind="rate"),
    _case("pounds-damages", "The court ordered him to pay 2,500 pounds in damages.",
          text="2,500 pounds", value=2_500, unit="GBP", kind="money"),
    _case("pounds-fined", "A judge fined the firm 40,000 pounds.",
          text="40,000 pounds", unit="GBP", kind="money"),
    _case("pounds-of-drug", "Agents seized 12 pounds of heroin.",
          text="12 pounds", unit="pound", kind="weight"),
    _case("pounds-weighing", "The suspect, weighing 250 pounds, fled on foot.",
          text="250 pounds", unit="pound", kind="weight"),
    _case("pounds-scaled-weight", "Engineers said the load weighed 3 million pounds.",
          text="3 million pounds", unit="pound", kind="weight"),
    _case("age-people-under", "Most of the arrested men were under 30.",
          text="30", value=30, unit="year", kind="age", qualifier="less than"),
    _case("age-people-over", "Both suspects are over 50.",
          text="50", value=50, unit="year", kind="age", qualifier="more than"),
    _case("age-list-middle", "Three girls, aged 12, 13 and 14, were rescued.",
          text="13", value=13, unit="year", kind="age"),
    _case("age-list-last", "Three girls, aged 12, 13 and 14, were rescued.",
          text="14", value=14, unit="year", kind="age"),
    _case("age-group-plural", "Crime among the under-18s fell sharply.",
          text="18s", value=18, unit="year", kind="age", qualifier="less than"),
    _case("under-n-things-is-count", "Burglaries were under 25 last month.",
          text="25", unit=None, kind="count"),
    _case("under-n-victims-is-count", "There were under 25 victims.",
          text="25", unit=None, kind="count"),
    _case("rate-per-lakh-population", "The rate stood at 12.5 per lakh population.",
          text="12.5 per lakh population", unit="per lakh population", kind="rate"),
    _case("rate-per-ten-lakh", "The rate was 4.1 per 10 lakh people.",
          text="4.1 per 10 lakh people", unit="per 10 lakh people", kind="rate"),
    _case("rate-per-100k-residents", "The city recorded 3.3 per 100,000 residents.",
          text="3.3 per 100,000 residents", unit="per 100,000 residents", kind="rate"),
    _case("ordinal-possessive", "It was the county's fifth shooting of the month.",
          text="fifth", value=5, unit=None, kind="ordinal"),
    _case("ordinal-digits-possessive", "Police said it was their 3rd raid this year.",
          text="3rd", value=3, kind="ordinal"),
    _case("ordinal-event-this-week", "It was the second stabbing this week in the borough.",
          text="second", value=2, kind="ordinal"),
    _case("emergency-number-count", "Dispatchers handled 999 calls on New Year's Eve.",
          text="999", value=999, kind="count"),
]

# --- a scale word written once, at the second end of a range -----------------------------------

SHARED_SCALE = [
    _case("shared-scale-not-above-high", "Firms reported losses ranging from $200 to $4 million.",
          text="$200 to $4 million", value=200, value_high=4_000_000, unit="USD", kind="money"),
    _case("shared-scale-between-not-above-high", "Repairs will cost between $500 and $3 billion.",
          text="$500 and $3 billion", value=500, value_high=3_000_000_000, unit="USD"),
    _case("shared-scale-carried-dollars", "The fraud cost the banks $2 to $4 million.",
          text="$2 to $4 million", value=2_000_000, value_high=4_000_000, unit="USD"),
    _case("shared-scale-between-billion", "The scheme moved between 5 and 10 billion dollars.",
          text="5 and 10 billion dollars", value=5_000_000_000, value_high=10_000_000_000,
          unit="USD", kind="money"),
    _case("shared-scale-two-levels", "Subscribers rose from 2 to 2.5 million last year.",
          text="2", value=2_000_000, value_high=None),
    _case("shared-scale-euro-not-above-high", "Fines ranged from €300 to €2 million.",
          text="€300 to €2 million", value=300, value_high=2_000_000, unit="EUR"),
    _case("shared-scale-bare-count-descending", "Sales fell from 3 to 2 million units.",
          text="3", value=3_000_000),
    _case("shared-scale-not-against-a-rise", "Members rose from 300 to 2 million in a decade.",
          text="300", value=300),
    _case("shared-scale-with-a-rise-in-order", "Thefts climbed from 1.2 to 1.5 million.",
          text="1.2", value=1_200_000),
]

# --- a currency sign after the amount -----------------------------------------------------------

TRAILING_SIGN = [
    _case("trailing-euro", "The fine was 15 € for each of them.",
          text="15 €", value=15, unit="EUR"),
    _case("trailing-dollar-word", "The ticket cost 10 $ in the end.",
          text="10 $", value=10, unit="USD", kind="money"),
    _case("trailing-dollar-punct", "They paid 10 $, then left.", text="10 $", value=10, unit="USD"),
    _case("trailing-dollar-end", "Each ticket cost 25$.", text="25$", value=25, unit="USD"),
    _case("trailing-colon", "A night there costs 100 ₡.", text="100 ₡", value=100, unit="CRC",
          kind="money"),
    _case("trailing-lari-glued", "Bread now costs 100₾.", text="100₾", value=100, unit="GEL"),
    _case("trailing-kip-grouped", "Rooms cost 100,000 ₭ in Vientiane.",
          text="100,000 ₭", value=100_000, unit="LAK", kind="money"),
    _case("trailing-yuan-glued", "The fine was 100元 for each offence.",
          text="100元", value=100, unit="CNY", kind="money"),
    _case("trailing-tugrik", "The fare is 500 ₮ today.", text="500 ₮", value=500, unit="MNT"),
    _case("trailing-guarani", "The fare is 5000 ₲ today.", text="5000 ₲", value=5000, unit="PYG"),
    _case("trailing-hryvnia", "The fare is 30 ₴ today.", text="30 ₴", value=30, unit="UAH"),
    _case("trailing-tenge", "The fare is 40 ₸ today.", text="40 ₸", value=40, unit="KZT"),
    _case("trailing-manat", "The fare is 60 ₼ today.", text="60 ₼", value=60, unit="AZN"),
    _case("trailing-lira", "The fare is 70 ₺ today.", text="70 ₺", value=70, unit="TRY"),
    _case("prefix-new-sign", "Officers seized ₸2 million in cash.",
          text="₸2 million", value=2_000_000, unit="KZT", kind="money"),
    # a sign followed by an amount is that amount's prefix, not the first number's unit
    _case("trailing-dollar-not-before-amount", "He paid 10 $ 30 times.",
          text="10", value=10, unit=None),
    _case("trailing-dollar-before-amount-is-prefix", "He paid 10 $ 30 times.",
          text="$ 30", value=30, unit="USD"),
    _case("trailing-sign-not-before-digits", "The bill was 10 ₴ 50 overall.",
          text="10", value=10, unit=None),
]

# News genres: ratios, ages by decade, centuries, race distances, magnitudes, per-noun
# modifiers, compound area units, space-grouped numbers before a model name.
NEWS = [
    _case("ratio-words", "One in three adults has tried it.", text="One in three",
          value=1 / 3, unit="fraction", kind="other"),
    _case("ratio-hyphenated", "Smokers face a 1-in-10 risk.", text="1-in-10", value=0.1,
          unit="fraction"),
    _case("ratio-out-of", "Seven out of 10 voters agreed.", text="Seven out of 10", value=0.7,
          unit="fraction"),
    _case("ratio-qualifier", "Nearly 3 in 4 homes lost power.", text="3 in 4", value=0.75,
          qualifier="nearly"),
    _case("decade-age-pair", "Both men were in their 50s and 60s.", text="50s and 60s",
          value=50, value_high=69, unit="year", kind="age"),
    _case("decade-age-late", "She is in her late 70s.", text="70s", value=70, value_high=79,
          kind="age"),
    _case("quarter-century", "It was his first win in a quarter-century.",
          text="a quarter-century", value=25, unit="year", kind="duration"),
    _case("half-century", "The bridge stood for half a century.", text="half a century",
          value=50, unit="year"),
    _case("centuries-range", "The trees are two to three centuries old.",
          text="two to three centuries", value=200, value_high=300, unit="year"),
    _case("race-10k", "She won the 10K race in Boston.", text="10K", value=10,
          unit="kilometre", kind="other"),
    _case("thousands-k-still", "He earned 5K last month.", text="5K", value=5000, unit=None),
    _case("magnitude-before", "A magnitude 7.1 earthquake hit the region.",
          text="magnitude 7.1", value=7.1, unit="magnitude", kind="other"),
    _case("magnitude-hyphen", "A 5.8-magnitude quake shook the city.", text="5.8-magnitude",
          value=5.8, unit="magnitude"),
    _case("per-live-births", "Maternal deaths fell to 12 per 100,000 live births.",
          text="12 per 100,000 live births", value=12, unit="per 100,000 live births",
          kind="rate"),
    _case("per-modifier-not-verb", "About 3 per 1,000 live in poverty.", text="3 per 1,000 live",
          unit="per 1,000 live"),
    _case("square-foot-hyphen", "They bought a 1,800-square-foot condo.",
          text="1,800-square-foot", value=1800, unit="square foot", kind="other"),
    _case("square-metre-hyphen", "A 50-square-metre flat costs more.", text="50-square-metre",
          value=50, unit="square metre"),
    _case("model-after-group", "The airline ordered 20 A320 jets and 12 787 MAX planes.",
          text="12", value=12),
    _case("space-group-currency-code", "The fine was 42 923 EUR.", text="42 923 EUR",
          value=42923, unit="EUR"),
    # counts within a span are not ratios; "order of magnitude" names no scale
    _case("ratio-not-in-games", "He scored 2 in 3 games last week.", text="2", value=2,
          unit=None),
    _case("ratio-not-in-minutes", "They scored 5 in 10 minutes.", text="10 minutes",
          value=10, unit="minute"),
    _case("order-of-magnitude", "It is an order of magnitude 10 times larger.", text="10",
          unit=None),
    _case("seed-ordinal", "She beat the fourth seed easily.", text="fourth", value=4,
          kind="ordinal"),
]

# Plain-text table rows: a column gap (3+ spaces or a tab) never joins two numbers into a
# range; a signed percentage closing a row keeps its sign. Bounds written after the amount.
# People said to be over/under N, then their verb: an age.
ROWS_AND_BOUNDS = [
    _case("row-gap-not-range", "Assault      40      52      -23.1%", text="52", value=52,
          value_high=None),
    _case("row-gap-negative-change", "Assault      40      52      -23.1%", text="-23.1%",
          value=23.1, unit="percent", change="decrease"),
    _case("row-tab-not-range", "Theft\t40\t-5.0%", text="40", value=40, value_high=None),
    _case("row-plus-change", "Arson        7       +16.7%", text="+16.7%", value=16.7,
          unit="percent", change="increase"),
    _case("plus-percent-not-phone", "Shares jumped +12.5% on Monday.", text="+12.5%",
          value=12.5, unit="percent"),
    _case("spaced-dash-still-range", "The trial lasted 3 - 5 weeks.", text="3 - 5 weeks",
          value=3, value_high=5, unit="week"),
    _case("year-to-date-not-duration", "Burglaries rose to 41 year to date.", text="41",
          value=41, unit=None, kind="count"),
    _case("month-to-date-not-duration", "Thefts reached 120 month-to-date.", text="120",
          unit=None),
    _case("years-comma-to-date", "He was jailed for 2 years, to date the longest term.",
          text="2 years", unit="year", kind="duration"),
    _case("or-more-at-least", "Anyone carrying 50 grams or more of heroin faces jail.",
          text="50 grams", unit="gram", qualifier="at least"),
    _case("or-fewer-at-most", "Groups of 10 or fewer may meet.", text="10",
          qualifier="at most"),
    _case("and-over-age", "Drivers aged 70 and over must renew.", text="70", kind="age",
          qualifier="at least"),
    _case("or-less-money", "Claims of $500 or less are settled fast.", text="$500",
          qualifier="at most"),
    _case("and-over-the-not-bound", "He won 3 and over the next decade won 5 more.", text="3",
          qualifier=None),
    _case("people-over-n-verb-age", "Men over 60 need more sleep.", text="60", value=60,
          unit="year", kind="age", qualifier="more than"),
    _case("people-under-n-age", "Children under 5 die of malaria every day.", text="5",
          unit="year", kind="age", qualifier="less than"),
    _case("over-n-people-count", "Over 50 women face charges.", text="50", unit=None,
          kind="count"),
    _case("people-over-large-n-count", "Residents over 300 signed the petition.", text="300",
          unit=None, kind="count"),
    _case("rank-hash-ordinal", "She was ranked #3 in the world.", text="3", kind="ordinal"),
    # references stay claims when they are counts
    _case("quoted-times-count", "He was quoted 40 times in the report.", text="40", value=40),
    _case("list-of-counts", "Police arrested 12 and charged 9.", text="9", value=9),
    _case("acronym-before-count", "The 21 USC students protested.", text="21", value=21),
    _case("of-total-count", "He scored 3 of 5 goals.", text="5", value=5),
    # a range hyphenated through "to", and speeds hyphenated to their number
    _case("hyphen-to-range-speed", "The car cut its 0-to-60-mph time by a second.",
          text="0-to-60-mph", value=0, value_high=60, unit="mile per hour"),
    _case("hyphen-speed", "Drivers ignored the 70-mph limit.", text="70-mph", value=70,
          unit="mile per hour"),
    _case("hyphen-to-reversed-not-range", "She works a 9-to-5 job.", text="9", value_high=None),
    # next-century numbers are years only after a time preposition
    _case("next-century-count-after-by", "The bill passed by 2100 votes to 300.", text="2100",
          value=2100),
    _case("next-century-count", "Police arrested 2150 people.", text="2150", value=2150),
]

# bounds after the amount, comparatives of length, 'over' as a span, period halves, per-phrases
# with modifiers, recurring ordinals and pairs of decades
SPANS_AND_BOUNDS = [
    _case("bound-and-above", "Shoplifters aged 65 and above accounted for 9% of arrests.",
          text="65", value=65, kind="age", qualifier="at least"),
    _case("bound-and-older", "Drivers 70 and older caused 212 crashes in the county.",
          text="70", value=70, qualifier="at least"),
    _case("bound-or-over", "Applicants 21 or over may join the volunteer patrol.",
          text="21", value=21, qualifier="at least"),
    _case("longer-than-hours", "Detainees kept for longer than 36 hours must be charged.",
          text="36 hours", value=36, unit="hour", kind="duration", qualifier="more than"),
    _case("longer-than-year", "Prison terms longer than one year became rarer.",
          text="one year", value=1, unit="year", qualifier="more than"),
    _case("shorter-than", "Remand periods shorter than three days were not counted.",
          text="three days", value=3, unit="day", qualifier="less than"),
    _case("over-span-clause-start", "Over 12 years, reported arson attacks fell by half.",
          text="12 years", value=12, unit="year", kind="duration", qualifier=None),
    _case("over-span-after-change", "Pickpocketing rose 35% over four years in the capital.",
          text="four years", value=4, unit="year", qualifier=None),
    _case("over-span-after-that", "The audit found that over six months, 80 cases stalled.",
          text="six months", value=6, unit="month", qualifier=None),
    _case("over-bound-sentenced", "The forger was sentenced to over 8 years in jail.",
          text="8 years", value=8, unit="year", qualifier="more than"),
    _case("over-bound-faces", "The courier faces over 15 years behind bars.",
          text="15 years", value=15, unit="year", qualifier="more than"),
    _case("over-bound-clause-start", "Over 20 years in custody is the usual tariff.",
          text="20 years", value=20, qualifier="more than"),
    _case("half-of-people", "Half of the burglary victims lived alone.", text="Half",
          value=0.5, unit="fraction"),
    _case("per-county-residents", "The town logged 61 robberies per 100,000 county residents.",
          text="61", value=61, unit="per 100,000 county residents", kind="rate"),
    _case("per-adult-inhabitants", "Assaults stood at 4.7 per 1,000 adult inhabitants.",
          text="4.7 per 1,000 adult inhabitants", unit="per 1,000 adult inhabitants"),
    _case("per-two-modifiers", "Fraud ran at 9.2 per 1,000 working age adults last year.",
          text="9.2 per 1,000 working age adults", unit="per 1,000 working age adults"),
    _case("per-population-noun", "Thefts hit 30 per 1,000 residents in the old town.",
          text="30 per 1,000 residents", unit="per 1,000 residents"),
    _case("per-base-only", "Muggings reached 14 per 100,000 in 2023, the report said.",
          text="14 per 100,000", value=14, unit="per 100,000", kind="rate"),
    _case("fold-word", "Online fraud reports rose fourfold in two years.", text="fourfold",
          value=4, unit="times", kind="other"),
    _case("fold-digits-qualified", "Seizures grew more than 5-fold after the new scanners.",
          text="5-fold", value=5, unit="times", qualifier="more than"),
    _case("ordinal-edition", "The victim survey, now in its ninth edition, polled 6,000 homes.",
          text="ninth", value=9, kind="ordinal", unit=None),
    _case("ordinal-the-edition", "The fourth edition of the gang audit came out on Monday.",
          text="fourth", value=4, kind="ordinal"),
    _case("ordinal-annual", "The 12th annual knife-crime review listed 140 offences.",
          text="12th", value=12, kind="ordinal"),
    _case("ordinal-anniversary", "The neighbourhood watch marked its 30th anniversary.",
          text="30th", value=30, kind="ordinal"),
    _case("decades-apart-first", "Three women, aged in their 20s and 60s, were charged.",
          text="20s", value=20, value_high=29, unit="year", kind="age"),
    _case("decades-apart-second", "Three women, aged in their 20s and 60s, were charged.",
          text="60s", value=60, value_high=69, unit="year", kind="age"),
    _case("decades-or-apart", "The callers were in their 30s or 50s, police said.",
          text="50s", value=50, value_high=59, kind="age"),
    _case("decades-adjacent-one-range", "Most of the looters were in their 30s and 40s.",
          text="30s and 40s", value=30, value_high=49, kind="age"),
    _case("decades-to-one-range", "The victims were in their 40s to 60s.", text="40s to 60s",
          value=40, value_high=69, kind="age"),
]

# --- identifiers around real counts, bare rate bases, shares without "of", place cues ---------

AROUND_IDENTIFIERS = [
    _case("count-after-slash-code", "Bulletin PR/77/2023 lists 18 arrests in the district.",
          text="18", value=18, kind="count"),
    _case("count-after-hyphen-code", "Inquiry KX-2023-0415 found 6 stolen cars.",
          text="6", value=6, kind="count"),
    _case("count-after-dotted-section", "Under clause 7.3.2, 11 officers were disciplined.",
          text="11", value=11, kind="count"),
    _case("decimal-million-kept", "Recorded offences reached 2.7 million in the year.",
          text="2.7 million", value=2_700_000, kind="count"),
    _case("count-after-helpline", "Ring the helpline on 116 123 if you saw any of the 4 attacks.",
          text="4", value=4, kind="count"),
]

RATE_BASE_ALONE = [
    _case("per-base-alone-end", "The district's assault rate stood at 7.4 per 100,000.",
          text="7.4 per 100,000", value=7.4, unit="per 100,000", kind="rate"),
    _case("per-base-alone-comma", "Robbery ran at 31 per 100,000, the report found.",
          text="31 per 100,000", value=31, unit="per 100,000", kind="rate"),
    _case("per-base-alone-bracket", "Knife crime (2.9 per 1,000) fell slightly.",
          text="2.9 per 1,000", value=2.9, unit="per 1,000", kind="rate"),
    _case("per-base-space-grouped", "The bloc recorded 0.9 homicides per 100 000 inhabitants.",
          text="0.9", value=0.9, unit="per 100,000 inhabitants", kind="rate",
          subject="homicides"),
    _case("per-base-space-grouped-alone", "Robbery stood at 5.8 per 100 000.",
          text="5.8 per 100 000", value=5.8, unit="per 100,000", kind="rate"),
    _case("per-base-thin-space", "Assaults ran at 31 per 1\u202f000 residents.",
          text="31 per 1\u202f000 residents", value=31, unit="per 1,000 residents", kind="rate"),
]

SHARES_WITHOUT_OF = [
    _case("share-almost-a-quarter", "Almost a quarter were linked to online fraud.",
          text="a quarter", value=0.25, unit="fraction", kind="other", qualifier="nearly"),
    _case("share-by-nearly-half", "Vehicle thefts fell by nearly half after the scheme began.",
          text="half", value=0.5, unit="fraction", kind="other", qualifier="nearly"),
    _case("share-a-third-were", "A third were first-time offenders.",
          text="A third", value=1 / 3, unit="fraction", kind="other"),
    _case("share-more-than-half-said", "More than half said they no longer walk home alone.",
          text="half", value=0.5, unit="fraction", kind="other", qualifier="more than"),
    _case("share-by-more-than-a-third", "Shoplifting rose by more than a third.",
          text="a third", value=1 / 3, unit="fraction", kind="other", qualifier="more than"),
]

PLACE_CUES = [
    _case("pesos-mexican-state-city", "In Irapuato, Guanajuato, robbers took 8,000 pesos.",
          text="8,000 pesos", value=8_000, unit="MXN", kind="money"),
    _case("pesos-philippine-region", "Raids in Pampanga and Bulacan seized 2 million pesos.",
          text="2 million pesos", value=2_000_000, unit="PHP", kind="money"),
    _case("pesos-colombian-dept", "In Cúcuta, Norte de Santander, gangs took 5 million pesos.",
          text="5 million pesos", value=5_000_000, unit="COP", kind="money"),
    _case("pesos-argentine-province", "Police in Rosario and La Plata seized 900,000 pesos.",
          text="900,000 pesos", value=900_000, unit="ARS", kind="money"),
    _case("pesos-chilean-region", "Carabineros in Temuco recovered 3 million pesos.",
          text="3 million pesos", value=3_000_000, unit="CLP", kind="money"),
    _case("rupees-pakistani-province", "Police in Quetta, Balochistan, recovered 70,000 rupees.",
          text="70,000 rupees", value=70_000, unit="PKR", kind="money"),
    _case("rupees-indian-state", "Officers in Lucknow, Uttar Pradesh, seized 40,000 rupees.",
          text="40,000 rupees", value=40_000, unit="INR", kind="money"),
    _case("rupees-sri-lankan-city", "Police in Jaffna and Negombo seized 60,000 rupees.",
          text="60,000 rupees", value=60_000, unit="LKR", kind="money"),
    _case("rupees-nepali-city", "Officers in Pokhara and Biratnagar seized 25,000 rupees.",
          text="25,000 rupees", value=25_000, unit="NPR", kind="money"),
    _case("shillings-kenyan-county", "Police in Nakuru and Machakos recovered 400,000 shillings.",
          text="400,000 shillings", value=400_000, unit="KES", kind="money"),
    _case("shillings-ugandan-city", "Detectives in Gulu and Mbarara recovered 4 million shillings.",
          text="4 million shillings", value=4_000_000, unit="UGX", kind="money"),
    _case("shillings-tanzanian-city", "Police in Arusha and Mwanza seized 9 million shillings.",
          text="9 million shillings", value=9_000_000, unit="TZS", kind="money"),
    _case("dollar-canadian-province", "Police in Winnipeg, Manitoba, seized $60,000 in cash.",
          text="$60,000", value=60_000, unit="CAD", kind="money"),
    _case("dollar-australian-state", "Detectives in Hobart, Tasmania, seized $75,000.",
          text="$75,000", value=75_000, unit="AUD", kind="money"),
    _case("dollar-new-zealand-city", "Police in Christchurch and Dunedin seized $12,000.",
          text="$12,000", value=12_000, unit="NZD", kind="money"),
    _case("dollar-hong-kong-district", "Officers in Kowloon and Yuen Long seized $90,000.",
          text="$90,000", value=90_000, unit="HKD", kind="money"),
    _case("dollar-us-default", "Police in Denver seized $50,000 in cash.",
          text="$50,000", value=50_000, unit="USD", kind="money"),
    _case("pesos-one-passing-cue", "Robbers took 3,000 pesos near Celaya.",
          text="3,000 pesos", value=3_000, unit="PHP", kind="money"),
]

# --- unit abbreviations as crime reporters write them ------------------------------------------
UNIT_ABBREVIATIONS = [
    _case("abbr-hr", "The siege of the flat lasted 12 hr.",
          text="12 hr", value=12, unit="hour", kind="duration"),
    _case("abbr-hr-hyphen", "Officers ended a 9-hr standoff at the farm.",
          text="9-hr", value=9, unit="hour", kind="duration"),
    _case("abbr-mos", "She served 6 mos in a youth facility.",
          text="6 mos", value=6, unit="month", kind="duration"),
    _case("abbr-mths", "He was banned from driving for 18 mths.",
          text="18 mths", value=18, unit="month", kind="duration"),
    _case("abbr-ltrs", "Customs seized 20 ltrs of bootleg spirits.",
          text="20 ltrs", value=20, unit="litre", kind="other"),
    _case("abbr-pc-dotted", "Thefts from cars fell 8 p.c. over the year.",
          text="8 p.c.", value=8, unit="percent", kind="percent"),
    _case("abbr-percentage-pts", "The detection rate fell 2 percentage pts.",
          text="2 percentage pts", value=2, unit="percentage point", kind="percent"),
    _case("abbr-pct-points", "Clearance rose 3 pct points in a year.",
          text="3 pct points", value=3, unit="percentage point", kind="percent"),
    _case("percentage-point-hyphen", "Officials blamed staffing for a 7-percentage-point fall.",
          text="7-percentage-point", value=7, unit="percentage point", kind="percent"),
    _case("age-yr-old", "A 16-yr-old was charged with robbery.",
          text="16-yr-old", value=16, unit="year", kind="age"),
    _case("age-mo-old", "A 4-mo-old girl was taken to hospital.",
          text="4-mo-old", value=4, unit="month", kind="age"),
    _case("grand-thousands", "The burglar took 2 grand in cash.",
          text="2 grand", value=2_000, unit=None, kind="money"),
    _case("grand-words-clause-end", "The dealer said he was owed ten grand.",
          text="ten grand", value=10_000, unit=None, kind="money"),
    # forms that already read right, kept so they stay so
    _case("abbr-kgs-glued", "Officers seized 4.2kgs of cannabis resin.",
          text="4.2kgs", value=4.2, unit="kilogram", kind="weight"),
    _case("abbr-gm", "The boy carried 0.5 gm of crack.",
          text="0.5 gm", value=0.5, unit="gram", kind="weight"),
    _case("abbr-oz", "Agents bought 8 oz of methamphetamine.",
          text="8 oz", value=8, unit="ounce", kind="weight"),
    _case("abbr-lbs", "Deputies found 3 lbs of marijuana.",
          text="3 lbs", value=3, unit="pound", kind="weight"),
    _case("abbr-capital-l", "Thieves drained 50 L of diesel from the lorry.",
          text="50 L", value=50, unit="litre", kind="other"),
    _case("abbr-yrs", "He was jailed for 3 yrs for the assault.",
          text="3 yrs", value=3, unit="year", kind="duration"),
    _case("abbr-mins", "Officers arrived 45 mins after the call.",
          text="45 mins", value=45, unit="minute", kind="duration"),
    _case("metric-tons", "The navy seized 2 metric tons of cocaine.",
          text="2 metric tons", value=2, unit="tonne", kind="weight"),
    _case("half-kilo", "Agents seized a half-kilo of cocaine.",
          value=0.5, text="a half-kilo", unit="kilogram", kind="weight"),
    _case("money-kes-code", "Officials lost KES 2.3 million to the cartel.",
          text="KES 2.3 million", value=2_300_000, unit="KES", kind="money"),
    _case("money-inr-crore-code", "The scam cost depositors INR 2 crore.",
          text="INR 2 crore", value=20_000_000, unit="INR", kind="money"),
    _case("money-hyphen-million", "The city agreed to a $1.2-million settlement.",
          text="$1.2-million", value=1_200_000, unit="USD", kind="money"),
    _case("caps-kg-headline", "POLICE SEIZE 300 KG OF COCAINE IN PORT RAID",
          text="300 KG", value=300, unit="kilogram", kind="weight"),
    _case("caps-kg-mixed", "Officers recovered 12 Kg of hashish from the car.",
          text="12 Kg", value=12, unit="kilogram", kind="weight", subject="hashish"),
    _case("caps-km", "The suspect fled 40 KM before he was stopped.",
          text="40 KM", value=40, unit="kilometre"),
]

COMPARED_COUNTS = [
    _case("fewer-noun-than", "Police recorded 300 fewer burglaries than in 2023.",
          text="300", value=300, subject="burglaries", change="decrease"),
    _case("more-noun-than", "The force hired 40 more officers than a year earlier.",
          text="40", value=40, subject="officers", change="increase"),
    _case("less-adjective-kept", "Courts heard 1,200 less serious offences last year.",
          text="1,200", value=1_200, subject="less serious offences", change=None),
    _case("raised-from-two-levels", "The reward was raised from $900,000 to 1.2 million.",
          text="$900,000", value=900_000, value_high=None, unit="USD"),
]

TWO_PART_TERMS = [
    _case("term-both-parts-in-prison",
          "The broker was sentenced to 18 years and eight months in prison.",
          text="18 years", value=18, unit="year", kind="duration", subject="prison"),
    _case("term-second-part-in-prison",
          "The broker was sentenced to 18 years and eight months in prison.",
          text="eight months", value=8, unit="month", kind="duration", subject="prison"),
    _case("cost-verb-subject", "Customer theft cost retailers £2.2 billion last year.",
          text="£2.2 billion", value=2.2e9, unit="GBP", subject="Customer theft"),
    _case("cost-noun-no-subject-from-it", "It cost the council $5 million.",
          text="$5 million", value=5e6, unit="USD", subject=None),
    _case("title-case-count", "Police Recover 212 Stolen Vehicles In Port Raid",
          text="212", value=212, kind="count", subject="Stolen Vehicles"),
    _case("title-case-people", "Customs Officers Arrest 14 Suspects At Border",
          text="14", value=14, kind="count", subject="Suspects"),
    _case("month-then-grouped-count", "In October 31,482 cases were logged.",
          text="31,482", value=31_482),
    _case("month-colon-grouped-count", "January to October: 31,482 cases.",
          text="31,482", value=31_482, subject="cases"),
    _case("wire-scale-tln", "Losses hit a record 1.2 tln won last year.",
          text="1.2 tln won", value=1.2e12, unit="KRW", kind="money"),
]

POSITIVE = (
    SCALE + CURRENCY + WORDS + HYPHENATED + FRACTIONS + PERCENT + RANGES + QUALIFIERS
    + NOT_NEGATIVE + REAL_NEGATIVE + SPACED + MEASURES + ORDINALS + CHANGE + SUBJECTS
    + SPELLED + COMPACT + LOCAL + SHARED_SCALE + TRAILING_SIGN + NEWS + ROWS_AND_BOUNDS
    + SPANS_AND_BOUNDS + AROUND_IDENTIFIERS + RATE_BASE_ALONE + SHARES_WITHOUT_OF + PLACE_CUES
    + UNIT_ABBREVIATIONS + COMPARED_COUNTS + TWO_PART_TERMS
)
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_claim_normalized(extractor, sentence: str, expected: dict[str, Any]) -> None:
    _check(extractor.extract(sentence), expected)


# --- non-claims --------------------------------------------------------------------------------


def _not(id_: str, sentence: str, span: str) -> Any:
    assert span in sentence, f"{id_}: {span!r} is not in the sentence"
    return pytest.param(sentence, span, id=id_)


# fmt: off
NON_CLAIMS = [
    # years and dates used as time references
    _not("year-in", "The law was passed in 2019.", "2019"),
    _not("year-since", "Violent crime has fallen since 2015.", "2015"),
    _not("year-in-name", "The 2020 election was marred by fraud claims.", "2020"),
    _not("year-beside-claim", "In 2018, police arrested 240 people.", "2018"),
    _not("date-iso", "The shooting happened on 2020-12-24 near the station.", "2020-12-24"),
    _not("date-month-day", "The robbery took place on June 5.", "June 5"),
    _not("date-day-month-year", "He was arrested on 5 June 2021 in Leeds.", "5 June 2021"),
    _not("date-slashes", "The warrant was issued on 12/24/2020.", "12/24/2020"),
    # times of day
    _not("time-24h", "The alarm was raised at 20:04.", "20:04"),
    _not("time-pm", "The protest began at 5 pm on Saturday.", "5 pm"),
    _not("time-am-dotted", "Shots were heard at 5:30 a.m. on Sunday, witnesses said.", "5:30 a.m."),
    # phone, case, registration and licence numbers
    _not("phone-us", "Anyone with information should call 555-123-4567.", "555-123-4567"),
    _not("phone-uk-intl", "Detectives can be reached on +44 20 7946 0958.", "+44 20 7946 0958"),
    _not("case-number", "Prosecutors filed case No. 2:20-cr-00123 in federal court.",
         "2:20-cr-00123"),
    _not("registration-number", "Registration Number: 204517", "204517"),
    _not("licence-number", "The firm's operating licence 0472915 was suspended.", "0472915"),
    # numbers inside names
    _not("name-article", "The men were charged under Article 5 of the security law.", "Article 5"),
    _not("name-group", "Prisoners from Group 2 were moved first.", "Group 2"),
    _not("name-covid-19", "Hospitals struggled with COVID-19 patients all winter.", "COVID-19"),
    _not("name-boeing-737", "The Boeing 737 made an emergency landing.", "737"),
    _not("name-g20", "Leaders met at the G20 summit to discuss money laundering.", "G20"),
    # page furniture
    _not("screen-resolution", "The kiosk is best viewed at 1280*1024 or higher.", "1280*1024"),
    _not("copyright-line-start", "Copyright 2005 - 2023. All rights reserved.", "2005"),
    _not("copyright-line-end", "Copyright 2005 - 2023. All rights reserved.", "2023"),
    # vague plurals and number-like words
    _not("vague-thousands-of-miles", "The scammers targeted victims thousands of miles away.",
         "thousands"),
    _not("vague-dozens", "Dozens of people gathered outside the court.", "Dozens"),
    _not("vague-hundreds", "Hundreds of flights were cancelled because of the strike.",
         "Hundreds"),
    _not("third-party", "The data was shared with third-party vendors.", "third-party"),
    # fractions that are not fractions
    _not("half-year-results", "Half-year profits at the bank rose sharply.", "Half-year"),
    _not("halves-of-a-match", "The two halves of the match were dull.", "halves"),
    # dates and idioms written with a slash
    _not("slash-date-9-11", "Security tightened after 9/11.", "9/11"),
    _not("slash-24-7", "The helpline is staffed 24/7 by volunteers.", "24/7"),
    # letters after a number that are not units
    _not("flat-number-not-celsius", "Detectives searched Flat 10C on Tuesday.", "10C"),
    _not("glued-c-without-weather", "The coach booked Room 5C for the meeting.", "5C"),
    _not("closing-quote-not-inch", 'Students call the course "Economics 101" here.', '101"'),
    _not("t-shirts-not-tonnes", "The stall sold 10 t-shirts before noon.", "t-shirts"),
    _not("rapper-not-cents", "The rapper 50 Cent played two shows.", "Cent"),
    _not("exponent-not-a-number", "Exposure reached 20 J/m^2 per year.", "2 per year"),
    _not("exponent-after-unit-symbol", "The run delivered 5 fb−1 of collision data.", "−1"),
    _not("hash-not-e-notation", "The file's checksum begins 3e5f21.", "3e5f21"),
    # letters that are local currencies only before an amount: roads, proteins, masks
    _not("road-r21", "Traffic backed up on the R21 near the airport.", "R21"),
    _not("road-n1", "The N1 highway was closed after the crash.", "N1"),
    _not("protein-p53", "Researchers studied the P53 protein.", "P53"),
    _not("mask-n95-after-money-verb", "Nurses paid for N95 masks with donations.", "N95"),
    _not("pay-grade-p3", "He is on pay grade P3 now.", "P3"),
    # ordinals that rank nothing
    _not("ordinal-first-possessive", "The company's first loss in a decade worried investors.",
         "first"),
    _not("ordinal-half-of-match", "The team's second half was poor.", "second"),
    _not("ordinal-round-of-talks", "He won the second round of talks.", "second"),
    # financial years, phone numbers in groups, emergency lines
    _not("fiscal-year-before-comma", "Figures for 2021-22, published today, show a rise.", "22"),
    _not("phone-leading-zero-groups", "Call the helpline on 0300 123 4567 for advice.",
         "0300 123 4567"),
    _not("phone-us-spaced", "Call 555 201 3344 with tips.", "555 201 3344"),
    _not("emergency-call", "The 999 call was played to the jury.", "999"),
    _not("emergency-operator", "A 112 operator took the report.", "112"),
    _not("emergency-dialled", "He dialled 911 from a payphone.", "911"),
    # news: numbers in product names and formats; counts within a span are not ratios
    _not("gpu-model-acronym", "The RTX 4090 sold out in hours.", "4090"),
    _not("os-version-sentence-start", "Windows 11 runs on older laptops too.", "11"),
    _not("aircraft-after-count", "Boeing delivered 35 737 MAX jets in March.", "737"),
    _not("resolution-4k", "The set streams 4K video from the web.", "4K"),
    _not("resolution-1080p", "Games run at 1080p resolution.", "1080p"),
    _not("decade-not-age", "Sales peaked in the 1990s.", "1990s"),
    _not("model-number-sentence-start", "Bahco 9031 Ergo wrenches are sold here.", "9031"),
    # references, citations, page furniture, bracketed area codes, period names
    _not("page-of-total", "See page 4 of 12 for the table.", "12"),
    _not("quoting-log", "Call police quoting log 305 of 2 May.", "305"),
    _not("statute-title", "He was charged under 18 U.S.C. § 1343 on Monday.", "18"),
    _not("statute-section-sign", "He was charged under 18 U.S.C. § 1343 on Monday.", "1343"),
    _not("statute-section-bare", "The count falls under 18 U.S.C. 924(c) as well.", "924"),
    _not("cfr-title", "The rule is at 40 CFR 60 in full.", "40"),
    _not("phone-bracketed-area", "Call (03) 9123 4567 for details.", "9123"),
    _not("articles-list-second", "Articles 7 and 9 of the convention apply.", "9"),
    _not("sections-list-third", "They face Sections 302, 307 and 120B charges.", "307"),
    _not("hash-reference", "File #88231 was closed last week.", "88231"),
    _not("period-name-quarter", "Quarter Four figures are due soon.", "Four"),
    _not("period-name-phase", "The plan enters Phase Two next year.", "Two"),
    _not("period-name-season", "Season 4 of the show airs soon.", "4"),
    _not("next-century-year-by", "Seas could rise a metre by 2120, experts say.", "2120"),
    _not("next-century-year-until", "The lease runs until 2150 under the deal.", "2150"),
    _not("camel-case-product", "Reviewers liked this iPhone 15 Mini deal a lot.", "15"),
    # hyphenated and spaced phone numbers: never ranges or counts
    _not("phone-1800-hyphens", "Witnesses can call 1800-333-4321 in confidence.", "1800-333-4321"),
    _not("phone-1-800", "The fraud line, 1-800-462-7788, is free.", "1-800-462-7788"),
    _not("phone-0800-hyphens", "Call 0800-555-111 to report a scam.", "0800-555-111"),
    _not("phone-1300-spaced", "Ring 1300 765 432 with any tip-offs.", "1300 765 432"),
    # halves and quarters that name a period
    _not("period-first-half-year", "Car thefts fell in the first half of 2024.", "half"),
    _not("period-second-half-of-year", "Arrests rose 6% in the second half of the year.", "half"),
    _not("period-half-of-season", "Violence flared during half of the season.", "half"),
    _not("period-hyphen-half", "Second-half figures showed fewer stabbings.", "half"),
    _not("period-h1", "Reported frauds in H1 2024 topped the list.", "1"),
    _not("fold-in-word", "Thieves took the scaffold poles and a manifold.", "scaffold"),
    # ordinals that name a stage, not a recurrence
    _not("ordinal-first-edition", "The first edition of the report was thin.", "first"),
    # reference and case codes: letters or numbers joined by slashes and hyphens
    _not("code-slashes-letters", "Notice PR/145/2023 covered the raids.", "145"),
    _not("code-slashes-year", "Ref: CR/2023/0877 was closed.", "0877"),
    _not("code-hyphens", "Detectives reopened case KX-2023-5512.", "5512"),
    _not("code-number-year", "FIR No. 218/2023 was filed at the station.", "218/2023"),
    _not("code-three-parts", "Complaint 44/2023/7 was dismissed.", "44/2023/7"),
    # two or more dots: an indicator, section or version number
    _not("dotted-indicator", "The SDG indicator 16.1.3 tracks violence.", "16.1.3"),
    _not("dotted-section", "See section 5.2.1 for the method.", "5.2.1"),
    _not("dotted-version", "The app, version 3.0.12, logs reports.", "3.0.12"),
    _not("dotted-short", "Paragraph 1.2.3 sets the rules.", "1.2.3"),
    # phone numbers after a calling word, or after 'on'/'at' in a helpline sentence
    _not("phone-call-groups", "Victims can call 116 123 at any time.", "116 123"),
    _not("phone-on-hotline", "Tips go to the hotline on 13 11 14.", "13 11 14"),
    _not("phone-at-helpline", "The helpline is open 24 hours a day at 116 006.", "116 006"),
    # halves and quarters that are no share
    _not("half-time", "The half-time whistle went before the fight.", "half"),
    _not("quarter-past", "Police arrived at a quarter past nine.", "quarter"),
    _not("quarter-past-hour", "Police arrived at a quarter past nine.", "nine"),
    _not("third-quarter", "Burglaries rose in the third quarter.", "quarter"),
    _not("second-half-match", "Fans fought during the second half.", "half"),
    _not("a-third-person", "Two men were held and a third was released.", "third"),
    # letters and short words that look like unit abbreviations
    _not("gm-company", "Police raided 4 GM dealerships.", "GM"),
    _not("oz-name", "The 2 Oz productions were cancelled.", "Oz"),
    _not("one-time", "The gang ran a one-time scam worth $40,000.", "one"),
    _not("day-after-month-kept", "The raid took place on October 31, 2024.", "31"),
    _not("name-in-sentence-case", "Microsoft released Windows 11 last year.", "11"),
    _not("one-off", "It was a one-off payment of $500.", "one-off"),
    _not("hr-department", "The firm hired 5 HR staff after the fraud.", "HR"),
    _not("l-shaped", "He bought 2 L-shaped sofas with stolen cards.", "L"),
    _not("section-l", "Inmates in Section L were moved to Block 4.", "L"),
    _not("grand-jury", "Three grand juries heard evidence in the case.", "grand"),
    _not("grand-slams", "The coach of a player with 20 grand slams was robbed.", "grand"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span"), NON_CLAIMS)
def test_not_a_claim(extractor, sentence: str, span: str) -> None:
    claims = extractor.extract(sentence)
    at = sentence.index(span)
    bad = [c for c in claims if span in c.text or (c.start < at + len(span) and at < c.end)]
    assert not bad, f"{span!r} must not be reported:\n{_describe(bad)}"


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("The world No. 1 lost in the final.", "1", "ordinal"),
        ("She is ranked No. 3 in doubles.", "3", "ordinal"),
        ("He lives at No. 10 Downing Street.", "10", None),
        ("The judge heard case No. 1234 today.", "1234", None),
    ],
)
def test_rank_after_number_sign(text: str, number: str, kind: str | None) -> None:
    """'world No. 1' is a rank; 'No. 10 Downing Street' and 'case No. 1234' are identifiers.
    Checked on the scan: the sentencizer may split a document after 'No.'."""
    found = [c for c in scan(text) if text[c.start : c.end] == number]
    assert [c.kind for c in found] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Losses ranged from $200 to $4 million.", 200_000_000),
        ("Repairs will cost between $500 and $3 billion.", 500_000_000_000),
        ("Fines ranged from €300 to €2 million.", 300_000_000),
    ],
)
def test_shared_scale_not_carried_above_high(extractor, sentence: str, wrong: float) -> None:
    """A scale word written at the second end only is not carried back to the first when
    that would make the first end larger than the second."""
    claims = extractor.extract(sentence)
    assert all(c.value != pytest.approx(wrong) for c in claims), _describe(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rate was 5.1 per 100,000.",
        "Assaults hit 12 per 100,000; thefts fell.",
        "A rate of 15 per 100,000 was recorded.",
    ],
)
def test_rate_base_is_no_count(extractor, sentence: str) -> None:
    """The base of 'per 100,000' belongs to the rate's unit and is never a claim of its own."""
    claims = extractor.extract(sentence)
    assert [c.unit for c in claims] == ["per 100,000"], _describe(claims)
    assert all(c.value != 100_000 for c in claims), _describe(claims)
