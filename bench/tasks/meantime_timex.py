"""MEANTIME's TIMEX3 annotations as a further dates check (WikiNews business news, 4 corpora, 120 articles).

Not a bench task of its own: ``dates`` scores it in full mode. The text is rebuilt from the token layer, one
sentence per line, as the roster task does. MEANTIME annotates the opening sentences of each article, so
mentions found after the last sentence holding a gold TIMEX3 are not scored (they would count as spurious
where nobody looked). The document creation time is the TIMEX3 marked CREATION_TIME. Its conventions differ
from TimeBank's in places (clock times carry "Z" for UTC), so the figure is a check, not a target; the rules
were never read against its gold.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("meantime") / "intra_cross-doc_annotation"
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "'s", "’s", ")", "!", "?", "%", "n't", "'", "’"})
_NO_SPACE_AFTER = frozenset({"(", "$", "£", "€"})


@dataclass(frozen=True, slots=True)
class MeantimeDoc:
    name: str
    text: str
    dct: str | None
    timexes: tuple[tuple[int, int, str, str], ...]  # start, end, value, type
    scored_end: int  # mentions starting at or after this offset are not scored


def read_meantime(path: Path) -> MeantimeDoc:
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[str, int] = {}
    parts: list[str] = []
    pos, sentence, prev = 0, None, ""
    for tok in root.iter("token"):
        word, sid = tok.text or "", tok.get("sentence", "")
        if sentence is not None and sid != sentence:
            sep = "\n"
        elif not parts or word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        pos += len(sep)
        parts.append(sep + word)
        tid = tok.get("t_id", "")
        offsets[tid] = (pos, pos + len(word))
        sentence_of[tid] = sid
        pos += len(word)
        sentence_end[sid] = pos
        sentence, prev = sid, word
    dct: str | None = None
    timexes: list[tuple[int, int, str, str]] = []
    scored_end = 0
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10] or None
        tids = [a.get("t_id", "") for a in tx.iter("token_anchor") if a.get("t_id") in offsets]
        if not tids:
            continue
        start, end = offsets[tids[0]][0], offsets[tids[-1]][1]
        timexes.append((start, end, tx.get("value") or "", tx.get("type") or ""))
        scored_end = max(scored_end, sentence_end[sentence_of[tids[-1]]])
    return MeantimeDoc(path.stem, "".join(parts), dct, tuple(timexes), scored_end)


def meantime_paths(data: Path) -> list[Path]:
    return sorted((data / ROOT).glob("*/*.xml"))
