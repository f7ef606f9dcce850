"""One module per `pilkada` subcommand.

Each module defines NAME, HELP, add_arguments(parser) and run(args) -> int.
Heavy imports (scrapy, spacy, duckdb) stay inside run() so that
`pilkada extract` never loads Scrapy and `pilkada --help` is instant.
Raise pilkada.cli.main.UsageError / JobFailed / WarehouseLocked for
user-facing failures; never print a traceback.
"""
