# ruff: noqa: E501  (the documents keep their prose lines whole, as publishers write them)
"""Whole crime-statistics documents in the styles of many publishers: a US CompStat weekly
summary, a UK force press release, a DOJ sentencing release, a NSW bulletin, an Indian
newspaper report, an NDLEA/EFCC release, a Europol press release, a SAPS quarterly statement
and a wire story. Every document is written here. They add what single sentences lack:
headlines, bylines, datelines, bullets, plain-text table rows, attribution stated once and
carried, pronouns across sentences, contact lines and page furniture.

Expectations follow the README's schema and the claim conventions, not what factpull prints.
A case factpull gets wrong is a strict xfail naming the missing mechanism.
"""

from __future__ import annotations

from typing import Any

import pytest

from factpull import Claim, Extractor
from tests.expectations import overlapping_texts, table_params, wrong_fields

pytestmark = pytest.mark.slow

DOCS = {
    "us-compstat": """\
RIVERVIEW POLICE DEPARTMENT
CompStat Weekly Summary

Report covering 04/08/2024 through 04/14/2024
Report No. CS-2024-15

Citywide, major crimes were down 6.2% year to date compared with the same period last year, Chief Dana Whitfield said.

Crime Type        Week    YTD 2024    YTD 2023    % Chg
Murder            1       12          15          -20.0%
Robbery           18      241         263         -8.4%
Burglary          22      388         352         +10.2%

Officers made 97 arrests during the week, including 14 for weapons offenses.

Shooting incidents fell to 23 year to date, the lowest total since 2015.

Page 2 of 5
""",
    "uk-press": """\
Man jailed for 12 years after £2.3m cocaine seizure

Published: 14:32 5 March 2024

A man has been jailed for 12 years after officers found 28kg of cocaine hidden in a van on the M6, Staffordshire Police said.

Darren Holt, 41, of Tamworth, was sentenced at Stafford Crown Court on Friday (1 March).

The drugs had a street value of about £2.3 million. Officers also seized £48,500 in cash from his home.

Detective Inspector Sarah Kemp said: "This was a long and complex investigation. More than 40 officers were involved in the operation."

Holt admitted possession with intent to supply a Class A drug under section 5(3) of the Misuse of Drugs Act 1971.

Anyone with information can call 101, quoting incident 412 of 27 November, or Crimestoppers anonymously on 0800 555 111.

Media enquiries: 01785 232 323
""",
    "doj-sentencing": """\
U.S. Attorney's Office
Eastern District of Pennsylvania

FOR IMMEDIATE RELEASE
Tuesday, June 11, 2024

Philadelphia Man Sentenced to 188 Months for Fentanyl Trafficking

PHILADELPHIA – United States Attorney Jacqueline Romero announced that Marcus Ellison, 34, of Philadelphia, was sentenced today to 188 months in federal prison, followed by five years of supervised release, and ordered to pay a $25,000 fine.

In January 2024, a federal jury convicted Ellison of possession with intent to distribute 400 grams or more of fentanyl, in violation of 21 U.S.C. § 841.

According to court documents, agents seized approximately 1.2 kilograms of fentanyl, 3 firearms and $61,340 in cash from a stash house on North 5th Street in October 2022.

The fentanyl was enough to kill more than 500,000 people, the DEA estimated.

The case was investigated by the FBI and the Drug Enforcement Administration. Case No. 2:22-cr-00317.

# # #
""",
    "au-bulletin": """\
NSW Recorded Crime Statistics: quarterly update
Bureau of Crime Statistics and Research
Media release – 12 June 2024

Key findings

Over the two years to March 2024, the following offences increased significantly across NSW:
- Motor vehicle theft: up 21.4%
- Sexual assault: up 8.9%
- Domestic violence related assault: up 5.1%

Retail theft rose 24.3% over the same period, to 41,223 incidents.

BOCSAR Executive Director Jackie Fitzgerald said the rise in retail theft was driven by a 31% increase in Greater Sydney. "Offences were stable in regional NSW," she said.

Youth offenders accounted for 17% of break and enter incidents.

For more information contact Tanya Barnes on (02) 8346 1100.

Note: figures are subject to revision. See Table 3.1 of the technical report.
""",
    "in-newspaper": """\
Cyber fraud gang busted in Hyderabad, Rs 4 crore frozen

Express News Service

HYDERABAD: The Cyberabad police on Saturday arrested 11 members of an interstate gang that allegedly cheated over 2,300 people of Rs 4 crore (about $480,000) through fake investment apps.

Police said the accused opened 146 bank accounts using forged documents. They also seized 52 mobile phones, 9 laptops and cash of Rs 18.5 lakh.

Commissioner of Police Avinash Mohanty said victims from 14 states had lodged complaints on the national cyber crime helpline 1930.

The main accused, a 29-year-old from Jaipur, was earning nearly Rs 3 lakh a month, the police said.

The accused were booked under Sections 420 and 467 of the IPC and Section 66D of the IT Act.

According to NCRB data, cyber crime cases in Telangana rose by 17.1 per cent in 2022.
""",
    "ng-release": """\
NDLEA intercepts 1.8 tonnes of cannabis, arrests 43 suspects in Lagos, Kano

By Femi Babafemi
Director, Media & Advocacy
Sunday, 17 March 2024

Operatives of the National Drug Law Enforcement Agency (NDLEA) have arrested 43 suspected drug traffickers and seized 1.8 tonnes of cannabis sativa in raids across Lagos and Kano states.

In Lagos, a 52-year-old businessman, Okoro Emeka, was arrested at the Murtala Muhammed International Airport with 3.4 kilograms of cocaine concealed in his luggage.

The agency said the cocaine has a street value of N1.2 billion. It added that 7 of the suspects were women.

Chairman of the agency, Mohamed Buba Marwa, commended the officers and said the agency had secured 1,250 convictions since January.

Meanwhile, the Economic and Financial Crimes Commission (EFCC) said it recovered N4.5 billion and $1.3 million from internet fraudsters in the first quarter of 2024.

Femi Babafemi
Director, Media & Advocacy
NDLEA Headquarters, Abuja
+234 803 555 0172
""",
    "europol": """\
Europol
Press Release

Operation DESERT LIGHT: 49 arrests in crackdown on cocaine 'super cartel'

The Hague, 27 February 2024

Law enforcement authorities from 6 countries, supported by Europol, have dismantled a criminal network responsible for importing more than 30 tonnes of cocaine into Europe.

Results of the action day:
- 49 arrests
- 18 house searches
- EUR 2.7 million in cash seized
- 7 luxury vehicles and 12 firearms seized

The network's leaders are believed to have laundered at least EUR 120 million through front companies in Dubai.

Since 2021, Europol has held 25 operational meetings with the countries involved and deployed 11 analysts to the field.

Europol's Executive Director Catherine De Bolle said: "Criminal networks like this one earn billions from the drug trade. This network alone moved about a third of the cocaine seized in the region."

Europol Spokesperson Office
+31 70 302 5001
Ref. EDOC #1345678
""",
    "za-saps": """\
SOUTH AFRICAN POLICE SERVICE
Statement on Quarter Three Crime Statistics (October to December 2023)

Pretoria, 16 February 2024

The Minister of Police, Senzo Mchunu, released the third quarter crime statistics on Friday.

A total of 7,710 people were murdered between October and December 2023, an increase of 155 (2%) compared with the same period in 2022.

Contact crimes:
- Attempted murder: 7,033 (up 5.6%)
- Common robbery: 13,870 (down 4.1%)
- Carjacking: 5,973

The Minister said 2,346 of the murder victims were killed in KwaZulu-Natal. He said police had also arrested 98,000 suspects for serious crimes during the quarter.

Over 1,100 illegal firearms and 61,500 rounds of ammunition were taken off the streets, according to the SAPS.

Issued by: SAPS Corporate Communication
Enquiries: Brig. Athlenda Mathe, 082 040 6501
""",
    "wire": """\
Mexico homicides fall 5% in 2023 but violence persists - government data

By Diego Ramos

MEXICO CITY, Jan 9 (Reuters) - Mexico registered 29,675 homicide victims in 2023, down 5% from the previous year, according to preliminary government data released on Tuesday.

It was the second straight annual decline in murders, though the rate remains near record highs at about 23 per 100,000 residents.

President Andres Manuel Lopez Obrador said his security strategy had cut homicides by nearly 20% since he took office in December 2018. He told reporters the army had seized 4,000 weapons this year.

Security analysts disputed the figures, saying at least 110,000 people have been reported missing since 2006.

The state of Guanajuato again recorded the most murders, with 3,048 victims, the data showed.

(Reporting by Diego Ramos; Editing by Laura Chen)
""",
}

