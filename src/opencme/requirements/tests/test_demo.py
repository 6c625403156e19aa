"""The demo physician's tracker: four credentials with real gaps, made once."""

from __future__ import annotations

import pytest

from opencme.accounts.models import User
from opencme.core import clock
from opencme.requirements import selectors
from opencme.requirements.models import Credential, ExternalCredit
from opencme.web.demo.loader import ensure_accounts

pytestmark = pytest.mark.django_db


def test_demo_physician_has_gaps_and_loading_twice_changes_nothing() -> None:
    ensure_accounts()
    user = User.objects.get(email="physician@example.org")
    view = selectors.tracker_for(user, as_of=clock.today())
    names = {c.held.name for c in view.credentials}
    assert names == {
        "Florida license: Doctor of Medicine (MD)",
        "Texas license: Doctor of Medicine (MD)",
        "DEA registration",
        "American Board of Internal Medicine certification",
    }
    status = {c.held.name: c.status for c in view.credentials}
    # The MATE Act's 8 hours were due at the first DEA renewal after 27 June 2023.
    assert status.pop("DEA registration") == "overdue"
    assert set(status.values()) == {"due"}
    assert all(c.gaps for c in view.credentials)
    florida = next(c for c in view.credentials if c.held.name.startswith("Florida"))
    assert [r.id for r in florida.topics_done] == ["medical_errors", "human_trafficking"]
    counts = (Credential.objects.count(), ExternalCredit.objects.count())
    ensure_accounts()
    assert (Credential.objects.count(), ExternalCredit.objects.count()) == counts
