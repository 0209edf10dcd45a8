"""Money written in less common forms: amounts in two parts ("3 dollars 50 cents"), a scale word
after a code ("75 USD million"), codes scaled by a letter ("MSEK 250", "30 MUSD"), region
prefixes on "$" ("CAD$ 15", "Mex$"), fractions of a million, and currency named before the
amount ("Rs 40 lakh", "GH₵ 12,000"), with the place words that pick a rupee.
Every sentence is written for this file. Positive rows name one mention by its exact ``text``
and the fields that matter; negative rows name what must stay as it is (the amount alone, with
its value) and must not grow into a longer mention.
"""

from __future__ import annotations

from typing import Any

import pytest

import factpull
from tests.expectations import assert_claim, table_params

pytestmark = pytest.mark.slow

MONEY = "money"


def _money(value: float, unit: str, value_high: float | None = None) -> dict[str, Any]:
    return {"value": value, "unit": unit, "kind": MONEY, "value_high": value_high}


# (id, sentence, text, expected fields[, strict xfail reason])
# fmt: off
POSITIVE = [
    # 1. amounts in two parts: a named minor unit, or a bare hundredths after a currency word
    ("minor-cents-no-and", "The suspect took 3 dollars 50 cents from the till, police said.",
     "3 dollars 50 cents", _money(3.5, "USD")),
    ("minor-words-and", "He had thirteen dollars and forty-five cents on him when arrested.",
     "thirteen dollars and forty-five cents", _money(13.45, "USD")),
    ("minor-sign-and-cents", "Court records show he paid $15 and 50 cents for the knife.",
     "$15 and 50 cents", _money(15.5, "USD")),
    ("minor-large-named", "The clerk admitted taking 1,500 euros and 50 cents from the kiosk.",
     "1,500 euros and 50 cents", _money(1500.5, "EUR")),
    ("minor-pence", "The stolen sandwich cost 4 pounds and 20 pence, the court heard.",
     "4 pounds and 20 pence", _money(4.2, "GBP")),
    ("minor-bare-words", "The ticket he forged cost twelve pounds fifty, police said.",
     "twelve pounds fifty", _money(12.5, "GBP")),
    ("minor-bare-and-digits", "Fans were charged 12 euros and 50 for each fake wristband.",
     "12 euros and 50", _money(12.5, "EUR")),
    ("minor-bare-per", "Entry to the illegal rave was 12 euros and 50 per person.",
     "12 euros and 50 per person", {"value": 12.5, "unit": "EUR per person"}),
    ("minor-bare-code", "The on-the-spot fine was 17 USD 25 at the time of the offence.",
     "17 USD 25", _money(17.25, "USD")),
    ("minor-bare-end", "Asked what he stole, the boy said nine dollars ninety.",
     "nine dollars ninety", _money(9.9, "USD")),
    # 2. a scale word after an ISO code
    ("code-then-million", "The lender lost 75 USD million to the invoice fraud ring.",
     "75 USD million", _money(75_000_000, "USD")),
    ("code-then-billion", "Investigators traced 80 EUR billion in suspicious transfers.",
     "80 EUR billion", _money(80_000_000_000, "EUR")),
    ("code-then-mn", "The exchange froze 3.2 GBP mn belonging to the suspects.",
     "3.2 GBP mn", _money(3_200_000, "GBP")),
    # 3. codes scaled by a letter: M = million, K/k/T = thousand
    ("musd-after", "The fund lost 30 MUSD to the scheme last year, auditors said.",
     "30 MUSD", _money(30_000_000, "USD")),
    ("meur-after", "Damages reached 120 MEUR, according to the prosecutor's office.",
     "120 MEUR", _money(120_000_000, "EUR")),
    ("mgbp-decimal", "The bank agreed to pay 48.5 MGBP in penalties.",
     "48.5 MGBP", _money(48_500_000, "GBP")),
    ("msek-before", "Economic crime police put the losses at MSEK 250 for the year.",
     "MSEK 250", _money(250_000_000, "SEK")),
    ("mnok-before", "The network laundered MNOK 40 through shell companies in Bergen.",
     "MNOK 40", _money(40_000_000, "NOK")),
    ("maud-before", "The adviser repaid MAUD 60 to investors after the ruling.",
     "MAUD 60", _money(60_000_000, "AUD")),
    ("keur-before", "Tax fraud of KEUR 300 was uncovered at the warehouse.",
     "KEUR 300", _money(300_000, "EUR")),
    ("teur-after", "The missing funds came to 300 TEUR, the audit found.",
     "300 TEUR", _money(300_000, "EUR")),
    ("keur-lower-after", "Seized assets were valued at 450 kEUR.",
     "450 kEUR", _money(450_000, "EUR")),
    ("msek-range", "Losses were estimated at MSEK 250-300 by the authority.",
     "MSEK 250-300", _money(250_000_000, "SEK", 300_000_000)),
    ("teur-range-between", "The damage was put at between 300 and 400 TEUR, the court heard.",
     "300 and 400 TEUR", _money(300_000, "EUR", 400_000)),
    # 4. region prefixes on "$", any case, with or without a space
    ("c-dollar-spaced", "Police seized C $ 300 million in the Montreal raids.",
     "C $ 300 million", _money(300_000_000, "CAD")),
    ("c-dollar-lower", "The clerk pocketed c$15 from each refund.",
     "c$15", _money(15, "CAD")),
    ("cad-dollar", "He was ordered to repay CAD$ 15,000 to the victims.",
     "CAD$ 15,000", _money(15_000, "CAD")),
    ("cad-dollar-lower", "The scam cost each caller cad$250 on average.",
     "cad$250", _money(250, "CAD")),
    ("aud-dollar", "The syndicate was fined AUD$ 2.5 million.",
     "AUD$ 2.5 million", _money(2_500_000, "AUD")),
    ("nzd-dollar", "Customs found NZD$15,000 in the suitcase lining.",
     "NZD$15,000", _money(15_000, "NZD")),
    ("mxn-dollar", "Agents confiscated MXN$ 15 million in cash.",
     "MXN$ 15 million", _money(15_000_000, "MXN")),
    ("mex-dollar", "The cartel cell moved Mex$ 10 million a week, prosecutors said.",
     "Mex$ 10 million a week", {"value": 10_000_000, "unit": "MXN per week"}),
    ("nt-dollar", "The fraud ring took NT$ 5 million from retirees in Taichung.",
     "NT$ 5 million", _money(5_000_000, "TWD")),
    ("s-dollar", "The runner was paid S$3,000 per trip, the court heard.",
     "S$3,000 per trip", {"value": 3000, "unit": "SGD per trip"}),
    ("r-dollar", "Federal police seized R$ 8 million in São Paulo.",
     "R$ 8 million", _money(8_000_000, "BRL")),
    ("us-dollar-spaced", "The broker siphoned US $4.46 million from client accounts.",
     "US $4.46 million", _money(4_460_000, "USD")),
    # 5. fractions of a million
    ("half-a-million", "Thieves took half a million dollars in watches.",
     "half a million dollars", _money(500_000, "USD")),
    ("quarter-of-a-million", "The gang stole a quarter of a million pounds in jewellery.",
     "a quarter of a million pounds", _money(250_000, "GBP")),
    ("half-million-no-article", "Thieves took half million usd in watches.",
     "half million usd", _money(500_000, "USD")),
    ("quarter-million-no-article", "Looters took quarter million US dollars in goods.",
     "quarter million US dollars", _money(250_000, "USD")),
    # 6. currency before the amount
    ("usd-code-first", "The broker admitted stealing USD 5 million.",
     "USD 5 million", _money(5_000_000, "USD")),
    ("eur-code-first", "The pickpocket had EUR 300 in his jacket.",
     "EUR 300", _money(300, "EUR")),
    ("rs-dot-lakh", "Police recovered Rs. 5 lakh in cash from the accused.",
     "Rs. 5 lakh", _money(500_000, "INR")),
    ("rs-crore-glued", "Police seized Rs2.5 crore in cash at the toll plaza.",
     "Rs2.5 crore", _money(25_000_000, "INR")),
    ("rs-lakh", "The official demanded Rs 40 lakh as a bribe.",
     "Rs 40 lakh", _money(4_000_000, "INR")),
    ("pkr-crore", "The FIA said PKR 3 crore was moved through fake accounts.",
     "PKR 3 crore", _money(30_000_000, "PKR")),
    ("ksh-million", "Detectives recovered KSh 2.4 million in the raid.",
     "KSh 2.4 million", _money(2_400_000, "KES")),
    ("sh-glued", "The officer was found with Sh2.4m in a bag.",
     "Sh2.4m", _money(2_400_000, "KES")),
    ("naira-sign", "The suspects were paid ₦4,750,000 for the job.",
     "₦4,750,000", _money(4_750_000, "NGN")),
    ("naira-letter-with-places", "Lagos police said the gang took N5m from a bank in Abuja.",
     "N5m", _money(5_000_000, "NGN")),
    ("cedi-sign", "Accra police recovered GH₵ 12,000 from the suspect.",
     "GH₵ 12,000", _money(12_000, "GHS")),
    ("cedi-cent-sign", "The trader was robbed of GH¢ 4,500 near Kumasi.",
     "GH¢ 4,500", _money(4_500, "GHS")),
    ("cedi-code", "The court fined him GHS 12,000 for the assault.",
     "GHS 12,000", _money(12_000, "GHS")),
    ("cedi-word", "The driver was fined 300 cedis by the circuit court.",
     "300 cedis", _money(300, "GHS")),
    ("won-word", "Police in Seoul said 1.2 trillion won was laundered.",
     "1.2 trillion won", _money(1_200_000_000_000, "KRW")),
    ("won-sign", "Busan prosecutors traced ₩1.2 trillion in illegal bets.",
     "₩1.2 trillion", _money(1_200_000_000_000, "KRW")),
    # "Rs" follows the story's place words, as "rupees" does
    ("rs-pakistan", "Karachi police seized Rs 40 lakh in a raid, a day after arrests in Lahore.",
     "Rs 40 lakh", _money(4_000_000, "PKR")),
    ("rs-pakistan-dot", "Islamabad police said Rs. 12 million was recovered in Rawalpindi.",
     "Rs. 12 million", _money(12_000_000, "PKR")),
    ("rs-pakistan-province", "Sindh police recovered Rs 9 lakh from a gang in Nawabshah.",
     "Rs 9 lakh", _money(900_000, "PKR")),
    ("rs-sri-lanka", "Colombo police said Rs 3 million was seized in Kandy.",
     "Rs 3 million", _money(3_000_000, "LKR")),
    ("rs-nepal", "Kathmandu police said Rs 2 crore was laundered through agents in Pokhara.",
     "Rs 2 crore", _money(20_000_000, "NPR")),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(POSITIVE, 4))
