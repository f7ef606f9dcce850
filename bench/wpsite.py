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
import dataclasses
import hashlib
import sys
from email.utils import format_datetime
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
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
