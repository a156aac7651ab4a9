"""Cleaning of plain and extracted text: drop the page furniture that scraping leaves behind, keep the news.

The unit is the line (a paragraph, subhead or caption as scraped). Each rule recognises one kind of furniture
by its form, never by a site's wording, and every dropped line is kept in ``removed`` with its kind. Rules
favour precision: a body paragraph ends in sentence punctuation, furniture usually does not, so most rules
only fire on short or unpunctuated lines. Cleaned paragraphs are joined by one blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.models import Removed
from newsweave.models.article import RemovedKind
from newsweave.text import LETTER_WORD, fallback_sentence_spans

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Longest line a caption, credit or navigation rule may remove: captions run to two or three sentences; longer
# lines are body text however they end. Calibrated on the seeds (longest caption 196 chars) with 2x headroom.
MAX_FURNITURE_CHARS = 400
# A "lone label" (category, section, byline name) is at most this many words with no punctuation.
# 3 keeps 4+-word subheads and headlines while catching "Afghanistan", "World News", "Middle East Crisis".
LONE_LABEL_MAX_WORDS = 3
# An unpunctuated caption under a label has at least this many words (shorter ones are subheads).
CAPTION_MIN_WORDS = 8
# Share of capitalised words (minor words aside) from which an unpunctuated line reads as a Title Case
# subhead, not a caption.
# Headline-style subheads on the seeds score 0.7-1.0, sentence-case captions 0.1-0.3.
TITLE_CASE_SHARE = 0.6
# Words that stay lower case in Title Case, left out of that share.
TITLE_CASE_MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "at", "to", "by", "as", "with",
    "from", "into", "over", "via", "up", "vs", "is", "are", "be",
})
# Exact repeats of a paragraph this long are scraping artefacts (a standfirst printed twice); shorter repeats
# ("He said no.") can be legitimate.
DUPLICATE_MIN_CHARS = 40

_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Wire copy of the 1990s writes a dash as an underscore ("Since 1985 _ when the buffer zone was set up _
# nearly 200 soldiers ..."); the parser reads that underscore as a noun and loses the sentence's structure,
# so it becomes the dash it stands for (one character for one, offsets unchanged). TimeBank and DUC 2003 AP
# copy, read as a user. The dateline's "(AP)_ " stays: with a dash there the parser took the dateline's
# city for the subject of the lead sentence ("ISTANBUL ... marched").
_WIRE_DASH_RE = re.compile(r"(?<=\s)_(?=\s)")
_TERMINAL = tuple(".!?;:\"'”’)]…»")

# Embedded posts: the link residue and the signature line "— Name (@handle) August 24, 2021".
EMBED_LINK_RE = re.compile(
    r"\bpic\.twitter\.com/\w+|\bA post shared by\b|\binstagram\.com/p/\w+|\bt\.co/\w{6,}", re.I)
EMBED_SIGNATURE_RE = re.compile(
    rf"[—–-]\s*[^\n()]{{1,80}}\(@\w{{1,30}}\)\s+(?P<date>{MONTHS}\s+\d{{1,2}},\s+\d{{4}})\.?\s*$")

# The labels that introduce a picture's credit ("Photograph:", "Image source:").
_CREDIT_LABELS = r"Photo(?:graph)?s?|Picture|Image|Illustration|Credit|Photo credit|Image source"
# Photo credits ending a caption: "… Photograph: NAME/AGENCY", "(Photo: AP)", "… /AFP via Getty Images".
CREDIT_RE = re.compile(
    rf"(?:\b(?:{_CREDIT_LABELS}|Video)\s*:"
    r"\s*[^:]{2,120}$)"
    r"|(?:\((?:Photo(?:graph)?s?|Picture|Image|Credit|File photo)\b[^()]{0,120}\)\s*$)"
    r"|(?:(?:\bvia|/)\s*(?:[A-Z][A-Za-z]*)?\s*Getty Images\s*$)"
    r"|(?:/\s*(?:AFP|Reuters|REUTERS|AP|EPA|Anadolu|Xinhua|Shutterstock)\s*$)"
)

# A picture's credit in parentheses inside a paragraph, where a page's text was flattened into one ("… the
# final (AP Photo/NAME) and …", "(Image: NAME/Getty Images)": GeoWebNews dev, read as a user, listed the
# photographers under Who). A label, then a colon, slash or "by": "(Picture This, a novel)" stays. Words
# must follow: a line that ends in its credit is a caption (CREDIT_RE).
INLINE_CREDIT_RE = re.compile(
    r"\s*\((?:(?:AP|AFP|Reuters|EPA|Getty)\s+)?(?:Photo(?:graph)?s?|Pictures?|Images?|Credit)"
    r"\s*(?::|/|\bby\b)[^()]{1,120}\)(?=\s*\S)"
    # ... a credit of its own between sentences ("… World Cup. - Photo by NAME. The colt …", "… 2018. Photo
    # by NAME/OUTLET. MANILA, …"), and a flattened BBC picture ("Image copyright OWNER Image caption One
    # sentence." opening a paragraph). GeoWebNews dev, read as a user.
    r"|(?:(?<=[.!?] )|^)(?:[-–] )?Photo by [A-Z][^.()!?]{1,60}\.(?:\s+|$)"
    r"|^Image copyright [^.!?]{1,80}? Image caption [^!?]{1,200}?[.!?](?:\s+|$)")

# A line that is only a credit ("Image: NAME."), under the caption it credits.
CREDIT_LINE_RE = re.compile(rf"^(?:{_CREDIT_LABELS})\s*:")
# The longest caption (in words) taken as the one above a lone credit line: captions are a phrase or a short
# sentence; a body paragraph above an image's lone credit is longer. Not tuned (the MultiLing dev topics'
# one such caption has 5 words).
CAPTION_MAX_WORDS = 20
# A stop with more words after it (two sentences, or a wire sign-off after one: "... contest. jl") or a
# quotation mark (somebody's words): body text, not a caption.
_NOT_A_CAPTION = re.compile(r"[.!?]['\"’”]*\s+\S|``|''|[\"“”]")

# Links to other articles.
RELATED_START_RE = re.compile(r"^(?:read more|also read|read also|see also|more on this story)\b", re.I)
RELATED_LABEL_RE = re.compile(
    r"^(?:related(?: articles?| stories| content| coverage| news)?|recommended(?: for you)?|you may also like"
    r"|more from [\w ]{1,30}|watch|listen)\s*(?:[:\-–—»>]|$)", re.I)

# Site navigation: whole lines that are controls, and breadcrumb/menu lines of short items between separators.
NAV_LINES = frozenset({
    "connect with us", "follow us", "share", "share this", "share this article", "share this story", "tweet",
    "share on facebook", "share on twitter", "email", "print", "skip to content", "skip to main content",
    "menu", "home", "search", "subscribe", "sign in", "log in", "sign up", "newsletter", "trending",
    "most read", "most popular", "comments", "leave a comment", "click here", "back to top", "next article",
    "previous article", "listen to this article", "toggle navigation", "close", "open menu", "copy link",
})
NAV_START_RE = re.compile(r"^(?:follow|connect with|like) us\b", re.I)
# A sharing bar written out as a line ("Share this story: Facebook | X | Email") and a comment or share
# counter ("Comments (14)", "32 comments"): controls, not words of the report (our example corpus).
SHARE_BAR_RE = re.compile(r"^share(?: this(?: article| story| page| post)?| on)?\s*:", re.I)
COUNTER_RE = re.compile(r"^(?:comments?|replies|shares|likes)\s*[(\[]\d[\d,]*[)\]]$"
                        r"|^\d[\d,]*\s+(?:comments?|replies|shares|likes)$", re.I)
MENU_SEPARATORS_RE = re.compile(r"\s*[|•›»·]\s*")
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX_WORDS = 3

# Site boilerplate: "Published" / "on" residue of a split date widget, agency credits, copyright, ads.
RESIDUE_RE = re.compile(
    r"^(?:published|updated|posted|last updated|first published|on|by|advertisement|advert|sponsored"
    r"|story continues below(?: advertisement)?)(?:\s+on)?\s*:?$", re.I)
AGENCY_CREDIT_RE = re.compile(r"^\(?\s*(?:with )?inputs? from [^()]{1,80}\)?\.?$", re.I)
# A wire's staff credit: "(Reporting by NAME in PLACE; editing by NAME)". Only names, places and the
# credit's own words may follow "by": "Editing by the council took weeks" is a sentence.
STAFF_CREDIT_RE = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled) by ([^()]{1,160})\)?\.?$", re.I)
STAFF_CREDIT_WORDS = frozenset({"and", "in", "by", "additional", "reporting", "writing", "editing",
                                "compiled"})
# A wire editor's pickup line: the first words of a paragraph and where the new version picks up the previous
# one ("The report also, 13th graf 13 pvs", "``No member, 5th graf, 1st Ld-Writethru"). DUC 2003 tune half,
# read as a user: such lines became claims ("Chile said, graf 3 pvs") and a quotation's words.
WIRE_PICKUP_RE = re.compile(r"\bgrafs?\b[^.]{0,40}?(?:\bpvs|\bLd-Writethru)$", re.I)
# The operators' initials ("(ren/ml/adc)", "(ht-sf-fd)"), a service's paragraph marker ("nn") and a filing
# stamp ("NYT-10-05-98 1735EDT") on lines of their own are furniture too (the same half).
WIRE_SIGNOFF_RE = re.compile(
    r"^\([a-z]{2,4}(?:[-/][a-z]{2,4})*\)$|^nn$|^[A-Z]{2,4}-\d\d-\d\d-\d\d\s+\d{4}[A-Z]{3}$")
COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright\b).{0,200}$|all rights reserved\.?$", re.I)
# A publication stamp on a line of its own ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 2:29 PM", "Posted on March
# 09, 2013", "Published time: March 12, 2013 02:03 | UPDATED: ..."): page furniture, whose date is kept as the
# publication date when the metadata has none. Left in the text, two outlets' stamps read as two statements
# that pin "the story" to different days (ECB+ odd topics: 3 false date conflicts of 3).
STAMP_RE = re.compile(
    r"^(?:published time|published|updated|posted|last updated|last modified|first published)"
    r"(?:\s+on)?\s*:?\s*"
    r"(?P<rest>.{6,160})$", re.I)
STAMP_DATE_RE = re.compile(
    rf"(?P<mdy>{MONTHS}\s+\d{{1,2}},?\s+\d{{4}})|(?P<dmy>\d{{1,2}}\s+{MONTHS},?\s+\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})", re.I)
# What else a stamp may hold: clock times, weekdays, zones and a second "updated" stamp.
STAMP_FILLER_RE = re.compile(
    rf"{MONTHS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+|[ap]\.?m\.?|gmt|utc|bst|cet|e[sd]?t|[cmp][sd]t"
    r"|at|on|updated|published|last|modified|[\s,.:|/•·-]+", re.I)
# "date 2021-08-24" marker left by a scraper at the start of a line; the date is kept as metadata.
DATE_MARKER_RE = re.compile(r"^date\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2})\b\s*", re.I)
# A headline that opens with its day ("2005/01/08 Tsunami aid donations ..."): a stamp, not the headline's
# words (MultiLing dev topic M000, read as a user: the stamp led a glance line and dated it to the headline).
TITLE_DATE_RE = re.compile(
    r"^(?P<date>(?:19|20)\d{2}(?P<sep>[/.-])(?:0[1-9]|1[0-2])(?P=sep)(?:0[1-9]|[12]\d|3[01]))\s+(?=[^\W\d_])")

# A byline on a line of its own near the top of the page ("By Jane Doe and Ann Lee", "BY MARIA LOPEZ,
# Associated Press", "By Jane Doe | Staff Writer"): furniture whose credit is kept as the article's author
# when the metadata gives none (group/bylines.py ties a reporter's re-filed stories by it). Only the first
# lines are looked at, where scrapers leave it; further down "By Monday, ..." opens a sentence.
BYLINE_RE = re.compile(
    r"^by[:\s]\s*(?P<names>[^,;|()\u2013\u2014]{2,80}?)\s*(?:(?:[,;|(\u2013\u2014]|\s-\s).{0,60})?$", re.I)
BYLINE_TOP_LINES = 4
BYLINE_JOINERS = frozenset({"and", "&"})
LABEL_RE = re.compile(rf"^[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){{0,{LONE_LABEL_MAX_WORDS - 1}}}$")


def byline_credit(line: str) -> str | None:
    """The credit of a line that is only a byline ("By Jane Doe and Ann Lee, Staff Writers"), or None: the
    names after "By" must all be capitalised words ("By early afternoon the river rose" is a sentence)."""
    m = BYLINE_RE.match(line.strip())
    if m is None or line.rstrip().endswith((".", "!", "?")):
        return None
    words = m.group("names").split()
    if not all(w[:1].isupper() or w.casefold() in BYLINE_JOINERS for w in words):
        return None
    return line.strip()[2:].lstrip(": ").strip()


def only_stamp_filler(text: str) -> bool:
    """``text`` holds nothing but what a stamp may hold besides its date (``STAMP_FILLER_RE``): clock
    times, weekdays, zones, "updated" and punctuation."""
    return not STAMP_FILLER_RE.sub("", text).strip()


def stamp_date(line: str) -> str | None:
    """The date of a line that is only a publication stamp, or None."""
    m = STAMP_RE.match(line.strip())
    if m is None:
        return None
    rest = m.group("rest")
    date_m = STAMP_DATE_RE.search(rest)
    if date_m is None or not only_stamp_filler(rest):
        return None
    return date_m.group(0)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Cleaned paragraphs, what was dropped, and the dates the dropped furniture carried."""

    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    date_marker: str | None = None  # ISO date of a "date YYYY-MM-DD" marker
    embed_dates: tuple[str, ...] = ()  # "August 24, 2021" of embedded-post signatures, in order
    stamp_date: str | None = None  # the written date of the first publication stamp line
    byline: str | None = None  # the credit of the first byline line ("Jane Doe, Staff Writer")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def normalize_lines(text: str) -> list[str]:
    """Non-empty lines with unified spaces and no invisible characters; hard-wrapped sentences are re-joined
    (a line without final punctuation continues when the next line of its block starts in lower case)."""
    text = _INVISIBLE_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _WIRE_DASH_RE.sub("\u2014", text)
    out: list[str] = []
    joinable = False
    for raw in text.split("\n"):
        line = _SPACES_RE.sub(" ", raw).strip()
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joinable = not out[-1].endswith(_TERMINAL)
    return out


