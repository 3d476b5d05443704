"""Compare a benchmark run against the pinned floors and ceilings of benchmarks/baseline.json.

    .venv/bin/python -m benchmarks.gate [RESULTS.json] [--baseline FILE] [--targets] [--pin]

RESULTS.json defaults to benchmarks/work/latest.json (written by benchmarks.run). A pinned
"floor" must not be undercut, a "ceiling" not exceeded, by more than the tolerance (wall
times on a shared 2-core machine are noisy). --targets also fails on the project targets.
--pin rewrites the pinned values from this run (after an improvement, reviewed by hand).
Not run in CI: benchmarks take minutes and need a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _by_size(results: dict) -> dict[str, dict[str, float]]:
    return {str(int(r["n"])): r for r in results["results"]}


def check(results: dict, baseline: dict, with_targets: bool) -> list[tuple[str, str, str, str, bool]]:
    """Rows (size, metric, measured, limit, ok) for every pinned metric (and target) present in the run."""
    tolerance = baseline.get("tolerance", 0.0)
    rows = []
    measured = _by_size(results)
    for size, metrics in baseline["pinned"].items():
        run = measured.get(size)
        if run is None:
            continue
        for key, pin in metrics.items():
            value = run.get(key)
            if "floor" in pin:
                limit = pin["floor"] * (1 - tolerance)
                ok = value is not None and value >= limit
                text = f">= {limit:,.2f} (floor {pin['floor']:,.2f})"
            else:
                limit = pin["ceiling"] * (1 + tolerance)
                ok = value is not None and value <= limit
                text = f"<= {limit:,.2f} (ceiling {pin['ceiling']:,.2f})"
            rows.append((size, key, "–" if value is None else f"{value:,.2f}", text, ok))
    if with_targets:
        for size, targets in baseline.get("targets", {}).items():
            run = measured.get(size)
            for key, target in targets.items():
                value = None if run is None else run.get(key)
                ok = value is not None and (value >= target["min"] if "min" in target else value <= target["max"])
                limit = f"target {'>=' if 'min' in target else '<='} {target.get('min', target.get('max')):,}"
                rows.append((size, key, "–" if value is None else f"{value:,.2f}", limit, ok))
    return rows


def pin(results: dict, baseline: dict) -> dict:
    """The baseline with every pinned value replaced by this run's figure."""
    measured = _by_size(results)
    for size, metrics in baseline["pinned"].items():
        for key, entry in metrics.items():
            value = measured.get(size, {}).get(key)
            if value is not None:
                entry["floor" if "floor" in entry else "ceiling"] = round(value, 3)
    return baseline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__.splitlines()[0])
    parser.add_argument("results", nargs="?", type=Path, default=BENCH / "work" / "latest.json")
    parser.add_argument("--baseline", type=Path, default=BENCH / "baseline.json")
    parser.add_argument("--targets", action="store_true", help="also fail when a project target is missed")
    parser.add_argument("--pin", action="store_true", help="rewrite the pinned values from this run")
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text(encoding="utf-8"))
    baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
    if args.pin:
        args.baseline.write_text(json.dumps(pin(results, baseline), indent=2, ensure_ascii=False) + "\n")
        print(f"pinned {args.baseline} from {args.results}")
        return 0
    rows = check(results, baseline, args.targets)
    if not rows:
        print("gate: no pinned size in these results", file=sys.stderr)
        return 2
    width = max(len(key) for _, key, *_ in rows)
    for size, key, value, limit, ok in rows:
        print(f"{'ok  ' if ok else 'FAIL'}  N={size:>6}  {key:<{width}}  {value:>12}  {limit}")
    failed = sum(not ok for *_, ok in rows)
    print(f"gate: {len(rows) - failed} ok, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
