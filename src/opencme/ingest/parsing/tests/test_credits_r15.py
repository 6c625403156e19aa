"""Credit classes of session 15 (issue 18; invented text). Each assertion failed before its
rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_a_body_accrediting_unnamed_credit_for_its_amount_labels_it() -> None:
    # R-CR-82: "accredited by <body> for N CEU": the body's credit, its name as written
    text = (
        "Falls Prevention in Home Care\n"
        "This course is accredited by the College of Kinesiologists of Ontario for a total "
        "of 3 CEU for kinesiologists.\n"
    )
    assert rule_credits(text) == [
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "credit",
            "label": "College of Kinesiologists of Ontario",
        }
    ]


def test_unnamed_credit_given_according_to_a_bodys_guidelines_is_that_bodys() -> None:
    # R-CR-82: "2 CEUs ... according to KNC guidelines"
    text = (
        "Wound Dressing Basics\n"
        "Accreditation:\n"
        "2 CEUs in Clinical Practice, Level 2, according to KNC guidelines.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "KNC"}
    ]


def test_a_body_approving_for_hours_reads_them_once() -> None:
    # R-CR-82 (R-CR-55's principle): the acronym's hours are not unnamed hours as well
    text = "Safe Lifting Techniques\nThis workshop has been approved by ODAS for 2 contact hours.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "contact_hour", "label": "ODAS"}
    ]


def test_a_body_approving_the_activity_owns_its_unnamed_contact_hours() -> None:
    # R-CR-83: as a state board's approval does (R-CR-29)
    text = (
        "Safe Lifting Techniques\n"
        "This activity is approved for 2.00 contact hours.\n"
        "This course is approved by the Ohio Department of Aging Services - Training "
        "Section (ODAS).\n"
        "Written by Jane Roe, MSN, RN.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "contact_hour", "label": "ODAS"}
    ]


def test_an_accreditor_of_providers_is_no_body_of_credit() -> None:
    text = (
        "Safe Lifting Techniques\n"
        "2 CE credits. Credit is awarded according to ACCME criteria.\n"
        "The program is for counselors.\n"
    )
    assert all(c.get("label") != "ACCME" for c in rule_credits(text))


def test_a_closed_class_word_may_stand_after_hours_of() -> None:
    # R-CR-84: R-CR-16's words between "hours of" and the education's words
    text = (
        "Knee Arthroscopy Skills Course\n"
        "The course provides 9 hours of accredited continuing medical education (CME).\n"
    )
    assert rule_credits(text) == [{"type": "CME", "amount": 9.0, "unit": "hour"}]


def test_an_approximate_amount_is_the_amount() -> None:
    # R-CR-84: "approximately N" states the amount (the acoi fixture reads it so)
    text = (
        "Knee Arthroscopy Skills Course\n"
        "The course provides approximately 9 hours of accredited continuing medical education.\n"
    )
    assert rule_credits(text) == [{"type": "CME", "amount": 9.0, "unit": "hour"}]


def test_hours_of_professional_development_are_cpd_in_the_texts_words() -> None:
    # R-CR-85: CPD spelled out is R-CR-24's CPD, `OTHER` in the text's words
    text = (
        "Pressure Injury Basics\nThis module is worth 2 hours of Professional Development time.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "Professional Development time"}
    ]
    text = "Pressure Injury Basics\n12 hours of professional development are required each year.\n"
    assert rule_credits(text) == []


def test_an_acronym_spelled_out_as_a_unit_names_the_credit() -> None:
    # R-CR-86: "N <ACRONYM> (<words> Hours|Units)": the acronym as written, the expansion's unit
    text = "Wound Care Update\nThis course will provide 12 WCH (Wound Care Practice Hours).\n"
    assert rule_credits(text) == [{"type": "OTHER", "amount": 12.0, "unit": "hour", "label": "WCH"}]
    text = "Project Basics\nAttendees earn 10 PDUs (Professional Development Units).\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 10.0, "unit": "credit", "label": "PDUs"}
    ]


def test_an_acronym_its_words_do_not_spell_is_no_credit() -> None:
    text = "Grant Writing\nThe 45 NIH (National Institutes of Health) grants were awarded.\n"
    assert rule_credits(text) == []
    text = "Grant Writing\nA minimum of 30 CEH (Continuing Education Hours) is required.\n"
    assert rule_credits(text) == []


def test_german_cme_points_are_no_us_cme() -> None:
    # R-CR-87: a German chamber's points, the category part of the label
    text = (
        "Fortbildung Augenheilkunde 2026\n"
        "Die Veranstaltung wurde von der Ärztekammer mit 8 CME-Punkten der Kategorie A "
        "zertifiziert.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 8.0, "unit": "point", "label": "CME-Punkte Kategorie A"}
    ]


def test_german_cme_points_applied_for_have_no_amount_yet() -> None:
    # R-CR-87 with R-CR-70: certification applied for ("beantragt"), none granted
    text = (
        "Fortbildung Augenheilkunde 2026\n"
        "Die Zertifizierung wird bei der Ärztekammer beantragt.\n"
        "Montag: 6 CME-Punkte/Kategorie B\n"
        "Dienstag: 3 CME-Punkte/Kategorie B\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "point", "label": "CME-Punkte Kategorie B"}
    ]


def test_a_board_approving_the_activity_takes_the_pages_one_amount_of_hours() -> None:
    # R-CR-88: the board's approval states no amount of its own
    text = (
        "Sepsis Update for Nurses\n"
        "Example Publishing will award 1.5 contact hours for this continuing nursing education "
        "activity. Example Publishing is accredited as a provider of continuing nursing education "
        "by the American Nurses Credentialing Center's Commission on Accreditation.\n"
        "This activity is also provider approved by the Oregon Board of Nursing, Provider "
        "Number 999.\n"
    )
    assert rule_credits(text) == [
        {"type": "ANCC", "amount": 1.5, "unit": "contact_hour"},
        {
            "type": "OTHER",
            "amount": 1.5,
            "unit": "contact_hour",
            "label": "Oregon Board of Nursing",
        },
    ]


def test_a_board_takes_no_amount_of_credits_of_another_system() -> None:
    text = (
        "Sepsis Update\n"
        "Example Health designates this activity for a maximum of 2 AMA PRA Category 1 Credits.\n"
        "This activity is also approved by the Oregon Board of Nursing.\n"
    )
    boards = [c for c in rule_credits(text) if c.get("label") == "Oregon Board of Nursing"]
    assert all(c["amount"] is None for c in boards)


def test_ce_a_fee_includes_is_offered() -> None:
    # R-CR-73: what the fee or the programme includes ("Tuition includes ... CE credits")
    text = "Play Therapy Intensive\nTuition includes lunch, handouts, and CE credits.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "CE"}
    ]
    text = "Play Therapy Intensive\nPlease read our policies, including CE credit rules.\n"
    assert rule_credits(text) == []


def test_unnamed_ce_takes_up_to_three_capitalised_words_before_it() -> None:
    # R-CR-89: "3 New Jersey Ethics Continuing Education Credits", the label as written
    text = (
        "Boundaries in Practice\n"
        "Add on 3 Rhode Island Ethics Continuing Education Credits for $15.\n"
        "For social workers.\n"
    )
    assert rule_credits(text) == [
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "credit",
            "label": "Rhode Island Ethics Continuing Education Credits",
        }
    ]


def test_unnamed_ce_of_a_veterinary_page_is_no_nursing_ce() -> None:
    # R-CR-90: veterinary nurses and technicians are another profession (R-CR-18)
    text = (
        "Canine Dermatology Update\n"
        "Attendees receive 6 CE credits. Open to veterinarians and veterinary nurses.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 6.0, "unit": "credit", "label": "CE credits"}
    ]


def test_a_body_approving_the_activity_with_its_acronym_designates_its_credit() -> None:
    # R-CR-91: amount null, as R-CR-56 reads an acronym approving the activity
    text = (
        "Precepting Students in Community Practice\n"
        "This program has been reviewed by the Ohio Preceptor Network Consortium (OPNC) and "
        "has been approved for preceptor training.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "OPNC"}
    ]


def test_a_review_without_an_approval_designates_nothing() -> None:
    text = (
        "Precepting Students in Community Practice\n"
        "This program was reviewed by the Ohio Preceptor Network Consortium (OPNC) Education "
        "Committee for balance.\n"
    )
    assert rule_credits(text) == []


def test_italian_ecm_credits_are_their_programmes() -> None:
    # R-CR-92: "crediti ECM", the decimal comma read
    text = "Corso di ecografia clinica\nIl corso ha ottenuto 4,5 crediti ECM.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 4.5, "unit": "credit", "label": "ECM"}
    ]


def test_hours_approved_for_by_a_named_body_are_its() -> None:
    # R-CR-82: "approved for N CE hours by <body>" (R-CR-12's body, the amount before it)
    text = (
        "Grief Counseling Skills\n"
        "This activity is approved for 1.5 CE hours by the American Psychological Association.\n"
    )
    assert rule_credits(text) == [{"type": "APA", "amount": 1.5, "unit": "hour"}]


def test_a_provider_approving_its_own_ce_is_no_body_of_credit() -> None:
    # R-CR-82: a name with no body's head noun (a university, an institute) is the provider
    text = "Grief Counseling Skills\nThis course is accredited by Example University for 2 CEU.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "CEU"}
    ]


def test_a_school_approving_its_own_course_is_no_body_of_credit() -> None:
    # R-CR-91: the name needs a body's head noun; a school or university is the provider
    text = (
        "Wound Care\nThis course is approved by the Example University School of Nursing (EUSON).\n"
    )
    assert rule_credits(text) == []
