"""Quotes merged across sources: the same words quoted by several outlets become one entry."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.group.duplicates import longest_shared_run
from newsweave.lang import StatementWords, statement_words
from newsweave.models import Annotations, Article, Citation, Quote, QuoteEntry, RosterEntity
from newsweave.text import words
from newsweave.weave.aliases import name_key, one_persons_forms
from newsweave.weave.claims import source_order
from newsweave.weave.corroborate import MIN_SHARED_QUOTE_WORDS
from newsweave.weave.roster import Roster
from newsweave.weave.sources import SourceTable
from newsweave.weave.statements import no_words_said, verb_starts, verbless

# Two quotations are one when they share this many consecutive words (or the whole of the shorter one):
# outlets trim quotes at either end but rarely re-word six running words.
SAME_QUOTE_WORDS = 6
# Reported speech this short with no verb (the language's ``verb_like``) is the object of a verb of saying,
# not a statement: "denied the reports", "accused Italy of ...", "sought political asylum" (a DUC 2003 tune
# cluster, read as a user: 'Italy', 'the reports' and 'political asylum' were listed as what Turks, a party
# and Ocalan said), while "said dozens were killed" is one. Such attributions still name a statement's
# origin (weave/statements.py); the briefing's list of quotes leaves them out, as it does reported "speech"
# of any length in which the parse found no verb: "opposed abortion rights", "condemned the government's
# raids against rebels" (a blind audit of the DUC 2003 tune half and MultiLing dev briefings counted 32
# such objects of approving, describing, citing or welcoming listed as what was said).
MIN_REPORTED_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Quoted:
    quote: Quote
    source: str
    words: tuple[str, ...]


# A short quotation whose longer words all open with a capital is a name or a title (``Year of the Woman'',
# ``Operation Condor''), nobody's words: it takes no speaker from another report's statement that holds it.
NAME_WORD_LETTERS = 4


def _a_name(text: str) -> bool:
    long = [w for w in text.split() if len(w) >= NAME_WORD_LETTERS]
    return bool(long) and all(w[0].isupper() for w in long)


def _same(x: _Quoted, y: _Quoted) -> bool:
    """One quotation: six running words in common, or the whole of the shorter one. A scare quote
    (``terrorist'', ``baseless'') is one only with the same words: inside a longer quotation it is a word
    of it, and one-word quotes inside others chained an AP cluster's scare quotes, statements and a
    minister's words into one entry cited by eight sources (DUC 2003 tune half, read as a user). Between a
    direct quotation and reported speech from two sources, a short name in quotation marks that the
    other report's statement holds is a name both write, not that statement (DUC 2003 tune half, read as a
    user: the unattributed ``Year of the Woman'' was listed as a poll's words, because the poll's reported
    finding ended with it), while a short quotation of words ("``morally and politically accountable''")
    is the statement's own."""
    a, b = x.words, y.words
    if not a or not b:
        return False
    if min(len(a), len(b)) < MIN_SHARED_QUOTE_WORDS:
        return tuple(a) == tuple(b)
    shorter = x if len(a) <= len(b) else y
    across = x.quote.kind != y.quote.kind and x.source != y.source
    if across and len(shorter.words) < SAME_QUOTE_WORDS and _a_name(shorter.quote.text):
        return False
    need = min(SAME_QUOTE_WORDS, len(a), len(b))
    return longest_shared_run(a, b, need) >= need


def _an_object(q: Quote, words_of: StatementWords) -> bool:
    """Reported speech that is only what a verb of saying took as its object (MIN_REPORTED_WORDS)."""
    return (q.kind == "indirect" and len(words(q.text)) < MIN_REPORTED_WORDS
            and words_of.verb_like.search(q.text) is None)


def _a_wish(q: Quote, text: str, words_of: StatementWords) -> bool:
    """Reported speech given by a verb of wanting or believing ("a civil suit that seeks to change the
    company's practices", "investors feared he would ..."): what a party plans, hopes or fears is no words
    it said (DUC 2003 tune half, read as a user: "civil suit" was listed as a speaker). Like objects of
    saying, such attributions stay in the analysis."""
    return q.kind == "indirect" and q.cue is not None and no_words_said(q.cue.text_in(text), words_of)


def _withheld(q: Quote, text: str, words_of: StatementWords) -> bool:
    """Reported speech a party declined to give ("declined to comment on the arrest", "refused to say where")
    or a source's wish not to be named ("who asked not to be identified"): no words were said. The analysis
    keeps refusals as attributions, as PolNeAR counts them; the quote list, which shows what was said, does
    not (invented coverage, read as a user: "Police: to comment on the arrest" was listed as a quote)."""
    if q.kind != "indirect":
        return False
    if words_of.anonymity.match(q.text.strip()):
        return True
    cue = q.cue.text_in(text).split() if q.cue is not None else []
    first = cue[0].casefold() if cue else ""
    # The refusal verbs' stems ("declin", "refus") open every form of them.
    return any(first.startswith(verb[:-1]) for verb in words_of.refusal)


def _unsaid(q: Quote, denied: set[int]) -> bool:
    """Reported speech whose verb of saying is denied ("have not said where he is", "did not predict when
    ...", "has not confirmed the reports"): no words were said, nor any reported inside them (dev briefings
    of the DUC 2003 tune half and MultiLing topics 1-5, read after a blind audit). ``denied`` holds where
    each negated verb ends."""
    return q.kind == "indirect" and q.cue is not None and q.cue.end in denied


