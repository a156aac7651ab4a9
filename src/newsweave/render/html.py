"""Briefing -> one self-contained, offline HTML report.

Article text is untrusted: everything goes through jinja2 autoescaping, the script only ever sets
``textContent``, and a Content-Security-Policy allows nothing but the hashed inline style and script.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files

import jinja2
from markupsafe import Markup

from newsweave.models import Briefing, Citation, Source, TimelineEntry
from newsweave.render.coverage import claim_outlets, outlet_coverage, source_label
from newsweave.render.digest import at_a_glance, disputes, distinct_conflicts, later_toll, rank_claims
from newsweave.render.placemap import place_map
from newsweave.render.wording import (
    event_toll,
    family_tie_note,
    fmt_num,
    human_date,
    human_date_range,
    lone_detail_note,
    number_range,
    report_days,
    reported_toll,
    rests_on_note,
    single_source_reason,
)

TIMELINE_WIDTH = 720.0
TIMELINE_HEIGHT = 96.0
TIMELINE_MARGIN = 40.0
TIMELINE_ROW = 11.0  # vertical gap between entries stacked on one day
# Horizontal room for one tick label ("14 Mar 2024" at 11 px is about 65 px wide): a label nearer than this to
# the one before is left out (our example's axis, read in a browser: a year-old entry squeezed the story's
# days into one corner and their labels printed over each other).
TICK_LABEL_GAP = 72.0
QUOTE_PREVIEW_CHARS = 400  # longest cited passage shown in a hover popover


@dataclass(frozen=True, slots=True)
class CiteView:
    source: str
    anchor: str
    label: str  # "[s1]"
    words: str  # the exact cited words, for the popover
    outlet: str


@dataclass(frozen=True, slots=True)
class TimelineDot:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineAxis:
    width: float
    height: float
    baseline: float
    ticks: tuple[tuple[float, str], ...]
    dots: tuple[TimelineDot, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    source: Source
    label: str
    removed_counts: tuple[tuple[str, int], ...]


class _Cites:
    """Turns citations into hoverable marks that show the exact source words."""

    def __init__(self, briefing: Briefing, prefix: str) -> None:
        self.sources = {s.id: s for s in briefing.sources}
        self.prefix = prefix

    def __call__(self, citations: Sequence[Citation]) -> list[CiteView]:
        views = []
        for c in citations:
            src = self.sources[c.source]
            words = " ".join(src.text[c.start : c.end].split())
            if len(words) > QUOTE_PREVIEW_CHARS:
                words = words[: QUOTE_PREVIEW_CHARS - 1] + "…"
            views.append(CiteView(c.source, f"{self.prefix}-{c.source}", f"[{c.source}]", words,
                                  source_label(src)))
        return views


def _parse_day(value: str | None, precision: str) -> date | None:
    """The first day an ISO-ish timeline date stands for; None when it cannot be placed on an axis."""
    if not value or precision == "unknown":
        return None
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week[:2]), 1)
        parts = value[:10].split("-")
        if not parts[0].isdigit() or precision == "decade":  # "198", "198X"
            return None
        month = int(parts[1]) if len(parts) > 1 else 1
        return date(int(parts[0]), month, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def timeline_axis(entries: Sequence[TimelineEntry]) -> TimelineAxis | None:
    """An SVG date axis of the current event's entries (background is listed, not drawn)."""
    placed = [(d, t) for t in entries if not t.background if (d := _parse_day(t.date, t.precision))]
    # Where the story's own days are known, a month or a year ("since last year") drawn as its first day would
    # squeeze them into a corner: those entries stay in the list below the axis.
    days_known = [(d, t) for d, t in placed if t.precision in ("day", "week")]
    if len({d for d, _ in days_known}) >= 2:
        placed = days_known
    if not placed:
        return None
    first = min(d for d, _ in placed)
    last = max(d for d, _ in placed)
    days = max((last - first).days, 1)
    usable = TIMELINE_WIDTH - 2 * TIMELINE_MARGIN
    baseline = TIMELINE_HEIGHT - 30.0

    def x_of(d: date) -> float:
        if first == last:
            return TIMELINE_WIDTH / 2
        return TIMELINE_MARGIN + usable * (d - first).days / days

    stacked: dict[date, int] = {}
    dots = []
    for d, t in placed:
        level = stacked.get(d, 0)
        stacked[d] = level + 1
        dots.append(TimelineDot(x_of(d), baseline - 10.0 - level * TIMELINE_ROW,
                                f"{human_date(t.date)}: {t.text}"))
    kept: list[tuple[float, str]] = []
    for d in sorted(stacked):
        if not kept or x_of(d) - kept[-1][0] >= TICK_LABEL_GAP:
            kept.append((x_of(d), human_date(d.isoformat())))
    ticks = tuple(kept)
    height = max(TIMELINE_HEIGHT, 40.0 + max(stacked.values()) * TIMELINE_ROW + 30.0)
    shift = height - TIMELINE_HEIGHT
    return TimelineAxis(TIMELINE_WIDTH, height, baseline + shift, ticks,
                        tuple(TimelineDot(d.x, d.y + shift, d.label) for d in dots))


