"""The demo physician's tracker: Florida and Texas licenses, a DEA registration and ABIM
certification, and some credit recorded from elsewhere, so ``make run`` shows real gaps from
the shipped rules. Made through the tracker's services, once: an account that has any
credential keeps what it has."""

from __future__ import annotations

import datetime as dt

from opencme.accounts.models import User
from opencme.core import clock
from opencme.requirements import services
from opencme.requirements.models import Credential

PHYSICIAN = "physician@example.org"


def _next(today: dt.date, month: int, day: int, *, after_months: int = 3) -> dt.date:
    """The first ``month``/``day`` at least ``after_months`` months after ``today``."""
    year = today.year
    while dt.date(year, month, day) < today + dt.timedelta(days=30 * after_months):
        year += 1
    return dt.date(year, month, day)


def ensure_demo_tracker(today: dt.date | None = None) -> int:
    """Give the demo physician their credentials and credit from elsewhere unless they have
    credentials already; returns how many credentials were made."""
    user = User.objects.filter(email=PHYSICIAN).first()
    if user is None or Credential.objects.filter(user=user).exists():
        return 0
    today = today or clock.today()
    held = [
        {"kind": "license", "state": "FL", "license_type": "MD", "number": "ME999999",
         "expires_on": _next(today, 1, 31), "renewal_number": 3},
        {"kind": "license", "state": "TX", "license_type": "MD",
         "expires_on": _next(today, 8, 31), "renewal_number": 3},
        {"kind": "dea", "expires_on": _next(today, 6, 30, after_months=8)},
        {"kind": "board", "board": "ABIM", "certificate": "Internal Medicine",
         "expires_on": dt.date(today.year + 2, 12, 31)},
    ]  # fmt: skip
    for values in held:
        services.save_credential(actor=user, user=user, **values)  # type: ignore[arg-type]
    services.save_facts(
        actor=user,
        user=user,
        direct_patient_care=True,
        specialty="internal_medicine",
        attestations=["abim_moc_assessment"],
    )
    credits = [
        ("Annual internal medicine update", "Demo Medical Society", 120, "AMA_PRA_1", "12",
         [], "live"),
        ("Preventing diagnostic and medication errors", "Demo Hospital CME", 200, "AMA_PRA_1",
         "2", ["medical_errors"], "anytime"),
        ("Recognising human trafficking in the clinic", "Demo State Society", 90, "AMA_PRA_1",
         "1", ["human_trafficking"], "anytime"),
        ("Treating opioid use disorder in primary care", "Demo Addiction Society", 60,
         "AMA_PRA_1", "3", ["substance_use_disorders", "opioid_prescribing"], "anytime"),
        ("ABIM Longitudinal Knowledge Assessment (points)", "American Board of Internal Medicine",
         150, "ABIM", "40", [], "anytime"),
    ]  # fmt: skip
    for title, provider, days_ago, credit_type, amount, topics, fmt in credits:
        services.record_external_credit(
            actor=user,
            user=user,
            title=f"{title} (demo)",
            provider=provider,
            completed_on=today - dt.timedelta(days=days_ago),
            credit_type=credit_type,
            amount=amount,
            topics=topics,
            format=fmt,
        )
    return len(held)
