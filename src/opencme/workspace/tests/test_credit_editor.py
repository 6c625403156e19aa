"""The credit page: credit designations driven by the rule book (human names, unit and steps
beside the amount, a UAN checked against its format), the designation statement previewed and
"Use the standard wording", MOC designations by board; bad input beside its field (422);
every change audited; the publish problems beside their fields; access."""

from __future__ import annotations

import pytest
from django.urls import reverse

from opencme.activities import services
from opencme.activities.models import Activity, CreditDesignation, MocDesignation
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db
UAN = "JA0000000-0000-26-001-H01-P"


@pytest.fixture
def activity() -> Activity:
    made = factories.activity(of=data.provider("Provider Alpha"), title="Alpha course")
    # Start from the test record's AMA credit only, without MOC.
    CreditDesignation.objects.filter(activity=made).exclude(credit_type="AMA_PRA_1").delete()
    MocDesignation.objects.filter(activity=made).delete()
    return made


@pytest.fixture
def staff_client(client, activity):
    client.force_login(factories.staff(of=activity.provider))
    return client


def url(activity: Activity, name: str = "activity_credit", **more: int) -> str:
    kwargs = {"slug": activity.provider.slug, "activity_id": activity.pk, **more}
    return reverse(f"workspace:{name}", kwargs=kwargs)


def credits(activity: Activity) -> list[CreditDesignation]:
    return list(CreditDesignation.objects.filter(activity=activity))


def test_page_names_credit_types_by_their_human_names_grouped(staff_client, activity):
    html = staff_client.get(url(activity)).content.decode()
    assert '<optgroup label="Nursing contact hours (ANCC or other approved)">' in html
    assert ">ACPE pharmacy CE</option>" in html
    assert "NURSING_CE</" not in html
    assert ">NURSING_CE" not in html
    assert "In steps of 0.25 credits, at least 0.25: the most a learner can claim." in html
    assert 'aria-current="page">Credit</a>' in html


def test_add_without_a_statement_then_publish_refuses_beside_the_field(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_credit_add"), {"credit_type": "ANCC", "amount": "1.25"}
    )
    assert response.status_code == 302
    ancc = credits(activity)[1]
    assert (ancc.credit_type, ancc.statement, ancc.unit) == ("ANCC", "", "contact_hour")

    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)
    assert [p.field for p in caught.value.problems] == ["credits[1].statement"]

    html = staff_client.get(url(activity) + "?check=1").content.decode()
    assert 'id="field-credits-1-statement"' in html
    assert "ANCC contact hours: state the credit designation statement" in html
    standard = "Provider Alpha designates this activity for a maximum of 1.25 ANCC contact hours."
    assert standard in html  # the preview, with the amount filled in

    response = staff_client.post(
        url(activity, "activity_credit_save", designation_id=ancc.pk),
        {"credit_type": "ANCC", "amount": "1.25", "statement": "", "use_standard": "1"},
    )
    assert response.status_code == 302
    ancc.refresh_from_db()
    assert ancc.statement == standard
    assert services.publish_activity(activity=activity, actor=None).status == "published"
    event = AuditEvent.objects.filter(action="activities.credit.updated").get()
    assert event.after
    assert event.after["credits"][1]["statement"] == standard


