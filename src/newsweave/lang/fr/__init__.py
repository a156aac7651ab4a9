"""French: spaCy's rule-based sentences and tokens, stop words, and this pack's rules for dates, figures and
reported speech (``annotate``). Weave does not read claims from French yet (no negation, hedge or event
cues here), so French articles get no claim status, conflicts or events: only what the pack itself finds."""

from newsweave.lang.fr.annotate import annotate
from newsweave.lang.fr.dates import dateline
from newsweave.lang.fr.stop_words import stop_words
from newsweave.lang.pack import LanguagePack

FRENCH = LanguagePack(code="fr", name="French", stop_words=stop_words, annotate=annotate, statements=False,
                      dateline=dateline)

PACK = FRENCH  # what newsweave.lang finds

__all__ = ["FRENCH", "PACK", "annotate", "stop_words"]
