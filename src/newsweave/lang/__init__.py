"""Language packs: everything that is about one language lives in ``lang/<code>/`` (as in spaCy).

    pack_for(code)      the pack for an ``Article.language`` code, or None: no rules of any language apply
    reads_statements(code)   whether weave may derive claims, conflicts, numbers and events from such text
    stop_words_for(code)     the pack's stop words; English's for a language without a pack
    statement_words(code)    the words weave reads statements with; NO_WORDS (match nothing) without a pack
    PACKS               every installed pack by code: each ``lang/<code>/`` whose __init__ names a PACK

``lang/xx/`` holds what needs no language (sentence boundaries from punctuation of any script); see
``lang/README.md`` for adding a language.
"""

from __future__ import annotations

import importlib
import pkgutil

from newsweave.lang.en import ENGLISH
from newsweave.lang.pack import NO_WORDS, LanguagePack, StatementWords

__all__ = ["NO_WORDS", "PACKS", "LanguagePack", "StatementWords", "pack_for", "reads_statements",
           "statement_words", "stop_words_for"]



def _installed() -> dict[str, LanguagePack]:
    """The packs found beside this module: adding a language is adding its folder, no list to edit."""
    found: dict[str, LanguagePack] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.ispkg:
            pack = getattr(importlib.import_module(f"{__name__}.{info.name}"), "PACK", None)
            if isinstance(pack, LanguagePack):
                found[pack.code] = pack
    return found


PACKS: dict[str, LanguagePack] = _installed()


def pack_for(code: str | None) -> LanguagePack | None:
    return PACKS.get(code or "")


def reads_statements(code: str | None) -> bool:
    pack = pack_for(code)
    return pack is not None and pack.statements


def statement_words(code: str | None) -> StatementWords:
    pack = pack_for(code)
    return pack.statement_words if pack is not None else NO_WORDS


def stop_words_for(code: str | None) -> frozenset[str]:
    return (pack_for(code) or ENGLISH).stop_words()
