"""Every refusal pilkada can meet, one hierarchy: each class carries the exit code the `pilkada` command
returns for it, and `pilkada.cli.main` turns any of them into one line on stderr (plus `details`, one per
line). The rooms raise these (or their subclasses in `pilkada.warehouse.errors`); nothing else maps them."""

from __future__ import annotations

# Exit codes, documented in the README and docs/architecture.md.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_STALE = 4  # `pilkada status --max-age`: an outlet has had no successful run within the age
EXIT_INTERRUPTED = 130


class PilkadaError(Exception):
    """Base class: a message meant for the user. Exit 1 unless a subclass says otherwise."""

    exit_code = EXIT_FAILED
    details: tuple[str, ...] | list[str] = ()  # further lines under the message, e.g. the choices of a name


class UsageError(PilkadaError):
    """A user mistake: bad argument, missing file, unknown name. Exit 2."""

    exit_code = EXIT_USAGE


class JobFailed(PilkadaError):
    """The job could not be done (nothing fetched, database unwritable). Exit 1."""

    exit_code = EXIT_FAILED


class WarehouseLocked(PilkadaError):
    """Another process (a crawl, a loader) holds the warehouse. Exit 3."""

    exit_code = EXIT_LOCKED
