from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import itertools
import re

from tests.render.briefing_sample import TEXT1, make_briefing

from newsweave.models import Briefing
from newsweave.render.html import timeline_axis, to_html

HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> & "quotes"'


def test_article_text_is_escaped_everywhere() -> None:
    # Hostile text in the article, its title, and therefore in citations, hovers and the source view.
    text = HOSTILE + " " + TEXT1
    page = to_html([make_briefing(text1=text, title=HOSTILE)])
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # only our own, hashed script


def test_page_is_self_contained_with_a_strict_csp(briefing: Briefing) -> None:
    page = to_html([briefing])
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    policy = html.unescape(csp.group(1))
    assert "default-src 'none'" in policy
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert script is not None and style is not None
    for body in (script.group(1), style.group(1)):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_report_sections(briefing: Briefing) -> None:
    page = to_html([briefing])
    # hoverable citation carrying the exact source words
    assert 'data-words="A road bridge over the Lune estuary collapsed on Sunday"' in page
    assert page.count('class="badge disputed"') >= 2 and 'class="badge single_source"' in page
    assert 'class="pair"' in page  # conflicts side by side
    assert '<span class="note">(disputed: at least 12 killed vs dozens killed)</span>' in page
    assert page.count('<circle class="tl-dot"') == 2  # the week and the day; background is listed only
    # Lancaster (3 mentions in 2 sources) frames the map; Liverpool, named once, is a small background dot.
    assert page.count('<g class="marker">') == 1 and page.count('<g class="marker background">') == 1
    assert page.count('<path class="country"') > 3  # British Isles coastlines around the markers
    assert "Dana Obi" in page and "fire chief Dana Obi" in page
    outlets = page.split('class="outlets"')[1].split("</section>")[0]
    assert "Harbour Voice" in outlets and "c4" in outlets  # Harbour Voice alone reports c4
    glance = page.split('class="glance"')[1].split("</section>")[0]
    assert glance.index("c1") < glance.index("c2")  # ranked: two independent origins first
    assert "Open disputes" in glance and "at least 12 killed vs dozens killed" in glance
    assert "rests on county council" in glance
    single = page.split('<details class="single-source">')[1].split("</details>")[0]
    assert "1 single-source claim," in single and 'id="b0-c4"' in single  # collapsed, not in the main table
    assert "12 to 36 dead" in page and "week of 3 Mar 2031" in page


def test_timeline_axis_places_days_in_order(briefing: Briefing) -> None:
    axis = timeline_axis(briefing.timeline)
    assert axis is not None
    xs = [d.x for d in axis.dots]
    week, day = xs[1], xs[0]  # 2031-W10 starts on 2031-03-03, before the collapse on 03-09
    assert week < day
    assert [label for _, label in axis.ticks] == ["3 Mar 2031", "9 Mar 2031"]


def test_tick_labels_never_print_over_each_other(briefing: Briefing) -> None:
    from newsweave.render.html import TICK_LABEL_GAP

    day = briefing.timeline[0]
    # A year-old entry beside ten days of the story's: the story's days crowd one end of the axis.
    crowded = [day, dataclasses.replace(day, date="2030-03-01")] + [
        dataclasses.replace(day, date=f"2031-03-{n:02d}") for n in range(1, 31)]
    axis = timeline_axis(crowded)
    assert axis is not None
    xs = [x for x, _ in axis.ticks]
    assert len(xs) >= 2 and all(b - a >= TICK_LABEL_GAP for a, b in itertools.pairwise(xs))
    assert axis.ticks[0][1] == "1 Mar 2030"


def test_a_year_or_month_is_not_drawn_beside_the_storys_days(briefing: Briefing) -> None:
    day = briefing.timeline[0]
    year = dataclasses.replace(day, date="2029", precision="year")
    axis = timeline_axis([year, day, dataclasses.replace(day, date="2031-03-11")])
    assert axis is not None and len(axis.dots) == 2
    assert axis.ticks[0][1] == "9 Mar 2031"
    # With no day known, the year is what there is to draw.
    alone = timeline_axis([year])
    assert alone is not None and len(alone.dots) == 1


def test_timeline_without_dates_draws_no_axis(briefing: Briefing) -> None:
    assert timeline_axis([t for t in briefing.timeline if t.background]) is None


def test_the_report_says_why_a_source_is_in_its_family(briefing: Briefing) -> None:
    from newsweave.models.briefing import FamilyTie

    voice = dataclasses.replace(briefing.sources[1], family="f1", family_link=FamilyTie("s1", "same_title"))
    page = to_html([dataclasses.replace(briefing, sources=(briefing.sources[0], voice, briefing.sources[2]))])
    assert "(with s1: the same outlet&#39;s story under one title, within two days)" in page
