"""Bilingual news-archive site generator: seeds → Markdown → MkDocs Material site."""

__version__ = "0.1.0"
