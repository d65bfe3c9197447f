#!/usr/bin/env bash
# The README's test command: every test there is.
#   1. JUnit for lib and kernel-ext: Surefire's unit tests, then (after packaging) Failsafe's *IT
#      tests, which need the shaded jar (IJava's start-up path);
#   2. the notebook test: every notebook executed through the real Java kernel, checked for errors,
#      for differences from its stored outputs, and for the lectures' golden values.
#   3. the browser test (notebooks/tests/test_browser.py): JupyterLab in headless Chromium runs two
#      notebooks and checks what a student sees; screenshots in build/browser/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/binder/setup.sh" --test
cd "$ROOT"
mvn -B -ntp -Dstyle.color=never verify
"$ROOT/.venv/bin/python" -m pytest -p no:cacheprovider -q "$ROOT/notebooks/tests"
