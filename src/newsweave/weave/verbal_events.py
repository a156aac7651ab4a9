"""Events that are only words: what political news says with the verbs of violence, seizure and threat.

Campaign news attacks, fights, seizes and vows all day without anyone being hurt, taken or threatened
(PolNeAR docs 0-41, tune part: 13 of 18 events printed were wrong, most of them these). A trigger that
``find_events`` (weave/events.py) has typed and grounded is still no event when:

* ASSAULT: an attack verb that can mean criticism ("attacked", "targeted", "battling") with no toll and no
  wounded, made in a medium of speech ("in early-morning tweets", "a tweet attacking", "his ad attacked"),
  or, with no word of bodily harm, a weapon or the police in the sentence, by one named person on another
  with no place ("Clinton attacked Trump over his taxes"; "Kemp attacked Dunn with a knife" stays), by or
  on a business named by its legal ending ("Acme Corp battled Dalvo Inc. for market share"), in court
  ("is fighting Dalvo in court over the patent"), or, with no place, over an issue ("China clashed with
  Japan over fishing rights") or a clash by or with one person ("clashed with the studio");
* SEIZE: "seized on/upon" an issue or a report (not a day: "seized on Monday"; not a passive: "were seized
  on the border"), a seizure of what is only taken in a figure ("seized the initiative", "captured the
  imagination"), or a taking over or of control whose object is an office, a legislature or a business
  ("take control of the House", "took over the company's mining operations");
* THREATEN: a vow of nothing hostile, with no one threatened ("vowed to bring back mining jobs");
* CONSULT: the verb "talk" other than *with* someone ("talks to the director about the film"), or the verb
  "meet" with a goal or a reaction met ("met analysts' expectations", "met with resistance");
* MOBILIZE: heading somewhere with no place named ("heading for bankruptcy", "heading to court"), or
  pressing on with a plan ("marched ahead with its plan");
* DEMAND: "called for/on" in the passive ("was called for pass interference"), or an appeal of a court's
  decision or to a court ("appealed the ruling").
"""

from __future__ import annotations

import re

from newsweave.models import Argument, Predicate, Span
from newsweave.weave.statements import Statement

_PERSON = "PERSON"
_LAST_WORD = re.compile(r"([\w-]+)\W*$")
_WORD_BEFORE = re.compile(r"([\w-]+)\W{0,2}$")


def _word(text: str, pattern: re.Pattern[str]) -> str:
    m = pattern.search(text)
    return m.group(1) if m else ""


def _piece(s: Statement, span: Span) -> str:
    """The statement's text under a span (empty when the span leaves the statement)."""
    if span.start < s.start or span.end > s.end:
        return ""
    return s.text[span.start - s.start : span.end - s.start]


def _in_a_medium(s: Statement, p: Predicate) -> bool:
    """The attack is made in words: a medium of speech is where the verb says it happened ("in tweets"),
    the noun the verb's participle hangs on ("a tweet attacking"), or the verb's subject ("his ad
    attacked")."""
    media = s.words.speech_media
    at = p.trigger.start - s.start
    if any(_word(_piece(s, w), _LAST_WORD).casefold() in media for w in p.where):
        return True
    if _word(s.text[:at], _WORD_BEFORE).casefold() in media:
        return True
    return p.agent is not None and _piece(s, p.agent.head).casefold() in media


def criticism(s: Statement, p: Predicate, actor_type: str | None, target_type: str | None, harmed: bool,
              placed: bool) -> bool:
    """An ASSAULT trigger that reads as criticism (see the module's doc). ``harmed``: the event has a toll
    or wounded; ``placed``: it has a place."""
    at = p.trigger.start - s.start
    if harmed or not s.words.verbal_attack.match(s.text, at):
        return False
    if _in_a_medium(s, p):
        return True
    if s.words.harm_cues.search(s.text):
        return False
    if s.words.legal_fight.search(s.text) or any(_a_business(s, a) for a in (p.agent, p.patient)):
        return True  # a rivalry in trade or in court: "Acme Corp battled Dalvo Inc. for market share"
    if not placed and s.words.dispute_over.search(_piece(s, p.extent), p.trigger.end - p.extent.start):
        return True  # a dispute: "China clashed with Japan over fishing rights"
    if not placed and _PERSON in (actor_type, target_type) and s.words.quarrel.match(s.text, at):
        return True  # a quarrel: "Hardwicke clashed with Summit Entertainment during the production"
    return actor_type == _PERSON and target_type == _PERSON and not placed


