"""Quote marks: which stretches of an article's text are inside a pair of quotation marks.

Straight, curly, typewriter ('' ... '') and wire-style (`` ... '') double quotes anywhere, paired per
paragraph; single quotes only in headlines. A paragraph that ends inside a quote and a next one opening with
a quote mark is the news convention for a quote that goes on (``Segment.continued``). Feeds that drop the
reopening marks close such a quote on a later paragraph instead; those paragraphs go on it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line this short without a final full stop is a headline or subhead, where single quotes mark quotations.
HEADLINE_MAX_CHARS = 200

_OPEN_DOUBLE = frozenset("“„«")
# Minutes then seconds, or feet then inches, right before a double mark: the mark is a unit ("won the team
# competition by 19' 36\" and Team CSC by 22' 10''": MultiLing dev topic M003, read as a user: the rest of the
# paragraph was an unattributed quotation).
_UNIT_BEFORE = re.compile(r"\d['’′]\s?\d{1,2}$")
UNIT_REACH_CHARS = 8
# Paragraphs without a mark that may lie inside a quotation left open, before the paragraph that closes it.
# ECB+ dev topics (read as a user): quotations of two to four paragraphs with no reopening marks, closed with
# '..., " Bush said.'; the longest had four silent paragraphs. Beyond three the close is more likely a slip.
MAX_SILENT_PARAGRAPHS = 3
# What a quotation left open ends with before the mark that closes it on a later paragraph: a clause's comma
# or a sentence's stop ('It's more the norm. "'). Wire copy also opens quotations with two apostrophes after a
# full stop, so there only a comma, a question or an exclamation closes one.
_CLOSE_AFTER = (",", "?", "!", ".")
_WIRE_CLOSE_AFTER = (",", "?", "!")
_MARK_CHARS = frozenset('"“”„«»`')
# Characters looked back over for the punctuation before a mark (a few spaces may stand between).
_LOOK_BACK_CHARS = 8


@dataclass(frozen=True, slots=True)
class Segment:
    """Text between a pair of quote marks: ``start:end`` is the content, ``outer`` includes the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    continued: bool = False  # goes on a quote left open at the end of the previous paragraph


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def opens_quote(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos] in _OPEN_DOUBLE or text[pos] == '"'
                                or text.startswith(("''", "``"), pos))


def _is_headline(line: str) -> bool:
    stripped = line.rstrip()
    return len(stripped) <= HEADLINE_MAX_CHARS and not stripped.endswith((".", ".”", '."', "…"))


def _single_quoted(text: str, start: int, end: int) -> list[Segment]:
    """‘...’ / '...' pairs in a headline; an apostrophe (don’t, Taliban’s) never opens or closes one."""
    out: list[Segment] = []
    opened: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in "‘’'":
            continue
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if opened is None and ch in "‘'" and not before.isalnum() and after.isalnum():
            opened = i
        elif opened is not None and ch in "’'" and not after.isalnum() and not before.isspace():
            out.append(Segment(opened + 1, i, opened, i + 1))
            opened = None
    return out


def quote_segments(text: str) -> list[Segment]:
    """Every quoted stretch in ``text``, paired per paragraph (see the module docstring)."""
    paragraphs = paragraph_bounds(text)
    out: list[Segment] = []
    carry = False
    # A wire-style quotation (opened with two backticks) of several sentences set one sentence to a line
    # (MEANTIME, read as a user) closes on a later line that no mark reopens: when that line's first mark is
    # two apostrophes after some words, they close the quotation left open rather than open one. (Wire copy
    # also opens quotations with two apostrophes, at a paragraph's start or after a full stop: DUC 2003.)
    wire = "``" in text
    left_open = False
    silent: list[tuple[int, int]] = []  # paragraphs without a mark since a quotation was left open
    for n, (p_start, p_end) in enumerate(paragraphs):
        # A curly quotation that seems to open a sentence inside another ('“I saw the VFW and I thought,
        # “Thank God,” Baker said. ... “I’m hoping ...”': LGL tune, read as a user, whose texts are one
        # paragraph each) means an opening mark was typed for a closing one and the nesting runs on to the
        # paragraph's end. Such a paragraph is paired again flat: each curly opening mark ends the quotation
        # still open.
        for flat in (False, True):
            scan = _scan(text, p_start, p_end, flat, left_open, carry, wire, silent)
            if flat or not scan.reopened:
                break
        found, opened, continued, width = scan.found, scan.opened, scan.continued, scan.width
        marked = scan.marked
        if scan.closed_left_open:
            left_open = False
        if left_open and not marked and len(silent) < MAX_SILENT_PARAGRAPHS:
            silent.append((p_start, p_end))
            continue
        left_open = opened is not None and (text.startswith("``", opened) if wire else text[opened] in '"“')
        silent = []
        carry = False
        if opened is not None:
            nxt = paragraphs[n + 1][0] if n + 1 < len(paragraphs) else len(text)
            carry = opens_quote(text, nxt)
            found.append(Segment(opened + width, p_end, opened, p_end, continued))
        if not found and _is_headline(text[p_start:p_end]):
            found = _single_quoted(text, p_start, p_end)
        out.extend(found)
    return [s for s in (_trim(text, seg) for seg in out) if s.end > s.start]


@dataclass(slots=True)
class _Scan:
    """One paragraph's marks paired: the quotations closed in it, and the one still open at its end."""

    found: list[Segment]
    opened: int | None = None
    continued: bool = False
    width: int = 1
    marked: bool = False  # the paragraph has a quote mark
    closed_left_open: bool = False  # it closed a quotation an earlier paragraph left open
    reopened: bool = False  # a curly opening mark began a sentence inside a curly quotation


