"""Independent origins of a claim: how many separate parties vouch for it once echoes are merged.

Mentions are joined into one origin when they come from the same origin family (one article, or takes,
writethrus and copies of one story: group/families.py), name the same attributed origin
("according to Reuters", "told Reuters"), repeat the same quotation or share a verbatim passage (a copied
sentence), or when a hedged mention ("reportedly", "media reports said") relays the claim's one named origin.
Syndicated copies never reach this stage: their statements are dropped before alignment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsweave.group.duplicates import longest_shared_run
from newsweave.group.union_find import UnionFind
from newsweave.lang import StatementWords
from newsweave.lang.en.stems import terms
from newsweave.models.quorum import MIN_QUORUM
from newsweave.text import TERM, iso_day, reads_as_sentence, words, written_figure
from newsweave.weave.measured import measures_clash
from newsweave.weave.paraphrase import SAY, content_predicates, predicates
from newsweave.weave.ranking import Matrix
from newsweave.weave.retellings import Retellings
from newsweave.weave.scope import (
    on_other_days,
    one_against_many,
    running_fate,
    same_counted_thing,
    same_outlet,
)
from newsweave.weave.statements import Statement, speaker_role

# Verbatim words two mentions must share to count as one copied passage or quotation. Seven is above the
# name-heavy phrases independent seed reports share ("the son of Ahmad Shah Massoud") and below the shortest
# re-quoted fragment ("the only way forward is through negotiation").
SHARED_PASSAGE_WORDS = 7
# Between two outlets (both named, and different) a copied passage must be longer: independent reports share
# name-heavy runs of 7-11 words ("his rival, Luiz Inacio Lula da Silva, of the leftist Workers Party", "was
# based on the European Convention on Terrorism, which requires", "Wang was a student leader in the"), and
# one such run joined every story of both outlets into one origin. But small sites copy wire copy with edits,
# sharing runs of 8-11 words, and at 12 words their copies counted as independent origins. Eight words lets
# some name-heavy runs join two outlets again, a loss of recall taken for precision: on the ECB+ tune
# topics with each page's outlet known, corroborated claims right / marked went 12 words 72/85, 10: 72/84,
# 9: 71/80, 8: 71/79, 7: 65/71; on the DUC 2003 tune half (labelled statements found) 12: 18/18 (26),
# 8: 16/16 (24), 7: 15/15 (22). Eight keeps both near 0.9 or above with the least recall lost. (A run of
# eight words that are no names, names left out, as a copy too was tried: at 8 it took one right claim
# more and no wrong one.)
CROSS_OUTLET_PASSAGE_WORDS = 8
# Quotations shorter than this ("baseless", "dozens") are scare quotes, not a shared source.
MIN_SHARED_QUOTE_WORDS = 4

# One outlet is one origin, whatever its families: an agency re-telling its own background in a later story
# ("nearly 37,000 people have died in the conflict"), or a paper's second reporter restating the first's,
# is the same newsroom, not independent evidence. Stricter than the labels (which count an outlet's stories
# that reuse no paragraph as separate families), by design: on the DUC 2003 tune half it turns 4 right
# corroborated claims of 9 into single-source ones, while a second, independent labelling of the test half
# found the product joining only about half of the same-outlet stories the labellers call one family (pairwise
# recall 0.52-0.56), so a family count alone calls an agency's rewrites independent. (An earlier, narrower
# rule joined one outlet's stories only under one title.)
# Mentions attributed to one unnamed speaker ("police said", "officials said") share one primary source, as
# "the Taliban said" relayed by every outlet does.

_NAME_NOISE = re.compile(r"^(?:the|a|an)\s+|['’]s?$|\s+(?:news agency|agency|news)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Origins:
    names: tuple[str, ...]  # attributed origins, as first written
    independent: int


def origin_key(name: str) -> str:
    """"the Taliban's", "Taliban" and "TALIBAN" name one origin."""
    key = name.strip()
    for _ in range(2):
        key = _NAME_NOISE.sub("", key).strip()
    return key.casefold()


def _agents_body(key: str, words: StatementWords) -> str | None:
    """The agents a body is named after ("police department" -> "police"), the party "police said" names.
    ECB+ check halves (hand verdicts): "the Police Department said" and "the police said" had made two
    primary sources of one party, and two outlets relaying it a corroborated claim."""
    ws = key.split()
    if len(ws) == 2 and ws[1] in words.body_words and ws[0] in words.agent_nouns:
        return ws[0]
    return None


def _origin_names(s: Statement) -> list[str]:
    return list(s.origins)


def _quote_words(s: Statement, direct_only: bool = False) -> list[list[str]]:
    return [w for q in s.quotes if (q.kind == "direct" or not direct_only)
            and len(w := words(q.text)) >= MIN_SHARED_QUOTE_WORDS]


def _share_quote(a: Statement, b: Statement, direct_only: bool = False) -> bool:
    for qa in _quote_words(a, direct_only):
        for qb in _quote_words(b, direct_only):
            if longest_shared_run(qa, qb, min(SHARED_PASSAGE_WORDS, len(qa), len(qb))) >= min(
                SHARED_PASSAGE_WORDS, len(qa), len(qb)
            ):
                return True
    return False


def _copied(a: Statement, b: Statement, tokens_a: Sequence[str], tokens_b: Sequence[str]) -> bool:
    """One mention copies the other: a shared verbatim run (longer between two named outlets) or a shared
    quotation."""
    run = _passage_words(a, b)
    return longest_shared_run(tokens_a, tokens_b, run) >= run or _share_quote(a, b)


def _passage_words(a: Statement, b: Statement) -> int:
    """Verbatim words that make two mentions one copied passage: more between two named outlets."""
    if a.outlet and b.outlet and not same_outlet(a, b):
        return CROSS_OUTLET_PASSAGE_WORDS
    return SHARED_PASSAGE_WORDS


def count_origins(members: Sequence[Statement]) -> Origins:
    roots, names = _origin_roots(members)
    return Origins(names=names, independent=max(len(set(roots)), 1 if members else 0))


def origin_roots(members: Sequence[Statement]) -> list[int]:
    """Each member's origin: members of one origin share a root (count_origins counts the roots)."""
    return _origin_roots(members)[0]


