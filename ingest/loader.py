"""Ingest: spooled pages → clean text → extraction → one warehouse transaction per batch.

`prepare` is shared with `pilkada reextract` (ingest/reextract.py), which runs it over stored pages.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pilkada.crawler.declarations import Outlet, load_outlets
from pilkada.errors import JobFailed
from pilkada.ingest.faults import checkpoint
from pilkada.ingest.spool import (FINISH_LINE, PERSONS_PENDING, SPOOLED_LINE, claim, pending_batches, read_batch,
                                   release_claims, remove_stale_temporaries, unclaimed)

log = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 40  # shorter than any news report; what cleaning leaves of a page without its article
# With workers, a transaction loads this many spooled batches and waits for them to be prepared (or
# MERGE_WAIT_SECONDS since the last one): each transaction re-derives the events and persons of every place
# its articles touch, and a batch alone per transaction (the workers are the slower side) made that the
# writer's largest cost.
MERGE_BATCHES = 4
MERGE_WAIT_SECONDS = 3.0
# Once this many batches wait, spooled or in the workers (fetching outran them), a transaction takes up to
# BACKLOG_MERGE: the derivations cost more per transaction as the warehouse grows (10,000 pages: 0.5 s). 16
# cut the writer further (18 s against 27 s of CPU at 10,000) but took the crawl's peak RSS to 1.28x the 1,000-page one.
BACKLOG_BATCHES = 16
BACKLOG_MERGE = 8
# The persons of the places a transaction's articles touch are derived again every PERSONS_EVERY articles and
# when loading ends, not in every transaction: re-clustering every name of those places grows with the warehouse
# (at 10,000 pages it was half of the writer's CPU, 13 of 28 s). The articles loaded but not yet derived are
# listed in the spool (PERSONS_PENDING) before their transaction commits, so a loader killed in between leaves
# them to the next one.
PERSONS_EVERY = 2_000
HOLD_SECONDS = 2.0  # the longest a loader with batches in its workers keeps the warehouse between transactions
DRAIN_HOLD_SECONDS = 10.0  # the same once fetching has ended: a checkpoint costs more as the warehouse grows
# A pilkada reader that found the file held asks for it (it touches `<warehouse>.waiting`, warehouse.waiting_path):
# the loader then lets go after its next transaction once it has held the file this long. Holding the file longer
# unasked (until asked while fetching; 10 s while waiting for the workers after fetching) kept the writer's DuckDB
# cache longer: the loader's peak RSS at 10,000 pages went from 285-305 to 343-371 MB, for no CPU measurable
# beside the noise.
ASKED_HOLD_SECONDS = 2.0
# With workers, the writer's connection runs DuckDB on one thread: the other cores are the workers', and a
# transaction's statements are small (a second thread's start and hand-offs cost more than they save: writer CPU
# over 1,000 prepared pages 1.38 -> 1.26 s, no slower). The final persons derivation, once the workers are done,
# gets every thread back.
WRITER_THREADS = 1
# DuckDB's memory in the writer of a crawl and of `pilkada reextract` (SET memory_limit): at least WRITER_MEMORY_MB,
# or half the warehouse file's size when that is more (its unique indexes, which DuckDB keeps in memory, grow with
# it). Without a limit DuckDB kept up to 80 % of the machine's memory, its cache of a warehouse that grows all crawl
# long: the loader's RSS at the crawl's peak was 243-279 MB at 10,000 pages against 150-164 at 1,000; with 128 MB,
# 211-212 against 113-133. 96 MB cost the writer 12 % more CPU (evicted blocks read again), 128 MB nothing
# measurable. A transaction DuckDB cannot fit is rolled back and loaded again with twice the memory, up to
# WRITER_MEMORY_MAX_MB.
WRITER_MEMORY_MB = 128
WRITER_MEMORY_MAX_MB = 16 * 1024
# The niceness the crawl's fork server takes once it has built the pipeline (set by the crawl's loader).
FORKSERVER_NICENESS = "PILKADA_FORKSERVER_NICENESS"
COUNT_KEYS = ("pages", "articles_new", "articles_updated", "articles_unchanged", "failures", "skipped")


def published_day(value: str | None) -> dt.date | None:
    """The day of a cleaned page's publication timestamp ('2024-09-18T08:00:00+07:00' -> 2024-09-18), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def prepare(lines: list[dict], outlets: dict[str, Outlet], batch_size: int = 64) -> dict:
    """The ingest step, one entry for every route (the crawl's loader, Scrapyd's close, `pilkada load`,
    `pilkada reextract`, the bench): spooled lines -> the batch `pilkada.warehouse.load_batch` takes, its
    pages cleaned (`clean_lines`) and its articles extracted (`extract_articles`)."""
    batch = clean_lines(lines, outlets)
    extract_articles(batch["articles"], batch_size)
    return batch


