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


def audience(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["audience"]
    return out


def test_rule_au1_the_list_on_the_lines_under_a_bare_audience_key() -> None:
    text = "Target Audience:\n\nGeneral pediatricians, family physicians and nurses\n\nFee: $20"
    assert audience(text) == ["general pediatricians", "family physicians", "nurses"]
    text = (
        "Target Audience:\n\nNurse Practitioner (NP)\n\nNurse, Registered (RN)\n\n"
        "Psychologists\n\nSession Objectives:\n"
    )
    assert audience(text) == ["nurse practitioner (np)", "nurse, registered (rn)", "psychologists"]


def test_rule_au3_and_inside_a_profession_and_lists_inside_brackets_stay_one_item() -> None:
    text = (
        "Target Audience: child and adolescent psychiatrists, marriage and family therapists "
        "and physicians (MD or DO)"
    )
    assert audience(text) == [
        "child and adolescent psychiatrists",
        "marriage and family therapists",
        "physicians (md or do)",
    ]


def test_rule_au5_lead_ins_and_a_trailing_only_are_not_items() -> None:
    text = "Intended Audience: The following healthcare professionals: cardiologists; nurses only"
    assert audience(text) == ["cardiologists", "nurses"]
    text = "Target Audience: Health care professionals including physicians, pharmacists"
    assert audience(text) == ["physicians", "pharmacists"]


def test_rule_au2_a_sentence_saying_the_activity_is_for_them() -> None:
    assert audience("Skin Cancer\nThis course is for general practitioners only.") == [
        "general practitioners"
    ]
    text = "This program is designed specifically for school nurses."
    assert audience(text) == ["school nurses"]
    # a tool or an approval "is for" something: no activity is the subject
    assert audience("This RACE approval is for the subject matter categories of: One") == []


def test_rule_au4_a_title_naming_whom_it_is_for() -> None:
    text = "Local Anesthesia for Dental Hygienists\n\nA four-day course on injections."
    assert audience(text) == ["dental hygienists"]
    assert audience("Strategies for Success\n\nA talk on habits.") == []


def specialties(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["specialties"]
    return out


def test_rule_sp2_each_part_of_an_item_and_a_specialty_named_as_itself() -> None:
    text = "Target Audience: Physicians/Oncologists, primary care physician, PCPs"
    assert specialties(text) == ["Oncology", "Primary Care"]
    assert specialties("Target Audience: ophthalmology and optometry") == [
        "Ophthalmology",
        "Optometry",
    ]
    # "surgeons" names Surgery only unmodified
    assert specialties("Target Audience: wound care surgeons, general surgeons") == [
        "General Surgery"
    ]


def test_rule_sp3_a_site_menu_under_a_specialties_key_is_no_list() -> None:
    text = "Specialties: Cardiology Dermatology Glaucoma Neurology Optometry Retina View All"
    assert specialties(text) == []
    assert specialties("Specialties: Cardiology, Internal Medicine") == [
        "Cardiology",
        "Internal Medicine",
    ]


def joint(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["joint_providers"]
    return out


def test_rule_jp1_the_second_of_two_providers_is_a_joint_provider() -> None:
    text = "Sepsis Basics\nThis activity is provided by Acme Health and Beta Medical Group."
    assert parse_rules(text).record["provider"] == "Acme Health"
    assert joint(text) == ["Beta Medical Group"]


def test_rule_jp2_organisations_an_activity_is_made_in_collaboration_with() -> None:
    text = (
        "Infection Control\nProvided by Acme University.\n"
        "This course is offered in partnership with the Lakeside Dental Society (LDS)."
    )
    assert joint(text) == ["Lakeside Dental Society"]
    text = (
        "The workshop was developed as a collaboration between Acme University and Beta Institute."
    )
    # with no other provider the first of the two leads it (R-PV-10): the other is joint
    assert joint(text) == ["Beta Institute"]
    # not about the activity, or an event rather than an organisation
    text = "Te Whare Society, which works in partnership with Nurses Union, hosts the event."
    assert joint(text) == []
    assert joint("The course runs in conjunction with the Annual Congress of Surgery.") == []
    assert joint("The course is held in conjunction with the WONCA Europe conference.") == []


def test_rule_pe5_keys_ending_in_a_role_noun_and_bare_role_headings() -> None:
    text = "Main Campus Instructors: Ann Lowe, Field Education Coordinator\n\nBo Kim, MSW\n"
    assert faculty(text) == ["Ann Lowe", "Bo Kim, MSW"]
    text = "PROGRAM FACULTY\nLi Wu, MD Dr. Wu is Dean for Clinical Therapeutics.\n"
    assert faculty(text) == ["Li Wu, MD"]  # the same surname again is the same person


def test_rule_pe6_runs_of_people_and_what_is_no_credential() -> None:
    text = "Author:  Ron Ames, PhD Kay Chu, PhD Dan Roy, MD (Co-Chair) Mat Jay, MD"
    assert faculty(text) == ["Ron Ames, PhD", "Kay Chu, PhD", "Dan Roy, MD", "Mat Jay, MD"]
    # a state after a city is no credential; a heading under the key is no name
    text = (
        "Faculty\n\nEve Stone, MD, MPH\nBoston Medical Center\nBoston, MA\nTraining Description\n"
    )
    assert faculty(text) == ["Eve Stone, MD, MPH"]


def test_rule_au6_the_list_ends_where_the_sentence_goes_on() -> None:
    text = (
        "The conference is designed for physicians, nurses and features educational sessions, "
        "opportunities for outdoor activities."
    )
    assert audience(text) == ["physicians", "nurses"]
    text = (
        "Target Audience: The target audience for the Society of Eye Surgery meeting is "
        "ophthalmologists, the nurse"
    )
    assert audience(text) == ["ophthalmologists", "nurse"]


def test_rule_pe7_a_job_word_between_the_agent_phrase_and_the_person() -> None:
    text = "The season opens with a presentation by transplant surgeon Joe Mertz, MD."
    assert faculty(text) == ["Joe Mertz, MD"]
    assert faculty("Faculty: Mia Kotter , MD, PhD") == ["Mia Kotter, MD, PhD"]


def test_rule_pe4_people_in_a_planners_section_are_not_faculty() -> None:
    text = (
        "Patch Testing\n\nAnn Pike, MD, FAAD\nProfessor of Dermatology\n\nActivity Planners\n"
        "Joe Blum, PhD\nSam Gold, MS\n"
    )
    assert faculty(text) == ["Ann Pike, MD, FAAD"]
    text = "Presenters/Planners\n\nMia Fuller, APRN, MSN\nKit Tatum, MSN\n"
    assert faculty(text) == ["Mia Fuller, APRN, MSN", "Kit Tatum, MSN"]


def test_rule_au7_a_sentence_under_the_key_and_clauses_after_each_item() -> None:
    text = (
        "Target Audience\n\nThis activity provides continuing education for occupational "
        "therapists, athletic trainers and physical therapists.\n"
    )
    assert audience(text) == ["occupational therapists", "athletic trainers", "physical therapists"]
    text = "Target Audience: nurses involved in wound care as well as dietitians"
    assert audience(text) == ["nurses", "dietitians"]
    text = (
        "Who Can Attend\n- Medical physicians (DO or MD) with a current license to practice\n"
        "- Dentists with a current license\n"
    )
    assert audience(text) == ["medical physicians (do or md)", "dentists"]
    text = "Target Audience: Our activities will focus on the needs of staff physicians."
    assert audience(text) == []


def test_rule_jp1_and_inside_one_organisations_name() -> None:
    text = (
        "Sepsis Protocols\nJointly provided by Acme Health, the Institute for Medical and "
        "Nursing Education, and Beta Medical Press."
    )
    assert joint(text) == ["Institute for Medical and Nursing Education", "Beta Medical Press"]
    text = "Jointly provided by the College of Physicians and Surgeons and Rockwell."
    assert joint(text) == ["Rockwell"]
    assert parse_rules(text).record["provider"] == "College of Physicians and Surgeons"


def test_rule_au2_a_line_that_is_only_a_list_of_professions() -> None:
    text = "When in Doubt\n6 CE Hours\n\nCounselors, Social Workers, Marriage and Family Therapists"
    assert audience(text) == ["counselors", "social workers", "marriage and family therapists"]
    # a list of topics is no audience, nor a table row of two colleges
    assert audience("Asthma\n\nRisk Factors, Triggers, Inhaler Technique\n") == []
    assert audience("CME points\n\nObstetricians & Gynaecologists\n") == []


def test_rule_pe2_a_bullet_with_a_person_and_an_affiliation_before_a_biography() -> None:
    text = (
        "Myopia Event\n\n• Professor Ana Saw (Duke-NUS Medical School, Singapore). Saw has made "
        "key discoveries in the epidemiology of myopia over two decades of work with children "
        "and families across the region, and leads the national cohort study.\n"
    )
    assert faculty(text) == ["Professor Ana Saw"]
    text = (
        "Dr. Omar Rahal, Chairman of the Conference, said that the meeting, which began in 2004 "
        "with 300 doctors, is today the largest in the region and attracts many participants."
    )
    assert faculty(text) == []


def test_rule_pe3_people_each_after_an_appositive_in_one_sentence() -> None:
    text = (
        "Adapted from a presentation by Dr. Mark Sule, medical director of a clinic; "
        "Dr. Ray Chu, director of hepatology; and Dr. Sara Kim, a fellow. Read more below."
    )
    assert faculty(text) == ["Dr. Mark Sule", "Dr. Ray Chu", "Dr. Sara Kim"]


def test_rule_au3_a_modifier_of_two_words_shares_the_next_head_noun() -> None:
    text = (
        "Target Audience: licensed social workers, licensed marriage and family therapists, "
        "both non-clinical and clinical counselors, adjunct faculty and full-time faculty"
    )
    assert audience(text) == [
        "licensed social workers",
        "licensed marriage and family therapists",
        "non-clinical and clinical counselors",
        "adjunct faculty",
        "full-time faculty",
    ]
    assert audience("Target Audience: nurse practitioners, (and/or nurse practitio") == [
        "nurse practitioners"
    ]


def test_rule_au2_the_professions_an_activity_equips_or_helps() -> None:
    text = "Obesity Care\nThis program equips GPs with the knowledge to manage obesity."
    assert audience(text) == ["gps"]
    text = "A free webinar that helps family physicians identify inequities in screening."
    assert audience(text) == ["family physicians"]
    assert audience("This course helps you identify inequities in screening.") == []