# (id, document, anchor: a unique substring holding the mention, mention, fields[, xfail]).
# A tuple of subjects or attributions lists the phrasings a careful reader would accept.
CASES: list[tuple[Any, ...]] = [
    # US CompStat: a trend line, table rows named by their first column, arrests
    (
        "us-ytd",
        "us-compstat",
        "down 6.2%",
        "6.2%",
        dict(
            value=6.2,
            unit="percent",
            kind="percent",
            change="decrease",
            subject="major crimes",
            attribution="Chief Dana Whitfield",
        ),
    ),
    (
        "us-row-week",
        "us-compstat",
        "Murder            1 ",
        "1",
        dict(value=1, kind="count", subject="Murder"),
    ),
    ("us-row-ytd", "us-compstat", "1       12 ", "12", dict(value=12, subject="Murder")),
    ("us-row-prior", "us-compstat", "12          15 ", "15", dict(value=15, subject="Murder")),
    (
        "us-row-chg",
        "us-compstat",
        "-20.0%",
        "-20.0%",
        dict(value=20.0, unit="percent", change="decrease", subject="Murder"),
    ),
    (
        "us-row-robbery",
        "us-compstat",
        "Robbery           18 ",
        "18",
        dict(value=18, kind="count", subject="Robbery"),
    ),
    (
        "us-row-robbery-chg",
        "us-compstat",
        "-8.4%",
        "-8.4%",
        dict(value=8.4, unit="percent", change="decrease", subject="Robbery"),
    ),
    (
        "us-row-burglary-chg",
        "us-compstat",
        "+10.2%",
        "+10.2%",
        dict(value=10.2, unit="percent", change="increase", subject="Burglary"),
    ),
    (
        "us-arrests",
        "us-compstat",
        "made 97 arrests",
        "97",
        dict(value=97, kind="count", subject="arrests"),
    ),
    (
        "us-including",
        "us-compstat",
        "including 14",
        "14",
        dict(value=14, kind="count", subject="arrests"),
    ),
    (
        "us-level",
        "us-compstat",
        "fell to 23",
        "23",
        dict(value=23, kind="count", subject="Shooting incidents", change=None),
    ),
    # UK press release: headline, quote carried to its second sentence
    (
        "uk-head-money",
        "uk-press",
        "£2.3m",
        "£2.3m",
        dict(value=2_300_000, unit="GBP", kind="money", subject="cocaine seizure"),
    ),
    (
        "uk-jailed",
        "uk-press",
        "jailed for 12 years after officers",
        "12 years",
        dict(value=12, unit="year", kind="duration", attribution="Staffordshire Police"),
    ),
    (
        "uk-kg",
        "uk-press",
        "28kg",
        "28kg",
        dict(
            value=28,
            unit="kilogram",
            kind="weight",
            subject="cocaine",
            attribution="Staffordshire Police",
        ),
    ),
    (
        "uk-age",
        "uk-press",
        "Holt, 41,",
        "41",
        dict(value=41, unit="year", kind="age", subject=("Darren Holt", "Darren Holt of Tamworth")),
    ),
    (
        "uk-street-value",
        "uk-press",
        "about £2.3 million",
        "£2.3 million",
        dict(
            value=2_300_000,
            unit="GBP",
            kind="money",
            qualifier="about",
            subject=("street value", "drugs"),
        ),
    ),
    (
        "uk-cash",
        "uk-press",
        "£48,500",
        "£48,500",
        dict(value=48_500, unit="GBP", kind="money", subject="cash"),
    ),
    (
        "uk-quote-carried",
        "uk-press",
        "More than 40 officers",
        "40",
        dict(
            value=40,
            kind="count",
            qualifier="more than",
            subject="officers",
            attribution="Detective Inspector Sarah Kemp",
        ),
    ),
    # DOJ sentencing release: dateline before the speaker
    (
        "doj-age",
        "doj-sentencing",
        "Ellison, 34,",
        "34",
        dict(
            value=34,
            unit="year",
            kind="age",
            subject=("Marcus Ellison", "Marcus Ellison of Philadelphia"),
            attribution="United States Attorney Jacqueline Romero",
        ),
    ),
    (
        "doj-months",
        "doj-sentencing",
        "to 188 months",
        "188 months",
        dict(
            value=188,
            unit="month",
            kind="duration",
            attribution="United States Attorney Jacqueline Romero",
        ),
    ),
    (
        "doj-release",
        "doj-sentencing",
        "five years",
        "five years",
        dict(value=5, unit="year", kind="duration", subject="supervised release"),
    ),
    (
        "doj-fine",
        "doj-sentencing",
        "$25,000",
        "$25,000",
        dict(
            value=25_000,
            unit="USD",
            kind="money",
            subject="fine",
            attribution="United States Attorney Jacqueline Romero",
        ),
    ),
    (
        "doj-or-more",
        "doj-sentencing",
        "400 grams or more",
        "400 grams",
        dict(value=400, unit="gram", kind="weight", qualifier="at least", subject="fentanyl"),
        "numbers area: 'or more' after the amount is not read as 'at least'",
    ),
    (
        "doj-approx",
        "doj-sentencing",
        "approximately 1.2 kilograms",
        "1.2 kilograms",
        dict(
            value=1.2,
            unit="kilogram",
            kind="weight",
            qualifier="about",
            subject="fentanyl",
            attribution="court documents",
        ),
    ),
    (
        "doj-guns",
        "doj-sentencing",
        "3 firearms",
        "3",
        dict(value=3, kind="count", subject="firearms", attribution="court documents"),
    ),
    (
        "doj-cash",
        "doj-sentencing",
        "$61,340",
        "$61,340",
        dict(value=61_340, unit="USD", kind="money", subject="cash"),
    ),
    (
        "doj-dea",
        "doj-sentencing",
        "500,000",
        "500,000",
        dict(value=500_000, qualifier="more than", subject="people", attribution="the DEA"),
    ),
    # NSW bulletin: bullet labels
    (
        "au-bullet-1",
        "au-bulletin",
        "21.4%",
        "21.4%",
        dict(value=21.4, unit="percent", change="increase", subject="Motor vehicle theft"),
    ),
    (
        "au-bullet-2",
        "au-bulletin",
        "8.9%",
        "8.9%",
        dict(value=8.9, change="increase", subject="Sexual assault"),
    ),
    (
        "au-bullet-3",
        "au-bulletin",
        "5.1%",
        "5.1%",
        dict(value=5.1, change="increase", subject="Domestic violence related assault"),
    ),
    (
        "au-retail",
        "au-bulletin",
        "24.3%",
        "24.3%",
        dict(value=24.3, change="increase", subject="Retail theft"),
    ),
    (
        "au-level",
        "au-bulletin",
        "41,223",
        "41,223",
        dict(value=41_223, kind="count", change=None, subject=("incidents", "retail theft")),
    ),
    (
        "au-speaker",
        "au-bulletin",
        "31%",
        "31%",
        dict(value=31, change="increase", attribution="Jackie Fitzgerald"),
    ),
    (
        "au-share",
        "au-bulletin",
        "17%",
        "17%",
        dict(value=17, change=None, subject="break and enter incidents"),
        "parse: 'break and enter' is read as a verb phrase, the subject is cut to 'break'",
    ),
    # Indian newspaper: lakh/crore, equivalents, 'They also seized' carried
    (
        "in-members",
        "in-newspaper",
        "11 members",
        "11",
        dict(
            value=11,
            kind="count",
            subject=("members", "members of interstate gang", "members of an interstate gang"),
        ),
    ),
    (
        "in-people",
        "in-newspaper",
        "over 2,300",
        "2,300",
        dict(value=2300, qualifier="more than", subject="people"),
    ),
    (
        "in-crore",
        "in-newspaper",
        "of Rs 4 crore",
        "Rs 4 crore",
        dict(value=40_000_000, unit="INR", kind="money"),
    ),
    (
        "in-usd",
        "in-newspaper",
        "$480,000",
        "$480,000",
        dict(value=480_000, unit="USD", kind="money", qualifier="about"),
    ),
    (
        "in-accounts",
        "in-newspaper",
        "146",
        "146",
        dict(value=146, subject="bank accounts", attribution="Police"),
    ),
    (
        "in-they-also",
        "in-newspaper",
        "52 mobile",
        "52",
        dict(value=52, subject="mobile phones", attribution="Police"),
    ),
    (
        "in-laptops",
        "in-newspaper",
        "9 laptops",
        "9",
        dict(value=9, subject="laptops", attribution="Police"),
    ),
    (
        "in-lakh",
        "in-newspaper",
        "Rs 18.5 lakh",
        "Rs 18.5 lakh",
        dict(value=1_850_000, unit="INR", kind="money", subject="cash", attribution="Police"),
    ),
    (
        "in-states",
        "in-newspaper",
        "14 states",
        "14",
        dict(value=14, subject="states", attribution="Avinash Mohanty"),
    ),
    (
        "in-age",
        "in-newspaper",
        "29-year-old",
        "29-year-old",
        dict(value=29, unit="year", kind="age", subject="main accused", attribution="the police"),
    ),
    (
        "in-ncrb",
        "in-newspaper",
        "17.1 per cent",
        "17.1 per cent",
        dict(
            value=17.1,
            unit="percent",
            change="increase",
            subject="cyber crime cases",
            attribution=("NCRB", "NCRB data"),
        ),
    ),
    # NDLEA/EFCC release: 'It added', a titled speaker in apposition
    (
        "ng-head-weight",
        "ng-release",
        "intercepts 1.8 tonnes",
        "1.8 tonnes",
        dict(value=1.8, unit="tonne", kind="weight", subject="cannabis"),
    ),
    (
        "ng-head-count",
        "ng-release",
        "arrests 43",
        "43",
        dict(value=43, kind="count", subject="suspects"),
    ),
    (
        "ng-traffickers",
        "ng-release",
        "43 suspected",
        "43",
        dict(value=43, subject="suspected drug traffickers"),
    ),
    (
        "ng-age",
        "ng-release",
        "52-year-old",
        "52-year-old",
        dict(value=52, unit="year", kind="age", subject=("businessman", "Okoro Emeka")),
    ),
    (
        "ng-cocaine",
        "ng-release",
        "3.4 kilograms",
        "3.4 kilograms",
        dict(value=3.4, unit="kilogram", kind="weight", subject="cocaine"),
    ),
    (
        "ng-naira",
        "ng-release",
        "N1.2 billion",
        "N1.2 billion",
        dict(value=1_200_000_000, unit="NGN", kind="money", attribution="The agency"),
    ),
    (
        "ng-it-added",
        "ng-release",
        "7 of the suspects",
        "7",
        dict(value=7, kind="count", subject="suspects", attribution="The agency"),
    ),
    (
        "ng-titled",
        "ng-release",
        "1,250",
        "1,250",
        dict(value=1250, subject="convictions", attribution="Mohamed Buba Marwa"),
    ),
    (
        "ng-efcc",
        "ng-release",
        "N4.5 billion",
        "N4.5 billion",
        dict(
            value=4_500_000_000,
            unit="NGN",
            kind="money",
            attribution=("the Economic and Financial Crimes Commission", "EFCC"),
        ),
    ),
    (
        "ng-usd",
        "ng-release",
        "$1.3 million",
        "$1.3 million",
        dict(value=1_300_000, unit="USD", kind="money"),
    ),
    # Europol: bullet list of results, quote carried
    ("eu-head", "europol", "DESERT LIGHT: 49", "49", dict(value=49, subject="arrests")),
    ("eu-countries", "europol", "6 countries", "6", dict(value=6, subject="countries")),
    (
        "eu-tonnes",
        "europol",
        "30 tonnes",
        "30 tonnes",
        dict(value=30, unit="tonne", qualifier="more than", subject="cocaine"),
    ),
    ("eu-bullet-arrests", "europol", "- 49 arrests", "49", dict(value=49, subject="arrests")),
    ("eu-bullet-searches", "europol", "18 house", "18", dict(value=18, subject="house searches")),
    (
        "eu-bullet-cash",
        "europol",
        "EUR 2.7 million",
        "EUR 2.7 million",
        dict(value=2_700_000, unit="EUR", kind="money", subject="cash"),
    ),
    ("eu-bullet-vehicles", "europol", "7 luxury", "7", dict(value=7, subject="luxury vehicles")),
    ("eu-bullet-guns", "europol", "12 firearms", "12", dict(value=12, subject="firearms")),
    (
        "eu-laundered",
        "europol",
        "EUR 120 million",
        "EUR 120 million",
        dict(value=120_000_000, unit="EUR", qualifier="at least"),
    ),
    (
        "eu-meetings",
        "europol",
        "25 operational",
        "25",
        dict(value=25, subject="operational meetings"),
    ),
    ("eu-analysts", "europol", "11 analysts", "11", dict(value=11, subject="analysts")),
    (
        "eu-quote",
        "europol",
        "about a third",
        "a third",
        dict(
            value=1 / 3,
            unit="fraction",
            qualifier="about",
            subject=("cocaine", "cocaine seized in the region"),
            attribution="Catherine De Bolle",
        ),
    ),
    # SAPS statement: bullet labels, 'He said' after 'The Minister said'
    ("za-murders", "za-saps", "7,710", "7,710", dict(value=7710, subject="people")),
    ("za-increase", "za-saps", "increase of 155", "155", dict(value=155, change="increase")),
    ("za-increase-pct", "za-saps", "(2%)", "2%", dict(value=2, change="increase")),
    (
        "za-bullet-count",
        "za-saps",
        "7,033",
        "7,033",
        dict(value=7033, kind="count", subject="Attempted murder"),
    ),
    (
        "za-bullet-pct",
        "za-saps",
        "5.6%",
        "5.6%",
        dict(value=5.6, change="increase", subject="Attempted murder"),
    ),
    (
        "za-bullet-down",
        "za-saps",
        "4.1%",
        "4.1%",
        dict(value=4.1, change="decrease", subject="Common robbery"),
    ),
    ("za-bullet-bare", "za-saps", "5,973", "5,973", dict(value=5973, subject="Carjacking")),
    (
        "za-minister",
        "za-saps",
        "2,346",
        "2,346",
        # 'The Minister' is the person named with that post in the first paragraph
        dict(value=2346, subject="murder victims", attribution="Senzo Mchunu"),
    ),
    (
        "za-he-said",
        "za-saps",
        "98,000",
        "98,000",
        dict(
            value=98_000,
            subject=("suspects", "suspects for serious crimes"),
            attribution="Senzo Mchunu",
        ),
    ),
    (
        "za-guns",
        "za-saps",
        "1,100",
        "1,100",
        dict(value=1100, qualifier="more than", subject="illegal firearms", attribution="the SAPS"),
    ),
    (
        "za-rounds",
        "za-saps",
        "61,500",
        "61,500",
        dict(value=61_500, subject="rounds of ammunition", attribution="the SAPS"),
    ),
    # Wire story: dateline, 'He told reporters', 'saying'
    (
        "wire-head",
        "wire",
        "fall 5%",
        "5%",
        dict(value=5, change="decrease", subject=("homicides", "Mexico homicides")),
    ),
    (
        "wire-victims",
        "wire",
        "29,675",
        "29,675",
        dict(value=29_675, subject="homicide victims", attribution="government"),
    ),
    ("wire-down", "wire", "down 5%", "5%", dict(value=5, change="decrease")),
    (
        "wire-ordinal",
        "wire",
        "second straight",
        "second",
        dict(value=2, kind="ordinal", change=None),
    ),
    (
        "wire-rate",
        "wire",
        "23 per 100,000 residents",
        "23 per 100,000 residents",
        dict(value=23, unit="per 100,000 residents", kind="rate", qualifier="about"),
    ),
    (
        "wire-cut",
        "wire",
        "nearly 20%",
        "20%",
        dict(
            value=20,
            qualifier="nearly",
            change="decrease",
            subject="homicides",
            attribution="Andres Manuel Lopez Obrador",
        ),
    ),
    (
        "wire-he-told",
        "wire",
        "4,000",
        "4,000",
        dict(value=4000, subject="weapons", attribution="Andres Manuel Lopez Obrador"),
    ),
    (
        "wire-saying",
        "wire",
        "110,000",
        "110,000",
        dict(
            value=110_000, qualifier="at least", subject="people", attribution="Security analysts"
        ),
    ),
    ("wire-data", "wire", "3,048", "3,048", dict(value=3048, subject="victims")),
]

