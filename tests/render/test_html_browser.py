"""The HTML report in headless Chromium: the map and the timeline are really drawn (issue 4, acceptance)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from newsweave.models import Briefing
from newsweave.render.html import timeline_axis, to_html

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSWEAVE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
# A screenshot with fewer distinct colours than this is blank or nearly so (white page, one flat block).
MIN_DISTINCT_COLOURS = 20


def _chromium() -> str:
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is required in CI (apt-get install chromium)")
        pytest.skip("chromium not installed")
    return path


def _distinct_colours(png: bytes) -> int:
    import io
    import struct
    import zlib

    # Minimal PNG decode (8-bit RGB/RGBA, as Chromium writes) so the test needs no imaging library.
    stream = io.BytesIO(png)
    assert stream.read(8) == b"\x89PNG\r\n\x1a\n"
    idat = b""
    width = height = channels = 0
    while True:
        length, kind = struct.unpack(">I4s", stream.read(8))
        data = stream.read(length)
        stream.read(4)
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", data[:10])
            assert depth == 8
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += data
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    colours: set[bytes] = set()
    prev = bytearray(stride)
    pos = 0
    for _ in range(height):
        ftype = raw[pos]
        line = bytearray(raw[pos + 1 : pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        prev = line
        for x in range(0, stride, channels * 4):  # every 4th pixel is plenty to tell blank from drawn
            colours.add(bytes(line[x : x + 3]))
    return len(colours)


def _screenshot(html: str, tmp_path: Path) -> tuple[bytes, dict[str, object]]:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "briefing.html"
    page_file.write_text(html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(page_file.as_uri())
            facts: dict[str, object] = page.evaluate(
                """() => {
                  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect();
                                        return [r.width, r.height]; };
                  const map = document.querySelector("svg.place-map");
                  const axis = document.querySelector("svg.timeline-axis");
                  return {
                    map: box(map),
                    countries: document.querySelectorAll("svg.place-map path.country").length,
                    country_box: box(document.querySelector("svg.place-map g.land")),
                    markers: Array.from(document.querySelectorAll("svg.place-map .marker circle"))
                                  .map(box).filter(b => b[0] > 0 && b[1] > 0).length,
                    axis: box(axis),
                    dots: Array.from(document.querySelectorAll("svg.timeline-axis circle.tl-dot"))
                               .map(box).filter(b => b[0] > 0 && b[1] > 0).length,
                    timeline_items: document.querySelectorAll("ol.events li").length,
                  };
                }"""
            )
            if page.locator("a.cite").count():
                page.hover("a.cite")
            facts["popover"] = page.evaluate(
                "() => { const p = document.getElementById('popover');"
                " return p.hidden ? null : p.textContent; }"
            )
            page.locator("svg.place-map").scroll_into_view_if_needed()
            shot = page.screenshot(full_page=True)
            page.locator("svg.place-map").screenshot(path=str(tmp_path / "map.png"))
            facts["requests"] = [u for u in requests if not u.startswith("file:")]
            facts["errors"] = errors
        finally:
            browser.close()
    return shot, facts


def _check(shot: bytes, facts: dict[str, object], briefing: Briefing) -> None:
    assert facts["errors"] == []
    assert facts["requests"] == []  # offline: nothing but the file itself is loaded
    map_box = facts["map"]
    assert isinstance(map_box, list) and map_box[0] > 300 and map_box[1] > 100
    assert isinstance(facts["countries"], int) and facts["countries"] > 0  # the base layer is drawn
    country_box = facts["country_box"]
    assert isinstance(country_box, list) and country_box[0] > 0 and country_box[1] > 0
    assert facts["markers"] == sum(1 for e in briefing.entities if e.geo is not None)
    assert facts["timeline_items"] == len(briefing.timeline)
    if timeline_axis(briefing.timeline) is not None:
        axis = facts["axis"]
        assert isinstance(axis, list) and axis[0] > 300 and axis[1] > 40
        assert isinstance(facts["dots"], int) and facts["dots"] > 0
    if briefing.summary:
        assert isinstance(facts["popover"], str) and len(facts["popover"]) > 10  # cited words show on hover
    assert _distinct_colours(shot) >= MIN_DISTINCT_COLOURS


def test_report_draws_map_and_timeline(briefing: Briefing, tmp_path: Path) -> None:
    _chromium()
    shot, facts = _screenshot(to_html([briefing]), tmp_path)
    _check(shot, facts, briefing)
    # The hand-built briefing has places and dated entries: markers and timeline dots must be on screen.
    assert facts["markers"] == 2 and facts["dots"] == 2
    assert isinstance(facts["popover"], str) and "Lune estuary" in facts["popover"]


def test_examples_report_renders(examples_briefings: tuple[Briefing, ...], tmp_path: Path) -> None:
    _chromium()
    shot, facts = _screenshot(to_html(examples_briefings), tmp_path)
    out = os.environ.get("NEWSWEAVE_SCREENSHOT_DIR")
    if out:  # for looking at the report by eye
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / "examples-report.png").write_bytes(shot)
        (Path(out) / "examples-map.png").write_bytes((tmp_path / "map.png").read_bytes())
    _check(shot, facts, examples_briefings[0])


_LAYOUT = """() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const svg = document.querySelector("svg.place-map");
  const glance = document.querySelector("section.glance");
  const single = document.querySelector("details.single-source");
  return {
    first_section: document.querySelector("article section").className,
    glance: glance ? box(glance) : null,
    facts: glance ? glance.querySelectorAll("ol.facts li").length : 0,
    map: box(svg),
    markers: Array.from(svg.querySelectorAll("g.marker:not(.background) circle")).map(box),
    labels: Array.from(svg.querySelectorAll("g.marker text")).map(box),
    single_open: single ? single.open : null,
    single_rows_visible: single ? Array.from(single.querySelectorAll("tr.claim"))
                                       .filter(r => r.checkVisibility()).length : 0,
  };
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _visible_claims(page: object) -> list[str]:
    return page.evaluate(  # type: ignore[attr-defined, no-any-return]
        "() => Array.from(document.querySelectorAll('tr.claim'))"
        ".filter(r => r.checkVisibility()).map(r => r.dataset.status)")


