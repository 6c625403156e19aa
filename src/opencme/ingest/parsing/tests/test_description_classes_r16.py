"""R-DE-7, R-DE-8: the description in the words of other sites (invented text). Paragraphs
not about the activity are refused (statements in other countries' words, instructions for
claiming credit, eligibility rules, the organisation's blurb, a biography); invitations and
nouns of other usage ("Join us for …", "This masterclass …", "The study day …") speak of the
activity itself."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing

# a paragraph on the activity that does not speak of it by name or noun
PLAIN = (
    "Participants examine case studies of chronic wounds and practise choosing dressings for "
    "each stage of healing in small groups during the day."
)


def _description(*paragraphs: str) -> str | None:
    draft = parse_listing("Example Course Title\n\n" + "\n\n".join(paragraphs) + "\n")
    return draft.record["description"]


@pytest.mark.parametrize(
    "first",
    [
        # statements in other countries' words
        "This programme has been awarded 5 CPD points by the Health Professions Council of "
        "Eastland for the current cycle year.",
        "The content of this course is provided for educational purposes only and is not "
        "intended to replace professional medical advice.",
        "This symposium was made possible by the generous support of the Harbour Foundation "
        "and the Lakeside Trust for Nursing Education.",
        "This workshop is funded in part by the Eastland Department of Health under its "
        "workforce development scheme for rural nurses.",
        # instructions for claiming credit, eligibility
        "To claim your CPD points for this course, complete the online evaluation within 30 "
        "days and keep your certificate of attendance.",
        "In order to be awarded the certificate for this workshop, delegates complete the "
        "reflective log within a fortnight of the day.",
        "Learners who wish to claim points for this webinar should keep a reflective note in "
        "their portfolio as evidence for their annual review.",
        "Applicants for this programme should hold current registration with the nursing "
        "council and two years of experience in acute care.",
        "To be eligible for this course, nurses hold a current practising certificate and work "
        "at least two days a week in a community setting.",
    ],
)
def test_statement_or_instruction_before_the_paragraph_is_skipped(first: str) -> None:
    assert _description(first, PLAIN) == PLAIN


@pytest.mark.parametrize(
    "first",
    [
        "The Lakeside Wound Society is a not-for-profit organisation dedicated to improving the "
        "care of people with chronic wounds across the region.",
        "We are a registered charity supporting nurses and midwives in rural communities with "
        "grants, mentoring and professional networks.",
        "Founded in 1975, the Eastland College of Nursing represents more than 20,000 nurses "
        "and midwives and champions their professional development.",
        "Our mission is to advance the education of nurses and allied health professionals in "
        "every community we serve, through research and teaching.",
        "Since 1990, Harbour Health Education has supported clinicians across three states "
        "with evidence-based resources and a national mentoring network.",
        "Dr Ann Lee is a consultant dermatologist at Harbour Hospital with a special interest "
        "in wound healing and has published widely on leg ulcers.",
        "Professor Omar Reyes leads the vascular research group at Eastland University and "
        "chairs the regional wound care network for community nurses.",
    ],
)
def test_organisation_blurb_or_biography_is_no_description(first: str) -> None:
    assert _description(first, PLAIN) == PLAIN


def test_blurb_that_speaks_of_the_activity_stays() -> None:
    """A near miss: the organisation's sentence goes on to name the activity."""
    text = (
        "The Eastland Nursing Society is a not-for-profit organisation that runs this course "
        "each spring for nurses new to community practice across the region."
    )
    assert _description(text, PLAIN) == text


def test_a_course_that_is_a_course_is_no_blurb() -> None:
    """A near miss: "<Name> is a two-day course": the activity, not the organisation."""
    text = (
        "Wound Essentials is a two-day interactive course that equips community nurses with "
        "the skills to assess and manage chronic wounds."
    )
    assert _description(text) == text


@pytest.mark.parametrize(
    "about",
    [
        "Join us for a hands-on evening of case discussions on leg ulcers, pressure injuries "
        "and the latest dressings, led by experienced tissue viability nurses.",
        "Please join us at the Harbour Hall for a morning of practical updates on asthma "
        "management in primary care, with time for questions.",
        "This masterclass explores the assessment of leg ulcers and the choice of compression, "
        "with practical demonstrations throughout.",
        "The study day offers midwives an update on fetal monitoring, neonatal resuscitation "
        "and the management of postpartum haemorrhage.",
        "In this tutorial, you will work through three cases of diabetic foot ulcers and "
        "decide on offloading and referral for each.",
        "You are warmly invited to join us for an afternoon on palliative care at home, with "
        "short talks and discussion in small groups.",
        "Dressing Choices Made Simple is a one-day masterclass for practice nurses, with "
        "hands-on sessions on compression bandaging and foam dressings.",
    ],
)
def test_invitation_or_other_noun_speaks_of_the_activity(about: str) -> None:
    """A first paragraph on the subject yields to one about the activity (R-DE-2, R-DE-8)."""
    subject = (
        "Chronic wounds affect one in fifty adults and cost health services a great deal each "
        "year, most of it in community nursing time."
    )
    assert _description(subject, about) == about


@pytest.mark.parametrize(
    "about",
    [
        "Join us on Facebook and Twitter for news of our work with nurses in every region of "
        "the country and the families they care for.",
        "Join us as a member today and receive our quarterly journal, discounts on resources "
        "and invitations to regional networking evenings.",
    ],
)
def test_joining_the_organisation_is_no_invitation_to_the_activity(about: str) -> None:
    subject = (
        "Chronic wounds affect one in fifty adults and cost health services a great deal each "
        "year, most of it in community nursing time."
    )
    assert _description(subject, about) == subject


def test_short_paragraph_opening_with_another_noun() -> None:
    text = "This bootcamp teaches the basics of point-of-care ultrasound with scanning."
    assert _description(text) == text