def test_a_changed_amount_carries_the_standard_wording_along(staff_client, activity):
    ama = credits(activity)[0]
    staff_client.post(
        url(activity, "activity_credit_save", designation_id=ama.pk),
        {"credit_type": "AMA_PRA_1", "amount": "2", "statement": ama.statement},
    )
    ama.refresh_from_db()
    assert "maximum of 2 AMA PRA Category 1" in ama.statement
    # Own words stay as written; publishing then says the amount is not stated.
    staff_client.post(
        url(activity, "activity_credit_save", designation_id=ama.pk),
        {"credit_type": "AMA_PRA_1", "amount": "2", "statement": "Our own words for 2 credits."},
    )
    staff_client.post(
        url(activity, "activity_credit_save", designation_id=ama.pk),
        {"credit_type": "AMA_PRA_1", "amount": "3", "statement": "Our own words for 2 credits."},
    )
    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)
    assert "does not state the designated maximum, 3" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"credit_type": "AMA_PRA_1", "amount": "1.3"}, "amount", "is not in steps of 0.25"),
        ({"credit_type": "AMA_PRA_1", "amount": "lots"}, "amount", "Enter a number"),
        ({"credit_type": "AMA_PRA_1", "amount": ""}, "amount", "This field is required"),
        ({"credit_type": "NOPE", "amount": "1"}, "credit_type", "Select a valid choice"),
        ({"credit_type": "ACPE", "amount": "1", "uan": "12-34"}, "uan", "is not a UAN of the form"),
        ({"credit_type": "AOA_1A", "amount": "1", "statement": "x" * 5001}, "statement", "5000"),
    ],
)
def test_bad_input_is_shown_beside_its_field_with_422(staff_client, activity, post, field, message):
    response = staff_client.post(url(activity, "activity_credit_add"), post)
    assert response.status_code == 422
    html = response.content.decode()
    error = html.split(f'id="field-credits-new-{field}_error">')[1].split("</p>")[0]
    assert message in error
    assert len(credits(activity)) == 1


def test_a_second_designation_of_the_same_type_is_refused(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_credit_add"), {"credit_type": "AMA_PRA_1", "amount": "1"}
    )
    assert response.status_code == 422
    assert "is already designated" in response.content.decode()


def test_pharmacy_credit_takes_a_uan_and_nursing_pharmacology_hours(staff_client, activity):
    staff_client.post(
        url(activity, "activity_credit_add"),
        {"credit_type": "ACPE", "amount": "1.25", "uan": f" {UAN} ", "use_standard": "1"},
    )
    staff_client.post(
        url(activity, "activity_credit_add"),
        {"credit_type": "ANCC", "amount": "1.25", "pharmacology_hours": "0.5"},
    )
    acpe, ancc = credits(activity)[1:]
    assert acpe.uan == UAN
    assert UAN in acpe.statement
    assert ancc.pharmacology_hours is not None
    assert str(ancc.pharmacology_hours) == "0.50"
    html = staff_client.get(url(activity)).content.decode()
    assert 'id="field-credits-1-uan"' in html
    assert "data-uan-pattern" in html
    assert 'id="field-credits-2-pharmacology-hours"' in html
    assert 'id="field-credits-2-type"' in html
    assert 'id="field-credits-0-uan"' not in html  # AMA credit has no UAN


def test_reorder_and_remove(staff_client, activity):
    staff_client.post(
        url(activity, "activity_credit_add"),
        {"credit_type": "ANCC", "amount": "1", "use_standard": "1"},
    )
    ama, ancc = credits(activity)
    staff_client.post(
        url(activity, "activity_credit_move", designation_id=ancc.pk), {"direction": "up"}
    )
    assert [c.credit_type for c in credits(activity)] == ["ANCC", "AMA_PRA_1"]
    staff_client.post(url(activity, "activity_credit_remove", designation_id=ama.pk))
    assert [(c.credit_type, c.position) for c in credits(activity)] == [("ANCC", 0)]
    assert AuditEvent.objects.filter(action="activities.credit.removed").exists()


def test_moc_by_board_with_its_credit_types(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_moc_add"),
        {"board": "ABIM", "points": "1.25", "credit_types": ["Lifelong Learning"]},
    )
    assert response.status_code == 422
    assert "ABIM does not register Lifelong Learning" in response.content.decode()
    response = staff_client.post(
        url(activity, "activity_moc_add"),
        {"board": "ABIM", "points": "1.25", "credit_types": ["Medical Knowledge"]},
    )
    assert response.status_code == 302
    moc = MocDesignation.objects.get(activity=activity)
    assert (moc.board, str(moc.points), moc.credit_types) == ("ABIM", "1.25", ["Medical Knowledge"])
    assert services.publish_activity(activity=activity, actor=None).status == "published"
    # Without AMA credit the publish check names the MOC row.
    CreditDesignation.objects.filter(activity=activity).delete()
    html = staff_client.get(url(activity) + "?check=1").content.decode()
    assert "MOC registration needs an AMA PRA Category 1 designation" in html
    staff_client.post(url(activity, "activity_moc_remove", moc_id=moc.pk))
    assert not MocDesignation.objects.filter(activity=activity).exists()


