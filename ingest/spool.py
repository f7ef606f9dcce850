"""The spool: crawled pages wait here, as zstd JSON Lines batches, until the warehouse has taken them.

A batch is `<ns>-<pid>-<outlet>.jsonl.zst` (`.jsonl.gz` where zstd is missing, and from before pilkada wrote zstd:
both are read, in the order of the time in their names).

A batch is written to `*.tmp` and renamed, so a file in the spool is always whole; it is deleted only
after the warehouse transaction that loaded it has committed. Whatever kills a crawl, the next run
finds the batches and loads them.

A loader claims a batch before reading it by renaming it to `<batch>.claimed-<pid>` (a rename is
atomic: of two loaders only one gets it), and deletes the claimed file after the commit. Claims of
another process are taken back by the next loader (`release_claims`): only one crawl holds the
warehouse's lock at a time, so a claim that is not the current loader's belongs to a crawl that was
killed, and loading is idempotent, so a batch loaded twice changes nothing.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path


SPOOL_COMPRESSLEVEL = 1  # zstd's and gzip's fastest level: a batch lives for seconds, the crawl's reactor compresses it
BATCH_SUFFIXES = (".jsonl.zst", ".jsonl.gz")
# Ids of articles loaded whose persons are still to be derived (ingest/loader.py, _PersonsPending).
PERSONS_PENDING = "persons-pending.ids"
# The lines `pilkada crawl` writes on its loader's stdin: one for every batch it spools (crawler/pipelines.py), and
# one once fetching has ended (crawler/crawl.py, BackgroundLoader.finish).
SPOOLED_LINE = "spooled"
FINISH_LINE = "finish"


def spool_dir(warehouse: str | os.PathLike, override: str | None = None) -> Path:
    return Path(override) if override else Path(f"{warehouse}.spool")


def write_batch(directory: Path, outlet: str, lines: list[dict]) -> Path:
    # (imported here: the crawl lists the spool before its loader starts, and DuckDB, which the warehouse package
    # imports, is imported only once the loader runs beside it)
    from pilkada.warehouse.values import ZSTD_AVAILABLE, compress

    directory.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{os.getpid()}-{outlet}" + BATCH_SUFFIXES[0 if ZSTD_AVAILABLE else 1]
    final = directory / name
    temporary = directory / (name + ".tmp")
    # zstd: a quarter of gzip's CPU to compress, a seventh to read back, and fewer bytes to fsync
    data = compress("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8"),
                    SPOOL_COMPRESSLEVEL, SPOOL_COMPRESSLEVEL)
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, final)
    return final


def pending_batches(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted((path for suffix in BATCH_SUFFIXES for path in directory.glob("*" + suffix)),
                  key=lambda path: path.name)


CLAIM = ".claimed-"


def claim(path: Path, owner: int | None = None) -> Path | None:
    """Take a pending batch for loading; None when another loader took it first."""
    claimed = path.with_name(f"{path.name}{CLAIM}{owner or os.getpid()}")
    try:
        os.rename(path, claimed)
    except FileNotFoundError:
        return None
    return claimed


def unclaimed(claimed: Path) -> Path:
    """The pending name of a claimed batch."""
    return claimed.with_name(claimed.name.rpartition(CLAIM)[0])


def release_claims(directory: Path, owner: int | None = None) -> int:
    """Put the batches claimed by any other process back in the spool (see the module's docstring)."""
    owner = owner or os.getpid()
    released = 0
    if directory.is_dir():
        for path in (path for suffix in BATCH_SUFFIXES for path in directory.glob(f"*{suffix}{CLAIM}*")):
            if path.name.rpartition(CLAIM)[2] == str(owner):
                continue
            try:
                os.rename(path, unclaimed(path))
            except FileNotFoundError:  # its loader finished it meanwhile
                continue
            released += 1
    return released


def read_batch(path: Path) -> list[dict]:
    from pilkada.warehouse.values import decompress

    text = decompress(path.read_bytes()).decode("utf-8")
    return [json.loads(line) for line in text.split("\n") if line.strip()]


def remove_stale_temporaries(directory: Path) -> int:
    """`*.tmp` files of dead writers are batches a killed process never finished; their pages get fetched again.

    A temporary file whose writer (the PID in its name) is alive is being written right now and stays.
    """
    removed = 0
    temporaries = sorted(directory.glob("*.tmp")) if directory.is_dir() else []
    if temporaries:
        from pilkada.warehouse.runs import pid_alive  # only then: importing DuckDB delayed the crawl's loader

        for path in temporaries:
            parts = path.name.split("-")
            writer = int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None
            if writer is not None and pid_alive(writer):
                continue
            path.unlink(missing_ok=True)
            removed += 1
    return removed
