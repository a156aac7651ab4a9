"""Identities shared by ingest, analysis and the store: the site a page address names."""

from __future__ import annotations

from newsweave.identity import outlet_from_url


def test_outlet_from_url_host() -> None:
    assert outlet_from_url("https://www.example-news.com/world/1") == "example-news.com"
    assert outlet_from_url("http://m.paper.co.uk/a") == "paper.co.uk"
    assert outlet_from_url(None) is None
    assert outlet_from_url("not a url") is None
