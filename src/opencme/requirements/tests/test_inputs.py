"""Claims on OpenCME feed the tracker beside self-reported credit: the claim's credit type and
amount, its activity's topics when they are known topic codes or labels, MOC points per board;
the tracker page reads it all in a bounded number of queries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from opencme.activities.models import MocDesignation
from opencme.core import clock
from opencme.credits.services import claim_credit
from opencme.requirements import selectors, services
from opencme.requirements.inputs import credits_for, topic_codes
from tests import journey_data

pytestmark = pytest.mark.django_db


def test_topic_codes_take_codes_and_labels_and_ignore_the_rest() -> None:
    assert topic_codes(["medical_errors", "Human trafficking", "DEA MATE Act eligible"]) == {
        "medical_errors",
        "human_trafficking",
    }
    assert topic_codes([]) == frozenset()


def test_a_claim_on_opencme_counts_with_its_topics_and_moc_points() -> None:
    activity = journey_data.seed_000_rerelease()
    activity.topics = ["Substance use disorders (DEA MATE)", "not a topic"]
    activity.save(update_fields=["topics"])
    MocDesignation.objects.filter(activity=activity).delete()
    MocDesignation.objects.create(activity=activity, board="ABIM", points=Decimal("1.25"))
    learner, enrollment = journey_data.ready_to_claim(activity)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=learner)
    pairs = credits_for(learner)
    by_type = {credit.credit_type: (credit, source) for credit, source in pairs}
    credit, source = by_type["AMA_PRA_1"]
    assert credit.topics == {"substance_use_disorders"}
    assert credit.amount == Decimal("1.25")
    assert credit.accreditor  # the provider's, or the one its credit type implies
    assert source.source == "OpenCME"
    assert by_type["ABIM"][0].amount == Decimal("1.25")
    year = clock.today().year
    services.save_credential(actor=learner, user=learner, kind="dea",
                             expires_on=dt.date(year + 2, 6, 30))  # fmt: skip
    view = selectors.tracker_for(learner, as_of=clock.today())
    mate = view.credentials[0].requirements[0]
    assert mate.counted == Decimal("1.25")
    assert mate.applied[0].credit.title == activity.title
    assert mate.applied[0].credit.source == "OpenCME"


def test_tracker_page_queries_are_bounded(django_assert_max_num_queries) -> None:
    activity = journey_data.seed_000_rerelease()
    learner, enrollment = journey_data.ready_to_claim(activity)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=learner)
    year = clock.today().year
    for state in ("FL", "TX", "NY"):
        services.save_credential(
            actor=learner,
            user=learner,
            kind="license",
            state=state,
            license_type="MD",
            expires_on=dt.date(year + 1, 5, 31),
        )
    for day in range(20):
        services.record_external_credit(actor=learner, user=learner, title=f"Course {day}",
                                        completed_on=clock.today() - dt.timedelta(days=day + 1),
                                        credit_type="AMA_PRA_1", amount="1")  # fmt: skip
    client = Client()
    client.force_login(learner)
    with django_assert_max_num_queries(15):
        response = client.get(reverse("requirements:tracker"))
    assert response.status_code == 200


def test_an_activitys_declared_requirements_and_narrower_topics_reach_its_credit() -> None:
    activity = journey_data.seed_000_rerelease()
    activity.topics = ["laws_and_rules_fl"]
    activity.meets = ["tx-hhsc"]
    activity.save(update_fields=["topics", "meets"])
    learner, enrollment = journey_data.ready_to_claim(activity)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=learner)
    credit = next(c for c, _ in credits_for(learner) if c.credit_type == "AMA_PRA_1")
    assert credit.approvals == {"tx-hhsc"}
    assert credit.topics == {"laws_and_rules_fl", "laws_and_rules"}
