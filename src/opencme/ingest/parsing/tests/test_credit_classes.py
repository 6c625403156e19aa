"""Classes of credit wording the rule extractor missed (issue 18), one synthetic text each."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_contact_hours_of_a_listing_without_nurses_keep_the_texts_words() -> None:
    # docs/corpus.md "Credit with no named system": not nursing credit when no nurse is named
    assert rule_credits("Speech Therapy Update\nContact Hours: 3") == [
        {"type": "OTHER", "amount": 3.0, "unit": "contact_hour", "label": "Contact Hours"}
    ]
    # with nurses named it stays the nurses' unnamed credit
    assert rule_credits("For registered nurses.\nContact Hours: 3") == [
        {"type": "NURSING_CE", "amount": 3.0, "unit": "contact_hour"}
    ]


def test_a_state_boards_approval_of_the_activity_is_other_with_the_boards_name() -> None:
    assert rule_credits(
        "This webinar is approved by the Oregon Board of Nursing, Provider Number 123, for 2.0 "
        "contact hours."
    ) == [
        {
            "type": "OTHER",
            "amount": 2.0,
            "unit": "contact_hour",
            "label": "Oregon Board of Nursing",
        }
    ]
    assert rule_credits("This seminar has been approved by the Ohio State Board of Dentistry.") == [
        {
            "type": "OTHER",
            "amount": None,
            "unit": "credit",
            "label": "Ohio State Board of Dentistry",
        }
    ]
    # a provider's approval with no amount is no designation (R-CR-13)
    assert rule_credits("Acme is an approved provider of the Ohio Board of Nursing.") == []
    # a protocol a board approved is not the activity
    assert rule_credits("It reviews the protocol approved by the Iowa Board of Pharmacy.") == []


def test_a_state_board_as_a_key_with_hours_is_that_boards_credit() -> None:
    assert rule_credits("Vermont Board of Physical Therapy: 2.00 Hours") == [
        {
            "type": "OTHER",
            "amount": 2.0,
            "unit": "hour",
            "label": "Vermont Board of Physical Therapy",
        }
    ]


def test_credit_hours_with_no_named_system_keep_the_texts_words() -> None:
    assert rule_credits("Periodontal Charting for Hygienists (2 credit hours)") == [
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "credit hours"}
    ]
    assert rule_credits("Counseling Skills | CE Hours: 6.00 | Intermediate") == [
        {"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "CE Hours"}
    ]


def test_a_participle_between_the_name_and_its_amount() -> None:
    assert rule_credits("Acme is accredited by the ANCC.\nContact Hours Awarded: 2.5") == [
        {"type": "ANCC", "amount": 2.5, "unit": "contact_hour"}
    ]


def test_a_spelled_number_in_parentheses_after_the_amount() -> None:
    assert rule_credits(
        "Acme is accredited by the ANCC. This course awards 3.0 (three) contact hours."
    ) == [{"type": "ANCC", "amount": 3.0, "unit": "contact_hour"}]


def test_a_line_that_is_only_a_systems_name_designates_it() -> None:
    # a credit table's cell: the system offered, no amount stated
    assert rule_credits("Credit Type\nAMA PRA Category 1 Credits™\nRelease: 2025") == [
        {"type": "AMA_PRA_1", "amount": None, "unit": "credit"}
    ]
    # a generic name alone says no system
    assert rule_credits("Overview\nCME\nRelease: 2025") == []


def test_credit_words_in_plural_or_on_organisation_names_are_ignored() -> None:
    # R-CR-11 for "Schools of ...", "Council on ..."
    assert (
        rule_credits(
            "Most Schools of Social Work and the Council on Social Work Education offer training."
        )
        == []
    )


def test_a_provider_approved_to_offer_a_systems_credit_designates_nothing() -> None:
    # R-CR-13
    assert (
        rule_credits("Acme is approved to offer social work continuing education by the ASWB.")
        == []
    )


def test_a_bare_cme_beside_a_system_with_its_amount_is_dropped() -> None:
    assert rule_credits(
        "Browse activities that offer CME credit.\n1.0 Contact Hour of ACPE Credit"
    ) == [{"type": "ACPE", "amount": 1.0, "unit": "contact_hour"}]


def test_a_table_of_one_figure_per_college_gives_one_entry_per_college() -> None:
    # docs/corpus.md "Other systems' labels"
    assert rule_credits(
        "Accreditation\nRoyal Society of Examples – 12 Cat. A CME points\n"
        "Example Physiotherapy Association - 4 points per year"
    ) == [
        {"type": "OTHER", "amount": 12.0, "unit": "point", "label": "Royal Society of Examples"},
        {
            "type": "OTHER",
            "amount": None,
            "unit": "point",
            "label": "Example Physiotherapy Association",
        },
    ]


def test_cme_points_and_cpd_hours_are_other_systems() -> None:
    assert rule_credits("Participants may claim 4 CME points.") == [
        {"type": "OTHER", "amount": 4.0, "unit": "point", "label": "CME points"}
    ]
    assert rule_credits("Completing the quiz gives 2 hours of CPD.") == [
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "CPD"}
    ]
    assert rule_credits("Earn 6 CPD hours.") == [
        {"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "CPD"}
    ]
    # "CPD" with no amount names the kind of activity, not a system
    assert rule_credits("This activity is approved for CPD.") == []


def test_an_approvers_acronym_between_the_amount_and_a_credit_word() -> None:
    assert rule_credits("Earn 12.25 NBCC CE Hours.") == [
        {"type": "OTHER", "amount": 12.25, "unit": "hour", "label": "NBCC"}
    ]
    assert rule_credits("The program is accredited for 3 hours of XYZB Credit.") == [
        {"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "XYZB"}
    ]
    assert rule_credits("Attend to claim 20 PRC CPD points.") == [
        {"type": "OTHER", "amount": 20.0, "unit": "point", "label": "PRC CPD"}
    ]
    # a credential or a capitalised word is no approver
    assert rule_credits("Jane Roe, MS 2 CE Credits") != [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "MS"}
    ]
    assert rule_credits("EARN UP TO 21 OF CREDITS") == []


def test_hours_of_continuing_education_take_the_field_it_names_or_the_profession() -> None:
    assert rule_credits("A total of 12 hours of continuing medical education is available.") == [
        {"type": "CME", "amount": 12.0, "unit": "hour"}
    ]
    assert rule_credits("For dentists: 2.5 hours of continuing education credit.") == [
        {"type": "OTHER", "amount": 2.5, "unit": "hour", "label": "continuing education credit"}
    ]
    assert rule_credits("Your certificate for 15 hours of continuing education (ABCD).") == [
        {"type": "OTHER", "amount": 15.0, "unit": "hour", "label": "ABCD"}
    ]
    # an approver's own standard ("as required by") is no requirement on the learner
    assert rule_credits(
        "The course meets the qualifications for 6 hours of continuing education credit as "
        "required by the National Board for Certified Counselors."
    ) == [{"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "NBCC"}]
    # a requirement, with nothing offered
    assert rule_credits("Complete 10 hours of continuing education before license renewal.") == []


def test_a_credit_table_row_with_the_amount_first() -> None:
    assert rule_credits("Maximum Credits\n2.50 / AMA PRA Category 1 Credit™") == [
        {"type": "AMA_PRA_1", "amount": 2.5, "unit": "credit"}
    ]


def test_hours_with_their_ceu_conversion_are_the_amount() -> None:
    # the CEU in parentheses converts the hours; a pharmacy provider's hours are ACPE
    assert rule_credits(
        "Acme is accredited by the ACPE.\nCredits: 2 hours (0.2 CEU) of home study"
    ) == [{"type": "ACPE", "amount": 2.0, "unit": "hour"}]


def test_a_requirement_word_governs_only_its_own_clause() -> None:
    assert rule_credits("New Licensing Requirements: What Changes - 2 APA CE Credits") == [
        {"type": "APA", "amount": 2.0, "unit": "credit"}
    ]
    # within its clause it still refuses (R-CR-3)
    assert rule_credits("Licensees must complete 2 APA CE Credits each year.") == []


def test_unnamed_contact_hours_of_a_provider_a_state_board_approved_are_the_boards() -> None:
    assert rule_credits(
        "For registered nurses.\nContact Hours: 1.5\nAcme is approved by the Texas Board of "
        "Nursing, Provider #123, for continuing education credit."
    ) == [
        {"type": "OTHER", "amount": 1.5, "unit": "contact_hour", "label": "Texas Board of Nursing"}
    ]


def test_a_rate_of_credit_names_the_system_without_an_amount() -> None:
    # docs/corpus.md: point-of-care credit per search is a rate
    assert rule_credits(
        "Submit the form, earning 0.5 AMA PRA Category 1 Credit for each query."
    ) == [{"type": "AMA_PRA_1", "amount": None, "unit": "credit"}]
    assert rule_credits(
        "Preceptors may be awarded credit at a rate of 2 AAPA Category 1 CME credits per student."
    ) == [{"type": "AAPA_1", "amount": None, "unit": "credit"}]


def test_a_number_that_ends_a_name_is_no_amount() -> None:
    assert rule_credits("Offered: Category 1 CME for precepting students") == [
        {"type": "CME", "amount": None, "unit": "credit"}
    ]


def test_a_rate_refuses_only_the_amount_it_follows() -> None:
    assert rule_credits("Earn: 4.0 CEUs (2.0 CEUs per session). Counselors welcome.") == [
        {"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "CEUs"}
    ]
    assert rule_credits("The system is based on 1 ECMEC per hour.") == []


def test_a_registry_category_before_unnamed_ce_is_part_of_the_label() -> None:
    assert rule_credits("Radiologic technologists: approved for 2 Category A CE credits") == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "Category A CE credits"}
    ]
    assert rule_credits("CEUs awarded: 0.5 CAT B CEUs") == [
        {"type": "OTHER", "amount": 0.5, "unit": "credit", "label": "CAT B CEUs"}
    ]


def test_contact_hours_of_a_page_naming_one_approver_are_that_approvers() -> None:
    # R-CR-12 at page level: "AOTA CEUs" named, the hours stated apart from it
    assert rule_credits(
        "Occupational therapy course\nContact Hours: 4\nThe assignment of AOTA CEUs does not "
        "imply endorsement."
    ) == [{"type": "OTHER", "amount": 4.0, "unit": "contact_hour", "label": "AOTA"}]


def test_a_figure_in_parentheses_after_a_spelled_number() -> None:
    assert rule_credits("Available Credits:\nTwo (2) ADA CERP\nTwo (2) AGD PACE") == [
        {"type": "ADA_CERP", "amount": 2.0, "unit": "credit"},
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "AGD PACE"},
    ]
    # a numbered list's marker is no amount
    assert rule_credits("Offered: 1) a syllabus, 2) AMA PRA Category 1 Credits™") == [
        {"type": "AMA_PRA_1", "amount": None, "unit": "credit"}
    ]


def test_a_designation_wrapped_before_the_systems_name() -> None:
    assert rule_credits(
        "The Society designates this enduring material for a maximum of 12.0\n"
        "AMA PRA Category 1\nCredit(s)"
    ) == [{"type": "AMA_PRA_1", "amount": 12.0, "unit": "credit"}]


def test_plain_cme_credits_of_a_page_naming_one_cme_authority_abroad_are_its() -> None:
    assert rule_credits(
        "The congress applied to the European Board for Accreditation in Pneumology (EBAP).\n"
        "EBAP has granted 12 CME credits to the congress."
    ) == [{"type": "OTHER", "amount": 12.0, "unit": "credit", "label": "EBAP"}]
    # a US page's plain CME stays CME
    assert rule_credits("Grand rounds: 1 CME credit.") == [
        {"type": "CME", "amount": 1.0, "unit": "credit"}
    ]


def test_an_approver_accrediting_the_activity_itself_designates_its_credit() -> None:
    assert rule_credits(
        "This activity, COPE Activity Number 123, is accredited by COPE for optometrists."
    ) == [{"type": "COPE", "amount": None, "unit": "credit"}]
    # the provider's accreditation is no designation (R-CR-13)
    assert rule_credits("Acme is accredited by COPE as a provider of education.") == []


def test_self_assessment_cme_is_its_own_system() -> None:
    assert rule_credits("Credits:\n- 2.00 SA-CME") == [
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "SA-CME"}
    ]


def test_approvers_listed_after_the_pages_one_amount_each_take_it() -> None:
    # R-CR-38, docs/corpus.md: several named boards give one entry per board
    text = "Grief Counseling Basics\nThis course qualifies for 4 hours of continuing education\n"
    text += "OH CSW, NBCC, NAADAC, MN BBHT\n"
    got = rule_credits(text)
    assert {(c["type"], c.get("label"), c["amount"], c["unit"]) for c in got} == {
        ("OTHER", "OH CSW", 4.0, "hour"),
        ("OTHER", "NBCC", 4.0, "hour"),
        ("OTHER", "NAADAC", 4.0, "hour"),
        ("OTHER", "MN BBHT", 4.0, "hour"),
    }
    # a heading "approved by the following ...:" then one approver a line, until the prose
    text = "Anger Management\nYou will receive 3 CE Credits/Contact Hours.\n"
    text += "This course is approved by the following for continuing education contact hours:\n"
    text += "The Ohio Board of Nursing # 12\nThe Guild of Sand Counselors (GSC) #4\n"
    text += "Check with your board about your own requirements.\n"
    got = rule_credits(text)
    assert {(c.get("label"), c["amount"], c["unit"]) for c in got} == {
        ("Ohio Board of Nursing", 3.0, "contact_hour"),
        ("GSC", 3.0, "contact_hour"),
    }
    # without such a list the unnamed amount stays as it is
    assert rule_credits("Anger Management\nYou will receive 3 CE Credits.\nNBCC, APA, ASWB\n")[0][
        "amount"
    ] == (3.0)


def test_an_acronym_with_the_words_of_its_credits_name_names_that_credit() -> None:
    # data/credit_words.json education_kinds: the credit's own name between acronym and unit
    got = rule_credits(
        "Leadership Rounds\nParticipants may earn up to 2.00 ACHE Qualifying Education Hours.\n"
    )
    assert got == [
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "ACHE Qualifying Education Hours"}
    ]
    got = rule_credits(
        "Renal Diet Update\n  • Dietitians — 1.5 CDR Continuing Professional Education units.\n"
    )
    assert got == [{"type": "CDR", "amount": 1.5, "unit": "credit"}]
