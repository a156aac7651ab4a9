"""Numbers: counts, ranges, vague quantities, money, percentages and durations, with what is counted.

A quantity is a run of number tokens ("150,000", "1.5 million", "twenty-five") or a vague quantity
("dozens", "a number of"), widened to a range ("between 150,000 and 200,000", "150-200", "20 to 30") and to
the approximator before it ("around", "more than"). What is counted comes from the parse: the noun the
number modifies (or the noun after "of": "dozens of Taliban fighters"), its compound/adjective modifiers,
and the event verb that governs it ("are reported to have been killed", "killing").

Skipped: numbers inside dates, times and names (a spaCy DATE/TIME/ORDINAL or name entity), years,
ordinals, and the pronoun "one".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.cues import RELATIVE_PRONOUNS  # "the 60 young people who died"
from newsweave.analyze.quantities import (
    AMBIGUOUS_MAGNITUDES,
    APPROXIMATORS,
    CHANGE_VERBS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    EVENT_VERBS,
    EXACT_PHRASES,
    FATE_WORDS,
    FRACTION_WORDS,
    GLUED_MAGNITUDES,
    LENGTH_NOUNS,
    MULTIPLIERS,
    NOT_A_QUANTITY_BEFORE,
    OPEN_ABOVE,
    PERCENT_WORDS,
    SCALE_WORDS,
    SCALES,
    UNITS,
    VAGUE_BEFORE_SCALE,
    VAGUE_LOW,
    VAGUE_PHRASES,
    WEAK_VAGUE,
)
from newsweave.models import Article, NumberMention, PriorValue, Span
from newsweave.models.annotations import QuantityKind

SKIP_ENTITY_LABELS = frozenset({
    "DATE", "TIME", "ORDINAL", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
})
# Four-digit numbers in this range without a separator are years, not counts.
YEAR_RANGE = (1800, 2100)
RANGE_JOINERS = frozenset({"to", "-", "–", "and", "or"})
# A hyphen between two figures that fall ("52-3", "31-24", "9-3", "45-7-2") joins a tally (a fighter's or
# team's record, a score, a vote), never a range: ranges rise ("150-200"). Read as a range it had high < low,
# so two equal records were "disjoint" and any two records "differed" (ECB+ odd tune topics: boxers'
# records "(52-3, 46 KOs)" in every report of a title fight). A tally is kept as kind "other": its first
# figure as the value, no counted thing, never a count to compare.
TALLY_JOINERS = frozenset({"-", "–"})
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
# Words an approximator puts between a change's "to" and its figure ("from 12 to more than 19", "to at
# least 19"): the figure keeps the value before the change (NumberMention.prior) across them.
CHANGE_TO_GAP = 2
MAX_COUNTS_WORDS = 6
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
# A figure with letters glued on: "2bn", "400mn", "10k" (the tokenizer splits "1.5m" as "1.5" + "m").
_GLUED = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([a-z]+)$", re.IGNORECASE)


def find_numbers(doc: Doc, article: Article) -> tuple[NumberMention, ...]:
    # A DATE entity with a unit ("over two weeks") is a duration, which is kept.
    skip = {
        t.i
        for e in doc.ents
        if e.label_ in SKIP_ENTITY_LABELS and not (e.label_ == "DATE" and e[-1].lower_ in DURATION_UNITS)
        and not _count_read_as_a_date(e)
        for t in e[_change_read_as_a_time(e):]
        if _glued_magnitude(t) is None  # the tagger reads "€400mn" as a name and "10k" as a date
    }
    out: list[NumberMention] = []
    prior: tuple[int, PriorValue] | None = None  # (its end token, the value) of a change's "from N"
    last: tuple[int, int] | None = None  # (start, end) tokens of the last figure kept
    i = 0
    while i < len(doc):
        found = _quantity_at(doc, i, skip)
        if found is None:
            i += 1
            continue
        start, end, value, vague = found
        if not vague and last is not None and _changed_to_before(doc, last, start):
            # "rose to 19 from 12": the value before the change the figure just read tells of
            out[-1] = replace(out[-1], prior=_prior(doc, article, start, end, value))
            i, last = end, None
            continue
        if _earlier_value(doc, start, end):
            # "from 12 to 19": the 12 is no figure of its own, but the value the next one changed from
            if not vague:
                prior = (end, _prior(doc, article, start, end, value))
            i = end
            continue
        mention, i = _mention(doc, article, start, end, value, vague, skip)
        if mention is not None:
            if prior is not None and _after_to(doc, prior[0], start):
                mention = replace(mention, prior=prior[1])
            prior = None
            out.append(mention)
            last = (start, i)
    return tuple(out)


def _prior(doc: Doc, article: Article, start: int, end: int, value: float) -> PriorValue:
    """Tokens start..end as a figure's earlier value, with the currency symbol before them ("$3.13")."""
    symbol = int(start > 0 and doc[start - 1].text in CURRENCY_SYMBOLS)
    span = Span(article.id, doc[start - symbol].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return PriorValue(span, article.text[span.start:span.end], value)


def _changed_to_before(doc: Doc, last: tuple[int, int], start: int) -> bool:
    """The figure at token ``start`` follows a "from" that a verb of change governs, right after the last
    figure (``last``: its tokens), which "to" opened: "rose to 19 from 12", "to $3.95 billion from $3.13
    billion"."""
    first, end = last
    if first > 0 and doc[first - 1].text in CURRENCY_SYMBOLS:
        first -= 1
    if start > 0 and doc[start - 1].text in CURRENCY_SYMBOLS:
        start -= 1
    return (first > 0 and doc[first - 1].lower_ == "to" and end <= start - 1 <= end + 1
            and _changes_from(doc[start - 1]))


def _after_to(doc: Doc, to: int, start: int) -> bool:
    """The figure at token ``start`` is the value after the "to" at token ``to`` ("from 12 to 19", "from 12
    to more than 19"): in the same sentence, at most CHANGE_TO_GAP words after it."""
    return to < start <= to + 1 + CHANGE_TO_GAP and doc[to].sent.start <= start < doc[to].sent.end


def _count_read_as_a_date(entity: SpacySpan) -> bool:
    """A bare figure the tagger read as a date that an event verb counts: "killing 12 people and injuring
    40", "46 were arrested Wednesday night" (the small English model tags such lone figures DATE; on the
    dev sets, DUC 2003 tune and ECB+ odd topics, the other lone figures it tags so are ages, times and
    sports tallies, which stay skipped)."""
    token = entity[0]
    return (entity.label_ == "DATE" and len(entity) == 1 and token.text.isdigit()
            and int(token.text) < YEAR_RANGE[0] and _event_verb(token) is not None)


def _change_read_as_a_time(entity: SpacySpan) -> int:
    """How many of an entity's first tokens are the figures of a change the tagger read as a time or date
    (the three of "N to M"): "the toll rose from 12 to 19 overnight" (the small English model tags "12 to
    19 overnight" TIME)."""
    doc, i = entity.doc, entity.start
    if not (i > 0 and _changes_from(doc[i - 1]) and len(entity) >= 3 and entity[1].lower_ == "to"
            and _number_word(entity[0]) is not None and _number_word(entity[2]) is not None):
        return 0
    return 3


def _changes_from(token: Token) -> bool:
    """A "from" that a verb of change governs: what follows is the value before the change."""
    return token.lower_ == "from" and token.head.lemma_ in CHANGE_VERBS


def _earlier_value(doc: Doc, start: int, end: int) -> bool:
    """The figure is the value before a change ("rose from 12 to 19", "from 12 to more than 19"): the value
    after "to" is the one reported."""
    return start > 0 and _changes_from(doc[start - 1]) and end < len(doc) and doc[end].lower_ == "to"


def _quantity_at(doc: Doc, i: int, skip: set[int]) -> tuple[int, int, float, bool] | None:
    """(start, end, value, vague) of a quantity starting at token i."""
    words = [t.lower_ for t in doc[i : i + 3]]
    for opener, times in VAGUE_BEFORE_SCALE.items():
        n = len(opener)
        if tuple(words[:n]) == opener and len(words) > n and words[n] in SCALE_WORDS:
            return i, i + n + 1, times * SCALE_WORDS[words[n]], True
    for phrase, low in VAGUE_PHRASES.items():
        if tuple(words[: len(phrase)]) == phrase:
            return i, i + len(phrase), low, phrase not in EXACT_PHRASES
    token = doc[i]
    if token.lower_ in WEAK_VAGUE and i > 0 and doc[i - 1].lower_ in NOT_A_QUANTITY_BEFORE:
        return None
    if token.lower_ in VAGUE_LOW and token.i not in skip and token.pos_ in ("NOUN", "ADJ", "NUM", "DET"):
        return i, i + 1, VAGUE_LOW[token.lower_], True
    if i in skip or _number_word(token) is None:
        return None
    end = i
    while end < len(doc) and end not in skip and _number_word(doc[end]) is not None:
        end += 1
    if _fraction_at(doc, end):
        return None  # "two-thirds of the residents", "two thirds": a share, not two of them
    if _hyphenated_tens(doc, i, end):
        # "Fifty-two", cut by the tokenizer into three tokens: one number, never the range 50-2.
        return i, end + 2, float(UNITS[token.lower_] + UNITS[doc[end + 1].lower_]), False
    value = _value(doc[i:end])
    return (i, end, value, False) if value is not None else None


def _hyphenated_tens(doc: Doc, i: int, end: int) -> bool:
    """Tokens i..end are one tens word ("fifty") joined by a bare hyphen to a unit word ("two")."""
    if end != i + 1 or end + 1 >= len(doc) or doc[end].text != "-":
        return False
    tens, hyphen, unit = doc[i], doc[end], doc[end + 1]
    return (not tens.whitespace_ and not hyphen.whitespace_ and UNITS.get(tens.lower_, 0) in _TENS
            and 0 < UNITS.get(unit.lower_, 0) < 10)


def _fraction_at(doc: Doc, i: int) -> bool:
    """A fraction's denominator is at token i, alone or after a bare hyphen ("two thirds", "two-thirds")."""
    if i < len(doc) and doc[i].lower_ in FRACTION_WORDS:
        return True
    return (i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].lower_ in FRACTION_WORDS)