def clean_lines(lines: list[dict], outlets: dict[str, Outlet]) -> dict:
    """Spooled lines -> pages, articles (cleaned, not yet extracted), failures and skips; a page whose cleaning
    fails or leaves fewer than MIN_ARTICLE_WORDS words becomes a failure."""
    from pilkada.extract import EXTRACTOR_VERSION, clean_html

    pages, articles, failures, skipped = [], [], [], []
    for line in lines:
        kind = line.get("kind")
        if kind == "failure":
            failures.append({k: line.get(k) for k in ("run_id", "outlet", "url", "reason", "http_status", "detail", "failed_at")})
            continue
        if kind == "skipped":
            skipped.append({k: line.get(k) for k in ("run_id", "outlet", "url", "reason")})
            continue
        outlet = outlets.get(line["outlet"])
        rules = outlet.cleanup_rules() if outlet else {}
        pages.append({
            "outlet": line["outlet"], "url": line["url"], "canonical_url": line["canonical_url"],
            "fetched_at": line["fetched_at"], "http_status": line["http_status"],
            "content_type": line.get("content_type"), "etag": line.get("etag"),
            "last_modified": line.get("last_modified"), "lastmod": line.get("lastmod"),
            "content_hash": line["content_hash"], "html": line["body"], "run_id": line.get("run_id"),
        })
        try:
            article = clean_html(line["body"], line["url"], **rules)
        except Exception as err:  # a page trafilatura cannot digest is recorded, never fatal
            failures.append(_failure(line, "extraction_error", f"{type(err).__name__}: {err}"))
            continue
        body_words = len(article.text.split())
        if body_words < MIN_ARTICLE_WORDS:
            # a template change (body loaded by script, moved container) leaves a few stray words: recording
            # them as the article would overwrite its good text, so the page counts as one without text
            failures.append(_failure(line, "empty_body", f"no article text after cleaning ({body_words} words)"))
            continue
        title = (article.title or "").strip()
        text = f"{title}\n\n{article.text}" if title else article.text
        articles.append({
            "canonical_url": line["canonical_url"], "outlet": line["outlet"], "title": title or None,
            "author": article.author, "published_on": article.published, "text": text,
            # the article's identity is its cleaned text: sidebars, ads and absolute links change with every
            # page view, and must not make an article look updated
            "language": article.language, "word_count": len(text.split()), "content_hash": content_hash(text),
            "extractor_version": EXTRACTOR_VERSION, "fetched_at": line["fetched_at"], "run_id": line.get("run_id"),
        })
    return {"pages": pages, "articles": articles, "failures": failures, "skipped": skipped}


def extract_articles(articles: list[dict], batch_size: int = 64) -> None:
    """Each cleaned article's extraction `record` and `extractor_version`, set in place, through nlp.pipe."""
    from pilkada.extract.pipeline import extract_records
    from pilkada.ingest.config import ner_backend, ner_model_path

    records = extract_records(((a["text"], published_day(a["published_on"])) for a in articles),
                              batch_size=batch_size, ner_backend=ner_backend(), model_path=ner_model_path())
    for article, record in zip(articles, records):
        article["record"] = record
        article["extractor_version"] = record["extractor_version"]


def _failure(line: dict, reason: str, detail: str) -> dict:
    return {"run_id": line.get("run_id"), "outlet": line["outlet"], "url": line.get("canonical_url") or line["url"], "reason": reason,
            "http_status": line.get("http_status"), "detail": detail[:300], "failed_at": line.get("fetched_at")}