def test_money_form(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), text, expected)


# (id, sentence, the amount that must stay alone, its value, its unit): the number after it
# is not its minor part
# fmt: off
NOT_MERGED = [
    ("noun-after-second", "He paid 15 dollars and 50 people watched the fight.",
     "15 dollars", 15, "USD"),
    ("hours-after-second", "He was fined $500 and 20 hours of community service.",
     "$500", 500, "USD"),
    ("comma-between", "The shirts cost 15 dollars, 50 of them were stolen.",
     "15 dollars", 15, "USD"),
    ("comma-sign", "He was fined $15, 50 people watched.",
     "$15", 15, "USD"),
    ("verb-after-second", "He was fined 12 pounds and 50 were arrested.",
     "12 pounds", 12, "GBP"),
    ("percent-after-second", "He was fined 12 euros and 50 percent of his wages were seized.",
     "12 euros", 12, "EUR"),
    ("days-after-second", "The court fined him 200 dollars 30 days later.",
     "200 dollars", 200, "USD"),
    ("between-range-open", "Tickets cost between 12 euros and 50.",
     "12 euros", 12, "EUR"),
    ("no-minor-unit", "Officers found 400 yen 50 in his wallet.",
     "400 yen", 400, "JPY"),
    ("scaled-amount", "Police seized 20 million dollars and 50 cents in the vault.",
     "20 million dollars", 20_000_000, "USD"),
    ("decimal-amount", "The charity lost 3.5 dollars and 20 cents per donor.",
     "3.5 dollars", 3.5, "USD"),
    ("bare-after-large", "The two men paid 1,500 euros and 50 each.",
     "1,500 euros", 1500, "EUR"),
    ("sign-then-bare", "The price rose to $12 and 50 at the end.",
     "$12", 12, "USD"),
    ("code-comma-scale", "Officers paid 75 USD, millions more were frozen.",
     "75 USD", 75, "USD"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), table_params(NOT_MERGED, 5))
