"""Render the icon set from its SVG source (resources/icons/pa-desktop.svg), committed with it.

    python packaging/make_icons.py

Writes resources/icons/pa-desktop-N.png for N in 16..512 (the window icon, the Linux hicolor
theme, the AppImage), pa-desktop.ico (Windows: 16 to 256, each size rendered from the SVG, not
scaled from one picture) and pa-desktop.icns (macOS: 16 to 1024). Qt's SVG renderer draws the
pictures offscreen; Pillow (a dependency of reportlab) packs the .ico and the .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "pa-desktop.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes (transparent background)."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        render.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    from PIL import Image

    pictures = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        target = ICONS / f"pa-desktop-{size}.png"
        target.write_bytes(pictures[size])
        print(target.relative_to(ROOT))

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(pictures[size])).convert("RGBA")

    largest = image(max(ICO_SIZES))
    largest.save(
        ICONS / "pa-desktop.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[image(s) for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print((ICONS / "pa-desktop.ico").relative_to(ROOT))
    image(max(ICNS_SIZES)).save(
        ICONS / "pa-desktop.icns",
        format="ICNS",
        append_images=[image(s) for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print((ICONS / "pa-desktop.icns").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