def _a_business(s: Statement, arg: Argument | None) -> bool:
    """The argument is a business by its name's legal ending ("Dalvo Inc.", "Acme Corp")."""
    if arg is None:
        return False
    return _word(_piece(s, arg.extent), _LAST_WORD) in s.words.business_endings


def no_seizure(s: Statement, p: Predicate) -> bool:
    """A SEIZE trigger that takes nothing by force: "seized on" an issue, a figure ("seized the initiative"),
    or an office, a legislature or a business taken over."""
    at = p.trigger.start - s.start
    if s.words.seized_on.match(s.text, at):
        # "were seized on the border" is a passive, a real seizure; "is seizing upon" is not one
        passive = (not _piece(s, p.trigger).casefold().endswith("ing")
                   and s.words.passive_before.search(s.text, 0, at) is not None)
        if not passive:
            return True
    if p.patient is None:
        return False
    if _piece(s, p.patient.head).casefold() in s.words.figurative_seized:
        return True  # "seized the initiative", "captured the imagination of millions"
    if not s.words.taking.match(s.text, at):
        return False
    taken = s.words.not_seized
    what = _piece(s, p.patient.extent)
    after_head = max(0, p.patient.head.end - p.patient.extent.start)
    # "operations in Appalachia": where, not what was taken
    tail = s.words.phrase_tail.search(what, after_head)
    last = _word(what[: tail.start()] if tail else what, _LAST_WORD)
    head = _piece(s, p.patient.head)
    return any(w in taken or w.casefold() in taken for w in (last, head) if w)


def promise(s: Statement, p: Predicate, target: str | None) -> bool:
    """A THREATEN vow of nothing hostile, with no one threatened ("vowed to bring back jobs")."""
    at = p.trigger.start - s.start
    return (target is None and s.words.vow.match(s.text, at) is not None
            and not s.words.hostile_vow.match(s.text, at))


def conversation(s: Statement, p: Predicate) -> bool:
    """A CONSULT read off the verb "talk" that is no meeting: talking to someone, about something."""
    at = p.trigger.start - s.start
    return s.words.talk.match(s.text, at) is not None and not s.words.talk_with.match(s.text, at)


def unmet(s: Statement, p: Predicate) -> bool:
    """A CONSULT read off the verb "meet" whose object is a goal or a reaction, not someone: "met analysts'
    expectations", "met with resistance"."""
    at = p.trigger.start - s.start
    return (p.patient is not None and s.words.meeting.match(s.text, at) is not None
            and _piece(s, p.patient.head).casefold() in s.words.not_met)


def summons(s: Statement, p: Predicate) -> bool:
    """A DEMAND read off "called for/on" in the passive: a penalty, a summons or a date ("Davis was called
    for pass interference", "elections were called for March"), not somebody demanding."""
    at = p.trigger.start - s.start
    return (s.words.call_for.match(s.text, at) is not None
            and s.words.passive_before.search(s.text, 0, at) is not None)


def legal_step(s: Statement, p: Predicate) -> bool:
    """A DEMAND read off "appeal" that appeals a court's decision or to a court: a step in a case."""
    return s.words.legal_appeal.match(s.text, p.trigger.start - s.start) is not None


def going_nowhere(s: Statement, p: Predicate, placed: bool) -> bool:
    """A MOBILIZE of heading somewhere with no place to go to ("heading for bankruptcy"), or of pressing on
    with a plan ("marched ahead with its plan")."""
    at = p.trigger.start - s.start
    if s.words.figurative_march.match(s.text, at):
        return True
    return (not placed and s.words.heading.match(s.text, at) is not None
            and not s.words.place_goal.match(s.text, at))


def only_words(kind: str, s: Statement, p: Predicate, actor_type: str | None, target_type: str | None,
               target: str | None, harmed: bool, placed: bool) -> bool:
    """The typed, grounded trigger is only words (see the module's doc)."""
    if kind == "ASSAULT":
        return criticism(s, p, actor_type, target_type, harmed, placed)
    if kind == "SEIZE":
        return no_seizure(s, p)
    if kind == "THREATEN":
        return promise(s, p, target)
    if kind == "CONSULT":
        return conversation(s, p) or unmet(s, p)
    if kind == "DEMAND":
        return summons(s, p) or legal_step(s, p)
    if kind == "MOBILIZE":
        return going_nowhere(s, p, placed)
    return False
