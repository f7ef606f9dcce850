"""Spool lines of a real crawl of local outlets, for the loader tests that replay them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pilkada import warehouse as wh
from pilkada.ingest.reextract import stored_lines

ROOT = Path(__file__).resolve().parents[1]


def crawl_spool_lines(sites_url: str, directory: Path, outlets: list[str]) -> list[dict]:
    """Every page of `pilkada crawl` of `outlets` from the loopback sites, as the spool lines re-extraction reads."""
    db = directory / "pilkada.duckdb"
    outlet_args = [arg for outlet in outlets for arg in ("--outlet", outlet)]
    crawl = subprocess.run([sys.executable, "-m", "pilkada.cli", "crawl", "--sites", sites_url, "--db", str(db),
                            "--quiet", *outlet_args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert crawl.returncode == 0, crawl.stderr
    con = wh.connect(db, read_only=True)
    try:
        return list(stored_lines(con))
    finally:
        con.close()