def _one_speaker(a: Quote, b: Quote) -> bool:
    """Two speakers who may be one: either unknown, or a name word in common ("Yilmaz" / "Mesut Yilmaz").
    Two parties' words that overlap are two statements: an official's account of a refusal and a rewrite of
    the threat it led to shared eleven running words (DUC 2003 tune half, d30040t, read as a user)."""
    if not a.speaker or not b.speaker:
        return True
    wa = {w.casefold() for w in words(a.speaker) if len(w) > 2}
    wb = {w.casefold() for w in words(b.speaker) if len(w) > 2}
    return bool(wa & wb) or not (wa and wb)


def shown_speaker(speaker: str, roster: Sequence[RosterEntity], words_of: StatementWords) -> str:
    """The speaker as the quote list shows it: by name where the phrase gives the speaker's name in
    apposition, else the phrase without its description of the speaker or the occasion (the language's
    ``speaker_tail``: "poll, which had a margin of error of 3 points" is the poll). The name is a roster
    person's, or any roster name after a role ("ANC spokesman, Thabo Masebe": the tagger may type a name
    as an organisation). The analysis keeps the whole phrase as the speaker's span."""
    if "," in speaker:
        role, apposed = speaker.split(",", 1)
        after_role = bool(role.split()) and role.split()[-1].casefold() in words_of.people_nouns
        named = [e.name for e in roster if (after_role or e.type == "PERSON")
                 and e.name.casefold() in apposed.casefold()]
        if named:
            return max(named, key=len)
    m = words_of.speaker_tail.search(speaker)
    return speaker[: m.start()].rstrip(" ,") if m and m.start() > 0 else speaker


def _speaker_entity(speaker: str, family: Sequence[_Quoted], roster: Roster,
                    texts: Mapping[str, str]) -> str | None:
    """The roster entity of a quote family's speaker. A speaker the analysis names in full is that roster
    person, whatever the roster made of a bare surname at the cue ("Massoud said", where the article had
    named his namesake father last); otherwise the entity at the name in a speaker phrase, else any entity
    the name refers to."""
    named = roster.entity_named(speaker)
    if named is not None and len(speaker.split()) > 1:
        return named
    for i in family:
        phrase = i.quote.speaker_span
        if phrase is not None and i.quote.speaker == speaker:
            found = roster.entity_at_name(phrase, speaker, texts[phrase.article_id])
            if found:
                return found
    return named


def _roster_form(speaker: str, entity: str | None, roster: Roster) -> str | None:
    """The roster's name of a person the speaker names by one of that person's forms, or with or without a
    middle name ("Mark Jay Heller" is listed as "Mark Heller" when the roster shows him so: ECB+ dev topic 1,
    read as a user, listed both as speakers). A description holding a name ("Reid's rep") is not the person
    named."""
    person = next((e for e in roster.entities if e.id == entity and e.type == "PERSON"), None)
    if person is None:
        return None
    forms = {name_key(f) for f in (person.name, *person.aliases)}
    key = name_key(speaker)
    return person.name if key in forms or one_persons_forms(key, name_key(person.name)) else None


def merge_quotes(
    articles: Sequence[Article], annotations: Sequence[Annotations], table: SourceTable, roster: Roster
) -> tuple[QuoteEntry, ...]:
    keep = {a.id for a in articles if a.id not in table.copies}
    texts = {a.id: a.text for a in articles}
    article_words = {a.id: statement_words(a.language) for a in articles}
    families: list[list[_Quoted]] = []
    for ann in annotations:
        if ann.article_id not in keep:
            continue
        verbs, words_of, text = verb_starts(ann), article_words[ann.article_id], texts[ann.article_id]
        denied = {p.trigger.end for p in ann.predicates if p.negated}
        unsaid = [q.span for q in ann.quotes if _unsaid(q, denied)]
        for q in ann.quotes:
            if (q.span.end <= q.span.start or _an_object(q, words_of) or _a_wish(q, text, words_of)
                    or _withheld(q, text, words_of)
                    or any(u.start <= q.span.start and q.span.end <= u.end for u in unsaid)
                    or (q.kind == "indirect" and verbless(text, q.span.start, q.span.end, verbs, words_of))):
                continue
            item = _Quoted(q, table.sid(ann.article_id), tuple(words(q.text)))
            for family in families:
                if any(_same(item, other) and _one_speaker(item.quote, other.quote)
                       for other in family):
                    family.append(item)
                    break
            else:
                families.append([item])
    entries = []
    for family in families:
        speakers = Counter(i.quote.speaker for i in family if i.quote.speaker)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        entity = _speaker_entity(speaker, family, roster, texts) if speaker else None
        direct = [i for i in family if i.quote.kind == "direct"]
        text = max(direct or family, key=lambda i: len(i.quote.text)).quote.text
        channel = next((i.quote.channel for i in family if i.quote.channel), None)
        if speaker:
            speaker = _roster_form(speaker, entity, roster) or shown_speaker(
                speaker, roster.entities, article_words[family[0].quote.span.article_id])
        entries.append(QuoteEntry(
            speaker=speaker, speaker_entity=entity, kind="direct" if direct else "indirect", text=text,
            channel=channel, sources=tuple(sorted({i.source for i in family}, key=source_order)),
            citations=tuple(Citation(i.source, i.quote.span.start, i.quote.span.end) for i in family),
        ))
    return tuple(entries)
