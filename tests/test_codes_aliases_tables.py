"""Rufiyaa, ngultrum and both CFA francs; ISO codes after an amount only in capitals; a
spaced 'M' after money; 'MT' tonnes; a labelled count after a law's name; speakers behind a
bracketed portfolio or a name the tagger reads as a verb; 'informed the House that'; a
table a person introduces; people named by a participle or by where they belong; a rate
named before its figure; aliases; lists of counted items. Every text is written for this
file."""

from __future__ import annotations

from typing import Any

import pytest

from factpull import extract
from tests.expectations import assert_claim, table_params, texts_over

ROWS: list[tuple[Any, ...]] = [
    # currencies of the Maldives, Bhutan and the two CFA zones
    ("rufiyaa-code", "Customs officers found MVR 42,500 in a suitcase.", "MVR 42,500",
     dict(unit="MVR", kind="money")),
    ("rufiyaa-word", "The gang laundered 3.2 million rufiyaa through shell firms.",
     "3.2 million rufiyaa", dict(unit="MVR", value=3.2e6)),
    ("ngultrum-dotted", "Victims in Paro lost Nu. 2.4 million to the scheme last year.",
     "Nu. 2.4 million", dict(unit="BTN", value=2.4e6)),
    ("ngultrum-spaced-m", "Police later recovered about Nu 1.1 M from the accounts.",
     "Nu 1.1 M", dict(unit="BTN", value=1.1e6, qualifier="about")),
    ("dollar-spaced-m", "The fraud cost investors $6.5 M, prosecutors said.", "$6.5 M",
     dict(unit="USD", value=6.5e6)),
    ("cfa-central", "Gendarmes in Yaoundé seized 18 million CFA francs in fake notes. Most "
     "came from a workshop near Douala.", "18 million CFA francs", dict(unit="XAF")),
    ("cfa-west", "Police in Abidjan seized 18 million CFA francs in fake notes. Most came "
     "from Bouaké.", "18 million CFA francs", dict(unit="XOF")),
    ("fcfa-central", "Chad's police recovered 7 million FCFA from the robbers.",
     "7 million FCFA", dict(unit="XAF", value=7e6)),
    ("iso-code-capitals", "Fines ranged up to 900 TOP for each offence.", "900 TOP",
     dict(unit="TOP", kind="money")),
    # metric tonnes as South Asian papers write them
    ("mt-tonnes", "Officials seized 2,150 MT of smuggled rice at the border.", "2,150 MT",
     dict(unit="tonne", kind="weight", subject="smuggled rice")),
    # a count labelled with a law's name
    ("act-label", "Action taken in May:\n- Arms Act: 37 cases registered\n- Excise Act: 112 "
     "cases", "37", dict(subject="cases")),
    # speakers
    ("bracketed-portfolio", "Deputy Commissioner (Economic Offences) P. Nair said 62 per cent "
     "of the cases were solved.", "62 per cent", dict(attribution="P. Nair")),
    ("name-read-as-verb", "Deputy Chief of Police, Colonel Ugyen Dorji Tshering, said online "
     "fraud has become a concern. \"We received 96 complaints last year,\" he said.", "96",
     dict(attribution="Colonel Ugyen Dorji Tshering")),
    ("informed-that", "The Home Department informed the Assembly that 231 cases were pending "
     "in fast-track courts.", "231", dict(attribution="The Home Department")),
    ("shared-table", "Commissioner Aisha Bello briefed reporters on Monday.\n\nShe shared the "
     "following figures:\n\nOffence        2024    2025\nRobbery          310     276\n"
     "Burglary         512     498", "276",
     dict(attribution="Commissioner Aisha Bello", subject="Robbery")),
    ("presented-pipe-table", "The ministry presented the following data:\n\nOffence | 2024 | "
     "2025\nLarceny | 702 | 754", "754", dict(attribution="The ministry")),
    # who a count names
    ("participle-people", "Police said the 14 accused were remanded in custody.", "14",
     dict(subject="accused")),
    ("participle-injured", "Doctors said the 6 injured were in a stable condition.", "6",
     dict(subject="injured")),
    ("resident-of", "The driver, a 33-year-old resident of Sylhet, was arrested.",
     "33-year-old", dict(subject="resident of Sylhet", kind="age")),
    ("native-of", "Police detained 4 natives of Kano at the checkpoint.", "4",
     dict(subject="natives of Kano")),
    ("alias-before-age", "Police named the leader as Tunde Bakare, alias Oluomo, 41, of "
     "Ikorodu.", "41", dict(subject="Tunde Bakare", kind="age")),
    ("alias-no-comma", "Officers arrested Samuel Otieno alias Sammy, 27, on Friday.", "27",
     dict(subject="Samuel Otieno")),
    # a rate named right before its figure
    ("rate-before-figure", "- Vehicle theft: 904 cases; recovery rate 37 per cent",
     "37 per cent", dict(subject="recovery rate")),
    ("rate-read-as-verb", "Detection rate 58 per cent; conviction rate 21 per cent.",
     "58 per cent", dict(subject="Detection rate")),
    # compared figures
    ("compared-with-the", "Police recorded 3,118 burglaries in 2025, compared with the 3,402 "
     "recorded in 2024.", "3,402", dict(subject="burglaries")),
    ("qualified-fewer-than", "The force logged 2,540 thefts in 2025, about 9 per cent fewer "
     "than the 2,790 recorded a year earlier.", "2,790", dict(subject="thefts")),
    # lists of counted items
    ("counted-items-apart", "The unit received 1,200 pistols, 85 patrol vehicles and body "
     "cameras this year.", "85", dict(subject="patrol vehicles")),
    ("listed-object-worth", "Detectives recovered stolen ornaments and cash worth over Rs 4 "
     "million during the raid.", "Rs 4 million", dict(subject="stolen ornaments and cash")),
]  # fmt: skip


