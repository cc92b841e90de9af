#!/usr/bin/env bash
# Quick start: install what is needed, build, and start Duban on its default database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec ./build/bin/duban "$@"
