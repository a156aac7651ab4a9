"""PLACEHOLDER: replaced by the real annotator."""

from __future__ import annotations

from spacy.tokens import Doc

from newsweave.models import Article, EntityMention, Quote


def find_quotes(doc: Doc, article: Article, entities: tuple[EntityMention, ...]) -> tuple[Quote, ...]:
    return ()
