"""`python -m pilkada.cli ...` runs the `pilkada` command."""

import sys

from pilkada.cli.main import main

sys.exit(main())
