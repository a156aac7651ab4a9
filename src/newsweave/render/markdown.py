"""Briefing -> Markdown an editor would forward, readable top-down as plain text in a terminal.

At a glance first (the most important facts with their status, the latest figures, the open disputes), then
the summary, the timeline and the places; then the claims ranked by importance, with single-source claims
capped and counted; compact per-outlet coverage; the sources. Every list is capped so a five-source story
fits on about two printed pages: the HTML and JSON keep everything.

Article text is untrusted: every piece of it goes through ``_inline``, which escapes what CommonMark (and
GitHub's extensions) would read as markup or raw HTML, so ``<script>``, ``[x](javascript:…)``, emphasis or a
heading in a title show as the characters they are. Links are emitted only for http(s) URLs, as autolinks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from newsweave.models import Briefing, Citation, Claim, Source
from newsweave.render.coverage import original_outlets, outlet_coverage, source_label
from newsweave.render.digest import (
    Glance,
    RankedClaim,
    at_a_glance,
    distinct_conflicts,
    foreground_places,
    later_toll,
    rank_claims,
)
from newsweave.render.wording import (
    event_toll,
    family_tie_note,
    human_date,
    human_date_range,
    lone_detail_note,
    report_days,
    reported_toll,
    reported_words,
    rests_on_note,
    single_source_reason,
)
from newsweave.text import first_day

BADGES = {"corroborated": "[CORROBORATED]", "disputed": "[DISPUTED]", "single_source": "[SINGLE SOURCE]"}
# Caps on each list (picked so the seeds' briefing, five sources and 82 claims, prints on about two pages).
MAX_STRONG_CLAIMS = 8  # corroborated and disputed claims beyond those already shown at a glance
MAX_SINGLE_SOURCE = 3
MAX_TIMELINE = 8
MAX_BACKGROUND = 3
MAX_TOLLS = 3
MAX_QUOTES = 4
MIN_QUOTE_WORDS = 4  # a shorter quotation ("hundreds") says nothing on its own: not among the few shown
MAX_PLACES = 6
MAX_PEOPLE = 8
MAX_EXCLUSIVE_IDS = 4
MORE = "see `--format html` or `json` for all"


# Backslash-escaped wherever they stand: inline markup, raw HTML, links and GFM tables/strikethrough.
_MARKUP_RE = re.compile(r"([\\`*_\[\]<>|~])")
# "&amp;" or "&#60;" would render as the character it names; a bare "&" (AT&T) is left alone.
_ENTITY_RE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# A word written in lower case in some source: a common word, which after "said that" takes a small letter.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# Only at the start of a line do these open a block (heading, quote, list, thematic break, setext underline).
# An ordered-list marker is digits and "." or ")" before a space or the end (CommonMark): "69.5 percent" is
# none and printed "69\.5" to a terminal (a DUC 2003 tune cluster, read as a user).
_BLOCK_START_RE = re.compile(r"^(?:[#>+=-]|\d{1,9}[.)](?=\s|$))")
_LINK_SCHEMES = ("http", "https")


def _inline(text: str) -> str:
    """Untrusted text as one line of Markdown that renders as exactly these characters.

    Newlines would break list items; markup characters are backslash-escaped (CommonMark renders ``\\<`` as
    ``<``, never as a tag), and a leading block marker is escaped too.
    """
    line = re.sub(r"\s+", " ", text).strip()
    line = _ENTITY_RE.sub("&amp;", _MARKUP_RE.sub(r"\\\1", line))
    match = _BLOCK_START_RE.match(line)
    if match:
        marker = match.group()
        line = marker[:-1] + "\\" + marker[-1] + line[len(marker) :]
    return line


def _link(url: str) -> str | None:
    """An http(s) URL as a Markdown autolink; None for any other scheme (javascript:, data:, file: …)."""
    from urllib.parse import quote, urlsplit

    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    if scheme not in _LINK_SCHEMES:
        return None
    # Inside <…> nothing is markup; only spaces, < and > would end it, so they are percent-encoded.
    return "<" + quote(url.strip(), safe="!#$%&'()*+,-./:;=?@[]^_`{|}~") + ">"


def _marks(citations: Iterable[Citation]) -> str:
    ids: list[str] = []
    for c in citations:
        if c.source not in ids:
            ids.append(c.source)
    return "".join(f"[{i}]" for i in ids)


def _left_out(n: int, what: str) -> list[str]:
    return [f"- _{n} more {what} left out; {MORE}._"] if n > 0 else []


def _header(b: Briefing) -> list[str]:
    outlets = {source_label(s) for s in b.sources}
    copies = sum(1 for s in b.sources if s.duplicate_of)
    meta = f"{human_date_range(b.story.first_published, b.story.last_published)} · {len(b.sources)} sources"
    meta += f" from {len(outlets)} outlet{'' if len(outlets) == 1 else 's'}"
    if copies:
        meta += f" ({copies} syndicated {'copy' if copies == 1 else 'copies'})"
    return [f"# {_inline(b.story.title or 'Untitled story')}", "", f"_{meta}_", ""]


def _origins(b: Briefing, c: Claim) -> str:
    """Independent origins and the origin families behind them: why a claim counts as corroborated."""
    n = c.independent_origins
    families = f" (families {', '.join(c.families)})" if c.families else ""
    if len(c.families) > n and len(original_outlets(b, c)) == 1:
        families = f" (families {', '.join(c.families)} of one outlet, which counts once)"
    # Origins whose wording does not show they agree stay single-source: say why, or the badge looks wrong.
    why = single_source_reason(c, b.sources)
    lone = lone_detail_note(c, b.sources)  # quotes a source's words: escaped
    unshown = f"; {why}" if why else (f"; {_inline(lone)}" if lone else "")
    return f"{n} independent origin{'' if n == 1 else 's'}{families}{unshown}"


def _rests_on(c: Claim) -> str:
    note = rests_on_note(c)
    return f"; {_inline(note)}" if note else ""


def _glance(b: Briefing, glance: Glance) -> list[str]:
    if not (glance.facts or glance.figures or glance.disputes):
        return []
    lines = ["## At a glance", ""]
    for r in glance.facts:
        c = r.claim
        lines.append(f"- {BADGES[c.status]} {_inline(c.text)} {_marks(c.mentions)} ({_origins(b, c)}"
                     f"{_rests_on(c)})")
    if glance.figures:
        lines += ["", "Latest figures:", ""]
        for f in glance.figures:
            earlier = "; ".join(f"{_inline(e.text)} ({report_days(e.first, e.last)}) {_marks(e.citations)}"
                                for e in f.history)
            lines.append(f"- **{_inline(f.counts)}**: {_inline(f.latest)} {_marks([f.latest_citation])}"
                         + (f"; earlier {earlier}" if earlier else ""))
    if glance.disputes:
        lines += ["", "Open disputes:", ""]
        for d in glance.disputes:
            right = f" vs {d.right.id} {_marks(d.right.mentions)}" if d.right else ""
            left = f"{d.left.id} {_marks(d.left.mentions)}"
            lines.append(f"- **{d.kind}**: {_inline(d.detail)} ({left}{right})")
    return [*lines, ""]


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


def _timeline(b: Briefing) -> list[str]:
    dated = [t for t in b.timeline if not t.background and t.date and t.precision != "unknown"]
    background = [t for t in b.timeline if t.background]
    undated = sum(1 for t in b.timeline if not t.background) - len(dated)
    if not (dated or background):
        return []
    lines = ["## Timeline", ""]
    # The entries most sources tell, then in date order.
    kept = sorted(dated, key=lambda t: -len(t.sources))[:MAX_TIMELINE]
    for t in sorted(kept, key=lambda t: (first_day(t.date) or date.min, t.date or "")):
        how = "" if t.resolved_from == "explicit" else f" _({t.resolved_from})_"
        lines.append(f"- **{human_date(t.date)}**{how} {_inline(t.text)} {_marks(t.citations)}")
    lines += _left_out(len(dated) - MAX_TIMELINE, "dated entries")
    if undated:
        plural = "" if undated == 1 else "s"
        lines.append(f"- _{undated} undated mention{plural} not placed on the timeline._")
    if background:
        lines += ["", "Background:", ""]
        lines += [f"- **{human_date(t.date)}** {_inline(t.text)} {_marks(t.citations)}"
                  for t in background[:MAX_BACKGROUND]]
        lines += _left_out(len(background) - MAX_BACKGROUND, "background entries")
    return [*lines, ""]


def _places(b: Briefing) -> list[str]:
    main = foreground_places(b)
    if not main:
        return []
    ordered = sorted(main, key=lambda e: -e.mentions)
    named = ", ".join(f"**{_inline(e.name)}** ({e.mentions} mention{'' if e.mentions == 1 else 's'} in "
                      f"{len(e.sources)} source{'' if len(e.sources) == 1 else 's'}"
                      f"{'' if e.geo is not None else '; no map pin'})"
                      for e in ordered[:MAX_PLACES])
    others = [e.name for e in b.entities if e.geo is not None and e not in main]
    also = f"; also named in passing: {', '.join(_inline(n) for n in others[:MAX_PLACES])}" if others else ""
    more = len(others) - MAX_PLACES
    return ["## Places", "", named + also + (f" and {more} more" if more > 0 else ""), ""]


def _claim_line(b: Briefing, r: RankedClaim) -> str:
    c = r.claim
    outlets = ", ".join(_inline(o) for o in r.outlets)
    line = f"- {BADGES[c.status]} {_inline(c.text)} {_marks(c.mentions)} · {outlets} · {_origins(b, c)}"
    line += _rests_on(c)
    for k in distinct_conflicts(c.conflicts):
        line += f"; conflicts ({k.kind}) with {k.claim}: {_inline(k.detail)}"
    return line


def _claims(b: Briefing, ranked: Sequence[RankedClaim], glance: Glance) -> list[str]:
    if not ranked:
        return []
    shown = {r.claim.id for r in glance.facts}
    strong = [r for r in ranked if r.claim.status != "single_source" and r.claim.id not in shown]
    single = [r for r in ranked if r.claim.status == "single_source" and r.claim.id not in shown]
    lines = ["## Claims, most important first", ""]
    if strong:
        lines += [f"### Corroborated or disputed ({len(strong)} more)", ""]
        lines += [_claim_line(b, r) for r in strong[:MAX_STRONG_CLAIMS]]
        lines += [*_left_out(len(strong) - MAX_STRONG_CLAIMS, "corroborated or disputed claims"), ""]
    if single:
        lines += [f"### Single source ({len(single)})", ""]
        lines += [_claim_line(b, r) for r in single[:MAX_SINGLE_SOURCE]]
        lines += [*_left_out(len(single) - MAX_SINGLE_SOURCE, "single-source claims"), ""]
    return lines


def _quotes(b: Briefing) -> list[str]:
    if not b.quotes:
        return []
    # Whole statements before partial quotes woven into a reporter's sentence ("to save Xu Wenli", read on
    # a DUC 2003 tune cluster: a headline fragment carried by two sources led the list); within each, the
    # quotes carried by the most sources first: what the story's outlets agree someone said.
    ordered = sorted((q for q in b.quotes if len(q.text.split()) >= MIN_QUOTE_WORDS),
                     key=lambda q: (_partial(q.text), -len(q.sources), q.kind != "direct"))
    lines = ["## Who said what", ""]
    lower_words = frozenset(w for s in b.sources for w in _LOWER_WORD.findall(s.text))
    for q in ordered[:MAX_QUOTES]:
        speaker = _inline(q.speaker) if q.speaker else "unattributed"
        channel = f" ({_inline(q.channel)})" if q.channel else ""
        reported = _inline(reported_words(q.text, _text_before(b, q.citations), lower_words))
        words = f"“{_inline(q.text)}”" if q.kind == "direct" else reported
        lines.append(f"- **{speaker}**{channel}: {words} {_marks(q.citations)}")
    lines += _left_out(len(b.quotes) - min(len(ordered), MAX_QUOTES), "quotes")
    return [*lines, ""]


# Enough of a source's text before a reported content to hold the word it follows.
_BEFORE_CHARS = 40


def _text_before(b: Briefing, citations: Sequence[Citation]) -> str:
    """The source text right before a quote's first citation."""
    if not citations:
        return ""
    first = citations[0]
    text = next((s.text for s in b.sources if s.id == first.source), "")
    return text[max(0, first.start - _BEFORE_CHARS) : first.start]


