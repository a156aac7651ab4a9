"""Feeds saved as files: entries with their article's text become articles, teasers and empty entries are
rejected by name, and a file that is no feed is one rejection."""

from __future__ import annotations

from pathlib import Path

from newsweave.ingest import read_inputs
from newsweave.ingest.feed import MIN_SUMMARY_WORDS, parse_entries

STORY = ("<p>Ferry crews at the port of Brannock walked out on Thursday morning after the operator cut two "
         "night sailings, the crews' union said.</p><p>The operator said the cut would save fuel and that "
         "day services would run as normal through the winter timetable.</p>")
LONG_SUMMARY = " ".join(["The council voted on Tuesday to close the old quay to traffic."] * 12)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Brannock Tidings</title><link>https://tidings.example/</link>
<item><title>Ferry crews walk out</title><link>https://tidings.example/ferry</link>
<pubDate>Thu, 07 Nov 2024 09:30:00 GMT</pubDate><author>desk@tidings.example (Ina Marr)</author>
<description>Crews walked out.</description>
<content:encoded><![CDATA[{STORY}]]></content:encoded></item>
<item><title>Quay closed</title><link>https://tidings.example/quay</link>
<description>{LONG_SUMMARY}</description></item>
<item><title>Teaser only</title><link>https://tidings.example/teaser</link>
<description>A short teaser of the story.</description></item>
<item><title>Nothing at all</title><link>https://tidings.example/empty</link></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Ferry crews walk out</title><link href="https://notes.example/a"/>
<updated>2024-11-07T10:00:00Z</updated><content type="html"><![CDATA[{STORY}]]></content></entry>
</feed>
"""


def test_rss_entries_with_text_become_articles_with_their_metadata(tmp_path: Path) -> None:
    feed = tmp_path / "tidings.rss"
    feed.write_text(RSS, encoding="utf-8")
    result = read_inputs([str(feed)])
    by_url = {a.url: a for a in result.articles}
    assert set(by_url) == {"https://tidings.example/ferry", "https://tidings.example/quay"}
    ferry = by_url["https://tidings.example/ferry"]
    assert "walked out on Thursday morning" in ferry.text  # the full content, not the one-line description
    assert ferry.outlet == "Brannock Tidings"
    assert ferry.title == "Ferry crews walk out"
    assert ferry.published is not None and ferry.published.startswith("2024-11-07")
    reasons = {r.item: r.reason for r in result.rejections}
    assert "teaser of 6 words" in reasons[f"{feed}#https://tidings.example/teaser"]
    assert "https://tidings.example/teaser" in reasons[f"{feed}#https://tidings.example/teaser"]
    assert "no text" in reasons[f"{feed}#https://tidings.example/empty"]
    assert len(result.rejections) == 2


def test_a_summary_as_long_as_an_article_is_the_article() -> None:
    (_, quay, teaser, _) = parse_entries("f.rss", RSS.encode())
    assert quay.summary_only and len(quay.body.split()) >= MIN_SUMMARY_WORDS  # type: ignore[union-attr]
    assert teaser.summary_only


def test_atom_feed_saved_as_xml(tmp_path: Path) -> None:
    feed = tmp_path / "notes.xml"
    feed.write_text(ATOM, encoding="utf-8")
    result = read_inputs([str(feed)])
    (article,) = result.articles
    assert article.url == "https://notes.example/a"
    assert article.outlet == "Harbour Notes"
    assert result.rejections == ()


def test_xml_that_is_no_feed_is_one_rejection_beside_good_files(tmp_path: Path) -> None:
    (tmp_path / "good.rss").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', encoding="utf-8")
    (tmp_path / "broken.atom").write_bytes(b"<feed><entry><title>cut off")
    result = read_inputs([str(tmp_path)])
    assert len(result.articles) == 1
    reasons = sorted(r.reason for r in result.rejections)
    assert len(reasons) == 2
    assert all("feed" in r and "\n" not in r for r in reasons)


def test_a_feed_reads_no_external_entity(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("KEEPOUT-7731", encoding="utf-8")
    feed = tmp_path / "hostile.rss"
    feed.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
<rss version="2.0"><channel><title>T</title><item><title>x</title><link>https://h.example/x</link>
<description>&leak; {LONG_SUMMARY}</description></item></channel></rss>""", encoding="utf-8")
    result = read_inputs([str(feed)])
    assert all("KEEPOUT" not in a.text for a in result.articles)
    assert all("KEEPOUT" not in r.reason for r in result.rejections)
