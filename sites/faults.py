"""Answer a fault URL the way its fault says: an error status, a stall, a loop, a PDF, an empty or broken page."""

from __future__ import annotations

import os
import re
from datetime import datetime

from pilkada.sites.articles import WIB, SiteArticle
from pilkada.sites.base import Ctx, Fault, OutletSite, Response, esc, nginx_error, page, redirect

DEFAULT_SLOW_SECONDS = 20.0

REASONS = {
    404: "Not Found",
    410: "Gone",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
}

# The characters the legacy-encoding page must carry, as cp1252 bytes (0x96 dash, 0x93/0x94 quotes).
LEGACY_SAMPLE = "Rp 1.000 – “Pemilu”"


def slow_seconds(override: float | None = None) -> float:
    if override is not None:
        return override
    try:
        return float(os.environ.get("SITES_SLOW_SECONDS", DEFAULT_SLOW_SECONDS))
    except ValueError:
        return DEFAULT_SLOW_SECONDS


def synthetic(outlet: str, slug: str, title: str, published: str, paragraphs: list[str], **meta) -> SiteArticle:
    """An article that exists only as a fault page (it has no source file)."""
    return SiteArticle(
        outlet=outlet,
        slug=slug,
        title=title,
        published=datetime.fromisoformat(published).astimezone(WIB),
        paragraphs=paragraphs,
        **meta,
    )


def moment(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(WIB)


def respond(site: OutletSite, ctx: Ctx, fault: Fault, slow_override: float | None = None) -> Response:
    if fault.kind == "status":
        response = nginx_error(fault.status, REASONS.get(fault.status, "Error"))
        if fault.status == 503:
            response.headers["Retry-After"] = "3600"
        return response
    if fault.kind == "slow":
        main = f"<article><h1>{esc(fault.title)}</h1><p>Halaman ini dimuat sangat lambat.</p></article>"
        response = page(site.chrome(ctx, fault.title, main))
        response.delay = slow_seconds(slow_override)
        return response
    if fault.kind == "redirect":
        return redirect(ctx.url(fault.target), status=302)
    if fault.kind == "pdf":
        return Response(body=pdf_bytes(fault.title), content_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{fault.path.strip("/").split("/")[-1]}.pdf"'})
    if fault.kind == "empty":
        return Response(body=b"")
    if fault.kind == "legacy":
        return legacy_page(site.render_article(ctx, fault.article), fault.charset, fault.article.modified)
    if fault.kind == "malformed":
        return page(malform(site.render_article(ctx, fault.article)), last_modified=fault.article.modified)
    if fault.kind == "article":
        return site.article_response(ctx, fault.article)
    raise ValueError(f"unknown fault kind {fault.kind!r} at {fault.path}")


def legacy_page(text: str, charset: str | None, modified: datetime) -> Response:
    """The page in windows-1252, its charset declared in a meta tag only, or nowhere."""
    declared = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    text = text.replace('<meta charset="UTF-8">', declared, 1)
    return Response(body=text.encode("cp1252", errors="xmlcharrefreplace"), content_type="text/html",
                    last_modified=modified)


def malform(text: str) -> str:
    """Break the markup the way old CMS themes do, keeping the words: paragraphs, divs and the
    document left unclosed, an unclosed <b> and a stray closing tag in an ad slot."""
    text = text.replace("</p>", "")
    text = re.sub(r"</div>\s*(?=<(?:aside|footer))", "", text)
    text = text.replace("</body>", "").replace("</html>", "")
    text = text.replace("<main", '<div class="iklan-atas"><b>ADVERTISEMENT</span><a href=#iklan>Iklan</a></div>\n<main', 1)
    return text.rstrip() + "\n"


def pdf_bytes(title: str) -> bytes:
    """A one-page PDF: what a CMS serves when an editor links a scanned decree as a post."""
    words = title.encode("latin-1", errors="replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 72 770 Td (" + words + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
