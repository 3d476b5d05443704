"""The outlet and original address, read from source lines, banners, datelines and URLs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from ..article import Found, Line
from ..data import ArchiveData
from .match import find_phrases, whole_phrase
from .normalize import fold_arabic, fold_arabic_mapped, original_span, tokens

_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)


def extract_url(lines: Sequence[Line], data: ArchiveData) -> Found | None:
    """The page's own address, from an original-page line or a bare URL outside the body that
    is no follow link ("https://telegram.me/buratha": common/sources.yaml social_hosts)."""
    for line in lines:
        m = _URL.search(line.note or line.text) if line.role == "url" else None
        if m and _host(m.group()) not in data.social_hosts:
            return Found(m.group().rstrip(".,;)"), "url_line", line.no)
    for line in lines:
        m = _URL.fullmatch(line.text.strip()) if line.role not in {"body", "subheading"} else None
        if m and _host(m.group()) not in data.social_hosts:
            return Found(m.group(), "bare_url", line.no)
    return None


def url_path(url: str) -> str:
    """The address's path, decoded: a scraper may record it percent-encoded ("…%2F2014%2F06%2F20%2F…")."""
    return unquote(urlsplit(unquote(url)).path)


def _host(url: str) -> str:
    """The address's host, lower case, without "www." and a final dot."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.").rstrip(".")


def outlet_by_domain(url: str | None, data: ArchiveData) -> str | None:
    """The outlet whose domain (or a parent of it) the URL is on: the nearest listed, so that
    hebdo.ahram.org.eg is Al-Ahram Hebdo's though Al-Ahram lists ahram.org.eg."""
    if not url:
        return None
    host = _host(url)
    while host:
        if outlet := data.outlet_domains.get(host):
            return outlet
        host = host.partition(".")[2]
    return None


def _outlet_in(text: str, data: ArchiveData) -> str | None:
    found = find_phrases(tokens(text), data.outlet_index, data.rules["ar"].proclitics)
    return found[0].value if found else None


def outlet_quoted(text: str, data: ArchiveData) -> str | None:
    """The outlet a quoted short name stands for: «الشرق الأوسط» is "صحيفة الشرق الأوسط" without its kind word."""
    if outlet := _outlet_in(text, data):
        return outlet
    toks = tuple(tokens(text))
    found = {
        value
        for phrases in data.outlet_index.by_first.values()
        for phrase, value in phrases
        if len(phrase) == len(toks) + 1 and phrase[1:] == toks
    }
    return found.pop() if len(found) == 1 else None


def _outlet_of_cue(m: re.Match[str], data: ArchiveData) -> str | None:
    groups = m.groupdict()
    if groups.get("outlet"):
        return _outlet_in(groups["outlet"], data)
    return outlet_quoted(groups["quoted"], data) if groups.get("quoted") else None


def _from_source_line(line: Line, data: ArchiveData) -> tuple[str | None, str | None]:
    """(outlet id, raw name) of the first outlet a source line names."""
    for part in data.credit_split.split(line.note or line.text):
        part = part.strip(" .:-")
        if not part or part.casefold() in data.generic_sources:
            continue
        return _outlet_in(part, data), part
    return None, None


def extract_source(lines: Sequence[Line], url: str | None, data: ArchiveData) -> Found | None:
    """Outlet id (or the raw name a source line gives) and the rule that found it. A wire's credit
    on the page of a publisher outlets.yaml does not know ("(AFP)" on alahednews.com) gives way
    to the page's site, as it does to a known publisher."""
    found = _found_source(lines, url, data)
    value = str(found.value) if found else ""
    if value in data.outlets and data.outlets[value].kind == "agency" and outlet_by_domain(url, data) is None:
        return _from_site(url) or found
    return found


def _found_source(lines: Sequence[Line], url: str | None, data: ArchiveData) -> Found | None:
    for line in lines:
        if line.role == "source":
            outlet, raw = _from_source_line(line, data)
            site = outlet_by_domain(url, data)
            if outlet is None and raw and _short_name_of(raw, site, data):
                outlet = site  # "المصدر: الوطن" on alwatan.sy: the short name of the site's outlet
            elif outlet and site and site != outlet and data.outlets[outlet].kind == "agency":
                return Found(site, "url_domain", None)  # "Source AFP" on lepoint.fr: Le Point published it
            if outlet or raw:
                return Found(outlet or f"raw:{raw}", "source_line", line.no)
    if outlet := outlet_by_domain(url, data):
        return Found(outlet, "url_domain", None)
    for line in lines:
        if (
            line.note
            and line.role in {"banner", "title", "caption", "body", "byline", "dateline"}
            and line.note in data.outlets
        ):
            return Found(line.note, "site_name", line.no)
    for line in lines:
        if line.role == "byline" and (outlet := _outlet_of_byline(line, data)):
            return Found(outlet, "byline_outlet", line.no)
    for line in lines:
        if line.role not in {"body", "subheading", "dateline"}:
            continue
        folded = fold_arabic(line.text)
        for cue in data.source_cues:
            if (m := cue.search(folded)) and (outlet := _outlet_of_cue(m, data)):
                return Found(outlet, "body_cue", line.no)
    return (
        _from_signature(lines, data)
        or _from_site_frame(lines)
        or _from_dateline_credit(lines, data)
        or _from_rights_footer(lines, data)
        or _from_site(url)
    )


