"""`pilkada reextract`: clean and extract every stored page again, in parallel, into the warehouse."""

from __future__ import annotations

import json
import re
import sys

from pilkada.cli.common import add_db_argument

NAME = "reextract"
HELP = ("clean and extract the stored pages again (after an extractor or cleanup change), "
        "replacing their extraction rows; --workers N runs N processes")


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--outlet", metavar="NAME", help="only this outlet's pages")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="cleaning and extraction processes (default: one per CPU; 0 = in this process)")
    parser.add_argument("--batch-size", type=int, default=64, metavar="N",
                        help="articles per extraction batch inside a worker (default 64)")
    parser.add_argument("--chunk", type=int, default=25, metavar="N", help="pages per worker task (default 25)")
    parser.add_argument("--commit-every", type=int, default=200, metavar="N",
                        help="pages per warehouse transaction (default 200)")
    parser.add_argument("--memory-limit", default="auto", metavar="SIZE",
                        help="DuckDB memory limit of the writer: a size such as 512MB stops the run with an error "
                             "when DuckDB needs more; auto (the default) starts at 128MB, or half the warehouse "
                             "file, and doubles when a transaction does not fit. Without a limit DuckDB's cache "
                             "of the warehouse's blocks grows with the warehouse, up to 80%% of RAM")
    parser.add_argument("--outlets", metavar="DIR", help="directory of extra outlet declarations (*.toml)")
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")


def validate(args):
    from pilkada.errors import UsageError
    from pilkada.cli.config import resolve_paths
    from pilkada.crawler.declarations import load_outlets
    from pilkada.ingest.reextract import default_workers

    workers = default_workers() if args.workers is None else args.workers
    if workers < 0:
        raise UsageError("--workers must be 0 (in this process) or more")
    if args.batch_size < 1:
        raise UsageError("--batch-size must be 1 or more")
    if args.chunk < 1:
        raise UsageError("--chunk must be 1 or more")
    if args.commit_every < 1:
        raise UsageError("--commit-every must be 1 or more")
    if args.memory_limit.strip() != "auto" and not re.fullmatch(
            r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B|[KMGT]B?|bytes)", args.memory_limit.strip(), re.IGNORECASE):
        raise UsageError(f"--memory-limit takes auto or a size such as 512MB or 2GB, not {args.memory_limit!r}")
    paths = resolve_paths(args.db, args.outlets)
    if not paths.warehouse.exists():
        raise UsageError(f"no warehouse at {paths.warehouse}; run `pilkada crawl` (or `pilkada demo`) to create one")
    if paths.warehouse.is_dir():
        raise UsageError(f"--db {paths.warehouse} is a directory, not a warehouse file")
    if args.outlet:
        outlets = load_outlets(paths.outlets_dir)
        if args.outlet not in outlets:
            raise UsageError(f"unknown outlet {args.outlet!r}; declared outlets: {', '.join(sorted(outlets))}")
    return paths, workers


def run(args) -> int:
    import duckdb

    from pilkada import warehouse as wh
    from pilkada.crawler.lock import CrawlLock
    from pilkada.errors import JobFailed, UsageError
    from pilkada.ingest.loader import GrowingMemory, writer_memory_mb
    from pilkada.ingest.reextract import reextract

    paths, workers = validate(args)
    lock = CrawlLock(paths.warehouse)  # a crawl would wait on the file for the whole run: keep them apart
    lock.acquire()
    try:
        memory = GrowingMemory(writer_memory_mb(paths.warehouse)) if args.memory_limit.strip() == "auto" else None
        con = wh.connect(paths.warehouse)
        try:
            try:
                if memory is not None:
                    memory.apply(con)
                else:
                    con.execute(f"SET memory_limit = '{args.memory_limit.strip()}'")
            except duckdb.Error as err:
                raise UsageError(f"--memory-limit {args.memory_limit!r}: {str(err).splitlines()[0]}") from None
            progress = None
            if not args.quiet and not args.json and sys.stderr.isatty():
                def progress(totals: dict) -> None:
                    print(f"\rpilkada: {totals['pages']} pages re-extracted", end="", file=sys.stderr, flush=True)
            try:
                counts = reextract(con, outlet=args.outlet, workers=workers, batch_size=args.batch_size,
                                   chunk=args.chunk, commit_every=args.commit_every,
                                   outlets_dir=str(paths.outlets_dir) if paths.outlets_dir else None,
                                   on_chunk=progress, memory=memory)
            except duckdb.OutOfMemoryException as err:
                limit = f"auto, at {memory.megabytes}MB" if memory is not None else args.memory_limit
                raise JobFailed(f"DuckDB needed more than --memory-limit {limit} "
                                f"({str(err).splitlines()[0]}); run again with a larger one") from None
            if progress:
                print(file=sys.stderr)
        finally:
            con.close()
    finally:
        lock.release()
    counts["warehouse"] = str(paths.warehouse)
    if args.json:
        print(json.dumps(counts))
        return 0
    seconds = counts["seconds"]
    print(f"re-extracted {counts['pages']} stored pages of {paths.warehouse} with {workers} worker(s) "
          f"in {seconds:.1f} s ({counts['pages_per_second']:.1f} pages/s, "
          f"{counts['words'] / seconds if seconds else 0:.0f} words/s)")
    print(f"  articles           {counts['articles']}")
    print(f"  new                {counts['articles_new']}")
    print(f"  updated            {counts['articles_updated']}")
    print(f"  unchanged text     {counts['articles_unchanged']}")
    print(f"  no article text    {counts['failures']}")
    return 0
