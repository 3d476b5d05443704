#!/usr/bin/env bash
# Set up, install Chromium for the browser tests if missing, lint, then run every test.
#   scripts/test.sh            the whole suite (browser tests included)
#   scripts/test.sh -m "not browser"   the fast part only (any pytest options pass through)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -x /usr/bin/chromium ]; then
  echo "test: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check generator tests benchmarks
.venv/bin/ruff format --check generator tests benchmarks
.venv/bin/mypy generator
exec .venv/bin/python -m pytest "$@"