def _origin_roots(members: Sequence[Statement]) -> tuple[list[int], tuple[str, ...]]:
    """Each member's origin (members of one origin share a root) and the attributed origins' names."""
    n = len(members)
    union = UnionFind(range(n))
    first_of_family: dict[str, int] = {}
    keys: dict[str, int] = {}
    names: dict[str, str] = {}
    roles_shown: dict[str, str] = {}  # role key -> the words that name the unnamed party
    for i, m in enumerate(members):
        union.union(i, first_of_family.setdefault(m.family, i))
        if m.outlet:
            union.union(i, first_of_family.setdefault("outlet:" + m.outlet.casefold(), i))
        shown_as = dict(m.origin_words)
        for name in _origin_names(m):
            key = origin_key(name)
            if key:
                union.union(i, keys.setdefault(key, i))
                names.setdefault(key, shown_as.get(name, name).strip())
                if (role := speaker_role(name, m.words)) and " " not in key:
                    # "Police said" read as a name, and "police" or "a police spokesman" as a role: one party.
                    union.union(i, keys.setdefault("role:" + role, i))
                elif (body := _agents_body(key, m.words)) is not None:
                    union.union(i, keys.setdefault("role:" + body, i))
        for role in m.roles:
            union.union(i, keys.setdefault("role:" + role, i))
        for role, shown in m.role_names:
            roles_shown.setdefault("role:" + role, shown)
        for body in m.speaks_for:  # a body's head or voice and the body are one primary source
            union.union(i, keys.setdefault(origin_key(body), i))
    tokens = [words(m.text) for m in members]
    for i in range(n):
        for j in range(i + 1, n):
            if members[i].family == members[j].family or union.find(i) == union.find(j):
                continue
            if _copied(members[i], members[j], tokens[i], tokens[j]):
                union.union(i, j)
    # A hedged, unattributed mention relays what others report: it joins the claim's only named origin.
    # Without any named origin, hedged mentions all relay the same unnamed "reports".
    attributed = {union.find(keys[k]) for k in keys}
    hedged = [i for i, m in enumerate(members) if m.hedged and not _origin_names(m)]
    if len(attributed) <= 1 and hedged:
        root = next(iter(attributed)) if attributed else hedged[0]
        for i in hedged:
            union.union(i, root)
    # A party named only by its role is shown in the claim's words ("coastguard", "a police spokeswoman");
    # one that a named origin also stands for is shown by its name alone.
    named = {union.find(keys[k]) for k in names}
    unnamed = [phrase for k, phrase in roles_shown.items() if union.find(keys[k]) not in named]
    return [union.find(i) for i in range(n)], tuple(dict.fromkeys([*names.values(), *unnamed]))


