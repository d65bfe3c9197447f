"""What a long notebook session costs: heap growth per cell through the real Java kernel.

Runs N cells of each kind in one kernel and prints the live heap (after a full GC) gained per cell:
a plain value, each of jbackprop's displays, and each display's value kept by JShell WITHOUT our
display (wrapped in a List, which the kernel shows as text). JShell keeps every snippet and every
cell's value ($1, $2, ...) until the kernel restarts; the difference between a display and its
"kept" twin is what our display itself adds.

    .venv/bin/python notebooks/bench/long_session.py            # 100 cells per kind (about 10 minutes)
    .venv/bin/python notebooks/bench/long_session.py --cells 300

Not a test: nothing here asserts. The figures are in notebooks/README.md ("Long sessions").
"""
import argparse
import queue
import time

from jupyter_client.manager import start_new_kernel

HISTORY = 'new History("run").record(0, "loss", 1.0).record(1, "loss", 0.5).record(2, "loss", 0.25)'
CURVE = "Plots.function(\"sin\", Math::sin, 0, 6)"
GRAPH = ('new Object() { Graph g() { Graph g = new Graph(); Node x = g.input("x", -2); '
         'Node y = g.input("y", 5); Node z = g.input("z", -4); Node f = g.mul(g.add(x, y), z); '
         'g.backward(f); return g; } }.g()')

# (name, cell) pairs; each display is followed by its value kept without our display
KINDS = [
    ("1 + 1 (JShell's own cost of a cell)", "1 + 1"),
    ('"x".repeat(40000) (a 40 kB value)', '"x".repeat(40000)'),
    ("tensor 100x100 shown as a table", "Tensor.ones(100, 100)"),
    ("  the same tensor kept, not shown", "java.util.List.of(Tensor.ones(100, 100))"),
    ("History of 3 steps shown as a chart", HISTORY),
    ("  the same History kept, not shown", f"java.util.List.of({HISTORY})"),
    ("Figure (Plots.function) shown", CURVE),
    ("  the same Figure kept, not shown", f"java.util.List.of({CURVE})"),
    ("Graph (x+y)z shown as a picture", GRAPH),
    ("  the same Graph kept, not shown", f"java.util.List.of({GRAPH})"),
    ("live chart of 2000 steps, finished",
     'History live = new History("live");\n'
     "try (LiveChart view = Live.chart(live)) {\n"
     '    for (int s = 0; s < 2000; s++) live.record(s, "loss", 1.0 / (s + 1));\n'
     "}"),
]

MEASURE = (
    "System.gc(); Thread.sleep(200); System.gc(); Thread.sleep(200);\n"
    "long heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();\n"
    "long rss = java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"/proc/self/status\")).stream()\n"
    "    .filter(l -> l.startsWith(\"VmRSS\")).mapToLong(l -> Long.parseLong(l.replaceAll(\"[^0-9]\", \"\"))).sum();\n"
    "long ours = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(\"jbackprop\")).count();\n"
    'heap + " " + rss + " " + ours'
)


def run(kc, code, timeout=300):
    """Executes one cell; returns its text/plain result (or None) and fails on an error."""
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: outputs.append(m))
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"cell failed: {code!r}: {reply['content'].get('evalue')}")
    for m in reversed(outputs):
        if m["msg_type"] == "execute_result":
            outputs.clear()
            return m["content"]["data"]["text/plain"]
    outputs.clear()
    return None


outputs = []


def measure(kc):
    heap, rss, ours = run(kc, MEASURE).strip('"').split()
    return int(heap), int(rss) * 1024, int(ours)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cells", type=int, default=100, help="cells per kind (default 100)")
    ap.add_argument("--warmup", type=int, default=10, help="cells per kind before measuring (default 10)")
    args = ap.parse_args()
    km, kc = start_new_kernel(kernel_name="java", startup_timeout=300)
    try:
        start_heap, start_rss, _ = measure(kc)
        print(f"kernel after start: heap {start_heap / 2**20:.0f} MiB, RSS {start_rss / 2**20:.0f} MiB")
        print(f"{'cell':44} {'heap/cell':>10} {'ms/cell':>8} {'our threads after':>18}")
        for name, cell in KINDS:
            for _ in range(args.warmup):
                run(kc, cell)
            h0, _, _ = measure(kc)
            t0 = time.perf_counter()
            for _ in range(args.cells):
                run(kc, cell)
            ms = (time.perf_counter() - t0) * 1000 / args.cells
            time.sleep(3)          # a finished live chart's painter thread ends after two idle seconds
            h1, _, threads = measure(kc)
            print(f"{name:44} {(h1 - h0) / args.cells / 1024:8.1f} KiB {ms:8.0f} {threads:18d}")
        end_heap, end_rss, _ = measure(kc)
        print(f"kernel at the end: heap {end_heap / 2**20:.0f} MiB, RSS {end_rss / 2**20:.0f} MiB "
              f"after {len(KINDS) * (args.cells + args.warmup)} cells; restarting the kernel frees all of it")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
