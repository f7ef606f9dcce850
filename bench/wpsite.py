"""The bench's local WordPress site: N synthetic articles of the bench corpus as Dayak News (a WordPress
outlet: core sitemaps, slug URLs) serves them, every response rendered once, at start, and kept in memory.

    python bench/wpsite.py --articles 10000 [--port 0]

prints the base URL (`http://127.0.0.1:PORT`) once everything is rendered, then serves until killed:
`/robots.txt`, `/dayaknews/wp-sitemap.xml` (an index of `wp-sitemap-posts-post-K.xml`, 2,000 posts each as
WordPress core splits them), `/dayaknews/feed/`, `/dayaknews/category/daerah/page/N/` and every article at
`/dayaknews/<slug>/` with its ETag and Last-Modified. Crawl it with
`pilkada crawl --sites URL --outlet dayaknews`; the naive pipeline (bench/naive/) reads the same sitemaps.

Answers come from a dict, so the server costs the crawler under test as little CPU as possible.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import hashlib
import sys
import time
from email.utils import format_datetime, formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

OUTLET = "dayaknews"
POSTS_PER_SITEMAP = 2000  # WordPress core's wp_sitemaps_get_max_urls()
START = 700_000  # article numbers of the bench corpus not used by its other measures


def build(n: int, root: str) -> dict[str, tuple[bytes, str, dict]]:
    """path -> (body, content type, extra headers) for the whole site."""
    from corpus import Generator, render

    from pilkada.sites.base import Ctx, OutletState
    from pilkada.sites.server import SITES

    site = SITES[OUTLET]
    articles = [dataclasses.replace(a, outlet=OUTLET) for a in Generator().articles(n, start=START)]
    pages = render(articles, root=root)
    state = OutletState(site, articles)
    ctx = Ctx(site=site, state=state, root=root)
    prefix = f"/{OUTLET}/"
    routes: dict[str, tuple[bytes, str, dict]] = {}
    html = "text/html; charset=UTF-8"
    for article, page in zip(articles, pages):
        body = page.html.encode("utf-8")
        headers = {"ETag": '"' + hashlib.sha1(body).hexdigest()[:16] + '"',
                   "Last-Modified": format_datetime(article.modified, usegmt=False)}
        routes[prefix + site.article_path(article)] = (body, html, headers)
    entries = state.entries
    children = []
    for k, start in enumerate(range(0, len(entries), POSTS_PER_SITEMAP), 1):
        name = f"wp-sitemap-posts-post-{k}.xml"
        response = site.urlset(ctx, entries[start:start + POSTS_PER_SITEMAP])
        routes[prefix + name] = (response.body, response.content_type, {})
        children.append((name, None))
    index = site.sitemap_index(ctx, children)
    routes[prefix + "wp-sitemap.xml"] = (index.body, index.content_type, {})
    for rel in ("feed/", *(f"category/daerah/page/{n}/" for n in range(1, 4))):
        response = site.handle(ctx, rel)
        routes[prefix + rel] = (response.body, response.content_type, {})
    robots = f"User-agent: *\nDisallow: /{OUTLET}/wp-admin/\n\nSitemap: {root}{prefix}wp-sitemap.xml\n"
    routes["/robots.txt"] = (robots.encode(), "text/plain; charset=UTF-8", {})
    return routes


class Handler(BaseHTTPRequestHandler):
    server_version = "nginx/1.24.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        found = self.server.routes.get(self.path.split("?", 1)[0])
        if found is None:
            body, status, ctype, headers = b"<html><body><h1>404 Not Found</h1></body></html>", 404, "text/html", {}
        else:
            body, ctype, headers = found
            status = 304 if headers.get("ETag") and self.headers.get("If-None-Match") == headers["ETag"] else 200
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


NOT_FOUND = b"<html><body><h1>404 Not Found</h1></body></html>"
SERVER_HEADER = Handler.server_version + " " + Handler.sys_version  # what BaseHTTPRequestHandler sends


class Encoded:
    """Every response of `routes` as bytes, so that a request costs a dict lookup and one write; only the
    Date header (per second, as the threading server sends it) is put in per response."""

    def __init__(self, routes: dict[str, tuple[bytes, str, dict]]):
        self.ok: dict[str, tuple[bytes, bytes]] = {}
        self.not_modified: dict[str, tuple[str, bytes]] = {}
        for path, (body, ctype, headers) in routes.items():
            self.ok[path] = self._head(200, "OK", ctype, headers, len(body)), body
            if headers.get("ETag"):
                self.not_modified[path] = headers["ETag"], self._head(304, "Not Modified", ctype, headers, 0)
        self.missing = self._head(404, "Not Found", "text/html", {}, len(NOT_FOUND)), NOT_FOUND

    @staticmethod
    def _head(status: int, reason: str, ctype: str, headers: dict, length: int) -> tuple[bytes, bytes]:
        first = f"HTTP/1.1 {status} {reason}\r\nServer: {SERVER_HEADER}\r\nDate: "
        rest = f"\r\nContent-Type: {ctype}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        rest += f"Content-Length: {length}\r\n\r\n"
        return first.encode("latin-1"), rest.encode("latin-1")

    def answer(self, path: str, if_none_match: str | None, date: bytes) -> bytes:
        if if_none_match is not None and path in self.not_modified:
            etag, (first, rest) = self.not_modified[path]
            if etag == if_none_match:
                return first + date + rest
        (first, rest), body = self.ok.get(path) or self.missing
        return first + date + rest + body


class _Date:
    second = -1
    value = b""

    def now(self) -> bytes:
        second = int(time.time())
        if second != self.second:
            self.second, self.value = second, formatdate(second, usegmt=True).encode("latin-1")
        return self.value


class Connection(asyncio.Protocol):
    def __init__(self, encoded: Encoded, date: _Date):
        self.encoded, self.date, self.buffer = encoded, date, b""

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end].decode("latin-1"), self.buffer[end + 4:]
            lines = head.split("\r\n")
            parts = lines[0].split()
            if len(parts) != 3 or parts[0] != "GET":
                self.transport.close()
                return
            if_none_match, close = None, parts[2] != "HTTP/1.1"
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "if-none-match":
                    if_none_match = value.strip()
                elif name == "connection":
                    value = value.strip().lower()
                    close = value == "close" or (value != "keep-alive" and close)
            self.transport.write(self.encoded.answer(parts[1].split("?", 1)[0], if_none_match, self.date.now()))
            if close:
                self.transport.close()
                return


async def serve_asyncio(port: int, articles: int) -> None:
    loop = asyncio.get_running_loop()
    holder: dict[str, Encoded] = {}
    date = _Date()
    server = await loop.create_server(lambda: Connection(holder["encoded"], date), "127.0.0.1", port, backlog=128)
    root = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    holder["encoded"] = Encoded(build(articles, root))
    print(root, flush=True)
    async with server:
        await server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--server", choices=("threading", "asyncio"), default="asyncio",
                        help="asyncio (default): pre-encoded responses from one event loop; threading: the same "
                             "bytes from http.server, a thread per connection (the bench's server until perf17)")
    args = parser.parse_args(argv)
    if args.server == "asyncio":
        try:
            asyncio.run(serve_asyncio(args.port, args.articles))
        except KeyboardInterrupt:
            pass
        return 0
    server = Server(("127.0.0.1", args.port), Handler)
    root = f"http://127.0.0.1:{server.server_address[1]}"
    server.routes = build(args.articles, root)
    print(root, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
