"""Classes of title misses met in the fifteenth session, second round (docs/corpus.md "Title";
R-TI-12). Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_lists import others_heading, points_forward, running_head


def test_rule_ti12_lines_under_a_heading_of_other_items_are_never_the_title() -> None:
    text = (
        "Safe handling of chemotherapy drugs for\n"
        "Uploaded by Jane Roe\n"
        "Related Documents\n"
        "Guidelines for Safe Ladder Use\n"
        "Never stop learning. Anon\n"
        "Rules for Safe Boating on Lakes\n"
        "Be kind. Anon\n"
    )
    title = parse_rules(text).record["title"]
    assert title not in {"Guidelines for Safe Ladder Use", "Rules for Safe Boating on Lakes"}


def test_rule_ti12_a_heading_pointing_to_the_list_below_is_no_title() -> None:
    text = (
        "Congress Credits\n"
        "Certification has been requested from the state medical board for the congress.\n"
        "Daily Credit Points for the Following Congress Days\n"
        "12. 3. 2031: 6 points\n"
        "13. 3. 2031: 6 points\n"
    )
    assert (
        parse_rules(text).record["title"] != "Daily Credit Points for the Following Congress Days"
    )


def test_rule_ti12_a_running_head_with_bars_read_as_l_is_no_title() -> None:
    text = (
        "You are on page 1 of 5\n"
        "42 l Ward Nursing Monthly l June\n"
        "Caring for the patient after a fall\n"
        "By Pat Doe, RN\n"
        "FALLS IN HOSPITAL are common and costly, and nurses are often the first to find the "
        "patient on the floor after a fall.\n"
    )
    assert parse_rules(text).record["title"] != "42 l Ward Nursing Monthly l June"


def test_rule_ti12_shapes() -> None:
    assert others_heading("Recommended Stories")
    assert others_heading("You May Also Like")
    assert not others_heading("Related Disorders of the Spine")
    assert points_forward("Hours for the following sessions")
    assert not points_forward("Following the Evidence in Stroke Care")
    assert running_head("12 l Journal of Care l May")
    assert not running_head("Wound Care in Older Adults")


def test_rule_ti12_a_heading_cut_off_after_for_takes_no_sentence_below() -> None:
    text = (
        "Bedside guidelines for\n"
        "Learning never exhausts the mind. It only feeds it. Leonardo\n"
        "Uploaded by Jane Roe\n"
        "These bedside guidelines for ward nurses were uploaded in 2030 for reading.\n"
    )
    title = parse_rules(text).record["title"] or ""
    assert "Learning never exhausts" not in title


def test_rule_ti13_a_heading_named_as_the_approver_below_gives_way_to_the_subject() -> None:
    text = (
        "Continuing Education\n"
        "Registry of Harbour Credits (RHC)\n"
        "The Harbour Veterinary Congress 2031 is approved by the Registry of Harbour Credits "
        "(RHC) to provide 40 hours of continuing education for veterinarians.\n"
        "Each participant should claim only the hours spent in the Harbour Veterinary Congress "
        "2031 sessions.\n"
    )
    assert parse_rules(text).record["title"] != "Registry of Harbour Credits (RHC)"


def test_rule_ti13_shape() -> None:
    from opencme.ingest.parsing.title_agent import named_as_agent

    assert named_as_agent(
        "Board of Wound Care", ["The course is accredited by the Board of Wound Care."]
    )
    assert not named_as_agent("Wound Care Basics", ["Wound Care Basics is offered by the board."])


def test_rule_ti12_a_row_of_a_table_of_values_is_no_title() -> None:
    text = (
        "Credit Summary\n"
        "Each participant should claim only the hours spent in the sessions.\n"
        "Friday, 3 May 2031\n"
        "Physicians – 20.5\n"
        "Nurses – 12.5\n"
        "Both Days Combined - up to 30.5 hours\n"
    )
    assert parse_rules(text).record["title"] not in {
        "Physicians – 20.5",
        "Nurses – 12.5",
        "Both Days Combined",
    }


def test_rule_ti12_a_photo_caption_is_no_title() -> None:
    text = (
        "Nurses reviewing the schedule\n"
        "Claiming Your Points\n"
        "By attending the sessions you can claim points for each hour, and the nurses may "
        "record the schedule of each day in their own log.\n"
    )
    assert parse_rules(text).record["title"] != "Nurses reviewing the schedule"


def test_rule_ti12_row_and_caption_shapes() -> None:
    from opencme.ingest.parsing.title_lists import caption, value_row

    assert value_row("Pharmacists – 6.25")
    assert value_row("Day One - up to 8 hours")
    assert not value_row("Wound Care Update – 2031")
    assert not value_row("Wound Care Basics - 2 CE Hours")
    assert caption("Doctors attending a lecture")
    assert not caption("Managing Pain in Older Adults")
    assert not caption("Nurses Leading Change")


def test_rule_ti12_one_of_several_numbered_parts_is_no_title() -> None:
    text = (
        "Provided by Lakeside Learning\n"
        "Part 1: Knowing the Basics of Gout\n"
        "Learn how gout starts and who should be tested for it in primary care.\n"
        "Post-Test\n"
        "Part 2: Treating Gout Over Years\n"
        "Treatment of gout over the years and the follow-up the patient needs.\n"
    )
    assert parse_rules(text).record["title"] != "Part 1: Knowing the Basics of Gout"


def test_rule_ti12_parts_shape() -> None:
    from opencme.ingest.parsing.title_lists import one_of_parts

    assert one_of_parts("Part 1: Basics", ["Part 1: Basics", "Part 2: Treatment"])
    assert not one_of_parts("Part 1: Basics", ["Part 1: Basics", "Module 2: Treatment"])


def test_rule_ti14_the_name_an_invitation_to_join_gives() -> None:
    text = (
        "May 4, 2031 - June 30, 2031\n"
        "40 Hours | 40 CEs\n"
        "Live Training via Zoom\n"
        "Join our 2031 Advanced Harbour Wound Care (AHWC) Certification Cohort beginning in May "
        "2031 with Dr. Pat Doe as the lead instructor, and meet each week online to practise "
        "the skills of the model with your peers.\n"
        "Wound care is a broad field, and this cohort goes through its practice week by week.\n"
    )
    assert (
        parse_rules(text).record["title"]
        == "2031 Advanced Harbour Wound Care (AHWC) Certification Cohort"
    )


def test_rule_ti14_invitation_shape() -> None:
    from opencme.ingest.parsing.title_invite import invited_name

    assert invited_name("Join us at the Harbour Nursing Forum of the Year 2031 today.") == (
        "Harbour Nursing Forum of the Year 2031"
    )
    assert invited_name("Please join our Waiting List so we can reach you.") is None
    assert invited_name("Join Lumio today") is None


def test_rule_ti15_a_heading_run_into_its_speakers_list_is_cut_before_them() -> None:
    text = (
        "Instructional Courses\n"
        "IC202\n"
        "Ankle Care Update: Is It More Than a Sprain? Pat Doe MD; Lee Roe MD; Kim Poe PhD\n"
        "Course Description:\n"
        "Most team physicians manage common ankle sprains well, but the rarer injuries of the "
        "ankle are missed and treated late.\n"
    )
    assert parse_rules(text).record["title"] == "Ankle Care Update: Is It More Than a Sprain?"


def test_rule_ti15_speakers_shape() -> None:
    from opencme.ingest.parsing.title_people import before_speakers

    assert before_speakers("Gout Today. Pat Doe MD; Lee Roe RN") == "Gout Today."
    assert before_speakers("Gout Today. Care of the joint; care of the patient") is None


def test_rule_ti12_the_label_of_a_menu_a_control_opens_is_no_title() -> None:
    text = (
        "Skip to main content\n"
        "Toggle Menu of Harbour Dental Sites\n"
        "Harbour Dental Sites\n"
        "Toggle Search Area\n"
        "The Harbour Dental Sites list every office of the group; care at Harbour Dental "
        "Sites is open to all patients.\n"
    )
    assert parse_rules(text).record["title"] != "Harbour Dental Sites"


def test_rule_ti12_menu_shape() -> None:
    from opencme.ingest.parsing.title_lists import menu_label

    assert menu_label("Lakeside Sites", "Toggle Menu of Lakeside Sites")
    assert not menu_label("Lakeside Sites", "Welcome to Lakeside Sites")


def test_rule_ti16_the_line_right_above_a_bare_credit_amount_is_the_name() -> None:
    text = (
        "Lakeside Pharmacists Guild\n"
        "Share this page\n"
        "Email Share\n"
        "Print Share\n"
        "Minor Wounds CPD\n"
        "Treating and Dressing Minor Wounds\n"
        "(12.5 CEUs)\n"
        "Pharmacists now treat many small wounds at the counter. Learn how to assess a wound, "
        "when to refer, and how to dress it.\n"
    )
    assert parse_rules(text).record["title"] == "Treating and Dressing Minor Wounds"


def test_rule_ti16_credit_line_shape() -> None:
    from opencme.ingest.parsing.title_credit import over_credit

    assert over_credit("(12.5 CEUs)")
    assert over_credit("1.5 hrs")
    assert not over_credit("12 patients were seen")


def test_rule_ti17_an_event_the_activity_is_held_with_is_not_its_name() -> None:
    text = (
        "Harbour College of Nurses marks its 20th year with a meeting in the city.\n"
        "The College is the professional body for nursing in the region, and it trains and "
        "examines nurses.\n"
        "This year’s one-day meeting is held on Friday, in conjunction with the 3-day "
        "Lakeside Nurses 2031 conference in the city centre.\n"
    )
    title = parse_rules(text).record["title"] or ""
    assert "Lakeside Nurses" not in title


def test_rule_ti17_shape() -> None:
    from opencme.ingest.parsing.title_prose import lower_noun_name

    assert lower_noun_name("held in conjunction with the Lakeside Nurses conference") is None
    assert lower_noun_name("Welcome to the Lakeside Nurses conference") == (
        "Lakeside Nurses conference"
    )


def test_rule_ti17_a_capitalised_name_held_alongside_is_elsewhere() -> None:
    from opencme.ingest.parsing.title_reference import elsewhere

    text = "Our day runs in conjunction with the Lakeside Nurses Conference 2031 in May."
    name = "Lakeside Nurses Conference 2031"
    start = text.index(name)
    assert elsewhere(text, start, start + len(name), name)


def test_rule_ti18_an_unquoted_name_after_program_titled() -> None:
    text = (
        "March 3, 2031\n"
        "Gout Awareness Month is a time to raise awareness of gout. To support physicians, the "
        "Harbour Medical Society is offering a free, on-demand CME program titled Treat the "
        "Joint: Screening and Referring Early for Gout Care.\n"
        "This one-hour session shows how physicians refer patients to the Regional Arthritis "
        "Support Program and how to screen early.\n"
    )
    assert (
        parse_rules(text).record["title"]
        == "Treat the Joint: Screening and Referring Early for Gout Care"
    )


def test_rule_ti18_shape() -> None:
    from opencme.ingest.parsing.title_titled import titled_name

    assert titled_name("see the section titled To Obtain Credit. Then") is None
    assert titled_name("a webinar called caring for feet today.") is None


def test_rule_ti19_a_heading_set_over_lines_ending_in_colons_is_one_name() -> None:
    text = (
        "HARBOUR 2031 NATIONAL CONFERENCE:\n"
        "The Time Is Now:\n"
        "Caring Together for Children and Their Families\n"
        "Seaside Hotel, Harbour City\n"
        "May 4-6, 2031\n"
        "Overview\n"
        "Harbour is pleased to announce its 2031 National Conference, The Time Is Now: Caring "
        "Together for Children and Their Families, in Harbour City.\n"
    )
    assert parse_rules(text).record["title"] == (
        "HARBOUR 2031 NATIONAL CONFERENCE: The Time Is Now: Caring Together for Children and "
        "Their Families"
    )


def test_rule_ti19_a_line_pointing_forward_is_no_first_part() -> None:
    from opencme.ingest.parsing.layouts import Line
    from opencme.ingest.parsing.title_wrap import parts_above

    head = [Line(1, "Please Review the Following Article:"), Line(2, "Caring for Feet")]
    assert parts_above(head, 1) == []
    head = [Line(1, "Wound Week 2031:"), Line(2, "Caring for Feet")]
    assert parts_above(head, 1) == ["Wound Week 2031:"]


def test_rule_ti12_a_copyright_footer_names_nothing_in_prose() -> None:
    text = (
        "low vision care: a guide for ......certification of low vision...\n"
        "16\n"
        "Harbour Vision Seminars 1 ©Pat Doe 2031 1 revision: 2/7/2031\n"
    )
    assert parse_rules(text).record["title"] != "Harbour Vision Seminars"


def test_rule_ti2_a_price_section_heading_is_no_title() -> None:
    text = (
        "The Harbour Guild runs its foot care courses for pharmacists each spring.\n"
        "Course Fees\n"
        "Guild member: $550 per person\n"
        "Tuition and Fees\n"
        "Registration Fees\n"
        "Fees cover the course materials and lunch.\n"
    )
    assert parse_rules(text).record["title"] not in {
        "Course Fees",
        "Tuition and Fees",
        "Registration Fees",
    }


def test_rule_ti12_a_line_speaking_to_the_reader_is_no_title() -> None:
    text = (
        "ADVERTISEMENT\n"
        "A lifetime of learning\n"
        "Continuing education for your nurses\n"
        "Published May 3, 2031 09:15 am\n"
        "It is that time of year again when the nurses of the region gather for some days to "
        "learn about the latest in wound care and to meet old friends.\n"
    )
    assert parse_rules(text).record["title"] != "Continuing education for your nurses"


def test_rule_ti12_reader_shape() -> None:
    from opencme.ingest.parsing.title_lists import addresses_reader

    assert addresses_reader("Protect your patients")
    assert not addresses_reader("Know Your Numbers: Blood Pressure in Practice")


def test_rule_ti5_a_heading_line_opening_with_the_keeps_it() -> None:
    text = (
        "Our phone lines are down this week; please write to us by email instead.\n"
        "We are sorry for the trouble and hope to have the phones back soon.\n"
        "Back To All Courses\n"
        "• The Harbour Foot Care Course Complete All 20 Classroom Hours Online!\n"
        "Nurses across the state can now complete one of the two parts needed for the "
        "foot care licence online.\n"
    )
    assert parse_rules(text).record["title"] == "The Harbour Foot Care Course"


def test_rule_ti5_heading_the_shape() -> None:
    from opencme.ingest.parsing.title_named import heading_the

    text = "The Harbour Foot Care Course is held in May."
    assert not heading_the(text, 0, "Harbour Foot Care Course")
    text = "• The Harbour Foot Care Course Online Now!"
    assert heading_the(text, 2, "Harbour Foot Care Course")
