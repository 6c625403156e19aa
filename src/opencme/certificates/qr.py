"""QR codes as SVG, drawn from the ``qrcode`` matrix without an imaging library."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M


def qr_svg(data: str, *, border: int = 2) -> str:
    """An SVG QR code of ``data``: one path of dark runs, scaled by its container.

    The mask is fixed rather than chosen by scoring all eight: any mask is valid for readers,
    and scoring them costs most of the time a certificate takes to render."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, mask_pattern=0, border=border)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    runs: list[str] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>'
    )