def _open(html: str, tmp_path: Path, check: object) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    page_file.write_text(html, encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(page_file.as_uri())
            check(page)  # type: ignore[operator]
            assert errors == []  # a CSP refusal of the filter script would show here
        finally:
            browser.close()


def _check_layout(layout: dict[str, object], facts: tuple[int, int]) -> None:
    assert layout["first_section"] == "glance"  # the first thing under the title
    glance = layout["glance"]
    assert isinstance(glance, list) and glance[1] < 900  # on the first screen
    assert facts[0] <= layout["facts"] <= facts[1]  # type: ignore[operator]
    assert layout["single_open"] is False and layout["single_rows_visible"] == 0  # collapsed
    frame = layout["map"]
    assert isinstance(frame, list)
    markers = layout["markers"]
    labels = layout["labels"]
    assert isinstance(markers, list) and isinstance(labels, list) and markers
    for m in markers:  # the story's places are inside the map's frame
        assert frame[0] <= m[0] and m[2] <= frame[2] and frame[1] <= m[1] and m[3] <= frame[3]
    for i, a in enumerate(labels):  # and no two labels overlap
        assert not any(_overlap(a, b) for b in labels[i + 1 :]), (a, labels)


def test_glance_collapsed_claims_filter_and_map_frame(briefing: Briefing, tmp_path: Path) -> None:
    _chromium()

    def check(page: object) -> None:
        layout = page.evaluate(_LAYOUT)  # type: ignore[attr-defined]
        _check_layout(layout, (3, 8))
        assert layout["single_rows_visible"] == 0
        page.fill("input.claim-search", "cracks")  # type: ignore[attr-defined]
        assert _visible_claims(page) == ["single_source"]  # the match opened the collapsed group
        assert page.evaluate("document.querySelector('details.single-source').open")  # type: ignore[attr-defined]
        assert "1 of 4 claims" in page.inner_text(".claim-count")  # type: ignore[attr-defined]
        page.fill("input.claim-search", "")  # type: ignore[attr-defined]
        page.select_option("select.claim-status", "disputed")  # type: ignore[attr-defined]
        assert _visible_claims(page) == ["disputed", "disputed"]
        page.select_option("select.claim-status", "")  # type: ignore[attr-defined]
        assert len(_visible_claims(page)) == 4

    _open(to_html([briefing]), tmp_path, check)


def test_seeds_report_reads_top_down(seeds_dir: Path, tmp_path: Path) -> None:
    from newsweave.pipeline import brief_paths

    _chromium()
    briefings = brief_paths([str(seeds_dir)]).briefings

    def check(page: object) -> None:
        _check_layout(page.evaluate(_LAYOUT), (5, 8))  # type: ignore[attr-defined]
        out = os.environ.get("NEWSWEAVE_SCREENSHOT_DIR")
        if out:  # the README's screenshot: docs/seeds-report.png
            Path(out).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(Path(out) / "seeds-report.png"), clip={  # type: ignore[attr-defined]
                "x": 0, "y": 0, "width": 1100, "height": 1500})

    _open(to_html(briefings), tmp_path, check)
