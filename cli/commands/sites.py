"""`pilkada sites serve`: the bundled local copies of the outlets, on loopback, for offline crawls."""

from __future__ import annotations

import time

NAME = "sites"
HELP = "serve the bundled local outlet sites on loopback (pilkada sites serve --port N)"


def add_arguments(parser) -> None:
    parser.add_argument("action", choices=("serve",), help="serve")
    parser.add_argument("--port", type=int, default=8800, help="port on 127.0.0.1 (0 picks a free one)")


def run(args) -> int:
    from pilkada.sites.server import serve

    server, base_url = serve(port=args.port)
    print(f"serving the outlet sites at {base_url}  (crawl them: pilkada crawl --sites {base_url}; Ctrl-C stops)",
          flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()
    return 0