# What a host name may start with that is not the site's own name.
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def _from_site(url: str | None) -> Found | None:
    """The page's own site when nothing else names the outlet: "bfmtv.com" for an outlet that
    outlets.yaml does not know yet (the pipeline warns the curator)."""
    host = _host(url) if url else ""
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    return Found(f"raw:{host}", "url_site", None) if "." in host else None


# Lines at the end of a page that may hold its rights footer.
FOOTER_LINES = 6


def _from_rights_footer(lines: Sequence[Line], data: ArchiveData) -> Found | None:
    """The site a rights footer names: "جميع الحقوق محفوظة لجريدة النهار 2018", "© 2019 Le Vif - Tous
    droits réservés" (a known outlet, else the name as written)."""
    for line in reversed(lines[-FOOTER_LINES:]):
        text = line.text.strip()
        if not data.rights_gate.search(fold_arabic(text)):
            continue
        folded, where = fold_arabic_mapped(text)
        for pattern in data.rights_footers:
            m = pattern.fullmatch(folded)
            site = " ".join(original_span(text, where, *m.span("site")).split()).strip(" -–:,") if m else ""
            if site and site.casefold() not in data.generic_sources:
                return Found(_outlet_in(site, data) or f"raw:{site}", "rights_footer", line.no)
    return None


# "© La Croix", "© 2018 النهار", "جميع الحقوق محفوظة © 2018 النهار": a copyright footer.
_COPYRIGHT = re.compile(r"©\s*(?:\d{4}\s*)?(?P<name>[^©\d|]{2,40}?)\s*(?:\d{4})?\s*$")


def _short_name_of(raw: str, outlet: str | None, data: ArchiveData) -> str | None:
    """outlet, when raw is the start of one of its names ("الوطن" of "الوطن السورية")."""
    if outlet is None:
        return None
    short = tokens(raw)
    names = data.outlets[outlet].name.values()
    return outlet if short and any(tokens(n)[: len(short)] == short for n in names) else None


def _from_site_frame(lines: Sequence[Line]) -> Found | None:
    """A site the gazetteer does not know, named by the page's own frame: its first line (the
    banner) and its copyright footer give the same name ("La Croix" … "© La Croix",
    "LE SOIR" … "Le Soir - © Rossel & Cie - 2014", "Le Temps" … "© Le Temps SA")."""
    if not lines:
        return None
    banner = tokens(lines[0].text)
    if not banner:
        return None
    for line in reversed(lines[-3:]):
        if "©" not in line.text:
            continue
        before, _, after = line.text.partition("©")
        m = _COPYRIGHT.search("©" + after)
        for part in (before.strip(" -–|"), m["name"] if m else ""):
            words = part.split()
            if tokens(part)[: len(banner)] == banner and len(words) >= len(banner):
                return Found("raw:" + " ".join(words[: len(lines[0].text.split())]), "site_frame", line.no)
    return None


def _from_dateline_credit(lines: Sequence[Line], data: ArchiveData) -> Found | None:
    """The desk a dateline credits when the gazetteer does not know it: "عمان - الدستور"."""
    for line in lines:
        if line.role != "dateline" or not line.note:
            continue
        first = data.credit_split.split(line.note)[0].strip(' «»"“”()')
        if first and first.casefold() not in data.generic_sources:
            return Found(_outlet_in(first, data) or f"raw:{first}", "dateline_credit", line.no)
    return None


def outlet_named(text: str, data: ArchiveData) -> str | None:
    """The outlet id when the whole text is one outlet's name ("Le Monde", "عنب بلدي")."""
    return whole_phrase(text, data.outlet_index)


def _outlet_of_byline(line: Line, data: ArchiveData) -> str | None:
    """ "Par Le Figaro avec AFP", "Par RFI": a byline that names the outlet, not a person."""
    return outlet_named(data.credit_split.split(line.note or line.text)[0], data)


def _from_signature(lines: Sequence[Line], data: ArchiveData) -> Found | None:
    """An outlet whose house signature style the byline line follows."""
    for line in lines:
        if line.role != "byline":
            continue
        for outlet in data.outlets.values():
            if any(p.fullmatch(line.text) for p in outlet.signatures):
                return Found(outlet.id, "signature", line.no)
    return None


def outlet_name(found: Found | None, data: ArchiveData) -> tuple[str | None, str | None]:
    """(display name, outlet id) for a found source."""
    if found is None:
        return None, None
    value = str(found.value)
    if value.startswith("raw:"):
        return value[4:], None
    return data.outlets[value].name["display"], value


# What a signature line may carry around the names: "- أحمد عبد الحميد", "Pierre Lamarque,".
_BYLINE_EDGES = " ,;:-–—/|"


def extract_byline(lines: Sequence[Line], data: ArchiveData) -> Found | None:
    """The author or authors the signature line names. A signature that is the outlet itself
    ("Le Figaro", "TV5MONDE", a desk line) names none: the outlet is the article's source."""
    line = next((x for x in lines if x.role == "byline"), None)
    if line is None:
        return None
    names = (line.note or line.text).strip(_BYLINE_EDGES)
    if not names or names in data.outlets or outlet_named(names, data):
        return None
    return Found(names, "byline_line", line.no)
