"""Provider and joint providers, second round of the fourteenth session: the classes of the
remaining misses, invented text, one class a test (docs/corpus.md 'Provider', rules.md R-PV-*)."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import provider, record


def test_a_news_headline_names_the_organisation_announcing_or_partnering_on_an_activity() -> None:
    # a headline in title case: "X Announces ... Programs", "A, B Partner on ... Training"
    text = (
        "Erewhon College of Podiatry Announces Live Wound Care Training Programs\n\n"
        "Seats are limited. The sessions run in the spring.\n"
    )
    assert provider(text) == "Erewhon College of Podiatry"
    text = (
        "QRTA, FNDC Partner on Interactive Sprain Training\n\n"
        "The free modules teach trainers to spot sprains early.\n"
    )
    rec = record(text)
    assert rec["provider"] == "QRTA"
    assert rec["joint_providers"] == ["FNDC"]
    # a sentence's capitalised verb is no headline; a headline naming no activity says nothing
    text = "Erewhon College of Podiatry Announces New Dean\n\nThe dean starts in May.\n"
    assert provider(text) is None


def test_the_organisation_a_relative_clause_says_offers_the_training() -> None:
    text = (
        "To see the kinds of training and coaching that QLTECH offers, visit our catalog.\n\n"
        "Mindful Listening Intensive\n"
    )
    assert provider(text) == "QLTECH"
    # a person offering is no provider
    text = "Read about the workshops that Dr Ann Moss offers each spring.\n"
    assert provider(text) is None


def test_the_organisation_owning_the_series_an_activity_is_part_of() -> None:
    text = (
        "Wound Dressing Basics\n\n"
        "This program is part of the Erewhon School of Nursing Continuing Nursing Education "
        "credit series.\n"
    )
    assert provider(text) == "Erewhon School of Nursing"


def test_a_profession_abbreviation_owns_no_conference() -> None:
    # "the GP's conference": general practitioners' meeting, no organisation (vocab of jobs)
    text = (
        "Nurses welcome the news that the ministry will fund their meeting at the same level "
        "as the GP’s conference.\n"
    )
    assert provider(text) is None


def test_a_series_owner_is_read_without_its_possessive() -> None:
    text = "Pain Basics\n\nThis module is part of the QRSA’s pain curriculum for nurses.\n"
    assert provider(text) == "QRSA"


def test_the_organisation_an_activity_was_developed_by() -> None:
    # with nothing else naming it: "This course was developed by the X program at Y" (the
    # program's name, cut before its activity noun)
    text = (
        "Ventilator Weaning\n\nThis course was developed by the VENTKids program at Erewhon "
        "Children's Hospital. Sign up for a free account.\n"
    )
    assert provider(text) == "VENTKids"
    text = "Ventilator Weaning\n\nThis module was developed by Dr Ann Moss, RN.\n"
    assert provider(text) is None


def test_a_course_the_learner_has_completed_is_not_the_one_offered() -> None:
    # "Doctors who have completed the X certificate courses will gain credit": a prerequisite
    text = (
        "Diploma of Wound Medicine\n\nDoctors who have completed The Erewhon University "
        "certificate courses in wound care will gain credit into the diploma.\n"
    )
    assert provider(text) is None


def test_the_organisation_whose_meeting_the_event_is() -> None:
    # "the 12th Annual Conference of A (ACR) and B (ACR)": A owns it, B joins (R-PV-7's owner)
    text = (
        "Erewhon 2031 Communique\n\nThe 12th Annual Scientific Conference (ASC) of the Erewhon "
        "College of Surgeons (ECS) and the Surgeons Fellows Association (SFA) took place in "
        "Erewhon from 7 to 11 August 2031.\n"
    )
    rec = record(text)
    assert rec["provider"] == "Erewhon College of Surgeons"
    assert rec["joint_providers"] == ["Surgeons Fellows Association"]
    assert provider("Terms\n\n20th Congress of QRCO, May 2031, Erewhon\n") == "QRCO"
    # a name made of the event noun stays a name: no head noun, no acronym after "of"
    text = "Erewhon Update\n\nThe Congress of Neurological Surgeons meets in May.\n"
    assert provider(text) is None


def test_the_department_holding_grand_rounds_and_the_employer_of_the_ce_director() -> None:
    text = (
        "Psychiatry Grand Rounds\n\nGrand Rounds in the Erewhon Department of Psychiatry "
        "began in 1920.\n"
    )
    assert provider(text) == "Erewhon Department of Psychiatry"
    text = (
        "Opioid Misuse\n\nA. B. Cole, MSW is the Continuing Education Director at Erewhon "
        "Social Work and responsible for the development of this course.\n"
    )
    assert provider(text) == "Erewhon Social Work"
    # a faculty member's hospital is not the provider
    text = "Opioid Misuse\n\nA. B. Cole, MD is Medical Director at Erewhon Hospital.\n"
    assert provider(text) is None


def test_the_organisation_the_page_asks_the_reader_to_choose() -> None:
    text = (
        "Training Program\n\nLearn scanning in this 8-month training program.\n\n"
        "Why choose QSONAR?\n\nOver 400 students have graduated from our program.\n"
    )
    assert provider(text) == "QSONAR"
    # a kind of learning is no organisation
    text = "Training Program\n\nWhy choose Online Learning?\n\nIt fits your schedule.\n"
    assert provider(text) is None


def test_organisations_offering_an_activity_by_its_title() -> None:
    # "A & B offer The Title": the subject offers the activity named by its title (title case)
    text = (
        "- Knee injuries rise in young athletes.\n"
        "Erewhon Sports Medicine & Dunmore College Sports Medicine offer The Young Knee\n"
        "Category A Presentation\n"
    )
    rec = record(text)
    assert rec["provider"] == "Erewhon Sports Medicine"
    assert rec["joint_providers"] == ["Dunmore College Sports Medicine"]
    # an offer of a thing in lower case is no activity's title
    assert provider("Knee\n\nErewhon College offers free parking.\n") is None


def test_a_meeting_of_a_governing_body_names_no_owner() -> None:
    # "the Meeting of the Board of Directors", "the Meeting of the Society": a body's sitting
    text = "Winter Update\n\nThe Annual Meeting of the Board of Directors follows the lectures.\n"
    assert provider(text) is None
    text = "Winter Update\n\nThe General Meeting of the Society follows the lectures.\n"
    assert provider(text) is None


def test_a_company_named_for_its_credit_trade_owns_its_podcast() -> None:
    # "This CME Lanterns podcast": a company named "CME X" (org_names.NOT_ORG reads it a name)
    text = "Prostate Update\n\nThis CME Lanterns podcast will focus on imaging after surgery.\n"
    assert provider(text) == "CME Lanterns"
    # a credit's record word after the acronym is no company ("This CME Activity webinar")
    assert provider("Update\n\nThis CME Activity webinar covers imaging.\n") is None
