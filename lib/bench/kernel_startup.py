#!/usr/bin/env python3
"""What the kernel extension costs a student: kernel ready, first table, first chart, measured
through the real JJava kernel with and without the extension. A benchmark, not a test.

    .venv/bin/python lib/bench/kernel_startup.py [--rounds 5]

"With" is the kernel spec binder/setup.sh registers (our jar on JJAVA_CLASSPATH, so JJava loads
JJavaExtension). "Without" is the same spec with JJAVA_CLASSPATH removed: plain JJava. Each round
starts a fresh kernel of each kind, alternately first, and times, from the start request:
  ready  - the kernel answers kernel_info (JJava has run its start-up, including our extension's);
  table  - the first cell's result arrives: a Tensor (an HTML table) with the extension, and the
           same numbers as a double[] (plain text) without it;
  chart  - a second cell's result arrives: a History chart (PNG + SVG) with the extension; without
           it, a plain-text cell of the same size.
Medians over the rounds; the extension's share is with minus without. Also the CPU seconds the
kernel JVM used by each point, which a busy machine hardly changes. --pause S waits S seconds between
"ready" and the first cell, as a student reading the notebook does (the extension's chart warm-up
runs then); --no-archive runs both kernels without the class data sharing archive setup.sh made.
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import sys
import tempfile
import time

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "binder"))
from kernel_archive import run_cell  # noqa: E402  (runs a cell, returns its MIME bundle)

TABLE_WITH = "org.jbackprop.tensor.Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}})"
TABLE_WITHOUT = "new double[][] {{1, 2, 3}, {4, 5, 6}}"
CHART_WITH = ("var h = new org.jbackprop.train.History(\"loss\"); "
              "for (int i = 0; i < 50; i++) h.record(i, \"loss\", 1.0 / (i + 1)); h")
CHART_WITHOUT = "var h = new double[50]; for (int i = 0; i < 50; i++) h[i] = 1.0 / (i + 1); h"


def kernel_cpu(launcher_pid):
    """CPU seconds (user + system) the kernel JVM has used so far: JJava's launcher runs it as its child.
    Unlike wall time it hardly depends on what else the machine runs."""
    total = 0.0
    for task in pathlib.Path(f"/proc/{launcher_pid}/task").glob("*"):
        for pid in (task / "children").read_text().split():
            fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def one_kernel(spec_dir, name, with_extension, pause=0.0):
    km = KernelManager(kernel_name=name, kernel_spec_manager=KernelSpecManager(kernel_dirs=[spec_dir]))
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=300)
        pid = km.provisioner.process.pid
        ready = time.perf_counter() - t0, kernel_cpu(pid)
        time.sleep(pause)
        m1 = run_cell(kc, TABLE_WITH if with_extension else TABLE_WITHOUT)
        table = time.perf_counter() - t0, kernel_cpu(pid)
        m2 = run_cell(kc, CHART_WITH if with_extension else CHART_WITHOUT)
        chart = time.perf_counter() - t0, kernel_cpu(pid)
        if with_extension:
            assert "text/html" in m1, f"no table: {m1}"
            assert "image/png" in m2 or "image/svg+xml" in m2, f"no chart: {m2}"
        return ready, table, chart
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--kernel", default="java")
    ap.add_argument("--jvm-opts", default="", help="appended to JJAVA_JVM_OPTS of both kernels, "
                    "e.g. -Djbackprop.warmup=true")
    ap.add_argument("--pause", type=float, default=0.0, help="seconds between ready and the first cell")
    ap.add_argument("--no-archive", action="store_true", help="both kernels without the class data "
                    "sharing archive binder/setup.sh made (to measure what it contributes)")
    args = ap.parse_args()
    spec = KernelSpecManager().get_kernel_spec(args.kernel)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="jbackprop-startup-"))
    try:
        for kind in ("with", "without"):
            d = tmp / f"java-{kind}"
            shutil.copytree(spec.resource_dir, d, ignore=shutil.ignore_patterns("*.jsa*"))
            k = json.loads((d / "kernel.json").read_text())
            # The registered kernel's own jars, not the copies: a class data sharing archive
            # records the class path it was made with and is used only with that same path.
            k["argv"] = [a.replace("{resource_dir}", spec.resource_dir) for a in k["argv"]]
            if kind == "without":
                k["env"].pop("JJAVA_CLASSPATH", None)
            opts = k["env"].get("JJAVA_JVM_OPTS", "").split()
            if args.no_archive:
                opts = [o for o in opts if not o.startswith(("-XX:SharedArchiveFile=", "-XX:+VerifySharedSpaces"))]
            k["env"]["JJAVA_JVM_OPTS"] = used_opts = " ".join(opts + args.jvm_opts.split())
            (d / "kernel.json").write_text(json.dumps(k))
        times = {"with": [], "without": []}
        load0 = os.getloadavg()[0]
        for r in range(args.rounds):
            order = ("with", "without") if r % 2 == 0 else ("without", "with")
            for kind in order:
                times[kind].append(one_kernel(str(tmp), f"java-{kind}", kind == "with", args.pause))
        load1 = os.getloadavg()[0]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"kernel start-up, median of {args.rounds} alternating rounds; JJAVA_JVM_OPTS={used_opts!r}; "
          f"pause before the first cell {args.pause:g} s; "
          f"load average {load0:.2f} -> {load1:.2f}")
    for j, what in ((0, "seconds from start"), (1, "CPU seconds of the kernel JVM")):
        print(f"\n| {what} | ready | first table | first chart |")
        print("|---|---:|---:|---:|")
        med = {k: [statistics.median(x[i][j] for x in v) for i in range(3)] for k, v in times.items()}
        for kind in ("with", "without"):
            print(f"| {kind} the extension | " + " | ".join(f"{x:.2f}" for x in med[kind]) + " |")
        print("| the extension's share | " + " | ".join(f"{a - b:+.2f}" for a, b in zip(med["with"], med["without"])) + " |")

if __name__ == "__main__":
    sys.exit(main())
