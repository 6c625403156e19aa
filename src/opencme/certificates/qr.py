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
    rows: list[str] = []
    for y, row in enumerate(matrix):
        # Each row is one subpath of horizontal strokes, one unit thick: few path commands keep
        # the SVG cheap to parse for the PDF renderer.
        parts: list[str] = []
        x = last_end = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                parts.append(f"m{start - last_end} 0h{x - start}")
                last_end = x
            else:
                x += 1
        if parts:
            rows.append(f"M0 {y + 0.5}" + "".join(parts))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/>'
        f'<path stroke="#000" stroke-width="1" fill="none" d="{"".join(rows)}"/></svg>'
    )
