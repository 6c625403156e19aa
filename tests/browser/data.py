"""The finder's test catalog: the two seed activities as listed activities, plus synthetic ones.

Built through the real services (``save_activity_from_record``, ``bulk_create_activities``), so
the pages are tested on what the importer and the demo loader write. The seed records in
tests/fixtures/seed_records/ are the activity records of ../shared/seeds/ (the importer's
output for them); the statement texts a record only flags come from the parser, read from the
seed listings in tests/fixtures/listings/.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from opencme.activities.models import Activity
from opencme.activities.services import bulk_create_activities, save_activity_from_record
from opencme.activities.synthetic import synthetic_records
from opencme.ingest.parsing import parse_listing

SEED_RECORDS = Path(__file__).resolve().parents[1] / "fixtures" / "seed_records"
SEED_LISTINGS = {
    "000": "seed_000_pcss_moud_course_page.txt",
    "003": "seed_003_statpearls_finder_record.txt",
}
SEED_ORIGINS = {
    "000": "seeds/000_ec1542629a938cee.txt",
    "003": "seeds/003_cd1b7cbbb4c31ee5.txt",
}


def seed_record(number: str) -> dict[str, Any]:
    return json.loads((SEED_RECORDS / f"{number}.json").read_text())


def seed_statements(number: str) -> dict[str, str]:
    """The statement texts of a seed, as the importer's parser finds them."""
    listing = SEED_RECORDS.parent / "listings" / SEED_LISTINGS[number]
    return parse_listing(listing.read_text(encoding="utf-8")).statement_texts


def load_seeds() -> dict[str, Activity]:
    """Both seeds as published listed activities, keyed by seed number."""
    out = {}
    for number, origin in SEED_ORIGINS.items():
        activity, _ = save_activity_from_record(
            record=seed_record(number),
            actor=None,
            kind=Activity.Kind.LISTED,
            statements=seed_statements(number),
            source_key=f"seed-{number}",
            source_origin=origin,
        )
        out[number] = activity
    return out


def load_synthetic(count: int, *, today: dt.date, seed: int = 7) -> list[int]:
    """``count`` deterministic synthetic activities, listed and published."""
    pairs = list(synthetic_records(count, seed, today=today))
    return bulk_create_activities(
        records=[record for record, _ in pairs],
        fields_each=[fields for _, fields in pairs],
        actor=None,
        kind=Activity.Kind.LISTED,
    )
