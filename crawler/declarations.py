"""Outlet declarations: one TOML file per outlet, bundled in crawler/outlets/ or added from a directory."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pilkada.errors import UsageError

NAME_RE = re.compile(r"^[a-z0-9_]+$")
REQUIRED = ("outlet", "name", "base_url", "article_pattern")
# Query parameters that number the pages of one article (Kompas, Tribun, Okezone: ?page=2).
PAGE_PARAMS = ("page", "halaman", "hal", "p", "pg")
# A path ending in a page number after the article's own path (WordPress <!--nextpage-->: slug/2/; detik: /2).
TRAILING_PAGE = re.compile(r"^(?P<article>.+?)/(?P<page>[0-9]{1,3})/?$")


class DeclarationError(UsageError, ValueError):
    """An outlet declaration that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Outlet:
    outlet: str
    name: str
    base_url: str
    article_pattern: str
    language: str = "id"
    province_code: str | None = None
    region: str | None = None
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    max_listing_pages: int = 50
    politeness: dict = field(default_factory=dict)
    drop_selectors: tuple[str, ...] = ()
    drop_line_patterns: tuple[str, ...] = ()
    selectors: dict = field(default_factory=dict)
    declared_base_url: str = ""  # the real host, kept when --sites points the crawl elsewhere
    source: str = ""

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def is_article(self, url: str) -> bool:
        if not url.startswith(self.base_url):
            return False
        return re.search(self.article_pattern, url[len(self.base_url):].split("#")[0]) is not None

    def canonical(self, url: str) -> str:
        """The article's URL on the outlet's own host (stable whichever server was crawled)."""
        url = url.split("#")[0]
        if self.declared_base_url and url.startswith(self.base_url):
            return self.declared_base_url + url[len(self.base_url):]
        return url

    def page_of(self, url: str) -> tuple[str, int] | None:
        """(first page's URL, page number) when `url` is page 2 or later of an article of this outlet, else None.

        Only the shapes that keep the article's own URL and add a number: a page parameter in the query
        (`?page=2`) or a number after the path (`slug/2/`). Pages the declaration's `next_page` selector
        finds are followed whatever their shape; this is for recognising pages met elsewhere.
        """
        parts = urlsplit(url.split("#")[0])
        if parts.query:
            query = parse_qsl(parts.query, keep_blank_values=True)
            numbered = [(k, v) for k, v in query if k.lower() in PAGE_PARAMS and v.isdigit()]
            if numbered:
                rest = urlencode([(k, v) for k, v in query if (k, v) not in numbered])
                first = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
                if int(numbered[0][1]) >= 2 and self.is_article(first):
                    return first, int(numbered[0][1])
                return None
        match = TRAILING_PAGE.match(parts.path)
        if match and int(match["page"]) >= 2:
            for path in (match["article"] + "/", match["article"]):
                first = urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
                if self.is_article(first):
                    return first, int(match["page"])
        return None

    def rebased(self, sites_url: str) -> "Outlet":
        base = sites_url.rstrip("/") + f"/{self.outlet}/"
        return replace(self, base_url=base)

    def cleanup_rules(self) -> dict:
        return {
            "drop_selectors": list(self.drop_selectors),
            "drop_line_patterns": list(self.drop_line_patterns),
            "selectors": dict(self.selectors),
        }


def _parse(path_name: str, text: str) -> Outlet:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DeclarationError(f"{path_name}: not valid TOML ({err})") from None
    missing = [k for k in REQUIRED if not data.get(k)]
    if missing:
        raise DeclarationError(f"{path_name}: missing {', '.join(missing)}")
    if not NAME_RE.match(data["outlet"]):
        raise DeclarationError(f"{path_name}: outlet must be lower-case letters, digits or _, not {data['outlet']!r}")
    base = data["base_url"]
    if urlsplit(base).scheme not in ("http", "https") or not base.endswith("/"):
        raise DeclarationError(f"{path_name}: base_url must be an http(s) URL ending in /")
    try:
        re.compile(data["article_pattern"])
        for pattern in data.get("cleanup", {}).get("drop_line_patterns", []):
            re.compile(pattern)
    except re.error as err:
        raise DeclarationError(f"{path_name}: bad regular expression ({err})") from None
    if not (data.get("sitemaps") or data.get("feeds") or data.get("listings")):
        raise DeclarationError(f"{path_name}: declare at least one of sitemaps, feeds, listings")
    cleanup = data.get("cleanup", {})
    return Outlet(
        outlet=data["outlet"],
        name=data["name"],
        base_url=base,
        declared_base_url=base,
        article_pattern=data["article_pattern"],
        language=data.get("language", "id"),
        province_code=data.get("province_code"),
        region=data.get("region"),
        sitemaps=tuple(data.get("sitemaps", ())),
        feeds=tuple(data.get("feeds", ())),
        listings=tuple(data.get("listings", ())),
        max_listing_pages=int(data.get("max_listing_pages", 50)),
        politeness=dict(data.get("politeness", {})),
        drop_selectors=tuple(cleanup.get("drop_selectors", ())),
        drop_line_patterns=tuple(cleanup.get("drop_line_patterns", ())),
        selectors=dict(data.get("selectors", {})),
        source=path_name,
    )


def load_outlets(extra_dir: str | Path | None = None, sites_url: str | None = None) -> dict[str, Outlet]:
    """Bundled declarations plus those in `extra_dir` (same name replaces), optionally rebased to local sites."""
    outlets: dict[str, Outlet] = {}
    bundled = resources.files("pilkada.crawler") / "outlets"
    for entry in sorted(bundled.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            outlet = _parse(f"outlets/{entry.name}", entry.read_text(encoding="utf-8"))
            outlets[outlet.outlet] = outlet
    if extra_dir:
        directory = Path(extra_dir)
        if not directory.is_dir():
            raise DeclarationError(f"outlet directory not found: {directory}")
        for path in sorted(directory.glob("*.toml")):
            outlet = _parse(str(path), path.read_text(encoding="utf-8"))
            outlets[outlet.outlet] = outlet
    if sites_url:
        outlets = {name: o.rebased(sites_url) for name, o in outlets.items()}
    return outlets


def unknown_outlet_message(name: str, outlets) -> str:
    import difflib

    near = difflib.get_close_matches(name, sorted(outlets), n=2, cutoff=0.75)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
    return f"unknown outlet {name!r}; {hint}declared outlets: {', '.join(sorted(outlets))}"
