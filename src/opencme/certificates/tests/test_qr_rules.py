"""The QR drawing is exactly the code's matrix, and the pure statement rules. No database."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.certificates import rules
from opencme.certificates.qr import qr_png

URL = "http://127.0.0.1:8000/verify/ZP3YZTp5v9EQctFzieRxQ7ReiyLbXCev"


def test_qr_png_draws_the_code_matrix():
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, mask_pattern=0, border=2)
    code.add_data(URL)
    code.make(fit=True)
    matrix = code.get_matrix()
    image = Image.open(io.BytesIO(qr_png(URL, scale=8)))
    assert image.format == "PNG"
    assert image.mode == "L"
    assert image.size == (8 * len(matrix), 8 * len(matrix))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            # every pixel of the module's 8 x 8 block, not only one sample
            block = image.crop((8 * x, 8 * y, 8 * x + 8, 8 * y + 8)).getextrema()
            assert block == ((0, 0) if dark else (255, 255)), (x, y)


def _facts(**overrides: Any) -> rules.CertificateFacts:
    base: dict[str, Any] = {
        "name": "Dana Whitfield",
        "degree": "MD",
        "activity_title": "Opioids for Low Back Pain",
        "format": "enduring",
        "participation_date": dt.date(2026, 3, 1),
        "completion_date": dt.date(2026, 3, 2),
        "provider_name": "PCSS-MOUD",
        "provider_address": "",
        "provider_accreditor": "JA",
        "provider_statement": "",
        "credit_type": "AMA_PRA_1",
        "amount": Decimal("1.25"),
        "designated_credit_type": "AMA_PRA_1",
        "designated_amount": Decimal("1.25"),
        "expires": dt.date(2027, 3, 1),
    }
    return rules.CertificateFacts(**(base | overrides))


def test_statements_ja_first_then_ama_designation():
    out = rules.statements(shipped_rulebook_data(), _facts())
    assert out[0].startswith("In support of improving patient care, PCSS-MOUD is jointly")
    assert out[1] == (
        "PCSS-MOUD designates this enduring material for a maximum of 1.25 AMA PRA Category 1 "
        "Credit(s)™. Physicians should claim only the credit commensurate with the extent of "
        "their participation in the activity."
    )
    assert len(out) == 2


def test_statements_aapa_states_expiry_and_aswb_category():
    data = shipped_rulebook_data()
    aapa = rules.statements(data, _facts(credit_type="AAPA_1", designated_credit_type="AAPA_1"))
    assert "Approval is valid until Mar 1, 2027." in aapa[1]
    aswb = rules.statements(
        data,
        _facts(credit_type="ASWB_ACE", designated_credit_type="ASWB_ACE", label="Clinical"),
    )
    assert "receive 1.25 clinical continuing education credits" in aswb[1]


def test_rulebook_statements_use_known_placeholders():
    assert rules.unknown_placeholders(shipped_rulebook_data()) == []
    assert rules.unknown_placeholders({"credit_types": [{"code": "X", "statement": "{nope}"}]})


def test_number_drops_trailing_zeros():
    assert [rules.number(Decimal(v)) for v in ("1.25", "1.00", "0.50", "12")] == [
        "1.25",
        "1",
        "0.5",
        "12",
    ]