def _is_emoji(ch: str) -> bool:
    code = ord(ch)
    return code >= 0x1F000 or 0x2600 <= code <= 0x27BF or code in (0x25B6, 0x2B50)


def _is_menu(line: str) -> bool:
    items = [p for p in MENU_SEPARATORS_RE.split(line) if p]
    short = all(len(p.split()) <= MENU_ITEM_MAX_WORDS for p in items)
    return len(items) >= MENU_MIN_ITEMS and short and bool(MENU_SEPARATORS_RE.search(line))


def is_label(line: str) -> bool:
    """A lone category word, section name or name line: a few words, no digits, no punctuation."""
    return bool(LABEL_RE.match(line)) and not line.endswith(".")


def _is_caption_under(label: str, line: str, kind: RemovedKind | None) -> bool:
    if kind == "caption":
        return True
    words = label.split()
    return (kind is None and all(w[:1].isupper() for w in words) and line.split()[0] == words[0]
            and is_unpunctuated_sentence(line) and len(line) <= MAX_FURNITURE_CHARS)


def is_unpunctuated_sentence(line: str) -> bool:
    """A sentence-case line of several words without final punctuation: how captions without credit look."""
    words = line.split()
    if len(words) < CAPTION_MIN_WORDS or line.endswith(_TERMINAL) or line[0] in "\"'“‘":
        return False
    content = [w for w in words if w.lower() not in TITLE_CASE_MINOR_WORDS] or words
    capitalised = sum(1 for w in content if w[:1].isupper())
    return capitalised / len(content) < TITLE_CASE_SHARE


