"""Every publish problem of the people and credit sections has its field on the page: the hub
links each one to ``<section>?check=1#field-<path>``, and the element is there, with the
message beside it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from opencme.activities.models import (
    Activity,
    CommercialSupporter,
    CreditDesignation,
    Faculty,
    FinancialRelationship,
)
from opencme.reporting.tests import data
from opencme.workspace import problems, sections
from tests import factories

pytestmark = pytest.mark.django_db


def test_each_problem_of_the_people_and_credit_sections_is_beside_its_field(client):
    activity: Activity = factories.activity(of=data.provider("Provider Alpha"), title="Course")
    CreditDesignation.objects.filter(activity=activity).update(statement="")
    CreditDesignation.objects.create(activity=activity, credit_type="ACPE", amount=1, position=5)
    CreditDesignation.objects.create(activity=activity, credit_type="IPCE", amount=1, position=6)
    unknown = Faculty.objects.create(activity=activity, name="Not Yet Asked", position=3)
    relevant = Faculty.objects.create(
        activity=activity, name="Has Ties", disclosed="relevant", position=4
    )
    FinancialRelationship.objects.create(person=relevant, company="", nature="")
    Activity.objects.filter(pk=activity.pk).update(commercial_support=True)
    CommercialSupporter.objects.create(activity=activity, name="Acme", in_kind=True)
    assert unknown.pk

    found = problems.problems_for(activity)
    mine = {
        path: messages
        for path, messages in found.items()
        if problems.section_of(path) in (sections.PEOPLE, sections.CREDIT)
    }
    assert {
        "credits[0].statement",
        "credits[2].uan",
        "credits[3].type",
        "people[2].disclosure",
        "people[3].mitigation",
        "people[3].relationships[0].company",
        "commercial_supporters[0].in_kind_nature",
    } <= set(mine)

    client.force_login(factories.staff(of=activity.provider))
    kwargs = {"slug": activity.provider.slug, "activity_id": activity.pk}
    pages = {
        section: client.get(reverse(f"workspace:activity_{section}", kwargs=kwargs) + "?check=1")
        for section in (sections.PEOPLE, sections.CREDIT)
    }
    for path, messages in mine.items():
        html = pages[problems.section_of(path)].content.decode()
        assert f'id="{problems.field_id(path)}"' in html, path
        for message in messages:
            assert message.replace("'", "&#x27;") in html, (path, message)