def _partial(text: str) -> bool:
    """A quotation that opens mid-sentence (in lower case): part of the reporter's sentence."""
    first = next((c for c in text if c.isalpha()), "")
    return first.islower()


def _events(b: Briefing) -> list[str]:
    """Only events with a toll: the one line of the event table a reader needs in print. The kind is named
    only with its doer ("assault by X"): alone, PLOVER's kind calls every killing an assault, a plane
    crash's deaths included (MEANTIME airbus, read as a user)."""
    deadly = [e for e in b.events if e.fatalities]
    if not deadly:
        return []
    names = {e.id: e.name for e in b.entities}
    lines = ["## Tolls", ""]
    # One line per toll, told by its low end: "at least 12" and "12" are one toll (as events merge them).
    seen: set[float | str] = set()
    for e in deadly:
        assert e.fatalities is not None
        toll = event_toll(e, b.numbers)
        key = e.fatalities.low if e.fatalities.low is not None else toll
        if key in seen or len(seen) >= MAX_TOLLS:
            continue
        seen.add(key)
        later = later_toll(b, e)
        if later is not None:
            latest = f"{_inline(reported_toll(later.text))} in the latest report {_marks([later.citation])}"
            toll = f"{latest} (first reported as {toll})"
        where = f" in {_inline(names.get(e.place, e.place))}" if e.place else ""
        when = f", {human_date(e.date)}" if e.date else ""
        claims = f" (claims {', '.join(e.claims)})" if e.claims else ""
        what = f": {e.type.lower()} by {_inline(names.get(e.actor, e.actor))}" if e.actor else ""
        lines.append(f"- {toll}{what}{where}{when}{claims}")
    return [*lines, ""]


