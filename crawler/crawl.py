"""A crawl: the declared outlets fetched politely by Scrapy, spooled, loaded by a background loader (ingest/),
and a summary of what happened. `pilkada crawl` and `pilkada demo` are thin layers over `crawl_outlets`."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass, fields
from pathlib import Path

from pilkada.errors import JobFailed

@dataclass
class CrawlOptions:
    """What a crawl is asked to do: the flags of `pilkada crawl` (see its --help), with their defaults."""

    outlet: list[str] | None = None
    db: str | None = None
    since: str | None = None
    until: str | None = None
    max_pages: int = 0
    full: bool = False
    sites: str | None = None
    outlets: str | None = None
    http_cache: bool = False
    contact: str | None = None
    delay: float | None = None
    timeout: float | None = None
    quiet: bool = False
    log_format: str = "text"
    redis: str | None = None
    job: str = "pilkada"
    partial_share: float | None = None

    @classmethod
    def from_namespace(cls, namespace) -> "CrawlOptions":
        """The options of parsed arguments (an argparse.Namespace holding the crawl's flags)."""
        return cls(**{f.name: getattr(namespace, f.name) for f in fields(cls) if hasattr(namespace, f.name)})


def crawl_outlets(args: CrawlOptions, paths, outlets) -> int:
    """Crawl `outlets` (name -> Outlet) into paths.warehouse, loading as it fetches; print the summary.

    0 when the run completed or was partial; JobFailed when nothing could be fetched, WarehouseLocked
    when another crawl holds the warehouse. With args.redis, fetch and spool only (a shared frontier)."""
    from pilkada.crawler.lock import CrawlLock

    if getattr(args, "redis", None):
        return crawl_shared(args, paths, outlets)
    lock = CrawlLock(paths.warehouse)
    lock.acquire()
    try:
        return _crawl(args, paths, outlets, lock)
    finally:
        lock.release()


def _crawl(args, paths, outlets, lock) -> int:
    say = _Reporter(quiet=args.quiet, json_lines=args.log_format == "json")
    # Batches a killed crawl left behind are loaded before anything else.
    leftover = _load_leftovers(paths, args.sites)
    if leftover.get("pages") or leftover.get("failures"):
        say.event("recovered", f"loaded {leftover.get('pages', 0)} pages left in the spool by an interrupted crawl",
                  **leftover)
    # Started before the warehouse is opened and Scrapy imported: its fork server builds the extraction
    # pipeline (about a second of CPU) on the other core meanwhile, so the workers are ready for the first
    # batch. It touches the warehouse only once a batch is spooled, after this process has let go of it.
    loader = BackgroundLoader(paths, args.sites)
    loader.start()
    # DuckDB and the warehouse's modules (0.06 s) are imported once the loader runs beside this process
    from pilkada import warehouse as wh
    from pilkada.ingest.loader import connect_when_free, ingest_spool, run_counts

    try:
        con = connect_when_free(paths.warehouse)
        try:
            interrupted = wh.mark_interrupted_runs(con)
            wh.upsert_outlets(con, [outlet_row(o) for o in outlets.values()])
            run_id = wh.start_run(con, sorted(outlets), sys.argv, os.getpid(), launcher="pilkada crawl")
            known = wh.crawl_state(con, sorted(outlets))
        finally:
            con.close()
    except BaseException:
        loader.abandon()
        raise
    from pilkada.ingest.faults import checkpoint

    checkpoint("start")
    if interrupted:
        say.event("interrupted_runs", f"{interrupted} earlier run(s) ended without finishing; resuming their work")

    known_file = write_known_state(paths.spool, known)
    started = dt.datetime.now()
    counts: dict = {}
    crawl_stats: dict = {}
    run = None
    try:
        try:
            crawl_stats = run_scrapy(args, paths, outlets, run_id, known_file, loader_pipe=loader.pipe())
        finally:
            fetch_seconds = (dt.datetime.now() - started).total_seconds()
            loaded = loader.finish(reap=False)
        counts = _add_counts(loaded, ingest_spool(paths.warehouse, paths.spool, paths.outlets_dir, args.sites))
        for name in outlets:  # a finished crawl needs no frontier; a killed one keeps it to resume
            shutil.rmtree(paths.jobdir / name, ignore_errors=True)
    finally:
        known_file.unlink(missing_ok=True)
        # this process migrated the file at the start and has held the crawl's lock since: no schema check again
        con = connect_when_free(paths.warehouse, migrated=True)
        layout: list[str] = []
        try:
            wh.add_outlet_tallies(con, run_id, crawl_stats.get("tallies", {}))
            if crawl_stats:
                run = wh.conclude_run(con, run_id, run_counts(counts), share=getattr(args, "partial_share", None))
            else:  # the crawl itself broke (an error is on its way up): what it did is kept, the run failed
                wh.finish_run(con, run_id, "failed", run_counts(counts))
            skipped_by_reason = dict(con.execute(
                "SELECT reason, count(*) FROM skipped_pages WHERE run_id = ? GROUP BY reason", [run_id]).fetchall())
            layout = _layout_warnings(con, outlets)  # on this connection: opening another costs 25 ms of the tail
        finally:
            con.close()
            loader.reap()
    summary = run_summary(run, skipped_by_reason, counts, outlets, paths.warehouse,
                          seconds=(dt.datetime.now() - started).total_seconds(), fetch_seconds=fetch_seconds)
    say.summary(summary)
    for warning in layout:
        say.warn(warning)
    if run["status"] == "failed":
        if summary["failed"]:
            raise JobFailed(f"nothing could be fetched ({summary['failed']} failures); see `pilkada status`")
        raise JobFailed("nothing could be fetched: no article found on any outlet")
    return 0


KNOWN_STATE = "known-{pid}.json"


def write_known_state(spool: Path, known: dict) -> Path:
    """The stored crawl state (what each outlet's articles were last seen with) for Scrapy's process, in a file
    beside the spool. A crawl killed before it removes the file leaves it there, where the next crawl removes it
    (the PID in its name is gone), rather than in /tmp for good: with every URL of a large warehouse it is megabytes."""
    spool.mkdir(parents=True, exist_ok=True)
    stale = [p for p in spool.glob(KNOWN_STATE.format(pid="*")) if p.stem.removeprefix("known-").isdigit()]
    if stale:
        from pilkada.warehouse.runs import pid_alive  # only then: importing DuckDB delayed the crawl's loader

        for path in stale:
            if not pid_alive(int(path.stem.removeprefix("known-"))):
                path.unlink(missing_ok=True)
    path = spool / KNOWN_STATE.format(pid=os.getpid())
    path.write_text(json.dumps(known), encoding="utf-8")
    return path


def exit_now(code: int):
    """End the `pilkada crawl` process once its crawl has returned: everything is stored, closed and reported by
    then, and the interpreter's teardown of Scrapy's and Twisted's objects cost 0.1-0.15 s of CPU after the
    summary, at the end of every crawl. Output is flushed first; `pilkada demo` goes on and does not call this."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


# skipped_pages reasons of articles not fetched because they had not changed; the others (before_since,
# after_until) were fetched and left out of the range asked for
NOT_FETCHED_REASONS = ("unchanged_lastmod", "not_modified")


def run_summary(run: dict, skipped_by_reason: dict, counts: dict, outlets, warehouse, seconds: float,
                fetch_seconds: float) -> dict:
    """The crawl summary, text and JSON alike: the run as recorded, plus what only this process timed."""
    not_fetched = sum(n for reason, n in skipped_by_reason.items() if reason in NOT_FETCHED_REASONS)
    out_of_range = sum(n for reason, n in skipped_by_reason.items() if reason not in NOT_FETCHED_REASONS)
    return {
        "run_id": run["run_id"], "outlets": sorted(outlets), "seconds": round(seconds, 1),
        "fetch_seconds": round(fetch_seconds, 2), "outcome": run["status"], "outcome_detail": run["outcome_detail"],
        "outlet_outcomes": {name: o["outcome"] for name, o in run["outlet_outcomes"].items()},
        "pages_fetched": run["pages_fetched"], "articles_new": run["articles_new"],
        "articles_updated": run["articles_updated"],
        # unchanged: fetched again with the same text, or not fetched at all because unchanged
        "articles_unchanged": (run["articles_unchanged"] or 0) + not_fetched,
        "not_fetched": not_fetched, "out_of_range": out_of_range, "skipped": run["skipped"],
        "failed": run["failed"], "failures_by_reason": run["failures_by_reason"], "warehouse": str(warehouse),
    }


def crawl_shared(args, paths, outlets) -> int:
    """One of several crawler processes sharing a Redis frontier: fetch and spool only; one loader writes DuckDB.

    The crawler processes of one --job share one crawl run: each joins it (briefly writing the warehouse) to stamp
    its pages with the run_id and to read the stored state, and leaves it with its tallies; `pilkada load` gives
    the run its outcome once every crawler has left."""
    from pilkada import warehouse as wh
    from pilkada.ingest.loader import SpoolWaiting, connect_when_free
    from pilkada.ingest.spool import pending_batches

    _check_redis(args.redis)
    me = wh.crawler_id()
    try:
        con = connect_when_free(paths.warehouse, wait=float(os.environ.get("PILKADA_LOCK_WAIT", 120)))
    except SpoolWaiting as err:
        raise JobFailed(f"cannot join the shared run of job {args.job!r}: {err}") from None
    try:
        wh.upsert_outlets(con, [outlet_row(o) for o in outlets.values()])
        run_id = wh.join_shared_run(con, args.job, sorted(outlets), sys.argv, me)
        known = {} if args.full else wh.crawl_state(con, sorted(outlets))
    finally:
        con.close()
    known_file = write_known_state(paths.spool, known)
    before = len(pending_batches(paths.spool))
    stats: dict = {}
    try:
        stats = run_scrapy(args, paths, outlets, run_id, known_file, redis_url=args.redis, job=args.job)
    finally:
        known_file.unlink(missing_ok=True)
        try:
            con = connect_when_free(paths.warehouse)
        except SpoolWaiting:
            con = None  # `pilkada load` drops a crawler of this host whose process is gone
        if con is not None:
            try:
                wh.leave_shared_run(con, run_id, me, stats.get("tallies", {}))
            finally:
                con.close()
    spooled = len(pending_batches(paths.spool)) - before
    print(f"crawler for job {args.job!r} (run {run_id}) done: {max(spooled, 0)} batch(es) spooled in {paths.spool}; "
          f"load them with: pilkada load --db {paths.warehouse}")
    return 0


def _check_redis(url: str) -> None:
    """A Redis that does not answer is one line and exit 1, not a Scrapy traceback per outlet."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except redis.RedisError as err:
        raise JobFailed(f"cannot reach Redis at {url}: {err}") from None


def _discard_unfinished_frontier(jobdir: Path) -> None:
    """Scrapy writes its disk queue's index (requests.queue/active.json) when a spider closes; after kill -9
    it is missing or torn and the queue cannot be opened. Such a frontier is dropped: the resumed crawl walks
    discovery again and skips what the warehouse already holds, so nothing is lost."""
    queue = jobdir / "requests.queue"
    if not queue.exists():
        return
    try:
        json.loads((queue / "active.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shutil.rmtree(jobdir, ignore_errors=True)


LOADER_NICENESS = 10
LOADER_REPORT = "pilkada-loader: "  # the prefix of the loader's one line of counts on its stdout


class BackgroundLoader:
    """Loads spooled batches while Scrapy fetches, in a process of its own with one worker process per core
    (cleaning and extraction at lower CPU priority take whatever Scrapy leaves), and drains the spool with
    every core once fetching ends. The loader and its workers die with the crawl, whatever kills it: the
    kernel kills the loader when this process dies (PR_SET_PDEATHSIG), its fork server and workers when
    it dies, and the loader also leaves when its stdin pipe from the crawl closes."""

    def __init__(self, paths, sites_url: str | None, niceness: int = LOADER_NICENESS):
        from pilkada.ingest.reextract import default_workers

        workers = int(os.environ.get("PILKADA_LOADER_WORKERS", default_workers()))
        self.config = {"warehouse": str(paths.warehouse), "spool": str(paths.spool),
                       "outlets_dir": str(paths.outlets_dir) if paths.outlets_dir else None,
                       "sites_url": sites_url, "parent": os.getpid(), "workers": workers, "niceness": niceness}
        self.process = None

    def start(self) -> None:
        import subprocess

        self.process = subprocess.Popen(
            [sys.executable, "-c",
             "import sys; from pilkada.ingest.loader import loader_main; sys.exit(loader_main())",
             json.dumps(self.config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, preexec_fn=_die_with_parent(),
        )

    def abandon(self) -> None:
        """The crawl stops before fetching: nothing was spooled, so the loader finishes at once and its fork
        server with it (told to finish rather than cut off, which would leave multiprocessing's resource
        tracker warning about the pool's semaphores on the user's terminal)."""
        try:
            self.finish()
        except Exception:  # the error on its way up is the one to report; batches, if any, stay spooled
            pass

    def finish(self, reap: bool = True) -> dict:
        """Tell the loader fetching has ended; its counts once the spool is drained. The loader has let go of the
        warehouse when it reports them; with `reap` False its exit (its interpreter's teardown, 30-40 ms) is waited
        for later, by `reap`, rather than at the end of the crawl's tail."""
        from pilkada.ingest.loader import SpoolWaiting
        from pilkada.ingest.spool import FINISH_LINE

        try:
            self.process.stdin.write(f"{FINISH_LINE}\n")
            self.process.stdin.close()
        except OSError:  # the loader died: whatever it did not load is still in the spool
            pass
        message: dict = {}
        for line in self.process.stdout:  # not read to EOF: the loader's helpers may hold the pipe a moment longer
            if line.startswith(LOADER_REPORT):
                message = json.loads(line[len(LOADER_REPORT):])
                break
        self.process.stdout.close()
        if reap:
            self.reap()
        if "waiting" in message:
            raise SpoolWaiting(message["waiting"])
        if "error" in message:
            raise RuntimeError(f"loading failed: {message['error']}")
        return message.get("counts", {})

    def pipe(self) -> int:
        """The file descriptor of the loader's stdin: the spool pipeline writes a line there for every batch it
        spools (ingest/spool.py SPOOLED_LINE), and the loader, instead of looking at the spool every 0.2 s, claims
        the batch at once (the first batch waited up to 0.2 s with both cores idle)."""
        return self.process.stdin.fileno()

    def reap(self) -> None:
        if self.process is not None:
            self.process.wait()


def _die_with_parent():
    """A preexec_fn for the loader: prctl(PR_SET_PDEATHSIG, SIGKILL), resolved before the fork."""
    import ctypes
    import signal

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - not Linux: the loader still watches its stdin
        return None
    return lambda: prctl(1, signal.SIGKILL, 0, 0, 0)


def _load_leftovers(paths, sites_url: str | None) -> dict:
    """Batches a killed crawl left behind (or claimed), loaded with every core before anything else."""
    from pilkada.ingest.spool import pending_batches

    if not paths.spool.is_dir() or not (pending_batches(paths.spool) or any(paths.spool.glob("*.claimed-*"))):
        return {}
    loader = BackgroundLoader(paths, sites_url, niceness=0)
    loader.start()
    return loader.finish()


def _add_counts(a: dict, b: dict) -> dict:
    total = {k: a.get(k, 0) + b.get(k, 0) for k in set(a) | set(b) if k != "failures_by_reason"}
    reasons = dict(a.get("failures_by_reason", {}))
    for reason, n in b.get("failures_by_reason", {}).items():
        reasons[reason] = reasons.get(reason, 0) + n
    total["failures_by_reason"] = reasons
    return total


def outlet_row(outlet) -> dict:
    return {"outlet": outlet.outlet, "name": outlet.name, "base_url": outlet.declared_base_url,
            "province_code": outlet.province_code}


# the libraries whose logs are for --debug only
QUIET_LOGGERS = ("scrapy", "twisted", "py.warnings", "trafilatura", "htmldate", "courlan", "filelock")


def run_scrapy(args, paths, outlets, run_id, known_file: Path, redis_url: str | None = None, job: str = "",
               loader_pipe: int | None = None) -> dict:
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "pilkada.crawler.settings")
    settings = get_project_settings()
    if settings.get("BOT_NAME") != "pilkada":
        settings.setmodule("pilkada.crawler.settings", priority="project")
    local = bool(args.sites)
    overrides = {
        "PILKADA_WAREHOUSE": str(paths.warehouse),
        "PILKADA_SPOOL": str(paths.spool),
        "PILKADA_RUN_ID": run_id,
        "PILKADA_SITES": args.sites or "",
        "PILKADA_OUTLETS": str(paths.outlets_dir) if paths.outlets_dir else "",
        "PILKADA_SINCE": args.since or "",
        "PILKADA_UNTIL": getattr(args, "until", None) or "",
        "PILKADA_MAX_PAGES": args.max_pages,
        "PILKADA_FULL": args.full,
        "PILKADA_KNOWN_FILE": str(known_file),
        "PILKADA_INGEST_ON_CLOSE": False,
        "PILKADA_PROGRESS": not args.quiet,
        "PILKADA_LOG_FORMAT": args.log_format,
        "PILKADA_LOADER_PIPE": -1 if loader_pipe is None else loader_pipe,
        "HTTPCACHE_ENABLED": args.http_cache,
        # failures are recorded and summarised; Scrapy's own log is for --debug
        "LOG_LEVEL": "DEBUG" if logging.getLogger().level == logging.DEBUG else "CRITICAL",
    }
    if args.contact:
        overrides["USER_AGENT"] = f"pilkada/0.1 (research crawler of Indonesian regional news; contact: {args.contact})"
    delay = args.delay if args.delay is not None else (0.0 if local else None)
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = delay
        if delay == 0:
            overrides["AUTOTHROTTLE_ENABLED"] = False
            overrides["PILKADA_RETRY_BACKOFF"] = 0.0
            overrides["CONCURRENT_REQUESTS_PER_DOMAIN"] = 8
    if args.timeout:
        overrides["DOWNLOAD_TIMEOUT"] = args.timeout
    if redis_url:
        overrides.update({
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "pilkada.crawler.shared_dupefilter.RedirectsPassDupeFilter",
            "SCHEDULER_PERSIST": True,
            "REDIS_URL": redis_url,
            "SCHEDULER_QUEUE_KEY": f"pilkada:{job}:%(spider)s:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"pilkada:{job}:%(spider)s:dupefilter",
            "PILKADA_SHARED_FRONTIER": True,
            # A spider takes requests off the shared queue while it has fewer than CONCURRENT_REQUESTS in
            # flight, those waiting out the politeness delay included: at 16 one process hoards an outlet's
            # whole queue while the others idle. A spider crawls one host, so its per-host limit is its limit.
            "CONCURRENT_REQUESTS": overrides.get("CONCURRENT_REQUESTS_PER_DOMAIN",
                                                 settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")),
        })
    if args.http_cache:
        overrides["HTTPCACHE_DIR"] = str(Path(f"{paths.warehouse}.httpcache").resolve())
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    leave_out_switched_off(settings)
    quiet_scrapy = overrides["LOG_LEVEL"] != "DEBUG"
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL if quiet_scrapy else logging.DEBUG)
    settings.set("LOG_ENABLED", not quiet_scrapy, priority="cmdline")
    if quiet_scrapy:  # the versions Scrapy logs at start are read even when nothing logs them (`uname -p` forked)
        settings.set("LOG_VERSIONS", [], priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    if quiet_scrapy:
        # Scrapy's configure_logging sets its own loggers back to DEBUG; filter at the handlers instead.
        for handler in logging.getLogger().handlers:
            handler.addFilter(_QuietLibraries())
    process = CrawlerProcess(settings)
    if quiet_scrapy:
        # ... and CrawlerProcess has just done so (dictConfig): every page's "Crawled" and "Scraped" records were
        # built, the caller's frame looked up, for the handlers' filter to drop them (3 % of the process's CPU)
        for name in QUIET_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
        import warnings

        warnings.filterwarnings("ignore", module="scrapy")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
    crawlers = []
    for name in outlets:
        crawler = process.create_crawler(name)
        if not redis_url:  # the shared frontier lives in Redis; otherwise Scrapy keeps it on disk to resume
            jobdir = paths.jobdir / name
            _discard_unfinished_frontier(jobdir)
            jobdir.mkdir(parents=True, exist_ok=True)
            crawler.settings.set("JOBDIR", str(jobdir), priority="cmdline")
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    from pilkada.crawler.pipelines import outlet_tallies

    requests = sum((c.stats.get_value("downloader/request_count") or 0) for c in crawlers if c.stats)
    tallies = {}
    for crawler in crawlers:
        tallies.update(outlet_tallies(crawler))
    return {"requests": requests, "tallies": tallies}


# Components of Scrapy's default lists that a setting switches off, and that setting. Scrapy imports every listed
# component to ask it whether it is on, and these imports cost: CookiesMiddleware imports tldextract (25 ms),
# RemoteControl aiohttp (80 ms), at the start of every crawl.
SWITCHED_OFF_BY = {
    "DOWNLOADER_MIDDLEWARES_BASE": {"scrapy.downloadermiddlewares.cookies.CookiesMiddleware": "COOKIES_ENABLED"},
    "EXTENSIONS_BASE": {"scrapy.extensions.remote_control.RemoteControl": "REMOTE_CONTROL_ENABLED",
                        "scrapy.extensions.telnet.TelnetConsole": "TELNETCONSOLE_ENABLED"},
}


def leave_out_switched_off(settings) -> None:
    """Take the components of SWITCHED_OFF_BY that their setting switches off out of Scrapy's lists."""
    for name, components in SWITCHED_OFF_BY.items():
        listed = dict(settings.getdict(name))
        kept = {path: order for path, order in listed.items()
                if path not in components or settings.getbool(components[path])}
        if kept != listed:
            settings.set(name, kept, priority="cmdline")


class _QuietLibraries(logging.Filter):
    """Page failures are recorded and summarised; library chatter is for --debug."""

    def filter(self, record: logging.LogRecord) -> bool:
        noisy = record.name.split(".")[0] in ("scrapy", "twisted", "py", "trafilatura", "htmldate", "courlan", "filelock")
        return not noisy or record.levelno >= logging.CRITICAL


class _Reporter:
    def __init__(self, quiet: bool, json_lines: bool):
        self.quiet, self.json_lines = quiet, json_lines

    def event(self, name: str, message: str, **fields) -> None:
        if self.json_lines:
            print(json.dumps({"event": name, "message": message, **fields}, default=str), file=sys.stderr)
        elif not self.quiet:
            print(f"pilkada: {message}", file=sys.stderr)

    def summary(self, summary: dict) -> None:
        if self.json_lines:
            print(json.dumps({"event": "summary", **summary}, default=str))
            return
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary["failures_by_reason"].items())) or "none"
        print(f"crawl {summary['run_id']} of {', '.join(summary['outlets'])} into {summary['warehouse']} "
              f"({summary['seconds']} s, {summary['fetch_seconds']:.1f} s of them fetching)")
        print(f"  pages fetched      {summary['pages_fetched']}")
        print(f"  new articles       {summary['articles_new']}")
        print(f"  updated articles   {summary['articles_updated']}")
        print(f"  unchanged articles {summary['articles_unchanged']}"
              f" ({summary['not_fetched']} not fetched at all: sitemap lastmod or HTTP 304)")
        if summary["out_of_range"]:
            print(f"  outside the dates  {summary['out_of_range']} (--since / --until)")
        print(f"  failed             {summary['failed']} ({reasons})")
        print(f"  outcome            {summary['outcome']}"
              + (f": {summary['outcome_detail']}" if summary["outcome_detail"] else ""))

    def warn(self, message: str) -> None:
        if self.json_lines:
            print(json.dumps({"event": "warning", "message": message}), file=sys.stderr)
        else:
            print(f"warning: {message}", file=sys.stderr)


def _layout_warnings(con, outlets) -> list[str]:
    """Signs that an outlet changed its layout (`pilkada status` shows them too); none when they cannot be read."""
    from pilkada import warehouse as wh

    try:
        return wh.layout_warnings(con, sorted(outlets))
    except Exception:  # a warning is not worth failing a crawl that has stored everything
        return []