def _mark_captions(lines: list[str], kinds: list[RemovedKind | None]) -> None:
    """Captions that carry no credit of their own: the short line right above a line that is only a credit
    ("Russell Square after the bombings." / "Image: NAME."; MultiLing dev topic M001, read as a user: it led
    the glance). The text's first line (its headline) is never one.
    Tried and left out: any short sentence-case line without a stop standing alone between paragraphs
    ("Beached boat in Galle after the tsunami"). Where every sentence is a paragraph (ECB+) it took time
    stamps, lead-ins ("..., he said") and headlines, and story clustering on the ECB+ dev topics fell from
    0.963 to 0.934."""
    for i in range(1, len(lines) - 1):
        if (kinds[i] is None and len(lines[i].split()) <= CAPTION_MAX_WORDS and kinds[i + 1] == "caption"
                and CREDIT_LINE_RE.match(lines[i + 1]) and not _NOT_A_CAPTION.search(lines[i])):
            kinds[i] = "caption"


def classify(line: str) -> RemovedKind | None:
    """The kind of furniture a line is, judged on the line alone, or None for content (labels are judged in
    context, by clean_text)."""
    if len(line) > MAX_FURNITURE_CHARS:
        return None
    bare = line.rstrip(" :.»>").lower()
    if EMBED_LINK_RE.search(line) or EMBED_SIGNATURE_RE.search(line):
        return "embed"
    if CREDIT_RE.search(INLINE_CREDIT_RE.sub("", line)) or _is_emoji(line[0]):
        return "caption"
    if RELATED_START_RE.match(line) or RELATED_LABEL_RE.match(line):
        return "related"
    if (bare in NAV_LINES or NAV_START_RE.match(line) or SHARE_BAR_RE.match(line) or COUNTER_RE.match(line)
            or _is_menu(line)):
        return "navigation"
    if (RESIDUE_RE.match(line) or AGENCY_CREDIT_RE.match(line) or COPYRIGHT_RE.search(line)
            or WIRE_SIGNOFF_RE.match(line)):
        return "boilerplate"
    if (credit := STAFF_CREDIT_RE.match(line)) and all(
            w[:1].isupper() or w.lower() in STAFF_CREDIT_WORDS for w in LETTER_WORD.findall(credit.group(1))):
        return "boilerplate"
    return None


