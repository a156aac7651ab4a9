"""CLI commands beyond ``brief``, registered on ``newsweave.commands.app.app`` when imported (cli.py
imports them after defining ``brief``)."""
