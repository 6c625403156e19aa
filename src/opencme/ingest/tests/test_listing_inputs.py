"""The inputs people have: PDF brochures (text layer or a clear refusal), saved web pages, and
the import page's upload reading them through the same ``read_listing_bytes``."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from opencme.activities.models import Activity
from opencme.ingest.parsing import ListingError, parse_listing, read_listing_bytes
from opencme.ingest.parsing.pdf import MAX_PAGES, NO_TEXT_LAYER, is_pdf, pdf_text
from tests import factories

BROCHURE = """<html><body>
<h1>Heart Failure Update 2026</h1>
<p>Acme Health is accredited by the ACCME to provide continuing medical education for
physicians.</p>
<table><tr><th>Credits</th><td>2.00 AMA PRA Category 1 Credits&trade;</td></tr>
<tr><th>Expiration Date</th><td>December 31, 2026</td></tr>
<tr><th>Cost</th><td>$25</td></tr></table>
<h2>Learning Objectives</h2>
<ul><li>Describe the 2026 heart failure guideline and the changes it makes to the care of
patients with reduced ejection fraction in a busy primary care practice</li>
<li>Apply the guideline to patients</li></ul>
</body></html>"""

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Heart Failure Update 2026 | Acme CME</title>
<style>body { font-family: Arial; } .credits::after { content: "99 AMA PRA Category 1"; }</style>
<script>var promo = "Earn 50 AMA PRA Category 1 Credits"; function go(){ return 1 < 2; }</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/courses">Return to Course Listing</a></li>
</ul></nav>
<main><h1>Heart Failure Update&nbsp;2026</h1>
<p>Release Date: January&nbsp;5, 2026<br>Expiration Date: December 31, 2026<br/>Cost: $25</p>
<table><tr><th>Credit type</th><th>Amount</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td>2.00</td></tr></table>
<h2>Learning Objectives</h2><p>Participants will be able to:</p>
<ul><li>Describe the 2026 guideline &amp; its changes</li><li>Apply the guideline</li></ul>
<p>Acme Health is accredited by the ACCME to provide continuing medical education for
physicians. Acme Health designates this enduring material for a maximum of 2.00
<i>AMA PRA Category 1 Credits</i>&trade;.</p></main>
<footer>&copy; 2026 Acme Health</footer></body></html>"""


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


@pytest.fixture(scope="module")
def brochure() -> bytes:
    return _pdf(BROCHURE)


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _refusal(data: bytes) -> str:
    with pytest.raises(ListingError) as err:
        read_listing_bytes(data)
    assert "\n" not in err.value.message
    return err.value.message


def test_read_listing_bytes_reads_a_pdf_text_layer(brochure: bytes) -> None:
    text = read_listing_bytes(brochure)
    record = parse_listing(text).record
    assert record["title"] == "Heart Failure Update 2026"
    assert record["provider"] == "Acme Health"
    assert record["credits"] == [{"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"}]
    assert record["expires"] == "2026-12-31"
    # The brochure's wrapped objective is one line again; the short one stays its own.
    lines = text.splitlines()
    assert any(
        line.startswith("Describe the 2026") and line.endswith("busy primary care practice")
        for line in lines
    )
    assert "Apply the guideline to patients" in lines
    # Bullet glyphs come out of the text layer at the page's end, away from their items.
    assert lines[-1] == "Apply the guideline to patients"


def test_a_pdf_is_known_by_its_header_not_its_name(brochure: bytes) -> None:
    assert is_pdf(brochure)
    assert is_pdf(b"\n  " + brochure)
    assert not is_pdf(b"Our brochure (%PDF-1.7) lists the credits below")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        '<html><body><div style="width:5cm;height:5cm;background:#000"></div></body></html>',
    ],
)
def test_a_pdf_without_a_text_layer_says_so(html: str) -> None:
    assert _refusal(_pdf(html)) == NO_TEXT_LAYER


def test_a_blank_pdf_page_has_no_text_layer() -> None:
    assert _refusal(_blank_pdf()) == NO_TEXT_LAYER


