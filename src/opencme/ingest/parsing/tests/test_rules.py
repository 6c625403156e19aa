"""One test per judgement call in rules.md (the rule id is in the test name)."""

from __future__ import annotations

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_listing(text).record["credits"]
    return out


def test_rule_cr1_amount_before_or_after_the_name() -> None:
    assert credits("IPCE Credits: 1.5 hours") == [{"type": "IPCE", "amount": 1.5, "unit": "hour"}]
    assert credits(
        "The Society designates this enduring material for a maximum of 1.50 AMA PRA "
        "Category 1 Credits™."
    ) == [{"type": "AMA_PRA_1", "amount": 1.5, "unit": "credit"}]


def test_rule_cr2_conversion_tables_and_rates_are_not_credit() -> None:
    text = (
        "Use these formulas to convert hours:\n1 Contact Hour |\n= |\n60 Minutes or 1 AMA PRA "
        "Category 1 Credit ™ |"
    )
    assert credits(text) == []
    assert credits("The EACCME awards ECMECs on the basis of 0.5 ECMEC for 30 minutes.") == []
    assert credits("Pay the $200 CME fee at registration.") == []


def test_rule_cr3_statute_hours_are_not_credit_but_offered_hours_are() -> None:
    assert (
        credits("Practitioners must have a total of 8 hours of training on opioid use disorders.")
        == []
    )
    assert credits(
        "You can claim up to 8 hours of credit by taking the course to meet the DEA requirements."
    ) == [{"type": "CME", "amount": 8.0, "unit": "hour"}]
    assert credits("To renew, at least 60 of the 75 contact hours must be approved.") == []


def test_rule_cr4_cme_credits_beside_an_ama_designation_are_ama_pra_1() -> None:
    text = (
        "Credit Designations Available: AMA PRA Category 1 Credit™\nCredit Offered:\n"
        "1.25 CME Credits"
    )
    assert credits(text) == [{"type": "AMA_PRA_1", "amount": 1.25, "unit": "credit"}]
    assert credits("CME Credits: 0.5") == [{"type": "CME", "amount": 0.5, "unit": "credit"}]


def test_rule_cr5_nursing_without_approver_is_nursing_ce_with_ancc_is_ancc() -> None:
    assert credits(
        "Credit Designations Available: Nursing Contact Hours\n1.25 Nursing Credits"
    ) == [{"type": "NURSING_CE", "amount": 1.25, "unit": "contact_hour"}]
    assert credits("Acme is accredited by the ANCC.\nThis course offers 8.5 Contact Hours.") == [
        {"type": "ANCC", "amount": 8.5, "unit": "contact_hour"}
    ]


def test_rule_cr6_pharmacy_credit_is_acpe() -> None:
    assert credits("1.25 Pharmacy Credits") == [{"type": "ACPE", "amount": 1.25, "unit": "credit"}]
    assert credits(
        "X designates this knowledge-based CPE activity for 11.0 contact hours for pharmacists."
    ) == [{"type": "ACPE", "amount": 11.0, "unit": "contact_hour"}]


def test_rule_cr7_other_systems_keep_their_own_name() -> None:
    assert credits("The event has been accredited with 17.0 European CME credits (ECMEC®s).") == [
        {"type": "OTHER", "amount": 17.0, "unit": "credit", "label": "ECMEC"}
    ]


def test_rule_cr8_offered_without_amount_is_null_and_tbd_is_null() -> None:
    out = credits(
        "Credit Designations Available: Interprofessional Continuing Education (IPCE) Credit"
    )
    assert out == [{"type": "IPCE", "amount": None, "unit": "credit"}]
    assert credits(
        "City designates this live activity for a maximum of TBD AMA PRA Category 1 Credit(s)TM."
    ) == [{"type": "AMA_PRA_1", "amount": None, "unit": "credit"}]


