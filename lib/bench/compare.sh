#!/usr/bin/env bash
# Runs the JMH benchmarks (native BLAS, then netlib's pure-Java BLAS) and the same operations
# in numpy on this machine, and prints them side by side. A benchmark, not a test.
# Usage: lib/bench/compare.sh [quick]   (quick: fewer, shorter iterations)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="$(dirname "$here")"
root="$(dirname "$lib")"
out="$lib/target/bench"
mkdir -p "$out"

mvn -q -B -f "$root/pom.xml" -Pbench -pl lib test-compile
mvn -q -B -f "$root/pom.xml" -pl lib dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath.txt" -Pbench
cp="$lib/target/bench/classes:$lib/target/bench/test-classes:$(cat "$out/classpath.txt")"

jmh_opts=(-wi 3 -w 1 -i 5 -r 1 -f 1)
if [[ "${1:-}" == "quick" ]]; then
    jmh_opts=(-wi 2 -w 1 -i 3 -r 1 -f 1)
fi

echo "== JMH, native BLAS (if libblas.so.3 loads) ==" >&2
java -cp "$cp" org.openjdk.jmh.Main 'org.jbackprop.bench.TensorBench' "${jmh_opts[@]}" \
    -rf json -rff "$out/jmh-native.json" >"$out/jmh-native.log"
# (a -jvmArgsAppend here replaces the @Fork annotation's, so it repeats the Vector API flag)
echo "== JMH, pure-Java BLAS (matmul only) ==" >&2
java -cp "$cp" org.openjdk.jmh.Main 'org.jbackprop.bench.TensorBench.matmul' "${jmh_opts[@]}" \
    -jvmArgsAppend "--add-modules jdk.incubator.vector -Xmx2g -Djbackprop.blas=java" -rf json -rff "$out/jmh-java.json" >"$out/jmh-java.log"
echo "== numpy ==" >&2
python3 "$here/numpy_bench.py" >"$out/numpy.json"
backend="$(java --add-modules jdk.incubator.vector -cp "$cp" org.jbackprop.bench.Backend 2>/dev/null || true)"

python3 - "$out" "$backend" <<'PY'
import json, sys
out, backend = sys.argv[1], sys.argv[2]
numpy = json.load(open(f"{out}/numpy.json"))
def load(name):
    rows = {}
    for r in json.load(open(f"{out}/{name}")):
        key = r["benchmark"].rsplit(".", 1)[1]
        if "n" in r.get("params", {}):
            key += ":" + r["params"]["n"]
        rows[key] = r["primaryMetric"]["score"]
    return rows
native, java = load("jmh-native.json"), load("jmh-java.json")
import numpy as np
print(f"Java backend: {backend}")
print(f"numpy {np.__version__}, BLAS: " + ", ".join(
    f"{c.get('name')} {c.get('version')}" for c in [np.show_config(mode='dicts')['Build Dependencies']['blas']]))
print()
print(f"{'operation':<16}{'numpy us':>12}{'Java us':>12}{'Java/numpy speed':>18}{'pure-Java us':>14}{'pure/numpy':>12}")
for key in numpy:
    n_us, j_us, p_us = numpy[key], native.get(key), java.get(key)
    line = f"{key:<16}{n_us:>12.2f}{j_us:>12.2f}{n_us / j_us:>17.2f}x"
    if p_us is not None:
        line += f"{p_us:>14.2f}{n_us / p_us:>11.2f}x"
    print(line)
print()
for key in [k for k in numpy if k.startswith("matmul")]:
    n = int(key.split(":")[1])
    flops = 2.0 * n ** 3
    g = lambda us: flops / (us * 1e-6) / 1e9
    print(f"matmul n={n:<5} GFLOPS  numpy {g(numpy[key]):7.1f}  Java native {g(native[key]):7.1f}  "
          f"pure-Java {g(java[key]):7.1f}")
PY