# (id, document, anchor, number that must not be reported[, xfail])
NOT_CLAIMS: list[tuple[Any, ...]] = [
    ("us-date", "us-compstat", "04/08/2024", "04/08/2024"),
    ("us-report-no", "us-compstat", "CS-2024-15", "15"),
    ("us-header-year", "us-compstat", "YTD 2024", "2024"),
    ("us-since", "us-compstat", "since 2015", "2015"),
    ("us-page", "us-compstat", "Page 2 of 5", "5"),
    ("uk-time", "uk-press", "14:32", "14:32"),
    ("uk-date", "uk-press", "5 March 2024", "5"),
    ("uk-bracket-date", "uk-press", "(1 March)", "1"),
    ("uk-section", "uk-press", "5(3)", "5"),
    ("uk-act-year", "uk-press", "Act 1971", "1971"),
    ("uk-101", "uk-press", "call 101", "101"),
    ("uk-incident", "uk-press", "incident 412", "412"),
    ("uk-phone", "uk-press", "0800 555 111", "555"),
    ("uk-media-phone", "uk-press", "01785 232 323", "232"),
    ("doj-date", "doj-sentencing", "June 11, 2024", "11"),
    ("doj-usc-title", "doj-sentencing", "21 U.S.C.", "21"),
    ("doj-usc-section", "doj-sentencing", "§ 841", "841"),
    ("doj-street", "doj-sentencing", "North 5th Street", "5th"),
    ("doj-case", "doj-sentencing", "2:22-cr-00317", "00317"),
    ("au-date", "au-bulletin", "12 June 2024", "12"),
    ("au-phone", "au-bulletin", "(02) 8346 1100", "8346"),
    ("au-table-ref", "au-bulletin", "Table 3.1", "3.1"),
    ("in-helpline", "in-newspaper", "helpline 1930", "1930"),
    ("in-section-1", "in-newspaper", "Sections 420", "420"),
    ("in-section-2", "in-newspaper", "and 467", "467"),
    ("in-section-66d", "in-newspaper", "66D", "66D"),
    ("in-year", "in-newspaper", "in 2022", "2022"),
    ("ng-date", "ng-release", "17 March 2024", "17"),
    ("ng-quarter", "ng-release", "first quarter", "first"),
    ("ng-phone", "ng-release", "+234 803 555 0172", "803"),
    ("eu-date", "europol", "27 February 2024", "27"),
    ("eu-since", "europol", "Since 2021", "2021"),
    ("eu-phone", "europol", "+31 70 302 5001", "302"),
    ("eu-ref", "europol", "#1345678", "1345678"),
    ("za-quarter-name", "za-saps", "Quarter Three", "Three"),
    ("za-third-quarter", "za-saps", "third quarter", "third"),
    ("za-date", "za-saps", "16 February 2024", "16"),
    ("za-phone", "za-saps", "082 040 6501", "040"),
    ("wire-dateline", "wire", "Jan 9", "9"),
    ("wire-year", "wire", "December 2018", "2018"),
    ("wire-since", "wire", "since 2006", "2006"),
]


