"""What a language pack is: the words and rules about one language that the stages may use.

A stage never decides by itself that a text is English: it asks ``pack_for(article.language)``. No pack means
no language-derived labels (the article is still ingested, grouped, cited and may be summarised).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.models import Annotations, Article


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """What analysis reads off each clause (``SentenceFacts``); a cue the pack lacks leaves its fact None."""

    negation: re.Pattern[str] | None = None  # clause negation ("not", "denied"), searched anywhere
    hedge: re.Pattern[str] | None = None  # the outlet relays a report ("reportedly"), searched anywhere
    lead_attribution: re.Pattern[str] | None = None  # matched at the clause start; group 1 is the party


# Matches nothing: the cue of a word list a pack does not have never fires.
NEVER = re.compile(r"(?!)")


@dataclass(frozen=True, slots=True)
class StatementWords:
    """The words weave reads off a statement of the pack's language (see ``lang/en/statement_words.py``).

    A pack without them (a stub) gets these defaults, which never match: no fragment passes the verb test
    (so no claims), no speaker is read from a description, no verb types an event, no figure has a fate, a
    unit or a severity, no age is read, no sentence is set aside as conditional or in the first person, and
    every capitalised word before a figure is taken for a name (no figure is read beside one). Nothing is
    labelled from words weave cannot read."""

    verb_like: re.Pattern[str] = NEVER  # a verb-like word (with content_word: an assertion, not a label)
    auxiliary: re.Pattern[str] = NEVER  # a copula or auxiliary, which the parse records as no predicate
    content_word: re.Pattern[str] = NEVER  # a lowercase content word
    proper_name: re.Pattern[str] = NEVER  # a name in an attribution ("the Taliban's Alemarah feed")
    possessive: re.Pattern[str] = NEVER  # the possessive ending a name drops ("Taliban's")
    pronouns: frozenset[str] = frozenset()  # a speaker that names nobody
    # A body's voice named by role ("spokesman", "official") and the bodies such a role names before it ("a
    # police spokesman", "a ministry official"): the body is the statement's primary source too.
    voice_nouns: frozenset[str] = frozenset()
    voiced_bodies: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()  # join two parties in one attribution ("survivors and police")
    locative_before: re.Pattern[str] = NEVER  # ends just before a name that says where, not who
    stance_prefix: re.Pattern[str] = NEVER  # ends just before a name made a stance ("pro-", "anti-")
    modifier_tail: re.Pattern[str] = NEVER  # a name made a modifier ("Hong Kong-based", "U.S.-led")
    possessor_kin: re.Pattern[str] = NEVER  # a possessive and a kin noun after a name ("Xu's wife")
    relative_of: re.Pattern[str] = NEVER  # matched at a name's start: a kin noun and "of" ("a friend of X")
    names_itself: re.Pattern[str] = NEVER  # a relative clause giving the speaker's name ("... only as Sami")
    place_head: re.Pattern[str] = NEVER  # a name ending in a place or structure word is no party
    described_speaker: re.Pattern[str] = NEVER  # "the union said": group 1 is the description
    # An attribution's cue that reports what a party says ("said", "told", "according to"), not what it does
    # ("refused", "questioned", "sought"): only such a party is shown as what a claim rests on.
    saying_cue: re.Pattern[str] = NEVER
    intent_cue: re.Pattern[str] = NEVER
    # A cue that tells what a party believes, expects, fears or weighs ("expecting that", "see the future
    # as"): the reporter's account of a state of mind, so, like an intent, no origin and no words said.
    belief_cue: re.Pattern[str] = NEVER
    # A cue of a stance taken for or against a thing ("protest", "favoring", "critical of", "pushing for"):
    # with no clause said after it, the sentence tells what the party did, so no origin.
    stance_cue: re.Pattern[str] = NEVER
    # A person's description as the head or voice of a body ("chief executive of the harbour authority",
    # "the union's secretary", "Union secretary"): the group "body" is the body's words.
    speaks_for: re.Pattern[str] = NEVER
    not_a_party: re.Pattern[str] = NEVER  # platforms and days
    month_alone: re.Pattern[str] = NEVER  # fullmatched: a month, which names no party the roster lacks
    count_opener: re.Pattern[str] = NEVER  # matched at a name's start: a counting word ("Two", "Many of")
    clause_opener: re.Pattern[str] = NEVER  # matched at a name's start: a preposition ("After", "Despite")
    relay_lead: re.Pattern[str] = NEVER  # words a channel may hold before the relay it names ("told the")
    # Kinship (weave/roster.py): "son of X" in a description (group 1 names X); any kinship word in one; a
    # kinship noun ending just before a full name ("her daughter "); "son of " ending just before one.
    kin_of: re.Pattern[str] = NEVER
    kin_word: re.Pattern[str] = NEVER
    kin_noun_before: re.Pattern[str] = NEVER
    kin_of_before: re.Pattern[str] = NEVER
    event_triggers: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (event type, verb phrase), by priority
    people_seized: re.Pattern[str] = NEVER  # a SEIZE trigger that takes people ("arrested", "kidnapped")
    same_time: re.Pattern[str] = NEVER  # opens a clause of the same time as its head ("when ...")
    offset_anchor: re.Pattern[str] = NEVER  # ends on an offset's anchor ("three days after the attack on")
    dated_noun: re.Pattern[str] = NEVER  # starts right after a date in the possessive ("Saturday's")
    naming_article: re.Pattern[str] = NEVER  # ends just before a date naming a noun ("the July 7 bombings")
    team_article: re.Pattern[str] = NEVER  # ends just before a name that is a team's ("the Tar Heels")
    apart_before: re.Pattern[str] = NEVER  # ends just before a date naming another happening ("of the")
    of_a_thing: re.Pattern[str] = NEVER  # ends just before a date "of" a noun ("the tsunami of ")
    range_open: re.Pattern[str] = NEVER  # ends just before a range's first date ("from ", "between ")
    range_join: re.Pattern[str] = NEVER  # all of the text between a range's two dates (" through ")
    # ends just before / starts just after a date that bounds a time frame ("by the year", "post-"; "onwards")
    bound_before: re.Pattern[str] = NEVER
    bound_after: re.Pattern[str] = NEVER
    custody: re.Pattern[str] = NEVER  # a SEIZE trigger of the law taking someone ("arrested", "detained")
    illness: re.Pattern[str] = NEVER  # an illness as what killed ("the flu season", "died of cancer")
    cause_after: re.Pattern[str] = NEVER  # matched after a verb: up to what caused it ("died last week of ")
    referring: frozenset[str] = frozenset()  # a subject that refers back within its sentence ("it", "which")
    sequence_before: re.Pattern[str] = NEVER  # ends just before a date of another happening ("after")
    no_one: re.Pattern[str] = NEVER  # opens an argument that names no one ("nobody", "neither side")
    relative_opening: re.Pattern[str] = NEVER  # opens a relative clause ("which", "in which")
    another_event: re.Pattern[str] = NEVER  # a doer that is another happening ("a similar attack")
    anniversary: re.Pattern[str] = NEVER  # a yearly return of a past happening ("the fourth anniversary")
    respectively: re.Pattern[str] = NEVER  # counts split among several doers ("12 and 8 respectively")
    ongoing_from: re.Pattern[str] = NEVER  # ends just before a date something still runs from ("since")
    comparison_before: re.Pattern[str] = NEVER  # ends just before a comparison's baseline ("compared with")
    counterfactual_before: re.Pattern[str] = NEVER  # ends in an unreal condition ("if an election were held")
    long_before: re.Pattern[str] = NEVER  # an act told as past or repeated ("had previously been arrested")
    times_over: re.Pattern[str] = NEVER  # a count of times: seizures that often are many ("four times")
    named_war: re.Pattern[str] = NEVER  # matched after a trigger: a named war it is of ("during the X war")
    years_back: re.Pattern[str] = NEVER  # a time phrase years before the report ("ten years ago")
    years_long: re.Pattern[str] = NEVER  # a span of years a toll is counted over ("in the 14-year war")
    year_as_time: re.Pattern[str] = NEVER  # a bare year written as a time, group 1 the year ("in 1999")
    judicial_outcome: re.Pattern[str] = NEVER  # a trial's outcome told ("was sentenced", "the jury")
    warning: re.Pattern[str] = NEVER  # a THREATEN trigger that may only foretell ("warned that delays ...")
    flight: re.Pattern[str] = NEVER  # a RETREAT trigger one person can do ("fled")
    figurative_targets: frozenset[str] = frozenset()  # attacked only in a figure ("killed the deal")
    figurative_seized: frozenset[str] = frozenset()  # seized only in a figure ("seized the initiative")
    heading: re.Pattern[str] = NEVER  # a MOBILIZE trigger of going somewhere ("heading for")
    place_goal: re.Pattern[str] = NEVER  # going to a place a common noun names ("heading for the capital")
    figurative_march: re.Pattern[str] = NEVER  # "marched ahead with its plan": pressing on, no march
    mustered: frozenset[str] = frozenset()  # what a mobilization gathers beside people ("massed tanks")
    gathering: re.Pattern[str] = NEVER  # a MOBILIZE trigger that gathers things as often ("assembled cars")
    body_parts: frozenset[str] = frozenset()  # a body part hurt is an injury, not an attack ("his knee")
    contest: re.Pattern[str] = NEVER  # a statement about sport, never an event ("in the sixth round")
    verbal_attack: re.Pattern[str] = NEVER  # an attack verb that may be criticism ("attacked her record")
    speech_media: frozenset[str] = frozenset()  # what words are sent in ("tweets", "speech", "ad")
    harm_cues: re.Pattern[str] = NEVER  # a word of bodily harm, a weapon or the police
    business_endings: frozenset[str] = frozenset()  # the legal ending of a business's name ("Inc")
    legal_fight: re.Pattern[str] = NEVER  # a fight in court ("fighting X in court")
    dispute_over: re.Pattern[str] = NEVER  # an attack "over" an issue ("clashed over fishing rights")
    quarrel: re.Pattern[str] = NEVER  # a clash: by or with one person, and unharmed, a quarrel
    seized_on: re.Pattern[str] = NEVER  # "seized on/upon" something not a day: a figure
    passive_before: re.Pattern[str] = NEVER  # ends on a passive auxiliary ("were")
    legal_appeal: re.Pattern[str] = NEVER  # appealing a court's decision: no demand ("appealed the ruling")
    call_for: re.Pattern[str] = NEVER  # a DEMAND trigger of calling for or on ("called for talks")
    not_seized: frozenset[str] = frozenset()  # taken over, not seized: an office, a legislature, a firm
    vow: re.Pattern[str] = NEVER  # a THREATEN trigger that may only promise ("vowed to bring back jobs")
    hostile_vow: re.Pattern[str] = NEVER  # a vow of harm or a fight ("vowed to retaliate")
    talk: re.Pattern[str] = NEVER  # the verb "talk", a CONSULT trigger only with someone
    taking: re.Pattern[str] = NEVER  # a SEIZE trigger of taking ("took over"), judged by what is taken
    phrase_tail: re.Pattern[str] = NEVER  # where a noun phrase's own words end ("... in Appalachia")
    meeting: re.Pattern[str] = NEVER  # the verb "meet", a CONSULT trigger only when someone is met
    not_met: frozenset[str] = frozenset()  # what is met that is nobody: a goal or a reaction ("expectations")
    talk_with: re.Pattern[str] = NEVER  # the verb "talk" with someone: a meeting, not an interview
    supposition: re.Pattern[str] = NEVER  # a sentence opening on a supposition ("Say Mexico demanded ...")
    withheld: frozenset[str] = frozenset()  # verbs of telling a party may withhold ("did not say")
    refusal: frozenset[str] = frozenset()  # verbs of declining to do the next verb ("declined")
    anonymity: re.Pattern[str] = NEVER  # what a source asks when it will not be named ("not to be named")
    agent_nouns: frozenset[str] = frozenset()  # common nouns that can do something
    body_words: frozenset[str] = frozenset()  # a body named after its agents: "(police) department"
    people_nouns: frozenset[str] = frozenset()  # common nouns for people a seizure can take
    personal_pronouns: frozenset[str] = frozenset()  # a person pronoun, subject or object form
    relative_pronouns: frozenset[str] = frozenset()  # opens a relative clause ("who", "that")
    speaker_tail: re.Pattern[str] = NEVER  # where a speaker phrase's description of the speaker starts
    fates: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (fate, words), in order: killed, wounded …
    count_noise: frozenset[str] = frozenset()  # words near a figure that say nothing of what it counts
    measures: frozenset[str] = frozenset()  # units: a figure that measures, never counts
    magnitudes: frozenset[str] = frozenset()  # words that scale a figure ("million"), no detail of their own
    # Physical units (weave/measured.py): each form written apart after a figure, and each form written
    # glued to one ("200m"), with its dimension and its size in the dimension's base unit ("feet": ("length",
    # 0.3048)).
    unit_words: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    glued_units: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    generic_things: frozenset[str] = frozenset()  # counted things that are people in general
    toll_before: re.Pattern[str] = NEVER  # ends just before a bare figure a death toll reaches
    severity: re.Pattern[str] = NEVER  # "seriously" injured: part of a figure's scope
    aboard_around: re.Pattern[str] = NEVER  # "carrying 148 people" / "148 people aboard": who was on board
    part_after: re.Pattern[str] = NEVER  # starts just after a figure that counts an increment ("12 more")
    part_before: re.Pattern[str] = NEVER  # ends just before one ("an additional 12")
    age_after_name: re.Pattern[str] = NEVER  # "Name, 44,": its last matched group is the age
    age_before_name: re.Pattern[str] = NEVER  # "a 44-year-old Name": group 1 is the age
    age_anywhere: re.Pattern[str] = NEVER  # any age in one of those forms: one of its groups is the age
    numbered_thing: re.Pattern[str] = NEVER  # "stage 13", "Flight 370": group 1 the noun, group 2 the number
    children_after_name: re.Pattern[str] = NEVER  # "Name, a mother of 12,": group 1 is the count
    children_before_name: re.Pattern[str] = NEVER  # "mother of 13 Name": group 1 is the count
    # A rank ("fifth", "19th", weave/lone_details.py): group "digits" holds a written rank's digits, group
    # "word" a rank written out, whose value ``ordinal_words`` gives.
    ordinal: re.Pattern[str] = NEVER
    ordinal_words: Mapping[str, int] = field(default_factory=dict)
    child_count_words: Mapping[str, int] = field(default_factory=dict)  # the counts written as words
    update_cue: re.Pattern[str] = NEVER  # the statement says it revises an earlier report
    countdown: re.Pattern[str] = NEVER  # from a figure: days to one moment ("five days until ..."); group 1
    # Running counts in set forms: (what is counted, only rises, ends before a figure, from the figure on)
    progress: tuple[tuple[str, bool, re.Pattern[str], re.Pattern[str]], ...] = ()
    votes_counted: str = ""  # which of them is a vote count's progress (its label)
    # Time elapsed in a happening still going on (weave/elapsed.py): (pattern with groups n, unit, count,
    # thing; an ordinal count; a length that counts only beside an elapsed form), the values of number
    # words and ordinals, days per unit, words that name a time rather than a happening, and the label
    # ("{}": the thing).
    elapsed: tuple[tuple[re.Pattern[str], bool, bool], ...] = ()
    elapsed_hint: re.Pattern[str] = NEVER  # found in every sentence the forms can read: the units
    elapsed_numbers: Mapping[str, int] = field(default_factory=dict)
    elapsed_units: Mapping[str, int] = field(default_factory=dict)
    elapsed_not_things: frozenset[str] = frozenset()
    elapsed_label: str = "{}"
    vote_share: str = ""  # the label of a candidate's share of the vote ("percent of the vote")
    share: re.Pattern[str] = NEVER  # from a figure: a share ("51 percent")
    share_for_other: re.Pattern[str] = NEVER  # starts just after a share given to another ("for his rival")
    saying_before_day: re.Pattern[str] = NEVER  # ends just before a day that dates the report ("said on")
    weekdays: frozenset[str] = frozenset()  # the names of the days of the week, case-folded ("tuesday")
    conditional_opening: re.Pattern[str] = NEVER  # matched at the start: a conditional ("If ..."), no fact
    prescriptive: re.Pattern[str] = NEVER  # what ought to be or would have been ("should"), no fact
    first_person_opening: re.Pattern[str] = NEVER  # matched at the start: one speaker's words ("We ...")
    # a determiner of one thing ("a", "an", "one"), then the phrase it opens up to a comma or a stop (group 1)
    single_determiner: re.Pattern[str] = NEVER
    continuing_opening: re.Pattern[str] = NEVER  # matched at the start: goes on from the sentence before
    opinion_label: re.Pattern[str] = NEVER  # matched at a text's or title's start: an opinion piece
    opinion_title_end: re.Pattern[str] = NEVER  # searched in a title: it ends on the genre ("X Column")
    function_words: frozenset[str] = frozenset()  # stop words: capitalised before a figure, they name nothing
    light_verbs: frozenset[str] = frozenset()  # lemmas that tell no act of their own ("be", "have", "take")
    light_forms: frozenset[str] = frozenset()  # the light verbs' written forms, as common_words stems them


NO_WORDS = StatementWords()


@dataclass(frozen=True, slots=True)
class LanguagePack:
    code: str  # ISO 639-1, as ``Article.language`` holds it
    name: str
    stop_words: Callable[[], frozenset[str]]
    # How the analyze stage annotates the pack's articles: None means the stage's own statistical pipeline
    # (spaCy model, NER, the full rule set: English); otherwise the pack's rule-based annotator.
    annotate: Callable[[Article], Annotations] | None = None
    # Weave may read statements from its sentences (claims, their status, conflicts, number entries, events):
    # needs the pack's negation, hedge and event cues. Without them the pack's dates and quotes still show.
    statements: bool = False
    # The publication day (ISO) from a dateline standing alone in an article's first paragraphs, or None.
    # None for English, whose dateline rules live in ingest/metadata.py.
    dateline: Callable[[Sequence[str]], str | None] | None = None
    # Negation, hedge and lead-attribution cues analysis turns into each clause's ``SentenceFacts``.
    sentence_cues: SentenceCues = field(default_factory=SentenceCues)
    # What weave reads off the statements of a pack with ``statements=True``; a stub keeps NO_WORDS.
    statement_words: StatementWords = NO_WORDS