def all_urls(activity: Activity) -> list[str]:
    designation = credits(activity)[0]
    moc = MocDesignation.objects.create(activity=activity, board="ABIM", points=1)
    return [
        url(activity),
        url(activity, "activity_credit_add"),
        url(activity, "activity_credit_save", designation_id=designation.pk),
        url(activity, "activity_credit_remove", designation_id=designation.pk),
        url(activity, "activity_credit_move", designation_id=designation.pk),
        url(activity, "activity_moc_add"),
        url(activity, "activity_moc_save", moc_id=moc.pk),
        url(activity, "activity_moc_remove", moc_id=moc.pk),
    ]


def test_access_anonymous_learner_and_other_providers_staff(client, activity):
    urls = all_urls(activity)
    for address in urls:
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:sign_in"))
    users = (factories.user(), factories.staff(of=data.provider("Provider Beta")))
    events = AuditEvent.objects.count()
    for user in users:
        client.force_login(user)
        for address in urls:
            for method in (client.get, client.post):
                response = method(address, {"credit_type": "ACPE", "amount": "1"})
                assert response.status_code == 404, (address, method)
    assert AuditEvent.objects.count() == events
    assert len(credits(activity)) == 1
    other = factories.activity(of=activity.provider, title="Other course")
    theirs = credits(other)[0]
    client.force_login(factories.staff(of=activity.provider))
    address = url(activity, "activity_credit_remove", designation_id=theirs.pk)
    assert client.post(address).status_code == 404
    assert client.get(url(activity, "activity_credit_add")).status_code == 405


def test_moc_points_never_above_the_ama_credit(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_moc_add"),
        {"board": "ABIM", "points": "2", "credit_types": ["Medical Knowledge"]},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "ABIM: 2 MOC points are more than the 1.25 AMA PRA Category 1 Credit™" in html
    staff_client.post(
        url(activity, "activity_moc_add"),
        {"board": "ABIM", "points": "1.25", "credit_types": ["Medical Knowledge"]},
    )
    ama = credits(activity)[0]
    response = staff_client.post(
        url(activity, "activity_credit_save", designation_id=ama.pk),
        {"credit_type": "AMA_PRA_1", "amount": "1", "statement": ama.statement},
    )
    assert response.status_code == 422
    assert "lower the MOC points first" in response.content.decode()
    ama.refresh_from_db()
    assert str(ama.amount) == "1.25"


def test_a_new_uan_carries_the_standard_wording_along_and_own_words_must_follow(
    staff_client, activity
):
    old, new = "JA0000000-0000-26-001-H01-P", "JA0000000-0000-26-002-H01-P"
    staff_client.post(
        url(activity, "activity_credit_add"),
        {"credit_type": "ACPE", "amount": "1", "uan": old, "use_standard": "1"},
    )
    acpe = credits(activity)[1]
    assert old in acpe.statement
    staff_client.post(
        url(activity, "activity_credit_save", designation_id=acpe.pk),
        {"credit_type": "ACPE", "amount": "1", "uan": new, "statement": acpe.statement},
    )
    acpe.refresh_from_db()
    assert new in acpe.statement
    assert old not in acpe.statement
    own = f"Approved for 1 contact hour of pharmacy CE. UAN {old}."
    CreditDesignation.objects.filter(pk=acpe.pk).update(statement=own)
    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)
    assert [p.field for p in caught.value.problems] == ["credits[1].statement"]
    assert f"names the UAN {old}, not this designation's {new}" in caught.value.problems[0].message