def test_amount_not_merged(
    shared_extractor: factpull.Extractor,
    sentence: str,
    text: str,
    value: float,
    unit: str,
) -> None:
    claims = shared_extractor.extract(sentence)
    assert_claim(claims, text, {"value": value, "unit": unit, "kind": MONEY})
    longer = [c.text for c in claims if text in c.text and c.text != text]
    assert not longer, f"{text!r} was merged: {longer}"


# (id, sentence, text, expected fields): forms that look like the new ones and must not change
# fmt: off
UNCHANGED = [
    ("tusd-not-scaled", "Holdings of 2 TUSD were frozen by the exchange.",
     "2", {"unit": None}),
    ("name-maud", "Maud, 60, was charged with fraud.", "60", {"kind": "age"}),
    ("rifle-model", "The M16 rifle was recovered along with 200 rounds.",
     "200", {"unit": None, "kind": "count"}),
    ("code-word-no-digit", "The MEUR figure was 5.", "5", {"unit": None}),
    ("a-dollar-fine", "He was given a $5 fine for littering.", "$5", _money(5, "USD")),
    ("rs-india", "Mumbai police seized Rs 40 lakh from a flat in Thane.",
     "Rs 40 lakh", _money(4_000_000, "INR")),
    ("rs-one-pakistan-cue", "A Lahore-born trader was held in Delhi with Rs 40 lakh in cash.",
     "Rs 40 lakh", _money(4_000_000, "INR")),
    ("rupee-sign-pakistan", "Karachi and Lahore police said ₹5 lakh was seized at the border.",
     "₹5 lakh", _money(500_000, "INR")),
    ("cents-alone", "Shares of the lender fell 23 cents after the raid.",
     "23 cents", {"value": 23, "unit": "cent", "kind": MONEY}),
    ("weight-pounds", "He was found with twelve pounds of cannabis and fifty pills.",
     "twelve pounds", {"unit": "pound", "kind": "weight"}),
    ("range-both-words", "Fees ranged between 12 euros and 50 euros.",
     "12 euros and 50 euros", _money(12, "EUR", 50)),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "text", "expected"), table_params(UNCHANGED, 4))
def test_near_miss_unchanged(
    shared_extractor: factpull.Extractor, sentence: str, text: str, expected: dict[str, Any]
) -> None:
    assert_claim(shared_extractor.extract(sentence), text, expected)
