"""Run MkDocs for the benchmarks, from inside a project copy (cwd), under a neutral process name.

    python -m benchmarks.sitebuild build|serve [mkdocs options]   # the mkdocs CLI, ./mkdocs.yml
    python -m benchmarks.sitebuild pre-build                       # config + on_pre_build only

Builds of 10,000 pages run for half an hour; started as `mkdocs build`, one was ended by a
SIGTERM from outside the benchmark. Run through this module from the project folder, the
command line carries no "mkdocs" for a broad process match to hit.

`pre-build` loads ./mkdocs.yml and runs on_startup, on_config and on_pre_build of every
plugin, then stops: the archive plugin's generation step (extract with the cache, write
changed pages) exactly as a build runs it, without rendering the site.
"""

from __future__ import annotations

import logging
import sys
import time


def pre_build() -> int:
    from mkdocs.config import load_config

    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s", stream=sys.stdout)
    started = time.perf_counter()
    config = load_config("mkdocs.yml")
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    print(f"INFO    -  pre-build done in {time.perf_counter() - started:.2f} seconds")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["pre-build"]:
        return pre_build()
    from mkdocs.__main__ import cli

    sys.argv[0] = "mkdocs"
    return cli()


if __name__ == "__main__":
    sys.exit(main())
