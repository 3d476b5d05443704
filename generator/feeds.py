"""RSS 2.0 feeds of the newest articles, whole archive and per language, with the standard library."""

from __future__ import annotations

import datetime as dt
import html
from email.utils import format_datetime
from xml.etree import ElementTree as ET

from .archive import Archive
from .article import Article

FEED_SIZE = 50


def _item(channel: ET.Element, article: Article, base: str) -> None:
    item = ET.SubElement(channel, "item")
    link = f"{base}{article.path}"
    ET.SubElement(item, "title").text = article.title
    ET.SubElement(item, "link").text = link
    ET.SubElement(item, "guid", isPermaLink="true").text = link
    if article.date:
        moment = dt.datetime.combine(article.date, dt.time(12), tzinfo=dt.UTC)
        ET.SubElement(item, "pubDate").text = format_datetime(moment)
    if article.source:
        ET.SubElement(item, "source", url=article.url or link).text = article.source
    # Feed readers render a description as HTML: seed text is escaped for that, then for XML.
    ET.SubElement(item, "description").text = html.escape(article.body[0].text) if article.body else ""


def rss(archive: Archive, site_name: str, site_url: str, lang: str | None = None) -> str:
    """The newest dated articles (all, or of one language) as an RSS 2.0 document."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    root = ET.Element("rss", version="2.0")
    channel = ET.SubElement(root, "channel")
    ET.SubElement(channel, "title").text = site_name + (f" ({lang})" if lang else "")
    ET.SubElement(channel, "link").text = base + (f"{lang}/" if lang else "")
    ET.SubElement(channel, "description").text = site_name
    if lang:
        ET.SubElement(channel, "language").text = lang
    articles = [a for a in archive.articles if a.date and (lang is None or a.lang == lang)]
    for article in articles[:FEED_SIZE]:
        _item(channel, article, base)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def redirect_page(target: str) -> str:
    """A static page that sends readers from an old article address to its current one."""
    return (
        '<!doctype html>\n<html><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={target}">'
        f'<link rel="canonical" href="{target}"><title>Redirect</title></head>'
        f'<body><a href="{target}">{target}</a></body></html>\n'
    )
