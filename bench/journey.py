"""N simulated learners through seed 000's pipeline via the API, against the production server.

Usage: python bench/journey.py [--learners 200] [--concurrency 16] [--engine postgres] [--keep]

Sets up a fresh site in a temporary OPENCME_VAR_DIR (migrate; ``opencme load-demo
--synthetic 0``: the seed listings, the hosted re-release of seed 000, the demo accounts), starts
``opencme serve --no-worker`` (granian) on a free port, and has ``--concurrency`` threads, each
with one keep-alive HTTP connection, run two phases against it:

1. accounts: each learner signs up and gets an API token (two requests that hash a password
   with Django's default Argon2 parameters: about 270 ms of CPU each on this machine, by
   design the slowest thing the server does);
2. journeys: each learner goes through seed 000's pipeline: profile PATCH (physician), enroll,
   every step in order, an AMA PRA Category 1 claim of 1.25, the transcript.

Then it stops the server and counts the Claim rows (must be N: none lost or duplicated).

``--engine postgres`` runs the site on a PostgreSQL server started for the run on a temporary
data directory, with the durability of SQLite's WAL mode as we run it (commits are not
waited for on disk, ``synchronous_commit=off``; everything else as PostgreSQL ships, fsync on).

Prints, per phase, p50/p95 per request kind; then journeys per second and the p95 of every
journey request (the target: p95 <= 100 ms at concurrency 16). Exits 1 on any request error or
wrong claim count. The last line is
``journey learners=<n> journeys_per_s=<x> p95_ms=<x> engine=<sqlite|postgres>``.
"""

