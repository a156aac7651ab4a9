"""newsweave: many news reports about one event in, one cited briefing out.

The public surface: ``newsweave.pipeline.brief_paths`` / ``brief_articles`` (paths or articles in, briefings
out), the records in ``newsweave.models`` and the error tree in ``newsweave.errors``. Importing this package
loads no model.
"""

from newsweave.errors import NewsweaveError

__version__ = "0.1.0"
__all__ = ["NewsweaveError", "__version__"]
