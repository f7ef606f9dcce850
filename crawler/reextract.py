"""Re-extract stored pages in parallel: one reader-writer process, N cleaning and extraction workers.

The main process streams the newest stored page of every article out of the warehouse
(`pilkada.warehouse.raw_pages`, a cursor of its own), cuts the stream into small chunks, hands
each chunk to a worker process that runs `pilkada.crawler.ingest.prepare` (trafilatura cleaning,
then the spaCy rule pipeline through `nlp.pipe`), and loads the results with
`pilkada.warehouse.load_batch` (pages omitted: they are stored already) in one transaction per
`commit_every` pages. DuckDB allows one writer, so only the main process touches the file; workers import the
pipeline once, when they start. At most `in_flight` chunks (default four per worker) are out at
any time, and results are loaded in the order the pages were read, so memory stays flat however
large the warehouse and the rows written do not depend on the number of workers.

`parallel_prepare(chunks, ...)` is the reusable part: any iterator of spool-line chunks in,
prepared batches out, in order (the crawl's ingest can use it the same way).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

COUNT_KEYS = ("articles_new", "articles_updated", "articles_unchanged", "failures")

# ------------------------------------------------------------------------------------------ workers

_WORKER: dict = {}


def _init_worker(outlets_dir: str | None, sites_url: str | None) -> None:
    """Runs once in each worker: load the declarations and build the pipeline before the first chunk."""
    from pilkada.crawler.declarations import load_outlets
    from pilkada.extract.clean import clean_html  # noqa: F401  (imports trafilatura and lxml now)
    from pilkada.extract.pipeline import build_pipeline

    build_pipeline()
    _WORKER["outlets"] = load_outlets(outlets_dir, sites_url)


def _prepare_chunk(lines: list[dict], batch_size: int) -> dict:
    from pilkada.crawler.ingest import prepare

    batch = prepare(lines, _WORKER["outlets"], batch_size=batch_size)
    batch["worker_rss_kb"] = _vm_hwm()
    return batch


def _vm_hwm() -> int:
    """This process's peak resident memory in KiB (VmHWM), 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover - not Linux
        pass
    return 0


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _context():
    # never fork: the parent holds a DuckDB connection and its threads. spawn rather than forkserver
    # keeps the workers children of this process (their peak memory shows in RUSAGE_CHILDREN).
    return multiprocessing.get_context("spawn")


def parallel_prepare(
    chunks: Iterable[list[dict]],
    workers: int,
    outlets_dir: str | None = None,
    sites_url: str | None = None,
    batch_size: int = 64,
    in_flight: int | None = None,
) -> Iterator[tuple[list[dict], dict]]:
    """(chunk, prepared batch) for every chunk, in input order.

    workers=0 prepares in this process. Otherwise a pool of `workers` processes does the work
    while this process keeps reading; no more than `in_flight` chunks are submitted and not yet
    consumed, so the input is never read far ahead of the writer.
    """
    if workers <= 0:
        _init_worker(outlets_dir, sites_url)
        for chunk in chunks:
            yield chunk, _prepare_chunk(chunk, batch_size)
        return
    limit = max(1, in_flight or 4 * workers)
    pending: deque[tuple[list[dict], Future]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker,
                             initargs=(outlets_dir, sites_url)) as pool:
        try:
            for chunk in chunks:
                pending.append((chunk, pool.submit(_prepare_chunk, chunk, batch_size)))
                if len(pending) >= limit:
                    done_chunk, future = pending.popleft()
                    yield done_chunk, future.result()
            while pending:
                done_chunk, future = pending.popleft()
                yield done_chunk, future.result()
        finally:
            for _, future in pending:
                future.cancel()


# ------------------------------------------------------------------------------------------ reading