def _magnitude_here(doc: Doc, first: int, after: int, suffix: str) -> bool:
    """A magnitude glued to the figure of tokens first..after scales it: always, unless it may be a unit
    ("m", "k"); then only for money (a currency sign before, a currency word after) or a count of things (a
    plural noun after: "1.5m viewers", but "fell 60m down", "a 10k race", "the 400m hurdles")."""
    if suffix not in AMBIGUOUS_MAGNITUDES:
        return True
    if first > 0 and doc[first - 1].text in CURRENCY_SYMBOLS:
        return True
    nxt = doc[after] if after < len(doc) else None
    if nxt is None or nxt.lower_ in LENGTH_NOUNS:
        return False
    return nxt.lower_ in CURRENCY_WORDS or nxt.tag_ == "NNS"


def _glued_magnitude(token: Token) -> float | None:
    """The value of a figure written with its magnitude in one token ("2bn", "400mn", "10k"), where the
    magnitude scales it here; None otherwise."""
    glued = _GLUED.match(token.text)
    if glued is None or (suffix := glued.group(2).lower()) not in GLUED_MAGNITUDES:
        return None
    if not _magnitude_here(token.doc, token.i, token.i + 1, suffix):
        return None
    return float(glued.group(1).replace(",", "")) * SCALES[suffix]


