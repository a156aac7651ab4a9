"""Per-outlet coverage: what each outlet alone reports and what it leaves out. Shared by the renderers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from newsweave.models import Briefing, Claim, Source


@dataclass(frozen=True, slots=True)
class OutletCoverage:
    outlet: str
    sources: tuple[str, ...]  # briefing source ids published under this outlet
    exclusive: tuple[Claim, ...]  # claims no other outlet makes
    missing: tuple[Claim, ...]  # corroborated claims this outlet does not make


def source_label(source: Source) -> str:
    """The outlet, else the web domain, else the id with the file it was read from: what a reader
    recognises a source by ("s6" alone said nothing in the example's coverage and summary notes). Never
    the headline: a headline is what the source says, not who says it."""
    if source.outlet:
        return source.outlet
    host = urlsplit(source.url).hostname if source.url else None
    if host:
        return host.removeprefix("www.")
    # The id stays in: two unknown outlets' files may share a name ("index.html"), and the label groups
    # sources by outlet.
    name = PurePath(source.path).name if source.path else ""
    return f"{source.id} ({name})" if name else source.id


def _outlet_of(briefing: Briefing) -> dict[str, str]:
    return {s.id: source_label(s) for s in briefing.sources}


def claim_outlets(briefing: Briefing, claim: Claim) -> tuple[str, ...]:
    """Outlets that make a claim, in source order. A syndicated copy carries what its original says."""
    outlet = _outlet_of(briefing)
    cited = set(claim.sources) | {m.source for m in claim.mentions}
    names: list[str] = []
    for s in briefing.sources:
        if s.id in cited or (s.duplicate_of is not None and s.duplicate_of in cited):
            name = outlet[s.id]
            if name not in names:
                names.append(name)
    return tuple(names)


def original_outlets(briefing: Briefing, claim: Claim) -> set[str]:
    """Outlets whose own (not syndicated) reports make the claim: a copy never makes a claim exclusive."""
    outlet = _outlet_of(briefing)
    cited = set(claim.sources) | {m.source for m in claim.mentions}
    return {outlet[s.id] for s in briefing.sources if s.id in cited and s.duplicate_of is None}


def outlet_coverage(briefing: Briefing) -> tuple[OutletCoverage, ...]:
    outlet = _outlet_of(briefing)
    by_outlet: dict[str, list[str]] = {}
    for s in briefing.sources:
        by_outlet.setdefault(outlet[s.id], []).append(s.id)
    makers = {c.id: set(claim_outlets(briefing, c)) for c in briefing.claims}
    originals = {c.id: original_outlets(briefing, c) for c in briefing.claims}
    result = []
    for name, ids in by_outlet.items():
        exclusive = tuple(c for c in briefing.claims if originals[c.id] == {name})
        missing = tuple(c for c in briefing.claims if c.status == "corroborated" and name not in makers[c.id])
        result.append(OutletCoverage(outlet=name, sources=tuple(ids), exclusive=exclusive, missing=missing))
    return tuple(result)
