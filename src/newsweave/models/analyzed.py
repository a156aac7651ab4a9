"""An article with the annotations analysis made of it: the pair travels as one record from analysis to
grouping and weaving (and through the runners), never as two sequences kept in step by position."""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.errors import ContractError
from newsweave.models.annotations import Annotations
from newsweave.models.article import Article


@dataclass(frozen=True, slots=True)
class AnalyzedArticle:
    article: Article
    annotations: Annotations

    def __post_init__(self) -> None:
        if self.annotations.article_id != self.article.id:
            raise ContractError(
                f"annotations of {self.annotations.article_id!r} paired with article {self.article.id!r}"
            )

    @property
    def id(self) -> str:
        return self.article.id
