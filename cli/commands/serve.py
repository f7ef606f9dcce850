"""`pilkada serve`: the journalists' page, a local read-only web page over the warehouse."""

from __future__ import annotations

from pilkada.cli.common import add_db_argument

NAME = "serve"
HELP = "open a read-only web page over the warehouse: search, timelines, coverage chart, CSV downloads"


def add_arguments(parser) -> None:
    add_db_argument(parser)
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default 8000; 0 picks a free one)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--snapshot", action="store_true",
                        help="read <db>.snapshot, refreshed whenever the warehouse changed and no crawl writes it")


def run(args) -> int:
    from pilkada.errors import UsageError
    from pilkada.cli.config import resolve_paths
    from pilkada.web.server import serve

    path = resolve_paths(args.db).warehouse
    if not path.exists():
        raise UsageError(f"no warehouse at {path}; run `make demo` (or `pilkada crawl`) first, or give --db")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port number (0 to 65535)")
    try:
        serve(path, args.host, args.port, args.snapshot)
    except OSError as err:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}") from None
    return 0
