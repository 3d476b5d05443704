"""The headline: the line the cleaner chose, or the lead's first words when there is none."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Found, Line
from .normalize import split_sentences

# Punctuation that never starts a headline.
_LEADING_MARKS = ":;,.|-–—•·>» "


def _is_bracketed(sentence: str) -> bool:
    text = sentence.strip().rstrip(".")
    return text.startswith("(") and text.endswith(")")


def extract_title(lines: Sequence[Line], max_words: int = 40) -> Found | None:
    """The title line; with none (the page starts with its lead), the headline a feed's note
    under a reposted article gives (boilerplate repost_footers), else the lead's first sentence."""
    line = next((x for x in lines if x.role == "title"), None)
    if line is not None:
        # A label's separator the scraper left before the headline: ": Vidéo Bachar Al-Assad …".
        return Found(line.text.lstrip(_LEADING_MARKS) or line.text, "first_line", line.no)
    repost = next((x for x in lines if x.role == "repost" and x.note), None)
    if repost is not None:
        return Found(str(repost.note), "repost_footer", repost.no)
    lead = next((x for x in lines if x.role == "body"), None)
    if lead is None:
        return None
    sentences = split_sentences(lead.text)
    # A sentence all in brackets is the lead's dateline, not its first words: "(Ouagadougou, 10 mai 2023).".
    sentence = next((s for s in sentences if not _is_bracketed(s)), sentences[0])
    words = sentence.split()
    text = sentence if len(words) <= max_words else " ".join(words[:20]) + " …"
    return Found(text, "first_sentence", lead.no)
