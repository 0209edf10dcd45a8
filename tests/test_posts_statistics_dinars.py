"""A person set beside a post ('The Chief of ..., Lieutenant-General X, ...') found by a
later 'he'; 'The statistics showed' pointing back at the statistics a body issued (a person
who spoke before issued none); governorates and emirates as table dimensions; Libyan dinars
written 'LD'; 9999 as a line; an age naming the person without the word that describes
them; readings per mille; an emergency number after 'or' with 'in an emergency'. Every text
is written for this file."""

from __future__ import annotations

from factpull import extract
from tests.expectations import assert_claim, texts_over


def test_person_beside_post_is_found_by_a_later_he() -> None:
    document = (
        "Doha, Feb. 3 (QNA) -- The Director of Public Security, Major-General Saad bin Jassim "
        "Al Khulaifi, today reviewed the annual results of the force.\n\n"
        "He said the force had dealt with 2,410 drug cases in 2024."
    )
    claim = assert_claim(extract(document), "2,410", dict(subject="drug cases"))
    assert claim.attribution is not None and "Saad bin Jassim Al Khulaifi" in claim.attribution


def test_the_statistics_point_back_at_their_issuer() -> None:
    document = (
        "Road deaths fell 7 percent in 2024, according to statistics issued by the Traffic "
        "Directorate.\n\n"
        "The statistics showed that 431 people died in road accidents."
    )
    assert_claim(extract(document), "431", dict(attribution="the Traffic Directorate"))


def test_the_statistics_are_no_officers_who_spoke_before() -> None:
    document = (
        'Robberies rose, Commissioner of Police Anna Dube said. "We are worried," Dube said.\n\n'
        "The statistics show that:\n\n"
        "• burglaries rose from 141 to 166\n"
    )
    assert_claim(extract(document), "166", dict(attribution=None))


def test_governorate_stub_names_the_columns() -> None:
    document = (
        "Governorate        Accidents   Deaths\n"
        "Amman                    612       41\n"
        "Irbid                    288       19\n"
    )
    claims = extract(document)
    assert_claim(claims, "612", dict(subject="Accidents"))
    assert_claim(claims, "19", dict(subject="Deaths"))


def test_libyan_dinars_written_ld() -> None:
    claims = extract("The smuggled fuel was worth about LD 830,000 at subsidised prices.")
    assert_claim(claims, "LD 830,000", dict(unit="LYD", kind="money", qualifier="about"))


def test_9999_is_a_line() -> None:
    document = "Police urged drivers to contact 9999 in an emergency."
    assert texts_over(extract(document), document, "9999") == []


def test_age_names_the_person_without_the_descriptor() -> None:
    claims = extract("Shop owner Maria Lopez, 47, said thieves struck twice a week.")
    assert_claim(claims, "47", dict(kind="age", subject="Maria Lopez"))


def test_age_keeps_a_rank_before_the_name() -> None:
    claims = extract("Det Supt Karen Mills, 52, led the inquiry.")
    assert_claim(claims, "52", dict(kind="age", subject="Det Supt Karen Mills"))


def test_per_mille_is_a_reading() -> None:
    claims = extract("The legal limit is 0.5 per mille for professional drivers.")
    assert_claim(claims, "0.5 per mille", dict(unit="per mille", kind="other"))


def test_emergency_number_after_or_is_a_line() -> None:
    document = "Victims can contact police on 02800, or 112 in an emergency."
    assert texts_over(extract(document), document, "112") == []
