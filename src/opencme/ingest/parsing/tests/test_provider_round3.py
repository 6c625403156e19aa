"""Provider, joint providers and providership: the classes of the thirteenth session's misses,
synthetic text, one class a test (docs/corpus.md 'Provider')."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import provider, record


def test_an_organisation_pleased_to_offer_or_announce() -> None:
    # an emotive adjective with a to-infinitive of announcing or offering: the writer's own
    # organisation speaking of its activity
    text = (
        "Home\n\nThe Academy of Physic, Erewhon is pleased to announce the launch of its pilot "
        "specialty-specific Self-Learning Module.\n"
    )
    assert provider(text) == "Academy of Physic, Erewhon"
    text = (
        "Workshop\n\nBehavior Therapy Institute is excited to welcome Ann Lo, PsyD, for a live "
        "interactive webinar on skills.\n"
    )
    assert provider(text) == "Behavior Therapy Institute"
    text = "Call\n\nCWXA is pleased to announce that we are accepting proposals.\n"
    assert provider(text) == "CWXA"
    # a person pleased to present is no organisation
    assert provider("Talk\n\nAnna Kowal is pleased to present her research.\n") is None


def test_an_organisation_offering_credit_or_in_a_verb_phrase() -> None:
    text = (
        "News\n\nThe ADX is offering 2.5 hours of continuing education credit for the "
        "course, Oral Screening.\n"
    )
    assert provider(text) == "ADX"
    text = "News\n\nThe Norland Dental Society has offered a refresher course each spring.\n"
    assert provider(text) == "Norland Dental Society"


def test_an_adverb_between_the_participle_and_by() -> None:
    text = (
        "Review\n\nThe CME course was hosted recently by the Northfield Medical School "
        "Department of Surgery.\n"
    )
    assert provider(text) == "Northfield Medical School Department of Surgery"


def test_a_provider_key_of_the_organisation_family() -> None:
    assert provider("Stroke Care\n\nOrganization: Rapid Response Education\n") == (
        "Rapid Response Education"
    )
    assert provider("Sepsis\n\nPosted By\nHarbor Sepsis Alliance\n\nDetails\n") == (
        "Harbor Sepsis Alliance"
    )


def test_an_owner_named_with_its_place_a_mixed_case_acronym_or_a_modifier() -> None:
    # the head noun's "of" complement is part of the owner's name
    text = (
        "Immunisation\n\nThe Pharmacy Guild of Erewhon’s Immunisation Courses are designed "
        "for pharmacists.\n"
    )
    assert provider(text) == "Pharmacy Guild of Erewhon"
    # an acronym with a lower-case letter inside ("APhA")
    text = "Training\n\nAPxA’s Pharmacy-based Immunization Delivery certificate program is here.\n"
    assert provider(text) == "APxA"
    # words modifying the activity noun between the owner and it
    text = (
        "Policies\n\nThe Northern Optometric Association (NOA) continuing education programs "
        "aim to develop competence.\n"
    )
    assert provider(text) == "Northern Optometric Association"
    # a function word is no modifier: the noun belongs to another phrase
    text = "News\n\nThe Harbor Federation of Medicine (HFM) and the Meeting of Deans were held.\n"
    assert provider(text) is None
    # a partner's event stays no owner
    text = "Course\n\nThe course runs in conjunction with ACXP’s Annual Meeting.\n"
    assert provider(text) is None


def test_providership_from_the_joint_and_direct_wordings() -> None:
    assert record("Sepsis\n\nJointly sponsored by Alpha Medical and Beta Society.\n")[
        "providership"
    ] == ("joint")
    text = "Heart\n\nThrough the joint sponsorship of Alpha Medical (AM) and Beta Education.\n"
    assert record(text)["providership"] == "joint"
    text = "Eyes\n\nThis activity is co-provided by Gamma College of Nursing and Delta Inc.\n"
    assert record(text)["providership"] == "joint"
    text = "News\n\nThe Kappa Association and the Lambda College will jointly host the congress.\n"
    assert record(text)["providership"] == "joint"
    text = "Ulcers\n\nOmega Group is the sole provider and sponsor of this course.\n"
    assert record(text)["providership"] == "direct"
    # an accreditor's joint status is no joint providership
    text = "Care\n\nOmega Group is jointly accredited by the ACCME, ACPE and ANCC.\n"
    assert record(text)["providership"] is None


def test_the_first_of_a_collaboration_between_two_is_the_provider() -> None:
    text = (
        "Primer\n\nThis continuing education program has been developed as a collaboration "
        "between the Pharmacy Association of Erewhon and the College of Pharmacy, Northgate "
        "University.\n"
    )
    rec = record(text)
    assert rec["provider"] == "Pharmacy Association of Erewhon"
    # a department and its institution after a comma are one name
    assert rec["joint_providers"] == ["College of Pharmacy, Northgate University"]
    text = (
        "News\n\nASC 2024, organised through a collaboration between the College of Physicians "
        "Erewhon and Harbor Medical Department, gathered 300 participants.\n"
    )
    rec = record(text)
    assert rec["provider"] == "College of Physicians Erewhon"
    assert rec["joint_providers"] == ["Harbor Medical Department"]


def test_the_subject_of_a_sentence_made_in_collaboration_with_another() -> None:
    text = (
        "CME\n\nIn order to improve care, Clinical Fever Society (CFS) in association with "
        "Harbor Training Centre is organising a CME on fevers.\n"
    )
    rec = record(text)
    assert rec["provider"] == "Clinical Fever Society"
    assert rec["joint_providers"] == ["Harbor Training Centre"]
    # commas round the phrase, a partner whose name has no organisation shape
    text = (
        "Myopia\n\nThe World Council of Lenses (WCL), in association with ClearVista, is "
        "hosting the free online event on February 16.\n"
    )
    assert provider(text) == "World Council of Lenses"


def test_a_joint_provider_spelled_with_other_dashes_is_the_provider() -> None:
    text = (
        "Sepsis\n\nIn support of improving patient care, this activity has been planned and "
        "implemented by Northgate College of Medicine-Eastvale Medical Center and MedNetix. "
        "Northgate College of Medicine – Eastvale Medical Center is jointly accredited by the "
        "ACCME.\n"
    )
    assert record(text)["joint_providers"] == ["MedNetix"]


def test_joint_names_an_acronym_a_glued_sentence_and_a_collaboration_byline() -> None:
    # "and" inside a name whose "(ACRONYM)" follows it
    text = (
        "Induction\n\nThrough the joint providership of Harbor Academy of Psychiatry (HAP) and "
        "Association for Medical Education and Research in Pain (AMERP).\n"
    )
    assert record(text)["joint_providers"] == [
        "Association for Medical Education and Research in Pain"
    ]
    # a sentence glued to the next without a space ends the agents
    text = (
        "Dementia\n\nThis activity is co-provided by Eastvale University College of Nursing and "
        "SLATE Incorporated.Eastvale University College of Nursing is accredited as a provider.\n"
    )
    assert record(text)["joint_providers"] == ["SLATE Incorporated"]
    # a byline line made only of the collaboration phrase and the names
    text = (
        "Obesity\n\nJointly provided by Potomac Center for Medical Education and Rockline.\n\n"
        "In collaboration with National Council for Behavioral Care\n\nOverview\n"
    )
    assert record(text)["joint_providers"] == ["Rockline", "National Council for Behavioral Care"]
    # not a byline: the sentence goes on about something else
    text = "Note\n\nIn collaboration with Harbor Council for Care, we publish a newsletter.\n"
    assert record(text)["joint_providers"] == []


def test_a_subject_after_a_news_dateline() -> None:
    text = (
        "News\n\nPRINCETON, N.J., May 22, 2018 /PRNewswire/ -- NJXA is hosting a symposium on "
        "trends in nursing.\n"
    )
    assert provider(text) == "NJXA"


def test_one_table_of_activity_nouns_for_owners_and_collaborations() -> None:
    # "podcast" and "lecture" are activity nouns of R-PV-7's table: a sentence naming one is
    # about the activity for R-JP-1 too
    text = "Sleep\n\nThis podcast is produced in partnership with the Harbor Sleep Society.\n"
    assert record(text)["joint_providers"] == ["Harbor Sleep Society"]


def test_a_provider_in_a_field_of_education() -> None:
    text = "Wounds\n\nBNX is a leading provider in continuing professional development training.\n"
    assert provider(text) == "BNX"
    # a provider in a place is a person's job, not this
    assert provider("Care\n\nAnna Kowal is a primary care provider in Boston.\n") is None


def test_an_event_as_the_subject_of_an_approval_is_no_provider() -> None:
    text = (
        "CE\n\nThe WSAXA World Congress 2021 is approved by the Registry of Approved Continuing "
        "Education (RACE) to provide the following CE activity.\n"
    )
    assert provider(text) == "WSAXA"  # not the event: its owner (R-PV-7)
    # a society named "Congress of ..." stays an organisation
    text = (
        "CE\n\nThe Northern Congress of Obstetricians is accredited by the Accreditation Council "
        "for Continuing Medical Education to provide CME.\n"
    )
    assert provider(text) == "Northern Congress of Obstetricians"


def test_a_meal_sponsor_and_a_certificate_issuer_are_no_provider() -> None:
    text = "DBT\n\nLunch generously sponsored by Clearwater Treatment Centers\n"
    assert provider(text) is None
    text = "CPD\n\nThe PRX certificate will be made available after 3 months.\n"
    assert provider(text) is None
    # a certificate course still names its owner
    text = "Skin\n\nThe Harbor University certificate courses run each spring.\n"
    assert provider(text) == "Harbor University"
