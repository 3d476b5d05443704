"""Seed text renders as text: no HTML, no Markdown structure; titles round-trip through YAML."""

from __future__ import annotations

import markdown
import pytest
import yaml

from generator.render import escape_markdown
from tests.helpers import FR_BODY, article_from

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[clic](javascript:alert(1))",
    "# pas un titre",
    "- pas une liste",
    "> pas une citation",
    "1. pas une liste numérotée",
    "| a | b |",
    "```python",
    "---",
    "{{ config.site_name }} {% raw %}",
    "<!-- commentaire -->",
    "**gras** _italique_ `code`",
    '!!! note "admonition"',
    "&amp; &lt;b&gt; &#x41;",
    "*[HTML]: abbr",
    "Texte{: .classe }",
    "    code indenté",
    "\\*antislash\\*",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_escaped_text_renders_as_itself(text: str) -> None:
    md = markdown.Markdown(extensions=["tables", "attr_list", "md_in_html", "toc", "abbr", "admonition"])
    html = md.convert(escape_markdown(text.strip()))
    assert html.startswith("<p>") and html.endswith("</p>"), html
    import html as h

    inner = h.unescape(html[3:-4])
    assert inner == text.strip()


@pytest.mark.parametrize(
    "title",
    [
        'Lavrov : "oui" — non',
        "---",
        "key: value",
        "'quoted' \"twice\"",
        "- list",
        "# hash",
        "{a: b}",
        "? x",
        "@at `tick`",
        "null",
        "2016-03-24",
    ],
)
def test_title_round_trips_through_front_matter(title: str, data) -> None:
    from generator.archive import Archive
    from generator.data import DATA_DIR
    from generator.render import render_page
    from generator.ui import load_ui

    article = article_from(
        f"---\ntitle: {yaml.safe_dump(title).strip().removesuffix('...').strip()}\n---\nTitre de l'article sur la Syrie\n{FR_BODY}",
        data,
    )
    assert article.title == title
    page = render_page(article, Archive([article], data), load_ui(DATA_DIR)["fr"])
    meta = yaml.safe_load(page.split("---\n", 2)[1])
    assert meta["title"] == title
