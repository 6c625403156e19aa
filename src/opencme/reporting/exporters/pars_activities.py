"""ACCME PARS activity file: each activity as MedBiquitous Medical Education Metrics XML
(a plain ``ACCMEActivities`` root around one ``MedicalEducationMetrics`` per activity, as
ACCME's PARS Activity XML specification lays out), or flat CSV/XLSX."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import batched
from typing import IO
from xml.etree import ElementTree as ET

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from opencme.activities.models import Activity, CreditDesignation, MocDesignation
from opencme.credits.models import Claim
from opencme.learning.models import Enrollment
from opencme.reporting.exporters import mems
from opencme.reporting.exporters.base import (
    CHUNK,
    Exporter,
    ExportResult,
    Row,
    Scope,
    _rows,
    register,
)
from opencme.reporting.rules import RowProblem


def activities_in_scope(scope: Scope) -> QuerySet[Activity]:
    """Published or withdrawn activities of the providers in scope. Synthetic demo listings are
    no provider's activities and are never reported."""
    qs = Activity.objects.filter(
        status__in=[Activity.Status.PUBLISHED, Activity.Status.WITHDRAWN]
    ).exclude(is_demo=True, kind=Activity.Kind.LISTED)
    if scope.provider_ids is not None:
        qs = qs.filter(provider_id__in=scope.provider_ids)
    if scope.since is not None:
        qs = qs.filter(
            Q(start_date__gte=scope.since)
            | Q(start_date__isnull=True, created_at__date__gte=scope.since)
        )
    return qs.select_related("provider").order_by("id")


def _reports(activities: list[Activity]) -> list[mems.ActivityReport]:
    ids = [a.pk for a in activities]
    credits: dict[int, list] = {i: [] for i in ids}
    for a_id, code, amount, unit in (
        CreditDesignation.objects.filter(activity_id__in=ids)
        .order_by("position", "id")
        .values_list("activity_id", "credit_type", "amount", "unit")
    ):
        credits[a_id].append((code, amount, unit))
    moc: dict[int, list] = {i: [] for i in ids}
    for a_id, board, points, kinds in (
        MocDesignation.objects.filter(activity_id__in=ids)
        .order_by("position", "id")
        .values_list("activity_id", "board", "points", "credit_types")
    ):
        moc[a_id].append((board, points, list(kinds or [])))
    enrolled = dict(
        Enrollment.objects.filter(activity_id__in=ids)
        .values_list("activity_id")
        .annotate(n=Count("id"))
        .values_list("activity_id", "n")
    )
    completed = dict(
        Enrollment.objects.filter(activity_id__in=ids, status=Enrollment.Status.COMPLETED)
        .values_list("activity_id")
        .annotate(n=Count("id"))
        .values_list("activity_id", "n")
    )
    current = Claim.objects.filter(activity_id__in=ids, is_current=True)
    receiving = dict(
        current.values_list("activity_id")
        .annotate(n=Count("learner_id", distinct=True))
        .values_list("activity_id", "n")
    )
    awarded: dict[int, dict] = {i: {} for i in ids}
    for a_id, code, total in (
        current.values_list("activity_id", "credit_type")
        .annotate(t=Sum("amount"))
        .values_list("activity_id", "credit_type", "t")
    ):
        awarded[a_id][code] = total
    professions: dict[int, dict] = {i: {} for i in ids}
    for a_id, profession, n in (
        Enrollment.objects.filter(activity_id__in=ids, status=Enrollment.Status.COMPLETED)
        .values_list("activity_id", "learner__profile__profession")
        .annotate(n=Count("id"))
        .values_list("activity_id", "learner__profile__profession", "n")
    ):
        professions[a_id][profession or "other"] = n
    return [
        mems.ActivityReport(
            id=a.pk,
            title=a.title,
            provider=a.provider.name,
            provider_id=a.provider.accreditation_id,
            kind=a.kind,
            format=a.format,
            url=a.url,
            start_date=a.start_date,
            end_date=a.end_date,
            expires=a.expires,
            created_on=timezone.localdate(a.created_at),
            providership=a.providership,
            joint_providers=[str(p) for p in a.joint_providers or []],
            registration=a.registration,
            commercial_support=a.commercial_support,
            cost_free=a.cost_free,
            cost_amount=a.cost_amount,
            cost_currency=a.cost_currency,
            cost_note=a.cost_note,
            measured_outcomes=[str(o) for o in a.measured_outcomes or []],
            credits=credits[a.pk],
            moc=moc[a.pk],
            registered=enrolled.get(a.pk, 0),
            completed=completed.get(a.pk, 0),
            receiving_credit=receiving.get(a.pk, 0),
            awarded=awarded[a.pk],
            by_profession=professions[a.pk],
        )
        for a in activities
    ]


def _fee(r: mems.ActivityReport) -> str:
    if r.cost_free:
        return "free"
    if r.cost_amount is not None:
        return f"{r.cost_amount} {r.cost_currency or 'USD'}"
    return r.cost_note


@register
class ParsActivitiesExporter(Exporter):
    name = "pars-activities"
    title = "PARS activities"
    description = "Each activity for ACCME PARS, as MedBiquitous Medical Education Metrics XML."
    columns = (
        "activity_id",
        "title",
        "activity_type",
        "start_date",
        "end_date",
        "expires",
        "url",
        "providership",
        "joint_providers",
        "registration",
        "commercial_support",
        "fee",
        "credits",
        "moc",
        "measured_outcomes",
        "registered",
        "completed",
        "receiving_credit",
    )
    formats = ("xml", "csv", "xlsx")
    default_format = "xml"

    def items(self, scope: Scope) -> Iterator[Row | RowProblem]:
        for chunk in batched(activities_in_scope(scope).iterator(chunk_size=CHUNK), 500):
            for r in _reports(list(chunk)):
                values = (
                    r.id,
                    r.title,
                    mems.ACCME_TYPES.get(r.format, ""),
                    r.start_date,
                    r.end_date,
                    r.expires,
                    r.url,
                    r.providership,
                    "; ".join(r.joint_providers),
                    r.registration,
                    ""
                    if r.commercial_support is None
                    else ("yes" if r.commercial_support else "no"),
                    _fee(r),
                    "; ".join(
                        f"{c} {a if a is not None else ''} {u}".replace("  ", " ")
                        for c, a, u in r.credits
                    ),
                    "; ".join(f"{b} {p} ({', '.join(k)})" for b, p, k in r.moc),
                    "; ".join(r.measured_outcomes),
                    r.registered,
                    r.completed,
                    r.receiving_credit,
                )
                yield Row(values, None, element=r)

    def write_xml(self, out: IO[bytes], scope: Scope, result: ExportResult) -> None:
        mems.register_namespaces()
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        # ACCME's PARS Activity XML: a plain ACCMEActivities root around one MedBiquitous
        # MedicalEducationMetrics per activity (each declares its own namespaces).
        out.write(b"<ACCMEActivities>\n")
        for row in _rows(self.items(scope), result):
            out.write(
                ET.tostring(
                    mems.metrics_element(row.element), encoding="utf-8", xml_declaration=False
                )
            )
            out.write(b"\n")
        out.write(b"</ACCMEActivities>\n")