def _pickup_start(line: str) -> int | None:
    """Where a wire pickup line starts in ``line``: at the sentence it ends (the paragraph's words before it
    stay), or None."""
    pickup = WIRE_PICKUP_RE.search(line)
    if pickup is None:
        return None
    return max((start for start, _ in fallback_sentence_spans(line) if start <= pickup.start()), default=0)


def clean_text(text: str) -> Cleaned:
    """Drop furniture from ``text`` (linear in its length)."""
    lines = normalize_lines(text)
    kinds: list[RemovedKind | None] = [classify(line) for line in lines]
    _mark_captions(lines, kinds)
    removed_prefix: dict[int, str] = {}
    removed_suffix: dict[int, str] = {}
    removed_inline: dict[int, list[str]] = {}
    date_marker: str | None = None
    stamp: str | None = None
    byline: str | None = None
    for i, line in enumerate(lines):
        if kinds[i] is None and (found := stamp_date(line)):
            kinds[i] = "boilerplate"
            stamp = stamp or found
            continue
        if i < BYLINE_TOP_LINES and kinds[i] is None and (credit := byline_credit(line)):
            kinds[i] = "boilerplate"
            byline = byline or credit
            continue
        if kinds[i] is None and (pickup := _pickup_start(line)) is not None:
            if pickup == 0:
                kinds[i] = "boilerplate"
                continue
            removed_suffix[i] = line[pickup:].strip()
            line = lines[i] = line[:pickup].rstrip()
        if kinds[i] is None and (credits := [c.strip() for c in INLINE_CREDIT_RE.findall(line)]):
            removed_inline[i] = credits
            line = lines[i] = INLINE_CREDIT_RE.sub("", line)
            if not line:
                kinds[i] = "caption"
                continue
        marker = DATE_MARKER_RE.match(line) or (TITLE_DATE_RE.match(line) if i == 0 else None)
        if marker and kinds[i] is None:
            date_marker = date_marker or re.sub(r"[/.]", "-", marker.group("date"))
            removed_prefix[i] = marker.group(0).strip()
            lines[i] = line[marker.end():]
            if not lines[i]:
                kinds[i] = "boilerplate"
    labels = [kinds[i] is None and is_label(line) for i, line in enumerate(lines)]
    # A name line over a caption ("Jane Doe" / "Jane Doe speaks in ..."): the caption may lack a credit, but
    # it repeats the name and reads as an unpunctuated sentence.
    for i in range(len(lines) - 1):
        if labels[i] and _is_caption_under(lines[i], lines[i + 1], kinds[i + 1]):
            kinds[i] = kinds[i + 1] = "caption"
            labels[i] = False
    # Other labels are category/section residue only at the edges of the text (before the headline, after the
    # last paragraph); between paragraphs they are subheads or list items and stay.
    body = [i for i, kind in enumerate(kinds) if kind is None and not labels[i]]
    for i, is_lab in enumerate(labels):
        if is_lab and (not body or i < body[0] or i > body[-1]):
            kinds[i] = "navigation"
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if kinds[i] is None and len(line) >= DUPLICATE_MIN_CHARS:
            if line in seen:
                kinds[i] = "boilerplate"
            seen.add(line)
    kept: list[str] = []
    removed: list[Removed] = []
    embed_dates: list[str] = []
    for i, line in enumerate(lines):
        if i in removed_prefix:
            removed.append(Removed("boilerplate", removed_prefix[i]))
        if i in removed_suffix:
            removed.append(Removed("boilerplate", removed_suffix[i]))
        removed.extend(Removed("caption", credit) for credit in removed_inline.get(i, ()))
        kind = kinds[i]
        if kind is None:
            kept.append(line)
            continue
        if line:
            removed.append(Removed(kind, line))
        if kind == "embed" and (signature := EMBED_SIGNATURE_RE.search(line)):
            embed_dates.append(signature.group("date"))
    return Cleaned(tuple(kept), tuple(removed), date_marker, tuple(embed_dates), stamp, byline)
