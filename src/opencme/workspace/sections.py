"""The sections of an activity's pages in the workspace, as tabs: each section's page, when it
exists (a section whose URL is not routed yet is left out, so no page breaks before it lands)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

OVERVIEW = "overview"
DETAILS = "details"
PEOPLE = "people"
CREDIT = "credit"
STEPS = "steps"

# (section, tab label, route name), in the order a coordinator works through them.
SECTIONS = (
    (OVERVIEW, "Overview", "workspace:activity"),
    (DETAILS, "Details", "workspace:activity_details"),
    (PEOPLE, "People and disclosures", "workspace:activity_people"),
    (CREDIT, "Credit", "workspace:activity_credit"),
    (STEPS, "Steps and questions", "workspace:activity_steps"),
)
LABELS = {code: label for code, label, _ in SECTIONS}


@dataclass(frozen=True)
class Tab:
    code: str
    label: str
    url: str
    current: bool


def section_url(section: str, *, slug: str, activity_id: int) -> str | None:
    """The page of ``section`` of an activity, or None when that page is not routed."""
    name = next((route for code, _, route in SECTIONS if code == section), None)
    if name is None:
        return None
    try:
        return reverse(name, kwargs={"slug": slug, "activity_id": activity_id})
    except NoReverseMatch:
        return None


def activity_tabs(*, slug: str, activity_id: int, current: str) -> list[Tab]:
    """The tabs of an activity's pages; ``current`` is the section being shown."""
    tabs = []
    for code, label, _ in SECTIONS:
        url = section_url(code, slug=slug, activity_id=activity_id)
        if url is not None:
            tabs.append(Tab(code, label, url, code == current))
    return tabs
