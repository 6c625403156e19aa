"""Each section of an activity in a few words, for its hub page. Reads an activity loaded by
``activities.selectors.activity_queryset_for_page`` (relations prefetched) and its steps."""

from __future__ import annotations

from dataclasses import dataclass

from opencme.accreditation.rules import RuleBook
from opencme.activities.models import Activity
from opencme.catalog import presenters as p
from opencme.core.models import AuditEvent
from opencme.learning.pipelines import pipeline
from opencme.workspace import problems, sections

CHANGES_SHOWN = 8
# What an audit event of an activity says, by its action (or the start of it).
CHANGE_LABELS = (
    ("activities.activity.created", "Created"),
    ("activities.activity.cloned", "Made as a re-release"),
    ("activities.activity.updated", "Details changed"),
    ("activities.activity.published", "Published"),
    ("activities.activity.archived", "Archived"),
    ("activities.activity.withdrawn", "Withdrawn"),
    ("activities.activity.", "Changed"),
    ("activities.people.", "People and disclosures changed"),
    ("activities.support.", "Commercial support changed"),
    ("activities.credit.", "Credit changed"),
    ("activities.moc.", "MOC changed"),
    ("learning.", "Steps and questions changed"),
)


@dataclass(frozen=True)
class Section:
    code: str
    label: str
    url: str | None
    lines: list[str]


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _details(activity: Activity, book: RuleBook) -> list[str]:
    start = p.show_date(activity.start_date, activity.start_precision) or "no release date yet"
    expires = p.show_date(activity.expires, activity.expires_precision)
    cost = {
        "free": activity.cost_free,
        "amount": activity.cost_amount,
        "currency": activity.cost_currency,
        "tiers": activity.cost_tiers,
        "note": activity.cost_note,
    }
    return [
        f"{p.format_name(book, activity.format)} · "
        f"{p.DELIVERY_NAMES.get(activity.delivery, 'delivery not stated')}",
        f"Starts {start}" + (f"; credit until {expires}" if expires else "; no last day yet"),
        f"Cost: {p.cost_label(cost)}",
        _plural(len(activity.objectives), "objective", "objectives")
        + " · "
        + _plural(len(activity.specialties.all()), "specialty", "specialties"),
    ]


def _people(activity: Activity) -> list[str]:
    people = list(activity.faculty.all())
    supporters = list(activity.commercial_supporters.all())
    lines = [_plural(len(people), "person", "people") + " (planners, faculty, reviewers)"]
    if people:
        lines.append(
            ", ".join(person.name for person in people[:5]) + (" …" if len(people) > 5 else "")
        )
    if activity.commercial_support is False:
        lines.append("No commercial support")
    elif supporters:
        lines.append("Commercial support: " + ", ".join(s.name for s in supporters))
    return lines


def _credit(activity: Activity, book: RuleBook) -> list[str]:
    lines = [
        f"{p.num(c.amount) or 'amount not stated'} {p.credit_name(book, c.credit_type, c.label)}"
        for c in activity.credits.all()
    ] or ["No credit designated yet"]
    lines += [
        f"MOC: {p.num(m.points) or '?'} points, {p.board_name(book, m.board)}"
        for m in activity.moc.all()
    ]
    return lines


def _steps(activity: Activity) -> list[str]:
    steps = pipeline(activity.pk)
    if not steps:
        return ["No steps yet"]
    return [_plural(len(steps), "step", "steps") + ": " + ", ".join(s.title for s in steps)]


def activity_summary(
    activity: Activity, book: RuleBook, urls: dict[str, str | None]
) -> list[Section]:
    """The sections after the overview, each with its page (None while it is not routed)."""
    lines = {
        sections.DETAILS: _details(activity, book),
        sections.PEOPLE: _people(activity),
        sections.CREDIT: _credit(activity, book),
        sections.STEPS: _steps(activity),
    }
    return [
        Section(code, label, urls.get(code), lines[code])
        for code, label, _ in sections.SECTIONS
        if code in lines
    ]


@dataclass(frozen=True)
class Change:
    at: object
    who: str
    what: str
    fields: str


def _change_label(action: str) -> str:
    return next((label for start, label in CHANGE_LABELS if action.startswith(start)), "Changed")


def recent_changes(activity: Activity, *, limit: int = CHANGES_SHOWN) -> list[Change]:
    """The latest audit events of ``activity`` in words: when, who, what, which fields."""
    events = (
        AuditEvent.objects.filter(
            object_type=Activity._meta.label_lower, object_id=str(activity.pk)
        )
        .select_related("actor")
        .order_by("-at", "-id")[:limit]
    )
    out = []
    for event in events:
        changed = sorted((event.after or {}).keys()) if event.action.endswith(".updated") else []
        named = [problems.label_of(k) for k in changed if k in problems.NAMES]
        out.append(
            Change(
                at=event.at,
                who=event.actor.email if event.actor else "The system",
                what=_change_label(event.action),
                fields=", ".join(named[:6]) + (" …" if len(named) > 6 else ""),
            )
        )
    return out
