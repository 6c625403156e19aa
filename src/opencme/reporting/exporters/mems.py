"""An activity as ACCME's PARS activity XML: the MedBiquitous Medical Education Metrics schema
(metrics/v2/medicaleducationmetrics.xsd) with its healthcare LOM metadata.

Where the schema has an element for a PARS field, it is used: title, identifier and URL in
``lom:general``/``lom:technical``; release, expiry, credits, start/end, providership, delivery,
format and commercial support in ``hx:healthcareEducation``; measured competence, performance and
patient outcomes in ``ActivityDescription``; registrations, completions and credit awarded in
``ParticipationMetrics``. PARS fields without an element (the ACCME format code, registration,
fee, MOC registration per board with its credit types, joint providers, measured learner
knowledge) go in ``XtensibleInfo``, the schema's extension point, in the OpenCME namespace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from xml.etree import ElementTree as ET

METRICS = "http://ns.medbiq.org/metrics/v2/"
LOM = "http://ltsc.ieee.org/xsd/LOM"
HX = "http://ns.medbiq.org/lom/extend/v1/"
OPENCME = "https://opencme.org/ns/pars-activity/v1"
NAMESPACES = {"": METRICS, "lom": LOM, "hx": HX, "oc": OPENCME}

# ACCME's activity types for the PARS file, from our format vocabulary.
ACCME_TYPES = {
    "live": "Course",
    "rss": "Regularly Scheduled Series",
    "internet_live": "Internet Live Course",
    "enduring": "Enduring Material",
    "journal": "Journal-based CME",
    "manuscript_review": "Manuscript Review",
    "test_item_writing": "Test Item Writing",
    "committee_learning": "Committee Learning",
    "performance_improvement": "Performance Improvement",
    "internet_searching": "Internet Searching and Learning",
    "learning_from_teaching": "Learning from Teaching",
    "blended": "Other",
    "other": "Other",
}
LIVE = {"live", "rss", "internet_live"}
# Our credit types as MedBiquitous credit kinds and accrediting bodies.
CREDIT_KIND = {"AMA_PRA_1": "CME", "AOA_1A": "CME", "AAFP_PRESCRIBED": "CME", "CME": "CME",
               "ACPE": "CPE", "ANCC": "CNE", "NURSING_CE": "CNE"}  # fmt: skip
ACCREDITING_BODY = {"AMA_PRA_1": "ACCME", "ACPE": "ACPE", "ANCC": "ANCC", "AAPA_1": "AAPA",
                    "IPCE": "Joint Accreditation", "ASWB_ACE": "ASWB", "AOA_1A": "AOA",
                    "AAFP_PRESCRIBED": "AAFP", "APA": "APA", "ADA_CERP": "ADA CERP"}  # fmt: skip
UNITS = {"credit": "Credit", "hour": "Hour", "contact_hour": "Contact Hour", "point": "Point"}


@dataclass
class ActivityReport:
    """The facts one activity's PARS record carries (plain values, built by the exporter)."""

    id: int
    title: str
    provider: str
    provider_id: str
    kind: str
    format: str
    url: str
    start_date: dt.date | None
    end_date: dt.date | None
    expires: dt.date | None
    created_on: dt.date
    providership: str
    joint_providers: list[str]
    registration: str
    commercial_support: bool | None
    cost_free: bool | None
    cost_amount: Decimal | None
    cost_currency: str
    cost_note: str
    measured_outcomes: list[str]
    credits: list[tuple[str, Decimal | None, str]] = field(default_factory=list)
    moc: list[tuple[str, Decimal | None, list[str]]] = field(default_factory=list)
    registered: int = 0
    completed: int = 0
    receiving_credit: int = 0
    awarded: dict[str, Decimal] = field(default_factory=dict)
    by_profession: dict[str, int] = field(default_factory=dict)


