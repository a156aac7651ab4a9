"""``newsweave ingest | regroup | stories | diff | history | serve``: the corpus kept over time (store,
stories, web app)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from newsweave.commands.app import LazyConsole, app, err, print_rejection, visible
from newsweave.errors import FetchError, NoUsableInputError

if TYPE_CHECKING:
    from newsweave.weave.briefing import WeaveOptions

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite file or postgresql:// DSN (default: $NEWSWEAVE_DB or newsweave.db)."),
]
GRACEFUL_SHUTDOWN_S = 5
out = LazyConsole(stderr=False)  # titles are untrusted: see commands.app


class ListFormat(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[
    ListFormat, typer.Option("--format", "-f", help="text for people, json for programs.")
]
StoryOption = Annotated[str, typer.Option("--story", help="Story id (see `newsweave stories`).")]


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


class Engine(StrEnum):
    local = "local"
    ray = "ray"


def _weave_options(semantic: bool) -> WeaveOptions:
    from newsweave.weave.briefing import WeaveOptions

    return WeaveOptions(alignment="semantic" if semantic else "lexical")


@app.command()
def ingest(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, WARC/JSONL shards, URLs or RSS/Atom feed URLs.")
    ],
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on private/loopback addresses.")
    ] = False,
    proxy: Annotated[
        str | None, typer.Option("--proxy", help="Fetch through this proxy (never the environment's).")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Parallel workers (default: all local cores, or 1 for an "
                     "input under 256 KB; with --engine ray, one per CPU of the cluster). 1: this process."),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local (this machine) or ray (needs newsweave[ray]).")
    ] = Engine.local,
    address: Annotated[
        str | None,
        typer.Option("--address", help="Ray cluster: auto (ray start on this machine) or ray://host:10001; "
                     "default: a private local cluster."),
    ] = None,
    brief: Annotated[
        bool, typer.Option("--brief", help="Then weave a new briefing version of every touched story.")
    ] = False,
    semantic: Annotated[bool, typer.Option(
        "--semantic", help="With --brief: align claims with the sentence encoder too.")] = False,
) -> None:
    """Add articles to the store and assign each to a story (streamed, resumable per shard; re-ingesting is a
    no-op)."""
    from newsweave.commands.ingest_progress import RichStreamProgress
    from newsweave.ingest.stream import list_shards
    from newsweave.runners.executors import default_workers, make_executor
    from newsweave.runners.local import is_url
    from newsweave.runners.stream import ingest_stream
    from newsweave.runners.tasks import warm_up
    from newsweave.store import open_store

    if semantic and not brief:
        raise typer.BadParameter("--semantic weaves briefings: it needs --brief", param_hint="--semantic")
    if address and engine is not Engine.ray:
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    if engine is Engine.ray:
        from newsweave.runners.ray_engine import ray_available

        if not ray_available():
            raise typer.BadParameter(
                "Ray is not installed: pip install 'newsweave[ray]'", param_hint="--engine"
            )

    if workers is None and engine is Engine.local:
        size = sum(s.size for s in list_shards([i for i in inputs if not is_url(i)])[0])
        workers = default_workers(size, any(is_url(i) for i in inputs))

    with (
        open_store(db) as store,
        make_executor(engine.value, workers, address, warm_up) as executor,
        RichStreamProgress(err.console()) as progress,
    ):
        report = ingest_stream(
            store, inputs, executor, allow_private=allow_private, proxy=proxy, progress=progress,
            on_rejection=print_rejection, brief=brief, options=_weave_options(semantic),
        )
        total = store.article_count()
    if not (report.stored or report.skipped or report.shards_skipped) and report.rejections:
        if all(r.stage == "fetch" for r in report.rejections):  # only URLs, none fetched: exit code 6
            raise FetchError(f"no URL could be fetched ({len(report.rejections)} rejected)")
        raise NoUsableInputError(f"no usable article among the inputs ({len(report.rejections)} rejected)")
    created = report.stories_created
    err.print(
        f"{report.stored} stored, {report.skipped} already there, {len(report.rejections)} rejected; "
        f"{created} new stor{'y' if created == 1 else 'ies'}, {report.merges} merge(s)"
        + (f", {report.split} split in two" if report.split else "")
        + "; "
        f"{total} articles in the store"
        + (f"; {report.shards_skipped} shard(s) skipped as complete" if report.shards_skipped else "")
        + (f"; {len(report.briefed)} briefing(s) woven" if brief else "")
    )
    for sid in report.story_ids:
        out.print(sid, highlight=False)


@app.command()
def regroup(
    db: DbOption = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Stored reports read again, at most (default 20,000).")
    ] = None,
) -> None:
    """Cut, in every live story, what holds two events (as each ingest run does for the stories it touched):
    for a store filled before ingest runs did it."""
    from newsweave.runners.regroup import REGROUP_MAX, regroup_all
    from newsweave.store import open_store

    with open_store(db) as store:
        report = regroup_all(store, limit or REGROUP_MAX)
    err.print(f"{report.split} stor{'y' if report.split == 1 else 'ies'} split in two, {report.moved} "
              f"report(s) moved, {report.folded} small stor{'y' if report.folded == 1 else 'ies'} folded")


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
        from rich.table import Table

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
    story: StoryOption,
    db: DbOption = None,
    format: FormatOption = ListFormat.text,
) -> None:
    """What changed since the story's last stored briefing: new sources and those gone to another story, new
    claims, changed statuses, new conflicts."""
    from newsweave.runners.stored_briefings import diff_story
    from newsweave.store import open_store

    with open_store(db) as store:
        d = diff_story(store, story)
        now_in = {a: store.story_of(a) for a in d.gone_article_ids}  # where a source that left went
    if format is ListFormat.json:
        _print_json({
            "story_id": d.story_id, "since_version": d.since_version,
            "new_sources": [{"article_id": a, "title": t} for a, t in zip(d.new_article_ids, d.new_sources,
                                                                            strict=True)],
            "gone_sources": [{"article_id": a, "title": t, "now_in": now_in.get(a)}
                             for a, t in zip(d.gone_article_ids, d.gone_sources, strict=True)],
            "new_claims": list(d.new_claims),
            "changed_statuses": [{"text": c.text, "before": c.before, "after": c.after}
                                 for c in d.changed_statuses],
            "new_conflicts": list(d.new_conflicts),
        })
        return
    since = f"version {d.since_version}" if d.since_version else "nothing (first briefing)"
    out.print(f"story {visible(d.story_id)}: changes since {since}")
    gone = tuple(f"{t} (now in {now_in[a]})" if now_in.get(a) else t
                 for a, t in zip(d.gone_article_ids, d.gone_sources, strict=True))
    sections = (
        ("new sources", d.new_sources),
        ("sources gone to another story", gone),
        ("new claims", d.new_claims),
        ("changed statuses", tuple(f"{c.text} ({c.before} -> {c.after})" for c in d.changed_statuses)),
        ("new conflicts", d.new_conflicts),
    )
    for title, items in sections:
        out.print(f"\n{title}: {len(items)}")
        for item in items:
            out.print(f"  - {visible(item)}", soft_wrap=True)


# How `history` words each kind of story event (store.base.StoryEvent): {a} the article, {o} the other story.
_EVENT_WORDS = {
    "created": "started with report {a}", "joined": "report {a} joined", "merged": "took in story {o}",
    "merged_into": "merged into story {o}", "expired": "closed", "split": "story {o} cut off from it",
    "split_from": "cut off from story {o}", "moved": "report {a} moved in from story {o}",
}


@app.command()
def history(
    story: StoryOption,
    db: DbOption = None,
    format: FormatOption = ListFormat.text,
) -> None:
    """How a stored story came to be: its reports joining, the stories merged into it, and what the end-of-run
    pass cut off or moved in (a reader sees why a story changed shape)."""
    from newsweave.errors import StoreError
    from newsweave.store import open_store

    with open_store(db) as store:
        events = store.story_events(story)
        if not events and store.story(story) is None:
            raise StoreError(f"no story {story}")
    if format is ListFormat.json:
        _print_json([{"kind": e.kind, "other_story": e.other_story_id, "article_id": e.article_id, "at": e.at}
                     for e in events])
        return
    out.print(f"story {visible(story)}: {len(events)} event(s)")
    for e in events:
        what = _EVENT_WORDS.get(e.kind, e.kind).format(a=e.article_id or "?", o=e.other_story_id or "?")
        out.print(f"  {e.at}  {visible(what)}", soft_wrap=True)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    api_key: Annotated[
        str | None, typer.Option("--api-key", envvar="NEWSWEAVE_API_KEY", help="Key for write endpoints.")
    ] = None,
    semantic: Annotated[bool, typer.Option(
        "--semantic", help="Rebuild briefings with the sentence encoder as well as on wording.")] = False,
) -> None:
    """Serve the story list, briefings, sources and the JSON API (/api/v1; OpenAPI: /api/v1/openapi.json)."""
    import uvicorn

    from newsweave.web.app import WebSettings, create_app
    from newsweave.web.rebuild import RebuildOptions

    # SIGTERM/SIGINT: uvicorn stops accepting, gives requests in flight this long, then ends the lifespan
    # (the rebuild worker and its child process stop, store connections close).
    uvicorn.run(
        create_app(WebSettings(db=db, api_key=api_key,
                               rebuild=RebuildOptions(alignment="semantic" if semantic else "lexical"))),
        host=host,
        port=port,
        log_level="info",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_S,
    )