def _number_word(token: Token) -> float | None:
    text = token.lower_.replace("-", "")
    if _DIGITS.match(token.text):
        return float(token.text.replace(",", ""))
    if (glued := _glued_magnitude(token)) is not None:
        return glued
    if token.lower_ in UNITS:
        return float(UNITS[token.lower_])
    if token.lower_ in SCALES and token.i > 0 and (
            token.lower_ not in AMBIGUOUS_MAGNITUDES or _split_magnitude(token)):
        return SCALES[token.lower_]
    parts = token.lower_.split("-")
    if len(parts) == 2 and all(p in UNITS for p in parts) and text:
        return float(UNITS[parts[0]] + UNITS[parts[1]])
    return None


def _split_magnitude(token: Token) -> bool:
    """An "m" or "k" the tokenizer split from the figure it is glued to ("1.5m" as "1.5" + "m") that scales
    it here."""
    before = token.doc[token.i - 1]
    return (not before.whitespace_ and _DIGITS.match(before.text) is not None
            and _magnitude_here(token.doc, token.i - 1, token.i + 1, token.lower_))


def _ends_in_magnitude(token: Token) -> bool:
    """The token ends a figure with a magnitude glued on ("10k", or the "m" split from "1.5m")."""
    if _GLUED.match(token.text) is not None:
        return True
    return token.lower_ in GLUED_MAGNITUDES and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _value(tokens: SpacySpan) -> float | None:
    total, current = 0.0, 0.0
    for token in tokens:
        word = _number_word(token)
        if word is None:
            return None
        if token.lower_ in SCALES or token.lower_ in MULTIPLIERS:
            current = (current or 1) * word
            if word >= 1000:
                total, current = total + current, 0.0
        else:
            current += word
    return total + current


