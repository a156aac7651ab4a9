"""No article of any public corpus crashes analysis: every article of every set in ../shared/eval, once.

Each article is analysed on its own (parse, then every annotator); an exception is counted with its article
and reason instead of stopping the run. The slowest article's time is reported beside the median, because
one slow article holds up a whole story. Texts are read the way each set stores them: plain-text files
through the project's own ingest, TimeML <TEXT>, the token layers of MEANTIME and ECB+ joined with spaces,
and the <text> of GeoWebNews and LGL. Quick mode takes the first few articles of each set.
"""

from __future__ import annotations

import html
import re
import statistics
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

from bench.harness import BenchContext, Row, text_articles
from newsweave.models import Article

QUICK_PER_SET = 3
_TOKEN = re.compile(r'<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)</token>')
_XML_TEXT = re.compile(r"<text>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</text>", re.S)


def _tokens(path: Path) -> str:
    """The token layer of a MEANTIME / ECB+ file, one line per sentence."""
    lines: dict[int, list[str]] = {}
    for m in _TOKEN.finditer(path.read_text(encoding="utf-8")):
        lines.setdefault(int(m.group(1)), []).append(html.unescape(m.group(2)))
    return "\n".join(" ".join(words) for _, words in sorted(lines.items()))


def corpora(data: Path, per_set: int | None) -> Iterator[tuple[str, list[Article]]]:
    from bench.tasks.dates import read_tml

    def cap(items: list[Path]) -> list[Path]:
        return items[:per_set] if per_set else items

    for name in ("te3-platinum", "timebank"):
        docs = [read_tml(p) for p in cap(sorted((data / name).rglob("*.tml")))]
        yield name, [Article(id=d.name, text=d.text, published=d.dct) for d in docs]
    for name, pattern in (("multiling2011", "sources/*"), ("polnear-dev", "text/*.txt"),
                          ("duc2003", "docs/*/*")):
        yield name, text_articles(cap(sorted(p for p in (data / name).glob(pattern) if p.is_file())))
    for name in ("meantime", "ecbplus"):
        paths = cap(sorted((data / name).rglob("*.xml")))
        yield name, [Article(id=p.stem, text=_tokens(p)) for p in paths]
    for name, file in (("geowebnews", "GWN.xml"), ("lgl", "lgl.xml")):
        raw = (data / name / file).read_text(encoding="utf-8")
        texts = [html.unescape(m.group(1)) for m in _XML_TEXT.finditer(raw)]
        texts = texts[:per_set] if per_set else texts
        yield name, [Article(id=f"{name}-{i}", text=t) for i, t in enumerate(texts)]


def run(ctx: BenchContext) -> list[Row]:
    from newsweave.analyze.pipeline import analyze

    analyze([Article(id="warm-up", text="Warm up in Paris on Friday.")])  # model and gazetteer load
    rows: list[Row] = []
    crashes: list[str] = []
    for name, articles in corpora(ctx.data, QUICK_PER_SET if ctx.quick else None):
        times: list[float] = []
        failed = 0
        for article in articles:
            t0 = time.perf_counter()
            try:
                analyze([article])
            except Exception as exc:  # the point of the task: count and name them, go on
                failed += 1
                crashes.append(f"{name}/{article.id}: {type(exc).__name__}: {str(exc)[:200]}")
                traceback.print_exc(limit=-3)
            times.append(time.perf_counter() - t0)
        if not articles:
            continue
        rows.append(Row("robustness", name, "articles that crash analysis", failed, higher_is_better=False,
                        note=f"of {len(articles)}"))
        rows.append(Row("robustness", name, "slowest article seconds", max(times), higher_is_better=False,
                        note=f"median {statistics.median(times):.3f}s"))
    ctx.notes.extend(crashes)
    for line in crashes:
        print(f"[robustness] {line}", file=sys.stderr)
    return rows


if __name__ == "__main__":
    context = BenchContext(quick="--quick" in sys.argv)
    for row in run(context):
        print(f"{row.dataset:16s} {row.metric:32s} {row.newsweave:8.3f}  {row.note}")
    for note in context.notes:
        print(note)
