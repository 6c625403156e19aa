"""A deterministic synthetic catalog of realistic activities, for demos and benchmarks.

``synthetic_records(count, seed)`` yields activity records (the shape of the activity record);
the same count and seed give the same records on every machine.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Iterator
from typing import Any

from opencme.activities import synthetic_vocab as v

FORMATS = (
    ("enduring", 40),
    ("live", 18),
    ("internet_live", 14),
    ("rss", 10),
    ("journal", 6),
    ("performance_improvement", 3),
    ("blended", 3),
    ("learning_from_teaching", 2),
    ("internet_searching", 2),
    ("other", 2),
)
# Credit mixes: which credit types appear together, with weights.
CREDIT_MIXES = (
    (("AMA_PRA_1",), 30),
    (("AMA_PRA_1", "ANCC"), 10),
    (("AMA_PRA_1", "ANCC", "ACPE", "IPCE"), 8),
    (("AMA_PRA_1", "AAPA_1", "ANCC", "ACPE", "ASWB_ACE", "IPCE"), 5),
    (("ANCC",), 12),
    (("ACPE",), 10),
    (("AMA_PRA_1", "AOA_1A"), 4),
    (("AMA_PRA_1", "AAFP_PRESCRIBED"), 5),
    (("AAPA_1",), 3),
    (("ASWB_ACE",), 3),
    (("APA", "ASWB_ACE"), 2),
    (("ADA_CERP",), 2),
    (("CDR",), 1),
    (("COPE",), 1),
)
AUDIENCE_BY_TYPE = {
    "AMA_PRA_1": "physicians",
    "AOA_1A": "physicians",
    "AAFP_PRESCRIBED": "physicians",
    "AAPA_1": "physician assistants",
    "ANCC": "nurses",
    "ACPE": "pharmacists",
    "ASWB_ACE": "social workers",
    "APA": "psychologists",
    "ADA_CERP": "dentists",
    "CDR": "dietitians",
    "COPE": "optometrists",
    "IPCE": "interprofessional teams",
}
UNIT_BY_TYPE = {"ANCC": "contact_hour", "ACPE": "contact_hour", "COPE": "hour"}
STEP_BY_TYPE = {"CDR": 0.5, "COPE": 0.5}
LIVE = {"live", "internet_live", "rss"}


def _weighted(rng: random.Random, table: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([x for x, _ in table], weights=[w for _, w in table])[0]


@functools.cache
def providers(seed: int, count: int = 400) -> list[tuple[str, str]]:
    """(name, home specialty) of ``count`` distinct synthetic providers."""
    rng = random.Random(f"providers-{seed}")
    specialties = list(v.TOPICS)
    out: dict[str, str] = {}
    while len(out) < count:
        specialty = rng.choice(specialties)
        kind = rng.choice(v.PROVIDER_KINDS).format(specialty=specialty)
        name = f"{rng.choice(v.PROVIDER_PLACES)} {kind}"
        if name in out:
            name = f"{name} {rng.choice(('East', 'West', 'North', 'South'))}"
        out.setdefault(name, specialty)
    return list(out.items())


def _amount(rng: random.Random, step: float) -> float:
    hours = rng.choice((0.25, 0.5, 0.75, 1.0, 1.0, 1.25, 1.5, 1.5, 2.0, 3.0, 4.0, 6.5, 12.0, 20.0))
    return max(step, round(hours / step) * step)


def _uan(rng: random.Random, year: int) -> str:
    return (
        f"JA{rng.randrange(10**7):07d}-{rng.choice(('0000', '9999'))}-{year % 100:02d}-"
        f"{rng.randrange(1000):03d}-{rng.choice('LH')}{rng.randrange(1, 8):02d}-{rng.choice('PT')}"
    )


def _vocabulary_topics(specialty: str, title: str, mate: bool) -> list[str]:
    """Topic codes for one synthetic activity: about a third carry one or two. Drawn from their
    own generator (seeded by the title) so the records' other values stay as they were."""
    trng = random.Random(f"topics:{title}")
    pool = v.VOCABULARY_TOPICS.get(specialty, ()) + v.COMMON_TOPICS
    chosen = {"substance_use_disorders"} if mate else set()
    if trng.random() < 0.33:
        chosen.update(trng.sample(pool, trng.choice((1, 1, 2))))
    return sorted(chosen)