def test_rule_cr9_ceu_equivalent_in_parentheses_is_ignored() -> None:
    assert credits(
        "This lesson provides 3.0 hours (0.3 CEUs) of credit, and is intended for pharmacists."
    ) == [{"type": "ACPE", "amount": 3.0, "unit": "hour"}]


def test_rule_cr10_acceptance_by_another_body_is_not_a_designation() -> None:
    assert credits("This activity meets the criteria for acceptable AAPA Category 1 CME.") == []


def test_rule_mo2_board_needs_to_stand_beside_the_points() -> None:
    moc = parse_listing("Attendees can earn 46.5 ABIM MOC points—up from 30 points in 2016.").record
    assert moc["moc"] == [{"board": "ABIM", "points": 46.5, "credit_types": []}]


def test_rule_dt1_dates_in_titles_and_prose_are_not_activity_dates() -> None:
    r = parse_listing("Coronavirus Update From the CDC – August 20, 2020\n0.5 Credit CME").record
    assert (r["start_date"], r["end_date"], r["expires"]) == (None, None, None)


def test_rule_dt2_slash_ranges_are_day_first_only_when_needed() -> None:
    r = parse_listing("EAPM 2024, Lausanne 12/06/2024 – 15/06/2024, has been accredited.").record
    assert (r["start_date"], r["end_date"]) == ("2024-06-12", "2024-06-15")
    assert parse_listing("Release Date: March 2015").record["start_date"] == "2015-03"


def test_rule_co1_free_is_usd_zero() -> None:
    assert parse_listing("Cost: FREE").record["cost"] == {
        "free": True,
        "amount": 0,
        "currency": "USD",
        "tiers": [],
        "note": None,
    }


def test_rule_co2_tiers_lowest_price_and_note() -> None:
    cost = parse_listing("Registration fees: Members $25, Non-members $40").record["cost"]
    assert cost["amount"] == 25.0
    assert cost["currency"] == "USD"
    assert [t["amount"] for t in cost["tiers"]] == [25.0, 40.0]
    assert parse_listing("- Fee to Participate: Variable").record["cost"]["note"] == "Variable"


def test_rule_co4_silence_on_cost_is_null_not_false() -> None:
    silent = parse_rules("Nutrition in Heart Failure\n1.0 contact hour for nurses.").record
    assert silent["cost"]["free"] is None
    assert silent["cost"]["amount"] is None
    assert parse_rules("Tuition: $150").record["cost"]["free"] is False
    assert parse_rules("Course fee: varies by institution").record["cost"]["free"] is False


def test_rule_co3_cancellation_fees_are_not_prices() -> None:
    cost = parse_listing("A processing fee of $100 will be charged for cancellations.").record
    assert cost["cost"]["amount"] is None


def test_rule_run_together_key_values_are_split() -> None:
    r = parse_listing(
        "Activity ID13870Expires October 27, 2027Format Type EnduringCME Credit 10.25Fee $0"
    ).record
    assert r["expires"] == "2027-10-27"
    assert r["format"] == "enduring"
    assert r["credits"] == [{"type": "CME", "amount": 10.25, "unit": "credit"}]
    assert r["cost"]["free"] is True


def test_rule_pv2_footer_name_with_domain_is_the_provider() -> None:
    assert parse_listing("Summary\nPCSS-MOUD\nPCSS-MOUD.org\n").record["provider"] == "PCSS-MOUD"


def test_rule_pe1_credentials_stay_with_the_name() -> None:
    r = parse_listing("Faculty: Jane Roe, MD, PhD; John Doe, RN").record
    assert r["faculty"] == ["Jane Roe, MD, PhD", "John Doe, RN"]


def test_rule_ly1_wrapped_lines_are_rejoined() -> None:
    r = parse_listing("This lesson\nprovides 2.0 hours of credit for pharmacists.").record
    assert r["credits"] == [{"type": "ACPE", "amount": 2.0, "unit": "hour"}]


