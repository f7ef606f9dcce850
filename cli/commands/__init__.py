"""One module per `pilkada` subcommand.

Each module defines NAME, HELP, add_arguments(parser) and run(args) -> int, a thin layer over a library
function of another room. A command never imports another command (what several share is in
pilkada.cli.common; tests/test_architecture.py checks it). Heavy imports (scrapy, spacy, duckdb) stay
inside run() so that `pilkada extract` never loads Scrapy and `pilkada --help` is instant.
Raise a pilkada.errors class (UsageError / JobFailed / WarehouseLocked, or a subclass) for user-facing
failures; cli/main.py turns it into one line and its exit code, never a traceback.
"""
