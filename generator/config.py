"""ArchiveConfig: the plugin's typed options, checked by MkDocs when the config loads."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from .read import MAX_BYTES


class ArchiveConfig(base.Config):
    """Options of the `archive` plugin in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    """Turn the whole generator off (the site then builds from docs/ as it is)."""

    seeds_dir = c.Type(str, default="seeds")
    """Folder of raw article files, relative to mkdocs.yml."""

    seeds_max_bytes = c.Type(int, default=MAX_BYTES)
    """Largest seed accepted, in bytes; bigger files are reported, not read."""

    data_dir = c.Optional(c.Type(str))
    """Folder of gazetteers and rules; defaults to the package's own generator/data."""

    cache_file = c.Type(str, default=".cache/archive/extract.pickle")
    """Content-hash cache of extraction results, relative to mkdocs.yml."""

    jobs = c.Optional(c.Type(int))
    """Worker processes for extraction; default: up to four, one per core."""

    search_enabled = c.Type(bool, default=True)
    """Build the Pagefind search bundles (site/pagefind/fr, site/pagefind/ar) after each build."""
