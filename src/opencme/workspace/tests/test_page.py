"""The workspace page: activities by state with search and pages, what is due, recent claims
and completions, follow-up response rates; its query count does not grow with the data."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import override_settings
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.activities.services import withdraw_activity
from opencme.core import clock
from opencme.credits.services import claim_credit
from opencme.learning.models import FollowUp, StepKind
from opencme.learning.services import complete_step, enroll_learner
from opencme.learning.tasks import send_follow_up
from opencme.reporting.tests import data
from opencme.workspace import selectors
from tests import factories
from tests.journey_data import answers_for, learner, seed_000_rerelease, steps_of, walk

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    html = response.content.decode()
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


@pytest.fixture
def provider():
    p = data.provider("Provider Alpha")
    today = clock.today()
    data.activity(p, title="Open pain course")
    data.activity(p, title="Upcoming sepsis course", start_date=str(today + dt.timedelta(days=9)))
    data.activity(
        p,
        title="Expired pain course",
        kind=Activity.Kind.LISTED,
        start_date=str(today - dt.timedelta(days=400)),
        expires=str(today - dt.timedelta(days=2)),
    )
    factories.activity(of=p, title="Draft asthma course")
    gone = data.activity(p, title="Withdrawn pain course")
    withdraw_activity(activity=gone, actor=None)
    return p


def page(client, provider, **params):
    client.force_login(factories.staff(of=provider))
    return client.get(reverse("workspace:provider", args=[provider.slug]), params)


def test_activities_are_counted_by_state(client, provider):
    text = text_of(page(client, provider))
    for label, n in [
        ("All", 5),
        ("Draft", 1),
        ("Open for credit", 1),
        ("Upcoming", 1),
        ("Expired", 1),
        ("Archived", 1),
    ]:
        assert f"{label} {n} " in text, label


def test_a_state_lists_only_its_activities(client, provider):
    text = text_of(page(client, provider, state="expired"))
    assert "1 activity expired." in text
    assert "Expired pain course" in text
    assert "Open pain course" not in text


def test_search_matches_titles_within_the_state(client, provider):
    text = text_of(page(client, provider, q="pain"))
    assert "3 activities with “pain” in the title." in text
    assert "Draft asthma course" not in text
    text = text_of(page(client, provider, q="pain", state="open"))
    assert "1 activity open for credit with “pain” in the title." in text


def test_titles_open_the_activity_in_the_workspace_published_ones_link_their_public_page(
    client, provider
):
    html = page(client, provider).content.decode()
    open_one = Activity.objects.get(title="Open pain course")
    draft = Activity.objects.get(title="Draft asthma course")
    for a in (open_one, draft):
        hub = reverse("workspace:activity", args=[provider.slug, a.pk])
        assert f'href="{hub}">{a.title}</a>' in html
    assert f'href="{reverse("catalog:activity", args=[open_one.pk])}"' in html
    assert f'href="{reverse("catalog:activity", args=[draft.pk])}"' not in html
    admin_url = reverse("admin:activities_activity_change", args=[draft.pk])
    assert f'href="{admin_url}">Edit in admin' in html


def test_no_admin_link_for_staff_who_cannot_use_the_admin(client, provider):
    staff = factories.staff(of=provider)
    staff.is_staff = False
    staff.save(update_fields=["is_staff"])
    client.force_login(staff)
    html = client.get(reverse("workspace:provider", args=[provider.slug])).content.decode()
    assert "Open pain course" in html
    assert "Edit in admin" not in html


def test_list_is_paged(client, provider):
    for n in range(selectors.PAGE_SIZE):
        factories.activity(of=provider, title=f"Extra draft {n}")
    first = text_of(page(client, provider, state="draft"))
    assert f"{selectors.PAGE_SIZE + 1} activities draft." in first
    assert "Page 1 of 2" in first
    second = text_of(page(client, provider, state="draft", page="2"))
    assert "Page 2 of 2" in second
    assert "Draft asthma course" in second  # the oldest, last


def test_due_claims_and_recent_claims_are_shown(client):
    p = data.provider("Provider Beta")
    act = data.activity(p, title="Pharmacy law update")
    data.claim(data.learner(data.PHARMACIST), act, "ACPE")
    text = text_of(page(client, p))
    assert "Nothing is overdue." in text
    assert "Mei Tanaka" in text
    assert "1.25 ACPE" in text or "1.25 " in text
    assert "Pharmacy law update" in text
    # CPE Monitor takes 60 days: this claim is not due this week, and a claim of 58 days ago is.
    assert "Nothing falls due this week." in text


def test_follow_up_rates_count_sent_and_answered(client, settings):
    activity = seed_000_rerelease()
    follow_up = next(s for s in steps_of(activity) if s.kind == StepKind.FOLLOW_UP)
    enrollments = []
    for _ in range(3):
        user = learner()
        enrollment = enroll_learner(activity=activity, learner=user)
        walk(enrollment, user)
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
        enrollments.append(enrollment)
    assert FollowUp.objects.filter(enrollment__activity=activity).count() == 3
    settings.CLOCK_OFFSET_DAYS = (follow_up.delay_days or 0) + 1
    for enrollment in enrollments[:2]:
        send_follow_up.call(FollowUp.objects.get(enrollment=enrollment).pk, "invite")
    first = enrollments[0]
    complete_step(
        enrollment=first,
        step_id=follow_up.pk,
        actor=first.learner,
        answers=answers_for(follow_up),
    )
    rates = selectors.follow_up_rates(activity.provider)
    assert [(r.due, r.sent, r.answered, r.percent) for r in rates] == [(3, 2, 1, 50)]
    text = text_of(page(client, activity.provider))
    assert "1 answered of 2 sent (50%); 1 not yet sent" in text
    assert "Recent completions" in text


def test_workspace_query_count_does_not_grow(client, provider, django_assert_max_num_queries):
    staff = factories.staff(of=provider)
    client.force_login(staff)
    url = reverse("workspace:provider", args=[provider.slug])
    client.get(url)  # the rule book is read once, then cached
    # Session and user (2), provider and membership (2), obligations synced (5: savepoint, rule
    # book, one insert per destination), state counts (1), page count and page (2), what is
    # due (3), claims (1), completions (1), follow-ups (1): 18 today, room for two more.
    with django_assert_max_num_queries(20) as before:
        assert client.get(url).status_code == 200
    act = Activity.objects.get(title="Open pain course")
    for _ in range(3):
        data.claim(data.learner(data.PHYSICIAN), act, "AMA_PRA_1")
    for n in range(5):
        factories.activity(of=provider, title=f"More {n}")
    with django_assert_max_num_queries(len(before.captured_queries)):
        assert client.get(url).status_code == 200


@override_settings(LANGUAGE_CODE="en")
def test_times_carry_their_time_zone(client):
    p = data.provider("Provider Gamma")
    act = data.activity(p, title="Zone course")
    data.claim(data.learner(data.PHYSICIAN), act, "AMA_PRA_1")
    text = text_of(page(client, p))
    assert re.search(r"Claimed \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M E[SD]T", text), text
