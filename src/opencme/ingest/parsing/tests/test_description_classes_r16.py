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


@pytest.mark.parametrize(
    "first",
    [
        # the credit a learner gains by taking part
        "By attending the Harbour Forum 2031 you can claim the following CPD hours, based on "
        "the programme times of the sessions you attend.",
        "On completing this module, participants will earn 2 CPD points towards their annual "
        "requirement with the nursing council.",
        "Upon finishing all four lectures, learners may be awarded a certificate of completion "
        "for their professional portfolio.",
        "After taking part in the study day, nurses are able to claim five hours of "
        "professional development for their revalidation.",
        "When completing the online quiz, members can record 1 CPD point in the college's "
        "online diary for the current year.",
        # a call for contributions
        "The Lakeside Society is pleased to announce that we are accepting abstract submissions "
        "for our 2031 Annual Scientific Meeting until the end of March.",
        "The organising committee invites proposals for workshops and oral presentations at "
        "the Eastland Nursing Congress next spring.",
        "Submit your abstract by 30 April for the poster session of the Harbour Wound Forum, "
        "which is open to nurses and allied health professionals.",
        "We welcome poster submissions on every aspect of community nursing practice from "
        "students, clinicians and researchers across the region.",
        "The Harbour Paediatric Meeting is now seeking nominations for its annual award for "
        "excellence in children's nursing from members.",
        # a definition of continuing education in general
        "Continuing medical education consists of educational activities which serve to "
        "maintain, develop, or increase the knowledge and skills of a physician.",
        "Continuing professional development is the means by which members of a profession "
        "maintain and broaden their knowledge, expertise and competence.",
        "CPD refers to the process of tracking and documenting the skills, knowledge and "
        "experience that you gain both formally and informally as you work.",
        # eligibility
        "Eligible for nurses and midwives working in rural practice who have completed the "
        "foundation module within the last two years.",
    ],
)
def test_credit_gained_call_or_definition_is_skipped(first: str) -> None:
    assert _description(first, PLAIN) == PLAIN


@pytest.mark.parametrize(
    "about",
    [
        # near misses: what the learner gains is no credit, the papers are the subject
        "By attending this workshop, nurses will gain confidence in choosing dressings for "
        "leg ulcers and in explaining their choice to patients.",
        "This webinar reviews recent papers on the management of sepsis in the emergency "
        "department and what they mean for nursing practice.",
        "The course invites learners to reflect on abstracts of recent trials in wound care "
        "and to discuss them in small groups with a tutor.",
    ],
)
def test_near_misses_of_credit_and_calls_stay(about: str) -> None:
    assert _description(about, PLAIN) == about


def test_continuing_education_said_of_the_activity_is_no_definition() -> None:
    text = (
        "CPD is the thread running through this masterclass, which shows practice nurses how "
        "to turn each clinic into evidence for their revalidation."
    )
    assert _description(text, PLAIN) == text


@pytest.mark.parametrize(
    "first",
    [
        "Jane Okafor is a nurse consultant at Harbour Hospital and has led its tissue viability "
        "service for more than ten years.",
        "She is an associate professor of medicine at Eastland University, where she teaches "
        "wound healing to students and nurses.",
        "He has been the clinical director of the Eastland Stroke Unit since 2019 and chairs "
        "the regional stroke network.",
        "Omar Reyes is a physiotherapist, educator and researcher with an interest in falls "
        "prevention among older adults living at home.",
        "Mary Anne Quill serves as the chief nursing officer of Lakeside Health, overseeing "
        "nursing practice across four hospitals.",
    ],
)
def test_biography_by_name_or_pronoun_and_post_is_no_description(first: str) -> None:
    assert _description(first, PLAIN) == PLAIN


@pytest.mark.parametrize(
    "about",
    [
        # near misses: the activity or the subject, not a person's post
        "Wound Essentials is a nurse-led course for practice nurses that covers assessment, "
        "dressing choice and when to refer to a specialist.",
        "Chronic Wound Care Basics is a self-paced guide for nurses on assessing wounds and "
        "choosing the right dressing at each stage.",
    ],
)
def test_activity_with_people_words_is_no_biography(about: str) -> None:
    assert _description(about, PLAIN) == about
