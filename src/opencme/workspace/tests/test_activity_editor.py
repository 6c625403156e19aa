"""The activity editor: a new draft, its hub, its details (each fieldset, objectives without
script, statements from templates, bad input beside the field), publish refused then published,
preview, clone as a re-release and archive; every change audited."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity, FinancialRelationship, Specialty
from opencme.core.models import AuditEvent
from opencme.learning.models import Question, Step
from opencme.workspace.activity_forms import initial_for
from tests import factories
from tests.journey_data import seed_000_rerelease

pytestmark = pytest.mark.django_db


def text_of(response: Any) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def provider():
    return factories.provider(name="Provider Alpha", accreditor="JA")


@pytest.fixture
def staff(client, provider):
    user = factories.staff(of=provider)
    client.force_login(user)
    return user


def url(name: str, activity: Activity | None = None, provider: Any = None) -> str:
    slug = (provider or activity.provider).slug  # type: ignore[union-attr]
    kwargs: dict[str, Any] = {"slug": slug}
    if activity is not None:
        kwargs["activity_id"] = activity.pk
    return reverse(f"workspace:{name}", kwargs=kwargs)


def details_post(activity: Activity, **changes: Any) -> dict[str, Any]:
    """The details form as the page sends it for ``activity``, with ``changes``."""
    initial = initial_for(Activity.objects.get(pk=activity.pk), rulebook_get())
    out: dict[str, Any] = {}
    for name, value in initial.items():
        if value is None or value is False:
            continue
        out[name] = value if isinstance(value, list) else str(value)
    out.update(changes)
    return {k: v for k, v in out.items() if v is not None}


def events(activity: Activity, action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(object_id=str(activity.pk), action=action).order_by("id"))


# --- new activity and hub --------------------------------------------------------------------


def test_new_activity_is_a_hosted_draft_of_the_provider_and_opens_its_hub(client, provider, staff):
    home = client.get(reverse("workspace:provider", args=[provider.slug])).content.decode()
    assert f'href="{url("activity_new", provider=provider)}">New activity' in home
    response = client.post(url("activity_new", provider=provider), {"title": "  Sepsis update "})
    activity = Activity.objects.get(title="Sepsis update")
    assert response.status_code == 302
    assert response["Location"] == url("activity", activity)
    assert (activity.provider, activity.kind, activity.status) == (provider, "hosted", "draft")
    created = events(activity, "activities.activity.created")
    assert created
    assert created[0].actor_id == staff.pk
    hub = client.get(url("activity", activity))
    text = text_of(hub)
    assert "Sepsis update" in text
    assert "Draft" in text
    assert "Before you can publish" in text


def test_new_activity_without_a_title_says_so_beside_the_field(client, provider, staff):
    response = client.post(url("activity_new", provider=provider), {"title": "   "})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="field-error"' in html
    assert "This field is required" in html
    assert not Activity.objects.filter(provider=provider).exists()


def test_hub_lists_publish_problems_by_section_linking_to_each_field(client, provider, staff):
    activity = factories.activity(of=provider, objectives=[], expires="2026-01-01")
    html = client.get(url("activity", activity)).content.decode()
    details = url("activity_details", activity)
    assert f'href="{details}?check=1#field-objectives">Objectives</a>' in html
    assert f'href="{details}?check=1#field-expires">Last day to claim credit</a>' in html
    assert "State at least one learning objective." in html
    text = text_of(client.get(url("activity", activity)))
    assert "Details" in text
    assert "1.25 AMA PRA Category 1 Credit™" in text


def test_hub_head_holds_only_its_title_and_recent_changes_are_listed_once(client, provider, staff):
    activity = factories.activity(of=provider, title="Sepsis update")
    html = client.get(url("activity", activity)).content.decode()
    assert "<title>Sepsis update · Workspace · OpenCME</title>" in html
    head = html.split("</head>", 1)[0]
    assert "Recent changes" not in head
    assert html.count('id="changes-title"') == 1


# --- details ---------------------------------------------------------------------------------


def test_details_save_every_fieldset_and_audit_before_and_after(client, provider, staff):
    activity = factories.activity(of=provider)
    Specialty.objects.create(name="Emergency Medicine", slug="emergency-medicine")
    post = details_post(
        activity,
        title="Opioids for low back pain, 2027",
        description="New description.",
        format="enduring",
        delivery="hybrid",
        location="Room 4",
        estimated_minutes="90",
        url="example.org/course",
        start_date="2027-02-01",
        expires="2028-02-01",
        cost_free="paid",
        cost_amount="35",
        cost_currency="usd",
        cost_note="Members free",
        registration="limited",
        providership="direct",
        planned_by_team="on",
        professions=["physician", "pharmacist"],
        audience_other="Hospital leaders",
        objectives=["First objective", "Second objective"],
        measured_outcomes="Knowledge\nCompetence",
        specialties="pain medicine, Emergency Medicine",
        topics=["substance_use_disorders", "opioid_prescribing"],
        meets=["tx-hhsc"],
        funding_statement="Funded by a grant.",
        disclaimer_statement="Views are the speakers' own.",
        save="1",
    )
    response = client.post(url("activity_details", activity), post)
    assert response.status_code == 302, text_of(response)
    a = Activity.objects.get(pk=activity.pk)
    assert a.title == "Opioids for low back pain, 2027"
    assert (a.delivery, a.location, a.estimated_minutes) == ("hybrid", "Room 4", 90)
    assert a.url == "https://example.org/course"
    assert (a.start_date, a.expires) == (dt.date(2027, 2, 1), dt.date(2028, 2, 1))
    assert (a.cost_free, a.cost_amount, a.cost_currency) == (False, Decimal("35"), "USD")
    assert (a.registration, a.planned_by_team) == ("limited", True)
    assert a.audience == ["Physicians (MD/DO)", "Pharmacists", "Hospital leaders"]
    assert a.objectives == ["First objective", "Second objective"]
    assert a.measured_outcomes == ["Knowledge", "Competence"]
    assert sorted(s.name for s in a.specialties.all()) == ["Emergency Medicine", "Pain Medicine"]
    assert a.topics == ["opioid_prescribing", "substance_use_disorders"]  # vocabulary order
    assert a.meets == ["tx-hhsc"]
    assert a.funding_statement == "Funded by a grant."
    (event,) = events(a, "activities.activity.updated")
    assert event.actor_id == staff.pk
    assert event.before is not None
    assert event.after is not None
    assert event.after["title"] == "Opioids for low back pain, 2027"
    assert event.before["title"] == "An Overview on the Use of Opioids for Low Back Pain"
    assert event.after["funding_statement"] == "Funded by a grant."
    # the form shows what was saved
    again = client.get(url("activity_details", activity)).content.decode()
    assert 'value="Second objective"' in again
    assert "Hospital leaders" in again


def test_saving_details_never_publishes(client, provider, staff):
    activity = factories.activity(of=provider)
    client.post(url("activity_details", activity), details_post(activity, save="1"))
    assert Activity.objects.get(pk=activity.pk).status == "draft"


def test_objectives_reorder_remove_and_add_without_script(client, provider, staff):
    activity = factories.activity(of=provider, objectives=["A", "B", "C"])
    post = details_post(activity, objective="up-2")
    response = client.post(url("activity_details", activity), post)
    assert response.status_code == 200
    values = re.findall(r'name="objectives" value="([^"]*)"', response.content.decode())
    assert values == ["A", "C", "B"]
    assert Activity.objects.get(pk=activity.pk).objectives == ["A", "B", "C"]  # not saved yet
    assert "Save the details to keep the change" in text_of(response)

    post = details_post(activity, objectives=["A", "C", "B"], objective="remove-0")
    values = re.findall(
        r'name="objectives" value="([^"]*)"',
        client.post(url("activity_details", activity), post).content.decode(),
    )
    assert values == ["C", "B"]
    post = details_post(activity, objectives=["C", "B"], objective="add")
    html = client.post(url("activity_details", activity), post).content.decode()
    assert re.findall(r'name="objectives" value="([^"]*)"', html) == ["C", "B", ""]
    assert 'id="field-objectives-3" name="objectives" value="" maxlength="500" autofocus' in html

    client.post(
        url("activity_details", activity),
        details_post(activity, objectives=["C", "B", ""], save="1"),
    )
    assert Activity.objects.get(pk=activity.pk).objectives == ["C", "B"]


def test_bad_input_is_shown_beside_its_field_and_nothing_is_saved(client, provider, staff):
    activity = factories.activity(of=provider)
    post = details_post(
        activity,
        title="",
        start_date="2027-03-01",
        expires="2027-02-01",
        estimated_minutes="ninety",
        cost_currency="dollars",
        specialties="Pain Medicine, Underwater Basket Weaving",
        format="not-a-format",
        save="1",
    )
    response = client.post(url("activity_details", activity), post)
    assert response.status_code == 200
    html = response.content.decode()
    for field_id, message in (
        ("field-title", "This field is required."),
        ("field-expires", "Must be after the release or start date."),
        ("field-estimated-minutes", "Enter a whole number."),
        ("field-specialties", "Not in the list of specialties: Underwater Basket Weaving."),
        ("field-format", "Select a valid choice."),
    ):
        block = html.split(f'for="{field_id}"', 1)[1].split("</div>", 1)[0]
        assert message in unescape(block), field_id
    assert "error-summary" in html
    assert Activity.objects.get(pk=activity.pk).title.startswith("An Overview")
    assert not events(activity, "activities.activity.updated")


def test_insert_the_standard_wording_fills_the_statement_from_the_rules(client, provider, staff):
    activity = factories.activity(of=provider)
    post = details_post(activity, accreditation_statement="", insert="accreditation_statement")
    html = unescape(client.post(url("activity_details", activity), post).content.decode())
    assert "Provider Alpha is jointly accredited by the Accreditation Council" in html
    post = details_post(activity, insert="commercial_support_statement")
    html = unescape(client.post(url("activity_details", activity), post).content.decode())
    assert "This activity receives no commercial support." in html
    (area,) = re.findall(r"<textarea[^>]*field-commercial-support-statement[^>]*>", html)
    assert "autofocus" in area  # the page comes back where the button was
    # no standard wording is kept for a disclaimer: no button
    assert 'value="disclaimer_statement"' not in html


def test_a_published_activity_edit_reindexes_the_finder(client, provider, staff):
    activity = factories.activity(of=provider, publish=True)
    post = details_post(activity, title="Zanzibarian lumbar care", save="1")
    assert client.post(url("activity_details", activity), post).status_code == 302
    found = client.get("/activities/", {"q": "zanzibarian", "include_expired": "true"})
    assert "Zanzibarian lumbar care" in text_of(found)


def test_a_published_activity_refuses_an_edit_that_breaks_a_publish_rule(client, provider, staff):
    activity = factories.activity(of=provider, publish=True)
    post = details_post(activity, objectives=[""], save="1")
    response = client.post(url("activity_details", activity), post)
    assert response.status_code == 200
    assert "State at least one learning objective." in text_of(response)
    assert Activity.objects.get(pk=activity.pk).objectives != []


# --- publish, preview ------------------------------------------------------------------------


def test_publish_refused_goes_to_the_field_then_publishes_once_fixed(client, provider, staff):
    activity = factories.activity(of=provider, objectives=[])
    response = client.post(url("activity_publish", activity))
    assert response.status_code == 302
    assert response["Location"] == f"{url('activity_details', activity)}?check=1#field-objectives"
    assert Activity.objects.get(pk=activity.pk).status == "draft"
    page = client.get(response["Location"].split("#")[0])
    html = page.content.decode()
    block = html.split('id="objectives-section"', 1)[1].split("</fieldset>", 1)[0]
    assert "State at least one learning objective." in block
    assert "Not published: 1 thing to fix first" in text_of(page)

    post = details_post(activity, objectives=["Assess pain"], save="1")
    client.post(url("activity_details", activity) + "?check=1", post)
    response = client.post(url("activity_publish", activity))
    assert response["Location"] == url("activity", activity)
    activity.refresh_from_db()
    assert activity.status == "published"
    assert events(activity, "activities.activity.published")[0].actor_id == staff.pk
    hub = client.get(url("activity", activity)).content.decode()
    assert "Published" in text_of(client.get(url("activity", activity)))
    outcomes = reverse("reporting:activity_outcomes", args=[provider.slug, activity.pk])
    assert f'href="{outcomes}">Outcomes</a>' in hub  # what learners made of it, once published


def test_preview_shows_a_draft_as_learners_will_read_it_without_enrolling(client, provider, staff):
    activity = factories.activity(of=provider, title="Draft preview course")
    assert client.get(reverse("catalog:activity", args=[activity.pk])).status_code == 404
    response = client.get(url("activity_preview", activity))
    assert response.status_code == 200
    text = text_of(response)
    assert "Preview — learners cannot see this yet" in text
    assert "Draft preview course" in text
    assert "What you will learn" in text
    assert "Enrolling is not possible from the preview" in text
    assert reverse("learning:enroll", args=[activity.pk]) not in response.content.decode()


# --- clone, archive --------------------------------------------------------------------------


def test_clone_copies_everything_but_dates_and_uans(client, staff):
    source = seed_000_rerelease()
    provider = source.provider
    factories.membership(of=provider, member=staff)
    source.credits.create(
        credit_type="ACPE",
        amount=Decimal("1.25"),
        unit="contact_hour",
        uan="JA0000001-0000-26-042-H08-P",
        position=9,
    )
    person = source.faculty.first()
    assert person is not None
    FinancialRelationship.objects.create(person=person, company="Acme", nature="Consultant")
    source.commercial_supporters.create(name="Acme Devices", in_kind=True, in_kind_nature="Models")
    source.moc.create(board="ABIM", points=Decimal("1"), credit_types=["Medical Knowledge"])

    response = client.post(url("activity_clone", source))
    clone = Activity.objects.exclude(pk=source.pk).filter(provider=provider).latest("id")
    assert response["Location"] == url("activity_details", clone)
    assert (clone.status, clone.kind, clone.title) == ("draft", "hosted", source.title)
    assert (clone.start_date, clone.end_date, clone.expires) == (None, None, None)
    assert clone.objectives == source.objectives
    assert clone.description == source.description
    assert clone.accreditation_statement == source.accreditation_statement
    assert list(clone.specialties.all()) == list(source.specialties.all())
    assert [(c.credit_type, c.amount, c.uan) for c in clone.credits.all()] == [
        (c.credit_type, c.amount, "") for c in source.credits.all()
    ]
    assert [(m.board, m.points, m.credit_types) for m in clone.moc.all()] == [
        (m.board, m.points, m.credit_types) for m in source.moc.all()
    ]
    people = lambda a: [  # noqa: E731
        (p.name, p.capacity, p.disclosed, [(r.company, r.nature) for r in p.relationships.all()])
        for p in a.faculty.all()
    ]
    assert people(clone) == people(source)
    assert people(clone)
    assert [(s.name, s.in_kind) for s in clone.commercial_supporters.all()] == [
        ("Acme Devices", True)
    ]
    assert [
        (s.kind, s.title) for s in Step.objects.filter(activity=clone).order_by("position", "id")
    ] == [
        (s.kind, s.title) for s in Step.objects.filter(activity=source).order_by("position", "id")
    ]
    assert (
        Question.objects.filter(step__activity=clone).count()
        == Question.objects.filter(step__activity=source).count()
        > 0
    )
    (event,) = events(clone, "activities.activity.cloned")
    assert event.actor_id == staff.pk
    assert event.after is not None
    assert event.after["cloned_from"] == source.pk
    follow = client.get(response["Location"])
    assert "Give the re-release its new dates and UAN" in text_of(follow)


def test_archive_asks_then_takes_the_activity_out_of_the_finder(client, provider, staff):
    activity = factories.activity(of=provider, publish=True, title="Quixotic archive course")
    finder = {"q": "quixotic", "include_expired": "true"}
    assert "Quixotic archive course" in text_of(client.get("/activities/", finder))
    confirm = client.get(url("activity_archive", activity))
    assert confirm.status_code == 200
    assert "Archive “Quixotic archive course”?" in text_of(confirm)
    assert Activity.objects.get(pk=activity.pk).status == "published"
    response = client.post(url("activity_archive", activity))
    assert response["Location"] == reverse("workspace:provider", args=[provider.slug])
    assert Activity.objects.get(pk=activity.pk).status == "withdrawn"
    assert "Learners can no longer find it" in text_of(client.get(response["Location"]))
    assert "Quixotic archive course" not in text_of(client.get("/activities/", finder))
    assert client.get(reverse("catalog:activity", args=[activity.pk])).status_code == 404
    (event,) = events(activity, "activities.activity.archived")
    assert (event.before, event.after) == ({"status": "published"}, {"status": "withdrawn"})
    withdrawn = client.get(
        reverse("workspace:provider", args=[provider.slug]), {"state": "withdrawn"}
    )
    assert "Quixotic archive course" in text_of(withdrawn)
    # an archived activity is not published again
    client.post(url("activity_publish", activity))
    assert Activity.objects.get(pk=activity.pk).status == "withdrawn"


# --- suggestions -----------------------------------------------------------------------------


def test_suggest_names_specialties_and_topics_that_hold_what_is_typed(client, provider, staff):
    activity = factories.activity(of=provider)
    Specialty.objects.create(name="Pain Psychology", slug="pain-psychology")
    got = client.get(url("activity_suggest", activity), {"field": "specialties", "q": "pain"})
    assert got.json()["suggestions"] == ["Pain Medicine", "Pain Psychology"]
    got = client.get(url("activity_suggest", activity), {"field": "topics", "q": "opio"})
    assert got.json()["suggestions"] == ["Opioid prescribing and pain management"]
    bad = client.get(url("activity_suggest", activity), {"field": "title", "q": "x"})
    assert bad.status_code == 422
    assert bad.json()["problems"][0]["field"] == "field"


def test_a_listed_activity_keeps_rule_problems_as_warnings_when_edited(client, provider, staff):
    listed = factories.activity(of=provider, kind="listed", title="Listed course")
    post = details_post(listed, objectives=[""], save="1")
    assert client.post(url("activity_details", listed), post).status_code == 302
    listed.refresh_from_db()
    assert listed.status == "published"
    assert listed.objectives == []
    assert {"field": "objectives", "message": "state at least one learning objective"} in (
        listed.warnings
    )


def test_hub_shows_recent_changes_who_when_and_which_fields(client, provider, staff):
    activity = factories.activity(of=provider, audience=["Physicians (MD/DO)"])
    post = details_post(activity, title="Renamed course", objectives=["Only one"], save="1")
    client.post(url("activity_details", activity), post)
    text = text_of(client.get(url("activity", activity)))
    changes = text.split("Recent changes", 1)[1]
    assert "Details changed: Objectives, Title" in changes
    assert staff.email in changes
    assert re.search(r"\d{1,2}:\d{2} [AP]M [A-Z]{3,4}", changes)
    assert changes.index("Details changed") < changes.index("Created")


def test_hub_and_details_queries_do_not_grow_with_people_and_credit(client, provider, staff):
    def counts(activity: Activity) -> list[int]:
        out = []
        for name in ("activity", "activity_details"):
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url(name, activity)).status_code == 200
            out.append(len(ctx.captured_queries))
        return out

    small = factories.activity(of=provider)
    people = [{"name": f"Person {i}", "capacity": "faculty", "disclosed": "none"} for i in range(8)]
    large = factories.activity(of=provider, people=factories.PEOPLE + people)
    for _ in range(6):
        large.moc.create(board="ABIM", points=Decimal("1"), credit_types=["Medical Knowledge"])
    counts(small), counts(large)  # what is kept between requests: the rule book, the pipeline
    assert counts(large) == counts(small)


def test_an_audience_written_in_words_is_read_as_the_professions_it_names(provider):
    activity = factories.activity(
        of=provider, audience=["physicians", "Nurses", "pharmacist", "Hospital leaders"]
    )
    initial = initial_for(activity, rulebook_get())
    assert initial["professions"] == ["physician", "nurse", "pharmacist"]
    assert initial["audience_other"] == "Hospital leaders"


def test_the_error_summary_links_to_every_field_it_names(client, provider, staff):
    activity = factories.activity(of=provider)
    post = details_post(
        activity, cost_free="sometimes", objectives=["x" * 501], professions=["astronaut"]
    )
    post["save"] = "1"
    html = client.post(url("activity_details", activity), post).content.decode()
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    targets = re.findall(r'href="#([^"]*)"', summary)
    assert sorted(targets) == ["field-cost-free", "field-objectives", "field-professions"]
    for target in targets:
        assert f'id="{target}"' in html


# --- topics ----------------------------------------------------------------------------------


def test_topics_are_grouped_checkboxes_with_labels_and_an_unknown_one_is_refused_beside_them(
    client, provider, staff
):
    activity = factories.activity(of=provider)
    page = client.get(url("activity_details", activity)).content.decode()
    assert "<legend>Prescribing, pain and substance use</legend>" in page
    assert ">Prevention of medical errors</label>" in page
    assert 'value="medical_errors"' in page
    post = details_post(activity, topics=["medical_errors", "wellness"], save="1")
    response = client.post(url("activity_details", activity), post)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="id_topics_error"' in body
    assert "wellness" in body
    activity.refresh_from_db()
    assert activity.topics == ["substance_use_disorders"]  # the factory's, unchanged