# Corroboration needs agreement shown, not inferred through the claim's average linkage: at least two
# independent origins must each hold a complete statement whose alignment score with a complete statement
# of another origin reaches this. DUC 2003 tune half (hand labels): of the claims called corroborated, the
# cross-family pairs at 0.40-0.59 were right 17 times in 49, those at 0.60 and above 13 times in 30, and
# most wrong ones above 0.6 were fragments or wire furniture, which is_complete leaves out. Re-checked on
# the tune half after the family fix (corroborated claims right / marked): 0.6 -> 7/7, 0.55 -> 9/11,
# 0.5 -> 10/14, 0.4 -> 18/29; below 0.6 the extra ones are loose alignments or one party's statement.
CORROBORATE_MIN_SIMILARITY = 0.6

# A figure both statements give exactly (not a count of one or two) is agreement a reader can check even
# where the wording differs ("the conflict has killed an estimated 37,000" / "close to 37,000 people have
# died in the conflict"): such pairs need only this alignment score. DUC 2003 tune half: corroborated
# 7/7 -> 9/9 right, 10 -> 12 of 138 found, the same at 0.0, 0.2, 0.3 and 0.4 (claims are aligned at 0.4
# anyway); figures under MIN_SHARED_FIGURE ("two", "one") are too common to show agreement. Tried and left
# out: two shared roster entities at 0.45-0.5 (10/13, 11/13 right).
FIGURE_AGREEMENT_SIMILARITY = 0.3
MIN_SHARED_FIGURE = 3.0


def in_first_person(text: str, words: StatementWords) -> bool:
    """A sentence opening in the first person (the language's ``first_person_opening``): one speaker's words
    printed without quotation marks ("We take these issues very seriously."), not a fact."""
    return words.first_person_opening.match(text.strip()) is not None


def is_complete(text: str, words: StatementWords) -> bool:
    """A whole sentence a reader can check: it opens with a capital or a digit, ends a sentence and is not
    a bare quotation or a sentence in the first person (one speaker's words, however many outlets carry
    them) or a conditional (``words.conditional_opening``: "If the court accepts ..., it will ..." states no
    fact). Fragments cut at a hard line break ("Now the Port Authority of") and wire furniture ("(STORY CAN
    END HERE.") are not."""
    t = text.strip()
    return reads_as_sentence(t) and not words.conditional_opening.match(t) and not in_first_person(t, words)


def checkable(s: Statement) -> bool:
    """A complete statement (is_complete), or a clause after a semicolon that would be one with a capital:
    "The hall was licensed for 150; about 400 were inside when the fire broke out." states two checkable
    facts, the second opening in lower case only because of the cut. DUC 2003 tune half: corroborated claims
    19/19 -> 20/20 right, 27 -> 28 of 415 labelled statements found (the clause before a semicolon, which
    ends without a full stop, was tried as well and left out: 21/22 right)."""
    if withholds(s) or prescribes(s):
        return False
    if is_complete(s.text, s.words):
        return True
    t = s.text.strip()
    return s.after_semicolon and bool(t) and is_complete(t[0].upper() + t[1:], s.words)


def prescribes(s: Statement) -> bool:
    """The statement says only what ought to be or would have been (the language's ``prescriptive``
    words, every main act unasserted): an opinion or a counterfactual, which corroborates nothing."""
    return (bool(s.main_acts) and not any(done for _, done in s.main_acts)
            and s.words.prescriptive.search(s.text) is not None)


def withholds(s: Statement) -> bool:
    """The statement tells what a party would not tell: it denies a verb of telling ("did not say what ...",
    "would not reveal") or declines one ("declined to say where ..."). It rests on that party however many
    outlets write it, so it corroborates nothing (the language's ``withheld`` and ``refusal`` verbs)."""
    told = s.words.withheld
    if s.denied_verbs & told:
        return True
    return bool(s.asserted_verbs & s.words.refusal) and any(v in told and not done for v, done in s.main_acts)


