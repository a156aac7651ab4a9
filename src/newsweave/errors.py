"""The one exception tree of newsweave.

    NewsweaveError                 root: everything newsweave raises on purpose
    ├── InputError                 a single input cannot be used (one-line message names the item)
    │   ├── EmptyInputError        nothing but whitespace
    │   ├── BinaryInputError       not text (NUL bytes, undecodable)
    │   ├── TooLargeInputError     over the size limit
    │   ├── MalformedInputError    truncated or syntactically broken (JSONL, WARC, HTML)
    │   └── UnknownFormatError     no reader for this file type
    ├── NoUsableInputError         every input was rejected; nothing to brief
    ├── ModelError                 the NLP model cannot be loaded
    ├── FetchError                 a URL or feed cannot be fetched (or is refused: private address)
    ├── StoreError                 the database failed or is at an unexpected schema version
    └── ContractError              a record would break the briefing contract (e.g. an uncited sentence)

Foreign errors (OSError, UnicodeError, json, sqlite3, psycopg, httpx …) are mapped to these where they
enter, with ``raise … from exc``; the CLI maps this tree to exit codes in one place (``cli.exit_codes``).
"""

from __future__ import annotations


class NewsweaveError(Exception):
    """Root of every error newsweave raises deliberately."""


class InputError(NewsweaveError):
    """One input item cannot be used. ``item`` names it (a path, URL or ``path:line``)."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class TooLargeInputError(InputError):
    pass


class MalformedInputError(InputError):
    pass


class UnknownFormatError(InputError):
    pass


class NoUsableInputError(NewsweaveError):
    """Every input was rejected."""


class ModelError(NewsweaveError):
    pass


class FetchError(NewsweaveError):
    pass


class StoreError(NewsweaveError):
    pass


class ContractError(NewsweaveError):
    pass
