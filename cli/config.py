"""Resolve pilkada's paths: a flag beats the environment, which beats the default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paths:
    warehouse: Path
    spool: Path
    jobdir: Path
    outlets_dir: Path | None


def resolve_paths(db: str | os.PathLike | None = None, outlets_dir: str | os.PathLike | None = None) -> Paths:
    if db:  # warehouse_path's first rule, without importing DuckDB before `pilkada crawl` has started its loader
        warehouse = Path(db).expanduser()
    else:
        from pilkada.warehouse.connection import warehouse_path

        warehouse = warehouse_path(db)
    spool = Path(os.environ.get("PILKADA_SPOOL") or f"{warehouse}.spool")
    jobdir = Path(os.environ.get("PILKADA_JOBDIR") or f"{warehouse}.jobs")
    extra = outlets_dir or os.environ.get("PILKADA_OUTLETS")
    return Paths(warehouse=warehouse, spool=spool, jobdir=jobdir, outlets_dir=Path(extra) if extra else None)
