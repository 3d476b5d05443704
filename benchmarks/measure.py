"""Measuring tools for the benchmarks: timed processes with the peak memory of their tree, site sizes."""

from __future__ import annotations

import gzip
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path


@dataclass
class Run:
    """One finished process: wall time, peak memory of its process tree, exit code, logs."""

    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    max_single_rss_mb: float
    returncode: int
    log: Path
    text: str = field(repr=False, default="")


def _children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        out.setdefault(ppid, []).append(int(entry))
    return out


def tree_pids(root: int) -> list[int]:
    """root and every process below it."""
    children = _children_map()
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def tree_memory_kb(root: int) -> tuple[int, int]:
    """(RSS, PSS) summed over the process tree, in kB; PSS counts pages shared after fork() once."""
    rss = pss = 0
    for pid in tree_pids(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def run_measured(cmd: list[str], cwd: Path, log: Path, timeout: float = 3600, interval: float = 0.25) -> Run:
    """Run cmd to completion, polling /proc for the tree's peak memory; output goes to log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONUNBUFFERED": "1"}
    log.parent.mkdir(parents=True, exist_ok=True)
    peak_rss = peak_pss = 0
    with log.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            rss, pss = tree_memory_kb(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            if time.perf_counter() - started > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(interval)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    single = usage.ru_maxrss / 1024  # kB on Linux; the largest single process, reaped children included
    text = log.read_text(encoding="utf-8", errors="replace")
    cpu = usage.ru_utime + usage.ru_stime  # the process and the children it waited for
    return Run(seconds, cpu, max(peak_rss / 1024, single), peak_pss / 1024, single, proc.returncode, log, text)


def load_average() -> float:
    """The 1-minute load average: other work on the machine skews wall times."""
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError):
        return -1.0


# A fixed pure-Python workload of the kind extraction is made of (regular expressions over text,
# str methods, set and dict look-ups), so figures of runs on machines of unequal speed under one
# CPU name ("AMD EPYC") can be compared: extraction's rate scales with it.
_REFERENCE_TEXT = " ".join(
    f"Le ministre{i % 7} a rencontré son homologue{i % 11}, le {i % 28 + 1} mai." for i in range(400)
)


def reference_ms(passes: int = 5) -> float:
    """Milliseconds of the reference workload on this machine now: the fastest of `passes`."""
    words = frozenset(f"homologue{i}" for i in range(0, 11, 2))
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        for _ in range(40):
            toks = re.findall(r"\w+", _REFERENCE_TEXT.casefold())
            seen: dict[str, int] = {}
            for tok in toks:
                if tok in words:
                    seen[tok] = seen.get(tok, 0) + 1
            _ = [t.split("e") for t in toks[:2000]]
        best = min(best, time.perf_counter() - started)
    return best * 1000


def machine() -> dict[str, object]:
    """CPU model, cores, RAM, OS, the speed of one core on a reference workload, and the versions that matter."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem_kb = 0

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "-"

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "reference_ms": round(reference_ms(), 1),
        "os": f"{platform.system()} {platform.release()}",
        # The interpreter's build counts (see README, Performance): its version and where it lives.
        "python": f"{platform.python_version()} ({os.path.realpath(getattr(sys, '_base_executable', sys.executable))})",
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
        "pagefind": version("pagefind"),
        "executable": sys.executable,
    }


def site_stats(site: Path) -> dict[str, object]:
    """Bytes and files of a built site, article page sizes, and what a first search downloads."""
    total = files = 0
    for path in site.rglob("*"):
        if path.is_file():
            files += 1
            total += path.stat().st_size
    pages = sorted(p.stat().st_size for p in (site / "articles").glob("*/index.html"))
    return {
        "site_bytes": total,
        "site_files": files,
        "article_pages": len(pages),
        "article_html_median": statistics.median(pages) if pages else 0,
        "article_html_p90": pages[int(len(pages) * 0.9)] if pages else 0,
        "article_html_max": pages[-1] if pages else 0,
        "search": first_search_bytes(site),
    }


def _gz(path: Path) -> int:
    data = path.read_bytes()
    if path.suffix in {".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter", ".gz", ".woff2"}:
        return len(data)  # already compressed: servers send these as they are
    return len(gzip.compress(data, 6))


def _measure(paths: list[Path], site: Path, kind: str) -> dict[str, object]:
    paths = [p for p in dict.fromkeys(paths) if p.is_file()]
    by_part: dict[str, int] = {}
    for path in paths:
        part = _PARTS.get(path.suffix, "other")
        by_part[part] = by_part.get(part, 0) + _gz(path)
    return {
        "kind": kind,
        "raw": sum(p.stat().st_size for p in paths),
        "gzip": sum(_gz(p) for p in paths),
        "gzip_by_part": by_part,
        "parts": [p.relative_to(site).as_posix() for p in paths],
    }


