"""On PostgreSQL a step or a claim locks the learner's enrollment row, not the row of the
activity, which every learner of it reads: learners of one activity do not queue behind each
other. (SQLite has no row locks; its writers take turns: ``core.sqlite_backend``.)"""

from __future__ import annotations

import threading

import pytest
from django.db import OperationalError, connection, transaction

from opencme.activities.models import Activity
from opencme.learning.models import Enrollment
from opencme.learning.reads import lock_enrollment
from opencme.learning.services import enroll_learner
from tests.journey_data import learner, seed_000_rerelease

pytestmark = pytest.mark.postgres_only


@pytest.mark.django_db(transaction=True)
def test_a_locked_enrollment_leaves_its_activity_and_other_enrollments_free():
    activity = seed_000_rerelease()
    first, second = learner(), learner()
    mine = enroll_learner(activity=activity, learner=first)
    theirs = enroll_learner(activity=activity, learner=second)
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                lock_enrollment(mine.pk, first)
                locked.set()
                release.wait(timeout=30)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert locked.wait(timeout=30)
        with transaction.atomic():
            # NOWAIT: refused at once if another transaction holds the row.
            Activity.objects.select_for_update(nowait=True).get(pk=activity.pk)
            assert lock_enrollment(theirs.pk, second).activity_id == activity.pk
        with pytest.raises(OperationalError), transaction.atomic():
            Enrollment.objects.select_for_update(nowait=True).get(pk=mine.pk)
    finally:
        release.set()
        holder.join(timeout=30)
