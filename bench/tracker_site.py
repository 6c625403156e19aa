"""The site half of ``bench/tracker.py``: the dashboard page under load and re-evaluation.

A fresh site in a temporary folder (migrate), the synthetic clinicians of ``tracker.py`` stored
through the ORM in bulk (accounts without a usable password, sessions made directly: signing
in is not what is measured), ``opencme serve --no-worker`` for the pages, ``opencme
reevaluate-tracker`` for the re-evaluation.
"""

# ruff: noqa: S603  (starts our own command from fixed arguments)
from __future__ import annotations

import http.client
import os
import random
import resource
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from journey import OPENCME, ROOT, free_port, p, run, tree_cpu_seconds, wait_until_up

# A rule file id of tracker.CREDENTIALS -> the credential row's fields.
LICENSE_STATES = {"us-fl-md": "FL", "us-tx-md": "TX", "us-ca-md": "CA", "us-pa-md": "PA"}
LICENSE_STATES |= {"us-ny-md": "NY"}
BOARDS = {"us-abim": "ABIM", "us-abs": "ABS", "us-aba": "ABA", "us-abfm": "ABFM"}


def _fields(rule: str) -> dict[str, Any]:
    if rule in LICENSE_STATES:
        return {"kind": "license", "state": LICENSE_STATES[rule], "license_type": "MD"}
    if rule in BOARDS:
        return {"kind": "board", "board": BOARDS[rule]}
    return {"kind": "dea"}


def store_clinicians(make: Callable[[random.Random], Any], count: int) -> list[int]:
    """Store ``count`` clinicians of ``make`` (tracker.clinician); their user ids."""
    from django.contrib.auth.hashers import make_password

    from opencme.accounts.models import User
    from opencme.requirements.models import Credential, ExternalCredit, TrackerProfile

    rnd = random.Random(19)
    users = User.objects.bulk_create(
        [
            User(email=f"clinician-{i}@example.org", password=make_password(None))
            for i in range(count)
        ],
        batch_size=500,
    )
    credentials, credits, profiles = [], [], []
    for user in users:
        facts, held, earned = make(rnd)
        profiles.append(
            TrackerProfile(
                user=user,
                direct_patient_care=facts.direct_patient_care,
                attestations=sorted(facts.attestations),
            )
        )
        credentials += [
            Credential(
                user=user,
                rule_set=c.rule_set,
                expires_on=c.expires_on,
                renewal_number=c.renewal_number,
                **_fields(c.rule_set),
            )
            for c in held
        ]
        credits += [
            ExternalCredit(
                user=user,
                title=f"Synthetic activity {c.id}",
                completed_on=c.completed_on,
                credit_type=c.credit_type,
                amount=c.amount,
                topics=sorted(c.topics),
                format=c.format,
            )
            for c in earned
        ]
    TrackerProfile.objects.bulk_create(profiles, batch_size=500)
    Credential.objects.bulk_create(credentials, batch_size=500)
    ExternalCredit.objects.bulk_create(credits, batch_size=2000)
    print(f"stored {count} clinicians: {len(credentials)} credentials, {len(credits)} credits")
    return [u.pk for u in users]


