"""Fault injection for the resilience tests: `PILKADA_KILL_AT=point:n` SIGKILLs the process the n-th time
it passes `point` (start, fetched, spooled, commit, loaded). Unset, it costs one dict lookup."""

from __future__ import annotations

import os
import signal

_passed: dict[str, int] = {}
kill_also: int | None = None  # the crawl process, when a checkpoint is passed in its background loader


def checkpoint(point: str) -> None:
    target = os.environ.get("PILKADA_KILL_AT")
    if not target:
        return
    name, _, count = target.partition(":")
    if name != point:
        return
    _passed[point] = _passed.get(point, 0) + 1
    if _passed[point] >= int(count or 1):
        if kill_also:
            os.kill(kill_also, signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)
