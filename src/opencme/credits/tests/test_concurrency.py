"""Two simultaneous claims of the same credit make one claim.

Two threads, each with its own database connection (Django's connections are per thread), call
``claim_credit`` at the same moment through a barrier. On PostgreSQL they run in the test
process against the test database: the enrollment row lock makes the second wait and then see
the first claim, and the partial unique index is the last line. On SQLite they run in an
``opencme`` process against a WAL file database as deployed, where the IMMEDIATE transactions
serialize them (the in-memory test database's shared-cache locking fails instead of waiting).
"""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from django.db import connection

from opencme.accounts.models import User
from opencme.core.errors import ValidationFailed
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.models import Enrollment
from tests.journey_data import ready_to_claim, seed_000_rerelease
from tests.site_process import on_postgres, run_python, site_env

ALREADY = ("credit_type", "AMA_PRA_1 is already claimed for this activity; correct it instead")


def race() -> dict[str, Any]:
    """Set up a learner ready to claim, have two threads claim at once; what each got."""
    user, enrollment = ready_to_claim(seed_000_rerelease())
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[Any] = [None, None]

    def submit(slot: int) -> None:
        try:
            barrier.wait()
            outcomes[slot] = claim_credit(
                enrollment=Enrollment.objects.get(pk=enrollment.pk),
                credit_type="AMA_PRA_1",
                amount="1.25",
                actor=User.objects.get(pk=user.pk),
            )
        except Exception as exc:
            outcomes[slot] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return {
        "claimed": [o.pk for o in outcomes if isinstance(o, Claim)],
        "refused": [
            [p.field, p.message]
            for o in outcomes
            if isinstance(o, ValidationFailed)
            for p in o.problems
        ],
        "other": [repr(o) for o in outcomes if not isinstance(o, Claim | ValidationFailed)],
        "rows": list(Claim.objects.filter(enrollment=enrollment).values_list("pk", "is_current")),
    }


def run_race(tmp_path) -> dict[str, Any]:
    if on_postgres():
        return race()
    env = site_env(tmp_path)
    out = run_python(
        env,
        "import json; from opencme.credits.tests.test_concurrency import race; "
        "print(json.dumps(race()))",
    )
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.django_db(transaction=True)
def test_claim_credit_concurrent_double_claim_yields_one_row(tmp_path):
    outcome = json.loads(json.dumps(run_race(tmp_path)))
    assert outcome["other"] == []
    assert len(outcome["claimed"]) == 1
    assert outcome["refused"] == [list(ALREADY)]
    assert outcome["rows"] == [[outcome["claimed"][0], True]]
