"""One crawl per warehouse: an advisory lock file naming the holder's PID and start time.

The kernel drops an flock when its process dies, so a lock file left by a killed crawl is
stale by construction and the next crawl simply takes it over.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
from pathlib import Path

from pilkada.errors import WarehouseLocked


class LockHeld(WarehouseLocked):
    def __init__(self, path: Path, holder: dict):
        self.path, self.holder = path, holder
        super().__init__(
            f"{path.name.removesuffix('.lock')} is being crawled by PID {holder.get('pid', '?')} "
            f"since {holder.get('started', '?')}; wait for it to finish (exit 3)"
        )


class CrawlLock:
    def __init__(self, warehouse: str | os.PathLike):
        self.path = Path(f"{warehouse}.lock")
        self.handle = None
        self.took_over_stale = False

    def acquire(self) -> "CrawlLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            try:
                holder = json.loads(handle.read() or "{}")
            except ValueError:
                holder = {}
            handle.close()
            raise LockHeld(self.path, holder) from None
        handle.seek(0)
        previous = handle.read().strip()
        self.took_over_stale = bool(previous)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(),
                                 "started": dt.datetime.now().astimezone().isoformat(timespec="seconds")}))
        handle.flush()
        os.fsync(handle.fileno())
        self.handle = handle
        return self

    def acquire_waiting(self, seconds: float) -> "CrawlLock":
        """Acquire, waiting up to `seconds` for another crawl to finish (Scrapyd jobs queue up this way)."""
        import time

        deadline = time.monotonic() + seconds
        while True:
            try:
                return self.acquire()
            except LockHeld:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1.0)

    def release(self) -> None:
        if self.handle:
            self.handle.seek(0)
            self.handle.truncate()
            self.handle.flush()
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
