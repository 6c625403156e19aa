"""Outcomes that read well (issue 17, item 5): human labels and whole titles, the date range on
every figure (and its messages beside the fields), knowledge change per question with the
learners behind it, the follow-up response rate (sent against answered), a CSV per figure."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from opencme.accreditation.templatetags.accreditation_tags import credit_type_name
from opencme.learning.models import FollowUp, Question, StepProgress
from opencme.reporting.outcomes import activity_outcomes, provider_outcomes
from opencme.reporting.period import Period
from opencme.reporting.tests import data
from opencme.reporting.tests.outcomes_data import JAN, LONG, MAR
from opencme.reporting.tests.outcomes_data import answer as _answer
from opencme.reporting.tests.outcomes_data import at as _at
from opencme.reporting.tests.outcomes_data import claim as _claim
from opencme.reporting.tests.outcomes_data import learner as _learner
from opencme.reporting.tests.outcomes_data import pipeline as _pipeline
from opencme.reporting.tests.outcomes_data import questions as _questions
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def bare():
    """A provider's activity with no pipeline yet (so a claim needs no steps done)."""
    provider = data.provider()
    return provider, data.activity(provider)


@pytest.fixture
def world(bare):
    _pipeline(bare[1])
    return bare


def test_knowledge_pairs_quizzes_by_position_and_counts_learners_who_answered_both(world):
    _, activity = world
    qs = _questions(activity)
    pre, post = qs["Before the talk"], qs["After the talk"]
    for pre_value, post_value in (("yes", "no"), ("no", "no"), ("yes", None)):
        e = _learner(activity)
        _answer(e, pre[0], pre_value, JAN)
        if post_value:
            _answer(e, post[0], post_value, JAN)
    first = activity_outcomes(activity).knowledge[0]
    # The third learner never took the post-test: two learners behind the figure, not three.
    assert (first.learners, first.pre_correct, first.post_correct) == (2, 1, 2)
    assert first.change == 50


def test_outcomes_page_labels_are_whole_and_human(client, bare):
    provider, activity = bare
    _claim(activity, JAN, data.PHYSICIAN, "AMA_PRA_1")
    _pipeline(activity)
    e = _learner(activity)
    _answer(e, _questions(activity)["Your view"][0], 4, JAN)
    client.force_login(factories.staff(of=provider))
    url = reverse("reporting:activity_outcomes", args=[provider.slug, activity.pk])
    page = client.get(url).content.decode()
    assert f'<span class="bars__label">{LONG}</span>' not in page  # a heading, not a bar label
    assert f">{LONG}</h3>" in page
    assert "…" not in page  # nothing cut short
    assert "Survey: Your view" in page  # the step's kind by its label
    assert "AMA_PRA_1" not in page  # credit types by name only
    assert f'<span class="bars__label">{credit_type_name("AMA_PRA_1")}</span>' in page
    assert 'aria-current="true">Outcomes</a>' in page


def test_date_range_applies_to_every_figure(bare):
    provider, activity = bare
    _claim(activity, JAN)
    _claim(activity, MAR)
    _pipeline(activity)
    qs = _questions(activity)
    follow_up = qs["Ninety days on"][0]
    for day in (JAN, MAR):
        e = _learner(activity, day)
        _answer(e, qs["Before the talk"][0], "yes", day)
        _answer(e, qs["After the talk"][0], "no", day)
        _answer(e, qs["Your view"][0], 5, day)
        _answer(e, follow_up, "Yes", day)
        FollowUp.objects.create(enrollment=e, step=follow_up.step, due_on=day, sent_at=_at(day))
    everything = activity_outcomes(activity)
    january = activity_outcomes(activity, Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert (everything.enrollments, january.enrollments) == (4, 2)
    assert (everything.claims[0][1], january.claims[0][1]) == (2, 1)
    assert (everything.knowledge[0].learners, january.knowledge[0].learners) == (2, 1)
    assert (everything.responses[0].respondents, january.responses[0].respondents) == (2, 1)
    assert (everything.follow_up[0].respondents, january.follow_up[0].respondents) == (2, 1)
    assert (everything.follow_ups_sent, january.follow_ups_sent) == (2, 1)
    later = activity_outcomes(activity, Period(start=dt.date(2026, 2, 1)))
    assert (later.enrollments, later.follow_ups_sent, later.claims[0][1]) == (2, 1, 1)
    [row] = provider_outcomes(provider.pk, Period(end=dt.date(2026, 1, 31)))
    assert (row.enrollments, row.claims) == (2, 1)


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"start": "2026-13-01"}, "start", "Enter the first day as a date"),
        ({"start": "2026-03-01", "end": "2026-02-01"}, "end", "on or after the first day"),
    ],
)
def test_date_range_bad_input_says_so_beside_the_field(client, world, query, field, message):
    provider, activity = world
    client.force_login(factories.staff(of=provider))
    for url in (
        reverse("reporting:activity_outcomes", args=[provider.slug, activity.pk]),
        reverse("reporting:outcomes", args=[provider.slug]),
    ):
        response = client.get(url, query)
        assert response.status_code == 200
        page = response.content.decode()
        error = page.split(f'id="id_{field}_error"', 1)[1].split("</p>", 1)[0]
        assert message in error
        assert "Showing all dates" in page
    csv_response = client.get(
        reverse("reporting:activity_outcomes_csv", args=[provider.slug, activity.pk]), query
    )
    assert csv_response.status_code == 200


