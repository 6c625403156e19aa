"""Stored tracker records for the database tests (helpers.py holds the pure ones)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from opencme.core import clock
from opencme.requirements import services


def dea_registrant(user: Any = None, hours: str = "6") -> Any:
    """A DEA registrant (renewal two years out) with ``hours`` of the MATE Act's 8 recorded from
    elsewhere on substance use disorders, completed 30 days ago."""
    if user is None:
        from tests import factories

        user = factories.user()
    services.save_credential(
        actor=user, user=user, kind="dea", expires_on=dt.date(clock.today().year + 2, 6, 30)
    )
    services.record_external_credit(
        actor=user,
        user=user,
        title="Treating opioid use disorder",
        completed_on=clock.today() - dt.timedelta(days=30),
        credit_type="AMA_PRA_1",
        amount=hours,
        topics=["substance_use_disorders"],
    )
    return user
