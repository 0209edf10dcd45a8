"""Currencies of Europe, the Middle East, Africa, Asia and Latin America in their native
spellings ("640 million złoty", "Kč 2.4 million", "QR 50,000", "2.4 billion dong"), place cues
that let a bare "$" be the local dollar (a story naming Mosgiel and Dunedin is NZD; one naming
a single place, or Sydney and Chicago equally, stays USD), and sea units ("10 nautical miles",
"40 knots" as quantulum3 reads it).
Every sentence is written for this file. Positive rows name one mention by its exact ``text``
and the fields that matter; near misses name what must stay as it is; non-claims name a span
that no claim may overlap.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from tests.expectations import assert_claim, describe, table_params, texts_over

pytestmark = pytest.mark.slow


def _money(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "kind": "money"}


def _count(value: float) -> dict[str, Any]:
    return {"value": value, "unit": None, "kind": "count"}


# (id, sentence, text, expected fields[, strict xfail reason])
# fmt: off
CURRENCIES = [
    # 1. Central and Eastern Europe: diacritics, native plurals and symbols
    ("zloty-diacritic", "Polish prosecutors said the VAT fraud ring cost the treasury "
     "640 million złoty.", "640 million złoty", _money(640_000_000, "PLN")),
    ("zloty-plural", "The gang laundered 12 million złotys through car dealerships.",
     "12 million złotys", _money(12_000_000, "PLN")),
    ("zloty-symbol-after", "A Warsaw court fined the driver 2,400 zł on Monday.",
     "2,400 zł", _money(2_400, "PLN")),
    ("koruna-plural", "Czech police said the fraudsters took 3.5 million korunas from pensioners.",
     "3.5 million korunas", _money(3_500_000, "CZK")),
    ("koruna-genitive", "The court ordered the official to repay 800,000 korun.",
     "800,000 korun", _money(800_000, "CZK")),
    ("koruna-symbol-before", "Customs officers in Brno seized Kč 2.4 million in cash.",
     "Kč 2.4 million", _money(2_400_000, "CZK")),
    ("czech-crowns", "The smugglers paid bribes worth 1.2 million Czech crowns.",
     "1.2 million Czech crowns", _money(1_200_000, "CZK")),
    ("forints", "Budapest police recovered 45 million forints hidden in a flat.",
     "45 million forints", _money(45_000_000, "HUF")),
    ("forint-code", "The fraud netted HUF 300 million, investigators said.",
     "HUF 300 million", _money(300_000_000, "HUF")),
    ("lei", "Romanian anti-graft prosecutors said the mayor took bribes of 250,000 lei.",
     "250,000 lei", _money(250_000, "RON")),
    ("leva", "Sofia police seized 600,000 leva in counterfeit banknotes.",
     "600,000 leva", _money(600_000, "BGN")),
    ("kuna", "The Croatian customs service found 90,000 kuna in the lorry.",
     "90,000 kuna", _money(90_000, "HRK")),
    ("hryvnias-variant", "The SBU said the official demanded 500,000 hryvnas for the permit.",
     "500,000 hryvnas", _money(500_000, "UAH")),
    ("kronur", "Reykjavik police said the thieves took 4 million kronur from the till.",
     "4 million kronur", _money(4_000_000, "ISK")),
    ("norwegian-crowns", "Okokrim said the tax fraud cost 20 million Norwegian crowns.",
     "20 million Norwegian crowns", _money(20_000_000, "NOK")),
    ("danish-krone", "The court fined the firm 5 million Danish krone.",
     "5 million Danish krone", _money(5_000_000, "DKK")),
    ("sek-code-scale", "The investment fraud cost pensioners SEK 1.2 million, police said.",
     "SEK 1.2 million", _money(1_200_000, "SEK")),
    # 2. Middle East and North Africa: dinars, dirhams, riyals, rials and pounds by country
    ("kuwaiti-dinars", "The court jailed the cashier for embezzling 150,000 Kuwaiti dinars.",
     "150,000 Kuwaiti dinars", _money(150_000, "KWD")),
    ("kuwaiti-kd", "The ministry said the forged cheques were worth KD 240,000.",
     "KD 240,000", _money(240_000, "KWD")),
    ("iraqi-dinars", "Officials said the network stole 3 billion Iraqi dinars.",
     "3 billion Iraqi dinars", _money(3_000_000_000, "IQD")),
    ("jordanian-dinars", "Amman police arrested a man who stole 20,000 Jordanian dinars.",
     "20,000 Jordanian dinars", _money(20_000, "JOD")),
    ("moroccan-dirhams", "Casablanca police seized 1.8 million Moroccan dirhams.",
     "1.8 million Moroccan dirhams", _money(1_800_000, "MAD")),
    ("qatari-riyals", "The court fined the company 500,000 Qatari riyals.",
     "500,000 Qatari riyals", _money(500_000, "QAR")),
    ("qatar-qr", "Doha police said the thieves took QR 50,000 from the shop.",
     "QR 50,000", _money(50_000, "QAR")),
    ("qatar-qar", "The embezzled sum exceeded QAR 2 million, prosecutors said.",
     "QAR 2 million", _money(2_000_000, "QAR")),
    ("omani-rials", "The Royal Oman Police seized 80,000 Omani rials in cash.",
     "80,000 Omani rials", _money(80_000, "OMR")),
    ("iranian-rials", "The judiciary said the embezzlement reached 2 trillion rials.",
     "2 trillion rials", _money(2_000_000_000_000, "IRR")),
    ("egyptian-pounds", "Cairo police seized 3 million Egyptian pounds from the dealers.",
     "3 million Egyptian pounds", _money(3_000_000, "EGP")),
    ("egp-code", "The fine was set at EGP 250,000 for each defendant.",
     "EGP 250,000", _money(250_000, "EGP")),
    ("lebanese-pounds", "The smugglers paid 90 million Lebanese pounds in bribes.",
     "90 million Lebanese pounds", _money(90_000_000, "LBP")),
    ("turkish-liras", "Istanbul prosecutors said the scam netted 40 million Turkish liras.",
     "40 million Turkish liras", _money(40_000_000, "TRY")),
    # 3. Africa
    ("naira-sign-scale", "The EFCC said it recovered ₦45m from the former official.",
     "₦45m", _money(45_000_000, "NGN")),
    ("naira-letter-scale", "The EFCC said it recovered N45m from the former official.",
     "N45m", _money(45_000_000, "NGN")),
    ("cedi-sign", "Accra police recovered GH¢ 24,000 from the fraudsters.",
     "GH¢ 24,000", _money(24_000, "GHS")),
    ("kwacha", "The Anti-Corruption Commission said 2 million kwacha was recovered.",
     "2 million kwacha", _money(2_000_000, "ZMW")),
    ("malawian-kwacha", "The court heard the clerk took 40 million Malawian kwacha.",
     "40 million Malawian kwacha", _money(40_000_000, "MWK")),
    ("birr", "Addis Ababa police seized 1.5 million birr in counterfeit notes.",
     "1.5 million birr", _money(1_500_000, "ETB")),
    ("somali-shillings", "Traders said the militants collected 900,000 Somali shillings.",
     "900,000 Somali shillings", _money(900_000, "SOS")),
    ("rand-scale", "Johannesburg police said the syndicate stole R2.4 million in cash.",
     "R2.4 million", _money(2_400_000, "ZAR")),
    # 4. Asia
    ("rupiah-prefix-scale", "Jakarta police seized Rp 2.4 billion in cash from the gang.",
     "Rp 2.4 billion", _money(2_400_000_000, "IDR")),
    ("ringgit-prefix", "Malaysian police seized RM 3.6 million from the syndicate.",
     "RM 3.6 million", _money(3_600_000, "MYR")),
    ("dong", "Hanoi police seized 2.4 billion dong in counterfeit notes.",
     "2.4 billion dong", _money(2_400_000_000, "VND")),
    ("dong-code", "The ring laundered VND 800 billion, the ministry said.",
     "VND 800 billion", _money(800_000_000_000, "VND")),
    ("kip", "Lao police seized 500 million kip from the traffickers.",
     "500 million kip", _money(500_000_000, "LAK")),
    ("kyats", "Yangon police said the gang stole 30 million kyats.",
     "30 million kyats", _money(30_000_000, "MMK")),
    ("riels", "Phnom Penh police recovered 40 million riels from the suspects.",
     "40 million riels", _money(40_000_000, "KHR")),
    ("patacas-word", "Macau police seized 380,000 patacas from the loan shark.",
     "380,000 patacas", _money(380_000, "MOP")),
    ("patacas-code", "The Judiciary Police said the casino fraud involved MOP 380,000.",
     "MOP 380,000", _money(380_000, "MOP")),
    ("afghanis", "Kabul police seized 6 million afghanis from the smugglers.",
     "6 million afghanis", _money(6_000_000, "AFN")),
    # 5. Latin America and the Caribbean
    ("peruvian-soles", "Lima police seized 2 million Peruvian soles in cash.",
     "2 million Peruvian soles", _money(2_000_000, "PEN")),
    ("quetzales", "Guatemalan prosecutors said the mayor took 3 million quetzales.",
     "3 million quetzales", _money(3_000_000, "GTQ")),
    ("lempiras", "Honduran police seized 12 million lempiras from the gang.",
     "12 million lempiras", _money(12_000_000, "HNL")),
    ("bolivars", "Caracas police recovered 900,000 bolivars from the kidnappers.",
     "900,000 bolivars", _money(900_000, "VES")),
    ("cayman-dollars", "Cayman police seized CI$ 240,000 in cash at the airport.",
     "CI$ 240,000", _money(240_000, "KYD")),
    ("trinidad-dollars", "The TTPS said TT$1.5 million was found in the car.",
     "TT$1.5 million", _money(1_500_000, "TTD")),
]
# fmt: on


# (id, sentence, text, expected fields): near misses that keep their reading
# fmt: off
CURRENCY_NEAR_MISSES = [
    ("saudi-sr-glued", "The official took bribes of SR3.5 million, the authority said.",
     "SR3.5 million", _money(3_500_000, "SAR")),
    ("saudi-sr-fine", "Offenders face fines of up to SR1 million.", "SR1 million",
     _money(1_000_000, "SAR")),
    ("zimbabwe-gold-prefix", "Two men were jailed for stealing 16 cattle worth ZiG210 000.",
     "ZiG210 000", _money(210_000, "ZWG")),
    ("zimbabwe-gold-after", "Police recovered 2,000 ZiG in cash.", "2,000 ZiG",
     _money(2_000, "ZWG")),
    ("sign-then-pesos", "Police in Rosario said the gang stole $380 million pesos from 2,300 "
     "customers in Buenos Aires.", "$380 million pesos", _money(380_000_000, "ARS")),
    ("sign-then-dollars", "The firm paid $5 million dollars in fines.", "$5 million dollars",
     _money(5_000_000, "USD")),
    ("sign-then-named-dollars", "He admitted stealing $2,000 Canadian dollars.",
     "$2,000 Canadian dollars", _money(2_000, "CAD")),
    ("code-then-same-word", "Police seized R$3 million reais in cash.", "R$3 million reais",
     _money(3_000_000, "BRL")),
    ("namibian-dollar-sign", "The horns had a street value of N$5.4 million.", "N$5.4 million",
     _money(5_400_000, "NAD")),
    ("sign-then-sterling-rate", "Traders saw the pound going to $1.25 sterling.", "$1.25",
     _money(1.25, "USD")),
    ("code-then-other-word", "The fund paid US$5 million to 300 pesos-denominated accounts.",
     "US$5 million", _money(5_000_000, "USD")),
    ("zloty-ascii-kept", "Police said the gang took 640 million zloty.", "640 million zloty",
     _money(640_000_000, "PLN")),
    ("saudi-riyals-kept", "The court fined him 30,000 Saudi riyals.", "30,000 Saudi riyals",
     _money(30_000, "SAR")),
    ("dirhams-kept", "Dubai police said the fraud cost 2 million dirhams.", "2 million dirhams",
     _money(2_000_000, "AED")),
    ("pounds-weight", "Officers seized 300 pounds of cannabis from the lorry.", "300 pounds",
     {"value": 300, "unit": "pound", "kind": "weight"}),
    ("ron-octane", "The stolen tanker held 95 RON petrol, police said.", "95", _count(95)),
    ("mop-buckets", "The cleaners were given 40 mop buckets by the council.", "40", _count(40)),
    ("drams-whisky", "The suspect had drunk 6 drams of whisky before the crash.", "6",
     {"unit": None}),
    ("qr-codes", "The QR codes sent 300 victims to a fake bank site.", "300",
     {**_count(300), "subject": "victims"}),
    ("rm-no-amount", "Royal Marines (RM) officers joined 40 police in the search.", "40",
     _count(40)),
    ("rpm-not-rupiah", "The stolen engine was tuned to 9,000 rpm.", "9,000",
     {"unit": ("revolution per minute", "rpm", None)}),
]
# fmt: on


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    table_params(CURRENCIES, 4) + table_params(CURRENCY_NEAR_MISSES, 4),
)
def test_currency_mention(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    """The named mention has the listed fields: a native currency spelling, or a near miss."""
    assert_claim(shared_extractor.extract(sentence), text, expected)


# (id, sentence, a span no claim may overlap)
# fmt: off
NOT_MONEY = [
    ("road-letter", "The crash closed the R3 for six hours, police in Pretoria said.", "R3"),
    ("qr-alone", "Scan the QR code to report a crime, the police said.", "QR"),
    ("sr-road", "Take SR520 to the bridge and turn left at the lights.", "SR520"),
    ("rp-alone", "The Rp symbol is printed on every note, officials in Jakarta said.", "Rp"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span"), table_params(NOT_MONEY, 3))
def test_not_money(shared_extractor: factpull.Extractor, sentence: str, span: str) -> None:
    claims = shared_extractor.extract(sentence)
    assert texts_over(claims, sentence, span) == [], describe(claims)


# (id, document, text of the "$" amount, expected code)
# fmt: off
DOLLAR_PLACES = [
    # two cues of one country make its dollar
    ("nz-mosgiel-dunedin", "Police in Mosgiel arrested a man after $45,000 was stolen from a "
     "Dunedin jeweller.", "$45,000", "NZD"),
    ("nz-invercargill-southland", "Invercargill detectives said $12,000 in cash was found in a "
     "car stopped in Southland.", "$12,000", "NZD"),
    ("nz-agency-and-suburb", "Oranga Tamariki staff raised the alarm after $8,500 went missing "
     "from a home in Papatoetoe.", "$8,500", "NZD"),
    ("nz-macrons", "A man from Ōtara was charged after $30,000 of tools was taken in "
     "Whakatāne.", "$30,000", "NZD"),
    ("au-agencies", "BOCSAR figures show $3.2 million in goods was stolen, and the Crime "
     "Statistics Agency reported a similar rise.", "$3.2 million", "AUD"),
    ("au-regional", "Toowoomba police said $60,000 of cattle was taken from a property near "
     "Rockhampton.", "$60,000", "AUD"),
    ("ca-peel-brampton", "Peel Regional Police said $1.2 million in stolen cars was found at "
     "the port, and Kitchener officers made two arrests.", "$1.2 million", "CAD"),
    ("ca-yellowknife", "RCMP in Yellowknife seized $90,000 in cash, the Mounties said.",
     "$90,000", "CAD"),
    ("sg-estates", "Police said $80,000 was taken from a flat in Yishun and a man was "
     "arrested in Bedok.", "$80,000", "SGD"),
    ("hk-districts", "Police said $80,000 was taken from a shop in Wan Chai and a suspect was "
     "arrested in Causeway Bay.", "$80,000", "HKD"),
    ("jm-parish", "Ocho Rios police said $80,000 was taken from a shop in St Ann.",
     "$80,000", "JMD"),
    ("na-windhoek", "Windhoek police said $2.1 million in cash was found in a house in "
     "Oshakati.", "$2.1 million", "NAD"),
    ("tt-chaguanas", "Chaguanas police said $60,000 was taken from a shop in Couva.",
     "$60,000", "TTD"),
    ("ar-pesos-sign", "Police in Rosario said $95 million was seized in raids across Buenos "
     "Aires.", "$95 million", "ARS"),
    ("bm-island", "The Bermuda Police Service said $40,000 in cash was found in a Bermudian "
     "home.", "$40,000", "BMD"),
    ("ky-grand-cayman", "Police in Grand Cayman said $15,000 was stolen in West Bay.",
     "$15,000", "KYD"),
    ("fj-suva-nadi", "Suva police said $8,000 was taken from a shop in Nadi.", "$8,000", "FJD"),
    # one cue, US places or a tie keep the default
    ("nz-one-place", "Police in Mosgiel arrested a man after $45,000 was stolen from a "
     "jeweller.", "$45,000", "USD"),
    ("us-story", "Chicago police said $45,000 was stolen from a jeweller in Illinois.",
     "$45,000", "USD"),
    ("au-us-tie", "A Sydney man was charged in Chicago over $2 million; he had flown from "
     "Sydney to Chicago.", "$2 million", "USD"),
    ("au-us-once-each", "A Brisbane woman was arrested in Houston with $50,000 in cash.",
     "$50,000", "USD"),
    ("us-drugs-from-abroad", "CBP officers in Miami seized cocaine worth $4 million that "
     "arrived from Argentina on a ship from Argentina.", "$4 million", "USD"),
    ("au-two-sydney", "A Sydney man was charged over $2 million after police raided his "
     "Sydney home.", "$2 million", "AUD"),
]
# fmt: on


@pytest.mark.parametrize(("document", "text", "code"), table_params(DOLLAR_PLACES, 4))
def test_dollar_place(
    shared_extractor: factpull.Extractor, document: str, text: str, code: str
) -> None:
    """A bare "$" is the dollar of the country the story names twice, else USD."""
    assert_claim(shared_extractor.extract(document), text, {"unit": code, "kind": "money"})


# (id, sentence, text, expected fields)
# fmt: off
SEA_UNITS = [
    ("nautical-miles", "The navy intercepted the trawler 10 nautical miles off the coast.",
     "10 nautical miles", {"value": 10, "unit": "nautical mile", "kind": "other"}),
    ("nautical-miles-qualified", "The cocaine was found about 200 nautical miles north of the "
     "island.", "200 nautical miles", {"value": 200, "unit": "nautical mile", "kind": "other",
                                       "qualifier": "about"}),
    ("nautical-mile-hyphen", "The yacht was boarded inside the 12-nautical-mile limit.",
     "12-nautical-mile", {"value": 12, "unit": "nautical mile", "kind": "other"}),
    ("knots", "The coastguard chased the speedboat at 40 knots.", "40 knots",
     {"value": 40, "unit": "knot", "kind": "other"}),
    ("knots-doing", "The skiff was doing 25 knots when officers boarded it.", "25 knots",
     {"value": 25, "unit": "knot", "kind": "other"}),
    ("miles-kept", "The man walked 10 miles to the police station.", "10 miles",
     {"value": 10, "unit": "mile", "kind": "other"}),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(SEA_UNITS, 4))
def test_sea_unit(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), text, expected)