def _people(b: Briefing) -> list[str]:
    # People and organisations first: nationalities ("Israeli", 85 mentions in a DUC tune cluster read as a
    # user) are mostly adjectives and filled the line before anyone who acted.
    people = sorted((e for e in b.entities if e.type in ("PERSON", "ORG", "NORP")),
                    key=lambda e: (e.type == "NORP", -e.mentions))
    if not people:
        return []
    named = ", ".join(f"{_inline(e.name)} ({e.mentions})" for e in people[:MAX_PEOPLE])
    more = len(people) - MAX_PEOPLE
    return ["## Who", "", named + (f" and {more} more" if more > 0 else ""), ""]


def _coverage(b: Briefing) -> list[str]:
    if not b.claims or len({source_label(s) for s in b.sources}) < 2:
        return []
    lines = ["## Coverage by outlet", ""]
    for cov in outlet_coverage(b):
        ids = [c.id for c in cov.exclusive]
        alone = (f"{len(ids)} claim{'' if len(ids) == 1 else 's'} of its own"
                 + (f" ({', '.join(ids[:MAX_EXCLUSIVE_IDS])}{', …' if len(ids) > MAX_EXCLUSIVE_IDS else ''})"
                    if ids else ""))
        missing = f"; leaves out {', '.join(c.id for c in cov.missing)}" if cov.missing else ""
        lines.append(f"- **{_inline(cov.outlet)}** [{', '.join(cov.sources)}]: {alone}{missing}")
    return [*lines, ""]


