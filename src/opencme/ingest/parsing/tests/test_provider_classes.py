"""Provider classes (R-PV-1, R-PV-7..9): how pages name the accredited provider, synthetic text,
one class a test (docs/corpus.md 'Provider')."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import provider


def test_statement_after_a_lead_in_clause_or_a_bullet() -> None:
    # the Joint Accreditation statement opens with a clause, its subject's "the" in lower case
    text = (
        "Heart Update\n\nAccreditation Statement\n\nIn support of improving patient care, the "
        "Riverbend Cardiac Society is jointly accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME).\n"
    )
    assert provider(text) == "Riverbend Cardiac Society"
    text = (
        "Breast Review\n\nACCREDITATION\n- The Lakeshore Society of Imaging (LSI) is accredited "
        "by the Accreditation Council for Continuing Medical Education to provide CME.\n"
    )
    assert provider(text) == "Lakeshore Society of Imaging"


def test_statement_subject_with_a_dash_or_a_company_suffix() -> None:
    text = (
        "Sepsis in Adults\n\nNorthfield College of Medicine – Eastvale Medical Center designates "
        "this enduring material for a maximum of 1 AMA PRA Category 1 Credit.\n"
    )
    assert provider(text) == "Northfield College of Medicine – Eastvale Medical Center"
    text = (
        "Ethics\n\nBrightpath Seminars, LLC, provider #1234, is approved as an ACE provider to "
        "offer social work continuing education.\n"
    )
    assert provider(text) == "Brightpath Seminars, LLC"


def test_an_organisation_said_to_be_the_provider() -> None:
    text = (
        "Vision Loss\n\nQuill Therapy Academy is an AOTA Approved Provider of professional "
        "development.\n"
    )
    assert provider(text) == "Quill Therapy Academy"
    text = (
        "Low Vision\n\nSightPath Seminars, the provider of this continuing education, is an "
        "approved provider of the Academy.\n"
    )
    assert provider(text) == "SightPath Seminars"
    text = (
        "Ulcers\n\nApproval Code: 12/2/02. Arden Quality Group is the sole provider and "
        "sponsor of this course.\n"
    )
    assert provider(text) == "Arden Quality Group"
    text = (
        "Buprenorphine\n\nAs an ACCME accredited provider of continuing medical education, "
        "Tidewater Tools, Inc. complies with the Standards for Integrity.\n"
    )
    assert provider(text) == "Tidewater Tools, Inc."


def test_a_person_said_to_be_a_provider_is_no_provider() -> None:
    text = "Care\n\nAnna Kowal is a primary care provider for the clinic and a speaker.\n"
    assert provider(text) is None


def test_delivered_by_names_the_provider() -> None:
    text = "Wound Care\n\nSuccessful completion provides 1 hour of CPD, delivered by Fenwick Ltd.\n"
    assert provider(text) == "Fenwick Ltd"


def test_a_logo_caption_glued_to_the_subject_goes() -> None:
    text = (
        "Atrial Fibrillation\n\nPHARMACY acpeHarbor Pharmacy Education, LLC is accredited by the "
        "Accreditation Council for Pharmacy Education as a provider.\n"
    )
    assert provider(text) == "Harbor Pharmacy Education, LLC"


def test_an_organisation_as_subject_of_an_active_verb_of_offering_an_activity() -> None:
    text = "Interviewing\n\nWRU offers sequential online workshops to advance your skills.\n"
    assert provider(text) == "WRU"
    text = (
        "Update\n\nThe Department of Ophthalmology, KRU, organized a Continuing Medical "
        "Education (CME) program under the Eye Plan.\n"
    )
    assert provider(text) == "Department of Ophthalmology, KRU"
    text = (
        "Broadcast\n\nThe Northern Stroke Association will present a live, interactive "
        "broadcast for medical professionals.\n"
    )
    assert provider(text) == "Northern Stroke Association"
    # its object is no activity, or the subject no organisation: no provider
    assert provider("Care\n\nThe NHA offers discounts to members.\n") is None
    assert provider("Care\n\nAnna Kowal hosts a webinar on sleep.\n") is None


def test_an_organisation_owning_the_activity() -> None:
    text = (
        "Myopia\n\nA Western Contact Lens Association (WCLA) webinar will outline how eye care "
        "professionals can help.\n"
    )
    assert provider(text) == "Western Contact Lens Association"
    text = "Edge\n\nThis activity is part of AAPN’s curriculum known as Leadership Edge.\n"
    assert provider(text) == "AAPN"
    text = "Expo\n\nHave you decided to attend CMSX’s 28th Annual Conference and Expo in June?\n"
    assert provider(text) == "CMSX"
    # a possessive before no activity names no provider
    assert provider("Policy\n\nYou agree to CHEX's cancellation policy.\n") is None


def test_a_title_case_provider_status_and_no_credit_scheme_as_owner() -> None:
    text = (
        "Oral Pathology\n\nThe Academy of Tooth Learning, LLC is an ADA CERP Recognized Provider.\n"
    )
    assert provider(text) == "Academy of Tooth Learning, LLC"
    text = "Points\n\nThe Medical Council of Erewhon CME Programme gives points to members.\n"
    assert provider(text) is None


def test_a_statement_glued_to_a_mark_and_the_conflict_resolver() -> None:
    text = (
        "Weight\n\n- 1.00 AMA PRA Category 1 Credit™The Harbor Weight Association (HWA) is "
        "accredited by the Accreditation Council for Continuing Medical Education.\n"
    )
    assert provider(text) == "Harbor Weight Association"
    # the accredited provider resolves the conflicts of interest (ACCME Standard 3)
    text = (
        "Skin Tears\n\nFenwood CME Institute, Inc, has identified and resolved all faculty and "
        "staff conflicts of interest regarding this educational activity.\n"
    )
    assert provider(text) == "Fenwood CME Institute, Inc"
    text = (
        "Sepsis\n\nNeither Northgate Institute for Nursing Education nor any authors, planners "
        "or contributors have any relevant financial relationships.\n"
    )
    assert provider(text) == "Northgate Institute for Nursing Education"
