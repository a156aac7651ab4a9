"""DUC 2003 Task 2 wire SGML -> newsweave Articles, through the product's own ingest (``to_article``).

Each file under ``duc2003/docs/<cluster>/<DOCNO>`` holds one ``<DOC>``: DOCNO, DATE_TIME, a wire header, a
SLUG ("BC-Sweden-Fire, 18th Ld-Writethru"), sometimes a HEADLINE, then ``<TEXT>``. The body is hard-wrapped;
AP marks a paragraph by an indented first line, the NYT service by ``<P>``. Wire control entities (``&QL;``,
``&UR;``, ``&LR;``, ``&Cx1f;`` …) are transmission codes and go; ``&AMP;`` is an ampersand. ``<ANNOTATION>``
blocks ("STORY CAN END HERE") are editors' notes, not article text. Wire conventions that are the article's
own words (`` ``…'' `` quotes, " _ " as a dash, the dateline) stay as they are: the product must read them.

The raw offsets of the body and of each paragraph are kept so label offsets (into the raw file) can be placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.trust.labels import Folded, locate
from newsweave.ingest import to_article
from newsweave.models import Article, Metadata, RawDocument

OUTLETS = {"APW": "Associated Press", "NYT": "New York Times", "XIE": "Xinhua"}

_FIELD = {name: re.compile(rf"<{name}>\s*(.*?)\s*</{name}>", re.S)
          for name in ("DOCNO", "DATE_TIME", "SLUG", "HEADLINE")}
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_ANNOTATION = re.compile(r"<ANNOTATION>.*?</ANNOTATION>", re.S)
_TAG = re.compile(r"</?[A-Z]+>")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*);")
_ENTITY_TEXT = {"&AMP;": "&", "&amp;": "&", "&LT;": "<", "&GT;": ">"}
# Slug furniture: take/lead markers ("18th Ld-Writethru", "1STLD-WRITETHRU", "2TAKES"), word counts ("600",
# ",0838", "570&ADD"), the service suffix ("-NYT") and the art/analysis flags.
_SLUG_MARKERS = re.compile(
    r"(?:,\s*|-)(?:\d+(?:st|nd|rd|th)\s*Ld\b.*|\d*(?:ST|ND|RD|TH)?LD-WRITETHRU.*|\d{3,4}(?:&ADD)?\b.*"
    r"|\(?\d*TAKES\)?.*|ART\b.*|NYT\b.*|\d{3,4}|\$adv\d+.*)$", re.I)
_SPACES = re.compile(r"\s+")
_AP_PARAGRAPH = re.compile(r"\n(?=[\t ]{2,}\S)")  # AP: a new paragraph is an indented line
# The byline line of the wire header, between the slug and <TEXT> (" By ADAM NAGOURNEY "): header metadata,
# passed on as a JSONL line's "author" would be.
_BYLINE = re.compile(r"^[ \t]*(By [A-Z][^\n<]*?)[ \t]*$", re.M)


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # one line, entities decoded
    raw_start: int  # offsets into the raw file
    raw_end: int


@dataclass(frozen=True, slots=True)
class DucDoc:
    docno: str
    path: Path
    published: str | None  # ISO datetime
    title: str | None
    outlet: str | None
    raw: str  # the whole file as text (label offsets index into it)
    body_start: int  # raw offset just after <TEXT>
    body_end: int
    paragraphs: tuple[Paragraph, ...]
    byline: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


def decode_entities(text: str) -> str:
    return _ENTITY.sub(lambda m: _ENTITY_TEXT.get(m.group(0), ""), text)


def iso_datetime(value: str) -> str | None:
    """"10/30/1998 14:25:00" (AP) or "1998-10-17 16:00" (NYT) -> ISO; None when unreadable."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?", value.strip())
    if m:
        mo, d, y, hh, mm, ss = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}T{int(hh):02d}:{mm}:{ss or '00'}"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?", value.strip())
    if m:
        y, mo, d, hh, mm, ss = m.groups()
        return f"{y}-{mo}-{d}T{int(hh):02d}:{mm}:{ss or '00'}"
    return None


def slug_title(slug: str) -> str | None:
    """"BC-Sweden-Fire, 18th Ld-Writethru" -> "Sweden Fire"; "BC-PINOCHET-JUDGE-570&AMP;ADD-NYT" ->
    "Pinochet Judge"."""
    s = decode_entities(slug).strip()
    s = re.sub(r"^(?:BC|R)-", "", s)
    s = re.sub(r"^R-", "", s)
    for _ in range(3):
        s = _SLUG_MARKERS.sub("", s).strip(" ,-")
    words = [w for w in re.split(r"[-\s]+", s) if w]
    if not words:
        return None
    if s.isupper():
        words = [w.capitalize() if len(w) > 2 or not w.isalpha() else w for w in words]
    return " ".join(words)


