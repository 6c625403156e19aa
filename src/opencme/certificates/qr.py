"""QR codes as small greyscale PNGs, drawn from the ``qrcode`` matrix.

A PNG rather than SVG: the PDF renderer parses an SVG path command by command in Python, which
cost about a fifth of a certificate's rendering; a PNG of a few hundred bytes is decoded in C.
The certificate stylesheet shows it with ``image-rendering: pixelated`` (the PDF image is not
interpolated, so modules stay square at any zoom), and each module is ``scale`` pixels so that
viewers that smooth images anyway blur only a quarter of a module's edge. Larger scales cost
more: the PDF renderer decompresses and recompresses the image on every render.
"""

from __future__ import annotations

import io

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

DARK, LIGHT = 0, 255


def qr_matrix(data: str, *, border: int = 2) -> list[list[bool]]:
    """The code's modules, quiet zone included (True: dark).

    The mask is fixed rather than chosen by scoring all eight: any mask is valid for readers,
    and scoring them costs most of the time a QR code takes to make."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, mask_pattern=0, border=border)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def qr_png(data: str, *, border: int = 2, scale: int = 4) -> bytes:
    """A PNG QR code of ``data``: one greyscale pixel block of ``scale`` x ``scale`` a module."""
    matrix = qr_matrix(data, border=border)
    size = len(matrix)
    pixels = bytes(DARK if dark else LIGHT for row in matrix for dark in row)
    image = Image.frombytes("L", (size, size), pixels)
    if scale > 1:
        image = image.resize((size * scale, size * scale), Image.Resampling.NEAREST)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
