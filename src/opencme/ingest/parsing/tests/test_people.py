"""People classes (R-PE-1..4, R-AU, R-SP, R-JP): synthetic listings, one class a test."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def faculty(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["faculty"]
    return out


def test_rule_pe1_names_under_a_role_key_skip_their_title_and_institution_lines() -> None:
    text = (
        "Faculty\n\nAnna B. Kowal, MD, MPH\nProfessor of Medicine\nRiver State University\n"
        "Lake City, Ohio\n\nOmar Said, PharmD, BCPS\nClinical Pharmacist\n\n"
        "Planners\nJo Ellis, RN\n"
    )
    # the planner under the planners heading is not faculty (docs/corpus.md)
    assert faculty(text) == ["Anna B. Kowal, MD, MPH", "Omar Said, PharmD, BCPS"]
    # a bare name counts under a role key, a job title or a place does not
    text = "Led by:\n\nMira Holt\nExecutive Director, Hill Hospice\n\nTed Wu, MSW\n"
    assert faculty(text) == ["Mira Holt", "Ted Wu, MSW"]


def test_rule_pe2_a_line_starting_with_people_and_going_on_with_a_role() -> None:
    assert faculty("Stroke Update\n\nIvy Marsh, MD—Program Chair\n") == ["Ivy Marsh, MD"]
    assert faculty("Gut Health\n• Lena Park, MD University of Somewhere\n") == ["Lena Park, MD"]
    assert faculty("Sepsis\nRoy Dunn, MD, and Kay Bell, DO, MSc\n") == [
        "Roy Dunn, MD",
        "Kay Bell, DO, MSc",
    ]
    assert faculty("Play Therapy\nAmy Cole, LPC-S, RPT™ and Dr. Ben Roe\n") == [
        "Amy Cole, LPC-S, RPT™",
        "Dr. Ben Roe",
    ]
    assert faculty("Knee Care\nDan Fox MD; Eve Lund MD PhD\n") == ["Dan Fox MD", "Eve Lund MD PhD"]
    assert faculty("Ethics\nKim Orr, Ph.D., M.S.W\n") == ["Kim Orr, Ph.D., M.S.W"]
    # a biography or a disclosure sentence is not a faculty line
    assert faculty("Jon Hale, MD has no relevant financial relationships.\n") == []
    # page controls and titles with an acronym are not people
    assert faculty("Minor Ailments CPD\nCase Manager CE\nAcme Health, LLC\n") == []


def test_rule_pe3_people_after_an_agent_phrase() -> None:
    assert faculty("Wound Care\n\nBy Sara Lind, BSN, RN, CWOCN\n") == ["Sara Lind, BSN, RN, CWOCN"]
    text = "The course is offered from Drs. Tia Moss and Lee Hart. It covers oral cancer."
    assert faculty(text) == ["Tia Moss", "Lee Hart"]
    text = "Join Ana Cruz, MD, and Tom Bay, MD, for a review of migraine care."
    assert faculty(text) == ["Ana Cruz, MD", "Tom Bay, MD"]