def test_a_pdf_locked_with_a_password_says_so(brochure: bytes) -> None:
    assert "locked with a password" in _refusal(_encrypted(brochure, "secret"))


def test_a_pdf_encrypted_without_a_user_password_is_read(brochure: bytes) -> None:
    # Restrictions on printing or copying encrypt the file, yet every reader opens it.
    assert "Heart Failure Update 2026" in read_listing_bytes(_encrypted(brochure, ""))


@pytest.mark.parametrize(
    "cut",
    [
        lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 8,
        lambda pdf: pdf[: len(pdf) // 2],
        lambda pdf: b"%PDF-",
    ],
    ids=["garbage", "truncated", "header-only"],
)
def test_a_broken_pdf_is_one_line_not_a_traceback(brochure: bytes, cut) -> None:
    assert _refusal(cut(brochure)).startswith("this PDF cannot be read")


def test_a_pdf_with_more_text_than_the_limit_is_refused(brochure: bytes) -> None:
    with pytest.raises(ListingError, match="file too large"):
        pdf_text(brochure, max_chars=50)


def test_a_pdf_of_more_pages_than_a_programme_is_refused_before_reading() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _page in range(MAX_PAGES + 1):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    assert f"more than {MAX_PAGES}" in _refusal(out.getvalue())


def test_a_saved_page_reads_as_its_content() -> None:
    record = parse_listing(read_listing_bytes(SAVED_PAGE.encode())).record
    assert record["title"] == "Heart Failure Update 2026"
    assert record["start_date"] == "2026-01-05"
    assert record["expires"] == "2026-12-31"
    # Scripts and styles are not text: their credit figures never reach the record.
    assert record["credits"] == [{"type": "AMA_PRA_1", "amount": 2.0, "unit": "credit"}]
    assert record["objectives"] == [
        "Describe the 2026 guideline & its changes",
        "Apply the guideline",
    ]


def test_a_saved_page_in_its_declared_encoding_is_read() -> None:
    page = SAVED_PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    page = page.replace("Acme Health designates", "Acmé Health — designates")
    text = read_listing_bytes(page.encode("cp1252"))
    assert "Acmé Health — designates" in text


def test_a_listing_saved_as_utf16_with_its_mark_is_read() -> None:
    assert read_listing_bytes("Café course\nCost: $10".encode("utf-16")) == "Café course\nCost: $10"


def test_an_undeclared_legacy_encoding_is_still_refused() -> None:
    assert "not UTF-8" in _refusal("<p>Café course, Cost: $10</p>".encode("latin-1"))


@pytest.mark.django_db
def test_import_page_reads_an_uploaded_pdf(provider_a, brochure: bytes) -> None:
    client = Client()
    client.force_login(factories.staff(of=provider_a, email="a@example.org"))
    upload = SimpleUploadedFile("brochure.txt", brochure, content_type="text/plain")
    page = client.post(
        "/import/", {"step": "preview", "provider": provider_a.pk, "upload": upload}
    ).content.decode()
    assert "web form upload: brochure.txt" in page
    assert 'value="Heart Failure Update 2026"' in page
    assert "src-line--credit" in page


@pytest.mark.django_db
def test_import_page_names_a_scanned_pdf_upload(provider_a) -> None:
    client = Client()
    client.force_login(factories.staff(of=provider_a, email="a@example.org"))
    upload = SimpleUploadedFile("scan.pdf", _blank_pdf(), content_type="application/pdf")
    page = client.post(
        "/import/", {"step": "preview", "provider": provider_a.pk, "upload": upload}
    ).content.decode()
    assert re.search(r'<a href="#id_upload">Listing file: this PDF has no text layer', page)
    assert Activity.objects.count() == 0


def test_a_folder_of_listings_includes_its_pdf_brochures(tmp_path: Path, brochure: bytes) -> None:
    from opencme.ingest.loader import listing_files

    (tmp_path / "course.pdf").write_bytes(brochure)
    (tmp_path / "page.html").write_text("<p>Sepsis Grand Rounds</p>", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    assert [p.name for p in listing_files([str(tmp_path)])] == ["course.pdf", "page.html"]
