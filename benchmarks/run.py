"""Benchmarks of the archive generator: extraction, full build against plain Material, rebuilds, serve, site size.

    .venv/bin/python -m benchmarks.run [--sizes 1000,10000] [--quick] [--profile] [--json FILE]

Every build runs in a copy of the project skeleton under benchmarks/work/n<N>/, never in
docs/ or seeds/. Prints a Markdown table, appends it to benchmarks/RESULTS.md and writes the
figures as JSON (benchmarks/work/latest.json) for benchmarks/gate.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.make_corpus import make_corpus, make_seed
from benchmarks.measure import (
    Run,
    load_average,
    machine,
    mkdocs_seconds,
    plugin_summary,
    reference_ms,
    run_measured,
    search_seconds,
    site_stats,
    strip_plugin,
)

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
CORPUS = BENCH / "corpus"
WORK = BENCH / "work"
RESULTS_MD = BENCH / "RESULTS.md"
SNAPSHOT = WORK / "snapshot"
BUILD_TIMEOUT = 3 * 3600
PY = sys.executable
SKELETON = ("mkdocs.yml", "overrides", "docs/assets", "hooks")  # hooks/ only if the project grows one

# Targets at N=10,000: (results key, "min" or "max", value, label).
TARGETS = [
    ("extract_articles_per_s", "min", 1000, "extraction ≥ 1,000 articles/s on one core"),
    ("build_ratio", "max", 1.3, "full build ≤ 1.3 × plain Material"),
    ("warm_generation_s", "max", 2.0, "regeneration, nothing changed ≤ 2 s"),
    ("build_peak_rss_mb", "max", 1536, "peak RSS ≤ 1.5 GB"),
    ("article_html_kb", "max", 40, "article page HTML ≤ 40 KB"),
    ("search_first_query_kb", "max", 300, "first search query ≤ 300 KB"),
]


def log(msg: str) -> None:
    print(f"[{dt.datetime.now():%H:%M:%S}] {msg}", file=sys.stderr, flush=True)


def corpus(n: int, seed: int) -> Path:
    """The corpus of n seeds, made once and reused while make_corpus.py and the data are unchanged."""
    folder = CORPUS / f"n{n}-s{seed}"
    stamp = folder / ".stamp"
    sources = [BENCH / "make_corpus.py", *sorted((ROOT / "generator" / "data").rglob("*.yaml"))]
    sources += sorted((ROOT / "seeds").rglob("*.txt"))
    key = str([(p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sources])
    if stamp.exists() and stamp.read_text() == key:
        return folder
    log(f"making corpus of {n} seeds")
    make_corpus(n, folder, seed)
    stamp.write_text(key)
    return folder


def take_snapshot() -> str:
    """Freeze generator/ and the skeleton for this run, and put the frozen generator first on the path.

    Others edit generator/, mkdocs.yml and overrides/ while benchmarks run; every build of
    one run must use the same code. Returns a fingerprint of what was frozen.
    """
    if SNAPSHOT.exists():
        shutil.rmtree(SNAPSHOT)
    SNAPSHOT.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for rel in ("generator", *SKELETON):
        src = ROOT / rel
        if src.is_dir():
            shutil.copytree(src, SNAPSHOT / rel, ignore=ignore)
        elif src.is_file():
            shutil.copy2(src, SNAPSHOT / rel)
    os.environ["PYTHONPATH"] = os.pathsep.join([str(SNAPSHOT), str(ROOT)])
    sys.path.insert(0, str(SNAPSHOT))
    sha = hashlib.sha256()
    for path in sorted(p for p in SNAPSHOT.rglob("*") if p.is_file()):
        sha.update(path.relative_to(SNAPSHOT).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:12]


def copy_skeleton(project: Path, config_text: str | None = None) -> None:
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for rel in SKELETON:
        src = SNAPSHOT / rel
        if src.is_dir():
            shutil.copytree(src, project / rel)
        elif src.is_file():
            shutil.copy2(src, project / rel)
    if config_text is not None:
        (project / "mkdocs.yml").write_text(config_text, encoding="utf-8")


def plain_config(config: str) -> str:
    """The project's mkdocs.yml without the archive plugin, with the baseline hook in its place."""
    config = strip_plugin(config, "archive")
    if re.search(r"^hooks:\s*$", config, re.M):
        return re.sub(r"^hooks:\s*$", "hooks:\n  - baseline_hook.py", config, count=1, flags=re.M)
    return config.rstrip("\n") + "\n\nhooks:\n  - baseline_hook.py\n"