def test_follow_up_rate_is_answered_of_sent(world):
    _, activity = world
    step = _questions(activity)["Ninety days on"][0].step
    enrollments = [_learner(activity) for _ in range(4)]
    for i, e in enumerate(enrollments):
        sent = _at(JAN) if i < 3 else None  # the fourth is not sent yet
        FollowUp.objects.create(enrollment=e, step=step, due_on=JAN, sent_at=sent)
    for e in enrollments[:1] + enrollments[3:]:  # one sent and answered; one answered unsent
        StepProgress.objects.create(enrollment=e, step=step, completed_at=_at(JAN))
    o = activity_outcomes(activity)
    assert (o.follow_ups_sent, o.follow_ups_answered) == (3, 1)
    assert round(o.follow_up_rate, 1) == 33.3


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_every_figure_has_its_own_csv(client, world):
    provider, activity = world
    qs = _questions(activity)
    e = _learner(activity)
    _answer(e, qs["Before the talk"][0], "yes", JAN)
    _answer(e, qs["After the talk"][0], "no", JAN)
    client.force_login(factories.staff(of=provider))
    page_url = reverse("reporting:activity_outcomes", args=[provider.slug, activity.pk])
    page = client.get(page_url, {"start": "2026-01-01"}).content.decode()
    base = reverse("reporting:activity_outcomes_csv", args=[provider.slug, activity.pk])
    keys = ["participation", "claims", "knowledge", "follow-up-rate"]
    keys += [f"answers-{qs['Your view'][0].pk}", f"follow-up-{qs['Ninety days on'][0].pk}"]
    for key in keys:
        assert f"{base}?start=2026-01-01&amp;figure={key}" in page  # beside its figure
        assert client.get(base, {"figure": key}).status_code == 200
    rows = _csv(client.get(base, {"figure": "knowledge"}))
    assert rows[0][:3] == ["Question", "Before question", "Learners"]
    assert rows[1][:5] == ["Opioids are first-line", "Opioids are first-line", "1", "0", "1"]
    assert _csv(client.get(base, {"figure": "knowledge", "start": "2026-02-01"}))[1][2] == "0"
    assert client.get(base, {"figure": "no-such-figure"}).status_code == 404
    provider_csv = _csv(client.get(reverse("reporting:outcomes_csv", args=[provider.slug])))
    assert provider_csv[0] == ["Activity", "Enrolled", "Completed", "Claims"]
    assert provider_csv[1] == [activity.title, "1", "0", "0"]


def test_outcome_files_are_only_for_the_providers_staff(client, world):
    provider, activity = world
    urls = [
        reverse("reporting:outcomes_csv", args=[provider.slug]),
        reverse("reporting:activity_outcomes_csv", args=[provider.slug, activity.pk])
        + "?figure=knowledge",
    ]
    for url in urls:
        assert "/sign-in" in client.get(url).url or "login" in client.get(url).url
    client.force_login(factories.user())
    assert all(client.get(url).status_code == 404 for url in urls)
    client.force_login(factories.staff(of=data.provider()))
    assert all(client.get(url).status_code == 404 for url in urls)
    client.force_login(factories.staff(of=provider))
    assert all(client.get(url).status_code == 200 for url in urls)


def test_knowledge_follows_marked_pairs_and_counts_copies_with_their_origin(client, world):
    provider, activity = world
    qs = _questions(activity)
    (pre_a, pre_b), (post_a, post_b) = qs["Before the talk"], qs["After the talk"]
    # The provider marked the pairs crosswise: position pairing would set A against A.
    Question.objects.filter(pk=post_b.pk).update(pre_question=pre_a)
    Question.objects.filter(pk=post_a.pk).update(pre_question=pre_b)
    # A later revision copied the post-test question B; its learners count with the original.
    copy = Question.objects.create(
        step=post_b.step, position=9, type="single", text=post_b.text, choices=["yes", "no"],
        correct=["no"], origin=post_b, pre_question=pre_a,
    )  # fmt: skip
    for pre_value, post_question in (("yes", post_b), ("yes", copy), ("no", copy)):
        e = _learner(activity)
        _answer(e, pre_a, pre_value, JAN)
        _answer(e, post_question, "no", JAN)
    o = activity_outcomes(activity)
    assert o.knowledge_method.startswith("the question pairs marked")
    by_post = {k.text: k for k in o.knowledge}
    assert len(o.knowledge) == 2  # the copy is no figure of its own
    b = by_post[post_b.text]
    assert (b.pre_text, b.learners, b.pre_correct, b.post_correct) == (pre_a.text, 3, 1, 3)
    assert by_post[post_a.text].learners == 0
    client.force_login(factories.staff(of=provider))
    page = client.get(reverse("reporting:activity_outcomes", args=[provider.slug, activity.pk]))
    assert f"Before: “{pre_a.text}”" in page.content.decode()  # the pair, said on the page
    assert "3 learners answered before and after" in page.content.decode()
