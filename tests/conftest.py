"""Fixtures shared by the test rooms."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# test modules import their shared data modules (warehouse_fixture) by name
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pilkada.sites.server import spawn


@pytest.fixture(scope="session")
def sites_server():
    """Base URL (http://127.0.0.1:PORT) of the loopback outlet sites, run as a subprocess for the session."""
    server = spawn()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def con(tmp_path):
    """A new warehouse file with the fixture outlets (warehouse_fixture.OUTLETS) registered, open for writing."""
    from pilkada import warehouse as wh
    import warehouse_fixture as fx

    connection = wh.connect(tmp_path / "w.duckdb")
    wh.upsert_outlets(connection, fx.OUTLETS)
    yield connection
    connection.close()