class SpoolWaiting(JobFailed):
    """The warehouse stayed busy: batches remain in the spool, safe, for the next run or `pilkada load`."""


def writer_memory_mb(warehouse: str | os.PathLike) -> int:
    """The memory limit (MB) a writer starts with: WRITER_MEMORY_MB, or half the file when larger."""
    try:
        size = os.path.getsize(warehouse)
    except OSError:  # not created yet
        size = 0
    return max(WRITER_MEMORY_MB, size // (2 * 1024 * 1024))


class GrowingMemory:
    """DuckDB's memory limit on a writer's connection: `megabytes` at first, twice as much each time a transaction
    did not fit (rolled back, then run again), up to WRITER_MEMORY_MAX_MB."""

    def __init__(self, megabytes: int) -> None:
        self.megabytes = megabytes

    def apply(self, con) -> None:
        con.execute(f"SET memory_limit = '{self.megabytes}MB'")

    def run(self, con, action: Callable):
        """`action()`, a transaction (committed whole or not at all) or a read, again with more memory while it does
        not fit."""
        import duckdb

        while True:
            try:
                return action()
            except duckdb.OutOfMemoryException as err:
                if self.megabytes * 2 > WRITER_MEMORY_MAX_MB:
                    raise
                self.megabytes *= 2
                log.warning("the warehouse's writer needed more memory (%s); loading again with %d MB",
                            str(err).splitlines()[0], self.megabytes)
                self.apply(con)


def connect_when_free(warehouse, wait: float | None = None, read_only: bool = False, migrated: bool = False):
    """A connection (for writing unless read_only); while another process holds the file the other way, wait
    and retry (DuckDB has one writer and no readers beside it). migrated: as `pilkada.warehouse.connect`'s."""
    from pilkada import warehouse as wh

    wait = float(os.environ.get("PILKADA_LOCK_WAIT", 120)) if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.1
    while True:
        try:
            return wh.connect(warehouse, read_only=read_only, migrated=migrated)
        except wh.WarehouseBusy as err:
            if time.monotonic() + delay > deadline:
                raise SpoolWaiting(str(err)) from None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def ingest_spool(
    warehouse: str | os.PathLike,
    spool: str | os.PathLike,
    outlets_dir: str | None = None,
    sites_url: str | None = None,
    on_batch=None,
    workers: int = 0,
    finished: Callable[[], bool] | None = None,
    poll: float = 0.2,
    wake=None,
) -> dict:
    """Load every pending batch, oldest first, whole batches per transaction, files deleted after the commit.

    workers=0 cleans and extracts in this process; with N, N worker processes (`pilkada reextract`'s,
    forked with the pipeline built) prepare up to 2N + 2 batches ahead while this process, the only
    writer, loads them in spool order, MERGE_BATCHES in one transaction (waiting up to MERGE_WAIT_SECONDS
    for them to be prepared).
    `finished`, for a loader beside a running crawl, says when fetching has ended: until then new
    batches are waited for; without it, what is pending is loaded. `wake` (a threading.Event), set when the
    crawl has spooled a batch or finished fetching, ends the loader's waits at once instead of after `poll`
    seconds; the workers' finished batches set it too. Batches are claimed before they are
    read (ingest/spool.py), so a loader left over from a killed crawl and this one never trip over
    each other's files.
    """
    from collections import deque
    from concurrent.futures import TimeoutError as FutureTimeout

    pool = None
    if workers > 0:  # first: the fork server builds the pipeline (about a second) while this process goes on
        from pilkada.ingest.reextract import worker_pool

        pool = worker_pool(workers, outlets_dir, sites_url)
        if os.environ.get(FORKSERVER_NICENESS, "").isdigit() and not (finished and finished()):
            with contextlib.suppress(OSError):
                os.nice(int(os.environ[FORKSERVER_NICENESS]))
    from pilkada import warehouse as wh

    directory = Path(spool)
    remove_stale_temporaries(directory)
    release_claims(directory)
    totals: Counter = Counter()
    reasons: Counter = Counter()
    outlets = load_outlets(outlets_dir, sites_url) if workers <= 0 else None
    queue: deque = deque()  # (claimed path, future of its prepared batch, or None when prepared here)
    ahead = 2 * workers + 2 if pool else 1  # enough ready behind the head to merge
    con = None
    held_since = 0.0
    last_load = time.monotonic()

    waiting = wh.waiting_path(warehouse)
    migrated = False  # once this loader has migrated the file, opening it again skips the schema check
    memory = GrowingMemory(writer_memory_mb(warehouse))

    def connect():
        nonlocal con, held_since, migrated
        con = connect_when_free(warehouse, migrated=migrated)
        migrated = True
        if pool is not None:
            con.execute(f"SET threads = {WRITER_THREADS}")
        memory.apply(con)
        held_since = time.monotonic()
        return con

    def release_connection():
        nonlocal con
        if con is not None:  # between batches the file is free for readers
            con.close()
            con = None
            waiting.unlink(missing_ok=True)

    def held_long_enough(longest: float) -> bool:
        held = time.monotonic() - held_since
        return held > longest or (held > ASKED_HOLD_SECONDS and waiting.exists())

    persons = _PersonsPending(directory)

    def wait_for_news() -> None:
        if wake is None:
            time.sleep(poll)
            return
        wake.wait(poll)
        wake.clear()  # before the spool and the batches are looked at again: what happens from now on sets it again

    def submit(pending: list[Path], merge: int) -> bool:
        """Claim and queue pending batches while the queue has room; whether some were left for later."""
        for path in pending:
            if len(queue) >= max(ahead, merge + workers if pool is not None else 1):
                return True
            claimed = claim(path)
            if claimed is not None:
                task = pool.submit(_prepare_spooled, str(claimed)) if pool else None
                if task is not None and wake is not None:
                    task.add_done_callback(lambda _: wake.set())
                queue.append((claimed, task))
        return False

    try:
        while True:
            done = finished is None or finished()  # read before listing: a batch spooled before the end is seen
            pending = pending_batches(directory)
            backlog = pool is not None and len(pending) + len(queue) >= BACKLOG_BATCHES
            merge = BACKLOG_MERGE if backlog else MERGE_BATCHES
            left_behind = submit(pending, merge)
            if not queue:
                if done:
                    if pool is not None:  # nothing is left for the workers: they and the fork server end
                        pool.shutdown(wait=False)  # while the persons are derived, not after
                    if persons.ids:
                        if con is None:
                            connect()
                        con.execute("RESET threads")  # the workers are done: the tail has every core
                        memory.run(con, lambda: persons.derive(con))
                    break
                release_connection()
                wait_for_news()
                continue
            if pool is not None and time.monotonic() - last_load < MERGE_WAIT_SECONDS:
                ready = 0
                while ready < len(queue) and queue[ready][1].done():
                    ready += 1
                # The last round: every batch is queued and a worker has none left to prepare. The core it leaves loads
                # what is ready and derives the persons of what is loaded, instead of leaving it all to the end. (Not a
                # checkpoint: the close costs the same after one, 0.1 s at 1,000 pages, whatever the WAL holds; it grows
                # with the tables the last batch adds to.)
                last_round = done and not left_behind and sum(not task.done() for _, task in queue) < workers
                if ready < merge and (ready < len(queue) or not done) and not (last_round and ready):
                    if last_round and persons.ids:
                        if con is None:
                            connect()
                        memory.run(con, lambda: persons.derive(con))
                        continue
                    if con is not None and held_long_enough(DRAIN_HOLD_SECONDS if done else HOLD_SECONDS):
                        release_connection()
                    if ready < len(queue) and wake is None:
                        try:
                            queue[ready][1].result(timeout=poll)
                        except FutureTimeout:
                            pass
                        except Exception:  # raised again where the batch is loaded
                            pass
                    else:  # with `wake`, a batch finished or newly spooled ends the wait
                        wait_for_news()
                    continue
            group, batches = [], []  # the head batch, and those ready behind it: one transaction
            while queue and len(group) < merge:
                claimed, task = queue[0]
                if task is not None:
                    try:
                        batch = task.result(timeout=None if done and not group else (0 if group else poll))
                    except FutureTimeout:
                        break
                else:
                    try:
                        batch = prepare(read_batch(claimed), outlets)
                    except FileNotFoundError:  # another loader finished it
                        batch = None
                queue.popleft()
                group.append(claimed)
                if batch is not None:
                    batches.append(batch)
                if task is None:
                    break
            if not batches:
                if not group and con is not None and held_long_enough(HOLD_SECONDS):
                    release_connection()
                continue
            batch = {key: [item for b in batches for item in b[key]]
                     for key in ("pages", "articles", "failures", "skipped")}
            if pool is not None:  # the workers go on with the next batches while this transaction runs
                submit(pending, merge)
            if con is None:
                try:
                    connect()
                except SpoolWaiting as err:
                    for claimed in group:
                        queue.appendleft((claimed, None))  # released in `finally`
                    left = len(pending_batches(directory)) + len(queue)
                    raise SpoolWaiting(f"{err}; {left} crawled batch(es) wait safely in {directory} and load on the "
                                       f"next crawl or with `pilkada load`") from None
            def before_commit():
                persons.note(con, batch["articles"])
                checkpoint("commit")

            counts = memory.run(con, lambda: wh.load_batch(con, batch, before_commit=before_commit,
                                                           derive_persons=False))
            if len(persons.ids) >= PERSONS_EVERY:
                memory.run(con, lambda: persons.derive(con))
            last_load = time.monotonic()
            for claimed in group:
                checkpoint("loaded")
                claimed.unlink(missing_ok=True)
            totals.update({k: counts.get(k, 0) for k in COUNT_KEYS if k not in ("pages", "failures", "skipped")})
            totals["pages"] += len(batch["pages"])
            totals["failures"] += len(batch["failures"])
            totals["skipped"] += len(batch["skipped"])
            reasons.update(f["reason"] for f in batch["failures"])
            if on_batch:
                on_batch(group[-1], counts)
            # readers get the file when the loader idles, and while it works as the holds above say: closing
            # checkpoints and reopening costs more than loading a batch
            if done and not queue and persons.ids and not waiting.exists() and not pending_batches(directory):
                continue  # the final persons derivation follows at once: closing (a checkpoint) and reopening cost 0.1 s
            if not queue or queue[0][1] is None or held_long_enough(DRAIN_HOLD_SECONDS if done else HOLD_SECONDS):
                release_connection()
    finally:
        release_connection()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        for claimed, _ in queue:  # not loaded: back in the spool for the next loader
            with contextlib.suppress(FileNotFoundError):
                os.rename(claimed, unclaimed(claimed))
    result = dict(totals)
    result["failures_by_reason"] = dict(reasons)
    return result


class _PersonsPending:
    """The articles loaded whose places' persons are not derived yet, kept in memory and in the spool's
    PERSONS_PENDING file (ids, one per line), which is written before the transaction loading them commits
    and removed once their derivation has committed: whatever stops a loader, the next one derives them."""

    def __init__(self, directory: Path):
        self.path = directory / PERSONS_PENDING
        try:
            self.ids = {int(line) for line in self.path.read_text(encoding="ascii").split()}
        except (FileNotFoundError, ValueError):
            self.ids = set()

    def note(self, con, articles: list[dict]) -> None:
        """Called inside the loading transaction: these articles' ids (new ones included) join the file."""
        urls = sorted({a["canonical_url"] for a in articles})
        if not urls:
            return
        self.ids |= {row[0] for row in con.execute(
            "SELECT article_id FROM articles WHERE canonical_url IN (SELECT unnest($urls::VARCHAR[]))",
            {"urls": urls}).fetchall()}
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "w", encoding="ascii") as handle:
            handle.write("".join(f"{i}\n" for i in sorted(self.ids)))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def derive(self, con) -> None:
        from pilkada.warehouse.write import refresh_persons_of

        refresh_persons_of(con, sorted(self.ids))
        self.ids.clear()
        self.path.unlink(missing_ok=True)


def _prepare_spooled(path: str) -> dict | None:
    """In a worker: the claimed batch prepared, its pages' HTML compressed here rather than in the writer."""
    from pilkada.ingest.reextract import prepare_spooled
    from pilkada.warehouse.values import compress_html

    batch = prepare_spooled(path)
    if batch is not None:
        for page in batch["pages"]:
            html = page.pop("html", None)
            page["html_compressed"] = compress_html(html) if html is not None else None
    return batch


# ------------------------------------------------------------------------------------------ the crawl's loader

def loader_main(argv: list[str] | None = None) -> int:
    """The crawl's loader process (started by `pilkada crawl`, see crawler/crawl.py).

    argv[0] is a JSON object: warehouse, spool, outlets_dir, sites_url, parent (the crawl's PID),
    workers, niceness. The crawl writes `finish` on stdin once fetching has ended; the loader then
    loads what is left and prints its counts as one JSON line. Stdin closing without `finish` means the
    crawl is gone: the loader exits at once (the kernel also kills it with the crawl, PR_SET_PDEATHSIG).
    """
    import json
    import sys
    import threading

    from pilkada.ingest import faults
    from pilkada.ingest.reextract import die_with_parent

    config = json.loads((argv or sys.argv[1:])[0])
    die_with_parent()
    if os.getppid() != config["parent"]:
        return 1  # the crawl died before this process could ask to die with it
    faults.kill_also = config["parent"]  # a fault injected here stands for kill -9 of the whole crawl
    if config.get("niceness"):
        # Fetching first: cleaning and extraction take the CPU it leaves. The fork server builds the pipeline at
        # the crawl's priority and lowers its own after (its workers inherit it); this process lowers its own once
        # it has started the fork server. Started at niceness 10, the build waited behind any other busy process.
        os.environ[FORKSERVER_NICENESS] = str(config["niceness"])
    finish = threading.Event()
    wake = threading.Event()

    def watch_stdin() -> None:
        for line in sys.stdin:
            said = line.strip()
            if said == SPOOLED_LINE:
                wake.set()
            elif said == FINISH_LINE:
                if config.get("niceness"):
                    restore_priority(config["parent"])
                finish.set()
                wake.set()
                return
        os._exit(1)  # the crawl closed the pipe without asking to finish: it is gone

    threading.Thread(target=watch_stdin, daemon=True).start()
    try:
        counts = ingest_spool(config["warehouse"], config["spool"], config.get("outlets_dir"), config.get("sites_url"),
                              workers=config.get("workers", 0), finished=finish.is_set, wake=wake)
        message = {"counts": counts}
    except SpoolWaiting as err:
        message = {"waiting": str(err)}
    except BaseException as err:  # reported to the crawl; the batches stay spooled
        message = {"error": f"{type(err).__name__}: {err}"}
    print("pilkada-loader: " + json.dumps(message), flush=True)  # crawl.LOADER_REPORT
    return 0


