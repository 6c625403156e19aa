"""Where a certificate's templates and fonts live: named here, apart from the renderer, so the
start-up checks can find them without importing WeasyPrint (0.6 s at every command)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
FONTS = PACKAGE / "fonts"
FONT_FILES = {
    ("Certificate Sans", "normal"): "DejaVuSans.ttf",
    ("Certificate Sans", "bold"): "DejaVuSans-Bold.ttf",
    ("Certificate Serif", "normal"): "DejaVuSerif.ttf",
    ("Certificate Serif", "bold"): "DejaVuSerif-Bold.ttf",
}
CERTIFICATE_TEMPLATE = "certificates/certificate.html"
TRANSCRIPT_TEMPLATE = "certificates/transcript_pdf.html"
STYLESHEET_TEMPLATE = "certificates/certificate.css"
