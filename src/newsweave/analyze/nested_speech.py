"""Statements inside what someone else is reported to have said.

"Merrill says Clinton called him 'a con'", "the campaign, which it says is seeking to contrast her approach
with what they call ...": the inner cue is part of the outer source's words, and PolNeAR marks the outer
attribution only. In dev documents 0-41 (the tuning part) 11 of 47 statements whose cue lies inside the
content of another statement by a different subject were separate gold attributions; with the same subject
("Perdue said he didn't believe ..., arguing that ...", a speaker going on) they mostly are, and stay.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

# How far before a cue a statement holding it may start (characters): a sentence of MAX_SENTENCE_TOKENS
# tokens (analyze.nlp) is at most a few thousand characters, so hosts further back cannot hold the cue.
MAX_HOST_REACH = 5_000


class Statement(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def cue(self) -> Token | None: ...
    @property
    def cue_end(self) -> int: ...
    @property
    def subject(self) -> Token | None: ...


S = TypeVar("S", bound=Statement)


def _who(statement: Statement) -> str:
    return statement.subject.lower_ if statement.subject is not None else ""


def _holds(host: Statement, at: int) -> bool:
    """Character ``at`` is in the host's content, not its own cue words."""
    assert host.cue is not None
    return host.start <= at < host.end and not host.cue.idx <= at < host.cue_end


def outside_others_words(statements: Sequence[S]) -> list[S]:
    """The statements whose cue is not inside the content of a statement by another subject (the host's
    own cue words are not its content: "unleashed a series of tweets saying ...")."""
    hosts = sorted(statements, key=lambda h: h.start)
    host_starts = [h.start for h in hosts]
    out: list[S] = []
    for statement in statements:
        if statement.cue is not None and statement.subject is not None:
            at = statement.cue.idx
            lo = bisect.bisect_left(host_starts, at - MAX_HOST_REACH)
            nested = any(
                h is not statement and h.cue is not None and _holds(h, at) and _who(h) != _who(statement)
                # Two statements that hold each other's cue ("X told the judge that ..., according to the
                # AP", the agency's phrase hung on the reported clause) are both kept: dropping both left a
                # sentence with no source at all (ECB+ tune, read as a user).
                and not _holds(statement, h.cue.idx)
                for h in hosts[lo : bisect.bisect_right(host_starts, at)]
            )
            if nested:
                continue
        out.append(statement)
    return out