def test_rule_cr11_credit_words_inside_organisation_names_are_ignored() -> None:
    assert credits(
        "The University School of Nursing designates this live activity for a maximum "
        "of 2.0 AMA PRA Category 1 Credits."
    ) == [{"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"}]


def test_rule_cr12_hours_approved_by_a_named_body_take_its_type() -> None:
    assert credits(
        "This program is approved by the National Association of Social Workers "
        "(Approval # 886427222) for 27 continuing education contact hours."
    ) == [{"type": "OTHER", "amount": 27.0, "unit": "contact_hour", "label": "NASW"}]


def test_rule_cr13_provider_approval_without_amount_is_not_a_designation() -> None:
    assert (
        credits(
            "ABCT is approved by the American Psychological Association to sponsor "
            "continuing education for psychologists."
        )
        == []
    )


def test_rule_ly2b_description_heading_keeps_a_prose_lead_in_to_a_list() -> None:
    text = (
        "Pharmacy Review Course\n\nActivity Overview\n\n"
        "This course helps pharmacists who are preparing for the specialty examination. "
        "The program goals are as follows:\n"
        "• Review disease states\n\n"
        "Learning Objectives\n\n"
        "After this course, participants will be able to do these things:\n"
        "• Describe the guidelines\n"
    )
    record = parse_listing(text).record
    assert record["description"].endswith("The program goals are as follows:")
    assert record["objectives"] == ["Describe the guidelines"]


def test_rule_ly2b_a_short_label_ending_in_a_colon_is_not_a_description() -> None:
    text = "Course\n\nActivity Overview\n\nWhat you will find in this course:\n• Cases\n"
    assert parse_listing(text).record["description"] is None


def test_rule_lo1_eaccme_statement_names_the_place_not_the_delivery() -> None:
    statement = (
        "“The EAPM 2024 Lausanne, Lausanne, Switzerland 12/06/2024 – 15/06/2024, has been "
        "accredited by the European Accreditation Council for Continuing Medical Education "
        "(EACCME®) with 17.0 European CME credits (ECMEC®s).”"
    )
    record = parse_listing(statement).record
    assert record["location"] == "Lausanne, Switzerland"
    assert record["delivery"] is None
    glued = statement.replace(
        "EAPM 2024 Lausanne, Lausanne, Switzerland", "Meeting 2024ViennaAustria,"
    )
    assert parse_listing(glued).record["location"] == "Vienna, Austria"
    no_place = statement.replace("EAPM 2024 Lausanne, Lausanne, Switzerland", "EAPM Congress")
    assert parse_listing(no_place).record["location"] is None


def rule_credits(text: str) -> list[dict[str, object]]:
    """The rule extractors' credits alone (the learned reader may choose otherwise)."""
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_rule_pv4_provider_from_provided_or_sponsored_by() -> None:
    r = parse_rules(
        "Wound Care Update\nThis webinar is jointly provided by Lakeside Nursing Institute and "
        "Harbor Valley Hospital.\n"
    ).record
    assert r["provider"] == "Lakeside Nursing Institute"
    assert r["joint_providers"] == ["Harbor Valley Hospital"]
    r = parse_rules("Sponsored by the Prairie Society of Hospital Pharmacists (PSHP).").record
    assert r["provider"] == "Prairie Society of Hospital Pharmacists"


def test_rule_pv4_provider_named_on_the_line_under_its_cue() -> None:
    assert parse_rules("Provided by\nNorthfield Academy of Sleep Medicine\n").record[
        "provider"
    ] == ("Northfield Academy of Sleep Medicine")


def test_rule_pv5_an_accreditor_or_a_presenter_is_never_the_provider() -> None:
    r = parse_rules("This course is approved by the ANCC.\nPresented by Ana Ruiz, RN, MSN").record
    assert r["provider"] is None
    r = parse_rules(
        "Coastal Therapy Seminars, provider #4521, is approved by the Association of Social "
        "Work Boards (ASWB) as a provider for continuing education."
    ).record
    assert r["provider"] == "Coastal Therapy Seminars"


def test_rule_pv4_grant_givers_are_not_providers() -> None:
    text = "Supported by an educational grant provided by Acme Pharma, Inc."
    assert parse_rules(text).record["provider"] is None


def test_rule_cr16_words_between_the_amount_and_the_system() -> None:
    assert rule_credits("Pharmacists earn 2.25 application-based ACPE contact hours.") == [
        {"type": "ACPE", "amount": 2.25, "unit": "contact_hour"}
    ]
    assert rule_credits("The program offers 3 total AAPA Category 1 CME credits.") == [
        {"type": "AAPA_1", "amount": 3.0, "unit": "credit"}
    ]
    # a word outside the class keeps the amount away from the system
    assert rule_credits("Bring 2 colleagues for ACPE credit.") != [
        {"type": "ACPE", "amount": 2.0, "unit": "credit"}
    ]


def test_rule_cr17_approved_for_takes_the_approvers_credit_type() -> None:
    assert rule_credits(
        "This workshop is approved by the National Board for Certified Counselors for 4 clock "
        "hours."
    ) == [{"type": "OTHER", "amount": 4.0, "unit": "hour", "label": "NBCC"}]
    assert rule_credits("The lecture is COPE approved for 1.5 hours of CE credit.") == [
        {"type": "COPE", "amount": 1.5, "unit": "hour"}
    ]
    # a requirement, not a designation (R-CR-3)
    assert rule_credits("A minimum of 6 hours is required: NBCC approved for 6 hours.") == []


