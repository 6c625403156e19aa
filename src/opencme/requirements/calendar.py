"""The tracker's timeline as an iCalendar feed: one all-day event per deadline and per other
date a requirement is due, saying what is still missing. Pure: the timeline in, bytes out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import icalendar

from opencme.requirements.explain import TimelineEntry

PRODID = "-//OpenCME//Clinician tracker//EN"


def _description(entry: TimelineEntry, tracker_url: str) -> str:
    lines = [f"{g.label}: {g.missing_words} still missing" for g in entry.gaps]
    if not lines:
        lines = ["Nothing is missing for this date."]
    return "\n".join([*lines, "", f"Details and the rules behind them: {tracker_url}"])


def calendar_bytes(
    entries: Sequence[TimelineEntry], *, tracker_url: str, stamp: dt.datetime
) -> bytes:
    """``entries`` as an iCalendar (RFC 5545) document; ``stamp`` is when it was made."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "OpenCME: my deadlines")
    for entry in entries:
        event = icalendar.Event()
        kind = "deadline" if entry.is_deadline else "due"
        event.add("uid", f"{entry.credential.pk}-{kind}-{entry.date:%Y%m%d}@opencme")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.date)
        event.add("dtend", entry.date + dt.timedelta(days=1))
        event.add("summary", entry.summary)
        event.add("description", _description(entry, tracker_url))
        event.add("url", tracker_url)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
