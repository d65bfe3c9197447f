#!/usr/bin/env bash
# The lecture workloads, jbackprop against numpy and micrograd, in one run (lib/bench/lectures.py).
# A benchmark, not a test. Usage: lib/bench/lectures.sh [--rounds N] [--only NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="$(dirname "$here")"
root="$(dirname "$lib")"
out="$lib/target/bench"
mkdir -p "$out"
venv="$root/build/bench-venv"   # a scratch venv: numpy, micrograd, threadpoolctl are not project dependencies
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import numpy, micrograd" 2>/dev/null; then
  "$venv/bin/pip" install -q --disable-pip-version-check numpy micrograd threadpoolctl
elif ! "$venv/bin/python" -c "import threadpoolctl" 2>/dev/null; then
  # only names each side's BLAS in the header: an older venv offline still runs without it
  "$venv/bin/pip" install -q --disable-pip-version-check threadpoolctl || echo "lectures.sh: no threadpoolctl" >&2
fi
mvn -q -B -f "$root/pom.xml" -Pbench -pl lib test-compile
mvn -q -B -f "$root/pom.xml" -pl lib dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath.txt" -Pbench
cp="$lib/target/bench/classes:$lib/target/bench/test-classes:$(cat "$out/classpath.txt")"
# the notebook kernel's options: the Vector API module and a heap like the kernel's
exec "$venv/bin/python" "$here/lectures.py" "$@" -- java --add-modules=jdk.incubator.vector -Xmx768m \
    -cp "$cp" org.jbackprop.bench.LectureBench