def _share_a_figure(a: Statement, b: Statement) -> bool:
    """Both give one exact figure (not a count of one or two) of the same count of what happened to people
    (killed, wounded, held, displaced): a figure that only describes a party ("the 20 states suing
    Microsoft") is no agreement on what the statements say."""
    return any(
        na.value == nb.value and running_fate(na, a) is not None and same_counted_thing(na, a, nb, b)
        for na in a.numbers if na.value is not None and na.value >= MIN_SHARED_FIGURE
        for nb in b.numbers
    )


# Agreement needs words in common beyond names: short sentences that share only a name ("Chuck Pagano
# returns tomorrow" / "... something for Chuck Pagano to worry about", "Peyton Manning did it twice") align
# on the name's weight alone. ECB+ odd topics, read as a user (108 corroborated claims, about 9 wrong): this
# drops 3 wrong ones and 2 right ones ("Windows Update and Automatic Updates", "played at Wayne State"); on
# the DUC 2003 tune half it changes nothing (3/3). A copied passage (the alignment's verbatim score) is
# agreement whatever its words.
MIN_SHARED_COMMON_WORDS = 2
VERBATIM_SIMILARITY = 0.8


# Read once per statement by the alignment (weave/claims.similarity) and again for each pair agree() weighs:
# cached by text, so a pair costs two look-ups. (figures() is not cached: hashing its StatementWords key
# costs twice what reading the figures does.)
@lru_cache(maxsize=8192)
def common_words(text: str) -> frozenset[str]:
    """Stems of the content words written in lower case, and the figures: what a sentence says beyond whom
    it names ("a 27-24 loss", "the Dec. 6 killing" are checkable details). A word with a capital anywhere
    is a name ("iPhone", "eBay")."""
    tokens = TERM.findall(text)
    figures = {w for w in tokens if any(c.isdigit() for c in w)}
    return frozenset(terms(" ".join(w for w in tokens if not any(c.isupper() for c in w)))) | figures


# A looser alignment shows agreement when the two sentences share this many content words written in lower
# case: "Xu spent 12 years in jail" / "Xu spent 12 years in prison", "Israel retains security control over
# flights" / "the Israelis will retain considerable control over routes, flight schedules and security".
# DUC 2003 tune half, pairs of complete statements of two outlets: at 0.4 and 4 shared words 19 of 19 pairs
# state one labelled statement (3 shared: 29/33; 2: 41/51); corroborated claims 3/3 -> 9/9 right with the
# quotation rule below. ECB+ odd topics, read as a user, before the change was kept: see the closing note.
# Two sentences that both give figures must share one to agree this loosely: "the A340 can fly 8,000 miles"
# / "the 777 has a range of 9,400 miles" share four words and state different facts (MEANTIME, read as a
# user).
LOOSE_SIMILARITY = 0.4
LOOSE_SHARED_WORDS = 4


# A figure both sentences write (whole: "3,500" is 3500, "2.5" is 2.5), beside a content word in lower case
# both write: the detail itself ("spent 12 years", "a 3,500-page report"). A number inside a name ("a Fokker
# 50", "Route 66", "iOS 5") or glued to letters ("3G", "16GB") names a thing, and figures under
# MIN_SHARED_FIGURE are too common to show agreement.
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![.,]?[^\W_])")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]*[A-Z][\w'’-]*)\s+$")
# A figure glued to a noun right before a name is the name's epithet ("the 86-seat Assembly of Experts", "the
# 15-nation European Union"), said of the body, not by the sentence: two reports naming the body so share no
# detail (a DUC 2003 test cluster, read as a user: an election result and a story written before the vote
# made one claim on "86-seat" / "86-member"). "a 3,500-page report" keeps its figure.
_NAME_EPITHET = re.compile(r"-[a-z]+[^\S\n]+[A-Z]")


def names_epithet(text: str, end: int) -> bool:
    """The figure ending at ``end`` is glued to a noun right before a capitalised name (``_NAME_EPITHET``)."""
    return _NAME_EPITHET.match(text, end) is not None


def figures(text: str, words: StatementWords) -> frozenset[float]:
    """The figures a sentence writes, not those that are part of a name (a capitalised word before the figure
    that is none of the language's ``function_words``)."""
    out = set()
    for m in _FIGURE.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if (name and name.group(1).casefold() not in words.function_words) or names_epithet(text, m.end()):
            continue
        value = written_figure(m.group(0).rstrip(".,"))
        if value is not None and value >= MIN_SHARED_FIGURE:
            out.add(value)
    return frozenset(out)


