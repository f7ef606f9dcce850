"""Values as the warehouse stores them: page HTML compressed, timestamps in UTC without tzinfo, the spec's
dates as (day, precision), loose input (strings, None, '') as typed values or None."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import logging
from collections.abc import Mapping

try:  # Python 3.14 has zstd in the standard library; before that Scrapy depends on the backport
    from compression import zstd as _zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the interpreter
    try:
        from backports import zstd as _zstd  # type: ignore[import-not-found,no-redef]
    except ImportError:
        _zstd = None

log = logging.getLogger(__name__)

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_GZIP_MAGIC = b"\x1f\x8b"


ZSTD_AVAILABLE = _zstd is not None


def compress(data: bytes, zstd_level: int, gzip_level: int) -> bytes:
    """zstd at `zstd_level` where this Python has it, else gzip at `gzip_level`."""
    if _zstd is not None:
        return _zstd.compress(data, zstd_level)
    return gzip.compress(data, gzip_level)


def decompress(blob: bytes) -> bytes:
    """What `compress` made, told apart by its magic number (zstd or gzip); anything else as it is."""
    if blob.startswith(_ZSTD_MAGIC):
        if _zstd is None:
            raise RuntimeError("this data is zstd-compressed; install backports.zstd (Python < 3.14)")
        return _zstd.decompress(blob)
    if blob.startswith(_GZIP_MAGIC):
        return gzip.decompress(blob)
    return blob


def compress_html(html: str) -> bytes:
    return compress(html.encode("utf-8"), 3, 6)


def decompress_html(blob: bytes | None) -> str | None:
    if blob is None:
        return None
    return decompress(bytes(blob)).decode("utf-8")


def timestamp(value) -> dt.datetime | None:
    """UTC, without tzinfo: every TIMESTAMP column of the warehouse is UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            log.warning("ignoring malformed timestamp %r", value)
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment


def day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        log.warning("ignoring malformed date %r", value)
        return None


def integer(value) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        log.warning("ignoring non-integer %r", value)
        return None


def text_or_none(value) -> str | None:
    if value is None:
        return None
    return str(value)


def required(item: Mapping, key: str, what: str) -> str:
    value = item.get(key)
    if value is None or value == "":
        raise ValueError(f"{what} without {key}: {dict((k, v) for k, v in item.items() if k != 'html')!r:.200}")
    return str(value)


def sql_literal(value) -> str:
    """`value` as a SQL string literal, for the places DuckDB takes no bound parameter (a COPY's or an ATTACH's
    path, a COMMENT's text)."""
    return "'" + str(value).replace("'", "''") + "'"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def date_value(value: str | None) -> tuple[dt.date | None, str | None]:
    """The spec's date value -> (day, precision): '2024-09-22' -> day, '2024-11' -> first of month."""
    if not value:
        return None, None
    text = str(value)
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text), "day"
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01"), "month"
    except ValueError:
        pass
    log.warning("unrecognised date value %r", value)
    return None, None


def regency_kind(code: str | None) -> str | None:
    """Kemendagri numbers kota from 71 within each province."""
    try:
        return "kota" if int(str(code).split(".")[1]) >= 71 else "kabupaten"
    except (IndexError, ValueError):
        return None


def cell(value, list_separator: str = "; "):
    """A value as text for CSV and tables: dates ISO, lists joined, NULL empty."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return list_separator.join(cell(v) for v in value)
    return str(value)


def write_csv(handle, columns: list[str], rows: list[tuple], lineterminator: str = "\n", delimiter: str = ",") -> None:
    writer = csv.writer(handle, lineterminator=lineterminator, delimiter=delimiter)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(v) for v in row])


def csv_text(columns: list[str], rows: list[tuple], excel: bool = False) -> str:
    """CSV text; for Excel in an Indonesian locale, which writes 3,5: its list separator ';', a byte order
    mark and CRLF."""
    buffer = io.StringIO()
    write_csv(buffer, columns, rows, lineterminator="\r\n" if excel else "\n", delimiter=";" if excel else ",")
    return ("\ufeff" if excel else "") + buffer.getvalue()
