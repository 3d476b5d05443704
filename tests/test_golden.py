"""The full page of each seed against tests/golden/<seed>.md; `--update-golden` rewrites them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.archive import Archive
from generator.data import DATA_DIR
from generator.render import render_page
from generator.ui import load_ui
from tests.conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("seed", SEED_NAMES, ids=[n.removesuffix(".txt") for n in SEED_NAMES])
def test_page_matches_golden(seed: str, archive: Archive, request: pytest.FixtureRequest) -> None:
    article = next(a for a in archive.articles if a.seed == seed)
    page = render_page(article, archive, load_ui(DATA_DIR)[article.lang])
    golden = GOLDEN / f"{Path(seed).stem}.md"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8")
        return
    assert golden.exists(), f"{golden} is missing; run pytest tests/test_golden.py --update-golden"
    assert page == golden.read_text(encoding="utf-8"), f"{golden.name} differs; review, then --update-golden"
