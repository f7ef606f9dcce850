"""Fixtures shared by the test rooms."""

from __future__ import annotations

import pytest

from pilkada.sites.server import spawn


@pytest.fixture(scope="session")
def sites_server():
    """Base URL (http://127.0.0.1:PORT) of the loopback outlet sites, run as a subprocess for the session."""
    server = spawn()
    try:
        yield server.url
    finally:
        server.stop()