def mkdocs_build(project: Path, label: str, command: str = "build") -> Run:
    """`mkdocs build` (or the pre-build step alone) in project, through benchmarks.sitebuild."""
    cmd = [PY, "-m", "benchmarks.sitebuild", command, *(["-d", "site"] if command == "build" else [])]
    logfile = project.parent / "logs" / f"{label}.log"
    run = run_measured(cmd, project, logfile, timeout=BUILD_TIMEOUT)
    if run.returncode == -signal.SIGTERM:
        log(f"{label}: terminated by a signal from outside the benchmark; once more")
        run = run_measured(cmd, project, logfile.with_name(f"{label}-retry.log"), timeout=BUILD_TIMEOUT)
    if run.returncode != 0:
        raise SystemExit(f"benchmarks: {label} failed (exit {run.returncode}); see {run.log}")
    return run


# Extraction is timed in this many fresh processes (each a cold single pass, as a build's
# workers run it); the fastest is reported, the others show how much the machine's other load cost.
EXTRACT_RUNS = 3


def extract_once(seeds_dir: Path) -> dict[str, float]:
    """extract_article over every seed in this process, one core, data loaded beforehand."""
    from generator.data import load_data
    from generator.errors import SeedError
    from generator.pipeline import extract_article
    from generator.read import SeedFile, iter_seeds

    data = load_data()
    today = dt.date.today()
    seeds = [s for s in iter_seeds(seeds_dir) if isinstance(s, SeedFile)]
    kb = sum(len(s.data) for s in seeds) / 1024
    errors = 0
    reference = reference_ms()  # the core's speed just now: other tenants of the host change it
    gc.collect()
    started = time.perf_counter()
    for seed in seeds:
        try:
            extract_article(seed, data, today)
        except SeedError:
            errors += 1
    seconds = time.perf_counter() - started
    return {
        "extract_seeds": len(seeds),
        "extract_errors": errors,
        "extract_seconds": seconds,
        "corpus_kb": kb,
        "extract_reference_ms": reference,
    }