def _source_line(s: Source) -> str:
    bits = [f"- [{s.id}] **{_inline(source_label(s))}**"]
    if s.title:
        bits.append(f"“{_inline(s.title)}”")
    language = f"; language {s.language}" if s.language != "en" else ""
    bits.append(f"({human_date(s.published[:10]) if s.published else 'date unknown'}{language})")
    bits.append(f"family {s.family}" + (f" ({family_tie_note(s.family_link)})" if s.family_link else ""))
    if s.opinion:
        bits.append("· opinion piece, not evidence")
    if s.duplicate_of:
        bits.append(f"— copy of {s.duplicate_of}")
    link = _link(s.url) if s.url else None
    if link:
        bits.append(link)
    if s.removed:
        bits.append(f"· cleaning removed {len(s.removed)}")
    return " ".join(bits)


def _sources(b: Briefing) -> list[str]:
    return ["## Sources", "", *(_source_line(s) for s in b.sources), ""]


def _unrelated(b: Briefing) -> list[str]:
    if not b.unrelated:
        return []
    lines = ["## Not about this story", "", "_Grouped with this story but about something else: left out of "
             "everything above._", ""]
    for u in b.unrelated:
        name = u.outlet or u.title or u.path or u.article_id
        title = f" “{_inline(u.title)}”" if u.title and u.title != name else ""
        lines.append(f"- **{_inline(name)}**{title} ({u.article_id})")
    return [*lines, ""]


def _diagnostics(b: Briefing) -> list[str]:
    notes = [*b.diagnostics.warnings, *(f"rejected {r}" for r in b.diagnostics.rejected)]
    return ["## Notes", "", *(f"- {_inline(n)}" for n in notes), ""] if notes else []


def briefing_markdown(b: Briefing) -> str:
    ranked = rank_claims(b)
    glance = at_a_glance(b, ranked)
    lines = [*_header(b), *_glance(b, glance), *_summary(b), *_timeline(b), *_places(b),
             *_claims(b, ranked, glance), *_quotes(b), *_events(b), *_people(b), *_coverage(b), *_sources(b),
             *_unrelated(b), *_diagnostics(b)]
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(briefings: Sequence[Briefing]) -> str:
    return "\n---\n\n".join(briefing_markdown(b) for b in briefings)
