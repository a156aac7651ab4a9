"""French reported speech: quotations in « », “ ” or straight quotes with a cue of saying in the same sentence
("a déclaré le maire Jean Dupont", "a-t-il dit", "selon la police"), and indirect speech ("X a déclaré que …",
"selon X, …").

Precision first: a quotation with no cue of saying in its sentence is a title or scare quotes («accidentel»)
and is left out; a speaker is named only when a capitalised name stands next to the cue; a pronoun ("a-t-il
dit") leaves the speaker unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.lang.fr.words import (
    ACCORDING_TO,
    PRONOUNS,
    QUOTE_MARKS,
    SPEECH_PARTICIPLES,
    SPEECH_PRESENT,
    TITLES,
)
from newsweave.models import Attribution, Quote, Span
from newsweave.text import WORD

# A quotation shorter than this is a term being mentioned, not speech.
MIN_QUOTE_WORDS = 3

_PART = "|".join(sorted(SPEECH_PARTICIPLES, key=len, reverse=True))
_PRES = "|".join(sorted(SPEECH_PRESENT, key=len, reverse=True))
_ACC = "|".join(re.escape(a) for a in ACCORDING_TO)
_CUE = re.compile(
    rf"(?<![\w-])(?:(?:a|ont|avait|avaient)(?:-t-(?P<pro1>il|elle|on)|-(?P<pro2>ils|elles))?\s+(?:{_PART})"
    rf"|(?:{_PRES})(?:-t-(?P<pro3>il|elle|on)|-(?P<pro4>ils|elles))?|(?P<acc>{_ACC}))(?![\w-])",
    re.IGNORECASE)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NAME = re.compile(rf"{_CAP}(?:\s+(?:de\s+|d['’]|du\s+|van\s+|von\s+)?{_CAP}){{0,3}}")
_PREPOSITIONS = frozenset({"de", "du", "des", "d", "à", "au", "aux", "en", "dans", "sur", "pour", "par",
                           "avec", "chez", "vers", "contre", "entre", "sans", "sous"})
_QUE = re.compile(r"\s+qu(?:e\s+|['’])")


def _speaker_after(text: str, pos: int, end: int) -> tuple[str, int, int] | None:
    """A name right after the cue, past titles ("a déclaré le maire Jean Dupont")."""
    i = pos
    while i < end:
        while i < end and text[i] in " \u00a0\u202f,":
            i += 1
        m = re.match(r"[^\s,.;:!?»”]+", text[i:end])
        if not m:
            return None
        word = m.group(0)
        elided = word.lower().startswith(("l'", "l’", "d'", "d’")) and word[2:3].islower()  # "l'avocat"
        if word.lower() in TITLES or elided:
            i += len(word)
            continue
        name = _NAME.match(text, i, end)
        if name and name.group(0).lower() not in PRONOUNS:
            return name.group(0).rstrip("."), name.start(), name.start() + len(name.group(0).rstrip("."))
        return None
    return None


def _speaker_before(text: str, start: int, cue_start: int) -> tuple[str, int, int] | None:
    """A name ending right before the cue ("Jean Dupont a déclaré")."""
    head = text[start:cue_start].rstrip()
    last = None
    for m in _NAME.finditer(head):
        last = m
    if last is None or last.end() != len(head) or last.group(0).lower() in PRONOUNS | TITLES:
        return None
    before = head[:last.start()].split()
    if before and before[-1].lower().rstrip("'’") in _PREPOSITIONS:
        return None  # "une ville des Prairies du Canada a déclaré": the name is inside a noun phrase
    return last.group(0), start + last.start(), start + last.end()


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(content start, content end) of each quotation inside the sentence."""
    out = []
    i = start
    while i < end:
        close = QUOTE_MARKS.get(text[i])
        j = text.find(close, i + 1, end) if close else -1
        if close and j > i:
            s, e = i + 1, j
            while s < e and text[s] in " \u00a0\u202f":
                s += 1
            while e > s and text[e - 1] in " \u00a0\u202f":
                e -= 1
            if len(WORD.findall(text[s:e])) >= MIN_QUOTE_WORDS:
                out.append((s, e))
            i = j + 1
        else:
            i += 1
    return out


def _indirect(text: str, s0: int, s1: int, cue: re.Match[str]) -> tuple[int, int] | None:
    """What was said without quotation marks: the clause after "que" ("X a déclaré que …"), or the clause
    before an incise ("…, a déclaré le maire")."""
    if que := _QUE.match(text, cue.end()):
        qs, qe = que.end(), s1
    elif text[s0:cue.start()].rstrip().endswith(","):
        qs, qe = s0, s0 + len(text[s0:cue.start()].rstrip()) - 1
    else:
        return None
    while qe > qs and text[qe - 1] in " .,;":
        qe -= 1
    return (qs, qe) if qe > qs else None


def find_speech(article_id: str, text: str, sentences: Sequence[Span]
                ) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    for sent in sentences:
        s0, s1 = sent.start, sent.end
        inside = _quoted(text, s0, s1)
        cues = [m for m in _CUE.finditer(text, s0, s1) if not any(a <= m.start() < b for a, b in inside)]
        if not cues:
            continue
        cue = cues[0]
        pronoun = next((g for g in ("pro1", "pro2", "pro3", "pro4") if cue.group(g)), None)
        found = None if pronoun else (_speaker_after(text, cue.end(), s1)
                                      or _speaker_before(text, s0, cue.start()))
        speaker, speaker_span = (found[0], Span(article_id, found[1], found[2])) if found else (None, None)
        if pronoun:
            p = cue.start() + cue.group(0).lower().find(cue.group(pronoun).lower())
            speaker_span = Span(article_id, p, p + len(cue.group(pronoun)))
        cue_span = Span(article_id, cue.start(), cue.end())
        for qs, qe in inside:
            quotes.append(Quote(Span(article_id, qs, qe), text[qs:qe], "direct", speaker, speaker_span,
                                cue=cue_span))
        if not inside and not cue.group("acc"):
            content = _indirect(text, s0, s1, cue)
            if content and len(WORD.findall(text[content[0]:content[1]])) >= MIN_QUOTE_WORDS:
                qs, qe = content
                quotes.append(Quote(Span(article_id, qs, qe), text[qs:qe], "indirect", speaker, speaker_span,
                                    cue=cue_span))
        if speaker:
            attributions.append(Attribution(Span(article_id, s0, s1), speaker, cue_span))
    return tuple(quotes), tuple(attributions)
