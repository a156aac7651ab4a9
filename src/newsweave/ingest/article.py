"""RawDocument -> Article: extract (HTML), clean, find metadata in the text, let explicit metadata win."""

from __future__ import annotations

from dataclasses import replace

from newsweave.errors import EmptyInputError, TooLargeInputError
from newsweave.identity import article_id, outlet_from_url
from newsweave.ingest.clean import clean_text
from newsweave.ingest.html import dropped_furniture, extract_html
from newsweave.ingest.language import UNDETERMINED, detect_language, normalize_tag
from newsweave.ingest.metadata import (
    dateline_date,
    looks_like_headline,
    parse_date,
    split_title_suffix,
)
from newsweave.ingest.unsafe_text import scrub, scrub_optional
from newsweave.lang import pack_for
from newsweave.models import Article, Metadata, RawDocument, Removed
from newsweave.models.article import PublishedFrom

# The one rule for over-long text, the same for files, JSONL lines, WARC records, URLs and the web API: an
# article whose cleaned text is longer than the parser takes (spaCy's default ``nlp.max_length``) is rejected,
# not split, because a split would cut sentences, quotes and citations at an arbitrary point. Real articles
# are far shorter (the longest in the shared eval sets is under 60,000 characters).
MAX_ARTICLE_CHARS = 1_000_000


def _merge(explicit: Metadata, found: Metadata) -> Metadata:
    """Explicit fields win; ``found`` (HTML meta) fills the gaps."""
    return Metadata(
        id=explicit.id or found.id, title=explicit.title or found.title, url=explicit.url or found.url,
        outlet=explicit.outlet or found.outlet, published=explicit.published or found.published,
        language=explicit.language or found.language, author=explicit.author or found.author,
    )


def to_article(raw: RawDocument) -> Article:
    """Turn one raw input (text or HTML, with any metadata that came with it) into a cleaned Article.

    - HTML goes through trafilatura; its title, date, site name and url count as explicit metadata, after
      the RawDocument's own ``metadata`` (which always wins).
    - The text is cleaned (captions, embeds, navigation, related links, boilerplate go to ``removed``).
    - Without a title, a headline-like first line becomes the title. It stays in ``text`` (citations can
      point at it) but loses an outlet suffix ("| Section | Outlet"), which is recorded as removed.
    - outlet: metadata, else a title suffix, else the URL host. published: metadata (``published_from
      "metadata"``), else a ``date YYYY-MM-DD`` marker, a dateline or a dated embedded post (``"text"``).
    - id: the metadata id, else a hash of the canonical URL, else of the cleaned text.

    Raises an InputError (naming ``raw.item``) when nothing usable is left. Used by read_inputs and by the
    URL/feed ingesters.
    """
    meta = _scrubbed(raw.metadata)
    dropped: tuple[Removed, ...] = ()
    if raw.text is not None and raw.text.strip():
        body = scrub(raw.text)
    elif raw.html is not None and raw.html.strip():
        html = scrub(raw.html)
        body, found = extract_html(raw.item, html, meta.url)
        meta = _merge(meta, _scrubbed(found))
        body = scrub(body)
        dropped = dropped_furniture(html, body, found.title)
    else:
        raise EmptyInputError(raw.item, "empty input (no text)")
    cleaned = clean_text(body)
    if not cleaned.paragraphs:
        raise EmptyInputError(raw.item, "no article text left after removing page furniture")
    paragraphs = list(cleaned.paragraphs)
    removed = [*dropped, *cleaned.removed]

    title_outlet: str | None = None
    title = meta.title
    if title:
        parts = split_title_suffix(title)
        title, title_outlet = parts.title, parts.outlet
    first = paragraphs[0]
    if len(paragraphs) > 1 and looks_like_headline(first):
        parts = split_title_suffix(first)
        if parts.suffix:
            paragraphs[0] = parts.title
            removed.insert(0, Removed("boilerplate", parts.suffix))
            title_outlet = title_outlet or parts.outlet
        title = title or parts.title

    text = "\n\n".join(paragraphs)
    if len(text) > MAX_ARTICLE_CHARS:
        raise TooLargeInputError(
            raw.item, f"article text of {len(text):,} characters is over the {MAX_ARTICLE_CHARS:,} limit"
        )
    language = _language(text, normalize_tag(raw.metadata.language), normalize_tag(meta.language))
    published: str | None = parse_date(meta.published) if meta.published else None
    published_from: PublishedFrom | None = "metadata" if published else None
    if published is None:
        marker = parse_date(cleaned.date_marker) if cleaned.date_marker else None
        stamp = parse_date(cleaned.stamp_date) if cleaned.stamp_date else None
        found_date = marker or stamp or _dateline(language, cleaned.paragraphs)
        if found_date is None and cleaned.embed_dates:
            found_date = max((d for d in map(parse_date, cleaned.embed_dates) if d), default=None)
        if found_date:
            published, published_from = found_date, "text"

    return Article(
        id=meta.id or article_id(meta.url, text),
        text=text,
        title=title or None,
        outlet=meta.outlet or title_outlet or outlet_from_url(meta.url),
        url=meta.url,
        path=raw.path,
        published=published,
        published_from=published_from,
        language=language,
        removed=tuple(removed),
        author=meta.author or cleaned.byline,
    )


def _scrubbed(meta: Metadata) -> Metadata:
    return Metadata(**{f: scrub_optional(getattr(meta, f)) for f in Metadata.__slots__})


def _language(text: str, explicit: str | None, declared: str | None) -> str:
    """Metadata given with the input wins; else the detected language; a page's own declaration (HTML
    ``lang``, often a site template's default) only when the text is too short or mixed to tell."""
    if explicit:
        return explicit
    detected = detect_language(text).code
    return declared if detected == UNDETERMINED and declared else detected


def _dateline(language: str, paragraphs: tuple[str, ...]) -> str | None:
    """A dateline standing alone in the first lines, read with the rules of the article's language only."""
    pack = pack_for(language)
    if pack is not None and pack.dateline is not None:
        return pack.dateline(paragraphs)
    return dateline_date(paragraphs) if language == "en" else None


def with_id(article: Article, new_id: str) -> Article:
    return replace(article, id=new_id)