def share_figure_and_word(fa: frozenset[float], fb: frozenset[float], shared: frozenset[str],
                          scale: frozenset[str] = frozenset()) -> bool:
    """Two sentences (their ``figures``, and the ``common_words`` they share) share a figure and a word that
    is none and no unit or magnitude (``scale``): the figure's own words ("24 percent", "US$ 6 billion")
    say nothing of what it measures, "spent 12 years" / "spent 12 years" does."""
    return bool(fa & fb) and any(not any(c.isdigit() for c in w) and w not in scale for w in shared)


def compatible_figures(fa: frozenset[float], fb: frozenset[float]) -> bool:
    """Two sentences' ``figures`` can state one fact: one gives none, or they share one."""
    return not (fa and fb) or bool(fa & fb)


def scale_terms(words: StatementWords) -> frozenset[str]:
    """The stems of a language's units and magnitudes, as ``common_words`` writes them. MEANTIME apple (read
    as a user): "Mac sales increased 22 percent, comprising 24 percent of revenue" / "a 24 percent reduction"
    agreed on "24" and "percent"; DUC 2003 tune half unchanged (15/15 right)."""
    return _stems(words.measures | words.magnitudes)


@lru_cache(maxsize=16)
def _stems(vocabulary: frozenset[str]) -> frozenset[str]:
    # Keyed by the word set, whose hash Python keeps, not by the whole StatementWords.
    return frozenset(terms(" ".join(sorted(vocabulary))))


def _reported_prospect(s: Statement, other: Statement) -> bool:
    """``s`` reports what a party said without telling any act as done (its main acts all told as possible,
    planned or expected, or none read: "the president said the vote would show ...", "prosecutors said she
    would be arrested if ...") while ``other`` tells an act as done ("the people have voted", "she checked
    in"): a forecast or a warning someone made, not the fact, however many words they share.
    ECB+ tune topics 1-13 (hand verdicts): corroborated claims right 65/77 -> 65/76 with the main acts all
    not done (a leader's forecast about an election beside the report that people voted), -> 65/74 with
    none read as well (a prosecutors' warning beside the report of her check-in); no right claim undone.
    The attribution matters: without it, 3 right claims of 4 were undone ("will take effect in about 30
    days" / "take effect in 30 days")."""
    if not (s.origins or s.roles) or any(done for _, done in s.main_acts):
        return False
    return any(done for _, done in other.main_acts)


# Reports published this many days apart or more agree only on a statement both anchor in time with the same
# year or date: the same words a season or years apart often tell of another product, market day or deal of
# the same kind. MEANTIME (its 4 corpora dated by their creation times, read as a user): of the corroborated
# claims whose reports lie 99 days to 5 years apart, 3 wrong ones (an iPhone's $199 price in 2008 and the
# iPhone 4's in 2010; "comes in two colors" of an iPod and of an iPhone; two carmakers' pension costs) are
# unanchored, as are 2 right but loose ones that go too (the 787's fuel use and its seats, months apart);
# the anchored ones stay ("fighting pancreatic cancer since 2004", "launched the iTunes Music Store in
# 2003"). The DUC 2003 tune clusters span at most 88 days, so their labels say nothing of this.
AGREEMENT_SPAN_DAYS = 90


def _shared_anchor(a: Statement, b: Statement) -> bool:
    """Both write the same year or date ("since 2004" / "in 2004")."""
    def years(s: Statement) -> set[str]:
        return {d.value[:4] for d in s.dates
                if d.value and d.resolved_from == "explicit" and d.value[:4].isdigit()}
    return bool(years(a) & years(b))


def _far_apart(a: Statement, b: Statement) -> bool:
    """Their reports were published AGREEMENT_SPAN_DAYS or more apart (unknown dates: not far apart)."""
    da, db = iso_day(a.published), iso_day(b.published)
    return da is not None and db is not None and abs((da - db).days) >= AGREEMENT_SPAN_DAYS


def _acts(s: Statement) -> frozenset[str]:
    """The verbs a statement tells as its acts (main or asserted), light and reporting verbs left out."""
    verbs = {v for v, _ in s.main_acts} | s.asserted_verbs
    return frozenset(v for v in verbs if v not in s.words.light_verbs and SAY not in predicates(v))