def bench_extraction(seeds_dir: Path, runs: int = EXTRACT_RUNS) -> dict[str, object]:
    """Extraction throughput: the fastest of `runs` cold passes, each in a new process."""
    passes = []
    for _ in range(runs):
        out = subprocess.run(
            [PY, "-m", "benchmarks.run", "--extract-once", str(seeds_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        passes.append(json.loads(out.stdout.splitlines()[-1]))
    rates = [p["extract_seeds"] / p["extract_seconds"] for p in passes]
    best = passes[rates.index(max(rates))]
    return {
        **best,
        "extract_articles_per_s": max(rates),
        "extract_slowest_per_s": min(rates),
        "extract_ms_per_kb": best["extract_seconds"] * 1000 / best["corpus_kb"],
        "extract_runs_per_s": [round(r) for r in rates],
        "extract_runs_reference_ms": [round(p["extract_reference_ms"]) for p in passes],
    }


def _edit_target(seeds_dir: Path, start: int) -> Path:
    """A UTF-8 seed (no BOM) from index start on, so an edit can be written back as it was."""
    paths = sorted(seeds_dir.rglob("*.txt"), key=lambda p: p.name)
    for path in paths[start:] + paths[:start]:
        data = path.read_bytes()
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return path
    raise SystemExit("benchmarks: no UTF-8 seed to edit")


def edit_seed(path: Path, token: str) -> None:
    """Append a marker word to the seed's longest line (a body paragraph)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = lines[longest].rstrip() + f" {token}."
    path.write_text("\n".join(lines), encoding="utf-8")


def slug_for(seeds_dir: Path, path: Path) -> str:
    from generator.pipeline import slug_of

    return slug_of(path.relative_to(seeds_dir).as_posix())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def bench_serve(
    project: Path, dirty: bool = False, ready_timeout: float = 900, change_timeout: float = 300
) -> dict[str, float]:
    """Seconds from saving a seed to its page showing the change under `mkdocs serve` (keys
    serve_*), or `mkdocs serve --dirty` as scripts/site.sh runs it (keys serve_dirty_*)."""
    seeds = project / "seeds"
    target = _edit_target(seeds, 7)
    url_base = f"http://127.0.0.1:{_free_port()}"
    page = f"{url_base}/articles/{slug_for(seeds, target)}/"
    cmd = [PY, "-m", "benchmarks.sitebuild", "serve", "-a", url_base.removeprefix("http://"), *(["--dirty"] * dirty)]
    key = "serve_dirty" if dirty else "serve"
    out: dict[str, float] = {}
    logfile = (project.parent / "logs" / f"{key}.log").open("wb")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(cmd, cwd=project, stdout=logfile, stderr=subprocess.STDOUT, env=env)
    try:
        started = time.perf_counter()
        while _fetch(page) is None:
            if proc.poll() is not None or time.perf_counter() - started > ready_timeout:
                raise SystemExit(f"benchmarks: mkdocs serve did not come up; see {logfile.name}")
            time.sleep(0.25)
        out[f"{key}_startup_s"] = time.perf_counter() - started
        time.sleep(3)  # let the watcher settle after the first build
        token = f"zqxserve{int(time.time())}"
        saved = time.perf_counter()
        edit_seed(target, token)
        while True:
            body = _fetch(page)
            if body and token in body:
                out[f"{key}_update_s"] = time.perf_counter() - saved
                break
            if proc.poll() is not None or time.perf_counter() - saved > change_timeout:
                out[f"{key}_update_s"] = float("nan")
                break
            time.sleep(0.1)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
        logfile.close()
    return out


def _rebuild_figures(prefix: str, run: Run, step: str, **summary_keys: str) -> dict[str, object]:
    """<prefix>_build_s (full builds only), <prefix>_generation_s, and the plugin-log figures named."""
    summary = plugin_summary(run.text)
    out: dict[str, object] = {
        f"{prefix}_build_s": run.seconds if step == "build" else None,
        f"{prefix}_generation_s": summary.get("seconds"),
    }
    out.update({f"{prefix}_{key}": summary.get(field) for key, field in summary_keys.items()})
    return out


def bench_size(n: int, seed: int, serve: bool, full_rebuild_max: int) -> dict[str, object]:
    """Every measurement for one corpus size."""
    res: dict[str, object] = {"n": n}
    src = corpus(n, seed)
    log(f"N={n}: extraction, one core, {EXTRACT_RUNS} passes in new processes")
    res.update(bench_extraction(src))
    log(f"N={n}: {res['extract_articles_per_s']:.0f} articles/s (passes: {res['extract_runs_per_s']})")

    base = WORK / f"n{n}"
    ours, plain = base / "ours", base / "plain"
    if base.exists():
        shutil.rmtree(base)
    copy_skeleton(ours)
    shutil.copytree(src, ours / "seeds", ignore=shutil.ignore_patterns(".stamp"))

    log(f"N={n}: full clean build (archive plugin)")
    load_before = load_average()
    cold = mkdocs_build(ours, "build-cold")
    summary = plugin_summary(cold.text)
    res.update(
        build_s=cold.seconds,
        build_cpu_s=cold.cpu_seconds,
        load_before_build=load_before,
        build_peak_rss_mb=cold.peak_rss_mb,
        build_peak_pss_mb=cold.peak_pss_mb,
        build_max_single_rss_mb=cold.max_single_rss_mb,
        build_generation_s=summary.get("seconds"),
        build_search_s=search_seconds(cold.text),
        build_mkdocs_reported_s=mkdocs_seconds(cold.text),
        articles=summary.get("articles"),
        rejected=summary.get("errors"),
        pages_written=summary.get("written"),
    )
    stats = site_stats(ours / "site")
    res["site"] = stats
    dump(base, res)

    log(f"N={n}: plain Material on the same Markdown (archive plugin removed)")
    copy_skeleton(plain, plain_config((SNAPSHOT / "mkdocs.yml").read_text(encoding="utf-8")))
    shutil.copy2(BENCH / "baseline_hook.py", plain / "baseline_hook.py")
    shutil.rmtree(plain / "docs")
    shutil.copytree(ours / "docs", plain / "docs")
    baseline = mkdocs_build(plain, "build-plain")
    res.update(plain_build_s=baseline.seconds, plain_cpu_s=baseline.cpu_seconds, plain_peak_rss_mb=baseline.peak_rss_mb)
    res["plain_search_s"] = search_seconds(baseline.text)
    res["build_ratio"] = res["build_s"] / res["plain_build_s"]  # type: ignore[operator]
    res["plain_site"] = site_stats(plain / "site")
    dump(base, res)

    log(f"N={n}: rebuild with nothing changed")
    warm = mkdocs_build(ours, "build-warm")
    if plugin_summary(warm.text).get("cached", 0) < (res["articles"] or 0):
        # The cache key covers generator/data: a concurrent edit there makes this build cold. Once more.
        log(f"N={n}: warm build missed the cache ({plugin_summary(warm.text)}); repeating")
        warm = mkdocs_build(ours, "build-warm-2")
    res.update(
        warm_cached=plugin_summary(warm.text).get("cached"),
        warm_build_s=warm.seconds,
        warm_generation_s=plugin_summary(warm.text).get("seconds"),
        warm_pages_written=plugin_summary(warm.text).get("written"),
        warm_peak_rss_mb=warm.peak_rss_mb,
    )
    dump(base, res)

    log(f"N={n}: generation alone (python -m generator build, no cache)")
    cli = run_measured(
        [PY, "-m", "generator", "--seeds", "seeds", "build", "--docs", "docs"], ours, base / "logs" / "cli.log"
    )
    res.update(cli_generation_s=cli.seconds, cli_peak_rss_mb=cli.peak_rss_mb)
    dump(base, res)

    log(f"N={n}: one seed added")
    name, data = make_seed(n, seed)
    added = ours / "seeds" / f"added-{Path(name).name}"
    added.write_bytes(data)
    # Above full_rebuild_max a whole build lasts half an hour and re-renders every page like the
    # warm build: time the generation step alone (pre-build), where adding or editing differs.
    step = "build" if n <= full_rebuild_max else "pre-build"
    res.update(_rebuild_figures("add", mkdocs_build(ours, f"{step}-add", step), step, cached="cached"))
    dump(base, res)

    log(f"N={n}: one seed edited")
    edit_seed(_edit_target(ours / "seeds", n // 2), f"zqxedit{n}")
    res.update(_rebuild_figures("edit", mkdocs_build(ours, f"{step}-edit", step), step, pages_written="written"))
    dump(base, res)

    if serve:
        log(f"N={n}: mkdocs serve, save → page updated")
        res.update(bench_serve(ours))
        log(f"N={n}: mkdocs serve --dirty (scripts/site.sh serve), save → page updated")
        res.update(bench_serve(ours, dirty=True))
    return res


def dump(base: Path, res: dict[str, object]) -> None:
    """What is measured so far, in case a later step fails."""
    (base / "partial.json").write_text(json.dumps(res, indent=2, default=str), encoding="utf-8")


def _flat(res: dict[str, object]) -> dict[str, float]:
    """The figures the table and the gate read, in their units."""
    site = res["site"]
    search = site["search"]  # type: ignore[index]
    out = {k: v for k, v in res.items() if isinstance(v, int | float)}
    out.update(
        site_mb=site["site_bytes"] / 1e6,  # type: ignore[index]
        site_files=site["site_files"],  # type: ignore[index]
        article_html_kb=site["article_html_median"] / 1024,  # type: ignore[index]
        article_html_max_kb=site["article_html_max"] / 1024,  # type: ignore[index]
        search_first_query_kb=search["typical"]["gzip"] / 1024,
        search_first_query_raw_kb=search["typical"]["raw"] / 1024,
        search_first_query_worst_kb=search["gzip"] / 1024,
        search_facets_kb=search["typical"].get("facets_gzip", 0) / 1024,
        build_single_rss_mb=res["build_max_single_rss_mb"],
    )
    return out


def _fmt(value: object, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value != value:
        return "timeout"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


ROWS = [
    (
        f"Extraction, 1 core: fastest of {EXTRACT_RUNS} cold passes (slowest) (articles/s)",
        lambda r: f"{_fmt(r['extract_articles_per_s'], 0)} ({_fmt(r.get('extract_slowest_per_s'), 0)})",
    ),
    (
        "… the core's speed just before that pass: reference workload (ms; less is faster)",
        lambda r: _fmt(r.get("extract_reference_ms"), 0),
    ),
    ("Extraction (ms per KB of seed)", lambda r: _fmt(r["extract_ms_per_kb"], 2)),
    (
        "Seeds → articles (rejected)",
        lambda r: f"{_fmt(r['extract_seeds'])} → {_fmt(r.get('articles'), 0)} ({_fmt(r.get('rejected'), 0)})",
    ),
    ("Full clean build, ours (s)", lambda r: _fmt(r["build_s"])),
    ("… of which generation step (plugin log, s)", lambda r: _fmt(r.get("build_generation_s"), 2)),
    ("… of which Pagefind indexing (plugin log, s)", lambda r: _fmt(r.get("build_search_s"), 2)),
    ("Full build, plain Material + same Pagefind step, same Markdown (s)", lambda r: _fmt(r["plain_build_s"])),
    (
        "Ratio ours / plain (CPU-time ratio)",
        lambda r: f"{_fmt(r['build_ratio'], 2)} ({_fmt(r['build_cpu_s'] / r['plain_cpu_s'], 2)})",
    ),
    (
        "Peak RSS of build, process tree (PSS) [largest single process] (MB)",
        lambda r: (
            f"{_fmt(r['build_peak_rss_mb'], 0)} ({_fmt(r['build_peak_pss_mb'], 0)}) "
            f"[{_fmt(r['build_single_rss_mb'], 0)}]"
        ),
    ),
    ("Peak RSS, plain Material (MB)", lambda r: _fmt(r["plain_peak_rss_mb"], 0)),
    ("Rebuild, nothing changed: `mkdocs build` (s)", lambda r: _fmt(r["warm_build_s"])),
    (
        "Rebuild, nothing changed: generation step (s) [cache hits]",
        lambda r: f"{_fmt(r.get('warm_generation_s'), 2)} [{_fmt(r.get('warm_cached'), 0)}]",
    ),
    ("Generation alone, `python -m generator build`, no cache (s)", lambda r: _fmt(r["cli_generation_s"])),
    (
        "One seed added: build (s) / generation (s)",
        lambda r: f"{_fmt(r.get('add_build_s'))} / {_fmt(r.get('add_generation_s'), 2)}",
    ),
    (
        "One seed edited: build (s) / generation (s)",
        lambda r: f"{_fmt(r.get('edit_build_s'))} / {_fmt(r.get('edit_generation_s'), 2)}",
    ),
    ("`mkdocs serve`: save seed → page updated (s)", lambda r: _fmt(r.get("serve_update_s"))),
    (
        "`mkdocs serve --dirty` (scripts/site.sh serve): save seed → page updated (s)",
        lambda r: _fmt(r.get("serve_dirty_update_s")),
    ),
    ("Site size (MB) / files", lambda r: f"{_fmt(r['site_mb'])} / {_fmt(int(r['site_files']))}"),
    (
        "Article page HTML, median (max) (KB)",
        lambda r: f"{_fmt(r['article_html_kb'])} ({_fmt(r['article_html_max_kb'])})",
    ),
    (
        "First search query download, gzip KB: typical (worst case)",
        lambda r: f"{_fmt(r['search_first_query_kb'], 0)} ({_fmt(r['search_first_query_worst_kb'], 0)})",
    ),
    ("… then the facets, when the reader reaches for them (gzip KB)", lambda r: _fmt(r.get("search_facets_kb"), 0)),
]


def table(results: list[dict[str, float]]) -> str:
    head = "| Measure | " + " | ".join(f"N = {int(r['n']):,}" for r in results) + " |"
    sep = "|---|" + "---:|" * len(results)
    body = [f"| {label} | " + " | ".join(fn(r) for r in results) + " |" for label, fn in ROWS]
    return "\n".join([head, sep, *body])


def target_table(r: dict[str, float]) -> str:
    rows = [f"| Target (N = {int(r['n']):,}) | Measured | Status |", "|---|---:|:---:|"]
    for key, kind, limit, label in TARGETS:
        value = r.get(key)
        ok = value is not None and (value >= limit if kind == "min" else value <= limit)
        rows.append(f"| {label} | {_fmt(value, 2)} | {'pass' if ok else 'FAIL'} |")
    return "\n".join(rows)


def report(info: dict[str, object], results: list[dict[str, float]], searches: list[str]) -> str:
    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    sizes = ", ".join(f"{int(r['n']):,}" for r in results)
    lines = [
        f"## {when} — N = {sizes}",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM, {info['os']}. "
        f"Python {info['python']}, MkDocs {info['mkdocs']}, Material {info['material']}, Pagefind {info['pagefind']}. "
        f"One core's speed: the reference workload (benchmarks/measure.py `reference_ms`) takes "
        f"{info.get('reference_ms', '?')} ms (less is faster). "
        f"Code snapshot {info['code']}; 1-min load average before the first full build: "
        + ", ".join(f"{r.get('load_before_build', -1):.2f}" for r in results)
        + ".",
        "",
        table(results),
        "",
        target_table(results[-1]),
        "",
        "First search query (details in benchmarks/measure.py `first_search_bytes`): "
        + "; ".join(searches)
        + ". Regeneration target is read on the generation step of a "
        "warm `mkdocs build` (the plugin's own timing); the whole rebuild re-renders every page.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--quick", action="store_true", help="one small size (200), no RESULTS.md")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--serve-sizes", default="1000", help="sizes at which to time `mkdocs serve` (default 1000)")
    parser.add_argument(
        "--profile", action="store_true", help="also profile generation and the build at the largest size"
    )
    parser.add_argument(
        "--full-rebuild-max",
        type=int,
        default=2000,
        help="above this size, time only the generation step after adding/editing a seed (default 2000)",
    )
    parser.add_argument("--json", type=Path, default=WORK / "latest.json", help="where to write the figures")
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument("--extract-once", type=Path, help=argparse.SUPPRESS)  # one timed pass, JSON on stdout
    args = parser.parse_args(argv)
    if args.extract_once:
        print(json.dumps(extract_once(args.extract_once)))
        return 0
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        # Asked now, not after the measurements it would have cost the run.
        parser.error("--profile needs pyinstrument: .venv/bin/pip install -e '.[bench]'")
    sizes = [int(s) for s in (args.sizes or ("200" if args.quick else "1000,10000")).split(",")]
    info = machine()
    info["code"] = take_snapshot()
    log(f"machine: {info}")
    results: list[dict[str, float]] = []
    searches: list[str] = []
    raw: list[dict[str, object]] = []
    for n in sizes:
        serve_sizes = {int(x) for x in args.serve_sizes.split(",") if x}
        res = bench_size(n, args.seed, serve=n in serve_sizes, full_rebuild_max=args.full_rebuild_max)
        raw.append(res)
        results.append(_flat(res))
        search = res["site"]["search"]  # type: ignore[index]
        parts = ", ".join(f"{k} {v / 1024:.0f}" for k, v in search["typical"]["gzip_by_part"].items())
        worst = ", ".join(f"{k} {v / 1024:.0f}" for k, v in search["gzip_by_part"].items())
        searches.append(f"N={n:,}: {search['kind']}, gzip KB typical: {parts}; worst case: {worst}")
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"machine": info, "results": results, "raw": raw}, indent=2, default=str))
    text = report(info, results, searches)
    print(text)
    if not (args.quick or args.no_record):
        with RESULTS_MD.open("a", encoding="utf-8") as fh:
            if RESULTS_MD.stat().st_size == 0:
                fh.write("# Benchmark results\n\nAppended by `python -m benchmarks.run`; newest last.\n\n")
            fh.write(text + "\n")
    if args.profile:
        from benchmarks.profile import profile_all

        profile_all(WORK / f"n{sizes[-1]}", corpus(sizes[-1], args.seed), SNAPSHOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
