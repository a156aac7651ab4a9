"""Language packs: everything that is about one language lives in ``lang/<code>/``."""
