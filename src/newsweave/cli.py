"""The ``newsweave`` command: parse arguments, call the library, map errors to exit codes (here only)."""

from __future__ import annotations

import gc
import os
import sys
import time
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsweave.models import Briefing

from newsweave.commands.app import app, err, print_rejection, visible
from newsweave.errors import (
    FetchError,
    InputError,
    ModelError,
    NewsweaveError,
    NoUsableInputError,
    StoreError,
)


class ExitCode(int, Enum):
    """Documented in the README ("Exit codes")."""

    OK = 0
    ERROR = 1  # unexpected newsweave error
    USAGE = 2  # bad command-line usage (typer/click)
    NO_USABLE_INPUT = 3  # every input was rejected
    INPUT = 4  # a single named input is unusable where one was required
    MODEL = 5  # the NLP model cannot be loaded
    FETCH = 6  # a URL or feed cannot be fetched / was refused
    STORE = 7  # the database failed


EXIT_CODES: tuple[tuple[type[NewsweaveError], ExitCode], ...] = (
    (NoUsableInputError, ExitCode.NO_USABLE_INPUT),
    (InputError, ExitCode.INPUT),
    (ModelError, ExitCode.MODEL),
    (FetchError, ExitCode.FETCH),
    (StoreError, ExitCode.STORE),
)


def exit_code_for(exc: NewsweaveError) -> ExitCode:
    for kind, code in EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return ExitCode.ERROR


class Format(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"


@app.command()
def brief(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (.txt .html .jsonl .warc .warc.gz).")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.markdown,
    summary_words: Annotated[int, typer.Option(min=10, help="Cap the summary at N words.")] = 150,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    story: Annotated[str | None, typer.Option("--story", help="Brief this stored story, not paths.")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Store for --story (SQLite file or DSN).")] = None,
    semantic: Annotated[bool, typer.Option(
        "--semantic", help="Align claims with the sentence encoder as well as on wording.")] = False,
) -> None:
    """Brief a pile of reports: one cited briefing per story (or one stored story with --story)."""
    from newsweave.ingest import read_inputs
    from newsweave.pipeline import brief_articles
    from newsweave.weave.briefing import WeaveOptions

    render = _renderer(format)
    options = WeaveOptions(summary_words=summary_words, alignment="semantic" if semantic else "lexical")
    if story is not None:
        from newsweave.runners.stored_briefings import brief_story
        from newsweave.store import open_store

        with open_store(db) as store:
            briefing = brief_story(store, story, options)
        _emit(render((briefing,)), output)
        return
    if not paths:
        raise click.UsageError("give files or folders to brief, or --story ID")
    started = time.perf_counter()
    ingested = read_inputs([str(p) for p in paths])
    # Rejections are listed before anything can fail, so every bad file is named even if none is usable.
    for rejection in ingested.rejections:
        print_rejection(rejection)
    if ingested.rejections:
        err.print(f"{len(ingested.rejections)} input(s) rejected, {len(ingested.articles)} usable")
    run = brief_articles(
        ingested.articles,
        ingested.rejections,
        options,
        ingest_ms=round((time.perf_counter() - started) * 1000),
    )
    for rejection in run.rejections[len(ingested.rejections) :]:  # articles whose analysis failed
        print_rejection(rejection)
    _emit(render(run.briefings), output)


def _renderer(format: Format) -> Callable[[Sequence[Briefing]], str]:
    """Only the chosen renderer is imported: the HTML one brings jinja2 and the map's shapefile reader."""
    if format is Format.json:
        from newsweave.render.json import to_json

        return to_json
    if format is Format.html:
        from newsweave.render.html import to_html

        return to_html
    from newsweave.render.markdown import to_markdown

    return to_markdown


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        # Plain text needs no console: what Rich would print (no markup, no wrapping), without importing it.
        sys.stderr.write(f"wrote {visible(output)}\n")


# The cyclic garbage collector, for the process that runs one command. Almost everything a command allocates
# lives until it ends (modules, the spaCy model, the gazetteer, the articles), so the default first-generation
# threshold (700) makes the collector walk the same live objects hundreds of times, and at exit it walks
# them all once more. Measured on the seeds brief (1.9 s CPU): 0.14 s of collections during the run and
# 0.17 s at exit; with this threshold and a frozen heap at exit, 0.2-0.25 s less, the same peak memory (also
# on a 100-article story: 0.4 s less of 12 s, peak 492 MiB either way). Cycles still get collected.
GC_THRESHOLDS = (50_000, 20, 20)
# numpy's OpenBLAS, one thread unless the user says otherwise. A command's products are small (a story's
# sentences x its words), and handing each to a second thread costs more than it saves: on the shared 2-core
# dev machine a 100 x 1000 product took 35 ms on two threads, 0.7 ms on one, and the idle thread spins. Whole
# process, paired: seeds brief 1.51 -> 1.41 s CPU; 100 MultiLing articles 12.3-12.8 -> 10.8-11.2 s CPU, wall
# no slower; output identical. Read by OpenBLAS when numpy loads, so set before anything imports it.
BLAS_THREADS = "1"


def main() -> None:
    """The process entry point: the process ends when this returns (so its heap is frozen, not collected)."""
    gc.set_threshold(*GC_THRESHOLDS)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", BLAS_THREADS)
    try:
        _run()
    finally:
        gc.freeze()  # nothing left to collect for: skip the exit-time walk over every live object


def _run() -> None:
    try:
        app(standalone_mode=False)
    except NewsweaveError as exc:
        err.print(f"newsweave: error: {visible(exc)}", soft_wrap=True)
        raise SystemExit(exit_code_for(exc).value) from None
    except (click.exceptions.Abort, typer.Abort):
        err.print("newsweave: aborted")
        raise SystemExit(ExitCode.ERROR.value) from None
    except (click.exceptions.ClickException, typer.TyperException) as exc:
        # Typer 0.2x parses with its own copy of click: its usage errors (a bad option value, a typo'd flag,
        # typer.BadParameter) are TyperExceptions, not click's, and were reported as internal errors.
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            err.print(f"newsweave: usage error: {visible(exc)}", soft_wrap=True)
        raise SystemExit(ExitCode.USAGE.value) from None
    except Exception as exc:  # last resort: one line, never a traceback, unless debugging
        if os.environ.get("NEWSWEAVE_DEBUG"):
            raise
        err.print(f"newsweave: internal error: {type(exc).__name__}: {visible(exc)}", soft_wrap=True)
        raise SystemExit(ExitCode.ERROR.value) from None


from newsweave.commands import store_cmds  # noqa: E402,F401  (registers ingest, stories, diff, history, serve)

__all__ = ["EXIT_CODES", "ExitCode", "app", "err", "exit_code_for", "main", "print_rejection", "visible"]

if __name__ == "__main__":
    main()
