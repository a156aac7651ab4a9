"""Briefing records -> the ``newsweave.briefing/1`` JSON contract, and validation against its schema.

The mapping is written out field by field (not ``dataclasses.asdict``) so the contract's names and shapes
are fixed here, whatever internal fields the records grow.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from newsweave.errors import ContractError
from newsweave.models import (
    Briefing,
    Citation,
    Claim,
    Event,
    FigureReport,
    NumberEntry,
    QuoteEntry,
    RosterEntity,
    Source,
    SummarySentence,
    TimelineEntry,
    Update,
)

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

JsonObj = dict[str, Any]  # internal only: the JSON tree never leaves this module except as text


def _num(value: float | None) -> float | int | None:
    """300.0 -> 300: counts read as integers, real fractions stay floats."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _cite(c: Citation) -> JsonObj:
    return {"source": c.source, "start": c.start, "end": c.end}


def _source(s: Source) -> JsonObj:
    return {
        "id": s.id, "outlet": s.outlet, "title": s.title, "url": s.url, "path": s.path,
        "published": s.published, "published_from": s.published_from, "language": s.language,
        "duplicate_of": s.duplicate_of, "article_id": s.article_id, "family": s.family,
        "family_link": ({"source": s.family_link.source, "reason": s.family_link.reason}
                        if s.family_link else None),
        "opinion": s.opinion, "removed": [{"kind": r.kind, "text": r.text} for r in s.removed],
        "text": s.text,
    }


def _summary(s: SummarySentence) -> JsonObj:
    return {"text": s.text, "citations": [_cite(c) for c in s.citations], "claim": s.claim, "note": s.note}


def _claim(c: Claim) -> JsonObj:
    return {
        "id": c.id, "text": c.text, "status": c.status, "sources": list(c.sources),
        "independent_origins": c.independent_origins, "origins": list(c.origins),
        "families": list(c.families), "retold": list(c.retold),
        "lone_details": [_cite(x) for x in c.lone_details],
        "mentions": [_cite(m) for m in c.mentions],
        "conflicts": [{"claim": k.claim, "kind": k.kind, "detail": k.detail,
                       "spans": [_cite(x) for x in k.spans] if k.spans else None} for k in c.conflicts],
    }


def _entity(e: RosterEntity) -> JsonObj:
    geo = None
    if e.geo is not None:
        geo = {"lat": e.geo.lat, "lon": e.geo.lon, "gazetteer_id": e.geo.gazetteer_id,
               "precision": e.geo.precision, "country_code": e.geo.country_code}
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases),
            "sources": list(e.sources), "mentions": e.mentions, "geo": geo}


def _timeline(t: TimelineEntry) -> JsonObj:
    return {"date": t.date, "precision": t.precision, "resolved_from": t.resolved_from, "text": t.text,
            "sources": list(t.sources), "citations": [_cite(c) for c in t.citations],
            "background": t.background}


def _quote(q: QuoteEntry) -> JsonObj:
    return {"speaker": q.speaker, "speaker_entity": q.speaker_entity, "kind": q.kind, "text": q.text,
            "channel": q.channel, "sources": list(q.sources), "citations": [_cite(c) for c in q.citations]}


def _number(n: NumberEntry) -> JsonObj:
    return {"text": n.text, "value": _num(n.value), "low": _num(n.low), "high": _num(n.high),
            "approximate": n.approximate, "counts": n.counts, "claim": n.claim, "source": n.source,
            "citation": _cite(n.citation), "kind": n.kind}


def _event(e: Event) -> JsonObj:
    fat = None if e.fatalities is None else {"low": _num(e.fatalities.low), "high": _num(e.fatalities.high)}
    return {"type": e.type, "actor": e.actor, "target": e.target, "place": e.place, "date": e.date,
            "fatalities": fat, "claims": list(e.claims),
            "citation": _cite(e.citation) if e.citation else None}


def _report(r: FigureReport) -> JsonObj:
    return {"text": r.text, "value": _num(r.value), "low": _num(r.low), "high": _num(r.high),
            "source": r.source, "published": r.published, "citation": _cite(r.citation)}


def _update(u: Update) -> JsonObj:
    return {"counts": u.counts, "latest": _report(u.latest), "history": [_report(r) for r in u.history]}


def briefing_to_obj(b: Briefing) -> JsonObj:
    """One briefing as the contract's JSON tree (for the web API, which serialises it itself)."""
    return {
        "schema": b.schema,
        "story": {"id": b.story.id, "title": b.story.title, "first_published": b.story.first_published,
                  "last_published": b.story.last_published},
        "sources": [_source(s) for s in b.sources],
        "summary": [_summary(s) for s in b.summary],
        "claims": [_claim(c) for c in b.claims],
        "entities": [_entity(e) for e in b.entities],
        "timeline": [_timeline(t) for t in b.timeline],
        "quotes": [_quote(q) for q in b.quotes],
        "numbers": [_number(n) for n in b.numbers],
        "events": [_event(e) for e in b.events],
        "unrelated": [{"article_id": u.article_id, "title": u.title, "outlet": u.outlet, "url": u.url,
                       "path": u.path, "published": u.published} for u in b.unrelated],
        "updates": [_update(u) for u in b.updates],
        "diagnostics": {"warnings": list(b.diagnostics.warnings),
                        "timings_ms": dict(b.diagnostics.timings_ms),
                        "rejected": list(b.diagnostics.rejected)},
    }


def largest_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Stories by the number of their sources, largest first; ties keep their input order."""
    return sorted(briefings, key=lambda b: -len(b.sources))


def to_json(briefings: Sequence[Briefing]) -> str:
    """The contract's CLI output: always a JSON array, largest story first, even for one story."""
    objs = [briefing_to_obj(b) for b in largest_first(briefings)]
    return json.dumps(objs, ensure_ascii=False, indent=2)


def briefing_json(briefing: Briefing) -> str:
    """One briefing as one JSON object: the web API's answer for one story."""
    return json.dumps(briefing_to_obj(briefing), ensure_ascii=False, indent=2)


@lru_cache(maxsize=1)
def _validator() -> Validator:
    # jsonschema (and referencing, attrs) load here, not at import: writing JSON never validates it.
    import jsonschema

    schema = json.loads(files("newsweave.render").joinpath("schema/briefing.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: Validator = cls(schema)
    return validator


def validate(obj: object) -> None:
    """Raise ContractError unless ``obj`` (one parsed briefing, or the CLI's list) keeps the schema."""
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        errors = sorted(_validator().iter_errors(item), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.absolute_path) or "(root)"
            prefix = f"briefing {i}: " if len(items) > 1 else ""
            raise ContractError(f"{prefix}{where}: {first.message} ({len(errors)} schema error(s))")