# ruff: noqa: S603  (starts our own command from fixed arguments)
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OPENCME = str(Path(sys.executable).with_name("opencme"))
PASSWORD = "bench learner passphrase 2026"  # noqa: S105  (throw-away accounts of a temp site)
AUTH_KINDS = ("signup", "token")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [OPENCME, *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise SystemExit(f"opencme {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


class Client:
    """One keep-alive connection; every request is timed and checked."""

    def __init__(self, port: int, record: Any) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.record = record
        self.token = ""

    def request(self, kind: str, method: str, path: str, body: Any, expect: int) -> Any:
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = json.dumps(body).encode() if body is not None else None
        start = time.perf_counter()
        try:
            self.conn.request(method, path, body=data, headers=headers)
            response = self.conn.getresponse()
            payload = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as exc:
            self.conn.close()
            self.record(kind, time.perf_counter() - start, f"{method} {path}: {exc!r}")
            raise
        elapsed = time.perf_counter() - start
        error = None if status == expect else f"{method} {path}: {status} {payload[:300]!r}"
        self.record(kind, elapsed, error)
        if error:
            raise RuntimeError(error)
        return json.loads(payload) if payload and payload[:1] in b"[{" else payload


def answers(step: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for q in step["questions"]:
        value: Any = {"text": "I will reassess patients more often.", "scale": 4}.get(q["type"])
        if q["type"] == "single":
            value = q["choices"][0]
        elif q["type"] == "multiple":
            value = q["choices"][:1]
        out[str(q["id"])] = value
    return out


def email_of(number: int) -> str:
    return f"bench-{number}-{os.getpid()}@example.org"


def account(client: Client, number: int) -> str:
    """Sign up learner ``number`` and return their API token."""
    email = email_of(number)
    client.token = ""
    client.request(
        "signup", "POST", "/api/auth/signup", {"email": email, "password": PASSWORD}, 201
    )
    token = client.request(
        "token", "POST", "/api/auth/token", {"email": email, "password": PASSWORD}, 200
    )
    return str(token["token"])


def journey(client: Client, number: int, activity_id: int, token: str) -> None:
    email = email_of(number)
    client.token = token
    profile = {"profession": "physician", "legal_name": f"Bench Learner {number}"}
    client.request("profile", "PATCH", "/api/me/profile", profile, 200)
    enrollment = client.request(
        "enroll", "POST", f"/api/activities/{activity_id}/enroll", None, 200
    )
    for step in enrollment["steps"]:
        if step["kind"] in ("claim", "follow_up"):
            continue
        body = {"minutes": 75} if step["kind"] == "attestation" else {"answers": answers(step)}
        client.request(
            "step", "POST", f"/api/enrollments/{enrollment['id']}/steps/{step['id']}", body, 200
        )
    client.request(
        "claim",
        "POST",
        f"/api/enrollments/{enrollment['id']}/claims",
        {"credit_type": "AMA_PRA_1", "amount": 1.25},
        201,
    )
    transcript = client.request("transcript", "GET", "/api/me/transcript", None, 200)
    if [c["credit_type"] for c in transcript["claims"]] != ["AMA_PRA_1"]:
        raise RuntimeError(f"transcript of {email}: {transcript}")


def p(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] * 1000 if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds (user + system) of process ``root`` and its descendants, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(times.get(pid, 0.0) for pid in tree)


def wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited during start-up")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/api/openapi.json")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer within a minute")


# The journey's PostgreSQL server: as shipped, but commits not waited for on disk (as SQLite's
# WAL mode with synchronous=NORMAL), and room for the server's and the check's connections.
JOURNEY_PG_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock} "
    "-c synchronous_commit=off -c max_connections=50 -c shared_buffers=256MB -c jit=off"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--keep", action="store_true", help="keep the temporary site folder")
    parser.add_argument("--threads", type=int, default=None, help="server threads per worker")
    parser.add_argument("--workers", type=int, default=None, help="server worker processes")
    args = parser.parse_args()
    if args.engine == "sqlite":
        return bench(args, database_url=None)
    sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "bench")]
    from search import postgres_server

    # A folder of its own that the postgres user may enter (mkdtemp makes it private).
    parent = Path(tempfile.mkdtemp(prefix="opencme-bench-journey-pg-"))
    parent.chmod(0o755)
    try:
        with postgres_server(parent / "data", JOURNEY_PG_OPTIONS) as url:
            print(f"PostgreSQL server for the site: {url}", flush=True)
            return bench(args, database_url=url)
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def bench(args: argparse.Namespace, *, database_url: str | None) -> int:
    var_dir = Path(tempfile.mkdtemp(prefix="opencme-bench-journey-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {"OPENCME_VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "config.settings"}
    # SQLite in the temporary folder (the embedded default), or the given server.
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    # As `make run` does: one secret key for every process (sessions, certificate keys).
    (var_dir / "secret_key").write_text(secrets.token_urlsafe(50))
    port = free_port()
    server = None
    log = (var_dir / "server.log").open("w")
    try:
        print(f"site in {var_dir}: migrate, load-demo --synthetic 0", flush=True)
        run(env, "migrate", "-v0")
        # The video step without its 90%-watched rule: a learner's seconds of watching would
        # be measured, not the server (the API's progress reports are tested in the suite).
        loaded = run(env, "load-demo", "--synthetic", "0", "--no-viewing-rule")
        found = re.search(r"re-release of seed 000: /activities/(\d+)/", loaded)
        if not found:
            raise SystemExit(f"load-demo made no re-release of seed 000:\n{loaded}")
        activity_id = int(found.group(1))
        server = subprocess.Popen(
            [
                *(OPENCME, "serve", "--port", str(port), "--no-worker"),
                *(("--threads", str(args.threads)) if args.threads else ()),
                *(("--workers", str(args.workers)) if args.workers else ()),
            ],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_until_up(port, server)

        timings: dict[str, list[float]] = {}
        errors: list[str] = []
        lock = threading.Lock()

        def record(kind: str, seconds: float, error: str | None) -> None:
            with lock:
                timings.setdefault(kind, []).append(seconds)
                if error:
                    errors.append(error)

        local = threading.local()
        tokens: dict[int, str] = {}

        def client() -> Client:
            if not hasattr(local, "client"):
                local.client = Client(port, record)
            return local.client

        def sign_up(number: int) -> bool:
            try:
                tokens[number] = account(client(), number)
            except (RuntimeError, OSError, http.client.HTTPException):
                return False
            return True

        def one(number: int) -> bool:
            if number not in tokens:
                return False
            try:
                journey(client(), number, activity_id, tokens[number])
            except (RuntimeError, OSError, http.client.HTTPException):
                return False
            return True

        print(
            f"{args.learners} learners, concurrency {args.concurrency}, server on port {port}",
            flush=True,
        )
        cpu_start = tree_cpu_seconds(server.pid)
        start = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            signed_up = sum(pool.map(sign_up, range(args.learners)))
        accounts_wall = time.perf_counter() - start
        cpu_accounts = tree_cpu_seconds(server.pid) - cpu_start
        start = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            completed = sum(pool.map(one, range(args.learners)))
        wall = time.perf_counter() - start
        cpu_journeys = tree_cpu_seconds(server.pid) - cpu_start - cpu_accounts
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()

    counted = run(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from opencme.credits.models import Claim; "
        "mine = Claim.objects.filter(learner__email__startswith='bench-'); "
        "print(mine.count(), mine.filter(is_current=True).count(), "
        "mine.values('enrollment_id').distinct().count())",
    ).split()
    claims, current, enrollments = (int(x) for x in counted[-3:])
    log.close()
    if not args.keep and not errors:
        shutil.rmtree(var_dir, ignore_errors=True)

    auth = [t for kind, ts in timings.items() if kind in AUTH_KINDS for t in ts]
    every = [t for kind, ts in timings.items() if kind not in AUTH_KINDS for t in ts]
    print(f"{'request':<11} {'count':>6} {'p50_ms':>8} {'p95_ms':>8} {'max_ms':>8}")
    for kind, ts in timings.items():
        print(f"{kind:<11} {len(ts):>6} {p(ts, 50):>8.1f} {p(ts, 95):>8.1f} {max(ts) * 1000:>8.1f}")
    print(
        f"accounts: {signed_up} learners in {accounts_wall:.1f} s "
        f"({signed_up / accounts_wall if accounts_wall else 0:.1f}/s), "
        f"sign-up and token p95 {p(auth, 95):.1f} ms"
    )
    print(
        f"journeys: {len(every)} requests in {wall:.1f} s; errors {len(errors)}; server CPU "
        f"{cpu_journeys:.1f} s ({1000 * cpu_journeys / max(len(every), 1):.1f} ms a request); "
        f"accounts took {cpu_accounts:.1f} s of server CPU"
    )
    for error in errors[:10]:
        print(f"  {error}")
    if errors:
        tail = (var_dir / "server.log").read_text().splitlines()[-40:]
        print("server log (last lines):", *tail, sep="\n  ")
    print(f"claims: {claims} rows, {current} current, {enrollments} enrollments with a claim")
    ok = not errors and completed == args.learners and claims == current == args.learners
    ok = ok and enrollments == args.learners
    if not ok:
        print(f"FAILED: {completed}/{args.learners} journeys completed")
    rate = completed / wall if wall else 0.0
    print(
        f"journey learners={args.learners} journeys_per_s={rate:.2f} p95_ms={p(every, 95):.1f} "
        f"engine={args.engine}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
