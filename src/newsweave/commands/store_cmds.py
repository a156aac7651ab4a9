"""``newsweave ingest | stories | diff | serve``: the corpus kept over time (store, stories, web app)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsweave.cli import app, err, print_rejection, visible
from newsweave.errors import FetchError, NoUsableInputError

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or postgresql:// DSN (default: $NEWSWEAVE_DB or newsweave.db)."),
]
GRACEFUL_SHUTDOWN_S = 5
out = Console(markup=False, emoji=False, highlight=False)  # titles are untrusted: see cli.err


class ListFormat(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[
    ListFormat, typer.Option("--format", "-f", help="text for people, json for programs.")
]


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, WARCs, URLs or RSS/Atom feed URLs.")],
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on private/loopback addresses.")
    ] = False,
    proxy: Annotated[
        str | None, typer.Option("--proxy", help="Fetch through this proxy (never the environment's).")
    ] = None,
) -> None:
    """Add articles to the store and assign each to a story (resumable; re-ingesting is a no-op)."""
    from newsweave.runners.local import collect_articles, ingest_articles
    from newsweave.store import open_store

    with open_store(db) as store:
        articles, rejections = collect_articles(inputs, allow_private, proxy)
        for rejection in rejections:
            print_rejection(rejection)
        shown = len(rejections)
        if not articles and rejections:
            if all(r.stage == "fetch" for r in rejections):  # only URLs, none fetched: exit code 6
                raise FetchError(f"no URL could be fetched ({len(rejections)} rejected)")
            raise NoUsableInputError(f"no usable article among the inputs ({len(rejections)} rejected)")
        columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("ingest", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            stored, skipped, created, merges, story_ids = ingest_articles(
                store, articles, progress, on_reject=rejections.append
            )
        for rejection in rejections[shown:]:  # articles whose analysis failed
            print_rejection(rejection)
        err.print(
            f"{stored} stored, {skipped} already there, {len(rejections)} rejected; "
            f"{created} new stor{'y' if created == 1 else 'ies'}, {merges} merge(s); "
            f"{store.article_count()} articles in the store"
        )
        for sid in story_ids:
            out.print(sid)


@app.command()
def stories(
    db: DbOption = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Full-text search.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only stories this outlet covered.")] = None,
    place: Annotated[str | None, typer.Option(help="Only stories mentioning this place.")] = None,
    since: Annotated[str | None, typer.Option(help="Active on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Started on or before this day (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 50,
    format: FormatOption = ListFormat.text,
) -> None:
    """List the stories in the store, most recent first."""
    from newsweave.store import StoryQuery, open_store

    query = StoryQuery(text=search, outlet=outlet, place=place, date_from=since, date_to=until, limit=limit)
    with open_store(db) as store:
        found = store.stories(query)
        if format is ListFormat.json:  # always an array, like `brief --format json`
            _print_json([{"id": s.id, "title": s.title, "first_published": s.first_published,
                          "last_published": s.last_published, "articles": s.size} for s in found])
            return
        table = Table("articles", "first", "last", "title")
        table.add_column("id", no_wrap=True, min_width=len("st-") + 16)
        for s in found:
            table.add_row(
                str(s.size),
                (s.first_published or "")[:10],
                (s.last_published or "")[:10],
                visible(s.title or ""),
                s.id,
            )
        out.print(table)


@app.command()
def diff(
    story: Annotated[str, typer.Option("--story", help="Story id (see `newsweave stories`).")],
    db: DbOption = None,
    format: FormatOption = ListFormat.text,
) -> None:
    """What changed since the story's last stored briefing: new claims, changed statuses, new conflicts."""
    from newsweave.runners.briefs import diff_story
    from newsweave.store import open_store

    with open_store(db) as store:
        d = diff_story(store, story)
    if format is ListFormat.json:
        _print_json({
            "story_id": d.story_id, "since_version": d.since_version,
            "new_sources": [{"article_id": a, "title": t} for a, t in zip(d.new_article_ids, d.new_sources,
                                                                            strict=True)],
            "new_claims": list(d.new_claims),
            "changed_statuses": [{"text": c.text, "before": c.before, "after": c.after}
                                 for c in d.changed_statuses],
            "new_conflicts": list(d.new_conflicts),
        })
        return
    since = f"version {d.since_version}" if d.since_version else "nothing (first briefing)"
    out.print(f"story {visible(d.story_id)}: changes since {since}")
    sections = (
        ("new sources", d.new_sources),
        ("new claims", d.new_claims),
        ("changed statuses", tuple(f"{c.text} ({c.before} -> {c.after})" for c in d.changed_statuses)),
        ("new conflicts", d.new_conflicts),
    )
    for title, items in sections:
        out.print(f"\n{title}: {len(items)}")
        for item in items:
            out.print(f"  - {visible(item)}", soft_wrap=True)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="NEWSWEAVE_API_KEY", help="Key for write endpoints.")
    ] = None,
) -> None:
    """Serve the story list, briefings, sources and the JSON API (/api/v1; OpenAPI: /api/v1/openapi.json)."""
    import uvicorn

    from newsweave.web.app import WebSettings, create_app

    # SIGTERM/SIGINT: uvicorn stops accepting, gives requests in flight this long, then ends the lifespan
    # (the rebuild worker and its child process stop, store connections close).
    uvicorn.run(
        create_app(WebSettings(db=db, api_key=api_key)),
        host=host,
        port=port,
        log_level="info",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )
