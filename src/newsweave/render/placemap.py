"""The report's map: framed on the story's own places, background places drawn small and unlabelled, and
labels placed so that none overlaps another label or a marker."""

from __future__ import annotations

import math
from dataclasses import dataclass

from newsweave.models import Briefing, RosterEntity
from newsweave.render.basemap import MapView, basemap_available, country_paths, graticule, view_for
from newsweave.render.digest import foreground_places

MARKER_MIN_R, MARKER_MAX_R = 4.0, 11.0
BACKGROUND_R = 2.5
# Label box estimate for the 12px system-ui label: average glyph advance and line height, in SVG units
# (measured on Debian chromium's rendering of the examples' and seeds' place names, rounded up).
LABEL_CHAR_W = 7.0
LABEL_H = 14.0
LABEL_GAP = 3.0


@dataclass(frozen=True, slots=True)
class Marker:
    name: str
    x: float
    y: float
    r: float
    label: str  # hover text
    background: bool = False  # a place named in passing: small, unlabelled
    text_x: float | None = None  # None: no room for the label (the name stays in the hover text)
    text_y: float = 0.0
    anchor: str = "start"


@dataclass(frozen=True, slots=True)
class MapPicture:
    width: float
    height: float
    land: tuple[str, ...]
    grid: tuple[tuple[str, tuple[float, float, float, float]], ...]
    markers: tuple[Marker, ...]
    has_base: bool


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _label_spot(m: Marker, taken: list[Box], width: float, height: float) -> tuple[float, float, str] | None:
    """The first of right, left, above, below where the label fits inside the map and clear of the rest."""
    w = LABEL_CHAR_W * len(m.name)
    spots = (
        (m.x + m.r + LABEL_GAP, m.y + 4.0, "start", (m.x + m.r + LABEL_GAP, m.y - LABEL_H / 2)),
        (m.x - m.r - LABEL_GAP, m.y + 4.0, "end", (m.x - m.r - LABEL_GAP - w, m.y - LABEL_H / 2)),
        (m.x, m.y - m.r - LABEL_GAP - 3.0, "middle", (m.x - w / 2, m.y - m.r - LABEL_GAP - LABEL_H)),
        (m.x, m.y + m.r + LABEL_GAP + 10.0, "middle", (m.x - w / 2, m.y + m.r + LABEL_GAP)),
    )
    for tx, ty, anchor, (bx, by) in spots:
        box = (bx, by, bx + w, by + LABEL_H)
        inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
        if inside and not any(_overlaps(box, t) for t in taken):
            taken.append(box)
            return tx, ty, anchor
    return None


def _marker(e: RosterEntity, view: MapView, top: int, background: bool) -> Marker | None:
    assert e.geo is not None
    x, y = view.project(e.geo.lon, e.geo.lat)
    if not (0 <= x <= view.width and 0 <= y <= view.height):
        return None  # a background place outside the story's frame is left out
    r = BACKGROUND_R if background else (
        MARKER_MIN_R + (MARKER_MAX_R - MARKER_MIN_R) * math.sqrt(max(e.mentions, 0) / top))
    if e.geo.precision == "country":
        # A country's point is only its centroid and does not frame the view (frame_places): its circle is
        # nudged inside the frame rather than cut by the edge (Afghanistan under a map of Panjshir).
        x, y = min(max(x, r), view.width - r), min(max(y, r), view.height - r)
    hover = f"{e.name} ({e.geo.precision}, {e.mentions} mention{'' if e.mentions == 1 else 's'})"
    return Marker(e.name, x, y, r, hover, background)


def frame_places(main: tuple[RosterEntity, ...]) -> tuple[RosterEntity, ...]:
    """The places the view is fitted to: a country's centroid says little about where things happened, so
    countries frame the map only when no finer place (city, district, province) is known."""
    finer = tuple(e for e in main if e.geo is not None and e.geo.precision != "country")
    return finer or main


def place_map(briefing: Briefing) -> MapPicture:
    """Framed on the foreground places; no label overlaps a marker or a label; most-named labelled first."""
    main = tuple(e for e in foreground_places(briefing) if e.geo is not None)
    view = view_for([(e.geo.lon, e.geo.lat) for e in frame_places(main) if e.geo is not None])
    top = max((e.mentions for e in main), default=1) or 1
    main_ids = {e.id for e in main}
    ordered = sorted((e for e in briefing.entities if e.geo is not None),
                     key=lambda e: (e.id not in main_ids, -e.mentions))
    markers = [m for e in ordered if (m := _marker(e, view, top, e.id not in main_ids)) is not None]
    taken: list[Box] = [(m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r) for m in markers if not m.background]
    placed = []
    for m in markers:
        spot = None if m.background else _label_spot(m, taken, view.width, view.height)
        if spot is None:
            placed.append(m)
        else:
            tx, ty, anchor = spot
            placed.append(Marker(m.name, m.x, m.y, m.r, m.label, m.background, tx, ty, anchor))
    # Drawn smallest last is wrong for clicks; background first, so the story's places sit on top.
    placed.sort(key=lambda m: not m.background)
    return MapPicture(view.width, view.height, country_paths(view), graticule(view), tuple(placed),
                      basemap_available())