def tell_one_act(a: Statement, b: Statement) -> bool:
    """Two statements tell one act: a verb both tell (``_acts``) or a predicate class both use ("killed" /
    "died"). Below CORROBORATE_MIN_SIMILARITY, shared words and a shared figure are agreement only with it:
    "288 candidates are vying for the 125 seats" / "the election of a 125-seat legislature is the first
    vote since ..." share a figure and its noun and state two facts. Read only where the language lists its
    light verbs (its parse gives the acts); elsewhere no statement is held to it.

    ECB+ odd topics, corroborated claims right / marked (first judge; blind second judge), held to it where
    fewer than WIDE_AGREEMENT_ORIGINS agree: tune 69/78 -> 58/61, 56/67 -> 45/51; check 129/142 -> 114/122,
    108/142 -> 95/122. The claims it takes away are right about two times in three by either judge; most
    of them are paraphrases with different verbs ("won" / "finished", "reduce" / "loosen"). On the DUC 2003
    tune half it keeps every claim right (11/11) but finds 17 labelled statements of 415, not 24: a recall
    loss taken for precision."""
    if not (a.words.light_verbs and b.words.light_verbs):
        return True
    if content_predicates(a.text) & content_predicates(b.text):
        return True
    acts_a, acts_b = _stems(_acts(a)), _stems(_acts(b))
    return _named(acts_a, common_words(b.without_date_names) | acts_b) or _named(
        acts_b, common_words(a.without_date_names) | acts_a)


# An act's stem at least this long names the act as the start of a longer stem too: "oppos" in "opposit"
# ("opposed" / "his opposition to"), "investig" in "investig"; shorter stems ("vote", "win") must match
# whole. DUC 2003 tune half: one right claim more (10/10 -> 11/11), ECB+ odd verdicts unchanged.
ACT_NOUN_MIN_STEM = 5


def _named(acts: frozenset[str], stems: frozenset[str]) -> bool:
    """One of ``acts`` (stems) is among ``stems``, whole or as the start of a longer one."""
    return any(w == v or (len(v) >= ACT_NOUN_MIN_STEM and w.startswith(v)) for v in acts for w in stems)


def agree(a: Statement, b: Statement, score: float, one_act: bool = False) -> bool:
    """Two complete statements of different families say the same thing: they align closely, or they
    align and state the same exact figure (the alignment already keeps clashing polarity and places
    apart), they share words beyond names, and their figures are compatible (one gives none, or they share
    one: "a range of 8,000 nautical miles" / "a range of 5,600 to 8,870 nautical miles" are two aircraft),
    and no length, weight or other physical measure of theirs clashes (weave/measured.py: a shared age
    does not make "fell 60 metres" and "fell 200m" one fact).
    A copied passage agrees whatever its figures. Two statements that each quote somebody agree only
    on a quotation they share: "a matter for the magistrates and the police" (the Prime Minister's office)
    and "a judicial matter, one for the police and the magistrates" (a Foreign Office spokesman) are two
    parties' words, not one fact twice; reported speech is not held to this ("12 people were killed, the
    authority said" and "the coastguard said 12 people had been killed" state one fact from two parties:
    our example corpus, read as a user; DUC 2003 tune half unchanged, 19/19 right, and one claim more on
    ECB+ tune topics 1-13, right by my reading). A party's reported prospect does not agree with the act
    told as done (_reported_prospect). Reports far apart in time agree only on a statement anchored in one
    year (AGREEMENT_SPAN_DAYS), and two statements that pin what they tell to different days never
    (scope.on_other_days: "testimony jurors heard Tuesday" / "testimony continued Wednesday"; ECB+ odd
    topics, every judged half and whole story: one wrong claim gone, in two halves, no right one). With
    ``one_act``, a looser alignment agrees only on one act (tell_one_act)."""
    if _far_apart(a, b) and not _shared_anchor(a, b):
        return False
    if _quote_words(a, direct_only=True) and _quote_words(b, direct_only=True) and not _share_quote(
            a, b, direct_only=True):
        return False
    if _reported_prospect(a, b) or _reported_prospect(b, a) or on_other_days(a, b):
        return False
    shared = (common_words(a.without_date_names) & common_words(b.without_date_names)) - a.words.light_forms
    fa, fb = figures(a.without_date_names, a.words), figures(b.without_date_names, b.words)
    counts = compatible_figures(figures(a.dateless, a.words), figures(b.dateless, b.words)) and not (
        measures_clash(a, b) or one_against_many(a, b) or one_against_many(b, a))
    if score >= VERBATIM_SIMILARITY and counts:
        return True
    if len(shared) < MIN_SHARED_COMMON_WORDS or not counts:
        return False
    if score >= CORROBORATE_MIN_SIMILARITY:
        return True
    if one_act and not tell_one_act(a, b):
        return False
    if score >= LOOSE_SIMILARITY and (len(shared) >= LOOSE_SHARED_WORDS
                                      or share_figure_and_word(fa, fb, shared, scale_terms(a.words))):
        return True
    return score >= FIGURE_AGREEMENT_SIMILARITY and _share_a_figure(a, b)


