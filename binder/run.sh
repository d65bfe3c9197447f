#!/usr/bin/env bash
# The README's first command: set everything up, then run the project's main job.
#   binder/run.sh           execute every notebook headless through the Java kernel (build/notebooks/)
#   binder/run.sh --lab     start JupyterLab on notebooks/ instead
#   binder/run.sh notebooks/05_*.ipynb ...   execute only these notebooks
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/binder/setup.sh"
PY="$ROOT/.venv/bin/python"
if [ "${1:-}" = "--lab" ]; then
  shift
  extra=()
  [ "$(id -u)" = 0 ] && extra+=(--allow-root)   # containers and CI machines often run as root
  exec "$ROOT/.venv/bin/jupyter" lab --notebook-dir="$ROOT/notebooks" "${extra[@]}" "$@"
fi
exec "$PY" "$ROOT/binder/nbrun.py" "$@"
