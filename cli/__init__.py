"""The `pilkada` command line: `main` parses arguments and runs one command of `commands/`."""