def restore_priority(parent: int) -> int:
    """Fetching has ended: this loader, its fork server and its workers (every thread of each) go back to the
    crawl's own niceness, so that draining the spool is not the machine's lowest priority. Lowering a niceness
    again needs root or RLIMIT_NICE: elsewhere they stay where they are. The number of threads reniced."""
    try:
        target = os.getpriority(os.PRIO_PROCESS, parent)
    except OSError:  # the crawl is gone: this loader is about to go too
        return 0
    reniced = 0
    for pid in (os.getpid(), *_descendants(os.getpid())):
        try:
            threads = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in threads:
            try:
                if os.getpriority(os.PRIO_PROCESS, int(tid)) > target:
                    os.setpriority(os.PRIO_PROCESS, int(tid), target)
                    reniced += 1
            except OSError:  # not allowed to lower it, or the thread ended meanwhile
                pass
    return reniced


def _descendants(root: int) -> list[int]:
    """The live processes below `root` (its children, theirs, ...), read from /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        children.setdefault(int(text[text.rindex(")") + 2:].split()[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def run_counts(counts: dict) -> dict:
    """What `ingest_spool` counted, as a crawl run's row records it (warehouse.finish_run)."""
    return {
        "pages_fetched": counts.get("pages", 0),
        "articles_new": counts.get("articles_new", 0),
        "articles_updated": counts.get("articles_updated", 0),
        "articles_unchanged": counts.get("articles_unchanged", 0),
        "skipped": counts.get("skipped", 0),
        "failed": sum(counts.get("failures_by_reason", {}).values()),
        "failures_by_reason": counts.get("failures_by_reason", {}),
    }


def content_hash(text: str) -> str:
    """An article's identity: sha256 hex of its cleaned text."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
