"""Serve the journalists' page with waitress on a local port (`pilkada serve`)."""

from __future__ import annotations

import sys
from pathlib import Path


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, use_snapshot: bool = False):
    """A waitress server over create_app(db_path); port 0 takes a free port (server.effective_port)."""
    from waitress.server import create_server

    from .app import create_app

    return create_server(create_app(db_path, use_snapshot), host=host, port=port, threads=4, ident="pilkada")


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, use_snapshot: bool = False) -> None:
    server = make_server(db_path, host, port, use_snapshot)
    url = f"http://{host}:{server.effective_port}/"
    print(f"pilkada serve: {url} reading {db_path}{' (snapshot)' if use_snapshot else ''}, read-only; "
          "Ctrl-C stops it", flush=True)
    try:
        server.run()
    finally:
        server.close()
        sys.stdout.flush()