def _sub(parent: ET.Element, ns: str, tag: str, text: Any = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
    if text is not None:
        node.text = text if isinstance(text, str) else _plain(text)
    return node


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _lang(parent: ET.Element, ns: str, tag: str, text: str) -> None:
    node = _sub(parent, ns, tag)
    _sub(node, LOM, "string", text, language="en")


def _credits(parent: ET.Element, ns: str, tag: str, report: ActivityReport, code: str,
             unit: str, amount: Decimal | None) -> ET.Element:  # fmt: skip
    node = _sub(parent, ns, tag)
    _sub(node, HX, "accreditingBody", ACCREDITING_BODY.get(code, code))
    _sub(node, HX, "activityCertification", code)
    if code in CREDIT_KIND:
        _sub(node, HX, "creditType", CREDIT_KIND[code])
    else:
        _sub(node, HX, "creditType", "CE")
    if unit in UNITS:
        _sub(node, HX, "creditUnit", UNITS[unit])
    _sub(node, HX, "pacing", "provider paced" if report.format in LIVE else "learner paced")
    _sub(node, HX, "accreditedProvider", report.provider)
    if report.start_date:
        _sub(node, HX, "releaseDate", report.start_date)
    if report.expires:
        _sub(node, HX, "expirationDate", report.expires)
    if amount is not None:
        _sub(node, HX, "numberOfCredits", amount)
    return node


def _outcome(outcomes: list[str], word: str) -> bool:
    return any(word in o.lower() for o in outcomes)


def metrics_element(report: ActivityReport) -> ET.Element:
    """One ``MedicalEducationMetrics`` element for ``report``."""
    root = ET.Element(f"{{{METRICS}}}MedicalEducationMetrics")
    period = _sub(root, METRICS, "ReportDescription")
    start = report.start_date or report.created_on
    end = report.end_date or report.expires or start
    _sub(period, METRICS, "ReportingStartDate", start)
    _sub(period, METRICS, "ReportingEndDate", max(start, end))

    description = _sub(root, METRICS, "ActivityDescription")
    lom = _sub(description, LOM, "lom")
    general = _sub(lom, LOM, "general")
    identifier = _sub(general, LOM, "identifier")
    _sub(identifier, LOM, "catalog", report.provider_id or report.provider)
    _sub(identifier, LOM, "entry", str(report.id))
    _lang(general, LOM, "title", report.title)
    if report.url:
        technical = _sub(lom, LOM, "technical")
        _sub(technical, LOM, "location", report.url)
    meta = _sub(lom, HX, "healthcareMetadata")
    education = _sub(meta, HX, "healthcareEducation")
    if report.expires:
        _sub(education, HX, "expirationDate", report.expires)
    _sub(education, HX, "creditsAvailable", "yes" if report.credits else "no")
    for code, amount, unit in report.credits:
        _credits(education, HX, "credits", report, code, unit, amount)
    if report.start_date:
        _sub(education, HX, "startDateTime", f"{report.start_date.isoformat()}T00:00:00")
    if report.end_date:
        _sub(education, HX, "endDateTime", f"{report.end_date.isoformat()}T23:59:59")
    if report.providership in ("direct", "joint"):
        _sub(education, HX, "activitySponsorship", report.providership)
    if report.format:
        _sub(education, HX, "activityDelivery", "live" if report.format in LIVE else "not live")
        _lang(education, HX, "activityFormat", ACCME_TYPES.get(report.format, "Other"))
    if report.commercial_support is not None:
        _sub(education, HX, "commercialSupport", "yes" if report.commercial_support else "no")
    outcomes = report.measured_outcomes
    for tag, word in (
        ("ChangesInCompetenceMeasured", "competence"),
        ("ChangesInPerformanceMeasured", "performance"),
        ("ChangesInPatientOutcomesMeasured", "patient"),
    ):
        if outcomes:
            _sub(description, METRICS, tag, _outcome(outcomes, word))

    participation = _sub(root, METRICS, "ParticipationMetrics")
    if report.kind == "hosted":
        _sub(participation, METRICS, "RegisteredParticipants", report.registered)
        _sub(participation, METRICS, "NumberOfParticipantsReceivingCredit", report.receiving_credit)
        units = {code: unit for code, _, unit in report.credits}
        for code, total in sorted(report.awarded.items()):
            _credits(
                participation, METRICS, "CreditsAwarded", report, code, units.get(code, ""), total
            )
        _sub(participation, METRICS, "NumberOfParticipantsCompletingActivity", report.completed)
        for profession, count in sorted(report.by_profession.items()):
            _sub(participation, METRICS, "ParticipantsByProfession", count, profession=profession)
    else:
        _sub(
            participation,
            METRICS,
            "Comments",
            "Listed activity: participation is run and reported by its provider.",
        )

    extra = _sub(_sub(root, METRICS, "XtensibleInfo"), OPENCME, "ParsActivity")
    if report.format:
        _sub(
            extra,
            OPENCME,
            "ActivityType",
            ACCME_TYPES.get(report.format, "Other"),
            code=report.format,
        )
    if report.registration:
        _sub(extra, OPENCME, "Registration", report.registration)
    fee = _sub(extra, OPENCME, "Fee")
    if report.cost_free is not None:
        fee.set("free", _plain(report.cost_free))
    if report.cost_amount is not None:
        fee.set("amount", _plain(report.cost_amount))
        fee.set("currency", report.cost_currency or "USD")
    if report.cost_note:
        fee.text = report.cost_note
    if report.providership:
        providership = _sub(extra, OPENCME, "Providership", type=report.providership)
        for partner in report.joint_providers:
            _sub(providership, OPENCME, "JointProvider", partner)
    if report.commercial_support is not None:
        _sub(extra, OPENCME, "CommercialSupport", report.commercial_support)
    for outcome in outcomes:
        _sub(extra, OPENCME, "MeasuredOutcome", outcome)
    for board, points, kinds in report.moc:
        moc = _sub(extra, OPENCME, "MocRegistration", board=board)
        if points is not None:
            moc.set("points", _plain(points))
        for kind in kinds:
            _sub(moc, OPENCME, "CreditType", kind)
    if report.url:
        _sub(extra, OPENCME, "Url", report.url)
    return root


def register_namespaces() -> None:
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace(prefix, uri)
