"""No language: what can be read from any script without knowing its language (spaCy's ``xx``)."""

from newsweave.lang.xx.datelines import strip_dateline
from newsweave.lang.xx.sentences import sentence_spans, sentences_only

__all__ = ["sentence_spans", "sentences_only", "strip_dateline"]
