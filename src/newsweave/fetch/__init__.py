"""Fetching URLs and RSS/Atom feeds, politely and safely.

fetch_url(url, options)        one page -> Fetched (bytes, final URL, content type)
read_feed(url, options)        a feed -> FeedEntry records (link, title, published)
fetch_documents(urls, options) pages and feeds -> RawDocuments (InputErrors for the bad ones)
check_host(url, allow_private) refuses private, loopback, link-local and reserved addresses
"""

from newsweave.fetch.client import Fetched, FetchOptions, fetch_url
from newsweave.fetch.feeds import fetch_documents, is_feed, read_feed
from newsweave.fetch.guard import check_host
from newsweave.ingest.feed import FeedEntry

__all__ = [
    "FeedEntry",
    "FetchOptions",
    "Fetched",
    "check_host",
    "fetch_documents",
    "fetch_url",
    "is_feed",
    "read_feed",
]
