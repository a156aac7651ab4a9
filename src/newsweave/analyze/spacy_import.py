"""Importing spaCy without its command line.

``spacy/__init__`` imports ``spacy.cli.info`` only to re-export ``spacy.info``, and ``spacy.cli`` imports
every spaCy command with what they need: weasel, requests, urllib3, httpx, jinja2, tqdm. None of it parses
a text.
Measured on the seeds `brief` (whole process, paired runs): a quarter of spaCy's import time, about 0.1 s of
a 1.5 s run. So spaCy is imported with a stand-in for ``spacy.cli.info`` whose ``info`` imports the real one
when called; the stand-ins are removed at once, so a later ``import spacy.cli`` (or ``spacy.cli.download``)
imports the real package as usual. Only ``spacy.cli`` as a bare attribute of ``spacy``, without importing it,
is gone. When spaCy is already imported this does nothing.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on first call."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy (once per process) without ``spacy.cli``."""
    if "spacy" in sys.modules:
        return
    stand_ins = {name: types.ModuleType(name) for name in _STAND_INS if name not in sys.modules}
    if "spacy.cli.info" in stand_ins:
        stand_ins["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("spacy")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
