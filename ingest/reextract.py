"""Re-extract stored pages in parallel: one reader-writer process, N cleaning and extraction workers.

The main process reads the newest stored page of every article out of the warehouse (the pages
`pilkada.warehouse.raw_pages` gives, a group at a time), cuts them into small
chunks, hands each chunk to a worker process that runs `pilkada.ingest.loader.prepare`
(trafilatura cleaning, then the spaCy pipeline through `nlp.pipe`), and loads the results with
`pilkada.warehouse.load_batch` (pages omitted: they are stored already), one transaction per
`commit_every` pages. DuckDB allows one writer, so only the main process touches the file. The
workers are forked from a fork server that imported spaCy and built the pipeline once. At most
`in_flight` chunks (default four per worker) are out at any time and results are loaded in the
order the pages were read: memory stays flat however large the warehouse, and the rows written do
not depend on the number of workers.

`parallel_prepare(chunks, ...)` is the reusable part: any iterator of spool-line chunks in,
prepared batches out, in order (the crawl's ingest can use it the same way).
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import resource
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

COUNT_KEYS = ("articles_new", "articles_updated", "articles_unchanged", "failures")

# ------------------------------------------------------------------------------------------ workers

_WORKER: dict = {}
# Set only in the environment of the fork server this module starts: there, importing this module
# builds the pipeline once, and every worker forked from it starts with it built (and shares its
# memory until written to) instead of importing spaCy and building the tokenizer on its own.
_PRELOAD_ENV = "PILKADA_REEXTRACT_PRELOAD"


def _ner_backend() -> str | None:
    """The NER backend `prepare` extracts with (the pipeline's default), None for rules only."""
    from pilkada.ingest.config import ner_backend

    return ner_backend()


def _build_pipeline(backend: str | None) -> None:
    from pilkada.extract.clean import clean_html  # noqa: F401  (imports trafilatura and lxml now)
    from pilkada.extract.pipeline import build_pipeline
    from pilkada.ingest.config import ner_model_path

    build_pipeline(backend, ner_model_path())


PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = 9) -> None:
    """Ask the kernel to send `sig` (SIGKILL) to this process when its parent dies, whatever kills the
    parent: a worker, the fork server or a loader must never outlive the job it works for (Linux
    prctl; a no-op elsewhere)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _warm(backend: str | None) -> None:
    """Run the pipeline once over one sentence: the gazetteer and the rules' other lazy tables load here, in the
    fork server, once, instead of in every worker on its first page (about 0.4 s each)."""
    from pilkada.extract.pipeline import extract_records
    from pilkada.ingest.config import ner_model_path

    list(extract_records([("Bupati Jombang Warsubi menghadiri rapat KPU Kabupaten Kediri pada 3 Desember 2024 "
                           "sesuai UU Nomor 10 Tahun 2016.", None)], ner_backend=backend, model_path=ner_model_path()))


def _leave_out_spacy_command_line() -> None:
    """In the fork server, before spaCy is imported: `import spacy` imports its command line (`spacy.cli`: typer,
    weasel, httpx, requests; about 300 modules) only to offer `spacy.info`, 0.13-0.15 s of the server's second of CPU
    before any worker can start. The server and its workers run pipelines, never spaCy's commands: they get an
    empty `spacy.cli` whose `info` says where to find it. Nothing of spaCy's registry is declared there."""
    import sys
    import types

    if "spacy" in sys.modules:
        return

    def info(*args, **kwargs):
        raise RuntimeError("spacy.info is not loaded in pilkada's extraction workers; run `python -m spacy info`")

    command_line = types.ModuleType("spacy.cli", "spaCy's command line, left out of pilkada's extraction workers")
    command_line.__path__ = []
    info_module = types.ModuleType("spacy.cli.info")
    info_module.info = info
    command_line.info = info_module
    sys.modules.update({"spacy.cli": command_line, "spacy.cli.info": info_module})


