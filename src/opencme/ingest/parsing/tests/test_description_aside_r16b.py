"""Paragraphs that speak of something beside the activity (description_aside.py): invented
wordings of each class, and near misses that stay descriptions."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.description_aside import aside
from opencme.ingest.parsing.description_refusals import refused_paragraph


@pytest.mark.parametrize(
    "text",
    [
        # the page speaking of itself
        "This page provides key dates for faculty. Presenters should upload slides by May 1.",
        "This webpage contains the forms that session chairs must return before the meeting.",
        "On this page you will find travel grants, visas and the venue map for delegates.",
        "The information below applies only to poster presenters at the Harbour Forum.",
        "This section outlines the policies that apply to every workshop we run this year.",
        "The following information is for exhibitors booking a stand at the spring meeting.",
        # what a ticket, registration or fee includes
        "Your ticket includes entry to all plenaries, lunch on both days and the reception.",
        "Registration includes a printed handbook, refreshments and a certificate of attendance.",
        "The course fee covers tuition, catering and parking for the three days of the course.",
        "Each delegate pass gives access to the exhibition hall and all breakout sessions here.",
        "Tickets also include the conference dinner at the Tern Point boathouse on Friday evening.",
        # who may attend as a rule of access
        "Attendance is reserved for Guild members and nurses holding a licence.",
        "Participation is restricted to residents enrolled in an accredited training programme.",
        "Admission is open only to society members in good standing with their dues paid up.",
        "Attendance at the study day is free of charge for branch members and their guests.",
        "Entry is by invitation from the regional director of the nursing service this year.",
        # meetings held as a rule, required attendance
        "Most chapter meetings will be held at the Elm Hall library on Tuesdays.",
        "Chapter meetings are usually held at the Lakeside Inn unless stated otherwise below.",
        "Regular sessions are held on Wednesday evenings at the hospital's teaching centre.",
        "Required on-site attendance at the Millbrook campus is from 3 to 7 June, weekdays only.",
        "Mandatory in-person attendance runs over two weekends at the simulation suite in Dover.",
        # should the activity not run as planned
        "We are closely following the state health officer’s advice on safe gatherings this year.",
        "The organisers are closely monitoring the situation and will update registrants weekly.",
        "Should the workshop not be possible face to face, we will deliver it online over Zoom.",
        "If the conference is cancelled, registrants will be refunded their fees in full.",
        "In the event that the course cannot go ahead, we will offer a place on a later date.",
        # how a learner reaches a course already available
        "This course is available now. Watch the videos whenever it suits you best.",
        "This webinar is now available on demand. Sign in with your member number to watch it.",
        "If you have already registered, please open your learning page to find the videos.",
        "Please sign in to access the recordings and the handouts for each of the modules.",
        # directions to the venue
        "From Route 9 north of the city, take the Maple Avenue exit and follow the signs.",
        "Turn left into the second car park and walk to the conference centre's main entrance.",
        "Drive north on Elm Road for two miles; the centre is on the right after the school.",
        # an FAQ's answer, a rule's clause, a question
        "Yes. Group bookings are possible; ask the office for a quote and a form.",
        "No, the recordings cannot be downloaded, but they stay online for twelve months.",
        "(b) No more than six hours in any one renewal period may be self-study.",
        "Why should a podiatrist or a practice nurse take this wound care course?",
        "Some councils ask for a reflective log after the course. Does the course provide one?",
        # a credit statement with an identifier; no commercial support
        "Board of Dietetics (BD) - Provider #1234, Activity #98765 approved for 2.00 CPEU hours.",
        "Nursing Council provider number 4321: this course is approved for 3 contact hours.",
        "This program was developed by Lakeside without support from any commercial interest.",
        "The activity received no commercial support from any company whatsoever this year.",
    ],
)
def test_aside_refused(text: str) -> None:
    assert refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the activity itself, held, available, questions in a longer paragraph
        "The 9th Harbour Wound Forum will be held at the Tern Point Centre from 3 to 5 May 2031.",
        "This course is available online and covers assessment, dressings and referral of wounds.",
        "This workshop includes case discussions, role play and a review of current guidance.",
        "Are you ready to lead? This course gives new charge nurses the skills to run a ward. "
        "Over two days you will practise feedback, delegation and difficult conversations.",
        "Participants will take the history of a dizzy patient and turn the findings into a plan.",
        "Attendance at all sessions is expected; the course covers suturing, dressings and burns.",
        "Learn to read an ECG in a stepwise way, from rate and rhythm to axis and intervals.",
        "Sessions will cover wound bed preparation and the use of negative pressure therapy.",
    ],
)
def test_near_misses_kept(text: str) -> None:
    first = text.split(". ")[0]
    assert not aside(first, text)


@pytest.mark.parametrize(
    "text",
    [
        # the provider's catalogue blurb, no sentence about the activity
        "For every nurse, continuing education is an essential part of safe practice. We "
        "publish new material each month.",
        "Lifelong learning is vital for pharmacists in a changing health system.",
        "CPD remains the most important way clinicians keep their skills current today.",
        "At the Lakeside School of Nursing, we offer a wide range of short programmes for "
        "nurses and midwives in the region.",
        "The Harbour Academy provides a broad selection of online modules for allied health "
        "staff across the state.",
        "The Office of Continuing Education seeks to provide high-quality learning that "
        "addresses the needs of practice.",
        "Lakeside Health strives to support clinicians at every stage of their careers.",
        "The Institute is committed to excellence in rural health education and research.",
    ],
)
def test_catalogue_blurb_refused(text: str) -> None:
    assert refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeside Wound Course seeks to give nurses confidence in assessing chronic wounds.",
        "This workshop offers a wide range of practical skills stations for new graduates.",
        "Continuing education is important, and this course gives you six hours of it in one "
        "afternoon on wound care.",
    ],
)
def test_catalogue_blurb_near_misses(text: str) -> None:
    assert not refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sign up to our newsletter to hear about new courses and offers every month.",
        "Subscribe to the Lakeside e-news for dates of our next study days.",
        "Join our mailing list and be the first to hear when bookings open.",
        "Share this page with colleagues using the buttons below.",
        "Thank you for your interest in our programmes. We will be in touch soon.",
        "Places are strictly limited, so please book early to avoid disappointment.",
        "Group discounts are available for teams of five or more booking together.",
        "Early bird rates end on 31 March; after that the standard fee applies.",
        "Concessions are available for students and retired members on request.",
        "Lunch and refreshments will be provided on both days of the workshop.",
        "A light breakfast is served from 7.30 am in the foyer before the first talk.",
        "Certificates of attendance will be emailed within two weeks of the evaluation.",
        "Your certificate is issued once the post-course quiz has been passed online.",
        "The webinar recording and slides will be made available to registrants after.",
        "Recordings are available on demand for three months after the live sessions.",
        "“The best course I have attended in years; practical and well paced.” – Jane, RN",
        '"Clear, useful and fun." - Dr Tom Reyes, Tern Point Hospital',
    ],
)
def test_logistics_refused(text: str) -> None:
    assert refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "Places of safety for people in crisis are the subject of this one-day course.",
        "The recordings of patient interviews are used to teach active listening skills.",
        "Certificates in wound care are a growing part of nursing education in the region.",
        "“Sepsis Six” is a bundle of care that this course teaches in depth, with cases.",
        "Group work and lectures alternate through the day, with practical stations.",
    ],
)
def test_logistics_near_misses(text: str) -> None:
    assert not refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to the Lakeside Learning website. Here you will find our courses and resources.",
        "Welcome to our online learning platform for allied health staff across the region.",
        "Update: due to high demand the event will now also be streamed online.",
        "Important notice: the car park will be closed on both days of the meeting.",
        "Posted by admin on 3 May 2031 in Events, Nursing. Comments are closed.",
        "Our website uses cookies and analytics to understand how visitors use our pages.",
        "This site is best viewed in a recent version of a common browser on a desktop.",
        "All prices include GST. Payment can be made by card or by invoice.",
        "Payment must be received before the start date for places to be confirmed.",
        "Need help? Our support team is available on weekdays from 9 am to 5 pm.",
        "Questions? Email the events team and we will reply within two working days.",
        "Interested in sponsoring or exhibiting at the forum? Download our prospectus.",
        "The closing date for abstracts has been extended to 30 June due to demand.",
    ],
)
def test_site_notices_refused(text: str) -> None:
    assert refused_paragraph(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to the Harbour Forum 2031 website! The forum brings together nurses and GPs.",
        "Updated guidance on sepsis is the focus of this one-day course for rural nurses.",
        "Payments for carers are one of the topics this webinar on dementia care explores.",
        "Questions of consent in older patients are explored through cases in this workshop.",
        "Yes, burnout is real: this webinar looks at the evidence and at what services can do.",
    ],
)
def test_site_notices_near_misses(text: str) -> None:
    assert not refused_paragraph(text)
