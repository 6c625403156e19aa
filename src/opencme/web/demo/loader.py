"""Demo data for ``make run``: the two seed listings, demo accounts and a synthetic catalog.

Loading twice changes nothing: listings are imported idempotently, accounts and the synthetic
catalog are created only when missing. Demo values are marked as such.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from opencme.accounts.models import User
from opencme.accounts.services import profile_for, update_profile
from opencme.activities.models import Activity
from opencme.activities.services import bulk_create_activities
from opencme.activities.synthetic import synthetic_records
from opencme.certificates import pdf
from opencme.certificates.models import CertificateStyle
from opencme.ingest.loader import ALL_CONFIRMED, ImportOutcome, import_file
from opencme.providers.models import Provider
from opencme.providers.services import add_staff
from opencme.web.demo.rerelease import ensure_rerelease
from opencme.web.demo.tracker import ensure_demo_tracker

LISTINGS = Path(__file__).parent / "listings"
DEMO_PASSWORD = "opencme-demo"  # noqa: S105  (published demo password, demo accounts only)
SYNTHETIC_SEED = 1


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: str
    superuser: bool = False
    staff_of: str = ""
    profile: dict[str, Any] = field(default_factory=dict)


ACCOUNTS = (
    DemoAccount("admin@example.org", "site administrator", superuser=True),
    DemoAccount("staff@example.org", "staff of PCSS-MOUD", staff_of="PCSS-MOUD"),
    DemoAccount(
        "physician@example.org",
        "learner: physician (MD) with an ABIM id",
        profile={
            "legal_name": "Dana Whitfield",
            "degree": "MD",
            "profession": "physician",
            "npi": "1234567893",
            "birth_month": 9,
            "birth_day": 23,
            "consent_pars": True,
            "board_ids": [{"board": "ABIM", "identifier": "123456"}],
            "licenses": [{"state": "MA", "number": "MD-271828"}],
        },
    ),
    DemoAccount(
        "nurse@example.org",
        "learner: nurse (RN)",
        profile={"legal_name": "Luis Ortega", "degree": "RN, BSN", "profession": "nurse"},
    ),
    DemoAccount(
        "pharmacist@example.org",
        "learner: pharmacist (PharmD) with NABP e-Profile ID",
        profile={
            "legal_name": "Mei Tanaka",
            "degree": "PharmD",
            "profession": "pharmacist",
            "nabp_eprofile_id": "1234567",
            "birth_month": 4,
            "birth_day": 17,
            "consent_cpe_monitor": True,
        },
    ),
)


SEED_000 = "000_ec1542629a938cee.txt"


def import_seed_listings() -> list[ImportOutcome]:
    """The project's two seed listings, vouched for: their records were checked by hand
    (tests/fixtures/listings/seed_*.expected.json), so nothing is held for review."""
    return [
        import_file(path, actor=None, confirmed=ALL_CONFIRMED)
        for path in sorted(LISTINGS.glob("*.txt"))
    ]


def ensure_demo_rerelease(
    outcomes: list[ImportOutcome], *, today: dt.date, viewing_rule: bool = True
) -> Activity | None:
    seed = next((o for o in outcomes if o.origin.endswith(SEED_000) and o.activity_id), None)
    if seed is None or seed.activity_id is None:
        return None
    return ensure_rerelease(
        seed=Activity.objects.get(pk=seed.activity_id), today=today, viewing_rule=viewing_rule
    )


# The demo provider's certificates are signed by a person who does not exist: the name and
# title say so, and the "signature" is the name set in type, so no one mistakes it for real.
DEMO_SIGNER = ("Demo Signer", "Director of Continuing Education (demo data)")


def ensure_demo_certificate_style(provider: Provider) -> CertificateStyle:
    """The signer block of the demo provider's certificates (made once; staff may change it)."""
    style, made = CertificateStyle.objects.get_or_create(
        provider=provider, defaults={"signer_name": DEMO_SIGNER[0], "signer_title": DEMO_SIGNER[1]}
    )
    if made:
        image = Image.new("RGB", (640, 160), "white")
        font = ImageFont.truetype(
            str(pdf.FONTS / pdf.FONT_FILES[("Certificate Serif", "bold")]), 72
        )
        ImageDraw.Draw(image).text((20, 40), DEMO_SIGNER[0], fill=(31, 58, 95), font=font)
        out = io.BytesIO()
        image.save(out, format="PNG")
        style.signature.save("demo-signature.png", ContentFile(out.getvalue()), save=True)
    return style


# What PARS learner files (name, birth month and day) and CPE Monitor (NABP e-Profile ID, birth
# month and day) need of a learner: a demo account made by an older load gets the missing ones.
IDENTITY_FIELDS = ("legal_name", "degree", "npi", "nabp_eprofile_id", "birth_month", "birth_day")


def _missing(user: User, profile: dict[str, Any]) -> dict[str, Any]:
    """The demo profile's values ``user`` does not have yet: all of them for a new account;
    for one that has a profile, only the empty identity fields (a value the person set stays,
    and so do their consents)."""
    have = profile_for(user)
    if not have.profession:
        return profile
    return {k: profile[k] for k in IDENTITY_FIELDS if k in profile and not getattr(have, k)}


@transaction.atomic
def ensure_accounts() -> None:
    for account in ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            create = (
                User.objects.create_superuser if account.superuser else User.objects.create_user
            )
            user = create(account.email, DEMO_PASSWORD)
        if account.profile and (changes := _missing(user, account.profile)):
            update_profile(user=user, actor=user, changes=changes)
        if account.staff_of:
            provider = Provider.objects.filter(name=account.staff_of).first()
            if provider is not None:
                add_staff(provider=provider, user=user, actor=None)
    ensure_demo_tracker()


def ensure_synthetic_catalog(count: int, *, today: dt.date, batch: int = 2000) -> int:
    """Create the synthetic catalog unless demo activities already exist; returns how many made."""
    if Activity.objects.filter(is_demo=True, kind=Activity.Kind.LISTED).exists():
        return 0
    records = synthetic_records(count, SYNTHETIC_SEED, today=today)
    made = 0
    while chunk := list(islice(records, batch)):
        bulk_create_activities(
            records=[r for r, _ in chunk],
            fields_each=[f for _, f in chunk],
            actor=None,
            kind=Activity.Kind.LISTED,
            extra={"is_demo": True, "demo_note": "Synthetic activity generated for the demo"},
        )
        made += len(chunk)
    return made
