"""What a learner sees before starting: on the hosted activity page and at step 1 of enrolling.

The accreditation statement, every credit type's designation statement with its amount, each
planner's and faculty member's relevant financial relationships or "none" with their
mitigation, and the commercial support.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from opencme.activities import services
from opencme.activities.models import Activity, CommercialSupporter
from opencme.learning.services import enroll_learner
from tests import factories
from tests.journey_data import learner, seed_000_rerelease

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()).replace(" ,", ",")


SEED_000_HOSTED = [
    "Before you start: accreditation and disclosures",
    "In support of improving patient care, PCSS-MOUD is jointly accredited by the Accreditation "
    "Council for Continuing Medical Education (ACCME)",
    "PCSS-MOUD designates this enduring material for a maximum of 1.25 AMA PRA Category 1 "
    "Credit(s)™.",
    "This activity is designated for 1.25 AAPA Category 1 CME credits.",
    "Social workers completing this activity receive 1.25",
    "This activity provides 1.25 nursing contact hours.",
    "This activity is approved for 1.25 contact hours of pharmacy continuing education.",
    "learners will receive 1.25 Interprofessional Continuing Education (IPCE) credit(s)",
    "Demo planning committee, Planners (demo value) (Planner) No relevant financial "
    "relationships with ineligible companies.",
    "Roger Chou, MD, Presenter (Faculty) No relevant financial relationships with ineligible "
    "companies.",
    "This activity receives no commercial support.",
    "Demo data. Demo re-release of the PCSS-MOUD activity",
    "financial disclosures and commercial support are demo values",
]


def test_hosted_activity_page_shows_statements_and_disclosures_before_starting():
    activity = seed_000_rerelease()
    response = Client().get(f"/activities/{activity.pk}/")
    assert response.status_code == 200
    text = text_of(response.content.decode())
    for fragment in SEED_000_HOSTED:
        assert fragment in text, fragment
    assert "Not yet recorded" not in text
    assert "does not state" not in text  # only listed activities say what their listing lacks


def test_enrollment_page_shows_the_disclosures_above_step_1():
    activity = seed_000_rerelease()
    user = learner("nurse")
    enrollment = enroll_learner(activity=activity, learner=user)
    client = Client()
    client.force_login(user)
    html = client.get(f"/learn/enrollments/{enrollment.pk}/").content.decode()
    text = text_of(html)
    for fragment in SEED_000_HOSTED:
        assert fragment in text, fragment
    # Open, and before the first step.
    assert re.search(r'<details class="disclosures-box" open>', html)
    assert html.index("Before you start: accreditation and disclosures") < html.index('id="step-')


def test_hosted_activity_page_shows_relationships_mitigation_and_supporters():
    provider = factories.provider(name="Provider A")
    speaker = {
        "name": "Sam Speaker, PharmD",
        "role": "Presenter",
        "capacity": "faculty",
        "disclosed": "relevant",
        "relationships": [
            {"company": "Acme Pharma", "nature": "Consultant", "started": "2025-02-01"},
            {"company": "Beta Devices", "nature": "Speaker"},
        ],
        "mitigation": "Slides reviewed by the planning committee for fair balance.",
    }
    activity = factories.activity(of=provider, people=[factories.PEOPLE[0], speaker])
    Activity.objects.filter(pk=activity.pk).update(commercial_support=True)
    CommercialSupporter.objects.create(activity=activity, name="Gamma Labs")
    CommercialSupporter.objects.create(
        activity=activity, name="Delta Imaging", in_kind=True, in_kind_nature="loaned scanners"
    )
    services.publish_activity(activity=activity, actor=None)
    text = text_of(Client().get(f"/activities/{activity.pk}/").content.decode())
    for fragment in [
        "Provider A is accredited to provide continuing education (a test statement).",
        "Provider A designates this enduring material for a maximum of 1.25 AMA PRA",
        "Provider A designates this activity for a maximum of 1.25 ANCC contact hours.",
        "Pat Planner, MD, Course director (Planner) No relevant financial relationships",
        "Sam Speaker, PharmD, Presenter (Faculty) Relevant financial relationships with "
        "ineligible companies: Acme Pharma: Consultant (since Feb 2025) Beta Devices: Speaker",
        "Mitigated: Slides reviewed by the planning committee for fair balance.",
        "All relevant financial relationships listed here have been mitigated.",
        "This activity receives commercial support from: Gamma Labs Delta Imaging "
        "(in-kind support: loaned scanners)",
    ]:
        assert fragment in text, fragment
