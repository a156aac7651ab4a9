"""The command-line application object and its output helpers, shared by ``cli.py`` (``brief``, the error
mapping) and ``commands/`` (``ingest``, ``stories``, ``diff``, ``serve``).

Kept apart from ``cli.py`` so the commands never import the module that imports them: no import circle, and
``python -m newsweave.cli ingest`` finds its command (the commands register on this one app object, not on a
second copy of ``cli`` run as ``__main__``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Weave news reports into cited briefings.")


class LazyConsole:
    """A Rich console made at its first message: a `brief` that reports nothing on the terminal never imports
    Rich (10-15 ms of a seeds brief). Markup, emoji codes and highlighting off: file names, URLs and titles
    are untrusted, and "[/x]" in one must print as it is (Rich would parse it, and fail). Styling goes
    through Text objects instead."""

    def __init__(self, *, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr, markup=False, emoji=False, highlight=False)
        return self._console

    def print(self, *objects: Any, **options: Any) -> None:
        self.console().print(*objects, **options)


err = LazyConsole(stderr=True)


def visible(text: object) -> str:
    """Untrusted text as one terminal line: control, bidi and surrogate characters shown as escapes."""
    from newsweave.ingest.unsafe_text import visible as _visible

    return _visible(str(text))


def print_rejection(rejection: object) -> None:
    from rich.text import Text

    err.print(Text.assemble(("rejected", "yellow"), " ", visible(rejection)), soft_wrap=True)


@app.callback()
def _root() -> None:
    """newsweave: many news reports about one event in, one cited briefing out."""
