#!/usr/bin/env bash
# Set up, then build the site into site/ (default) or serve it with live reload.
#   scripts/site.sh            build site/ (strict)
#   scripts/site.sh serve      preview on http://127.0.0.1:8000, re-rendering the pages a saved seed changes
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
case "${1:-build}" in
  build) exec .venv/bin/mkdocs build --strict "${@:2}" ;;
  # --dirty: the archive plugin re-renders only the pages whose Markdown changed (README).
  serve) exec .venv/bin/mkdocs serve --dirty "${@:2}" ;;
  *) echo "usage: scripts/site.sh [build|serve] [mkdocs options]" >&2; exit 2 ;;
esac
