"""Briefing -> Markdown an editor would forward, readable as plain text in a terminal."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from newsweave.models import Briefing, Citation, Claim, NumberEntry, RosterEntity, Source
from newsweave.render.coverage import claim_outlets, outlet_coverage, source_label

BADGES = {"corroborated": "[CORROBORATED]", "disputed": "[DISPUTED]", "single_source": "[SINGLE SOURCE]"}
STATUS_HEADINGS = (
    ("corroborated", "Corroborated"), ("disputed", "Disputed"), ("single_source", "Single source"),
)
# Removed text is shown as a count plus a short sample: enough to audit cleaning without the noise itself.
REMOVED_SAMPLE_CHARS = 60


def _inline(text: str) -> str:
    """One line of prose: article text may carry newlines that would break list items."""
    return re.sub(r"\s+", " ", text).strip()


def _marks(citations: Iterable[Citation]) -> str:
    ids: list[str] = []
    for c in citations:
        if c.source not in ids:
            ids.append(c.source)
    return "".join(f"[{i}]" for i in ids)


def _fmt_num(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _dates(b: Briefing) -> str:
    first, last = b.story.first_published, b.story.last_published
    if first and last and first[:10] != last[:10]:
        return f"{first[:10]} to {last[:10]}"
    when = first or last
    return when[:10] if when else "date unknown"  # the whole phrase, never "date unkno"


def _header(b: Briefing) -> list[str]:
    outlets = {source_label(s) for s in b.sources}
    copies = sum(1 for s in b.sources if s.duplicate_of)
    meta = f"{_dates(b)} · {len(b.sources)} sources from {len(outlets)} outlets"
    if copies:
        meta += f" ({copies} syndicated {'copy' if copies == 1 else 'copies'})"
    return [f"# {_inline(b.story.title or 'Untitled story')}", "", f"_{meta}_", ""]


def _summary(b: Briefing) -> list[str]:
    lines = ["## Summary", ""]
    if not b.summary:
        return [*lines, "_No summary could be cited._", ""]
    parts = []
    for s in b.summary:
        note = f" _({_inline(s.note)})_" if s.note else ""
        parts.append(f"{_inline(s.text)} {_marks(s.citations)}{note}")
    lines.append(" ".join(parts))
    return [*lines, ""]


def _claim_line(b: Briefing, c: Claim, by_id: dict[str, Claim]) -> list[str]:
    origins = f"; rests on {', '.join(c.origins)}" if c.origins else ""
    plural = "s" if c.independent_origins != 1 else ""
    lines = [
        f"- {BADGES[c.status]} {_inline(c.text)} {_marks(c.mentions)}",
        f"  {', '.join(claim_outlets(b, c))} · {c.independent_origins} independent origin{plural}{origins}",
    ]
    for k in c.conflicts:
        other = by_id.get(k.claim)
        against = f' "{_inline(other.text)}"' if other else ""
        lines.append(f"  conflicts ({k.kind}) with {k.claim}{against}: {_inline(k.detail)}")
    return lines


def _claims(b: Briefing) -> list[str]:
    if not b.claims:
        return []
    by_id = {c.id: c for c in b.claims}
    lines = ["## Claims", ""]
    for status, heading in STATUS_HEADINGS:
        group = [c for c in b.claims if c.status == status]
        if group:
            lines += [f"### {heading} ({len(group)})", ""]
            for c in group:
                lines += _claim_line(b, c, by_id)
            lines.append("")
    return lines


def _conflicts(b: Briefing) -> list[str]:
    by_id = {c.id: c for c in b.claims}
    seen: set[frozenset[str]] = set()
    lines: list[str] = []
    for c in b.claims:
        for k in c.conflicts:
            pair = frozenset((c.id, k.claim))
            if pair in seen:
                continue
            seen.add(pair)
            other = by_id.get(k.claim)
            lines.append(f"- **{k.kind}**: {_inline(k.detail)}")
            lines.append(f"  {c.id}: {_inline(c.text)} {_marks(c.mentions)}")
            if other is not None:
                lines.append(f"  {other.id}: {_inline(other.text)} {_marks(other.mentions)}")
    return ["## Conflicts", "", *lines, ""] if lines else []


def _timeline(b: Briefing) -> list[str]:
    if not b.timeline:
        return []
    lines = ["## Timeline", ""]
    current = [t for t in b.timeline if not t.background]
    background = [t for t in b.timeline if t.background]
    for t in current:
        how = "" if t.resolved_from == "explicit" else f", {t.resolved_from}"
        when = f"**{t.date or 'undated'}** ({t.precision}{how})"
        lines.append(f"- {when} {_inline(t.text)} {_marks(t.citations)}")
    if background:
        lines += ["", "Background:", ""]
        lines += [f"- **{t.date or 'undated'}** {_inline(t.text)} {_marks(t.citations)}" for t in background]
    return [*lines, ""]


def _quotes(b: Briefing) -> list[str]:
    if not b.quotes:
        return []
    lines = ["## Who said what", ""]
    for q in b.quotes:
        speaker = q.speaker or "unattributed"
        channel = f" ({_inline(q.channel)})" if q.channel else ""
        words = f"“{_inline(q.text)}”" if q.kind == "direct" else f"said that {_inline(q.text)}"
        lines.append(f"- **{speaker}**{channel}: {words} {_marks(q.citations)}")
    return [*lines, ""]


def _number_line(n: NumberEntry) -> str:
    if n.low is not None and n.high is not None and n.low != n.high:
        rng = f"{_fmt_num(n.low)}–{_fmt_num(n.high)}"
    elif n.low is not None and n.high is None:
        rng = f"at least {_fmt_num(n.low)}"
    else:
        rng = _fmt_num(n.value if n.value is not None else n.low)
    approx = " approx." if n.approximate else ""
    counts = f" {_inline(n.counts)}" if n.counts else ""
    claim = f" (claim {n.claim})" if n.claim else ""
    return f"- **{_inline(n.text)}**{counts} = {rng}{approx}{claim} {_marks([n.citation])}"


def _numbers(b: Briefing) -> list[str]:
    return ["## Numbers", "", *(_number_line(n) for n in b.numbers), ""] if b.numbers else []


def _events(b: Briefing) -> list[str]:
    if not b.events:
        return []
    names = {e.id: e.name for e in b.entities}
    lines = ["## Events", ""]
    for e in b.events:
        parts = [f"**{e.type}**"]
        if e.actor:
            parts.append(f"by {names.get(e.actor, e.actor)}")
        if e.target:
            parts.append(f"against {names.get(e.target, e.target)}")
        if e.place:
            parts.append(f"in {names.get(e.place, e.place)}")
        if e.date:
            parts.append(f"on {e.date}")
        if e.fatalities:
            parts.append(f"({_fmt_num(e.fatalities.low)}–{_fmt_num(e.fatalities.high)} dead)")
        if e.claims:
            parts.append(f"[claims {', '.join(e.claims)}]")
        lines.append("- " + " ".join(parts))
    return [*lines, ""]


def _entity_line(e: RosterEntity) -> str:
    aliases = f" — also {', '.join(_inline(a) for a in e.aliases)}" if e.aliases else ""
    geo = f" @ {e.geo.lat:.2f}, {e.geo.lon:.2f}" if e.geo else ""
    mentions = f"{e.mentions} mention{'' if e.mentions == 1 else 's'}"
    return f"- **{_inline(e.name)}** ({e.type}){aliases}; {mentions} in {', '.join(e.sources)}{geo}"


def _roster(b: Briefing) -> list[str]:
    return ["## Who and where", "", *(_entity_line(e) for e in b.entities), ""] if b.entities else []


def _coverage(b: Briefing) -> list[str]:
    if not b.claims:
        return []
    lines = ["## Coverage by outlet", ""]
    for cov in outlet_coverage(b):
        alone = "; ".join(f"{c.id} {_inline(c.text)}" for c in cov.exclusive) or "nothing"
        lines.append(f"- **{cov.outlet}** alone reports: {alone}")
        if cov.missing:
            lines.append(f"  leaves out: {'; '.join(f'{c.id} {_inline(c.text)}' for c in cov.missing)}")
    return [*lines, ""]


def _source_line(s: Source) -> list[str]:
    bits = [f"- [{s.id}] **{_inline(source_label(s))}**"]
    if s.title and s.title != source_label(s):
        bits.append(f"“{_inline(s.title)}”")
    when = s.published or "date unknown"
    bits.append(f"({when}{', from ' + s.published_from if s.published and s.published_from else ''}"
                + (f"; language {s.language})" if s.language != "en" else ")"))
    if s.duplicate_of:
        bits.append(f"— copy of {s.duplicate_of}")
    lines = [" ".join(bits)]
    if s.url:
        lines.append(f"  {s.url}")
    if s.removed:
        counts = Counter(r.kind for r in s.removed)
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        sample = _inline(s.removed[0].text)[:REMOVED_SAMPLE_CHARS]
        lines.append(f"  cleaning removed {len(s.removed)}: {kinds} (e.g. “{sample}”)")
    return lines


def _sources(b: Briefing) -> list[str]:
    lines = ["## Sources", ""]
    for s in b.sources:
        lines += _source_line(s)
    return [*lines, ""]


def _diagnostics(b: Briefing) -> list[str]:
    notes = [*b.diagnostics.warnings, *(f"rejected {r}" for r in b.diagnostics.rejected)]
    return ["## Notes", "", *(f"- {_inline(n)}" for n in notes), ""] if notes else []


def briefing_markdown(b: Briefing) -> str:
    sections = (_header, _summary, _claims, _conflicts, _timeline, _quotes, _numbers, _events, _roster,
                _coverage, _sources, _diagnostics)
    lines: list[str] = []
    for section in sections:
        lines += section(b)
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(briefings: Sequence[Briefing]) -> str:
    return "\n---\n\n".join(briefing_markdown(b) for b in briefings)
