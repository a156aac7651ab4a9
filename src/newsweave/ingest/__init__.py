"""Ingest stage: files, folders and raw documents in, cleaned Articles out; bad inputs become Rejections.

Public surface:
    read_inputs(paths)    files and folders (.txt .html .jsonl .warc .warc.gz, feeds: .rss .atom .xml) ->
                          IngestResult; never raises for a single bad item, each becomes a Rejection naming
                          the file (or ``path:line``)
    to_article(raw)       one RawDocument (text or HTML plus metadata) -> Article; raises an InputError.
                          What URL and feed ingesters call.
    articles_from_raw(raws)   many RawDocuments -> IngestResult, with unique ids and rejections
    read_bytes_item(item, data, kind)   bytes of one fetched item (kind "txt" or "html") -> RawDocument
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsweave.errors import InputError, UnknownFormatError
from newsweave.identity import disambiguate
from newsweave.ingest.article import to_article, with_id
from newsweave.ingest.collect import MAX_INPUT_BYTES, collect, unexpected
from newsweave.ingest.encoding import decode_bytes
from newsweave.ingest.html import read_html
from newsweave.ingest.language import settle_undetermined
from newsweave.ingest.txt import read_txt
from newsweave.models import Article, IngestResult, Metadata, RawDocument, Rejection

__all__ = [
    "MAX_INPUT_BYTES", "articles_from_raw", "read_bytes_item", "read_inputs", "rejection", "to_article",
    "unexpected",
]


def rejection(exc: InputError) -> Rejection:
    return Rejection(item=exc.item, stage="ingest", reason=exc.reason)


def articles_from_raw(raws: Iterable[RawDocument | InputError]) -> IngestResult:
    """Articles from raw documents (InputError values pass through as Rejections); ids are made unique."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    taken: set[str] = set()
    for raw in raws:
        if isinstance(raw, InputError):
            rejections.append(rejection(raw))
            continue
        try:
            article = to_article(raw)
        except InputError as exc:
            rejections.append(rejection(exc))
            continue
        except Exception as exc:  # one bad item never ends the run: isolated here
            rejections.append(rejection(unexpected(raw.item, exc)))
            continue
        if article.id in taken:  # the same URL or text twice: both kept, grouping marks them as duplicates
            article = with_id(article, disambiguate(article.id, raw.item))
        taken.add(article.id)
        articles.append(article)
    return IngestResult(tuple(settle_undetermined(articles)), tuple(rejections))


def read_inputs(paths: Sequence[str]) -> IngestResult:
    """Read files and folders (recursively) into cleaned Articles; every unusable item is a Rejection."""
    return articles_from_raw(collect(list(paths)))


def read_bytes_item(item: str, data: bytes, kind: str, metadata: Metadata | None = None,
                    declared_charset: str | None = None) -> RawDocument:
    """A fetched payload (``kind`` "txt" or "html") as a RawDocument. Raises an InputError on bad bytes."""
    if len(data) > MAX_INPUT_BYTES:
        from newsweave.errors import TooLargeInputError

        raise TooLargeInputError(item, f"over the {MAX_INPUT_BYTES // 2**20} MiB limit")
    text = decode_bytes(item, data, declared=declared_charset)
    raw = read_txt(item, text) if kind == "txt" else read_html(item, text) if kind == "html" else None
    if raw is None:
        raise UnknownFormatError(item, f"unknown format {kind!r}; expected 'txt' or 'html'")
    if metadata is not None:
        merged = Metadata(**{f: getattr(metadata, f) or getattr(raw.metadata, f) for f in Metadata.__slots__})
        raw = RawDocument(item=raw.item, text=raw.text, html=raw.html, metadata=merged, path=None)
    return raw
