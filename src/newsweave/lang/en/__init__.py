"""English: the word lists the stages share. The statistical pipeline (spaCy ``en_core_web_sm``) and the
rule sets written for English live in the analyze and weave stages, which apply them only to this pack's
articles."""

from newsweave.lang.en.sentence_cues import CUES
from newsweave.lang.en.statement_words import WORDS
from newsweave.lang.en.stop_words import stop_words
from newsweave.lang.pack import LanguagePack

ENGLISH = LanguagePack(code="en", name="English", stop_words=stop_words, annotate=None, statements=True,
                       sentence_cues=CUES, statement_words=WORDS)

PACK = ENGLISH  # what newsweave.lang finds

__all__ = ["ENGLISH", "PACK", "stop_words"]
