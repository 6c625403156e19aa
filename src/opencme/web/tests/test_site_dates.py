"""One date format: what Django writes for a date in a template is "Aug 29, 2026" (the
catalog's, the transcript's and the certificates' own Python formatting write the same)."""

from __future__ import annotations

import datetime as dt

from django.template import Context, Template
from django.utils import formats

from opencme.catalog.presenters import show_date
from opencme.certificates.rules import long_date


def test_templates_write_dates_one_way() -> None:
    out = Template(
        "{{ d }}|{{ d|date }}|{{ t|date:'DATETIME_FORMAT' }}|{{ d|date:'SHORT_DATE_FORMAT' }}"
    ).render(Context({"d": dt.date(2026, 8, 29), "t": dt.datetime(2026, 8, 29, 14, 30)}))
    assert out == "Aug 29, 2026|Aug 29, 2026|Aug 29, 2026, 2:30 PM|Aug 29, 2026"


def test_python_formatting_agrees_with_the_templates() -> None:
    for day in (dt.date(2026, 8, 29), dt.date(2027, 9, 3), dt.date(2027, 5, 1)):
        shown = formats.date_format(day, "DATE_FORMAT")
        assert show_date(day) == shown
        assert long_date(day) == shown