_PARTS = {
    ".js": "JS",
    ".css": "JS",
    ".json": "index",
    ".pagefind": "WASM",
    ".pf_meta": "meta+filters",
    ".pf_filter": "meta+filters",
    ".pf_index": "index",
    ".pf_fragment": "fragments",
}


# docs/assets/search.js shows the top 10 hits, each needing its fragment.
RESULTS_SHOWN = 10


def _pick(paths: list[Path], how: str, count: int = 1) -> list[Path]:
    """The count largest files (worst case), or the count files around the median size (typical)."""
    ordered = sorted(paths, key=lambda p: (p.stat().st_size, p.name))
    if how == "worst":
        return ordered[-count:] if count else []
    start = max(0, min(len(ordered) - count, len(ordered) // 2 - count // 2))
    return ordered[start : start + count]


def _pagefind_bundle(bundle: Path, how: str, with_module: bool) -> tuple[list[Path], list[Path]]:
    """What one Pagefind bundle sends for a first one-word query, as docs/assets/search.js asks
    for it (no worker: WASM on the main thread): entry, pagefind.js (unless shared), WASM,
    pf_meta and one index chunk; and, apart, the filter chunks the facets load once results show."""
    parts = [bundle / "pagefind-entry.json", *([bundle / "pagefind.js"] if with_module else [])]
    facets: list[Path] = []
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        languages = entry.get("languages", {})
    except (OSError, ValueError):
        languages = {}
    for code, lang in languages.items():
        parts.append(bundle / f"wasm.{lang.get('wasm') or 'unknown'}.pagefind")
        parts.append(bundle / f"pagefind.{lang['hash']}.pf_meta")
        facets += sorted(bundle.glob(f"filter/{code}_*.pf_filter"))
        parts += _pick(list(bundle.glob(f"index/{code}_*.pf_index")), how)  # one chunk per query word
    return parts, facets


def first_search_bytes(site: Path) -> dict[str, object]:
    """Bytes a reader downloads to run a first one-word search query and see its results.

    Pagefind (site/pagefind/): for each bundle (site/pagefind/ itself, or one per language
    in site/pagefind/<lang>/ as the archive builds them): pagefind-entry.json, the language's
    WASM and pf_meta, and one index chunk; pagefind.js once when every bundle ships the same
    file (search.js downloads it once and instantiates it per bundle), else once per bundle;
    plus the page's loader (assets/search.js, or Pagefind's default UI JS/CSS when there is
    none) and RESULTS_SHOWN fragments. The filter chunks the facets load after the results
    show are counted apart ("facets"). "typical" takes the median-size index chunk and
    fragments of median size; "worst" the largest chunk of each language and the largest
    fragments. Gzip counts .pagefind/.pf_* as sent (already compressed) and gzips JS/JSON,
    as static hosts such as GitHub Pages send them; "raw" is the bytes on disk.
    Material's built-in search: search/search_index.json, the search worker, and the lunr
    language scripts it imports for fr and ar (typical = worst).
    """
    pf = site / "pagefind"
    if not pf.is_dir():
        js = site / "assets" / "javascripts"
        parts = [site / "search" / "search_index.json", *sorted(js.glob("workers/search.*.min.js"))]
        lunr = js / "lunr" / "min"
        parts += [lunr / f"lunr.{name}.min.js" for name in ("stemmer.support", "multi", "fr", "ar")]
        worst = _measure(parts, site, "material-lunr")
        return {**worst, "typical": worst}
    bundles = (
        [pf] if (pf / "pagefind-entry.json").is_file() else sorted(p.parent for p in pf.glob("*/pagefind-entry.json"))
    )
    loader = site / "assets" / "search.js"
    common = [loader] if loader.is_file() else ([bundles[0] / "pagefind-ui.js", bundles[0] / "pagefind-ui.css"])
    modules = {(b / "pagefind.js").read_bytes() for b in bundles if (b / "pagefind.js").is_file()}
    shared = loader.is_file() and len(modules) == 1
    names = site / "search" / "names.json"
    if names.is_file():
        # Routed search: a query is searched in the bundle of its script, and the other language
        # comes from the names table and one actor's list. Each bundle is measured alone; the
        # larger figure is reported. Opening the facets loads the other bundle too.
        cross = sorted((site / "search" / "actors").glob("*.json"))
        filters = [f for b in bundles for f in b.glob("filter/*.pf_filter")]
        out = {}
        for how in ("worst", "typical"):
            runs = []
            for bundle in bundles:
                sent, _ = _pagefind_bundle(bundle, how, with_module=True)
                fragments = list(bundle.glob("fragment/*.pf_fragment"))
                parts = [*common, *sent, *_pick(fragments, how, RESULTS_SHOWN), names, *_pick(cross, how)]
                run = _measure(parts, site, "pagefind, bundle of the query's script")
                # The facets: every filter chunk, and the other bundles' WASM and page table.
                others = [p for b in bundles if b != bundle for p in _pagefind_bundle(b, how, False)[0]]
                facets = [p for p in others if p.suffix in {".pagefind", ".pf_meta"}] + filters
                run["facets_gzip"] = sum(_gz(p) for p in facets if p.is_file())
                runs.append(run)
            out[how] = max(runs, key=lambda r: r["gzip"])
        return {**out["worst"], "typical": out["typical"]}
    fragments = [f for bundle in bundles for f in bundle.glob("fragment/*.pf_fragment")]
    out = {}
    for how in ("worst", "typical"):
        parts = list(common)
        facets: list[Path] = []
        for i, bundle in enumerate(bundles):
            sent, filters = _pagefind_bundle(bundle, how, with_module=not shared or i == 0)
            parts += sent
            facets += filters
        parts += _pick(fragments, how, RESULTS_SHOWN)
        out[how] = _measure(parts, site, f"pagefind, {len(bundles)} bundle(s)")
        out[how]["facets_gzip"] = sum(_gz(p) for p in facets)
    return {**out["worst"], "typical": out["typical"]}


def pages_by_lang(docs: Path) -> dict[str, list[str]]:
    """The pages the archive plugin hands to Pagefind: each article in its language."""
    pages: dict[str, list[str]] = {"fr": [], "ar": []}
    for md in sorted((docs / "articles").rglob("*.md")):
        with md.open(encoding="utf-8") as fh:
            head = [next(fh, "") for _ in range(6)]
        lang = next((line.split(":", 1)[1].strip() for line in head if line.startswith("lang:")), "fr")
        pages.setdefault(lang, []).append(md.relative_to(docs).with_suffix("").as_posix() + "/index.html")
    return pages


_PLUGIN_LINE = re.compile(
    r"(?P<seeds>\d+) seeds → (?P<articles>\d+) articles, (?P<errors>\d+) errors;.*?"
    r"(?P<written>\d+) pages written, (?P<removed>\d+) removed;.*?(?P<cached>\d+) from cache; (?P<seconds>[\d.]+)s"
)
_LOOSE_LINE = re.compile(r"seeds →.*?(?P<seconds>[\d.]+)s\s*$", re.M)
_SEARCH_LINE = re.compile(r"search: indexed .*? in (?P<seconds>[\d.]+)s")
_BUILT = re.compile(r"Documentation built in (?P<seconds>[\d.]+) seconds")


def plugin_summary(text: str) -> dict[str, float]:
    """The archive plugin's own line: seeds, articles, pages written, cache hits, generation seconds."""
    m = _PLUGIN_LINE.search(text)
    if m:
        return {k: float(v) for k, v in m.groupdict().items()}
    m = _LOOSE_LINE.search(text)
    return {"seconds": float(m["seconds"])} if m else {}


def search_seconds(text: str) -> float | None:
    """The archive plugin's Pagefind step, from its log line."""
    m = _SEARCH_LINE.search(text)
    return float(m["seconds"]) if m else None


def mkdocs_seconds(text: str) -> float | None:
    m = _BUILT.search(text)
    return float(m["seconds"]) if m else None


def strip_plugin(config_text: str, name: str) -> str:
    """mkdocs.yml without one plugin entry of the plugins list (`- name` or `- name:` and its options)."""
    lines = config_text.splitlines(keepends=True)
    item = re.compile(rf"^(?P<indent>\s*)-\s*{re.escape(name)}\s*(:.*)?$")
    out, skip_deeper, found = [], None, False
    for line in lines:
        if skip_deeper is not None:
            indent = len(line) - len(line.lstrip())
            if not line.strip() or indent > skip_deeper:
                continue
            skip_deeper = None
        m = item.match(line.rstrip("\n"))
        if m and not found:
            found = True
            skip_deeper = len(m["indent"])
            continue
        out.append(line)
    if not found:
        raise ValueError(f"mkdocs.yml has no '- {name}' plugin entry to remove")
    return "".join(out)


def set_plugin_option(config_text: str, name: str, option: str, value: str) -> str:
    """mkdocs.yml with `- name` turned into `- name:` carrying one option (for profiling runs)."""
    pattern = re.compile(rf"^(?P<indent>\s*)-\s*{re.escape(name)}\s*:?\s*$", re.M)
    m = pattern.search(config_text)
    if not m:
        raise ValueError(f"mkdocs.yml has no bare '- {name}' plugin entry")
    repl = f"{m['indent']}- {name}:\n{m['indent']}    {option}: {value}"
    return config_text[: m.start()] + repl + config_text[m.end() :]