@pytest.fixture(scope="module")
def claims_of(shared_extractor: Extractor) -> dict[str, list[Claim]]:
    return {name: shared_extractor.extract(text, name) for name, text in DOCS.items()}


def _position(doc: str, anchor: str, mention: str) -> int:
    text = DOCS[doc]
    assert text.count(anchor) == 1, f"anchor {anchor!r} is not unique"
    return text.index(anchor) + anchor.index(mention)


@pytest.mark.parametrize(("doc", "anchor", "mention", "expected"), table_params(CASES, 5))
def test_document_claim(
    claims_of: dict[str, list[Claim]], doc: str, anchor: str, mention: str, expected: dict
) -> None:
    start = _position(doc, anchor, mention)
    found = [c for c in claims_of[doc] if c.start == start and c.text == mention]
    assert len(found) == 1, [(c.start, c.text) for c in claims_of[doc]]
    assert wrong_fields(found[0], expected) == {}, "field: (expected, got)"


@pytest.mark.parametrize(("doc", "anchor", "number"), table_params(NOT_CLAIMS, 4))
def test_document_not_claim(
    claims_of: dict[str, list[Claim]], doc: str, anchor: str, number: str
) -> None:
    start = _position(doc, anchor, number)
    assert overlapping_texts(claims_of[doc], start, start + len(number)) == []


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_document_invariants(claims_of: dict[str, list[Claim]], doc: str) -> None:
    """No claim spans a paragraph break; each sentence holds its claim at the right offset;
    claims come in document order with consecutive indexes."""
    text = DOCS[doc]
    claims = claims_of[doc]
    for index, claim in enumerate(claims):
        assert claim.index == index
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start :].startswith(claim.sentence)
        offset = claim.start - claim.sentence_start
        assert claim.sentence[offset : offset + len(claim.text)] == claim.text
        assert "\n\n" not in claim.sentence and "\n\n" not in claim.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    if claims[:1] and claims[0].equivalent_of is not None:
        assert claims[0].equivalent_of < 0  # pragma: no cover - never: nothing before it


def test_equivalent_in_document(claims_of: dict[str, list[Claim]]) -> None:
    """'Rs 4 crore (about $480,000)': the dollar figure restates the rupee one."""
    claims = claims_of["in-newspaper"]
    usd = next(c for c in claims if c.text == "$480,000")
    assert usd.equivalent_of is not None
    assert claims[usd.equivalent_of].text == "Rs 4 crore"