def _source_views(briefing: Briefing) -> list[SourceView]:
    views = []
    for s in briefing.sources:
        counts: dict[str, int] = {}
        for r in s.removed:
            counts[r.kind] = counts.get(r.kind, 0) + 1
        views.append(SourceView(s, source_label(s), tuple(sorted(counts.items()))))
    return views


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsweave.render", "templates"),
        autoescape=True,  # every template, whatever its name: article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt_num
    env.filters["when"] = human_date
    env.filters["family_tie"] = family_tie_note
    env.filters["rests_on"] = rests_on_note
    return env


def _asset(name: str) -> str:
    return files("newsweave.render").joinpath(f"templates/{name}").read_text("utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _briefing_context(b: Briefing, index: int) -> dict[str, object]:
    prefix = f"b{index}"
    claims_by_id = {c.id: c for c in b.claims}
    ranked = rank_claims(b)
    return {
        "dates": human_date_range(b.story.first_published, b.story.last_published),
        "glance": at_a_glance(b, ranked),
        "strong": [r for r in ranked if r.claim.status != "single_source"],
        "single": [r for r in ranked if r.claim.status == "single_source"],
        "toll": lambda e: event_toll(e, b.numbers),
        "later_toll": lambda e: later_toll(b, e),
        "reported_toll": reported_toll,
        "report_days": report_days,
        "range": number_range,
        "b": b,
        "prefix": prefix,
        "cites": _Cites(b, prefix),
        "outlets_of": lambda claim: claim_outlets(b, claim),
        "claims_by_id": claims_by_id,
        "distinct_conflicts": distinct_conflicts,
        "why_single": lambda claim: single_source_reason(claim, b.sources),
        "lone_note": lambda claim: lone_detail_note(claim, b.sources),
        "entity_names": {e.id: e.name for e in b.entities},
        "conflicts": disputes(b),
        "current": [t for t in b.timeline if not t.background],
        "background": [t for t in b.timeline if t.background],
        "axis": timeline_axis(b.timeline),
        "map": place_map(b),
        "coverage": outlet_coverage(b),
        "sources": _source_views(b),
        "outlet_count": len({source_label(s) for s in b.sources}),
    }


def to_html(briefings: Sequence[Briefing]) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    csp = f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; img-src data:"
    title = briefings[0].story.title if len(briefings) == 1 else f"{len(briefings)} stories"
    return _environment().get_template("report.html").render(
        title=title or "newsweave briefing",
        css=Markup(css),  # our own packaged files, hashed into the CSP: inserted verbatim
        js=Markup(js),
        csp=csp,
        briefings=[_briefing_context(b, i) for i, b in enumerate(briefings)],
    )
