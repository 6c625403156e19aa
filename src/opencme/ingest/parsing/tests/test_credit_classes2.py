"""Classes of credit wording the rule extractor missed, second round (issue 18, R-CR-40 on).

One short synthetic text per class; each assertion failed before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


def test_a_spelled_out_amount_before_a_credit_name_is_the_amount() -> None:
    # R-CR-40: "one nursing contact hour", "six continuing education units"
    assert rule_credits(
        "Grand Rounds for nurses.\nOne nursing contact hour will be awarded to nurses who attend."
    ) == [{"type": "NURSING_CE", "amount": 1.0, "unit": "contact_hour"}]
    assert rule_credits(
        "Physicians welcome. Lunch and two AMA PRA Category 1 Credits™ provided."
    ) == [{"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"}]


def test_a_spelled_number_that_is_no_amount_stays_unread() -> None:
    # a pronoun or part of another word is no amount; a requirement is still refused (R-CR-3)
    assert rule_credits("Someone CME credits approved.") == []
    assert rule_credits("Nurses must complete twenty contact hours every two years to renew.") == []


def test_a_spelled_numeral_counting_activities_or_per_article_is_no_amount() -> None:
    # R-CR-40: "Two CPD accredited activities" counts activities; R-CR-30: a rate per article
    assert rule_credits("Complete Two CPD Accredited activities this year.") == []
    assert rule_credits(
        "Each article can be recorded for up to two CPD hours.\nEarn 10 CPD hours in total."
    ) == [{"type": "OTHER", "amount": 10.0, "unit": "hour", "label": "CPD"}]


def test_unnamed_credit_spelled_out_or_under_a_key_alone_on_its_line() -> None:
    # R-CR-40 with R-CR-18: unnamed credit whose amount is spelled out
    assert rule_credits(
        "Nurses who attend ($30) will be awarded six continuing education units."
    ) == [{"type": "NURSING_CE", "amount": 6.0, "unit": "credit"}]
    # R-CR-41: the key alone on its line, the amount on the next
    assert rule_credits("Dental course\nCredit Hours:\n3 Hour(s)\nShare") == [
        {"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "Credit Hours"}
    ]


def test_a_credit_keys_list_of_amounts_each_with_its_own_name() -> None:
    # R-CR-42: each item on its own; an unknown system is OTHER with its words as written
    assert rule_credits(
        "Total Credits: 3 State Board Ethics Hours, 2 AMA PRA Category 1 Credits™, "
        "1.5 Required Laws, Rules, and Regulations"
    ) == [
        {"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "State Board Ethics Hours"},
        {"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"},
        {
            "type": "OTHER",
            "amount": 1.5,
            "unit": "credit",
            "label": "Required Laws, Rules, and Regulations",
        },
    ]


def test_an_acronym_accrediting_the_activity_for_an_amount() -> None:
    # R-CR-43: the acronym is the credit's label; words between the amount and the unit
    assert rule_credits("This course is XYZA accredited for 7 Clinical CPD points (Level 1).") == [
        {"type": "OTHER", "amount": 7.0, "unit": "point", "label": "XYZA"}
    ]
    # a known approver takes its credit's label (data/accreditors.json)
    assert rule_credits("This course is HPCSA accredited for 7 Clinical CPD points.") == [
        {"type": "OTHER", "amount": 7.0, "unit": "point", "label": "HPCSA CPD"}
    ]


def test_consecutive_lines_each_an_amount_and_a_named_unit() -> None:
    # R-CR-44: a run of two or more lines lists one credit each; a single line is no run
    assert rule_credits("GP course\n8 Educational activity hours\n10 Performance review hours") == [
        {"type": "OTHER", "amount": 8.0, "unit": "hour", "label": "Educational activity hours"},
        {"type": "OTHER", "amount": 10.0, "unit": "hour", "label": "Performance review hours"},
    ]
    assert rule_credits("GP course\n8 Educational activity hours\nOpen to all.") == []


def test_contact_hours_on_a_page_whose_only_accreditor_is_acpe() -> None:
    # R-CR-45: nurses in the audience do not make ACPE-accredited contact hours nursing credit
    assert rule_credits(
        "Audience: Pharmacist, Pharmacy Technician, Nurse\nCredits: 1 Contact Hour(s)\n"
        "A home study in law (ACPE accredited)."
    ) == [{"type": "ACPE", "amount": 1.0, "unit": "contact_hour"}]
    # a nursing accreditor named keeps them the nurses' credit
    assert (
        rule_credits(
            "Audience: Pharmacist, Nurse\nCredits: 1 Contact Hour(s)\n"
            "ACPE accredited. Approved by the Ohio Board of Nursing."
        )[0]["type"]
        != "ACPE"
    )


def test_credit_named_by_its_education_cpe_and_cne() -> None:
    # R-CR-46: CPE credit is ACPE's, CNE contact hours are nursing credit
    assert rule_credits(
        "Maximum Credits\n1.00 / CNE Contact Hour\n1.00 / CE for Pharmacists (0.10 CEUs)"
    ) == [
        {"type": "NURSING_CE", "amount": 1.0, "unit": "contact_hour"},
        {"type": "ACPE", "amount": 1.0, "unit": "credit"},
    ]


def test_an_instruction_to_obtain_or_earn_a_systems_credit_offers_it() -> None:
    # R-CR-47: "obtain / earn <system> credit" offers the system, amount null
    assert rule_credits("Instructions to Obtain CPE Credit:") == [
        {"type": "ACPE", "amount": None, "unit": "credit"}
    ]
    assert rule_credits("Sign in and obtain free CME or CNE as you work through the modules.") == [
        {"type": "CME", "amount": None, "unit": "credit"},
        {"type": "NURSING_CE", "amount": None, "unit": "credit"},
    ]
    # a system only mentioned, with no offer, stays unread
    assert rule_credits("Ask us about CPE credit.") == []


def test_a_credit_table_flattened_to_one_cell_a_line() -> None:
    # R-CR-48: heading "CME Points Awarded", then name cell / amount cell rows
    text = (
        "CME Points Awarded\n\nMax for whole day\n\n1 June\n\nCollege\n\n"
        "Cardiologists\n\n6\n\n3\n\nCAT-A\n\nRadiologists\n\nPending\n\nPending\n\n"
        "Surgeons\n\n4.5\n\n2\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 6.0, "unit": "point", "label": "CME points (Cardiologists)"},
        {"type": "OTHER", "amount": None, "unit": "point", "label": "CME points (Radiologists)"},
        {"type": "OTHER", "amount": 4.5, "unit": "point", "label": "CME points (Surgeons)"},
    ]


def test_an_amount_in_parentheses_after_the_name_and_a_ces_key() -> None:
    # R-CR-49: "(CME) credits (1.5) are available"; a year in parentheses is no amount
    assert rule_credits("Continuing Medical Education (CME) credits (1.5) are available.") == [
        {"type": "CME", "amount": 1.5, "unit": "credit"}
    ]
    assert rule_credits("CME credits (2023) are available.") == []
    # R-CR-18's key family: "CEs: 2.5"
    assert rule_credits("Social work course\nCEs: 2.5") == [
        {"type": "OTHER", "amount": 2.5, "unit": "credit", "label": "CEs"}
    ]


def test_hours_of_named_continuing_education_keep_the_words_for_other_professions() -> None:
    # R-CR-50: capitalised words before "continuing education" and "training" after it
    assert rule_credits(
        "For social workers. This course qualifies for 3 hours of Clinical and Ethics "
        "continuing education training."
    ) == [
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "hour",
            "label": "Clinical and Ethics continuing education training",
        }
    ]
    # R-CR-18's label takes a capitalised word and one lower-case word before the CE words
    assert rule_credits(
        "Counselors receive 3 Ethics asynchronous continuing education credits."
    ) == [
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "credit",
            "label": "Ethics asynchronous continuing education credits",
        }
    ]


def test_nchecs_abbreviation_cech_with_its_category() -> None:
    # R-CR-7's CECH written as NCHEC abbreviates it, "Category 1" part of the name
    assert rule_credits("Earn:\n  • 12 Category 1 CECHs for CHES or MCHES") == [
        {"type": "OTHER", "amount": 12.0, "unit": "contact_hour", "label": "CECH"}
    ]


def test_a_number_before_a_bare_profession_word_and_another_noun_is_a_count() -> None:
    # R-CR-52: "43 nursing workforce entities" counts entities; "1.5 Nursing." is credit
    got = rule_credits("For nurses. A network of 43 nursing workforce entities awards credit.")
    assert all(c["amount"] is None for c in got)
    assert rule_credits("Credits awarded: 1.5 Nursing.") == [
        {"type": "NURSING_CE", "amount": 1.5, "unit": "credit"}
    ]


def test_each_clause_between_semicolons_names_its_own_profession() -> None:
    # R-CR-53: unnamed contact hours "for pharmacists" in their own clause are ACPE, though
    # nurses are named in another clause of the sentence
    assert rule_credits(
        "Physicians, nurses and pharmacists may receive credit as follows: 1.5 hours of AMA "
        "category 1 medical education for physicians; 1.5 contact hours for pharmacists."
    ) == [
        {"type": "AMA_PRA_1", "amount": 1.5, "unit": "hour"},
        {"type": "ACPE", "amount": 1.5, "unit": "contact_hour"},
    ]


def test_a_bare_cerp_is_not_the_adas() -> None:
    # accreditors.json: only "ADA CERP" names the ADA's program; AACN's points are CERPs too
    got = rule_credits("Nurses are awarded 1.25 contact hours approved by CERP.")
    assert all(c["type"] != "ADA_CERP" for c in got)


def test_the_ama_system_alone_in_a_cell_with_a_footnote_mark() -> None:
    # R-CR-21: a line that is only the system's name; "AMA PRA Category 1 *" names it
    assert rule_credits("Credit Type\nAMA PRA Category 1 *\nNumber of Credits") == [
        {"type": "AMA_PRA_1", "amount": None, "unit": "credit"}
    ]
    assert rule_credits("Audience\nNursing\nPharmacy") == []


def test_unnamed_credit_written_twice_keeps_its_more_precise_words() -> None:
    # R-CR-55: "3 CEs" and "3 Clinical CEs" are one credit, "Clinical CEs"
    assert rule_credits("For counselors.\n3 CEs\nCEU Course\nCredit Hours\n3 Clinical CEs") == [
        {"type": "OTHER", "amount": 3.0, "unit": "credit", "label": "Clinical CEs"}
    ]


def test_an_acronym_approving_the_activity_itself_without_an_amount() -> None:
    # R-CR-56: the acronym (and the credit word after "for") labels the credit
    assert rule_credits("(XYZH has approved this activity for CPD in line with its rules)") == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "XYZH CPD"}
    ]
    assert rule_credits("TSBX Approved Course for Recertification") == [
        {"type": "OTHER", "amount": None, "unit": "credit", "label": "TSBX"}
    ]
    # an agency approving a drug is no credit
    assert rule_credits("The FDA approved a reversal agent in 2015.") == []


def test_a_boards_name_listing_several_professions() -> None:
    # R-CR-57: commas and a last "and" inside the board's name; a comma before other words ends it
    long = "Florida Board of Clinical Social Work, Marriage and Family Therapy and Mental Health"
    assert rule_credits(f"This course has been approved by the {long} for 6 contact hours.") == [
        {"type": "OTHER", "amount": 6.0, "unit": "contact_hour", "label": long}
    ]
    assert rule_credits(
        "This webinar is approved by the Oregon Board of Nursing, Provider Number 123, for 2.0 "
        "contact hours."
    ) == [
        {"type": "OTHER", "amount": 2.0, "unit": "contact_hour", "label": "Oregon Board of Nursing"}
    ]


def test_approvers_listed_after_approved_for_share_the_pages_one_amount() -> None:
    # R-CR-58: each listed approver's credit with the page's one unnamed amount
    text = (
        "Insomnia, 2 CE Credits\n"
        "This online course is approved for APA CE credit, NBCC CE clock hours, and XYZB CE "
        "credit."
    )
    assert rule_credits(text) == [
        {"type": "APA", "amount": 2.0, "unit": "credit"},
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "NBCC"},
        {"type": "OTHER", "amount": 2.0, "unit": "credit", "label": "XYZB"},
    ]
    # two different amounts on the page: no amount is shared
    got = rule_credits(text.replace("Insomnia, 2 CE Credits", "2 CE Credits or 3 CE Credits"))
    assert all(c.get("label") != "NBCC" for c in got)


def test_a_name_offered_without_amount_leaves_the_unnamed_hours_to_be_read() -> None:
    # R-CR-59: "pharmacy" inside "continuing pharmacy education" no longer hides the hours
    assert rule_credits(
        "This activity is approved for 1.0 hours of continuing pharmacy education credit "
        "(0.10 CEUs)."
    ) == [{"type": "ACPE", "amount": 1.0, "unit": "hour"}]


def test_a_name_alone_with_a_plural_mark() -> None:
    # R-CR-21 with "(s)": a heading that is only the system's name
    assert rule_credits("AAFP Prescribed credit(s)\n\nThis Live activity is approved.") == [
        {"type": "AAFP_PRESCRIBED", "amount": None, "unit": "credit"}
    ]


def test_an_amount_and_an_acronym_alone_under_a_credit_heading() -> None:
    # R-CR-60: "• 25.00 NASW" under "Available credit:"; not without the heading ("10 AM")
    assert rule_credits(
        "Available credit:\n  • 25.00 Hours of Participation\n  • 25.00 NASW\nCourse opens:"
    ) == [{"type": "OTHER", "amount": 25.0, "unit": "credit", "label": "NASW"}]
    assert rule_credits("Schedule\n  • 10 AM\n  • 3 PM") == []


def test_contact_before_an_approvers_acronym_is_the_units() -> None:
    # R-CR-61: "15 LIVE CONTACT APT CREDIT HOURS" is APT's, in contact hours
    assert rule_credits("In-person | 15 LIVE CONTACT XPT CREDIT HOURS | December 5-6, 2025") == [
        {"type": "OTHER", "amount": 15.0, "unit": "contact_hour", "label": "XPT"}
    ]


def test_a_requirement_before_a_name_offered_without_amount_offers_nothing() -> None:
    # R-CR-62: a requirement, not an offer; unless it is the condition to earn the credit
    assert rule_credits("Sessions must be designated for CME credit in the schedule.") == []
    assert rule_credits("Requires 80% or higher score to earn CME credit.") == [
        {"type": "CME", "amount": None, "unit": "credit"}
    ]