def _alive(pid: int) -> bool:
    """The process runs: a killed starter waiting to be reaped (a zombie) answers kill(pid, 0) but is dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - another user's process
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):  # pragma: no cover - no /proc
        return True
    return state not in ("Z", "X")


def _init_worker(outlets_dir: str | None, sites_url: str | None) -> None:
    """Runs once in each worker: load the declarations and build the pipeline before the first chunk
    (a no-op for the pipeline when the fork server built it already)."""
    from pilkada.crawler.declarations import load_outlets

    die_with_parent()
    if os.getppid() == 1:  # the fork server died before the kernel was asked: nobody would ever end this worker
        os._exit(0)
    starter = multiprocessing.parent_process()  # the process that asked for this worker (the fork server's starter)
    if starter is not None and starter.pid and not _alive(starter.pid):
        os._exit(0)
    _build_pipeline(_ner_backend())
    _WORKER["outlets"] = load_outlets(outlets_dir, sites_url)


def _prepare_chunk(lines: list[dict], batch_size: int) -> dict:
    from pilkada.ingest.loader import prepare

    batch = prepare(lines, _WORKER["outlets"], batch_size=batch_size)
    batch["worker_rss_kb"] = _vm_hwm()
    batch["worker_pss_kb"] = _pss()
    batch["worker_cpu"] = (os.getpid(), time.process_time())
    return batch


def prepare_spooled(path: str, batch_size: int = 64) -> dict | None:
    """A worker's task in a crawl's loader: read one claimed spool batch and prepare it; None when the
    file is gone (another loader finished it)."""
    from pilkada.ingest.loader import prepare
    from pilkada.ingest.spool import read_batch

    try:
        lines = read_batch(Path(path))
    except FileNotFoundError:
        return None
    return prepare(lines, _WORKER["outlets"], batch_size=batch_size)


def _pss() -> int:
    """This process's proportional set size in KiB: resident memory, pages shared with the fork
    server and the other workers counted by their share. 0 where /proc is missing."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover - not Linux, or an old kernel
        pass
    return 0


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
    """forkserver with this module preloaded (the pipeline built once, in the server), else spawn.

    Never plain fork: the parent holds a DuckDB connection and its threads.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not POSIX
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    previous = os.environ.get(_PRELOAD_ENV)
    os.environ[_PRELOAD_ENV] = str(os.getpid())
    try:
        forkserver.ensure_running()  # started once per process, with the environment of this moment
    finally:
        if previous is None:
            os.environ.pop(_PRELOAD_ENV, None)
        else:
            os.environ[_PRELOAD_ENV] = previous
    return context


def worker_pool(workers: int, outlets_dir: str | None = None, sites_url: str | None = None) -> ProcessPoolExecutor:
    """`workers` cleaning and extraction processes, forked from the fork server with the pipeline built."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker,
                               initargs=(outlets_dir, sites_url))


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
    with worker_pool(workers, outlets_dir, sites_url) as pool:
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


if os.environ.get(_PRELOAD_ENV, "").isdigit() and multiprocessing.parent_process() is None:
    # this is the fork server: it goes with the process that started it (whose PID the variable holds), and
    # if that one died before the request took effect, it goes now rather than after building the pipeline
    die_with_parent()
    if os.getppid() != int(os.environ.pop(_PRELOAD_ENV)):  # the workers forked from here need not see it
        os._exit(0)
    _leave_out_spacy_command_line()
    try:
        _backend = _ner_backend()
        # torch (stanza) is not to be forked once initialised: with stanza each worker builds its own
        if _backend in (None, "spacy"):
            _build_pipeline(_backend)
            _warm(_backend)
        # a crawl's workers compress the pages' HTML (pilkada.warehouse.values, which imports DuckDB): imported
        # once here, not in every worker on its first batch
        import pilkada.warehouse.values  # noqa: F401
        # the pipeline, the rules' tables and the imported modules live as long as every worker: out of the
        # collector's view, a full collection in a worker no longer walks them (nor writes to pages it shares)
        gc.collect()
        gc.freeze()
    except Exception:  # pragma: no cover - each worker's initializer then builds it, and reports any error
        pass
    if os.environ.get("PILKADA_FORKSERVER_NICENESS", "").isdigit():  # a crawl's: its workers yield to fetching
        try:
            os.nice(int(os.environ["PILKADA_FORKSERVER_NICENESS"]))
        except OSError:  # pragma: no cover
            pass


# ------------------------------------------------------------------------------------------ reading


