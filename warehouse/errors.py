"""The exceptions the warehouse raises; the command line turns each into one line and an exit code."""

from __future__ import annotations

from pilkada.errors import EXIT_FAILED, EXIT_LOCKED, EXIT_USAGE, PilkadaError


class WarehouseError(PilkadaError):
    """Base class: anything the warehouse refuses to do, with a message meant for the user. Exit 1."""

    exit_code = EXIT_FAILED


class WarehouseBusy(WarehouseError):
    """Another process holds the DuckDB file (DuckDB allows one writer, or readers only). Exit 3."""

    exit_code = EXIT_LOCKED

    def __init__(self, message: str, pid: int | None = None):
        super().__init__(message)
        self.pid = pid


class WarehouseMissing(WarehouseError):
    """A read-only connection asked for a file that does not exist. Exit 2."""

    exit_code = EXIT_USAGE


class SchemaOutdated(WarehouseError):
    """A read-only connection found a file older than the code; a write connection would migrate it."""


class UnknownQuery(WarehouseError):
    """No file queries/<name>.sql. Exit 2."""

    exit_code = EXIT_USAGE


class BadParameter(WarehouseError):
    """A named query's parameter is missing, unknown or of the wrong form. Exit 2."""

    exit_code = EXIT_USAGE


class UnknownName(BadParameter):
    """A regency, province, official or regulation that the warehouse does not know; carries near matches."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        super().__init__(message)
        self.suggestions = list(suggestions or [])


class AmbiguousName(UnknownName):
    """A name that fits several regencies or people; `choices` are (value that resolves exactly when
    passed back, e.g. '35.73' or a person id; a label such as 'Sri Handoko, Bupati, Kabupaten Nganjuk (35.18)')."""

    def __init__(self, message: str, choices: list[tuple[str, str]]):
        super().__init__(message, [label for _, label in choices])
        self.choices = list(choices)

    @property
    def details(self) -> list[str]:
        """The choices, one per line, each with the value that resolves it when passed back."""
        if not self.choices:
            return []
        width = max(len(value) for value, _ in self.choices)
        return [f"  {value.ljust(width)}  {label}" for value, label in self.choices]
