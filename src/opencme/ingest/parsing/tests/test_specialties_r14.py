"""Specialties, session 14 classes of misses (issue 18; invented text)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def specialties(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["specialties"]
    return out


def test_physicians_specialized_in_a_list_of_fields() -> None:
    text = (
        "Harbour Winter Meeting\n"
        "The meeting is accredited for Nurses and Physicians specialized in Anaesthesia and "
        "Intensive Care, Vascular Surgery, Respiratory Diseases, Infectious Diseases and "
        "Nephrology. The meeting has been attributed 8 CME credits.\n"
    )
    assert specialties(text) == [
        "Anesthesiology",
        "Critical Care Medicine",
        "Vascular Surgery",
        "Pulmonology",
        "Infectious Disease",
        "Nephrology",
    ]


def test_specialized_in_words_that_name_no_specialty_give_none() -> None:
    text = (
        "Lakeside Skills Day\n"
        "Open to nurses specializing in wound care, ostomy management and foot health.\n"
    )
    assert specialties(text) == []


def test_a_modifier_shared_across_or_names_both_fields() -> None:
    text = (
        "Target Audience\n"
        "This activity is intended for physicians and nurses specializing or certified in the "
        "areas of neurology, family or general medicine.\n"
    )
    assert specialties(text) == ["Neurology", "Family Medicine", "General Medicine"]


def test_specialists_named_by_their_field() -> None:
    text = "Intended Audience\nThis activity is designed for headache specialists and nurses.\n"
    assert specialties(text) == ["Headache Medicine"]
    text = "Intended Audience\nThis program is designed for sleep specialists and nurses.\n"
    assert specialties(text) == ["Sleep Medicine"]
    text = "Intended Audience\nThis program is designed for wound care specialists.\n"
    assert specialties(text) == []


def test_nurse_anesthetists_are_nurses_not_anesthesiology() -> None:
    text = (
        "Target Audience\nThis conference is intended for physicians, dentists, nurses and "
        "nurse anesthetists.\n"
    )
    assert specialties(text) == []
    text = "Target Audience\nThis course is intended for anesthetists and surgeons.\n"
    assert specialties(text) == ["Anesthesiology", "Surgery"]


def test_specialists_in_a_list_of_fields() -> None:
    text = (
        "Autumn Symposium\nThe symposium addresses specialists in Internal Medicine, Infectious "
        "Diseases and Intensive Care.\n"
    )
    assert specialties(text) == [
        "Internal Medicine",
        "Infectious Disease",
        "Critical Care Medicine",
    ]


def test_faculty_specialized_in_fields_give_no_specialty() -> None:
    text = (
        "Autumn Symposium\nOur faculty are physicians specialized in Cardiology and Nephrology.\n"
        "The symposium is open to all clinicians.\n"
    )
    assert specialties(text) == []
