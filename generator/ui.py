"""Interface strings of generated pages, per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


def load_ui(data_dir: Path) -> dict[str, Any]:
    """ui.yaml, with both languages present and the same keys in each."""
    path = data_dir / "ui.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = set(doc.get("fr", {})) ^ set(doc.get("ar", {}))
    if missing:
        raise DataError(
            str(path),
            None,
            f"keys not in both languages: {', '.join(sorted(missing))}",
            "give each key a fr and an ar string",
        )
    return doc
