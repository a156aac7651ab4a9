"""Characters that untrusted text must not carry further: lone surrogates and bidirectional controls.

A lone surrogate (``"\\ud800"`` from a JSON escape) cannot be encoded to UTF-8, so it would crash hashing,
storing or printing much later; it becomes U+FFFD here. Bidi embedding/override/isolate controls (U+202A-E,
U+2066-9) let a title or file name display reversed ("Trojan Source"); news text never needs them, so they
are removed from article text and metadata. Implicit marks (LRM, RLM, ALM) are harmless and kept.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{BIDI_CONTROLS}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Shown as escapes when untrusted text goes to a terminal: C0/C1 controls (ANSI escape sequences start with
# ESC), bidi controls and lone surrogates.
_TERMINAL_UNSAFE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}\ud800-\udfff]")


def scrub(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD and bidi controls removed."""
    if _SURROGATE_RE.search(text):
        text = _SURROGATE_RE.sub("\ufffd", text)
    return _BIDI_RE.sub("", text)


def scrub_optional(text: str | None) -> str | None:
    return None if text is None else scrub(text)


def visible(text: str) -> str:
    """One line for a terminal: control, bidi and surrogate characters shown as ``\\u202e``-style escapes."""
    return _TERMINAL_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text.replace("\n", "\\n"))
