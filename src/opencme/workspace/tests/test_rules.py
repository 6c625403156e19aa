"""The workspace's states of an activity, from its status and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from opencme.workspace import rules

TODAY = dt.date(2026, 6, 15)
DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("status", "start", "expires", "state"),
    [
        ("draft", None, None, rules.DRAFT),
        ("draft", TODAY + DAY, TODAY - DAY, rules.DRAFT),
        ("withdrawn", None, None, rules.WITHDRAWN),
        ("published", None, None, rules.OPEN),
        ("published", TODAY, TODAY, rules.OPEN),
        ("published", TODAY + DAY, None, rules.UPCOMING),
        ("published", TODAY + DAY, TODAY - DAY, rules.UPCOMING),
        ("published", TODAY - DAY, TODAY - DAY, rules.EXPIRED),
        ("published", None, TODAY - DAY, rules.EXPIRED),
    ],
)
def test_state_of_sorts_status_and_dates(status, start, expires, state):
    assert rules.state_of(status=status, start=start, expires=expires, today=TODAY) == state


def test_every_state_has_a_human_label_and_hint():
    assert [s.code for s in rules.STATES] == [
        rules.DRAFT,
        rules.OPEN,
        rules.UPCOMING,
        rules.EXPIRED,
        rules.WITHDRAWN,
    ]
    for s in rules.STATES:
        assert s.label[0].isupper()
        assert s.hint.endswith(".")
