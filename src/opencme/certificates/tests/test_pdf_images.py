"""The certificate PDF's images, read back with pypdf: the QR code is exactly the code of the
verification URL and drawn unsmoothed; a provider's logo and signature are shown, shrunk to what
the page needs and flattened onto white; the printed verification code is never split."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from pypdf import PdfReader

from opencme.certificates.models import Certificate, CertificateStyle
from opencme.certificates.pdf import (
    IMAGE_DPI,
    LOGO_BOX_MM,
    SIGNATURE_BOX_MM,
    certificate_pdf,
    prepared_image,
    verify_url,
)
from opencme.certificates.qr import qr_png
from opencme.certificates.tests.helpers import claimed, pdf_text


def _images(pdf: bytes) -> list[tuple[Any, Image.Image]]:
    """Each image XObject of the one page: (its PDF dictionary, its pixels)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    resources: Any = page["/Resources"]
    xobjects = resources["/XObject"]
    found = []
    for name in xobjects:
        obj = xobjects[name].get_object()
        if obj["/Subtype"] == "/Image":
            found.append((obj, obj.decode_as_image()))
    return found


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_certificate_pdf_qr_is_the_verify_url_unsmoothed(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    images = _images(certificate_pdf(cert))
    assert len(images) == 1  # no logo, no signature: the QR code alone
    obj, pixels = images[0]
    expected = Image.open(io.BytesIO(qr_png(verify_url(cert.code))))
    assert pixels.size == expected.size
    assert pixels.convert("L").tobytes() == expected.convert("L").tobytes()
    assert str(obj["/Interpolate"]).lower() == "false"


def test_certificate_pdf_prints_the_verification_code_whole(rerelease):
    # Codes are URL-safe base64 and may hold hyphens; the line may break before the code only.
    for _ in range(4):
        cert = claimed(rerelease, "AMA_PRA_1", "1.25")
        Certificate.objects.filter(pk=cert.pk).update(code=f"{cert.code[:8]}-{cert.code[9:]}")
        cert.refresh_from_db()
        assert cert.code in pdf_text(cert)


def test_certificate_pdf_shows_provider_logo_and_signature(rerelease, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    logo = Image.new("RGBA", (3000, 1000), (0, 0, 0, 0))
    ImageDraw.Draw(logo).ellipse((50, 50, 950, 950), fill=(138, 21, 56, 255))
    signature = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(signature).line([(10, 100), (150, 20), (390, 90)], fill="navy", width=6)
    style = CertificateStyle(
        provider=rerelease.provider,
        primary_colour="#8a1538",
        signer_name="Dr Jane Roe",
        signer_title="Course Director",
    )
    style.logo.save("logo.png", ContentFile(_png(logo)), save=False)
    style.signature.save("signature.png", ContentFile(_png(signature)), save=False)
    style.save()
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")

    pdf = certificate_pdf(cert)
    sizes = sorted(pixels.size for _, pixels in _images(pdf))
    qr = Image.open(io.BytesIO(qr_png(verify_url(cert.code)))).size
    # the signature as uploaded (small enough), the logo shrunk to 300 dpi of its 18 mm height
    assert sizes == sorted([(400, 120), qr, (639, 213)])
    logo_obj = next(obj for obj, pixels in _images(pdf) if pixels.size == (639, 213))
    assert "/SMask" not in logo_obj  # flattened: no alpha channel to split out on every render
    text = pdf_text(cert)
    assert "Dr Jane Roe" in text
    assert "Course Director" in text

    # a new upload is shown at once (by a fresh read, as each download makes)
    style.logo.save("logo2.png", ContentFile(_png(Image.new("RGB", (100, 50), "red"))))
    fresh = Certificate.objects.get(pk=cert.pk)
    sizes = sorted(pixels.size for _, pixels in _images(certificate_pdf(fresh)))
    assert (100, 50) in sizes


def test_prepared_image_shrinks_flattens_and_keeps_small_jpeg():
    limit = [round(mm / 25.4 * IMAGE_DPI) for mm in SIGNATURE_BOX_MM]
    clear = Image.new("RGBA", (2000, 500), (255, 0, 0, 0))
    kind, body = prepared_image(_png(clear), SIGNATURE_BOX_MM) or ("", b"")
    shown = Image.open(io.BytesIO(body))
    assert kind == "image/png"
    assert shown.mode == "RGB"
    assert shown.width <= limit[0]
    assert shown.height <= limit[1]
    assert shown.getpixel((10, 10)) == (255, 255, 255)  # transparent became the page's white
    jpeg = io.BytesIO()
    Image.new("RGB", (200, 60), "blue").save(jpeg, format="JPEG")
    assert prepared_image(jpeg.getvalue(), LOGO_BOX_MM) == ("image/jpeg", jpeg.getvalue())
    assert prepared_image(b"not an image", LOGO_BOX_MM) is None


def test_prepared_image_turns_a_photo_as_its_exif_says():
    photo = Image.new("RGB", (150, 50), "white")
    ImageDraw.Draw(photo).rectangle((0, 0, 15, 50), fill="black")  # a black band on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # taken turned: shown rotated 90 degrees clockwise
    jpeg = io.BytesIO()
    photo.save(jpeg, format="JPEG", exif=exif)
    kind, body = prepared_image(jpeg.getvalue(), LOGO_BOX_MM) or ("", b"")
    shown = Image.open(io.BytesIO(body)).convert("L")
    assert kind == "image/png"
    assert shown.size == (50, 150)
    pixels = shown.tobytes()  # one byte a pixel, row by row
    assert pixels[3 * 50 + 25] < 60  # the band is now along the top
    assert pixels[140 * 50 + 25] > 200
