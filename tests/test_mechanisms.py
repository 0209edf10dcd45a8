"""One sentence per general mechanism added while reading benchmark errors (all sentences are
written here; none is taken from a benchmark). Each names the mention and the fields that matter.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Claim, Extractor

pytestmark = pytest.mark.slow

# A statistics page and a Markdown table, written for these tests.
STAT = (
    "Offences recorded: 48,210\n"
    "Clearance rate, violent offences: 61.3%\n"
    "Average response time (Priority 1): 7.8 minutes\n"
    "Homicide rate: 4.2 (2022: 3.9)\n"
    "Cash seized: USD 2 million\n"
    "Incarceration rate: 287 per 100,000 residents"
)
PIPE = (
    "| Offence | 2022 | 2023 | Change |\n"
    "| Burglaries | 12,409 | 11,880 | -4.3% |\n"
    "| Robberies | 3,200 | 3,350 | +4.7% |"
)

CASES = [
    # scientific notation and slash fractions
    (
        "sci",
        "The sample weighed 3.2×10−5 kilograms.",
        "3.2×10−5 kilograms",
        dict(value=3.2e-5, unit="kilogram", kind="weight"),
    ),
    ("sci-caret", "Each cell holds 6 x 10^3 molecules.", "6 x 10^3", dict(value=6000)),
    (
        "slash-fraction",
        "Dealers cut each dose with 1/4 gram of caffeine.",
        "1/4 gram",
        dict(value=0.25, unit="gram", kind="weight"),
    ),
    (
        "slash-fraction-of",
        "Only 1/3 of the stolen cars were recovered.",
        "1/3",
        dict(value=1 / 3, unit="fraction", kind="other"),
    ),
    # signs
    (
        "signed-down",
        "Burglary -4.2%, robbery +1.5% on the year.",
        "-4.2%",
        dict(value=4.2, change="decrease"),  # the size; the sign is the direction
    ),
    (
        "signed-up",
        "Burglary -4.2%, robbery +1.5% on the year.",
        "+1.5%",
        dict(value=1.5, change="increase"),
    ),
    (
        "minus-word",
        "The team finished with minus-7 yards of offense.",
        "minus-7 yards",
        dict(value=-7, unit="yard"),
    ),
    # currency prefixes: spaced, reversed, ASCII-folded
    (
        "hk-spaced",
        "Customs seized goods worth HK $2.1 million.",
        "HK $2.1 million",
        dict(value=2_100_000, unit="HKD"),
    ),
    (
        "us-reversed",
        "The fraud cost investors $US48 million.",
        "$US48 million",
        dict(value=48_000_000, unit="USD"),
    ),
    (
        "folded-pound",
        "He was fined PS12,500 by the court.",
        "PS12,500",
        dict(value=12_500, unit="GBP", kind="money"),
    ),
    (
        "folded-yen",
        "Losses reached Y=3.4 billion in Osaka.",
        "Y=3.4 billion",
        dict(value=3_400_000_000, unit="JPY"),
    ),
    # scale words
    ("digits-hundred", "About 6 hundred officers took part.", "6 hundred", dict(value=600)),
    ("leading-point", "The club ended the season with a .450 record.", ".450", dict(value=0.45)),
    # ranges
    (
        "range-money-scales",
        "Fines range from $50,000 to $2 million.",
        "$50,000 to $2 million",
        dict(value=50_000, value_high=2_000_000, unit="USD"),
    ),
    (
        "range-shared-word-scale",
        "Between four and six thousand people marched.",
        "four and six thousand",
        dict(value=4000, value_high=6000),
    ),
    (
        "range-en-dash-spaced",
        "Sentences of 10 – 15 years are typical.",
        "10 – 15 years",
        dict(value=10, value_high=15, unit="year"),
    ),
    (
        "range-or",
        "It took two or three weeks to trace the money.",
        "two or three weeks",
        dict(value=2, value_high=3, unit="week"),
    ),
    (
        "not-range-change-then-level",
        "Thefts fell 8% to 12,400 last year.",
        "8%",
        dict(value=8, change="decrease"),
    ),
    (
        "not-range-units-differ",
        "Seizures rose 30% to $9.1 million.",
        "$9.1 million",
        dict(value=9_100_000, unit="USD"),
    ),
    # units
    ("unit-hp", "The stolen car has a 300-hp engine.", "300-hp", dict(unit="horsepower")),
    ("unit-mpg", "The van managed 22 mpg on the motorway.", "22 mpg", dict(unit="mile per gallon")),
    ("unit-gb", "Investigators copied 64GB of data.", "64GB", dict(unit="gigabyte")),
    (
        "unit-per-area",
        "Rents rose to $45 per sq m downtown.",
        "$45 per sq m",
        dict(unit="USD per square metre", kind="rate"),
    ),
    ("unit-min", "Response times fell to 7min in the city.", "7min", dict(unit="minute")),
    (
        "unit-folded-degrees",
        "It was 41degF at the scene.",
        "41degF",
        dict(unit="degree fahrenheit"),
    ),
    # durations as claims, a compound duration as one claim per number
    (
        "reference-duration",
        "Thefts rose in the past three years.",
        "three years",
        dict(value=3, unit="year", kind="duration"),
    ),
    (
        "compound-duration",
        "He got 4 years and 6 months.",
        "6 months",
        dict(value=6, unit="month", kind="duration"),
    ),
    ("qualifier-tilde", "The gang laundered ~$3 million.", "$3 million", dict(qualifier="about")),
    # subjects, agents and changes from the parse
    (
        "relative-pronoun-agent",
        "Europol, which has 1,400 staff, led the raids.",
        "1,400",
        dict(subject="staff", agent="Europol"),
    ),
    (
        "copula-money",
        "The street value of the haul was $4.2 million.",
        "$4.2 million",
        dict(subject="haul"),
    ),
    ("money-in", "Officers seized $1.2 million in cash.", "$1.2 million", dict(subject="cash")),
    ("price-for", "He sold the stolen truck for $18,000.", "$18,000", dict(subject="stolen truck")),
    (
        "price-a-unit",
        "Cocaine sold for $95 a gram on the street.",
        "$95 a gram",
        dict(unit="USD per gram", kind="rate"),
    ),
    (
        "restated-change",
        "Arrests fell by 240, or 3.1%, last year.",
        "3.1%",
        dict(change="decrease"),
    ),
    (
        "rally",
        "Seizures rallied 14% after the new scanners arrived.",
        "14%",
        dict(change="increase"),
    ),
    ("one-cue-keeps-usd", "A Canadian man paid $900 for the fake pills.", "$900", dict(unit="USD")),
    (
        "two-cues-pick-cad",
        "Toronto police said the Canadian gang took $2 million.",
        "$2 million",
        dict(unit="CAD"),
    ),
    # ages, bounds, fractions
    (
        "age-weeks",
        "The puppy, nine weeks old, was found in the van.",
        "nine weeks old",
        dict(value=9, unit="week", kind="age"),
    ),
    (
        "age-days-hyphen",
        "A 40-day-old lamb was stolen.",
        "40-day-old",
        dict(value=40, unit="day", kind="age"),
    ),
    (
        "up-to-after-motion",
        "The rate crept back up to 6.1 percent.",
        "6.1 percent",
        dict(qualifier=None),
    ),
    (
        "range-after-noun-growth",
        "The growth forecast from 2 to 4 per cent was kept.",
        "2 to 4 per cent",
        dict(value=2, value_high=4),
    ),
    (
        "durations-listed-not-summed",
        "He served 3 years, 2 months, and 5 days.",
        "5 days",
        dict(value=5, unit="day"),
    ),
    (
        "and-a-half",
        "The trial lasted two and a half years.",
        "two and a half years",
        dict(value=2.5, unit="year"),
    ),
    (
        "mixed-fraction",
        "The pipe was 3 1/2 inches wide.",
        "3 1/2 inches",
        dict(value=3.5, unit="inch"),
    ),
    (
        "vulgar-fraction",
        "Police found 4½ kilograms of cannabis.",
        "4½ kilograms",
        dict(value=4.5, unit="kilogram"),
    ),
    (
        "money-pounds",
        "Profit rose to 361 million pounds last year.",
        "361 million pounds",
        dict(unit="GBP", kind="money"),
    ),
    (
        "weight-pounds",
        "Agents found 2 million pounds of marijuana.",
        "2 million pounds",
        dict(unit="pound", kind="weight"),
    ),
    (
        "lowercase-dollar-prefix",
        "exports rose to hk $ 10.05 billion .",
        "hk $ 10.05 billion",
        dict(unit="HKD"),
    ),
    (
        "article-before-dollar",
        "The company paid a $7.5 million fine.",
        "$7.5 million",
        dict(unit="USD", subject="fine"),
    ),
    (
        "a-year-earlier-is-no-rate",
        "Sales were $5 billion a year earlier.",
        "$5 billion",
        dict(unit="USD", kind="money"),
    ),
    (
        "attribution-publisher",
        "Figures from the Home Office show 6,500 knife offences.",
        "6,500",
        dict(attribution="the Home Office"),
    ),
    (
        "attribution-according-to",
        "According to Europol, 1,200 suspects were held.",
        "1,200",
        dict(attribution="Europol"),
    ),
    (
        "legal-counts",
        "He admitted two counts of money laundering.",
        "two",
        dict(subject="counts of money laundering"),
    ),
    (
        "change-noun-in",
        "Police reported a 12% increase in burglaries.",
        "12%",
        dict(subject="burglaries", change="increase"),
    ),
    (
        "change-noun-clause",
        "The index rose 2% in 2022, following a 5% increase in 2021.",
        "5%",
        dict(subject="index", change="increase"),
    ),
    (
        "value-with",
        "Agents seized 900 pounds of cannabis with a street value of $2 million.",
        "$2 million",
        dict(subject="street value"),
    ),
    (
        "value-had-estimated",
        "The drugs had an estimated street value of €3.2m, the court heard.",
        "€3.2m",
        dict(subject="street value", qualifier="about"),
    ),
    (
        "value-wholesale",
        "The cocaine had an estimated wholesale value of £64 million.",
        "£64 million",
        dict(subject="wholesale value"),
    ),
    (
        "cost-of",
        "Cameras will go up at 12 sites at a cost of $14 million.",
        "$14 million",
        dict(subject="cost"),
    ),
    ("price-of", "The flat was sold for a price of £1.5m in cash.", "£1.5m", dict(subject="price")),
    (
        "valued-at-kept",
        "Officers seized cannabis valued at £20,000.",
        "£20,000",
        dict(subject="cannabis"),
    ),
    (
        "worth",
        "Officers recovered 12kg of heroin worth more than £1.2 million.",
        "£1.2 million",
        dict(subject="heroin", qualifier="more than"),
    ),
    (
        "worth-after-copula",
        "The cannabis plants found at the farm were worth $12 million.",
        "$12 million",
        dict(subject="cannabis plants"),
    ),
    (
        "worth-after-copula-pronoun",
        "They were worth $5 million.",
        "$5 million",
        dict(subject=None),
    ),
    (
        "listed-subjects",
        "Police seized cash, liquor and drugs worth Rs 4 crore.",
        "Rs 4 crore",
        dict(subject="cash, liquor and drugs"),
    ),
    ("listed-counts-stay-apart", "Officers arrested 5 men and 3 women.", "5", dict(subject="men")),
    ("loss-is-no-change", "The firm posted a loss of $3 million.", "$3 million", dict(change=None)),
    # subjects: possessives, pronouns and amounts with no noun of their own
    (
        "possessive-is-no-subject",
        "The cartel lost more than 60% of its revenue, or more than $30 million.",
        "60%",
        dict(subject="revenue", agent="cartel"),
    ),
    (
        "restatement-shares-subject",
        "The cartel lost more than 60% of its revenue, or more than $30 million.",
        "$30 million",
        dict(subject="revenue", equivalent_of=None),
    ),
    (
        "possessor-in-of",
        "Two of the gang's leaders were jailed.",
        "Two",
        dict(subject="gang's leaders"),
    ),
    (
        "pronoun-subject-gives-way-to-object",
        "It will extend the curfew by three hours.",
        "three hours",
        dict(subject="curfew"),
    ),
    (
        "pronoun-subject-object-for",
        "We questioned each suspect for 6 hours.",
        "6 hours",
        dict(subject="suspect", agent="We"),
    ),
    (
        "time-adverbial-no-object",  # the duration is not about what 'we' saw, nor 'we'
        "Over the past three years, we have seen more robberies.",
        "three years",
        dict(subject=None),
    ),
    (
        "duration-time-reference",
        "Two days later, police arrested 5 men.",
        "Two days",
        dict(subject=None),
    ),
    (
        "change-noun-object-is-no-subject",
        "Burglaries saw a sharp 3 percent drop last year.",
        "3 percent",
        dict(subject="Burglaries", change="decrease"),
    ),
    (
        "change-noun-of",
        "Thefts showed a drop of 5%.",
        "5%",
        dict(subject="Thefts", change="decrease"),
    ),
    (
        "reported-pronoun-is-speaker",
        "Police said they arrested 17 suspects.",
        "17",
        dict(subject="suspects", agent="Police"),
    ),
    ("reported-it-not-a-person", "Smith said it cost $5,000.", "$5,000", dict(agent="it")),
    (
        "reported-pronoun-number-disagrees",
        "The minister said they had hired 500 officers.",
        "500",
        dict(agent="they"),
    ),
    ("label-colon", "Total arrests: 1,200", "1,200", dict(subject="Total arrests")),
    (
        "label-colon-bracketed",
        "He was released on bail (bail amount: $50,000).",
        "$50,000",
        dict(subject="bail amount"),
    ),
    ("of-holder", "He was ordered to pay a fine of $5,000.", "$5,000", dict(subject="fine")),
    ("of-holder-container", "Police recovered a total of $5m.", "$5m", dict(subject=None)),
    (
        "of-holder-other-figure-dropped",
        "Regulators imposed a 5 per cent penalty of $52,000 on the bank.",
        "$52,000",
        dict(subject="penalty", agent="Regulators"),
    ),
    ("price-passive", "The drugs were sold for $50,000.", "$50,000", dict(subject="drugs")),
    (
        "price-unit-object",
        "The gang sold 5 kg of heroin for $50,000.",
        "$50,000",
        dict(subject="heroin"),
    ),
    (
        "raised-to",
        "The mayor raised the reward to $50,000.",
        "$50,000",
        dict(subject="reward", agent="mayor"),
    ),
    ("level-at", "Bail was set at $1 million.", "$1 million", dict(subject="Bail")),
    ("level-closed-at", "Shares in the firm closed at $3.23.", "$3.23", dict(subject="Shares")),
    (
        "seized-amount-has-no-subject",
        "Police seized $5m at the border.",
        "$5m",
        dict(subject=None, agent="Police"),
    ),
    ("paid-for", "He paid $35,000 for a stolen car.", "$35,000", dict(subject="stolen car")),
    (
        "signed-label-down",
        "Burglary -4.2%, robbery +1.5% on the year.",
        "-4.2%",
        dict(subject="Burglary"),
    ),
    (
        "signed-label-up",
        "Burglary -4.2%, robbery +1.5% on the year.",
        "+1.5%",
        dict(subject="robbery"),
    ),
    (
        "elided-counted-noun",
        "Police arrested 435 suspects in May and 187 in June.",
        "187",
        dict(subject="suspects", agent="Police"),
    ),
    (
        "passive-participle-agent",
        "Police found 17 bodies dumped by the cartel.",
        "17",
        dict(subject="bodies", agent="cartel", predicate="dumped"),
    ),
    (
        "xcomp-object-figure-is-no-agent",
        "Burglaries rose 4% to reach 12,000 cases.",
        "12,000",
        dict(subject="cases", agent="Burglaries"),
    ),
    (
        "pronoun-resolved-to-previous-subject",
        "Police raided a warehouse in Sydney. They arrested 12 men.",
        "12",
        dict(agent="Police"),
    ),
    (
        "first-person-not-resolved",
        "Police raided a warehouse in Sydney. We counted 12 guns.",
        "12",
        dict(agent="We"),
    ),
    (
        "property-after-measure",
        "Officers found a pipe (5cm internal diameter) in the van.",
        "5cm",
        dict(subject="internal diameter"),
    ),
    # attribution: the owner of 'data'/'figures', the named speaker after a title
    (
        "attribution-data-owner",
        "Burglaries fell 6% last year, according to Europol data.",
        "6%",
        dict(attribution="Europol"),
    ),
    (
        "attribution-possessive-figures",
        "Car thefts rose 9% in 2022, the Home Office's figures show.",
        "9%",
        dict(attribution="the Home Office"),
    ),
    (
        "attribution-common-owner-kept",
        "Car thefts rose 9% in 2022, crime figures show.",
        "9%",
        dict(attribution="crime figures"),
    ),
    (
        "attribution-named-appositive",
        "Officers seized 300 kg of cannabis, its spokeswoman Amina Yusuf said.",
        "300 kg",
        dict(attribution="Amina Yusuf"),
    ),
    (
        "attribution-bare-title-kept",
        "Officers seized 300 kg of cannabis, a spokeswoman said.",
        "300 kg",
        dict(attribution="a spokeswoman"),
    ),
    # restrictive post-modifiers stay; place, time and determined phrases do not
    (
        "postmodifier-of-bare-noun",
        "Police logged 2,340 reports of cyber fraud in the quarter.",
        "2,340",
        dict(subject="reports of cyber fraud"),
    ),
    (
        "postmodifier-for",
        "The detection rate for robbery rose 3 percentage points.",
        "3 percentage points",
        dict(subject="detection rate for robbery"),
    ),
    (
        "postmodifier-place-adjunct-dropped",
        "The arrest rate in Lagos rose 3% in 2023.",
        "3%",
        dict(subject="arrest rate"),
    ),
    (
        "postmodifier-determined-dropped",
        "Police questioned 30 residents of the estate.",
        "30",
        dict(subject="residents"),
    ),
    (
        "postmodifier-category-against",
        "Courts heard 1,200 cases of violence against children.",
        "1,200",
        dict(subject="cases of violence against children"),
    ),
    (
        "postmodifier-against-target-dropped",
        "The council funded a two-year campaign against knife crime.",
        "two-year",
        dict(subject="campaign"),
    ),
    (
        "change-shares-counted-subject",
        "Officers recorded 5,400 victims of domestic abuse, an increase of 8%.",
        "8%",
        dict(subject="victims of domestic abuse", change="increase"),
    ),
    # a level the clause's subject reaches
    (
        "level-hit",
        "Cybercrime losses hit $3.1 billion in 2023.",
        "$3.1 billion",
        dict(subject="Cybercrime losses", agent=None),
    ),
    (
        "level-totalled-weight",
        "Heroin seizures totalled 4.2 tonnes last year.",
        "4.2 tonnes",
        dict(subject="Heroin seizures"),
    ),
    (
        "level-not-for-other-verbs",
        "Thieves took $5,000 from the till.",
        "$5,000",
        dict(subject=None, agent="Thieves"),
    ),
    (
        "change-after-level",
        "Opium output reached 6,400 tonnes, up 30 percent.",
        "30 percent",
        dict(subject="Opium output", change="increase"),
    ),
    # neighbouring figures and their qualifiers
    (
        "participle-weighing",
        "Heroin weighing 12 kg worth $600,000 was found in a van.",
        "12 kg",
        dict(subject="Heroin"),
    ),
    (
        "worth-after-weighed-amount",
        "Heroin weighing 12 kg worth $600,000 was found in a van.",
        "$600,000",
        dict(subject="Heroin"),
    ),
    (
        "qualifier-of-other-figure-dropped",
        "An estimated 3,000 prisoners were released early, up 12% on last year.",
        "12%",
        dict(subject="prisoners"),
    ),
    # quantifiers and fractions look through 'of'
    (
        "quantifier-most-of",
        "Most of the suspects were aged 17 to 19.",
        "17 to 19",
        dict(subject="suspects", kind="age"),
    ),
    (
        "fraction-of-participle-noun",
        "Three-quarters of the stolen phones were never recovered.",
        "Three-quarters",
        dict(subject="stolen phones"),
    ),
    # singles
    (
        "worth-of",
        "Detectives seized £800,000 worth of counterfeit watches.",
        "£800,000",
        dict(subject="counterfeit watches"),
    ),
    (
        "possessive-duration",
        "He was given 28 days' notice to leave.",
        "28 days",
        dict(subject="notice", unit="day"),
    ),
    (
        "qualifier-phrase-between-noun-and-amount",
        "The pair laundered cash in excess of $4m through casinos.",
        "$4m",
        dict(subject="cash", qualifier="more than"),
    ),
    (
        "perfect-participle-is-no-modifier",
        "The crew had stolen jewellery in excess of $3m from the store.",
        "$3m",
        dict(subject="jewellery"),
    ),
    (
        "headline-misread-compound",
        "Gun crime down 11% in capital",
        "11%",
        dict(subject="Gun crime", change="decrease"),
    ),
    (
        "headline-plural-noun",
        "Arrests up 11% in capital",
        "11%",
        dict(subject="Arrests", change="increase"),
    ),
    (
        "bullet-bracketed-change",
        "Robbery: 2,115 (down 3.2%)",
        "3.2%",
        dict(subject="Robbery", change="decrease"),
    ),
    # pronouns resolve only to an antecedent of the same number
    (
        "pronoun-singular-skips-plural-subject",
        "Detectives searched a lorry. It carried 40 migrants.",
        "40",
        dict(agent="lorry"),
    ),
    (
        "pronoun-plural-takes-plural-subject",
        "Detectives searched a lorry. They found 40 migrants.",
        "40",
        dict(agent="Detectives"),
    ),
    (
        "pronoun-no-agreeing-antecedent",
        "The council opened a depot. They employ 40 staff.",
        "40",
        dict(agent="They"),
    ),
    # document structure: bullet and table-row labels, attribution carried between sentences
    (
        "bullet-label",
        "Key figures:\n- Vehicle crime: 2,410 (down 3%)\n- Arson: 98",
        "2,410",
        dict(subject="Vehicle crime", change=None),
    ),
    (
        "bullet-label-change",
        "Key figures:\n- Vehicle crime: 2,410 (down 3%)\n- Arson: 98",
        "3%",
        dict(subject="Vehicle crime", change="decrease"),
    ),
    (
        "bullet-label-bare",
        "Key figures:\n- Vehicle crime: 2,410 (down 3%)\n- Arson: 98",
        "98",
        dict(subject="Arson"),
    ),
    ("label-prose", "Arrests: officers detained 12 men in the raid.", "12", dict(subject="men")),
    (
        "table-row",
        "Offence      2023     2024\nRobbery      310      284",
        "284",
        dict(subject="Robbery"),
    ),
    ("table-row-prose", "Robbery fell to 284 cases.", "284", dict(subject="cases")),
    (
        "carried-they",
        "Police said they arrested 23 people on Monday. They also seized 4 kg of heroin.",
        "4 kg",
        dict(attribution="Police"),
    ),
    (
        "not-carried-paragraph",
        "Police said they arrested 23 people on Monday.\n\nThey also seized 4 kg of heroin.",
        "4 kg",
        dict(attribution=None),
    ),
    (
        "not-carried-new-subject",
        "Police said they arrested 23 people on Monday. Officers seized 4 kg of heroin.",
        "4 kg",
        dict(attribution=None),
    ),
    (
        "pronoun-speaker",
        "The agency said it arrested 30 suspects. It added that 7 were women.",
        "7",
        dict(attribution="The agency"),
    ),
    (
        "quote-carried",
        'Inspector Jane Roe said: "This was a complex case. More than 40 officers took part."',
        "40",
        dict(attribution="Inspector Jane Roe"),
    ),
    (
        "quote-closed",
        'Inspector Jane Roe said: "This was a complex case." More than 40 officers took part.',
        "40",
        dict(attribution=None),
    ),
    (
        "dateline-speaker",
        "LONDON – Commissioner Mark Rowley said 1,200 officers were deployed.",
        "1,200",
        dict(attribution="Commissioner Mark Rowley"),
    ),
    (
        "conj-said",
        "Chairman of the commission, Ola Olukoyede, praised staff and said 3,100 convictions"
        " were secured.",
        "3,100",
        dict(attribution="Ola Olukoyede"),
    ),
    (
        "participle-saying",
        "Analysts disputed the figures, saying 5,000 people were missing.",
        "5,000",
        dict(attribution="Analysts"),
    ),
    # period phrases after a change: when it changed, not what changed
    (
        "year-to-date",
        "Robberies were down 4.1% year to date, the chief said.",
        "4.1%",
        dict(subject="Robberies", change="decrease"),
    ),
    (
        "year-on-year",
        "Burglaries rose 4% year on year.",
        "4%",
        dict(subject="Burglaries", change="increase"),
    ),
    # 'including N for ...': a part of the counted noun before it
    (
        "including-bare",
        "Troopers made 60 arrests on Friday, including 9 for drunk driving.",
        "9",
        dict(subject="arrests"),
    ),
    (
        "including-own-noun",
        "Police detained 40 people, including 12 women.",
        "12",
        dict(subject="women"),
    ),
    # an of-object tagged ADJ still names what is weighed
    (
        "of-adjective-tagged",
        "Detectives found 2 kilograms of fentanyl, 5 pistols and $3,000 in cash.",
        "2 kilograms",
        dict(subject="fentanyl"),
    ),
    (
        "of-adjective-listed",
        "Detectives found 2 kilograms of fentanyl, 5 pistols and $3,000 in cash.",
        "5",
        dict(subject="pistols"),
    ),
    # a listed noun with its own figure is not counted with the head
    (
        "listed-own-amount",
        "They seized 6 phones, 4 laptops and cash of $9,000.",
        "4",
        dict(subject="laptops"),
    ),
    (
        "listed-shared-amount",
        "Police seized cash, liquor and drugs worth $5,000.",
        "$5,000",
        dict(subject="cash, liquor and drugs"),
    ),
    # an age alone in apposition describes the phrase before it
    (
        "age-appositive-misread",
        "The main accused, a 33-year-old from Pune, was arrested on Monday.",
        "33-year-old",
        dict(kind="age", subject="main accused"),
    ),
    (
        "age-appositive-noun",
        "The driver, a 45-year-old from Leeds, was arrested.",
        "45-year-old",
        dict(subject="driver"),
    ),
    # an owned title with the name straight after it: the person speaks
    (
        "owned-title-name",
        "Frontex's Deputy Director Catherine De Bolle said: \"Gangs like this one earn billions"
        ' from the trade. This gang alone moved about a third of the heroin."',
        "a third",
        dict(attribution="Catherine De Bolle"),
    ),
    # an ordinal ranks a change; it is not one
    (
        "ordinal-before-change",
        "It was the third consecutive annual increase in burglaries.",
        "third",
        dict(kind="ordinal", change=None),
    ),
    (
        "change-noun-still-change",
        "Police recorded a 5% increase in burglaries.",
        "5%",
        dict(change="increase"),
    ),
    # a range connector hung on the verb does not make the level a change
    (
        "range-level-after-to",
        "The bank raised rates by 50 basis points to a range of 4.25% to 4.5%.",
        "4.25% to 4.5%",
        dict(change=None),
    ),
    (
        "range-level-raise",
        "The bank raised rates by 50 basis points to a range of 4.25% to 4.5%.",
        "50 basis points",
        dict(change="increase"),
    ),
    # a bare measure noun holding the amount is what is measured
    (
        "bare-measure-of",
        "Economists expect growth of 2-3% this year.",
        "2-3%",
        dict(subject="growth"),
    ),
    (
        "event-noun-of",
        "Burglaries showed a drop of 5% last year.",
        "5%",
        dict(subject="Burglaries", change="decrease"),
    ),
    # a rate keeps 'rate of X against Y'; a count still looks through 'the number of'
    (
        "rate-of-kept",
        "The rate of violence against children stood at 12.5 per lakh population.",
        "12.5 per lakh population",
        dict(subject="rate of violence against children"),
    ),
    (
        "number-of-looked-through",
        "The number of burglaries was 500.",
        "500",
        dict(subject="burglaries"),
    ),
    # a plural noun tagged a verb still owns its participle
    (
        "participle-owner-misread",
        "The finance ministry froze accounts holding EUR 3 million tied to the gang.",
        "EUR 3 million",
        dict(subject="accounts"),
    ),
    # an acronym before a headline's colon publishes the figures
    (
        "headline-source",
        "FBI: 12 agents hurt in raid",
        "12",
        dict(attribution="FBI", subject="agents"),
    ),
    ("headline-label", "Arrests: 1,200", "1,200", dict(subject="Arrests", attribution=None)),
    (
        "sentence-not-headline",
        "NYPD: 1,200 officers deployed.",
        "1,200",
        dict(attribution=None),
    ),
    # parse fallbacks: number agreement and a plural word taken as an auxiliary
    (
        "plural-count-on-compound",
        "Police carried out 12 house searches.",
        "12",
        dict(subject="house searches"),
    ),
    ("singular-compound-kept", "They rented a 2 bedroom apartment.", "2", dict(subject="bedroom")),
    (
        "headline-plural-as-aux",
        "Chicago shootings fall 12% in first quarter",
        "12%",
        dict(subject="Chicago shootings", change="decrease"),
    ),
    (
        "real-auxiliary",
        "Burglaries will fall 5% next year.",
        "5%",
        dict(subject="Burglaries", change="decrease"),
    ),
    # an opening 'Before the war' fused with the subject by the parser
    (
        "fused-opening-subject",
        "Before the war global trade, excluding services, was about $20 trillion.",
        "$20 trillion",
        dict(subject="global trade"),
    ),
    (
        "plain-copula-subject",
        "Global trade was about $20 trillion.",
        "$20 trillion",
        dict(subject="Global trade"),
    ),
    # a conversion in brackets is never the subject of the amount it converts
    (
        "conversion-not-subject",
        "Assets seized: a ranch, New Mexico, $US2,450,000 ($A3,600,000), and a yacht.",
        "$A3,600,000",
        dict(subject=None),
    ),
    ("bracket-after-noun", "Violence (down 22%) fell.", "22%", dict(subject="Violence")),
    # noun phrases keep the modifiers that restrict what is counted
    (
        "defining-relative-clause",
        "Outreach teams reached 1,200 people who use drugs last year.",
        "1,200",
        dict(subject="people who use drugs"),
    ),
    (
        "describing-relative-clause",
        "They offered one solution that covers every case.",
        "one",
        dict(subject="solution"),
    ),
    (
        "with-term",
        "Courts heard 312 robbery with violence cases in Nairobi.",
        "312",
        dict(subject="robbery with violence cases"),
    ),
    (
        "stacked-modifiers-of",
        "Women make up 4.1% of the adult female population in custody.",
        "4.1%",
        dict(subject="adult female population", change=None),
    ),
    (
        "gerund-of",
        "The daily cost of housing an inmate is $98.",
        "$98",
        dict(subject="daily cost of housing an inmate"),
    ),
    ("share-account-for", "Theft accounts for 42% of recorded crime.", "42%", dict(change=None)),
    ("make-up-not-a-rise", "Juveniles make up 18% of arrests.", "18%", dict(change=None)),
    ("still-up", "Arrests were up 18% on the year.", "18%", dict(change="increase")),
    # stacked "Label: value" lines and pipe tables: one sentence per line
    ("stat-line-count", STAT, "48,210", dict(subject="Offences recorded")),
    ("stat-line-comma", STAT, "61.3%", dict(subject="Clearance rate, violent offences")),
    (
        "stat-line-bracket",
        STAT,
        "7.8 minutes",
        dict(subject="Average response time"),
    ),
    ("stat-line-prior-period", STAT, "3.9", dict(subject="Homicide rate")),
    ("stat-line-money", STAT, "USD 2 million", dict(subject="Cash seized", unit="USD")),
    (
        "stat-line-bulleted",
        "- Cash seized: USD 2 million",
        "USD 2 million",
        dict(subject="Cash seized", unit="USD"),
    ),
    ("stat-line-bullet-dot", "• Firearms recovered: 37", "37", dict(subject="Firearms recovered")),
    ("stat-line-bullet-clause", "- He said: 40 people died", "40", dict(subject="people")),
    (
        "stat-line-rate",
        STAT,
        "287 per 100,000 residents",
        dict(subject="Incarceration rate"),
    ),
    ("pipe-row-count", PIPE, "11,880", dict(subject="Burglaries")),
    ("pipe-row-change", PIPE, "+4.7%", dict(subject="Robberies", change="increase")),
    (
        "clause-label-not-line",
        "He was released on bail (bail amount: $5,000).",
        "$5,000",
        dict(subject="bail amount"),
    ),
    # attribution with a number or a possessive in the source's name
    (
        "source-named-report",
        "Seizures rose by 12%, according to the Global Firearms Report 2024.",
        "12%",
        dict(attribution="the Global Firearms Report 2024"),
    ),
    (
        "source-possessive",
        "Arrests rose 5%, according to the National Police Service's 2023 annual crime report.",
        "5%",
        dict(attribution="the National Police Service"),
    ),
    # subjects in predicates
    (
        "amount-in-coordinated",
        "The office recovered $12.4 million in criminal and civil settlements.",
        "$12.4 million",
        dict(subject="criminal and civil settlements"),
    ),
    (
        "weighed-first",
        "The packages weighed approximately 14kg and 2.5kg.",
        "14kg",
        dict(subject="packages"),
    ),
    (
        "weighed-second",
        "The packages weighed approximately 14kg and 2.5kg.",
        "2.5kg",
        dict(subject="packages"),
    ),
    (
        "of-which",
        "Police arrested 640 people, of which 52% were juveniles.",
        "52%",
        dict(subject="people"),
    ),
    # a duration is not how long the actor lasted
    (
        "duration-not-actor",
        "Officers detained the suspects for two weeks.",
        "two weeks",
        dict(subject=None),
    ),
    (
        "duration-not-judge",
        "The magistrate jailed him for 21 days.",
        "21 days",
        dict(subject=None),
    ),
    (
        "duration-event-kept",
        "The trial ran for three weeks.",
        "three weeks",
        dict(subject="trial"),
    ),
    # the compared figure shares the first figure's subject
    (
        "compared-from",
        "Fraud losses fell to S$412.5 million, from S$480.2 million a year earlier.",
        "S$480.2 million",
        dict(subject="Fraud losses"),
    ),
    (
        "compared-against",
        "The fines totalled R$ 12.1 million, against R$ 15.4 million in 2022.",
        "R$ 15.4 million",
        dict(subject="fines"),
    ),
    # 'a record of N' is a level of the clause's subject or of the of-phrase
    (
        "record-level",
        "Cocaine production hit a record of more than 2,700 tons last year.",
        "2,700 tons",
        dict(subject="Cocaine production"),
    ),
    (
        "record-of-phrase",
        "Seizures hit a record of more than 1,400 tons of cannabis.",
        "1,400 tons",
        dict(subject="cannabis"),
    ),
    # 'No.' before a digit ends no sentence
    (
        "case-no",
        "The file was case No. 4521 in the registry. It held 12 pages.",
        "12",
        dict(subject="pages"),
    ),
    # a person's name before a headline colon is the speaker; a label line is not
    (
        "headline-person",
        "Maria Lopez: Prosecutors Recovered $12.4 Million From Fraudsters",
        "$12.4 Million",
        dict(attribution="Maria Lopez"),
    ),
    (
        "label-not-person",
        "Murder Rate: 5.1\nRobbery Rate: 7.4",
        "5.1",
        dict(subject="Murder Rate", attribution=None),
    ),
    # the writer or the speaker states a measure; it is not what is measured
    (
        "speaker-not-subject-first-person",
        "We recorded under 30 last year, down from 41.",
        "30",
        dict(subject=None),
    ),
    (
        "speaker-not-subject-first-person-compared",
        "Last year we saw under 30.",
        "30",
        dict(subject=None),
    ),
    (
        "speaker-after-change",
        "Burglary rose by 4.4 per cent, Chief Constable Mark Evans said.",
        "4.4 per cent",
        dict(subject="Burglary", attribution="Chief Constable Mark Evans"),
    ),
    (
        "speaker-after-rate",
        "The murder rate was 6.1 per 100,000 population, the World Health Organization said.",
        "6.1 per 100,000 population",
        dict(subject="murder rate", attribution="the World Health Organization"),
    ),
    (
        "speaker-after-compared",
        "The detection rate was 49.8%, compared with 53.1%, Police Scotland said.",
        "53.1%",
        dict(subject="detection rate", attribution="Police Scotland"),
    ),
    (
        "speaker-pronoun-keeps-speaker",  # 'it' in the reported clause is the company
        "The company said it grew 5% last year.",
        "5%",
        dict(subject="company"),
    ),
    (
        "place-adjunct-not-subject",
        "In the Caribbean, the homicide rate was 18 per 100,000 people.",
        "18 per 100,000 people",
        dict(subject="homicide rate"),
    ),
    (
        "first-person-agent-not-subject",
        "We saw under 25 murders last year.",
        "25",
        dict(subject="murders"),
    ),
    # subjects of ranges, deprivation and losses
    (
        "ranged-from-subject",
        "Transfers to a single mule account ranged from $5,000 to $1.2 million.",
        "$5,000 to $1.2 million",
        dict(subject="Transfers"),
    ),
    (
        "varied-between-subject",
        "Fines varied between $200 and $5,000.",
        "$200 and $5,000",
        dict(subject="Fines"),
    ),
    (
        "ranged-vague-subject",
        "They ranged from $5,000 to $9,000.",
        "$5,000 to $9,000",
        dict(subject="They"),
    ),
    (
        "defrauded-party",
        "The syndicate defrauded a Mombasa SACCO of KSh 12.4 million.",
        "KSh 12.4 million",
        dict(subject="Mombasa SACCO", agent="syndicate"),
    ),
    (
        "seized-amount-no-subject",
        "Officers seized $5 million from the gang.",
        "$5 million",
        dict(subject=None),
    ),
    (
        "lost-money-loser",
        "Victims of online scams lost Rs 2,310 crore last year.",
        "Rs 2,310 crore",
        dict(subject="Victims of online scams", change=None),
    ),
    (
        "lost-percent-still-decrease",
        "The rupee lost 2% against the dollar.",
        "2%",
        dict(change="decrease"),
    ),
    # phrasal verbs: the particle is no direction
    (
        "cleared-up-not-increase",
        "Police cleared up 41.2% of recorded burglaries.",
        "41.2%",
        dict(change=None),
    ),
    ("picked-up-not-increase", "Officers picked up 14 suspects.", "14", dict(change=None)),
    ("set-up-not-increase", "The force set up 12 new units.", "12", dict(change=None)),
    ("tracked-down-not-decrease", "Officers tracked down 14 suspects.", "14", dict(change=None)),
    ("went-down-decrease", "Robbery went down 3% last year.", "3%", dict(change="decrease")),
    ("up-still-increase", "Shoplifting was up 5% on the year.", "5%", dict(change="increase")),
    # 'over a period of' frames a duration: not the counted noun of another figure
    (
        "period-not-other-figure",
        "The gang stole 40 cars over a period of eight months.",
        "eight months",
        dict(subject=None),
    ),
    (
        "period-subject-not-actor",
        "The trial ran over a period of three weeks.",
        "three weeks",
        dict(subject="trial"),
    ),
    # a Roman numeral in a name
    (
        "roman-numeral-name",
        "Part I violent crime is down 9% this year.",
        "9%",
        dict(subject="Part I violent crime", change="decrease"),
    ),
    # a bare number subject: a fronted 'Of the N X' names the whole it is part of
    (
        "fronted-partitive-conj",
        "Of the 60 suspects, 20 were released and the remaining 40 were charged.",
        "40",
        dict(subject="suspects"),
    ),
    (
        "fronted-partitive-participle",
        "Of the 200 people arrested, 150 were charged.",
        "150",
        dict(subject="people arrested"),
    ),
    ("partitive-not-fronted", "20 were convicted of theft.", "20", dict(subject="people")),
    # 'a further 12', 'another 30', '12 more', '300 more than': more of the noun counted before
    (
        "further-counts-earlier-noun",
        "Police arrested 40 protesters and a further 12 were charged later.",
        "12",
        dict(subject="protesters"),
    ),
    (
        "another-counts-earlier-noun",
        "Officers detained 55 suspects; another 30 remain in custody.",
        "30",
        dict(subject="suspects"),
    ),
    (
        "more-counts-earlier-noun",
        "Police arrested 20 men on Friday, and 12 more were arrested on Saturday.",
        "12",
        dict(subject="men"),
    ),
    (
        "more-than-counts-earlier-noun",
        "The force recorded 5,100 offences, 300 more than in 2022.",
        "300",
        dict(subject="offences", change="increase"),
    ),
    ("further-nothing-counted", "A further 12 were charged.", "12", dict(subject="people")),
    (
        "bare-subject-unmarked",
        "Police arrested 40 protesters and 12 were charged later.",
        "12",
        dict(subject="people"),
    ),
    # gapping: the second clause drops its verb; its own subject changed, by the same verb
    (
        "gapped-verb",
        "Burglaries fell 8% and robberies 3%.",
        "3%",
        dict(subject="robberies", change="decrease"),
    ),
    (
        "gapped-copula",
        "Robberies were down 3% and burglaries up 5%.",
        "5%",
        dict(subject="burglaries", change="increase"),
    ),
    (
        "gapped-first-clause-kept",
        "Burglaries fell 8% and robberies 3%.",
        "8%",
        dict(subject="Burglaries", change="decrease"),
    ),
    (
        "coordinated-subject-not-gapped",
        "Thefts and robberies fell 3%.",
        "3%",
        dict(subject="Thefts and robberies", change="decrease"),
    ),
]

NOT_CLAIMS = [
    ("index-name", "The FTSE 100 fell 1.2% after the raid news.", "100"),
    ("index-lost-ampersand", "The S P 500 slipped 0.3% on Monday.", "500"),
    ("name-sandwich", "The Boeing 787 Dreamliner was grounded.", "787"),
    ("name-lowercase-brand", "Thieves took an iPhone 15 from the counter.", "15"),
    ("address", "Police raided 221 Baker Street at dawn.", "221"),
    ("ordinal-letters", "The 19th amendment was ratified in 1920.", "19"),
    ("glued-letters", "The suspects used 5G routers.", "5"),
    ("console", "He stole a PS5 from the shop.", "5"),
    ("time-dot-pm", "The raid began at 10.45pm on Friday.", "10.45"),
    ("iso-timestamp", "Logged at 2021-03-04T10:22:31.507Z by the system.", "507"),
    ("category", "The category 4 storm hit the coast.", "4"),
    ("one-of", "It is one of the largest cartels in Mexico.", "one"),
    ("year-before-plural", "The firm had 1988 sales of about $14 million.", "1988"),
    ("year-range", "The gang operated between 2015 and 2019 in three states.", "2015"),
    ("pipe-header-year", PIPE, "2022"),
]


def _claim(claims: list[Claim], text: str) -> Claim:
    found = [c for c in claims if c.text == text]
    assert len(found) == 1, f"{text!r} not found once in {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "mention", "expected"),
                         [pytest.param(*c[1:], id=c[0]) for c in CASES])  # fmt: skip
def test_mechanism(shared_extractor: Extractor, sentence: str, mention: str,
                   expected: dict[str, Any]) -> None:  # fmt: skip
    claim = _claim(shared_extractor.extract(sentence), mention)
    for field, want in expected.items():
        got = getattr(claim, field)
        assert got == (pytest.approx(want) if isinstance(want, float | int) else want), field


@pytest.mark.parametrize(
    ("sentence", "number"), [pytest.param(*c[1:], id=c[0]) for c in NOT_CLAIMS]
)
def test_not_a_claim(shared_extractor: Extractor, sentence: str, number: str) -> None:
    claims = shared_extractor.extract(sentence)
    start = sentence.index(number)
    overlapping = [c.text for c in claims if c.start < start + len(number) and start < c.end]
    assert overlapping == []


def test_abbreviation_before_a_capital_still_ends_the_sentence(shared_extractor: Extractor) -> None:
    (claim,) = shared_extractor.extract("The shop is run by Mr. Rao. 12 people were arrested.")
    assert claim.sentence == "12 people were arrested."
