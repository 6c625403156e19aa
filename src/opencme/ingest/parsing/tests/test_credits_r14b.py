"""Credit classes of session 14, second round (issue 18; invented text). Each assertion failed
before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_an_acpe_uan_offers_acpe_credit() -> None:
    # R-CR-74: ACPE gives a UAN only to an activity it accredits (docs/corpus.md, Credits)
    text = (
        "Managing Gout in the Community Pharmacy\n"
        "Universal Activity Number: 0999-0000-26-101-H01-P\n"
        "Release Date: March 1, 2026\n"
    )
    assert rule_credits(text) == [{"type": "ACPE", "amount": None, "unit": "credit"}]
    text = "Program number 999-000-26-101-L04\nA live workshop for technicians.\n"
    assert rule_credits(text) == [{"type": "ACPE", "amount": None, "unit": "credit"}]


def test_a_uan_adds_nothing_when_acpe_credit_is_read() -> None:
    text = (
        "Managing Gout in the Community Pharmacy\n"
        "UAN: 0999-0000-26-101-H01-P\n"
        "This activity is approved for 1.5 contact hours of ACPE credit.\n"
    )
    assert rule_credits(text) == [{"type": "ACPE", "amount": 1.5, "unit": "contact_hour"}]


def test_a_number_of_another_shape_is_no_uan() -> None:
    text = "Order code 0999-0000-26-101\nRelease Date: March 1, 2026\n"
    assert rule_credits(text) == []


def test_a_credits_key_takes_the_activity_kind_the_page_names() -> None:
    # R-CR-75: "Credits: 1" on a page calling itself a CME activity, nothing else read
    text = (
        "Thyroid Nodules for the Busy Clinician\n"
        "Release Date: 1/1/26\n"
        "Credits: 1\n"
        "Participants in this online CME activity will review ultrasound criteria.\n"
    )
    assert rule_credits(text) == [{"type": "CME", "amount": 1.0, "unit": "credit"}]
    # a qualifier before "Credits" is the label of credit with no known system
    text = (
        "Contact Lens Update\n"
        "Journal Credits: 2\n"
        "The target audience for this CE activity is optometrists.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "Journal Credits"}
    ]


def test_a_credits_key_without_continuing_education_is_no_credit() -> None:
    # a university course's credits: no CME/CE activity named
    text = "Introduction to Epidemiology\nCredits: 3\nPrerequisite: Statistics I\n"
    assert rule_credits(text) == []
    text = "Human Anatomy\nAcademic Credits: 4\nThis CE course is not offered this year.\n"
    assert rule_credits(text) == []
    # plain "Credits" under a CE activity names no system: left
    text = "Wound Basics\nCredits: 2\nThis CE activity is for all staff.\n"
    assert rule_credits(text) == []


def test_a_stated_total_of_the_parts_wins() -> None:
    # R-CR-76: parts listed one a line, then their total (docs/corpus.md, parts and a total)
    text = (
        "Play-Based Assessment Training\n"
        "Participants earn the following credits:\n"
        "- 12 CE Credits for Modules 1-3 (first two days)\n"
        "- 4.5 Credits for the Infant Module (third day)\n"
        "For a total of 16.5 credits.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 16.5, "unit": "credit", "label": "CE Credits"}
    ]


def test_a_total_that_is_not_the_sum_of_the_parts_is_left() -> None:
    text = (
        "Play-Based Assessment Training\n"
        "Participants earn the following credits:\n"
        "- 12 CE Credits for Modules 1-3 (first two days)\n"
        "- 4.5 Credits for the Infant Module (third day)\n"
        "Licensees need a total of 40 credits each cycle.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "credit", "label": "CE Credits"}
    ]


def test_a_system_the_activity_is_deemed_eligible_for_is_no_designation() -> None:
    # R-CR-77: recognition by another body's agreement ("deemed ... eligible for ECMEC") is
    # no designation, as "accepts" (R-CR-10)
    text = (
        "Northern Eye Forum 2026\n"
        "The forum is an accredited group learning activity under Section 1 of the MOC "
        "Program.\n"
        "Live activities in Canada recognized as Section 1 are deemed by the European Union of "
        "Medical Specialists (UEMS) eligible for ECMEC.\n"
    )
    assert rule_credits(text) == [  # R-CR-78 reads the first sentence
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "MOC Section 1"}
    ]
    text = (
        "Lakeside Cardiology Days\n"
        "The forum is accredited by the EACCME® for 12 European CME credits (ECMEC®s).\n"
        "Live activities recognized by the UEMS-EACCME® for ECMEC®s are deemed to be "
        "Accredited Group Learning Activities (Section 1).\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "credit", "label": "ECMEC"}
    ]


def test_a_section_of_the_royal_colleges_moc_program() -> None:
    # R-CR-78: "an accredited group learning activity under Section 1 of the MOC Program"
    text = (
        "Prairie Retina Days 2026\n"
        "Prairie Retina Days is an accredited group learning activity under Section 1 of the "
        "MOC Program as defined by the Royal College of Physicians and Surgeons of Canada. "
        "Participants may claim up to 12.5 hours.\n"
        "The wet labs are Accredited Simulation Activities (Section 3) as defined by the MOC "
        "Program of the Royal College.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.5, "unit": "hour", "label": "MOC Section 1"},
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "MOC Section 3"},
    ]
    text = (
        "Listening to learn\n"
        "You can claim a podcast as a scanning activity under Section 2 MOC for 0.5 credit "
        "per podcast.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "Section 2 MOC"}
    ]


def test_a_section_other_activities_are_deemed_is_none() -> None:
    text = (
        "Lakeside Cardiology Days\n"
        "The forum is accredited by the EACCME® for 12 European CME credits (ECMEC®s).\n"
        "Live educational activities recognised by the UEMS-EACCME® for ECMEC®s are deemed to "
        "be Accredited Group Learning Activities (Section 1) as defined by the Maintenance of "
        "Certification Program of the Royal College.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.0, "unit": "credit", "label": "ECMEC"}
    ]


def test_hours_of_ce_are_hours_of_continuing_education() -> None:
    # R-CR-79: "N hours of CE" is R-CR-26's "N hours of continuing education"
    text = (
        "Local Anesthesia for Dental Hygienists\n"
        "With 24 hours of CE training designed by Dr. Ann Lee, this course prepares "
        "hygienists for the board examination.\n"
    )
    assert rule_credits(text) == [{"type": "OTHER", "amount": 24.0, "unit": "hour", "label": "CE"}]
    text = (
        "Advanced Practice Nursing Handbook\n"
        "This nursing handbook contains 12 hours of CE.\n"
        "Elm Learning is accredited as a provider of nursing continuing professional development "
        "by the American Nurses Credentialing Center's Commission on Accreditation (ANCC).\n"
    )
    assert rule_credits(text) == [{"type": "ANCC", "amount": 12.0, "unit": "hour"}]


def test_hours_of_ce_required_are_no_credit() -> None:
    text = "Renewal\nHygienists must complete 24 hours of CE every two years.\n"
    assert rule_credits(text) == []


def test_a_run_line_whose_name_holds_an_en_dash() -> None:
    # R-CR-44: a university's name with its campus after an en dash is one name
    text = (
        "Pressure Injury Staging\n"
        "Credit\n"
        "    • 3.00 ANCC Contact Hours\n"
        "    • 3.00 University of Erewhon–Northfield Continuing Education Hours\n"
    )
    assert rule_credits(text) == [
        {"type": "ANCC", "amount": 3.0, "unit": "contact_hour"},
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "hour",
            "label": "University of Erewhon–Northfield Continuing Education Hours",
        },
    ]


def test_a_run_of_alternatives_joined_by_or() -> None:
    # R-CR-44: "• 1.5 CEUs or" / "• 15 Category 1 CECHs for CHES" / "• 15.25 NBCC CE Hours"
    text = (
        "Brief Interventions Workshop\n"
        "  • 1.5 CEUs or \n"
        "  • 15 Category 1 CECHs for CHES or MCHES\n"
        "  • 15.25 NBCC CE Hours\n"
    )
    got = sorted(rule_credits(text), key=lambda c: str(c["label"]))
    assert got == [
        {"type": "OTHER", "amount": 15.0, "unit": "contact_hour", "label": "CECH"},
        {"type": "OTHER", "amount": 1.5, "unit": "credit", "label": "CEUs"},
        {"type": "OTHER", "amount": 15.25, "unit": "hour", "label": "NBCC"},
    ]


def test_a_ceu_line_without_or_stays_a_conversion() -> None:
    text = "Opioid Stewardship\n  • 1.5 ACPE Contact Hours\n  • 0.15 CEUs\n"
    assert rule_credits(text) == [{"type": "ACPE", "amount": 1.5, "unit": "contact_hour"}]


def test_an_aacn_cerp_category_line() -> None:
    # R-CR-80: AACN's Continuing Education Recognition Points by category, name then amount
    text = "Sepsis Bundles for ICU Nurses\nContact Hours 1.5\nCERP A 1.5\nExpires Jul 01, 2027\n"
    got = sorted(rule_credits(text), key=lambda c: str(c.get("label")))
    assert got == [
        {"type": "OTHER", "amount": 1.5, "unit": "credit", "label": "CERP A"},
        {"type": "NURSING_CE", "amount": 1.5, "unit": "contact_hour"},
    ]


def test_an_ada_cerp_statement_is_no_cerp_category() -> None:
    text = "Implant Update\nNorthfield Dental is an ADA CERP Recognized Provider.\nADA CERP 2027\n"
    assert rule_credits(text) == []


def test_unnamed_ceus_for_nurses_are_nursing_credit() -> None:
    # R-CR-81: the profession right after unnamed CE ("CEUs for Nurse Practitioners") decides
    text = "Managing Asthma\n2.0 CEUs for Nurse Practitioners which includes 1 pharmacology hour\n"
    assert rule_credits(text) == [{"type": "NURSING_CE", "amount": 2.0, "unit": "credit"}]
    text = "Managing Asthma\n2.0 CEUs for counselors\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "CEUs"}
    ]