def stored_lines(con, outlet: str | None = None) -> Iterator[dict]:
    """The newest stored page of every canonical URL as a spool line (what `prepare` takes)."""
    from pilkada import warehouse as wh

    for canonical_url, outlet_name, html, fetched_at in wh.raw_pages(con, outlet):
        if html is None:
            continue
        yield {"kind": "page", "outlet": outlet_name, "url": canonical_url, "canonical_url": canonical_url,
               "fetched_at": fetched_at.isoformat() if hasattr(fetched_at, "isoformat") else str(fetched_at),
               "http_status": 200, "content_hash": hashlib.sha256(html.encode("utf-8")).hexdigest(),
               "body": html}


def chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ------------------------------------------------------------------------------------------ the job


def reextract(
    con,
    outlet: str | None = None,
    workers: int = 1,
    batch_size: int = 64,
    chunk: int = 25,
    commit_every: int = 200,
    outlets_dir: str | None = None,
    in_flight: int | None = None,
    on_chunk: Callable[[dict], None] | None = None,
) -> dict:
    """Clean and extract every stored page again through `con` (a write connection); returns counts.

    Workers take `chunk` pages at a time (small tasks keep both workers busy to the end); the
    prepared articles are loaded in transactions of about `commit_every` pages (large ones keep
    load_batch's fixed cost per call low).

    Counts: pages (read), articles (prepared), articles_new / _updated / _unchanged (load_batch's),
    failures (pages that gave no article: empty after cleaning, or cleaning failed), words (of the
    cleaned texts), transactions, seconds, pages_per_second, first_chunk_seconds and
    steady_pages_per_second (the rate once the first chunk is in, i.e. without the workers'
    start-up), rss_kb (peak resident memory of this process and of the largest worker).
    """
    from pilkada import warehouse as wh

    started = time.perf_counter()
    totals: Counter = Counter({key: 0 for key in ("pages", "articles", "words", "transactions", *COUNT_KEYS)})
    worker_rss = 0
    first_chunk = None  # (seconds, pages) when the first chunk came back: worker start-up ends there
    pending: dict = {"pages": 0, "articles": [], "failures": []}

    def load() -> None:
        if not pending["pages"]:
            return
        batch = {"articles": pending["articles"], "failures": pending["failures"]}  # pages are stored already
        counts = wh.load_batch(con, batch)
        totals["pages"] += pending["pages"]
        totals["articles"] += len(batch["articles"])
        totals["words"] += sum(a.get("word_count") or 0 for a in batch["articles"])
        totals.update({key: counts.get(key, 0) for key in COUNT_KEYS if key != "failures"})
        totals["failures"] += len(batch["failures"])
        totals["transactions"] += 1
        pending.update(pages=0, articles=[], failures=[])
        if on_chunk:
            on_chunk(dict(totals))

    chunks = chunked(stored_lines(con, outlet), chunk)
    for lines, batch in parallel_prepare(chunks, workers, outlets_dir, None, batch_size, in_flight):
        worker_rss = max(worker_rss, batch.pop("worker_rss_kb", 0))
        if first_chunk is None:
            first_chunk = (time.perf_counter() - started, len(lines))
        pending["pages"] += len(lines)
        pending["articles"].extend(batch["articles"])
        pending["failures"].extend(batch["failures"])
        if pending["pages"] >= commit_every:
            load()
    load()
    seconds = time.perf_counter() - started
    result = dict(totals)
    result["seconds"] = round(seconds, 3)
    result["pages_per_second"] = round(totals["pages"] / seconds, 1) if seconds > 0 else 0.0
    result["workers"] = workers
    if first_chunk and totals["pages"] > first_chunk[1] and seconds > first_chunk[0]:
        result["first_chunk_seconds"] = round(first_chunk[0], 3)
        result["steady_pages_per_second"] = round((totals["pages"] - first_chunk[1]) / (seconds - first_chunk[0]), 1)
    result["rss_kb"] = {"main": _vm_hwm(), "largest_worker": worker_rss if workers > 0 else 0}
    return result