def _scan(text: str, p_start: int, p_end: int, flat: bool, left_open: bool, carry: bool, wire: bool,
          silent: list[tuple[int, int]]) -> _Scan:
    """Pair the marks of the paragraph ``p_start:p_end``. ``flat``: a curly opening mark inside a curly
    quotation ends it rather than nesting; ``left_open``, ``carry`` and ``silent`` are what the paragraphs
    before left (see ``quote_segments``)."""
    out = _Scan(found=[])
    found = out.found
    opened: int | None = None
    continued = False
    closer = ""
    width = 1
    inner = 0  # curly quotations open inside the current curly one
    marked = False
    i = p_start
    while i < p_end:
        ch = text[i]
        marked = marked or ch in _MARK_CHARS or text.startswith("''", i)
        # Two apostrophes are one double quote mark (typewriter style of some wire and archive feeds), and
        # two backticks open one (wire style ``...'').
        mark, step = ch, 1
        if text.startswith(("''", "``"), i):
            mark, step = ('"' if ch == "'" else "``"), 2
        if mark == '"' and ch != "“" and _UNIT_BEFORE.search(text, max(p_start, i - UNIT_REACH_CHARS), i):
            i += step  # seconds or inches: "by 19' 36\"", "6'2\"", not a quotation mark
            continue
        opener = mark in _OPEN_DOUBLE or mark in ('"', "``") or _wrong_way_opener(text, i, p_start)
        if left_open and opened is None and not found and _closes_left_open(text, i, step, p_start, p_end,
                                                                               wire):
            # The quotation left open ends here, and the silent paragraphs between were inside it.
            found.extend(Segment(a, b, a, b, True) for a, b in silent)
            found.append(Segment(p_start, i, p_start, i + step, True))
            left_open = False
            out.closed_left_open = True
        elif opened is not None and text[opened] == "“" and _wrong_way_closer(text, i, p_end):
            # An opening mark typed for a closing one ('... like this, “ he said'): it closes.
            found.append(Segment(opened + width, i, opened, i + step, continued))
            opened, continued, inner = None, False, 0
        elif opened is not None and text[opened] == "“" and mark == "“" and flat:
            found.append(Segment(opened + width, i, opened, i, continued))
            opened, continued = i, False
        elif opened is not None and text[opened] == "“" and mark in "“”" and (mark == "“" or inner):
            # A curly quotation inside a curly one ('“... what he calls “hell” than live ...”').
            out.reopened = out.reopened or (mark == "“" and _opens_sentence(text, i, opened))
            inner += 1 if mark == "“" else -1
        elif opened is None and opener:
            continued = carry and not found and not text[p_start:i].strip()
            opened, width = i, step
            # A straight quote closed by a curly one ('"Oz has a huge bully pulpit,” said ...') is a
            # typing slip, not a quote left open.
            closer = '"”' if mark in ('"', "``", "”") else "”»"
        elif opened is not None and mark in closer and not _nested_close(text, opened, i):
            # Marks of the other style inside a quotation are a quotation within it ('"PENCE: ... an
            # episode of “Shark Tank.”' is one still open).
            found.append(Segment(opened + width, i, opened, i + step, continued))
            opened = None
            continued = False
        i += step
    out.opened, out.continued, out.width, out.marked = opened, continued, width, marked
    return out


def _closes_left_open(text: str, i: int, step: int, p_start: int, p_end: int, wire: bool) -> bool:
    """The paragraph's first mark, at ``i`` after some words, closes the quotation an earlier paragraph left
    open: two apostrophes in wire copy, else a curly closing mark, or a straight one that leaves the
    paragraph's other straight marks paired."""
    before = text[p_start:i].rstrip()
    if not before:
        return False
    if wire:
        return step == 2 and text[i] == "'" and before.endswith(_WIRE_CLOSE_AFTER)
    if not before.endswith(_CLOSE_AFTER):
        return False
    if text[i] == "”":
        return not _wrong_way_opener(text, i, p_start)
    return text[i] == '"' and text.count('"', p_start, p_end) % 2 == 1


def _wrong_way_closer(text: str, i: int, p_end: int) -> bool:
    """An opening curly mark after a clause's comma (or a stop before a lower-case word) and followed by a
    space or the paragraph's end: '... like this, “ he said' (LGL tune, read as a user)."""
    if text[i] != "“" or not (i + 1 >= p_end or text[i + 1].isspace()):
        return False
    before = text[max(0, i - _LOOK_BACK_CHARS) : i].rstrip()
    after = text[i + 1 : p_end].lstrip()[:1]
    return before.endswith(",") or (before.endswith((".", "?", "!")) and after.islower())


def _opens_sentence(text: str, i: int, floor: int) -> bool:
    """The mark at ``i`` follows a full stop, question or exclamation mark (after ``floor``)."""
    return text[floor:i].rstrip().endswith((".", "?", "!"))


def _nested_close(text: str, opened: int, i: int) -> bool:
    """A curly closing mark at ``i`` ends a curly quotation inside the straight one opened at ``opened``."""
    return text[i] == "”" and text[opened] == '"' and "“" in text[opened:i]


def _wrong_way_opener(text: str, i: int, p_start: int) -> bool:
    """A closing mark where an opening one belongs: at the start of a word after a space or the paragraph's
    start ('”Fear. I am truly afraid ...', a typing slip seen in reader-submitted quotes)."""
    return (text[i] == "”" and (i == p_start or text[i - 1].isspace())
            and i + 1 < len(text) and text[i + 1].isalnum())


def _trim(text: str, seg: Segment) -> Segment:
    start, end = seg.start, seg.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Segment(start, end, seg.outer_start, seg.outer_end, seg.continued)
