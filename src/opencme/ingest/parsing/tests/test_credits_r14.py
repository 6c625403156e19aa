"""Credit classes of session 14 (issue 18; invented text). Each assertion failed before its
rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_cpd_points_are_the_one_named_cpd_programmes_points() -> None:
    # R-CR-63: "CPD points" on a page naming one approver whose credit is a CPD programme
    text = (
        "Coastal Spine Update\n"
        "The programme is submitted to the Health Professions Council of South Africa (HPCSA) "
        "for accreditation.\n"
        "CPD points will be awarded for the congress per session attended.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "point", "label": "HPCSA CPD"}
    ]
    text = (
        "Accreditation\n"
        "Harbour GP Week is a CPD education provider under the RACGP CPD program.\n"
        "Delegates can earn up to 12 CPD points.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "point", "label": "RACGP CPD"}
    ]


def test_cpd_points_with_two_programmes_named_stay_unnamed() -> None:
    text = (
        "Accreditation\n"
        "Recognised by the RACGP and the Health Professions Council of South Africa.\n"
        "Delegates can earn up to 12 CPD points.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "point", "label": "CPD points"}
    ]


def test_cpd_points_beside_another_acronym_keep_their_words() -> None:
    text = (
        "Accreditation: This course is HPCSA accredited for 5 Clinical CPD points and "
        "KZNH accredited for 2 CPD points.\n"
    )
    got = rule_credits(text)
    assert {"type": "OTHER", "amount": 2.0, "unit": "point", "label": "HPCSA CPD"} not in got


def test_an_acronym_with_its_credit_words_accredited_for_points() -> None:
    # R-CR-43: "<ACRONYM> Nursing CPD accredited for N points" names that programme
    text = (
        "Accreditation: This course is HPCSA accredited for 5 Clinical CPD points (Level 1) and "
        "KZNH Nursing CPD accredited for 2 CPD points in Area of Practice.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 5.0, "unit": "point", "label": "HPCSA CPD"},
        {"type": "OTHER", "amount": 2.0, "unit": "point", "label": "KZNH Nursing CPD"},
    ]


def test_unnamed_ce_credits_read_beside_unnamed_hours_of_continuing_education() -> None:
    # R-CR-18 with R-CR-50: neither names a system, both are read
    text = (
        "Boundaries in Counseling Practice\n"
        "Social workers completing this course receive 2 Ethics recorded continuing education "
        "credits.\n"
        "For other board approvals, this course qualifies for 2 hours of Ethics continuing "
        "education training.\n"
    )
    got = sorted(rule_credits(text), key=lambda c: str(c["unit"]))
    assert got == [
        {
            "type": "OTHER",
            "amount": 2.0,
            "unit": "credit",
            "label": "Ethics recorded continuing education credits",
        },
        {
            "type": "OTHER",
            "amount": 2.0,
            "unit": "hour",
            "label": "Ethics continuing education training",
        },
    ]


def test_a_credit_name_that_is_available_is_offered() -> None:
    # R-CR-65: "<credit> [through <body>] is/are available" offers it, amount null
    text = (
        "Eye Care Evening\nThe webinar is open to all but CPD points are available for members "
        "only.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "point", "label": "CPD points"}
    ]
    text = (
        "Compassion Rounds\nCME / CE:\n"
        "  • CME credit through the American Academy of Family Physicians (AAFP) is available "
        "(attendance required)\n"
        "  • CME credit through Lakeside Medical School is not available.\n"
    )
    assert rule_credits(text) == [{"type": "AAFP_PRESCRIBED", "amount": None, "unit": "credit"}]


def test_a_certificate_or_a_credit_no_longer_available_is_no_offer() -> None:
    text = "Sepsis Review\nCME certificates will be available after the evaluation.\n"
    assert rule_credits(text) == []
    text = "Sepsis Review\nCME credit is no longer available for this recording.\n"
    assert rule_credits(text) == []
    text = "Sepsis Review\nCME credit is not available for this recording.\n"
    assert rule_credits(text) == []


def test_profession_rows_under_a_credit_heading() -> None:
    # R-CR-66: "Credit Hours" / "Physicians, PAs: 1" / "Nurses, NPs: 1.2"
    text = (
        "Liver Disease Update\nAudio release for clinicians.\n\nCredit Hours\n\n"
        "Physicians, PAs: 1.5\nNurses, NPs: 1.75\n\nProgram Description\n"
    )
    assert rule_credits(text) == [
        {"type": "CME", "amount": 1.5, "unit": "hour"},
        {"type": "NURSING_CE", "amount": 1.75, "unit": "hour"},
    ]


def test_profession_rows_without_a_credit_heading_are_no_credit() -> None:
    text = "Attendance\n\nPhysicians: 120\nNurses: 85\n"
    assert rule_credits(text) == []
    text = "Credit Hours\n\nPhysicians: 1.5\n\nProgram Description\n"
    assert rule_credits(text) == []  # one row is no table


def test_a_unit_after_the_words_of_continuing_education_gives_the_unit() -> None:
    # R-CR-67: "Nursing continuing professional development contact hours are awarded by ..."
    text = (
        "Spring Nursing Summit\n"
        "Nursing continuing professional development contact hours are awarded by the Ridge "
        "Center for Nursing.\n"
    )
    assert rule_credits(text) == [{"type": "NURSING_CE", "amount": None, "unit": "contact_hour"}]


def test_an_acronym_before_cme_points_names_its_programme() -> None:
    # R-CR-25 as for "38 PRC CPD points": "2 KME CME points" -> "KME CME"
    text = "Ethics Webinar Series\nEach webinar carries 2 KME CME points for registered doctors.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "point", "label": "KME CME"}
    ]
    # an acronym before CME credits (a US credit unit) is left to the credit names
    text = "Heart Day\nThe activity offers 2 ABC CME credits.\n"
    assert {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "ABC CME"} not in (
        rule_credits(text)
    )


def test_unowned_points_written_again_with_the_programme_take_its_name() -> None:
    # R-CR-55's principle for points: "1 CME Point(s)" ... "1 KME CME point" is one credit
    text = (
        "Ethics Webinar 3\n1 CME Point(s)\n"
        "The series covers ethics topics. It carries 1 KME CME point for registered doctors.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 1.0, "unit": "point", "label": "KME CME"}
    ]


def test_professions_with_their_system_listed_under_a_credit_lead_in() -> None:
    # R-CR-69: "This activity offers CE credit for:" / "1. Physicians (CME)" / ...
    text = (
        "Renal Podcast\nThis activity offers CE credit for:\n\n  1. Physicians (CME)\n"
        "  2. Pharmacists (ACPE)\n  3. Other\n\nProgram Overview\n"
    )
    assert rule_credits(text) == [
        {"type": "CME", "amount": None, "unit": "credit"},
        {"type": "ACPE", "amount": None, "unit": "credit"},
    ]
    # no lead-in offering credit: a list of professions is no credit
    text = "Renal Podcast\nSpeakers:\n\n  1. Physicians (CME)\n  2. Pharmacists (ACPE)\n"
    assert rule_credits(text) == []


def test_an_approvers_accreditation_for_this_course_names_its_credit() -> None:
    # R-CR-36: "<approver> accreditation for this course" is the approver accrediting the course
    text = (
        "Boundaries in Practice\nASWB accreditation for this course expires March 3, 2026.\n"
        "This course contains downloadable lessons and a test.\n"
    )
    assert rule_credits(text) == [{"type": "ASWB_ACE", "amount": None, "unit": "credit"}]
    text = "Boundaries in Practice\nAccreditation for this course has expired.\n"
    assert rule_credits(text) == []


def test_plain_cme_credits_of_a_named_commission_for_cme_outside_the_us() -> None:
    # R-CR-35: a commission for continuing medical education the page names is the authority
    text = (
        "Valley Transplant Days\nThe congress is accredited by the provider Ospedale Nord to the "
        "Umbrian Regional Commission for Continuing Medical Education for physicians and nurses. "
        "The event has been attributed 9.5 CME credits.\n"
    )
    assert rule_credits(text) == [
        {
            "type": "OTHER",
            "amount": 9.5,
            "unit": "credit",
            "label": "Umbrian Regional Commission for Continuing Medical Education",
        }
    ]
    text = (
        "Heart Day\nAcme Health is accredited by the Accreditation Council for Continuing Medical "
        "Education to provide continuing medical education. The event offers 3 CME credits.\n"
    )
    assert rule_credits(text)[0]["type"] in ("CME", "AMA_PRA_1")


def test_hours_applied_for_are_pending_not_designated() -> None:
    # R-CR-70: "an application is being made to <body> for N contact hours": no amount yet
    text = (
        "Stroke Broadcast\nParticipants may receive credit as follows: 1.5 hours of AMA "
        "category 1 medical education (CME) for physicians; and an application is being made "
        "to the Plains Association of Nurses for 1.5 contact hours.\n"
    )
    got = rule_credits(text)
    assert {"type": "AMA_PRA_1", "amount": 1.5, "unit": "hour"} in got
    assert all(c["type"] == "AMA_PRA_1" for c in got)
    text = (
        "Dental Update\nAn application has been made to the Lakes Dental Board for 5 hours of "
        "continuing education credit.\n"
    )
    assert all(c["amount"] is None for c in rule_credits(text))


def test_pharmacology_hours_name_no_pharmacy_credit() -> None:
    # R-CR-6: "pharmacology" (APRN pharmacology hours) is a subject, not the pharmacy profession
    text = (
        "Advanced Practice Nursing Ebook\nAccepted by your state board and ANCC accredited.\n"
        "[3 contact hours] [2 pharmacology hours] Chronic pain care costs society billions.\n"
    )
    assert rule_credits(text) == [{"type": "ANCC", "amount": 3.0, "unit": "contact_hour"}]
    text = "Clinical Pharmacology Review\nThis course offers 2 contact hours to physicians.\n"
    assert all(c["type"] != "ACPE" for c in rule_credits(text))


def test_types_of_credit_listed_share_the_pages_one_unnamed_amount() -> None:
    # R-CR-38 for approvers listed before the amount: "offers the following types of credit: APA"
    text = (
        "Hoarding Skills Training\nProfessional credit\n"
        "- This activity offers the following types of credit: APA, NBCC\n"
        "- 4.0 CEs are available.\n"
    )
    assert rule_credits(text) == [
        {"type": "APA", "amount": 4.0, "unit": "credit"},
        {"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "NBCC"},
    ]


def test_credit_that_is_provided_is_offered() -> None:
    # R-CR-65: "CME/CEU credits are provided with the support of ..."
    text = (
        "Compassion Rounds\nRounds take place on Friday at noon. Lunch will be provided. "
        "CME/CEU credits are provided with the support of the alumni office.\n"
    )
    assert rule_credits(text) == [{"type": "CME", "amount": None, "unit": "credit"}]


def test_a_credit_table_row_of_unknown_credit_words_is_other() -> None:
    # R-CR-71: "1.00 / CE for Nurse Practitioners" among rows "amount / credit name"
    text = (
        "Migraine Update\nMaximum Credits\n\n1.50 / AMA PRA Category 1 Credit™\n"
        "1.50 / CE for Nurse Practitioners\n1.50 / CE for Pharmacists (0.15 CEUs)\n"
    )
    got = rule_credits(text)
    assert {
        "type": "OTHER",
        "amount": 1.5,
        "unit": "credit",
        "label": "CE for Nurse Practitioners",
    } in got
    assert {"type": "AMA_PRA_1", "amount": 1.5, "unit": "credit"} in got
    assert {"type": "ACPE", "amount": 1.5, "unit": "credit"} in got
    # one such row alone is no table
    assert rule_credits("Migraine Update\n2.00 / Session Handouts\n") == []
    # rows apart, prose between them, are no table
    text = "Migraine Update\n1.50 / CE for Nurse Practitioners\nThe talk covers triptans.\n"
    text += "2.00 / CE hours of reading\n"
    assert rule_credits(text) == []


def test_an_amount_alone_above_its_credit_words() -> None:
    # R-CR-72: "8" / "CE Hours available ( How do I get my CE? )": the value above its key
    text = (
        "ACT 2\n\nCompassion-Focused Skills for Therapists\n\n6\n"
        "CE Hours available ( How do I get my CE? )\nJane Roe, LCSW, trainer\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "CE Hours"}
    ]
    # a number alone above other words is none
    assert rule_credits("Module 2\n\n6\nSessions available online\n") == []


def test_receiving_ce_credit_on_a_page_naming_no_system_offers_unnamed_ce() -> None:
    # R-CR-73: R-CR-47's earning verb with unnamed CE ("to receive CE credit"), no amount
    text = (
        "Glaucoma Review Online\nAll lectures must be viewed by December in order to receive "
        "CE credit. An exam follows the lectures.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "CE"}
    ]
    # CE only mentioned, or a named system on the page: no unnamed entry
    assert rule_credits("Glaucoma Review\nCE credit rules changed in 2020.\n") == []
    text = "Glaucoma Review\nReceive CE credit: 2 COPE credits are available.\n"
    assert all(c.get("label") != "CE" for c in rule_credits(text))
