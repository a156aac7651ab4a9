"""The frozen records that stages exchange. Nothing else crosses a stage boundary."""

from newsweave.models.annotations import (
    Annotations,
    Attribution,
    DateMention,
    EntityMention,
    Geo,
    NumberMention,
    Quote,
    Span,
)
from newsweave.models.article import Article, IngestResult, Metadata, RawDocument, Rejection, Removed
from newsweave.models.briefing import (
    Briefing,
    Citation,
    Claim,
    ConflictRef,
    Diagnostics,
    Event,
    Fatalities,
    NumberEntry,
    QuoteEntry,
    RemovedItem,
    RosterEntity,
    Source,
    StoryInfo,
    SummarySentence,
    TimelineEntry,
)
from newsweave.models.story import DuplicateLink, Story

__all__ = [
    "Annotations", "Article", "Attribution", "Briefing", "Citation", "Claim", "ConflictRef", "DateMention",
    "Diagnostics", "DuplicateLink", "EntityMention", "Event", "Fatalities", "Geo", "IngestResult", "Metadata",
    "NumberEntry", "NumberMention", "Quote", "QuoteEntry", "RawDocument", "Rejection", "Removed", "RemovedItem",
    "RosterEntity", "Source", "Span", "Story", "StoryInfo", "SummarySentence", "TimelineEntry",
]