def _paragraphs(raw: str, start: int, end: int) -> list[Paragraph]:
    body = raw[start:end]
    pieces: list[tuple[int, int]] = []
    if "<P>" in body:
        pieces = [(m.start(1), m.end(1)) for m in re.finditer(r"<P>(.*?)</P>", body, re.S)]
    else:
        at = 0
        for m in _AP_PARAGRAPH.finditer(body):
            pieces.append((at, m.start()))
            at = m.end()
        pieces.append((at, len(body)))
    out = []
    for a, b in pieces:
        chunk = body[a:b]
        if _ANNOTATION.search(chunk):
            chunk = _ANNOTATION.sub(" ", chunk)
        text = _SPACES.sub(" ", decode_entities(_TAG.sub(" ", chunk))).strip()
        if text:
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Paragraph(text, start + a + lead, start + a + len(chunk.rstrip())))
    return out


def read_doc(path: Path) -> DucDoc:
    """One DUC file. Raises ValueError when it has no DOCNO or no <TEXT>."""
    raw = path.read_text(encoding="latin-1")
    fields = {name: (m.group(1) if (m := rx.search(raw)) else None) for name, rx in _FIELD.items()}
    text = _TEXT.search(raw)
    if not fields["DOCNO"] or text is None:
        raise ValueError(f"{path}: not a DUC document (no DOCNO or no TEXT)")
    # Annotation blocks sit between <P>s: blank them out (same length) so offsets stay raw offsets.
    masked = _ANNOTATION.sub(lambda m: " " * len(m.group(0)), raw)
    docno = fields["DOCNO"].strip()
    headline = fields["HEADLINE"]
    title = (_SPACES.sub(" ", decode_entities(_TAG.sub(" ", headline))).strip() if headline else None) or (
        slug_title(fields["SLUG"]) if fields["SLUG"] else None)
    return DucDoc(
        docno=docno, path=path, published=iso_datetime(fields["DATE_TIME"] or ""), title=title,
        outlet=OUTLETS.get(docno[:3]), raw=raw, body_start=text.start(1), body_end=text.end(1),
        paragraphs=tuple(_paragraphs(masked, text.start(1), text.end(1))),
        byline=(m.group(1) if (m := _BYLINE.search(raw, 0, text.start())) else None),
    )


def cluster_docs(data: Path, cluster: str, rejected: list[str] | None = None) -> list[DucDoc]:
    """The cluster's documents; a file that is not a DUC document is named in ``rejected`` and left out."""
    docs = []
    for p in sorted((data / "duc2003" / "docs" / cluster).iterdir()):
        if not p.is_file():
            continue
        try:
            docs.append(read_doc(p))
        except (ValueError, OSError) as exc:
            if rejected is not None:
                rejected.append(str(exc))
    return docs


def to_articles(docs: Sequence[DucDoc]) -> list[Article]:
    """The product's ingest on each document, with the wire metadata given as explicit metadata (as a JSONL
    line would give it)."""
    return [
        to_article(RawDocument(
            item=str(d.path), text=d.text, path=str(d.path),
            metadata=Metadata(id=d.docno, title=d.title, outlet=d.outlet, published=d.published,
                              author=d.byline),
        ))
        for d in docs
    ]


# Enough of a paragraph's end to find it again in the cleaned text.
_TAIL_CHARS = 40


def relative_position(doc: DucDoc, offset: int) -> float:
    """Where a raw-file offset lies in the document's body, 0..1: a label is placed in the cleaned text by
    it."""
    return min(max((offset - doc.body_start) / max(doc.body_end - doc.body_start, 1), 0.0), 1.0)


def region_end(doc: DucDoc, text: str, region_chars: int) -> int:
    """End, in the cleaned text, of the first paragraph that ends after ``region_chars`` body characters."""
    if not doc.paragraphs:
        return 0
    last = next((p for p in doc.paragraphs if p.raw_end - doc.body_start >= region_chars), doc.paragraphs[-1])
    span = max(doc.body_end - doc.body_start, 1)
    rel = (last.raw_end - doc.body_start) / span
    hit = locate(last.text[-_TAIL_CHARS:], Folded(text), rel)
    return hit[1] if hit else round(len(text) * min(rel, 1.0))
