"""Verdicts on the notes "one origin alone gives ..." (weave/lone_details.py) of the corroborated claims the
product prints for ECB+ stories: the labels in bench/data/trust/ecbplus-lone-details/ (its README).

A note names a figure or rank of a corroborated claim's wording that no other origin's report of the claim
writes. A verdict says whether a reader of those reports agrees ("lone": none of them gives the detail in any
form) or not ("backed": one does; "unsure"). It judges one note: the claim's mentions and the detail's span
must both match.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.trust.ecbplus_corroboration import ClaimRecord, Mention

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "ecbplus-lone-details"
NoteKey = tuple[tuple[Mention, ...], Mention]  # (the claim's mentions, the detail's span)


def note_keys(found: Iterable[ClaimRecord]) -> set[NoteKey]:
    """Every lone-detail note of the corroborated claims found, each once."""
    return {(r.mentions, d) for r in found if r.status == "corroborated" for d in r.lone}


def _mention(m: Sequence[Any]) -> Mention:
    return (str(m[0]), int(m[1]), int(m[2]))


def load_verdicts(part: str, root: Path = LABELS) -> dict[NoteKey, bool]:
    """Note -> whether the note is right ("lone"), from ``<part>.json``; "backed" and "unsure" are not."""
    path = root / f"{part}.json"
    if not path.is_file():
        return {}
    out = {}
    for v in json.loads(path.read_text(encoding="utf-8"))["notes"]:
        key = (tuple(sorted(_mention(m) for m in v["mentions"])), _mention(v["detail"]))
        out[key] = v["verdict"] == "lone"
    return out


@dataclass(slots=True)
class NoteTally:
    found: int = 0
    judged: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 1.0

    def add(self, found: Iterable[NoteKey], verdicts: Mapping[NoteKey, bool]) -> None:
        for key in found:
            self.found += 1
            if key in verdicts:
                self.judged += 1
                self.right += verdicts[key]

    @property
    def note(self) -> str:
        out = f"{self.right}/{self.judged} judged notes right, {self.found} printed"
        return out + (f"; {self.found - self.judged} not judged yet" if self.found > self.judged else "")

    def merge(self, other: NoteTally) -> None:
        self.found += other.found
        self.judged += other.judged
        self.right += other.right
