"""CLI commands beyond ``brief``, registered on ``newsweave.cli.app`` when imported (cli.py imports them)."""
