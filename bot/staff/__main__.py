"""`python -m bot.staff`: account management (see bot/staff/cli.py)."""
import sys

from bot.staff.cli import main

sys.exit(main())
