"""Serve the local copies of the outlets on loopback, each under `/<outlet>/`, for crawl tests and the demo.

    python -m pilkada.sites.server --port 0 [--host 127.0.0.1] [--layout OUTLET=2] [--extra DIR]

prints one line, the base URL (`http://127.0.0.1:PORT`), then serves until killed. `/` lists
the outlets, `/_manifest.json` says what each one serves and which URLs fail on purpose,
`/robots.txt` holds every outlet's rules (robots.txt lives at the host root, so that is the
one a crawler reads; `/<outlet>/robots.txt` shows one outlet's part).

Source files are re-read whenever one changes, so a test can add or edit articles in the
`--extra` directory while the server runs and crawl again at the same URLs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from pilkada.sites.articles import ARTICLES_DIR, OUTLETS, load_articles
from pilkada.sites.base import Ctx, OutletSite, OutletState, Response, esc, iso, nginx_error
from pilkada.sites.dayaknews import DayakNews
from pilkada.sites.nganjuknews import NganjukNews
from pilkada.sites.rmoljatim import RmolJatim
from pilkada.sites.rublikanesia import Rublikanesia
from pilkada.sites.terasjatim import TerasJatim

log = logging.getLogger(__name__)

SITES: dict[str, OutletSite] = {
    site.outlet: site for site in (RmolJatim(), TerasJatim(), DayakNews(), NganjukNews(), Rublikanesia())
}
assert tuple(SITES) == OUTLETS
LAYOUTS = (1, 2, 3)


class SiteStore:
    """The articles as they stand on disk, re-read when any source file is added, changed or removed."""

    def __init__(self, articles_dir: str | os.PathLike | None = None, extra_dir: str | os.PathLike | None = None):
        self.articles_dir = Path(articles_dir) if articles_dir else ARTICLES_DIR
        self.extra_dir = Path(extra_dir) if extra_dir else None
        self._lock = threading.Lock()
        self._signature: tuple | None = None
        self._states: dict[str, OutletState] = {}

    def _current_signature(self) -> tuple:
        marks = []
        for folder in (self.articles_dir, self.extra_dir):
            if folder is None:
                continue
            for outlet in OUTLETS:
                try:
                    with os.scandir(folder / outlet) as entries:
                        for entry in entries:
                            if entry.name.endswith(".txt"):
                                stat = entry.stat()
                                marks.append((entry.path, stat.st_mtime_ns, stat.st_size))
                except (FileNotFoundError, NotADirectoryError):
                    continue
        return tuple(sorted(marks))

    def states(self) -> dict[str, OutletState]:
        with self._lock:
            signature = self._current_signature()
            if signature != self._signature:
                articles = load_articles(root=self.articles_dir, extra_dir=self.extra_dir, strict=False)
                self._states = {
                    outlet: OutletState(site, [a for a in articles if a.outlet == outlet])
                    for outlet, site in SITES.items()
                }
                self._signature = signature
            return self._states


class SitesServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address, store: SiteStore, layouts: dict[str, int] | None = None,
                 slow_seconds: float | None = None):
        super().__init__(address, SitesHandler)
        self.store = store
        self.layouts = dict(layouts or {})
        self.slow_seconds = slow_seconds
        self.stopping = threading.Event()

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    # -- routing ---------------------------------------------------------------------------------
    def respond(self, raw_path: str, host: str) -> Response:
        parts = urlsplit(raw_path)
        path = unquote(parts.path)
        root = f"http://{host}"
        if path == "/":
            return self.index(root)
        if path == "/_manifest.json":
            body = json.dumps(self.manifest(root), ensure_ascii=False, indent=1).encode()
            return Response(body=body, content_type="application/json")
        if path == "/robots.txt":
            return Response(body=self.robots_txt(root).encode(), content_type="text/plain; charset=UTF-8")
        outlet, _, rel = path.lstrip("/").partition("/")
        site = SITES.get(outlet)
        if site is None:
            return nginx_error(404, "Not Found")
        if not path.startswith(f"/{outlet}/"):
            return Response(status=301, headers={"Location": f"{root}/{outlet}/"})
        ctx = Ctx(site=site, state=self.store.states()[outlet], root=root,
                  layout=self.layouts.get(outlet, 1), query=dict(parse_qsl(parts.query)),
                  slow_seconds=self.slow_seconds)
        return site.handle(ctx, rel)

    def index(self, root: str) -> Response:
        items = "".join(
            f'<li><a href="{esc(root)}/{o}/">{esc(s.name)}</a> <small>({esc(s.real_base)})</small></li>'
            for o, s in SITES.items()
        )
        text = (
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="UTF-8"><title>pilkada: outlet lokal</title></head>'
            f'<body><h1>Outlet lokal</h1><ul>{items}</ul><p><a href="{esc(root)}/_manifest.json">manifest</a></p>'
            "</body></html>\n"
        )
        return Response(body=text.encode())

    def robots_txt(self, root: str) -> str:
        rules = [line for site in SITES.values() for line in site.robots_lines()]
        groups = [s.robots_groups.replace("{prefix}", f"/{s.outlet}/").strip() for s in SITES.values() if s.robots_groups]
        sitemaps = [url for site in SITES.values() for url in site.sitemap_urls(root)]
        text = "User-agent: *\n" + "\n".join(rules) + "\n"
        for group in groups:
            text += "\n" + group + "\n"
        if sitemaps:
            text += "\n" + "".join(f"Sitemap: {url}\n" for url in sitemaps)
        return text

    def manifest(self, root: str) -> dict:
        outlets = {}
        for outlet, state in self.store.states().items():
            site = SITES[outlet]
            faults = []
            for fault in site.faults:
                if not fault.listed:
                    continue
                item = {"url": fault.path, "reason": fault.reason, "lands": fault.lands}
                if fault.article is not None:
                    item.update(title=fault.article.title, published=iso(fault.article.published),
                                text=fault.article.text)
                faults.append(item)
            outlets[outlet] = {
                "name": site.name,
                "real_base_url": site.real_base,
                "base": f"/{outlet}/",
                "base_url": f"{root}/{outlet}/",
                "layout": self.layouts.get(outlet, 1),
                "sitemaps": list(site.sitemaps),
                "feeds": list(site.feeds),
                "listing": site.listing_path,
                "tag_path": site.tag_path,
                "per_page": site.per_page,
                "feed_size": site.feed_size,
                "articles": [
                    {
                        "slug": a.slug,
                        "url": site.article_path(a),
                        "title": a.title,
                        "published": iso(a.published),
                        "lastmod": iso(a.modified),
                        "text": a.text,
                        "pages": site.page_paths(a),
                    }
                    for a in state.articles
                ],
                "faults": faults,
            }
        return {"outlets": outlets}


class SitesHandler(BaseHTTPRequestHandler):
    server: SitesServer
    server_version = "nginx/1.24.0"
    sys_version = ""

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

    def log_message(self, format, *args):
        log.debug("%s %s", self.address_string(), format % args)

    def _serve(self, head: bool) -> None:
        host = self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]
        try:
            response = self.server.respond(self.path, host)
        except Exception:
            log.exception("error answering %s", self.path)
            response = nginx_error(500, "Internal Server Error")
        if response.delay and self.server.stopping.wait(response.delay):
            return
        status, headers, body = response.status, dict(response.headers), response.body
        if status == 200 and body:
            headers["ETag"] = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
            if response.last_modified is not None:
                headers["Last-Modified"] = _http_date(response.last_modified)
            if self._not_modified(headers["ETag"], response.last_modified):
                status, body = 304, b""
        self.send_response(status)
        if status != 304:
            headers["Content-Type"] = response.content_type
            headers["Content-Length"] = str(len(body))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if not head and body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, last_modified) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = [t.strip() for t in if_none_match.split(",")]
            return "*" in tags or etag in tags or f"W/{etag}" in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since and last_modified is not None:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                return False
            return last_modified.replace(microsecond=0) <= since
        return False


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(timezone.utc), usegmt=True)


# -- running it ------------------------------------------------------------------------------------
def serve(port: int = 0, host: str = "127.0.0.1", layouts: dict[str, int] | None = None,
          extra_dir: str | os.PathLike | None = None, articles_dir: str | os.PathLike | None = None,
          slow_seconds: float | None = None) -> tuple[SitesServer, str]:
    """Start the sites in a background thread; returns the server and its base URL. Pair with `stop`."""
    for outlet, layout in (layouts or {}).items():
        if outlet not in SITES or layout not in LAYOUTS:
            raise ValueError(f"no layout {layout!r} for outlet {outlet!r}")
    server = SitesServer((host, port), SiteStore(articles_dir, extra_dir), layouts, slow_seconds)
    thread = threading.Thread(target=server.serve_forever, name="pilkada-sites", daemon=True)
    thread.start()
    server.thread = thread
    return server, f"http://{host}:{server.server_address[1]}"


def stop(server: SitesServer) -> None:
    server.stopping.set()
    server.shutdown()
    server.server_close()


@dataclass
class SitesProcess:
    """The server running as a subprocess, as crawl tests use it."""

    process: subprocess.Popen
    url: str

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream:
                stream.close()


def spawn(port: int = 0, layouts: dict[str, int] | None = None, extra_dir: str | os.PathLike | None = None,
          env: dict[str, str] | None = None, timeout: float = 30.0) -> SitesProcess:
    """Start `python -m pilkada.sites.server` and wait for the URL line it prints."""
    command = [sys.executable, "-m", "pilkada.sites.server", "--port", str(port)]
    for outlet, layout in (layouts or {}).items():
        command += ["--layout", f"{outlet}={layout}"]
    if extra_dir:
        command += ["--extra", str(extra_dir)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    url = lines[0].strip() if lines else ""
    if not url.startswith("http://"):
        process.kill()
        _, err = process.communicate(timeout=10)
        raise RuntimeError(f"sites server did not start: {err.strip() or 'no URL line within %ss' % timeout}")
    return SitesProcess(process, url)


def _layout(value: str) -> tuple[str, int]:
    outlet, _, number = value.partition("=")
    if outlet not in SITES or not number.isdigit() or int(number) not in LAYOUTS:
        raise argparse.ArgumentTypeError(
            f"{value!r}: expected OUTLET=N with OUTLET one of {', '.join(SITES)} and N one of {LAYOUTS}")
    return outlet, int(number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pilkada.sites.server", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--layout", type=_layout, action="append", default=[], metavar="OUTLET=N",
                        help="serve OUTLET with template N (2: the broken redesign)")
    parser.add_argument("--extra", metavar="DIR", help="more article files, <outlet>/<slug>.txt; same slug replaces")
    parser.add_argument("--articles", metavar="DIR", help="article files instead of the bundled ones")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="sites: %(levelname)s %(message)s", stream=sys.stderr)
    try:
        server = SitesServer((args.host, args.port), SiteStore(args.articles, args.extra), dict(args.layout))
    except OSError as err:
        print(f"sites: cannot listen on {args.host}:{args.port}: {err.strerror}", file=sys.stderr)
        return 1
    print(f"http://{args.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stopping.set()
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
