"""Faculty classes of the fifteenth session (R-PE-1..4): synthetic listings, one class a test."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def faculty(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["faculty"]
    return out


def test_rule_pe3_by_after_a_participle_of_another_act_names_no_teacher() -> None:
    # an accreditor's, a signatory's, an editor's or a designer's "by" is not a teacher's
    assert faculty("Wound Care Day\n\nThe statement was signed by Dr. Oren Vale, chair.\n") == []
    assert faculty("Gait Basics\n\nThe text is from a book edited by Tia Rusk, PhD, OTR.\n") == []
    assert faculty("Suture Lab\n\nA 20-hour training designed by Dr. Pell Arno, DDS.\n") == []
    # a book's citation names its author, not faculty
    assert faculty("Nerve Blocks\n\nManual of Nerve Blocks, 4th Edition, by Dr. Ulf Brann\n") == []
    # a teacher's "by" still counts: after a noun, a title, or a participle of teaching
    assert faculty("Sleep Update\n\nA lecture by Dr. Oren Vale on insomnia.\n") == ["Dr. Oren Vale"]
    assert faculty("Gait Basics\n\nRevised and updated by Tia Rusk, PhD, OTR\n") == [
        "Tia Rusk, PhD, OTR"
    ]


def test_rule_pe1_under_a_role_key_a_bare_name_going_on_with_a_long_position() -> None:
    text = (
        "Field Seminar\n\nLead Instructors: Ora Vance, Director of Field Teaching\n\n"
        "Pia (Bee) Lund, Field Practice Education Coordinator\n\n"
        "Cal Moss, Chief Executive Officer, Hill Grove Trust.\n\n"
        "Dee Hart, Administrative Assistant\n"
    )
    # the assistant is staff, no teacher (docs/corpus.md)
    assert faculty(text) == ["Ora Vance", "Pia (Bee) Lund", "Cal Moss"]
    # a sentence about a person under the key is a biography, no list line
    text = (
        "Speakers:\n\nTed Wu, MSW\n\n"
        "Ann Roe, our Director of Nursing, has led the unit since 2001.\n"
    )
    assert faculty(text) == ["Ted Wu, MSW"]


def test_rule_pe5_news_prose_names_speakers_by_their_act_of_teaching() -> None:
    text = (
        "Hill Nurses Meet in Dunmore\n\n"
        "The annual meeting of the Hill Nurses Guild opens on Friday at the Dunmore Hall.\n"
        "In the morning session, Ward Manager Tiri Holm and Chaplain Ros Ekwall will facilitate "
        "a discussion on burnout. Guild President Ana Pell will also present on rosters.\n"
        "Ridgeway University of Arts and Science’s Omar Lutz gave the keynote address.\n"
    )
    assert faculty(text) == ["Tiri Holm", "Ros Ekwall", "Ana Pell", "Omar Lutz"]
    text = (
        "Memory Care Evening\n\n"
        "The expert, Lia Brandt, will speak with families about caring at home.\n"
        "Other speakers include clinic kaumatua Rewi Hona, who has served on Te Awa Runanga, "
        "and Professor Mele Tupou, Dean of Nursing at Coastline University.\n"
    )
    assert faculty(text) == ["Lia Brandt", "Rewi Hona", "Professor Mele Tupou"]


def test_rule_pe5_news_prose_without_a_teaching_act_names_no_faculty() -> None:
    text = (
        "Hill Nurses Meet in Dunmore\n\n"
        "Guild President Ana Pell said the meeting will welcome 300 nurses.\n"
        "The event will be opened by the Mayor of Dunmore, and the Dunmore Health Board will "
        "present its new plan.\n"
    )
    assert faculty(text) == []
    # attending is no teaching, nor is handing out awards or being a contact for speakers
    text = (
        "Hill Nurses Meet in Dunmore\n\n"
        "Mayor Tama Reid will be present at the opening, and Guild President Ana Pell will "
        "present the awards. Speakers are asked to contact Lia Brandt before the day.\n"
    )
    assert faculty(text) == []


def test_rule_pe1_a_credentials_qualifier_in_brackets_stays_with_it() -> None:
    text = (
        "Lipids Update\n\nFaculty:\n\n  • Ola Brenn, PharmD, BCPS (AQ Cardiology), CLS\n"
        "  • Ivo Tarr ( OD, MSc, FAAO (Dipl), FSLS)\n"
    )
    assert faculty(text) == [
        "Ola Brenn, PharmD, BCPS (AQ Cardiology), CLS",
        "Ivo Tarr ( OD, MSc, FAAO (Dipl), FSLS)",
    ]
    # a role in brackets closing the credentials is no qualifier
    assert faculty("Lipids Update\n\nOla Brenn, MD, FACP (Moderator)\n") == ["Ola Brenn, MD, FACP"]


def test_rule_pe6_a_run_of_people_glued_into_a_line_is_a_faculty_list() -> None:
    text = (
        "Hip Care Lectures\n\n"
        "HC12 - Hip Update: What Is New in Arthroplasty? Ana Roe MD; Bo K. Lind MD; Cy Ng MD\n"
    )
    assert faculty(text) == ["Ana Roe MD", "Bo K. Lind MD", "Cy Ng MD"]
    text = (
        "Vision Rehab Seminars 2 revision 3/4/2030 Self Study Syllabus for all courses in the "
        "series. Dr. Ana Roe, Ph.D., OTR/L, CLVT Dr. Bo Lind, OD, FAAO Cy Ng, MS, OTR/L "
        "Audience: This self-study is designed for therapists.\n"
    )
    assert faculty(text) == [
        "Dr. Ana Roe, Ph.D., OTR/L, CLVT",
        "Dr. Bo Lind, OD, FAAO",
        "Cy Ng, MS, OTR/L",
    ]


def test_rule_pe6_a_glued_run_of_disclosures_or_planners_is_no_faculty() -> None:
    text = (
        "Hip Care Lectures\n\nDisclosures: none of the planners has a relationship to disclose. "
        "Ana Roe, MD and Bo Lind, RN have nothing to disclose.\n"
    )
    assert faculty(text) == []
    text = "Hip Care Lectures\n\nThe course was built by our planners: Ana Roe, MD; Bo Lind, RN.\n"
    assert faculty(text) == []


def test_rule_pe1_a_name_the_html_stored_twice_is_read_from_its_copy() -> None:
    text = (
        "Prostate Cancer Podcast\n\nFaculty\n\n"
        "Ana B. Roe, MD, FACPAna B. Roe, MD, FACP (Moderator)\n\n"
        "Bo K. Lind, MD, MPHBo K. Lind, MD, MPH\n"
    )
    assert faculty(text) == ["Ana B. Roe, MD, FACP", "Bo K. Lind, MD, MPH"]


def test_rule_pe1_a_credential_the_html_glued_to_the_next_word_ends_there() -> None:
    text = (
        "Ulcer Care\n\nFaculty\n\nAna Roe, MDProfessor of Surgery, Hill University\n"
        "Bo Lind, PhD, RNAssociate Dean, Lake College\n"
    )
    assert faculty(text) == ["Ana Roe, MD", "Bo Lind, PhD, RN"]
    assert faculty("Ulcer Care\n\nSpeakers\n\nAna Roe, MDBo Lind, RN\n") == [
        "Ana Roe, MD",
        "Bo Lind, RN",
    ]


def test_rule_pe2_a_session_line_names_its_speaker_after_its_title() -> None:
    text = (
        "Diploma of Skin Checks\n\nModule 1: Screening Children - Dr Ana Roe\n\n"
        "In this module you will learn the patterns of naevi.\n\n"
        "Module 2: Nail Lesions – Bo Lind, MD, PhD\n"
    )
    assert faculty(text) == ["Dr Ana Roe", "Bo Lind, MD, PhD"]
    assert faculty("Skin Day\n\n9:30 am Opening Remarks — Dr Cy Ng\n") == ["Dr Cy Ng"]
    # a dash after a word that marks no session leaves the line whole
    assert faculty("Skin Day\n\nQuestions - Dr Cy Ng, program office\n") == []


def test_rule_pe7_a_tables_role_column_lists_faculty() -> None:
    text = (
        "Ulcer Care Day\n\nTime | Session | Speaker\n9:00 | Opening | Ana Roe, MD\n"
        "10:00 | Pressure Ulcers | Bo Lind\n12:00 | Lunch Break | \n13:00 | Panel | All Faculty\n"
    )
    assert faculty(text) == ["Ana Roe, MD", "Bo Lind"]
    text = (
        "Ulcer Care Day\n\n| Faculty | Institution |\n|---|---|\n"
        "| Ana Roe, MD | Hill University |\n| Bo Lind, RN | Lake College |\n"
    )
    assert faculty(text) == ["Ana Roe, MD", "Bo Lind, RN"]
    # a table without a role column names no faculty
    assert faculty("Ulcer Care Day\n\nTime | Session\n9:00 | Cy Ng Lecture Hall\n") == []


def test_rule_pe5_a_speaker_noun_before_a_name_titles_a_speaker() -> None:
    text = (
        "Nurses Convention 2031\n\n"
        "Opening the convention will be keynote speaker Tane Ruru Holm, a nurse and musician. "
        "Plenary speaker Mele Ana Tupou is known for her work in Tonga.\n"
        "Moderator Dr. Ivo K. Brandt opened the panel, and Lia P. Sorn will present on sleep.\n"
    )
    assert faculty(text) == [
        "Tane Ruru Holm",
        "Mele Ana Tupou",
        "Lia P. Sorn",
        "Dr. Ivo K. Brandt",
    ]


def test_rule_pe8_a_biographys_opening_names_the_teacher() -> None:
    text = (
        "Safe Medication Orders\n\nThis course reviews the parts of a medication order.\n\n"
        "Oda K. Venn, M.S.N., R.N. has over 20 years of clinical and teaching experience in "
        "critical care.\n"
    )
    assert faculty(text) == ["Oda K. Venn, M.S.N., R.N."]
    text = "Safe Orders\n\nDr. Pim Olst is a Clinical Professor of Pharmacy at Hill University.\n"
    assert faculty(text) == ["Dr. Pim Olst"]


def test_rule_pe8_a_disclosure_or_a_planners_biography_names_no_teacher() -> None:
    text = (
        "Safe Orders\n\nOda K. Venn, RN, is a consultant for Acme Pharma and has received "
        "honoraria from Beta Labs.\n"
    )
    assert faculty(text) == []
    text = (
        "Safe Orders\n\nPlanning Committee\n\n"
        "Oda K. Venn, RN, is the nurse planner of the Hill Hospital education office.\n"
    )
    assert faculty(text) == []
    # a coordinator runs the activity, no teacher
    text = "Safe Orders\n\nDr. Pim Olst is the accreditation coordinator at Hill Hospital.\n"
    assert faculty(text) == []


def test_rule_pe1_a_role_heading_closed_by_an_information_word_or_a_tutors_heading() -> None:
    for head in ("Speaker Information", "Course Instructor(s)", "Presenter Bios", "Tutors"):
        text = (
            f"Ulcer Care\n\n{head}\n\nAna Roe\nProfessor of Surgery, Hill University\n\nBo Lind\n"
        )
        assert faculty(text) == ["Ana Roe", "Bo Lind"], head
    # an information word after another noun is no role heading
    text = "Ulcer Care\n\nCourse Information\n\nAna Roe\nProfessor of Surgery, Hill University\n"
    assert faculty(text) == []


def test_rule_pe1_a_mixed_case_credential_and_two_particles_in_a_list() -> None:
    text = "Ulcer Care\n\nFaculty: Ana Roe MD, Bo Lind DO, and Cy Ng PharmD\n"
    assert faculty(text) == ["Ana Roe MD", "Bo Lind DO", "Cy Ng PharmD"]
    text = "Ulcer Care\n\nFaculty: Ana van der Berg, MD and Bo de la Cruz, RN\n"
    assert faculty(text) == ["Ana van der Berg, MD", "Bo de la Cruz, RN"]


def test_rule_pe6_a_glued_run_after_a_disclosure_or_before_a_non_teaching_role_is_none() -> None:
    text = (
        "Ulcer Care\n\nThis course covers ulcers. The following planners and staff reported no "
        "relevant financial relationships: Ana Roe, MD; Bo Lind, RN; Cy Ng, PharmD.\n"
    )
    assert faculty(text) == []
    text = (
        "Ulcer Care\n\nThis course covers ulcers. No one in control of content has relevant "
        "financial relationships with ineligible companies. Ana Roe, MD; Bo Lind, RN.\n"
    )
    assert faculty(text) == []
    text = "Ulcer Care\n\nQuestions? Write to us. Ana Roe, MD; Bo Lind, RN, course coordinators.\n"
    assert faculty(text) == []
