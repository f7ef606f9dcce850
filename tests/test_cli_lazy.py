"""`pilkada COMMAND` imports that command's module alone (cli/main.py), and parses, helps and errs exactly as the
parser holding every command does."""

from __future__ import annotations

import contextlib
import io
import pkgutil
import subprocess
import sys

import pytest

from pilkada.cli import commands as command_package
from pilkada.cli.main import build_parser, main

MODULES = sorted(info.name for info in pkgutil.iter_modules(command_package.__path__) if not info.name.startswith("_"))


def _outcome(parser, argv: list[str]) -> tuple[str, str, object]:
    """What parsing argv prints on stdout and stderr, and its namespace (or exit code)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = vars(parser.parse_args(argv))  # `run` included: the same command's function
        except SystemExit as stop:
            result = stop.code
    return out.getvalue(), err.getvalue(), result


def test_every_command_module_is_named_after_its_command():
    import importlib

    for name in MODULES:
        module = importlib.import_module(f"pilkada.cli.commands.{name}")
        assert module.NAME == name.replace("_", "-"), name


@pytest.mark.parametrize("argv", [
    ["crawl", "--help"], ["crawl", "--outlet", "a", "--delay", "0", "--max-pages", "3"], ["crawl", "--max-pages", "x"],
    ["crawl", "--bogus"], ["--debug", "query", "--list"], ["eval-clean", "--help"], ["eval_clean"], ["crawll"],
    ["--help"], ["-h", "crawl"], ["--deb", "crawl"], ["sql", "--help"], [],
])
def test_the_parser_of_one_command_parses_helps_and_errs_as_the_whole_one(argv):
    assert _outcome(build_parser(argv), argv) == _outcome(build_parser(), argv)


def test_crawl_parses_without_importing_duckdb_scrapy_or_spacy():
    code = ("import sys; from pilkada.cli.main import build_parser; build_parser(['crawl']).parse_args(['crawl']); "
            "print(sorted(m for m in ('duckdb', 'scrapy', 'spacy', 'pilkada.cli.commands.query') if m in sys.modules))")
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert imported == "[]"


def test_an_unknown_command_is_a_usage_error_listing_every_command(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["crawll"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'crawll'" in error and "'eval-clean'" in error and "'status'" in error
