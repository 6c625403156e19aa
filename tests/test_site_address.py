"""The site's one public address, end to end: ``opencme serve`` on a port other than 8000,
with no OPENCME_SITE_URL set (as ``PORT=9000 make run``), makes certificates whose QR code,
read back out of the downloaded PDF by a real QR decoder, opens the certificate's verify page
on that same server.
"""

from __future__ import annotations

import http.cookiejar
import io
import json
import re
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from tests.site_process import OPENCME, ROOT, opencme, run_python, site_env

PASSWORD = "Lumbar-reassess-2026"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def issue_one_certificate() -> dict[str, str]:
    """Run in an ``opencme`` process: a physician through seed 000's re-release and a claim."""
    from opencme.certificates.models import Certificate
    from opencme.credits.services import claim_credit
    from opencme.learning.services import enroll_learner
    from tests.journey_data import learner, seed_000_rerelease, walk

    activity = seed_000_rerelease()
    user = learner("physician", email="qr.reader@example.org", password=PASSWORD)
    enrollment = enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    cert = Certificate.objects.get(learner=user)
    return {"code": cert.code, "issuer": cert.credential["issuer"]["id"]}


@pytest.fixture
def served(tmp_path: Path, transactional_db) -> Iterator[tuple[dict[str, str], int]]:
    port = free_port()
    env = site_env(tmp_path)  # no OPENCME_SITE_URL, as on a fresh `make run`
    env["PORT"] = str(port)
    out = run_python(
        env, f"import json, {__name__} as t; print(json.dumps(t.issue_one_certificate()))"
    )
    issued = json.loads(out.splitlines()[-1])
    del env["PORT"]  # the server takes its port from --port alone
    opencme(env, "collectstatic", "--no-input", "-v0")  # as `make run` does
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [OPENCME, "serve", "--port", str(port), "--workers", "1", "--no-worker"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert server.poll() is None, "opencme serve stopped"
                assert time.monotonic() < deadline, "opencme serve did not listen in 60 s"
                time.sleep(0.2)
        yield issued, port
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        print((tmp_path / "serve.log").read_text()[-5000:])  # shown when the test fails


def _signed_in(base: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}/accounts/sign-in/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, page
    form = {"csrfmiddlewaretoken": token[1], "email": "qr.reader@example.org"}
    body = urllib.parse.urlencode(form | {"password": PASSWORD}).encode()
    request = urllib.request.Request(  # noqa: S310  (our own loopback server)
        f"{base}/accounts/sign-in/", data=body, headers={"Referer": f"{base}/accounts/sign-in/"}
    )
    assert "/accounts/sign-in/" not in opener.open(request).geturl()
    return opener


def _qr_text(pdf: bytes) -> str:
    """The text of the QR code printed on the PDF's one page, decoded by zxing-cpp."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found = []
    for image in page.images:
        found += [r.text for r in zxingcpp.read_barcodes(image.image) if r.format.name == "QRCode"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.django_db(transaction=True)
def test_site_address_follows_the_port_served_to_the_qr_code_and_back(served) -> None:
    issued, port = served
    base = f"http://127.0.0.1:{port}"
    # The credential was signed by a process that had only PORT: its issuer is on that port.
    assert issued["issuer"].startswith(f"{base}/issuers/"), issued

    opener = _signed_in(base)
    pdf = opener.open(f"{base}/certificates/{issued['code']}.pdf").read()
    target = _qr_text(pdf)
    assert target == f"{base}/verify/{issued['code']}"

    # Followed by someone who is not signed in: the public verify page of that certificate.
    with urllib.request.urlopen(target) as response:  # noqa: S310  (our own loopback server)
        assert response.status == 200
        page = response.read().decode()
    assert issued["code"] in page
    assert "Dana Whitfield" in page
