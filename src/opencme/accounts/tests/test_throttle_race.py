"""Sixteen wrong passwords at once get at most five real checks (issue 16, item 1).

The attempt is counted before the password is checked, in a statement of its own, so
simultaneous attempts see each other. Sixteen threads, each with its own connection, try a
wrong password through a barrier: on PostgreSQL against the test database; on SQLite in an
``opencme`` process against a WAL file database as deployed (see
``credits.tests.test_concurrency`` for why).
"""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from django.db import connection

from opencme.accounts import services
from opencme.accounts.models import Attempt, User
from opencme.core.errors import Throttled, ValidationFailed
from tests.site_process import on_postgres, run_python, site_env

THREADS = 16
PASSWORD = "Lumbar-reassess-2026"


def race() -> dict[str, Any]:
    """Sixteen simultaneous wrong passwords for one account: how each was answered."""
    email = "raced@example.org"
    User.objects.create_user(email, PASSWORD)
    barrier = threading.Barrier(THREADS, timeout=60)
    outcomes: list[Any] = [None] * THREADS

    def attempt(slot: int) -> None:
        try:
            barrier.wait()
            outcomes[slot] = services.sign_in(
                email=email, password=f"wrong password {slot}", ip=f"192.0.2.{slot}"
            )
        except Exception as exc:
            outcomes[slot] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return {
        "checked": sum(isinstance(o, ValidationFailed) for o in outcomes),
        "throttled": sum(isinstance(o, Throttled) for o in outcomes),
        "other": [repr(o) for o in outcomes if not isinstance(o, ValidationFailed | Throttled)],
        "recorded": Attempt.objects.filter(email=email).count(),
    }


@pytest.mark.django_db(transaction=True)
def test_sixteen_parallel_wrong_passwords_get_at_most_five_real_checks(tmp_path):
    if on_postgres():
        outcome = race()
    else:
        out = run_python(
            site_env(tmp_path),
            "import json; from opencme.accounts.tests.test_throttle_race import race; "
            "print(json.dumps(race()))",
        )
        outcome = json.loads(out.strip().splitlines()[-1])
    assert outcome["other"] == []
    assert outcome["checked"] <= 5  # a burst may be refused whole: never more than five
    assert outcome["checked"] + outcome["throttled"] == THREADS
    assert outcome["recorded"] == outcome["checked"]
