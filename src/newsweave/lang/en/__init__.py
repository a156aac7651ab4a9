"""English: the word lists the stages share."""

from newsweave.lang.en.stop_words import stop_words

__all__ = ["stop_words"]
