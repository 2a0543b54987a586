"""Page images of an exported PDF, so the user sees exactly what will leave the vault."""

from __future__ import annotations

import io

import pypdfium2 as pdfium


def render_pages(data: bytes, password: str | None = None, scale: float = 1.2) -> list[bytes]:
    """Every page as PNG bytes (PDFium renders it, so the preview is the real document)."""
    document = pdfium.PdfDocument(data, password=password)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=scale).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            pages.append(buffer.getvalue())
            page.close()
        return pages
    finally:
        document.close()