def test_rule_cr18_credit_with_no_named_system_keeps_the_texts_words() -> None:
    assert rule_credits("Counselors and marriage therapists receive 4 Clinical CEs.") == [
        {"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "Clinical CEs"}
    ]
    assert rule_credits("Registered dietitians: 2.5 CEUs.") == [
        {"type": "OTHER", "amount": 2.5, "unit": "credit", "label": "CEUs"}
    ]
    assert rule_credits("A 1.0 CE hour lesson for pharmacists.") == [
        {"type": "ACPE", "amount": 1.0, "unit": "hour"}
    ]


def test_rule_dt4_date_keys_are_a_class() -> None:
    r = parse_rules("Hand Hygiene Refresher\nValid through: 30 September 2027\n").record
    assert r["expires"] == "2027-09-30"
    r = parse_rules(
        "Module opens to learners.\nThe module is available until March 3, 2028."
    ).record
    assert r["expires"] == "2028-03-03"
    r = parse_rules("Date of Expiration - 11/15/2027\nDate of original release: 11/15/2025").record
    assert (r["start_date"], r["expires"]) == ("2025-11-15", "2027-11-15")


def test_rule_dt4_recordings_of_a_live_event_are_no_expiry() -> None:
    text = (
        "The Guild designates this live activity for a maximum of 6 AMA PRA Category 1 "
        "Credits™.\nSession videos stay available online until January 5, 2028.\n"
    )
    assert parse_rules(text).record["expires"] is None
    assert parse_rules("Session videos stay available online until January 5, 2028.").record[
        "expires"
    ] == ("2028-01-05")


def test_rule_dt4_a_page_history_date_is_no_release_date() -> None:
    r = parse_rules("Course created on: January 2, 2024\nLast updated: May 5, 2025\n").record
    assert (r["start_date"], r["expires"]) == (None, None)


def test_rule_ly3_key_above_its_value() -> None:
    r = parse_rules(
        "Sleep Medicine Basics\nExpiration Date:\nApril 9, 2029\nProvider\nDelta Sleep Society\n"
    ).record
    assert r["expires"] == "2029-04-09"
    assert r["provider"] == "Delta Sleep Society"
    # a sentence under a heading is not the heading's value
    r = parse_rules("Provider\nThis course was written by the staff of our clinic.\n").record
    assert r["provider"] != "This course was written by the staff of our clinic."


def fmt(text: str) -> object:
    return parse_rules(text).record["format"]


def test_rule_fo3_series_are_rss_even_when_designated_live() -> None:
    assert fmt(
        "Pediatric Tumor Board\nThe Hospital designates this live activity for a maximum of "
        "1.0 AMA PRA Category 1 Credit™."
    ) == ("rss")


def test_rule_fo3_webinar_at_a_date_and_time_is_internet_live() -> None:
    assert fmt("Join our webinar on Kidney Stones\nMay 12, 2027, 7:00 PM ET\n") == "internet_live"
    assert fmt("Recorded webinar on kidney stones.\nMay 12, 2027, 7:00 PM ET\n") == "enduring"


def test_rule_fo3_online_material_with_release_and_expiry_and_no_event_is_enduring() -> None:
    text = "Anemia in Pregnancy\nRelease Date: 02/01/2027\nExpiration Date: 02/01/2029\n"
    assert fmt(text) == "enduring"


def test_rule_fo3_article_with_a_quiz_is_journal() -> None:
    text = "Read the article below, then take the quiz to earn 1.0 contact hour."
    assert fmt(text) == "journal"


def test_rule_fo3_dated_gathering_is_live_and_nothing_stated_is_null() -> None:
    assert fmt("Regional Sports Medicine Workshop\nSaturday, June 5, 2027, 8:00 am\n") == "live"
    assert fmt("Notes on heart failure.") is None


def statements(text: str) -> dict[str, bool]:
    out: dict[str, bool] = parse_rules(text).record["statements"]
    return out


def test_rule_st3_approval_wording_is_an_accreditation_statement() -> None:
    assert statements(
        "Bayside Counseling Institute is approved as a provider of continuing education by the "
        "State Board of Counselors."
    )["accreditation"]
    assert statements("This lecture series was approved by the Island Nurses Association.")[
        "accreditation"
    ]
    # credit a course is "approved for", or an accredited school, is no such statement
    assert not statements("This seminar is approved for 2 CE hours.")["accreditation"]
    assert not statements("Graduates of accredited nursing programs may enroll.")["accreditation"]


def test_rule_st4_grants_and_funding_are_funding_statements() -> None:
    assert statements("This module is supported by an educational grant from Example Labs.")[
        "funding"
    ]
    assert statements("We gratefully acknowledge the support of the Lakeview Foundation.")[
        "funding"
    ]
    assert not statements("Nurses support patients through recovery.")["funding"]


def objectives(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["objectives"]
    return out


def test_rule_ob1_objectives_under_a_lead_in_sentence() -> None:
    text = (
        "Coastal Dermatology Day\nAt the close of the day, attendees should be able to:\n"
        "- Describe three causes of contact dermatitis\n- Select a patch-test series\n"
    )
    assert objectives(text) == [
        "Describe three causes of contact dermatitis",
        "Select a patch-test series",
    ]
    assert objectives(
        "Participants will:\n• Plan a fall-risk screen\n• Teach safe transfers\n"
    ) == [
        "Plan a fall-risk screen",
        "Teach safe transfers",
    ]
    keyed = "Course Objectives: By the end, learners will be able to:\n1. Name two antidotes\n"
    assert objectives(keyed) == ["Name two antidotes"]


def test_rule_ly4_a_lone_bullet_belongs_to_the_next_line() -> None:
    text = "Learning Objectives\n•\nExplain renal dosing\n-\nAdjust doses for dialysis\n"
    assert objectives(text) == ["Explain renal dosing", "Adjust doses for dialysis"]


def test_rule_ti2_navigation_and_section_headings_are_never_titles() -> None:
    text = "Return to Course Listing\nActivity Details\nAsthma in Adults 2027\n"
    assert parse_rules(text).record["title"] == "Asthma in Adults 2027"
    text = "Start Activity\nSaturday, May 8, 2027\nJane Roe, RN, MSN\nStroke Care for EMS\n"
    assert parse_rules(text).record["title"] == "Stroke Care for EMS"
    assert parse_rules("A. Course Outline\n2027 Annual Meeting\n").record["title"] == (
        "2027 Annual Meeting"
    )
    # a date inside a real title does not make it a date line
    assert parse_rules("March 2027 Cardiology Update\n").record["title"] == (
        "March 2027 Cardiology Update"
    )


def test_rule_dt5_event_days_in_prose_and_ordinal_ranges() -> None:
    r = parse_rules("The skills lab will be held on Thursday, October 7, 2027 in Hall B.").record
    assert r["start_date"] == "2027-10-07"
    r = parse_rules("Wound Care Summit\n21st – 23rd April 2027\nGlasgow\n").record
    assert (r["start_date"], r["end_date"]) == ("2027-04-21", "2027-04-23")
    r = parse_rules("Trauma Nursing Day\nSaturday, March 6, 2027, 9:00 AM - 4:00 PM\n").record
    assert r["start_date"] == "2027-03-06"
    # a page's own date, alone on its line without a time, is no event day
    assert (
        parse_rules("Hand Hygiene News\nMarch 6, 2027\nNurses met today.\n").record["start_date"]
        is None
    )


def test_rule_pe2_faculty_under_role_keys_and_name_with_credentials_lines() -> None:
    r = parse_rules("Panelists:\nAna Ruiz, RN, MSN\nTom Lee, PharmD\n\nObjectives").record
    assert r["faculty"] == ["Ana Ruiz, RN, MSN", "Tom Lee, PharmD"]
    assert parse_rules("Course Instructor: Mia Chen, LCSW").record["faculty"] == ["Mia Chen, LCSW"]
    assert parse_rules("Sleep and Mood\nOmar Haddad, M.D.\n").record["faculty"] == [
        "Omar Haddad, M.D."
    ]
    # a sentence that mentions a doctor is no faculty line
    assert parse_rules("Ask your pharmacist or Dr. Smith about refills.").record["faculty"] == []


def test_rule_de2_description_under_its_heading_or_the_first_paragraph() -> None:
    about = (
        "About this Training\nThis two-day workshop teaches clinicians to run brief "
        "motivational interviews with adolescents in primary care clinics.\n"
    )
    assert parse_rules(about).record["description"].startswith("This two-day workshop")
    text = (
        "Kidney Basics\nChronic kidney disease affects one adult in seven; this module walks "
        "through staging, referral and the medicines that need a lower dose.\n"
        "Learning Objectives\n- Stage chronic kidney disease\n"
    )
    assert parse_rules(text).record["description"].startswith("Chronic kidney disease")
    policy = (
        "Refunds\nRegistrants must cancel in writing at least ten days before the course to "
        "receive a refund, less a processing charge of twenty dollars.\n"
    )
    assert parse_rules(policy).record["description"] is None


def test_rule_au2_audience_headings_and_lead_phrases_are_classes() -> None:
    text = "Who Should Attend\n• Respiratory therapists\n• Critical care nurses\n\nAgenda"
    assert parse_rules(text).record["audience"] == [
        "respiratory therapists",
        "critical care nurses",
    ]
    text = "The workshop is geared toward school counselors and social workers."
    assert parse_rules(text).record["audience"] == ["school counselors", "social workers"]
    # a lead phrase outside a sentence about the activity is not the audience
    assert parse_rules("Our clinic is open to new patients.").record["audience"] == []


def test_rule_sp1_specialists_named_as_the_audience_give_the_specialty() -> None:
    text = "This course is designed for nephrologists, hospitalists and pharmacists."
    assert parse_rules(text).record["specialties"] == ["Nephrology", "Hospital Medicine"]
    # a profession is not a specialty, and a topic alone names none
    assert parse_rules("This webinar is intended for psychologists.").record["specialties"] == []
    assert parse_rules("A course on asthma in adults.").record["specialties"] == []
