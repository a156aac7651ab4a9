"""Whether an article is an opinion piece (an editorial, a column, an op-ed) rather than a report.

An opinion piece judges what others report: "Clinton is right to insist ..." is no fact a second outlet can
back, and its retelling of the news is the paper's own reporting again. The weave stage therefore lists such
a source and keeps its quotes and names, but does not take its statements as evidence. Only explicit cues
count (a label the page or the wire prints, or a section in the address), never the tone of the text: a
report misread as opinion would lose its facts, so when unsure the article stays a report.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsweave.lang import statement_words
from newsweave.models import Article, OpinionMark, Span

# Sections of a news site's address that hold opinion (in the major languages' usual slugs); a segment of
# the path, never part of a word ("/opinion-poll-shows/" is news).
_OPINION_SECTION = re.compile(
    r"/(?:opinions?|editorials?|commentary|op-?eds?|columnists?|commentisfree|meinung|tribunes?)/",
    re.IGNORECASE)
# The label is read at the start of the text or the title, past white space and opening quotation marks.
_LEAD = " \t\r\n\"'“‘«"
# A title that ends on the genre is a label only when it is this short ("Levendosky Column"): a headline that
# ends so is about a thing ("Protesters climb Nelson's Column").
MAX_LABEL_TITLE_WORDS = 3
# How far into the text the label may end: the first line of a wire editorial ("The New York Times said in
# an editorial for Wednesday, Oct. 7:") fits well inside it.
MAX_LABEL_CHARS = 200


def opinion_mark(article: Article) -> OpinionMark | None:
    """The cue that makes ``article`` an opinion piece, or None for a report (the default)."""
    words = statement_words(article.language)
    label = words.opinion_label
    start = len(article.text) - len(article.text.lstrip(_LEAD))
    m = label.match(article.text, start, min(len(article.text), start + MAX_LABEL_CHARS))
    if m is not None:
        return OpinionMark(m[0].strip(), "text", Span(article.id, m.start(), m.end()))
    if article.title:
        t = label.match(article.title.lstrip(_LEAD))
        if t is None and len(article.title.split()) <= MAX_LABEL_TITLE_WORDS:
            t = words.opinion_title_end.search(article.title)
        if t is not None:
            return OpinionMark(t[0].strip(), "title")
    if article.url:
        try:
            path = urlsplit(article.url).path
        except ValueError:  # a malformed address is no cue
            return None
        section = _OPINION_SECTION.search(path + "/")
        if section is not None:
            return OpinionMark(section[0], "url")
    return None
