"""The DuckDB warehouse: migrations, loading, queries, exports.

Public API (imports nothing else from pilkada):

- warehouse_path(flag=None) -> Path: --db, else $PILKADA_WAREHOUSE, else ./pilkada.duckdb (DEFAULT_PATH)
- connect(path, read_only=False) -> duckdb connection, migrated (writers) or checked (readers)
- snapshot(path, dest=None, con=None) -> Path of a consistent copy for long read-only sessions
- load_batch(con, batch) -> {"articles_new", "articles_updated", "articles_unchanged", "pages", "failures"}
- replace_extraction(con, rows) -> {"articles_replaced", "articles_missing"}
- raw_pages(con, outlet=None) -> iterator of (canonical_url, outlet, html, fetched_at)
- upsert_outlets(con, outlets) -> n: outlet, name, base_url, province_code
- crawl_state(con, outlets) -> {outlet: {canonical_url: {"etag", "last_modified", "lastmod"}}}
- start_run(con, outlets, argv, pid, launcher, job) -> run_id; finish_run(con, run_id, status, counts);
  add_outlet_tallies(con, run_id, {outlet: {pages, skipped, failures}}); conclude_run(con, run_id, counts, share)
  -> the run with the outcome it earned (completed / partial / failed, per outlet and as a whole);
  join_shared_run / leave_shared_run / shared_runs_to_finish (the Redis route's one run per job);
  list_runs(con, outlet, last) -> run history; mark_interrupted_runs(con) -> number of runs marked interrupted
- outlet_status(con) -> per outlet last run, outcome, last success and its age; stale_outlets(status, seconds)
- counts(con) -> {table: rows, ...}; layout_warnings(con, outlets) -> ["outlet: what changed, e.g. URL", ...]
- queries: list_queries(), run_query(con, name, params) (module pilkada.warehouse.queries)
- errors: WarehouseError, WarehouseBusy, WarehouseMissing, SchemaOutdated, UnknownQuery, BadParameter, UnknownName,
  AmbiguousName (an UnknownName with .choices: (value, label) pairs)
"""

from __future__ import annotations

from .connection import DEFAULT_PATH, PATH_VARIABLE, connect, snapshot, snapshot_path, waiting_path, warehouse_path
from .errors import (
    AmbiguousName,
    BadParameter,
    SchemaOutdated,
    UnknownName,
    UnknownQuery,
    WarehouseBusy,
    WarehouseError,
    WarehouseMissing,
)
from .read import crawl_state, raw_pages
from .write import load_batch, replace_extraction, upsert_outlets
from .schema import latest_version, migrate
from .runs import (
    add_outlet_tallies,
    conclude_run,
    crawler_id,
    finish_run,
    join_shared_run,
    leave_shared_run,
    list_runs,
    mark_interrupted_runs,
    partial_share,
    shared_runs_to_finish,
    start_run,
)
from .status import counts, layout_warnings, outlet_status, stale_outlets

__all__ = [
    "DEFAULT_PATH",
    "PATH_VARIABLE",
    "warehouse_path",
    "waiting_path",
    "AmbiguousName",
    "BadParameter",
    "add_outlet_tallies",
    "conclude_run",
    "crawler_id",
    "join_shared_run",
    "leave_shared_run",
    "list_runs",
    "partial_share",
    "shared_runs_to_finish",
    "stale_outlets",
    "SchemaOutdated",
    "UnknownName",
    "UnknownQuery",
    "WarehouseBusy",
    "WarehouseError",
    "WarehouseMissing",
    "connect",
    "counts",
    "crawl_state",
    "finish_run",
    "latest_version",
    "layout_warnings",
    "outlet_status",
    "load_batch",
    "mark_interrupted_runs",
    "migrate",
    "raw_pages",
    "replace_extraction",
    "snapshot",
    "snapshot_path",
    "start_run",
    "upsert_outlets",
]
