"""What the spider hands to the item pipeline: a fetched page, a failed page, or a page it did not need to fetch."""

from __future__ import annotations

from dataclasses import dataclass, field

FAILURE_REASONS = (
    "http_4xx",
    "http_5xx",
    "timeout",
    "dns_error",
    "connection_refused",
    "connection_lost",
    "redirect_loop",
    "not_html",
    "empty_body",
    "malformed_html",
    "robots_disallowed",
    "too_large",
    "extraction_error",
    "other",
)

@dataclass
class FetchedPage:
    outlet: str
    url: str
    canonical_url: str
    http_status: int
    fetched_at: str
    body: str
    encoding: str
    content_hash: str
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    discovered_via: str | None = None
    lastmod: str | None = None
    kind: str = field(default="page", init=False)


@dataclass
class FailedPage:
    outlet: str
    url: str
    reason: str
    failed_at: str
    http_status: int | None = None
    detail: str | None = None
    kind: str = field(default="failure", init=False)

    def __post_init__(self) -> None:
        if self.reason not in FAILURE_REASONS:
            raise ValueError(f"unknown failure reason {self.reason!r}")


@dataclass
class SkippedPage:
    outlet: str
    url: str
    reason: str
    kind: str = field(default="skipped", init=False)