# Origins at which agreement may rest on the looser alignments alone (no act both tell: tell_one_act). ECB+
# odd topics, both judges: claims of three or more independent origins were right 56 times in 59 by the
# blind second judge, those of two about three times in four; every wrong kind the judges named for two
# origins (statements sharing only a figure and its noun, a detail of two different facts) needs only two.
WIDE_AGREEMENT_ORIGINS = 3


@dataclass(frozen=True, slots=True)
class Agreement:
    """What a claim's members show of agreement across origins."""

    origins: int  # independent origins with a member that agrees with another origin's
    members: frozenset[int]  # those members' statement indices
    # Sources of two agreeing origins whose reports retell one another (weave/retellings.py): why a claim
    # of two origins shows no agreement.
    retold: tuple[str, ...] = ()


NO_AGREEMENT = Agreement(0, frozenset())


def corroborating_origins(members: Sequence[Statement], similarity: Matrix,
                          quorum: int = MIN_QUORUM, retellings: Retellings | None = None) -> Agreement:
    """Independent origins among the complete members that agree closely with a complete member of
    another family and another origin (agreement within one origin, say two outlets relaying one party,
    shows nothing). Fewer than WIDE_AGREEMENT_ORIGINS such origins must each agree on one act. Fewer than
    ``quorum`` (the story's, models/quorum.py) show no agreement at all. Two origins whose reports retell
    one another (``retellings``, when the sentence encoder is installed) show none either."""
    found = _agreement(members, similarity)
    if found.origins < quorum:
        return NO_AGREEMENT
    if found.origins == MIN_QUORUM and retellings is not None:
        retold = _retold_pair([m for m in members if m.index in found.members], retellings)
        if retold:
            return Agreement(0, frozenset(), retold)
    return found


def _retold_pair(agreeing: Sequence[Statement], retellings: Retellings) -> tuple[str, ...]:
    """The sources of the first two agreeing reports of different origins that retell one another."""
    roots, _ = _origin_roots(agreeing)
    by_article: dict[str, list[Statement]] = {}
    for m in agreeing:
        by_article.setdefault(m.article_id, []).append(m)
    root_of = {m.article_id: r for m, r in zip(agreeing, roots, strict=True)}
    articles = list(by_article)
    for i, a in enumerate(articles):
        for b in articles[i + 1:]:
            if root_of[a] != root_of[b] and retellings.retold(by_article[a], by_article[b]):
                return (by_article[a][0].source, by_article[b][0].source)
    return ()


def _agreement(members: Sequence[Statement], similarity: Matrix) -> Agreement:
    complete = [m for m in members if checkable(m)]
    roots, _ = _origin_roots(complete)

    def agreeing(one_act: bool) -> Agreement:
        # Members of one family share an origin root, so another root is also another family.
        strong = [m for m, r in zip(complete, roots, strict=True)
                  if any(q != r and agree(m, o, float(similarity[m.index, o.index]), one_act)
                         for o, q in zip(complete, roots, strict=True))]
        origins = count_origins(strong).independent if len(strong) >= 2 else 0
        return Agreement(origins, frozenset(m.index for m in strong)) if origins >= 2 else NO_AGREEMENT

    wide = agreeing(one_act=False)
    return wide if wide.origins >= WIDE_AGREEMENT_ORIGINS or wide.origins < 2 else agreeing(one_act=True)
