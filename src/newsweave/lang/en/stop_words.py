"""English stop words: the Glasgow IR list as scikit-learn ships it, read without importing scikit-learn.

Importing ``sklearn`` pulls in scipy (about a second of a small `brief`), and the stages only need its word
list. The list is read from the installed package's source with ``ast`` (a literal, never executed); if that
file ever moves, the import is the fallback, so the words are always the same ones the figures were tuned on.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
from pathlib import Path

_LIST_FILE = ("feature_extraction", "_stop_words.py")
_LIST_NAME = "ENGLISH_STOP_WORDS"


def _literal_list(path: Path) -> frozenset[str] | None:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return None
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == _LIST_NAME
                                                 for t in node.targets)
                and isinstance(node.value, ast.Call) and node.value.args):
            try:
                words = ast.literal_eval(node.value.args[0])
            except ValueError:
                return None
            if isinstance(words, list | tuple | set) and all(isinstance(w, str) for w in words):
                return frozenset(words)
    return None


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The English stop words (318 function words), loaded once."""
    spec = importlib.util.find_spec("sklearn")  # locates the package without importing it
    if spec is not None and spec.submodule_search_locations:
        for base in spec.submodule_search_locations:
            found = _literal_list(Path(base).joinpath(*_LIST_FILE))
            if found:
                return found
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # pragma: no cover - layout changed

    return frozenset(ENGLISH_STOP_WORDS)
