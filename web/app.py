"""The Flask application of `pilkada serve`: server-rendered pages over a read-only warehouse.

Each request opens its own read-only connection and closes it before the page is sent, so a
crawl waits at most one request's reads for its next batch. A warehouse being written answers
with a page asking to retry (HTTP 503 with Retry-After), never an error page; with
`snapshot=True` the pages read `<db>.snapshot`, refreshed whenever the warehouse changed and
nobody is writing it.
"""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, Response, abort, redirect, render_template, request, url_for

from pilkada import warehouse as wh
from pilkada.warehouse.errors import AmbiguousName, BadParameter, UnknownName
from pilkada.warehouse.values import csv_text

from . import coverage as cov
from . import data

RETRY_SECONDS = 5


class Reader:
    """Short read-only connections to the warehouse, or to its snapshot."""

    def __init__(self, path: str | Path, use_snapshot: bool = False):
        self.path = Path(path)
        self.use_snapshot = use_snapshot
        self._refresh = threading.Lock()
        self.snapshot_note: str | None = None

    def _modified(self) -> float:
        return max((p.stat().st_mtime for p in (self.path, Path(f"{self.path}.wal")) if p.exists()), default=0.0)

    def _fresh_snapshot(self) -> Path:
        snap = wh.snapshot_path(self.path)
        with self._refresh:
            if self.path.exists() and (not snap.exists() or self._modified() > snap.stat().st_mtime):
                try:
                    wh.snapshot(self.path, snap)
                except wh.WarehouseBusy:
                    if not snap.exists():
                        raise
            if not snap.exists():
                raise wh.WarehouseMissing(f"no warehouse at {self.path}; run `make demo` or `pilkada crawl` first")
            taken = dt.datetime.fromtimestamp(snap.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.snapshot_note = f"snapshot of {self.path.name} taken {taken}"
        return snap

    @contextmanager
    def connection(self):
        path = self._fresh_snapshot() if self.use_snapshot else self.path
        con = wh.connect(path, read_only=True)
        try:
            yield con
        finally:
            con.close()


def download(columns: list[str], rows: list[tuple], name: str, excel: bool) -> Response:
    filename = f"{name}{'-excel' if excel else ''}.csv"
    return Response(csv_text(columns, rows, excel), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "pilkada"


def create_app(db_path: str | Path, use_snapshot: bool = False) -> Flask:
    app = Flask(__name__)
    app.config["READER"] = reader = Reader(db_path, use_snapshot)

    @app.context_processor
    def _everywhere():
        return {"db_name": reader.path.name, "snapshot_note": reader.snapshot_note if reader.use_snapshot else None,
                "kind_labels": data.KIND_LABELS,
                "sentence_in_quote": data.sentence_in_quote}

    @app.errorhandler(wh.WarehouseBusy)
    def _busy(err):
        body = render_template("busy.html", message=str(err), retry=RETRY_SECONDS, reason="busy")
        return body, 503, {"Retry-After": str(RETRY_SECONDS)}

    @app.errorhandler(wh.WarehouseMissing)
    @app.errorhandler(wh.SchemaOutdated)
    def _no_warehouse(err):
        return render_template("busy.html", message=str(err), retry=None, reason="missing"), 503

    @app.errorhandler(404)
    def _not_found(err):
        return render_template("message.html", title="Not found",
                               message="There is no such page. Start again from the search box."), 404

    @app.get("/")
    def home():
        with reader.connection() as con:
            counts = con.execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM outlets o WHERE EXISTS "
                "(SELECT 1 FROM articles a WHERE a.outlet = o.outlet)), (SELECT min(article_date) FROM article_facts),"
                " (SELECT max(article_date) FROM article_facts)").fetchone()
            regencies = con.execute(
                "SELECT regency_code, regency, articles FROM regencies WHERE articles > 0 "
                "ORDER BY articles DESC, regency LIMIT 12").fetchall()
            people = con.execute("SELECT person_id, official, roles[1], articles FROM officials "
                                 "ORDER BY articles DESC, official LIMIT 12").fetchall()
            regulations = con.execute("SELECT label, citations FROM regulations "
                                      "ORDER BY citations DESC, label LIMIT 8").fetchall()
        return render_template("home.html", counts=counts, regencies=regencies, people=people,
                               regulations=regulations)

    @app.get("/search")
    def search():
        text = request.args.get("q", "").strip()
        if not text:
            return redirect(url_for("home"))
        with reader.connection() as con:
            result = data.search(con, text)
        if result.single:
            chosen = result.single
            return redirect(url_for("timeline", kind=chosen.kind, value=chosen.value))
        return render_template("search.html", result=result, q=text)

    def _timeline_data(con):
        kind = request.args.get("kind", "")
        value = request.args.get("value", "").strip()
        if kind not in data.KINDS or not value:
            abort(404)
        subject = data.subject(con, kind, value)
        filters = data.parse_filters(con, request.args.get("from"), request.args.get("to"),
                                     request.args.get("outlet") or None, request.args.get("order"))
        return subject, filters, data.timeline(con, subject, filters)

    def _filter_args() -> dict:
        return {key: request.args[key] for key in ("from", "to", "outlet", "order") if request.args.get(key)}

    @app.get("/timeline")
    def timeline():
        with reader.connection() as con:
            try:
                subject, filters, events = _timeline_data(con)
            except UnknownName as err:
                kind = request.args.get("kind", "")
                ambiguous = isinstance(err, AmbiguousName)
                offered = [data.subject_from_suggestion(con, kind, s)
                           for s in (err.choices if ambiguous else err.suggestions)]
                result = data.SearchResult(request.args.get("value", ""), ambiguous=offered if ambiguous else [],
                                           near=[] if ambiguous else offered)
                return render_template("search.html", result=result, q=result.text, error=str(err)), 404
            except BadParameter as err:
                return render_template("message.html", title="Cannot show that timeline", message=str(err)), 400
            chart = [cov.single_panel(subject.value, subject.label, data.subject_article_weeks(con, subject, filters),
                                      filters.date_from, filters.date_to)]
            outlets = data.outlets(con)
        outlet_name = dict(outlets).get(filters.outlet)
        chart_title = "Articles per week" + (f" in {outlet_name}" if outlet_name else "") + (
            " mentioning it" if subject.kind == "regency" else " behind these events")
        args = {"kind": subject.kind, "value": subject.value, **_filter_args()}
        return render_template("timeline.html", subject=subject, events=events, filters=filters, outlets=outlets,
                               chart_svg=cov.svg(chart, chart_title), args=args,
                               other_order=("oldest" if filters.newest_first else "newest"))

    @app.get("/timeline.csv")
    def timeline_csv():
        with reader.connection() as con:
            try:
                subject, _filters, events = _timeline_data(con)
            except BadParameter as err:
                return render_template("message.html", title="Cannot export that timeline", message=str(err)), 400
        rows = [tuple(event[c] for c in data.TIMELINE_COLUMNS) for event in events]
        return download(data.TIMELINE_COLUMNS, rows, f"timeline-{_slug(subject.label)}",
                        request.args.get("excel") == "1")

    def _coverage_data(con):
        chosen = [name.strip() for value in request.args.getlist("regency") for name in value.split(",") if name.strip()]
        top = request.args.get("top", "8")
        if not top.isdigit() or not 1 <= int(top) <= 50:
            raise BadParameter(f"top={top!r}: give a number of regencies from 1 to 50")
        filters = data.parse_filters(con, request.args.get("from"), request.args.get("to"), None, None)
        return filters, cov.panels(con, chosen, int(top), filters.date_from, filters.date_to)

    @app.get("/coverage")
    def coverage():
        with reader.connection() as con:
            try:
                filters, chart = _coverage_data(con)
            except BadParameter as err:
                return render_template("message.html", title="Cannot draw that chart", message=str(err)), 400
        return render_template("coverage.html", chart=chart, filters=filters,
                               chart_svg=cov.svg(chart, "Articles per week, one panel per regency"),
                               args=request.args.to_dict(flat=False))

    @app.get("/coverage.csv")
    def coverage_csv():
        with reader.connection() as con:
            try:
                _filters, chart = _coverage_data(con)
            except BadParameter as err:
                return render_template("message.html", title="Cannot export that chart", message=str(err)), 400
        columns, rows = cov.csv_rows(chart)
        return download(columns, rows, "coverage-per-week", request.args.get("excel") == "1")

    @app.get("/article/<int:article_id>")
    def article(article_id: int):
        with reader.connection() as con:
            found = data.article(con, article_id)
        if found is None:
            abort(404)
        return render_template("article.html", article=found, marked=data.render_entities(found),
                               labels=data.ENTITY_LABELS)

    @app.get("/article/<int:article_id>.csv")
    def article_csv(article_id: int):
        with reader.connection() as con:
            found = data.article(con, article_id)
        if found is None:
            abort(404)
        columns = ["label", "words", "start_offset", "end_offset", "detail", "title", "url"]
        rows = [(e["label"], found["text"][e["start"]:e["end"]], e["start"], e["end"], e["detail"], found["title"],
                 found["url"]) for e in found["entities"]]
        return download(columns, rows, f"article-{article_id}", request.args.get("excel") == "1")

    return app
