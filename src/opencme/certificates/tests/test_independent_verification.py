"""A credential we issue verifies with a verifier that is not ours (npm @digitalcredentials/vc
with the eddsa-rdfc-2022 cryptosuite, run by node, offline), and a tampered one does not."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.test import Client

from opencme.certificates.signing.contexts import OB_V3, context_document
from opencme.certificates.signing.credential import verification_method_document
from opencme.certificates.tests.helpers import claimed

SCRIPT = Path(__file__).parent / "js" / "verify-credential.mjs"
ROOT = Path(__file__).resolve().parents[4]
pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules" / "@digitalcredentials").is_dir(),
    reason="node and the npm dev dependencies (npm ci) are needed",
)


def _verify(tmp_path: Path, credential: dict, documents: dict) -> tuple[bool, str]:
    (tmp_path / "credential.json").write_text(json.dumps(credential))
    (tmp_path / "documents.json").write_text(json.dumps(documents))
    run = subprocess.run(
        ["node", str(SCRIPT), str(tmp_path / "credential.json"), str(tmp_path / "documents.json")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.stdout.strip(), run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["verified"] is (run.returncode == 0)
    return out["verified"], out["error"]


def _documents(client: Client, cert) -> dict:
    """What a verifier resolves, as we publish it: the issuer document fetched from our own
    URL, the key document for the proof's verification method, and the OB context."""
    credential = cert.credential
    issuer_url = credential["issuer"]["id"]
    path = "/" + issuer_url.split("/", 3)[3]
    issuer_doc = client.get(path).json()
    method = verification_method_document(cert.provider)
    assert method["id"] == credential["proof"]["verificationMethod"]
    assert issuer_doc["assertionMethod"] == [method["id"]]
    return {issuer_url: issuer_doc, method["id"]: method, OB_V3: context_document(OB_V3)}


def test_credential_verifies_with_independent_verifier(rerelease, tmp_path):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    client = Client()
    ok, error = _verify(tmp_path, cert.credential, _documents(client, cert))
    assert ok, error


def test_credential_tampered_fails_independent_verification(rerelease, tmp_path):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    documents = _documents(Client(), cert)
    tampered = copy.deepcopy(cert.credential)
    tampered["credentialSubject"]["creditsEarned"] = 12.5
    ok, error = _verify(tmp_path, tampered, documents)
    assert not ok
    assert error
    renamed = copy.deepcopy(cert.credential)
    renamed["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    assert not _verify(tmp_path, renamed, documents)[0]
