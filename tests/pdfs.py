"""A minimal PDF writer for tests and the bundled captures: no PDF library writes text.

Each page is a list of lines set in Helvetica 11 pt with WinAnsiEncoding (so "€" is one
byte, 0x80, as in windows-1252), one line under the other. Enough for pypdf to read the
text back line by line, as it reads the simple forms and brochures official sites publish.
"""

from __future__ import annotations

from pathlib import Path

TOP, LEADING, LEFT = 800, 15, 56


def _string(line: str) -> bytes:
    raw = line.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """The bytes of a PDF whose pages hold `pages` (each a list of lines; "" is a gap)."""
    objects: list[bytes] = []
    kids = []
    font = 3
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # the page tree, written once the pages are numbered
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for lines in pages:
        ops = [b"BT /F1 11 Tf"]
        y = TOP
        for line in lines:
            if line:
                ops.append(b"1 0 0 1 %d %d Tm " % (LEFT, y) + _string(line) + b" Tj")
            y -= LEADING
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font, content)
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info = b""
    if title:
        objects.append(b"<< /Title " + _string(title) + b" >>")
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info,
        xref,
    )
    return bytes(out)


def write_pdf(path: Path, pages: list[list[str]], title: str = "") -> None:
    path.write_bytes(make_pdf(pages, title))
