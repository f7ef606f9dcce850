"""A process and its descendants, read from /proc: for peak memory of a whole crawl and leftover checks."""

from __future__ import annotations

import os
import threading
import time


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process, None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[1]), fields[0]


def descendants(root: int) -> set[int]:
    """Every live process below `root` (not root itself)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            found = _stat(int(name))
            if found and found[1] != "Z":
                children.setdefault(found[0], []).append(int(name))
    result, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in result:
                result.add(child)
                todo.append(child)
    return result


def alive(pids: set[int]) -> set[int]:
    """Those of `pids` still running (zombies waiting for their reaper count as gone)."""
    return {pid for pid in pids if (found := _stat(pid)) is not None and found[1] != "Z"}


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return 0.0
    fields = text[text.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def role(pid: int, root: int) -> str:
    """What a process of a crawl's tree is, from its command line."""
    if pid == root:
        return "crawl (Scrapy, main)"
    line = command(pid)
    if "loader_main" in line:
        return "loader (writer)"
    if "forkserver" in line:
        return "workers (clean + extract)"  # the fork server and the workers forked from it share its command
    if "resource_tracker" in line:
        return "other"
    return "other"


class TreeMemory:
    """Samples the summed resident memory of a process and all its descendants every `interval` seconds,
    in a thread, and keeps the peak (the peak of the sum, not the sum of each process's peak). Also keeps
    each process's CPU time as last seen (`cpu` by pid, `cpu_by_role` by what the process is), so the CPU
    of the whole tree counts processes nobody waits for (a fork server's workers)."""

    def __init__(self, root: int, interval: float = 0.2):
        self.root, self.interval = root, interval
        self.peak_kb = 0
        self.peak_processes = 0
        self.cpu: dict[int, float] = {}
        self.roles: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = descendants(self.root) | {self.root}
            total = sum(rss_kb(pid) for pid in pids)
            for pid in pids:
                seconds = cpu_seconds(pid)
                if seconds:
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), seconds)
                if pid not in self.roles:
                    self.roles[pid] = role(pid, self.root)
            if total > self.peak_kb:
                self.peak_kb, self.peak_processes = total, len(pids)
            self._stop.wait(self.interval)

    @property
    def cpu_seconds(self) -> float:
        return round(sum(self.cpu.values()), 2)

    @property
    def cpu_by_role(self) -> dict[str, float]:
        roles: dict[str, float] = {}
        for pid, seconds in self.cpu.items():
            roles[self.roles.get(pid, "other")] = round(roles.get(self.roles.get(pid, "other"), 0.0) + seconds, 2)
        return roles

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def wait_gone(pids: set[int], seconds: float) -> set[int]:
    """Wait up to `seconds` for `pids` to end; those still running then."""
    deadline = time.monotonic() + seconds
    left = alive(pids)
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = alive(left)
    return left
