"""The `pilkada` command: parse arguments, dispatch to one subcommand, turn errors into one line."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from pilkada.cli import commands as command_package

from pilkada.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PilkadaError

# The command line's one mapping of errors to exit codes: every refusal is a pilkada.errors.PilkadaError
# carrying its exit code; anything else is an internal error (exit 1, one line unless --debug).


def _command_modules(only: str | None = None):
    """The command modules, by name; with `only`, that command's module alone (a module is named after its
    command, '-' written '_': tests/test_cli_lazy.py checks it), or all of them when no module has that name."""
    names = sorted(info.name for info in pkgutil.iter_modules(command_package.__path__)
                   if not info.name.startswith("_"))
    if only is not None and only.replace("-", "_") in names and "_" not in only:
        names = [only.replace("-", "_")]
    for name in names:
        yield importlib.import_module(f"{command_package.__name__}.{name}")


def _command_named(argv: list[str]) -> str | None:
    """The command `argv` runs when it names one after nothing but --debug; None otherwise (no command, --help
    before it, an abbreviated option): then the parser is built with every command, for its help and errors."""
    for token in argv:
        if token == "--debug":
            continue
        return None if token.startswith("-") else token
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The `pilkada` parser. Given the arguments to parse, only the command they name is imported and added: a
    command's module may import DuckDB, Scrapy or spaCy, and `pilkada crawl` started 0.1 s later importing them
    all. Its help, its errors and the parsed arguments are those of the parser with every command."""
    parser = argparse.ArgumentParser(
        prog="pilkada",
        description="Crawl Indonesian regional news, extract who/where/when/which-regulation, query it in DuckDB.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules(_command_named(argv) if argv is not None else None):
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.run(args) or 0)
    except PilkadaError as err:
        return _fail(args, err, err.exit_code)
    except KeyboardInterrupt:
        print("pilkada: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # an unexpected failure is still one line unless --debug
        return _fail(args, err, EXIT_FAILED, unexpected=True)


def _fail(args, err: BaseException, code: int, unexpected: bool = False) -> int:
    if args.debug:
        raise err
    prefix = "pilkada: internal error: " if unexpected else "pilkada: "
    message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    if getattr(err, "choices", None):  # an ambiguous name: its choices follow, one per line, each a value to pass back
        message = f"{message.split(': ', 1)[0]}; pass back one of:"
    print(prefix + message + (" (run with --debug for details)" if unexpected else ""), file=sys.stderr)
    for line in getattr(err, "details", ()):  # e.g. the choices of an ambiguous name, one per line
        print(line, file=sys.stderr)
    return code

