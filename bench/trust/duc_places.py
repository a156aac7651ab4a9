"""Places on DUC 2003 wire copy: the hand labels' places (every place name inside each document's labelled
region, with its country and the coordinates of the place meant; bench/data/trust/README.md) scored by the
places task's way (bench/tasks/places.py: toponym recall, and the found ones pinned within 161 km; a name
labelled a country is right when pinned to that country, as the gazetteer's centroid and the labeller's point
of a large country lie far apart), beside the same-run peer, the most populous place of the name.

Each document is cleaned by the product's ingest (as the trust task does) and analysed as the places task
analyses GeoWebNews and LGL articles, each cluster one batch (its outlets' homes are learned from it alone); a
label is placed in the cleaned text by its phrase, the occurrence nearest its relative position
(labels.locate). Labels with no pin (a supranational name, or one the labeller left unpinned) count for
neither recall nor accuracy, as the places task treats them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Row
from bench.tasks.places import KM, Gold, _ratio
from bench.trust.duc2003 import cluster_docs, region_end, relative_position, to_articles
from bench.trust.labels import Folded, load_labels, locate
from newsweave.geo.gazetteer import distance_km

TASK = "trust"


@dataclass(frozen=True, slots=True)
class _Label:
    gold: Gold  # the label placed in the cleaned text
    country: str | None
    kind: str


@dataclass(slots=True)
class PlaceTally:
    gold: int = 0
    found: int = 0
    right: int = 0
    right_pop: int = 0


def _labels(data: Path, clusters: Sequence[str]) -> list[tuple[str, str | None, str, list[_Label]]]:
    """Each document's cleaned text, outlet and cluster, with its labelled places inside the labelled region
    placed in it."""
    out: list[tuple[str, str | None, str, list[_Label]]] = []
    for cluster in clusters:
        labels = load_labels(cluster)
        if labels is None:
            continue
        docs = cluster_docs(data, cluster, [])
        for d, article in zip(docs, to_articles(docs), strict=True):
            text = article.text
            folded = Folded(text)
            end = region_end(d, text, labels.region_chars)
            gold: list[_Label] = []
            for p in labels.places:
                hit = locate(p.phrase, folded, relative_position(d, p.offset)) if p.doc == d.docno else None
                if hit is None or hit[0] >= end:
                    continue
                gold.append(_Label(Gold(hit[0], hit[1], text[hit[0] : hit[1]], p.point), p.country, p.kind))
            out.append((text, article.outlet, cluster, gold))
    return out


def _pinned(lat: float, lon: float, precision: str, country: str | None, label: _Label) -> bool:
    """Within 161 km of the labelled point, or the labelled country itself: a country's centroid differs
    between the gazetteer and the labeller by more than 161 km (Brazil, China, Russia)."""
    assert label.gold.point is not None
    if label.kind == "country" and precision == "country":
        return country == label.country
    return distance_km(lat, lon, *label.gold.point) <= KM


def score(data: Path, clusters: Sequence[str]) -> PlaceTally:
    """Found: a place the analysis marks (a place type, or a geocoded demonym) overlaps the labelled name;
    right: its pin is the labelled place; peer: the most populous gazetteer place of the found name."""
    from newsweave.analyze.entities import find_entities_and_pins
    from newsweave.analyze.nlp import load_nlp
    from newsweave.analyze.pins import repinned_by_outlet
    from newsweave.geo.gazetteer import load_gazetteer
    from newsweave.models import PLACE_TYPES, Article

    gazetteer = load_gazetteer()
    docs = _labels(data, clusters)
    t = PlaceTally()
    articles = [Article(id=str(k), text=text, outlet=outlet) for k, (text, outlet, _, _) in enumerate(docs)]
    first = [find_entities_and_pins(parsed, a)
             for a, parsed in zip(articles, load_nlp().pipe(d[0] for d in docs), strict=True)]
    # Each cluster is one batch, as a user briefs it: its outlets' homes are learned from it alone.
    pinned = list(first)
    for cluster in {d[2] for d in docs}:
        ks = [k for k, d in enumerate(docs) if d[2] == cluster]
        for k, ents in zip(ks, repinned_by_outlet([(articles[k], *first[k]) for k in ks]), strict=True):
            pinned[k] = (ents, first[k][1])
    for (_, _, _, labels), (ents, _) in zip(docs, pinned, strict=True):
        places = [e for e in ents if e.type in PLACE_TYPES or e.geo is not None]
        for label in labels:
            g = label.gold
            if g.point is None:
                continue
            t.gold += 1
            hit = next((e for e in places if g.start < e.span.end and e.span.start < g.end), None)
            if hit is None:
                continue
            t.found += 1
            geo = hit.geo
            t.right += geo is not None and _pinned(geo.lat, geo.lon, geo.precision, geo.country_code, label)
            candidates = gazetteer.lookup(hit.text)
            pop = max(candidates, key=lambda p: p.population) if candidates else None
            t.right_pop += pop is not None and _pinned(pop.lat, pop.lon, pop.precision, pop.country_code,
                                                       label)
    return t


def place_rows(data: Path, half: str, clusters: Sequence[str]) -> list[Row]:
    t = score(data, clusters)
    if not t.gold:
        return []
    ds = f"duc2003 {half}"
    return [
        Row(TASK, ds, "place name recall (labelled regions)", round(_ratio(t.found, t.gold), 4),
            note=f"{t.found}/{t.gold} labelled places with a pin found"),
        Row(TASK, ds, "place pins right of found (labelled regions)", round(_ratio(t.right, t.found), 4),
            peers=(("population", round(_ratio(t.right_pop, t.found), 4)),),
            note=f"{t.right}/{t.found} found places pinned within 161 km (a country: the labelled country); "
                 f"population peer {t.right_pop}/{t.found}"),
    ]
