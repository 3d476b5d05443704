"""Where the time goes: pyinstrument over the generation step and over a full `mkdocs build`.

    .venv/bin/python -m benchmarks.profile gen SEEDS_DIR OUT_DIR
    .venv/bin/python -m benchmarks.profile build SEEDS_DIR OUT_DIR
    .venv/bin/python -m benchmarks.profile summary SESSION.pyisession

`gen` runs load_data → generate (jobs=1, no cache) → Archive → build_pages → write_pages
in-process. `build` runs the whole `mkdocs build` in a fresh copy of the skeleton with the
archive plugin's `jobs: 1`, so extraction happens in the profiled process rather than in
workers. Each writes OUT_DIR/<name>.pyisession, a text tree (<name>.txt) and the top costs
by function (<name>.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.measure import set_plugin_option

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def _key(frame) -> str:  # type: ignore[no-untyped-def]
    path = frame.file_path_short or frame.file_path or "?"
    for marker in ("site-packages/", "/lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{path}:{frame.function}"


def summarise(session_path: Path, top: int = 20) -> str:
    """Top functions by self time and by inclusive time (recursion counted once), as shares of the run."""
    from pyinstrument.session import Session

    session = Session.load(str(session_path))
    root = session.root_frame()
    if root is None:
        return "(empty profile)"
    total = root.time
    own: dict[str, float] = {}
    inclusive: dict[str, float] = {}
    stack = [(root, frozenset())]
    while stack:
        frame, active = stack.pop()
        if frame.is_synthetic:
            continue
        key = _key(frame)
        children = [c for c in frame.children if not c.is_synthetic]
        own[key] = own.get(key, 0.0) + frame.time - sum(c.time for c in children)
        if key not in active:
            inclusive[key] = inclusive.get(key, 0.0) + frame.time
        stack.extend((c, active | {key}) for c in children)
    lines = [f"Profile {session_path.name}: {total:.1f} s sampled.", "", "Self time (where the CPU is):", ""]
    lines += ["| share | seconds | function |", "|---:|---:|---|"]
    for key, sec in sorted(own.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| {100 * sec / total:.1f}% | {sec:.1f} | `{key}` |")
    lines += ["", "Inclusive time, project code and the main library stages:", ""]
    lines += ["| share | seconds | function |", "|---:|---:|---|"]
    interesting = ("generator/", "mkdocs/", "material/", "markdown/", "jinja2/", "pagefind", "yaml/", "babel/")
    rows = [(k, v) for k, v in inclusive.items() if any(m in k for m in interesting) and v / total >= 0.01]
    for key, sec in sorted(rows, key=lambda kv: -kv[1])[: top * 2]:
        lines.append(f"| {100 * sec / total:.1f}% | {sec:.1f} | `{key}` |")
    return "\n".join(lines)


def _write_reports(session_path: Path) -> str:
    text_out = session_path.with_suffix(".txt")
    subprocess.run(
        [PY, "-m", "pyinstrument", "--load", str(session_path), "-r", "text", "-o", str(text_out), "--no-color"],
        check=True,
    )
    summary = summarise(session_path)
    session_path.with_suffix(".md").write_text(summary + "\n", encoding="utf-8")
    return summary


def profile_generation(seeds: Path, out: Path) -> str:
    """load_data → generate → Archive → build_pages → write_pages, one process, no cache."""
    from pyinstrument import Profiler

    from generator.archive import Archive
    from generator.data import DATA_DIR, load_data
    from generator.pages import build_pages
    from generator.pipeline import generate
    from generator.ui import load_ui
    from generator.write import write_pages

    out.mkdir(parents=True, exist_ok=True)
    docs = out / "gen-docs"
    shutil.rmtree(docs, ignore_errors=True)
    profiler = Profiler(interval=0.002)
    started = time.perf_counter()
    profiler.start()
    data = load_data(DATA_DIR)
    ui = load_ui(DATA_DIR)
    result = generate(seeds, data, DATA_DIR, cache_file=None, jobs=1)
    archive = Archive(result.articles, data)
    pages = build_pages(archive, ui)
    write_pages(docs, pages)
    profiler.stop()
    print(f"generation: {len(result.articles)} articles, {len(pages)} pages in {time.perf_counter() - started:.1f}s")
    session = out / "generation.pyisession"
    profiler.last_session.save(str(session))
    return _write_reports(session)


def profile_build(seeds: Path, out: Path, root: Path = ROOT) -> str:
    """A full clean `mkdocs build` under pyinstrument, extraction in-process (jobs: 1)."""
    out = out.resolve()
    project = out / "build-project"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    for rel in ("overrides", "docs/assets", "hooks"):
        if (root / rel).is_dir():
            shutil.copytree(root / rel, project / rel)
    config = set_plugin_option((root / "mkdocs.yml").read_text(encoding="utf-8"), "archive", "jobs", "1")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(seeds, project / "seeds", ignore=shutil.ignore_patterns(".stamp"))
    session = out / "build.pyisession"
    cmd = [PY, "-m", "pyinstrument", "-i", "0.005", "-r", "pyisession", "-o", str(session)]
    cmd += ["-m", "benchmarks.sitebuild", "build", "-q", "-d", "site"]
    path = os.environ.get("PYTHONPATH", "")
    if str(ROOT) not in path.split(os.pathsep):
        path = os.pathsep.join(p for p in (path, str(ROOT)) if p)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=project, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": path})
    print(f"build under profiler: {time.perf_counter() - started:.1f}s")
    return _write_reports(session)


def profile_all(work: Path, seeds: Path, root: Path = ROOT) -> None:
    out = work / "profiles"
    print(profile_generation(seeds, out))
    print(profile_build(seeds, out, root))


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) == 2 and args[0] == "summary":
        print(summarise(Path(args[1])))
        return 0
    if len(args) != 3 or args[0] not in {"gen", "build"}:
        print(__doc__, file=sys.stderr)
        return 2
    mode, seeds, out = args[0], Path(args[1]).resolve(), Path(args[2]).resolve()
    print(profile_generation(seeds, out) if mode == "gen" else profile_build(seeds, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