def _mention(
    doc: Doc, article: Article, start: int, end: int, value: float, vague: bool, skip: set[int]
) -> tuple[NumberMention | None, int]:
    first = doc[start]
    if _is_year_or_ordinal(doc, start, end, value):
        return None, end
    if first.lower_ == "one" and end == start + 1 and first.dep_ != "nummod":
        return None, end  # "one of the", "no one"
    low: float | None = value
    high: float | None = None if vague else value
    tally = False
    # Ranges: "between 150,000 and 200,000", "20 to 30", "150-200".
    if end + 1 < len(doc) and doc[end].text in RANGE_JOINERS:
        nxt = _quantity_at(doc, end + 1, skip)
        between = start > 0 and doc[start - 1].lower_ in ("between", "from")
        if nxt is not None and not nxt[3] and (doc[end].text != "and" or between):
            tally = doc[end].text in TALLY_JOINERS and nxt[2] < value and not vague
            high, end = (value, _tally_end(doc, nxt[1], skip)) if tally else (nxt[2], nxt[1])
    approximate, bound, approx_start = vague, "point", start
    for words, (approx, direction) in APPROXIMATORS.items():
        s = start - len(words)
        if s >= 0 and tuple(t.lower_ for t in doc[s:start]) == words:
            approximate, bound, approx_start = approximate or approx, direction, s
            break
    if start > 0 and doc[start - 1].lower_ == "between":
        approx_start = start - 1
    if (extra := _open_above(doc, end)) and not vague:
        approximate, bound, end = True, "at_least", end + extra
    if bound == "at_least":
        high = None
    elif bound == "at_most":
        low = None
    elif bound == "up_to":
        low = 0.0
    kind: QuantityKind = "other"
    if not tally:
        kind, end = _kind(doc, start, end)
    if vague and first.lower_ in WEAK_VAGUE and not _event_verb(_anchor(doc, start, end)[0]):
        return None, end
    counts = _counts(doc, start, end) if kind == "count" else None if tally else _unit(doc, start, end, kind)
    while end < len(doc) and doc[end].lower_ in PERCENT_WORDS | {"cent"} and kind == "percent":
        end += 1
    span_start, span_end = doc[approx_start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if kind == "money" and start > 0 and doc[start - 1].text in CURRENCY_SYMBOLS:
        span_start = min(span_start, doc[start - 1].idx)
    mention = NumberMention(
        span=Span(article.id, span_start, span_end),
        text=article.text[span_start:span_end],
        value=value,
        low=low,
        high=high,
        approximate=approximate,
        counts=counts,
        kind=kind,
    )
    return mention, end


def _open_above(doc: Doc, end: int) -> int:
    """How many tokens after a figure leave it open above: "20-odd", "100-plus" (two), "100+" (one)."""
    if end >= len(doc) or doc[end - 1].whitespace_:
        return 0
    if doc[end].text in OPEN_ABOVE:
        return 1
    glued = doc[end].text == "-" and not doc[end].whitespace_ and end + 1 < len(doc)
    return 2 if glued and doc[end + 1].lower_ in OPEN_ABOVE else 0


def _tally_end(doc: Doc, end: int, skip: set[int]) -> int:
    """The end of a tally's further parts ("45-7" + "-2": wins, losses, draws)."""
    while end + 1 < len(doc) and doc[end].text in TALLY_JOINERS and not doc[end].whitespace_:
        nxt = _quantity_at(doc, end + 1, skip)
        if nxt is None or nxt[3]:
            break
        end = nxt[1]
    return end


def _is_year_or_ordinal(doc: Doc, start: int, end: int, value: float) -> bool:
    first = doc[start]
    if end == start + 1 and re.fullmatch(r"\d{4}", first.text) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        return True
    if end < len(doc) and doc[end].lower_ in ("am", "pm", "a.m.", "p.m.", "gmt", "utc"):
        return True
    return first.tag_ == "JJ" and first.lower_.endswith(("st", "nd", "rd", "th"))


def _kind(doc: Doc, start: int, end: int) -> tuple[QuantityKind, int]:
    """The kind of quantity and the end of the span (the unit word is included)."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.text in CURRENCY_SYMBOLS:
        return "money", end
    if after is not None and after.lower_ in CURRENCY_WORDS:
        return "money", end + 1
    if after is not None and after.lower_ in PERCENT_WORDS:
        if after.lower_ == "per" and (end + 1 >= len(doc) or doc[end + 1].lower_ != "cent"):
            return "count", end
        return "percent", end + (2 if after.lower_ == "per" else 1)
    if after is not None and after.lower_ in DURATION_UNITS:
        return "duration", end + 1
    return "count", end


def _unit(doc: Doc, start: int, end: int, kind: QuantityKind) -> str | None:
    """The unit: "weeks" for a duration, the currency ("$", "afghanis") for money."""
    if kind == "money" and start > 0 and doc[start - 1].text in CURRENCY_SYMBOLS:
        return doc[start - 1].text
    if kind in ("duration", "money"):
        return doc[end - 1].lower_
    return None


def _anchor(doc: Doc, start: int, end: int) -> tuple[Token, Token | None]:
    """(the token whose head is the governing verb, the counted noun)."""
    last = doc[end - 1]
    if end < len(doc) and doc[end].tag_ == "NNS" and _ends_in_magnitude(last):
        return doc[end], doc[end]  # "1.5m viewers": the parser makes the "m" a verb or a noun of its own
    for token in reversed(doc[start:end]):
        modifies = token.dep_ == "nummod" or (
            token.dep_ in ("amod", "quantmod", "compound") and token.head.pos_ == "NOUN"
        )
        if modifies and token.head.i >= end:
            return token.head, token.head
    for token in (last, *doc[start:end]):
        for child in token.rights:
            if child.lower_ == "of":
                nouns = [c for c in child.children if c.dep_ == "pobj"]
                if nouns:
                    return token, nouns[0]
    return last, last if last.pos_ == "NOUN" and last.lower_ not in VAGUE_LOW else None


def _event_verb(anchor: Token) -> str | None:
    """The event verb governing the anchor, through "are reported to have been killed" chains."""
    if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        return None
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ == "by":
        return None
    for _ in range(3):
        if head.lemma_ in EVENT_VERBS:
            return EVENT_VERBS[head.lemma_]
        if head.lemma_ == "lose" and anchor.dep_ == "nsubj" and any(
                c.dep_ == "dobj" and c.lemma_ in ("life", "lives") for c in head.children):
            return "died"  # "31 people lost their lives"
        nxt = next((c for c in head.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        head = nxt
    return None


def _counts(doc: Doc, start: int, end: int) -> str | None:
    anchor, noun = _anchor(doc, start, end)
    words: list[str] = []
    # "18 of the dead" is a part of the dead (those identified, those who were children), not their count.
    partitive = noun is not None and noun.head.lower_ == "of"
    if noun is not None and (noun.pos_ in ("NOUN", "PROPN") or (_fate_word(noun) and not partitive)):
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i >= end]
        first = min([noun.i, *(m.left_edge.i for m in mods)])
        words = [t.text for t in doc[first : noun.i + 1] if not t.is_punct]
        # "left 320,000 people homeless", parsed with the state as an adjective after the noun.
        words += [c.text for c in noun.rights if c.dep_ == "amod" and _fate_word(c)][:1]
        # "150 passengers were missing": the state is the complement of the noun's copula, or the word the
        # parser made its verb ("were missing" read as a progressive).
        if (state := _copula_state(noun)) is not None:
            words.append(state.text)
        elif noun.dep_ == "nsubj" and _fate_word(noun.head):
            words.append(noun.head.text)
    elif (fate := _fate_after(doc, start, end)) is not None:
        words = [fate.text]
    verb = (_event_verb(anchor) or (_relative_event(noun) if noun is not None else None)
            or _left_in_state(anchor) or _lives_of(anchor))
    if verb and verb not in words:  # "many injured": the fate word is the verb too
        words.append(verb)
    if not words or len(words) > MAX_COUNTS_WORDS:
        return None
    return " ".join(words)


def _fate_word(token: Token) -> bool:
    return token.pos_ in ("ADJ", "VERB", "NOUN") and token.lower_ in FATE_WORDS


def _fate_after(doc: Doc, start: int, end: int) -> Token | None:
    """The fate word a bare figure stands with: next to it ("left 20 dead", "the 162 injured") or as the
    complement of the figure's copula ("45 are missing"). A fate word that modifies a noun after it ("20
    injured workers") is that noun's, and read there."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and _fate_word(nxt) and nxt.dep_ != "amod":
        return nxt
    return _copula_state(doc[end - 1])


# Verbs that say what state their subject is in: "45 are missing", "five people remain missing".
_COPULAS = frozenset({"be", "remain", "stay"})


def _copula_state(subject: Token) -> Token | None:
    """The fate word its copula says a subject is in: "45 are missing", "150 passengers were dead"."""
    if subject.dep_ != "nsubj" or subject.head.lemma_ not in _COPULAS:
        return None
    return next((c for c in subject.head.children if c.dep_ == "acomp" and _fate_word(c)), None)


def _left_in_state(anchor: Token) -> str | None:
    """The state a verb leaves the counted in: "left 20 people dead", "were left homeless" (the fate word
    is the verb's object predicate)."""
    if anchor.dep_ not in ("dobj", "nsubjpass"):
        return None
    # "shot dead six people": the state before the object, which the parser makes a complement.
    deps = ("oprd", "acomp") if anchor.dep_ == "dobj" else ("oprd",)
    return next((c.lower_ for c in anchor.head.children if c.dep_ in deps and _fate_word(c)), None)


def _lives_of(anchor: Token) -> str | None:
    """"Claimed the lives of 12 people": the counted lost their lives."""
    of = anchor.head
    if anchor.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in ("life", "lives"):
        return "died"
    return None


def _relative_event(noun: Token) -> str | None:
    """The event verb of a relative clause on the counted noun: "people who died", "those that were hit"."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_ in EVENT_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
            return EVENT_VERBS[clause.lemma_]
    return None