def sessions_for(user_ids: list[int]) -> list[str]:
    """A signed-in session key per user (as ``login`` would store it)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from opencme.accounts.models import User

    keys = []
    for user in User.objects.filter(pk__in=user_ids).order_by("pk"):
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        keys.append(str(store.session_key))
    return keys


def mark_rules_changed() -> int:
    """Every snapshot as made under an earlier version of each rule file it used."""
    from opencme.requirements.models import TrackerSnapshot

    rows = list(TrackerSnapshot.objects.all())
    for row in rows:
        for entry in row.summary.values():
            entry["version"] = f"{entry['version']}-before"
    TrackerSnapshot.objects.bulk_update(rows, ["summary"], batch_size=500)
    return len(rows)


def pages(
    port: int, keys: list[str], concurrency: int, requests: int, seen: set[str] | None = None
) -> list[float]:
    """Seconds per ``GET /learn/tracker/``, each thread on its own connection and sessions.
    ``seen``: the sessions asked before; each request's time is also kept by whether its
    session was asked before (``FIRST``: a clinician's first visit, never in the server's
    cache; ``AGAIN``: asked before, in the cache of the server worker that answered then)."""
    from django.conf import settings

    cookie = settings.SESSION_COOKIE_NAME
    seen = set() if seen is None else seen
    timings: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    local = threading.local()

    def one(n: int) -> None:
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        key = keys[n % len(keys)]
        with lock:
            first = key not in seen
            seen.add(key)
        start = time.perf_counter()
        local.conn.request("GET", "/learn/tracker/", headers={"Cookie": f"{cookie}={key}"})
        response = local.conn.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - start
        with lock:
            timings.append(elapsed)
            (FIRST if first else AGAIN).append(elapsed)
            if response.status != 200 or b"tracker-card" not in body:
                errors.append(f"{response.status} {body[:200]!r}")

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(requests)))
    if errors:
        raise SystemExit(f"{len(errors)} tracker pages failed, first: {errors[0]}")
    return timings


FIRST: list[float] = []
AGAIN: list[float] = []


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_site(
    make: Callable[[random.Random], Any],
    *,
    clinicians: int,
    concurrency: int,
    requests: int,
    jobs: int = 2,
    keep: bool = False,
) -> tuple[float, float]:
    """(page p95 in ms, re-evaluation of everyone after a rule change in s)."""
    var_dir = Path(tempfile.mkdtemp(prefix="opencme-bench-tracker-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {"OPENCME_VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    (var_dir / "secret_key").write_text(secrets.token_urlsafe(50))
    os.environ.clear()
    os.environ.update(env)
    import django

    django.setup()
    server = None
    timings: list[float] = []
    log = (var_dir / "server.log").open("w")
    try:
        print(f"site in {var_dir}: migrate, {clinicians} clinicians", flush=True)
        run(env, "migrate", "-v0")
        run(env, "collectstatic", "--noinput", "-v0")  # pages name hashed static files
        start = time.perf_counter()
        ids = store_clinicians(make, clinicians)
        print(f"stored in {time.perf_counter() - start:.1f} s", flush=True)
        keys = sessions_for(ids[: max(concurrency * 8, 64)])
        port = free_port()
        server = subprocess.Popen(
            [OPENCME, "serve", "--port", str(port), "--no-worker"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until_up(port, server)
        seen: set[str] = set()
        pages(port, keys, concurrency, concurrency * 2, seen)  # warm each server worker
        FIRST.clear()
        AGAIN.clear()
        cpu = tree_cpu_seconds(server.pid)
        timings = pages(port, keys, concurrency, requests, seen)
        cpu = tree_cpu_seconds(server.pid) - cpu
        # Server CPU per page: what the wall times cost on an idle machine (load average now
        # as read by os.getloadavg, for the wall times' context).
        print(
            f"page_p50_ms={p(timings, 50):.1f} page_max_ms={max(timings) * 1000:.1f} "
            f"page_cpu_ms={cpu / requests * 1000:.1f} load_average={os.getloadavg()[0]:.1f} "
            f"({requests} requests, concurrency {concurrency})",
            flush=True,
        )
        # A clinician's first visit (evaluated and rendered) apart from a visit again (the
        # tracker kept in the answering worker's cache, when that worker answered before).
        print(
            f"page_first_visits={len(FIRST)} page_first_p95_ms={p(FIRST, 95):.1f} "
            f"page_again_visits={len(AGAIN)} page_again_p95_ms={p(AGAIN, 95):.1f}",
            flush=True,
        )
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    start = time.perf_counter()
    print(run(env, "reevaluate-tracker").strip(), "(first snapshots)", flush=True)
    first_s = time.perf_counter() - start
    marked = mark_rules_changed()
    start, cpu_before = time.perf_counter(), _children_cpu()
    print(run(env, "reevaluate-tracker", "--jobs", str(jobs)).strip(), flush=True)
    reevaluate_s = time.perf_counter() - start
    # CPU of the command (user + system): the wall time's cost on an idle machine.
    print(
        f"first_snapshots_s={first_s:.1f} rule_change_marked={marked} "
        f"reevaluate_cpu_s={_children_cpu() - cpu_before:.1f} "
        f"load_average={os.getloadavg()[0]:.1f}"
    )
    if not keep:
        shutil.rmtree(var_dir, ignore_errors=True)
    return p(timings, 95), reevaluate_s
