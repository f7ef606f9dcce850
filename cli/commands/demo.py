"""`pilkada demo`: serve the bundled outlet copies on loopback, crawl them all, and show what landed."""

from __future__ import annotations

NAME = "demo"
HELP = "offline demo: crawl the bundled local outlet sites into a warehouse and print what landed"


def add_arguments(parser) -> None:
    parser.add_argument("--db", help="warehouse file (default ./pilkada.duckdb; $PILKADA_WAREHOUSE is not read)")
    parser.add_argument("--quiet", action="store_true", help="only the summary")


def run(args) -> int:
    from pilkada.cli.common import validate_crawl
    from pilkada.crawler.crawl import CrawlOptions, crawl_outlets
    from pilkada.sites.server import serve
    from pilkada.warehouse import DEFAULT_PATH

    db = args.db or DEFAULT_PATH
    server, base_url = serve(port=0)
    try:
        print(f"serving the bundled outlet sites at {base_url}")
        options = CrawlOptions(db=db, sites=base_url, delay=0.0, timeout=5.0, quiet=args.quiet)
        code = crawl_outlets(options, *validate_crawl(options))
    finally:
        server.shutdown()
    show_landed(db)
    return code


def show_landed(db: str) -> None:
    from pilkada import warehouse as wh

    con = wh.connect(db, read_only=True)
    try:
        print(f"\nwhat landed in {db}:")
        rows = con.execute(
            "SELECT outlet, count(*) AS articles, min(published_on), max(published_on) FROM articles GROUP BY outlet ORDER BY outlet"
        ).fetchall()
        for outlet, count, first, last in rows:
            print(f"  {outlet:<14} {count:>3} articles  {first} .. {last}")
        for table, label in (("regency_mentions", "regency mentions"), ("official_mentions", "official mentions"),
                             ("date_mentions", "dated events"), ("regulation_citations_raw", "regulation citations"),
                             ("quotes", "quotes")):
            try:
                (count,) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
                print(f"  {label:<22} {count}")
            except Exception:
                pass
    finally:
        con.close()
    print("\nnext: pilkada query --list | pilkada export timeline --regency Jombang --out jombang.csv | pilkada status")
