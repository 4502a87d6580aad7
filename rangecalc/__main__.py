"""Allow ``python -m rangecalc``."""

import sys

from rangecalc.cli import main

sys.exit(main())