@pytest.mark.parametrize(("document", "text", "expected"), table_params(ROWS, 4))
def test_claim_fields(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


@pytest.mark.parametrize(
    ("document", "text", "expected"),
    [
        # near misses: a lowercase code-like word counts things
        ("Police arrested 5 top officials of the ring.", "5", dict(unit=None)),
        ("Officers seized 3 gel packs of cocaine.", "3", dict(unit=None)),
        # 'Act 64' with no colon is a name's number, not a count
        ("He was charged under the Arms Act and 12 other laws.", "12", dict(unit=None)),
        # a lower-case 'm' with no currency after a number is still metres
        ("The wall was 5 m high.", "5 m", dict(unit="metre")),
        # a participle with a clause after it is no noun ('the 3 arrested in March')
        ("Police said 14 people were arrested in March.", "14", dict(subject="people")),
        # a count and an uncounted noun joined by 'and' share the count
        ("Police seized 350 rifles and pistols.", "350", dict(subject="rifles and pistols")),
        # 'cash' after a counted object is worth the amount alone
        (
            "Police recovered 5 guns and cash worth over Rs 2 million.",
            "Rs 2 million",
            dict(subject="cash"),
        ),
        # a plural subject before the verb 'rate' is no rate's name
        ("Officers rate 41 per cent of calls as urgent.", "41 per cent", dict(subject="calls")),
        # 'shared photos' states nothing
        ("Police shared 40 photos of suspects.", "40", dict(attribution=None)),
    ],
)
def test_near_misses(document: str, text: str, expected: dict[str, Any]) -> None:
    assert_claim(extract(document), text, expected)


def test_named_act_number_is_no_claim() -> None:
    """'Act 64' names a law; only a colon before the number makes it a label."""
    document = "He cited Section 21 and Act 64 of the code."
    assert texts_over(extract(document), document, "64") == []


def test_bare_figures_name_no_list_speaker() -> None:
    """A list introduced by 'The figures ... show' has no speaker of its own: the rows are
    stated by nobody the sentence names."""
    document = (
        "The figures, released to the Gazette under freedom of information laws, show these "
        "areas:\n\nArea | 2024 | 2025\nNorth | 311 | 402"
    )
    assert_claim(extract(document), "402", dict(attribution=None, subject="North"))