def synthetic_record(
    rng: random.Random, provider: tuple[str, str], today: dt.date
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One activity record and the model fields a record does not carry."""
    provider_name, home = provider
    specialty = home if rng.random() < 0.6 else rng.choice(list(v.TOPICS))
    topics = v.TOPICS[specialty]
    topic, topic2 = rng.choice(topics), rng.choice(topics)
    title = rng.choice(v.TITLE_PATTERNS).format(
        Topic=topic[:1].upper() + topic[1:],
        topic=topic,
        topic2=topic2,
        audience=rng.choice(v.AUDIENCE_WORDS),
    )
    fmt = _weighted(rng, FORMATS)
    start = today + dt.timedelta(days=rng.randint(-900, 240))
    end = start + dt.timedelta(days=rng.choice((0, 0, 1, 2, 3))) if fmt in LIVE else None
    expires = None
    if fmt not in LIVE:
        expires = start + dt.timedelta(days=rng.choice((180, 365, 365, 730, 1095)))
    mix = _weighted(rng, CREDIT_MIXES)
    base = _amount(rng, 0.25)
    credits = []
    for code in mix:
        step = STEP_BY_TYPE.get(code, 0.25)
        credits.append(
            {
                "type": code,
                "amount": max(step, round(base / step) * step),
                "unit": UNIT_BY_TYPE.get(code, "credit"),
            }
        )
    moc = []
    if "AMA_PRA_1" in mix and rng.random() < 0.3:
        for board in rng.sample(
            ("ABIM", "ABA", "ABPATH", "ABS", "ABOS", "ABP", "ABFM"), rng.randint(1, 3)
        ):
            kinds = {
                "ABIM": "Medical Knowledge",
                "ABA": "Lifelong Learning",
                "ABPATH": "Lifelong Learning",
                "ABS": "Accredited CME",
                "ABOS": "Accredited CME",
                "ABP": "Lifelong Learning and Self-Assessment",
                "ABFM": "Accredited CME",
            }
            moc.append({"board": board, "points": base, "credit_types": [kinds[board]]})
    free = rng.random() < 0.35
    amount = 0 if free else rng.choice((25, 49, 75, 99, 150, 250, 395, 650, 895))
    tiers = []
    if not free and rng.random() < 0.3:
        tiers = [
            {"label": "members", "amount": round(amount * 0.7), "currency": "USD"},
            {"label": "non-members", "amount": amount, "currency": "USD"},
        ]
        amount = round(amount * 0.7)
    delivery = "in_person" if fmt in {"live", "rss"} else "online"
    if fmt == "blended":
        delivery = "hybrid"
    faculty = [
        f"{rng.choice(v.FACULTY_FIRST)} {rng.choice(v.FACULTY_LAST)}, {rng.choice(v.DEGREES)}"
        for _ in range(rng.randint(1, 3))
    ]
    specialties = [specialty] + ([rng.choice(list(v.TOPICS))] if rng.random() < 0.3 else [])
    description = " ".join(
        s.format(topic=topic, specialty=specialty.lower())
        for s in rng.sample(v.DESCRIPTION_SENTENCES, 3)
    )
    team = "IPCE" in mix
    joint = rng.random() < 0.2
    record = {
        "title": title,
        "provider": provider_name,
        "joint_providers": [rng.choice(providers(0, 40))[0]] if joint else [],
        "url": None,
        "description": description,
        "format": fmt,
        "delivery": delivery,
        "start_date": start.isoformat(),
        "end_date": end.isoformat() if end else None,
        "expires": expires.isoformat() if expires else None,
        "location": rng.choice(v.CITIES) if delivery != "online" else None,
        "estimated_minutes": int(base * 60),
        "cost": {"free": free, "amount": amount, "currency": "USD", "tiers": tiers, "note": None},
        "registration": "open" if rng.random() < 0.85 else "limited",
        "providership": "joint" if joint else "direct",
        "commercial_support": False,
        "credits": credits,
        "moc": moc,
        "uan": [_uan(rng, start.year)] if "ACPE" in mix else [],
        "specialties": list(dict.fromkeys(specialties)),
        "audience": sorted({AUDIENCE_BY_TYPE[c] for c in mix if c in AUDIENCE_BY_TYPE}),
        "faculty": faculty,
        "objectives": [o.format(topic=topic) for o in rng.sample(v.OBJECTIVES, 3)],
        "measured_outcomes": rng.sample(v.OUTCOMES, rng.randint(1, 2)),
        "topics": _vocabulary_topics(
            specialty,
            title,
            specialty in {"Addiction Medicine", "Pain Medicine"} and rng.random() < 0.5,
        ),
        "statements": {
            "accreditation": True,
            "commercial_support": False,
            "funding": False,
            "disclaimer": False,
        },
    }
    return record, {"planned_by_team": team}


def synthetic_records(
    count: int, seed: int, *, today: dt.date
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    rng = random.Random(seed)
    pool = providers(seed)
    for _ in range(count):
        yield synthetic_record(rng, rng.choice(pool), today)