def stored_lines(con, outlet: str | None = None, chunk_size: int = 200, fetch=None) -> Iterator[dict]:
    """The newest stored page of every canonical URL as a spool line (what `prepare` takes).

    Read through `pilkada.warehouse.raw_pages`, which fetches each group of `chunk_size` pages whole:
    no result stays open while the caller writes, so DuckDB's automatic checkpoints keep running.
    """
    from pilkada.warehouse import raw_pages

    for canonical_url, outlet_name, html, fetched_at in raw_pages(con, outlet, chunk_size, fetch):
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
    memory=None,
) -> dict:
    """Clean and extract every stored page again through `con` (a write connection); returns counts.

    `memory` (an ingest.loader.GrowingMemory) runs each transaction again with more DuckDB memory when it did not
    fit; without it a transaction that does not fit raises DuckDB's OutOfMemoryException.

    Workers take `chunk` pages at a time (small tasks keep both workers busy to the end); the
    prepared articles are loaded in transactions of about `commit_every` pages (large ones keep
    load_batch's fixed cost per call low).

    Counts: pages (read), articles (prepared), articles_new / _updated / _unchanged (load_batch's),
    failures (pages that gave no article: empty after cleaning, or cleaning failed), words (of the
    cleaned texts), transactions, seconds, pages_per_second, first_chunk_seconds and
    steady_pages_per_second (the rate once the first chunk is in, i.e. without the workers'
    start-up), rss_kb (peak resident memory of this process and of the largest worker, and the
    largest worker's proportional share, since workers share the fork server's pages), and
    cpu_seconds of this process and of the workers together (with workers=0 all is "main").
    """
    from pilkada import warehouse as wh

    started = time.perf_counter()
    totals: Counter = Counter({key: 0 for key in ("pages", "articles", "words", "transactions", *COUNT_KEYS)})
    worker_rss = worker_pss = 0
    worker_cpu: dict[int, float] = {}
    first_chunk = None  # (seconds, pages) when the first chunk came back: worker start-up ends there
    pending: dict = {"pages": 0, "articles": [], "failures": []}

    def within_memory(action):
        return memory.run(con, action) if memory is not None else action()

    def load() -> None:
        if not pending["pages"]:
            return
        batch = {"articles": pending["articles"], "failures": pending["failures"]}  # pages are stored already
        counts = within_memory(lambda: wh.load_batch(con, batch, derive_persons=False))  # persons: once, at the end
        totals["pages"] += pending["pages"]
        totals["articles"] += len(batch["articles"])
        totals["words"] += sum(a.get("word_count") or 0 for a in batch["articles"])
        totals.update({key: counts.get(key, 0) for key in COUNT_KEYS if key != "failures"})
        totals["failures"] += len(batch["failures"])
        totals["transactions"] += 1
        pending.update(pages=0, articles=[], failures=[])
        if on_chunk:
            on_chunk(dict(totals))

    chunks = chunked(stored_lines(con, outlet, fetch=within_memory), chunk)
    for lines, batch in parallel_prepare(chunks, workers, outlets_dir, None, batch_size, in_flight):
        worker_rss = max(worker_rss, batch.pop("worker_rss_kb", 0))
        worker_pss = max(worker_pss, batch.pop("worker_pss_kb", 0))
        pid, cpu = batch.pop("worker_cpu", (0, 0.0))
        worker_cpu[pid] = max(worker_cpu.get(pid, 0.0), cpu)
        if first_chunk is None:
            first_chunk = (time.perf_counter() - started, len(lines))
        pending["pages"] += len(lines)
        pending["articles"].extend(batch["articles"])
        pending["failures"].extend(batch["failures"])
        if pending["pages"] >= commit_every:
            load()
    load()
    # every article reloaded: the persons of their places derived once rather than once per transaction (each
    # re-derived every name of every place it touched, a cost growing with the warehouse)
    from pilkada.warehouse.write import refresh_persons_of

    reloaded = [row[0] for row in con.execute(
        "SELECT article_id FROM articles" + (" WHERE outlet = ?" if outlet else ""), [outlet] if outlet else []
    ).fetchall()]
    within_memory(lambda: refresh_persons_of(con, reloaded))
    seconds = time.perf_counter() - started
    result = dict(totals)
    result["seconds"] = round(seconds, 3)
    result["pages_per_second"] = round(totals["pages"] / seconds, 1) if seconds > 0 else 0.0
    result["workers"] = workers
    own = resource.getrusage(resource.RUSAGE_SELF)
    result["cpu_seconds"] = {"main": round(own.ru_utime + own.ru_stime, 2),
                             "workers": round(sum(worker_cpu.values()), 2) if workers > 0 else 0.0}
    if first_chunk and totals["pages"] > first_chunk[1] and seconds > first_chunk[0]:
        result["first_chunk_seconds"] = round(first_chunk[0], 3)
        result["steady_pages_per_second"] = round((totals["pages"] - first_chunk[1]) / (seconds - first_chunk[0]), 1)
    result["rss_kb"] = {"main": _vm_hwm(), "largest_worker": worker_rss if workers > 0 else 0,
                        "largest_worker_pss": worker_pss if workers > 0 else 0}
    return result
