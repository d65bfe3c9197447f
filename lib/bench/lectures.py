#!/usr/bin/env python3
"""The lecture workloads side by side: jbackprop (LectureBench, one JVM) against numpy, and the
cs231n sigmoid circuit through Graph against micrograd. A benchmark, not a test.

    lib/bench/lectures.sh            # builds the bench classes, makes a scratch venv, runs this

Both sides start from the same numbers (start(i), computed exactly alike), run the same steps and
report a checksum of the state they reach, so the table proves they computed the same thing.
Rounds alternate which side goes first; each cell is the median of the rounds. One summary line ends
the output. Python needs numpy, micrograd and threadpoolctl (in a scratch venv; lectures.sh makes it).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

import numpy as np


def start(i):
    return ((i * 7919 + 13) % 2003) / 2003.0 - 0.5


def fill(offset, scale, *shape):
    n = int(np.prod(shape))
    return np.array([start(offset + i) * scale for i in range(n)]).reshape(shape)


# ---- numpy side: each workload as the lectures write it in numpy ------------------------------

def sigma(x):
    return 1. / (1. + np.exp(-x))


def zoo():
    x = (fill(0, 1, 101, 16) > 0.0).astype(float)
    y = np.eye(7)[np.arange(101) % 7]
    s = {"W": fill(5000, 2, 16, 7), "b": fill(6000, 2, 7)}

    def sigma_prime(v):
        return sigma(v) * (1. - sigma(v))

    def step():
        W, b = s["W"], s["b"]
        l1 = np.dot(x, W) + b
        y_pred = sigma(l1)
        d_loss = (y_pred - y) / (y_pred * (1. - y_pred) + 1e-7)
        d_l1 = d_loss * sigma_prime(l1)
        d_W = np.dot(x.T, d_l1)
        s["W"] = W - 0.01 * d_W
        s["b"] = b - 0.01 * np.sum(d_l1)
    return step, lambda: s["W"].sum() + s["b"].sum()


def linears(*sizes):
    return [[fill(100 * k, 2, sizes[k - 1], sizes[k]), fill(100 * k + 50, 2, sizes[k])] for k in range(1, len(sizes))]


XOR_X = np.array([[0., 0], [0, 1], [1, 0], [1, 1]])
XOR_Y = np.array([[0.], [1], [1], [0]])


def xor(*sizes):
    params = linears(*sizes)

    def step():
        acts = [XOR_X]
        for W, b in params:
            acts.append(sigma(acts[-1] @ W + b))
        y = acts[-1]
        d = (y - XOR_Y) / (y * (1 - y)) / y.size          # mean binary cross-entropy, dL/dy
        for k in range(len(params) - 1, -1, -1):
            W, b = params[k]
            d = d * acts[k + 1] * (1 - acts[k + 1])        # sigmoid backward
            dW = acts[k].T @ d
            db = d.sum(axis=0)
            d = d @ W.T
            W -= 0.1 * dW
            b -= 0.1 * db
    return step, lambda: sum(W.sum() + b.sum() for W, b in params)


def mazur():
    W1 = np.array([[.15, .25], [.20, .30]])
    b1 = np.array([.35, .35])
    W2 = np.array([[.40, .50], [.45, .55]])
    b2 = np.array([.60, .60])
    x = np.array([[.05, .10]])
    t = np.array([[.01, .99]])

    def step():
        nonlocal W1, W2
        h = sigma(x @ W1 + b1)
        o = sigma(h @ W2 + b2)
        d_o = (o - t) * o * (1 - o)
        dW2 = h.T @ d_o
        d_h = (d_o @ W2.T) * h * (1 - h)
        dW1 = x.T @ d_h
        W2 -= 0.5 * dW2
        W1 -= 0.5 * dW1
    return step, lambda: W1.sum() + W2.sum()


def nb11():
    x = fill(9000, 30, 1000, 1)
    y = 8 * x ** 2 + 7 * x + 3 + fill(20000, 2, 1000, 1)
    params = linears(1, 10, 6, 1)

    def step():
        (W1, b1), (W2, b2), (W3, b3) = params
        a1 = x @ W1 + b1
        h1 = np.maximum(a1, 0)
        a2 = h1 @ W2 + b2
        h2 = np.maximum(a2, 0)
        out = h2 @ W3 + b3
        d = np.sign(out - y) / out.size                  # L1 loss, dL/dout
        dW3, db3 = h2.T @ d, d.sum(0)
        d = (d @ W3.T) * (a2 > 0)
        dW2, db2 = h1.T @ d, d.sum(0)
        d = (d @ W2.T) * (a1 > 0)
        dW1, db1 = x.T @ d, d.sum(0)
        for p, g in ((W1, dW1), (b1, db1), (W2, dW2), (b2, db2), (W3, dW3), (b3, db3)):
            p -= 0.001 * g
    return step, lambda: sum(W.sum() + b.sum() for W, b in params)


def value_exp(self):
    """Value.exp as Karpathy adds it in the micrograd lecture (the PyPI package has none)."""
    import math
    from micrograd.engine import Value
    out = Value(math.exp(self.data), (self,), "exp")

    def _backward():
        self.grad += out.data * out.grad
    out._backward = _backward
    return out


def cs231n():
    from micrograd.engine import Value
    Value.exp = value_exp
    acc = [0.0]

    def step():
        for i in range(1000):
            w0, x0, w1, x1, w2 = Value(2 + start(i)), Value(-1.0), Value(-3.0), Value(-2.0), Value(-3.0)
            f = (1 + (-(w0 * x0 + w1 * x1 + w2)).exp()) ** -1   # cs231n's gates: *, +, neg, exp, +1, 1/x
            f.backward()
            acc[0] += w0.grad + x0.grad + w1.grad + x1.grad + w2.grad
    return step, lambda: acc[0]


def matmul(n):
    a, b = fill(0, 2, n, n), fill(777, 2, n, n)
    c = [None]

    def step():
        c[0] = a @ b
    return step, lambda: c[0].sum()


def exp(n):
    a = fill(0, 20, n)
    c = [None]

    def step():
        c[0] = np.exp(a)
    return step, lambda: c[0].sum()


# name, numpy/micrograd maker, steps per measurement, label
WORKLOADS = [
    ("zoo", zoo, 2000, "zoo step (lab-09-7, X (101,16) @ W (16,7) + b, σ ×3, d_W, update)"),
    ("nb11", nb11, 200, "NB11 epoch (1-10-6-1 ReLU, L1, SGD, 1000 points)"),
    ("xor221-layers", lambda: xor(2, 2, 1), 5000, "XOR 2-2-1 step, layers"),
    ("xor221-autograd", lambda: xor(2, 2, 1), 5000, "XOR 2-2-1 step, autograd"),
    ("xordeep-layers", lambda: xor(2, 10, 10, 10, 1), 2000, "XOR 2-10-10-10-1 step, layers"),
    ("xordeep-autograd", lambda: xor(2, 10, 10, 10, 1), 2000, "XOR 2-10-10-10-1 step, autograd"),
    ("mazur", mazur, 10000, "Mazur 2-2-2 round"),
    ("cs231n-graph", cs231n, 3, "cs231n sigmoid circuit ×1000, Graph vs micrograd"),
    ("matmul64", lambda: matmul(64), 2000, "matmul n = 64"),
    ("matmul256", lambda: matmul(256), 100, "matmul n = 256"),
    ("matmul1024", lambda: matmul(1024), 4, "matmul n = 1024"),
    ("exp707", lambda: exp(707), 20000, "exp, 707 values"),
    ("exp1e6", lambda: exp(1_000_000), 20, "exp, 10⁶ values"),
]


SETTLE = 0.3  # seconds before each measurement

BLAS_INFO = r"""
import ctypes, numpy
from threadpoolctl import threadpool_info
try:
    ctypes.CDLL("libblas.so.3")  # what netlib loads for jbackprop, beside numpy's own OpenBLAS
except OSError:
    print("jbackprop: no libblas.so.3 (netlib's pure-Java BLAS)")
for lib in threadpool_info():
    if lib["user_api"] == "blas":
        side = "numpy" if "numpy" in lib["filepath"] else "jbackprop (libblas.so.3)"
        print(f"{side}: {lib['filepath'].rsplit('/', 1)[-1]}, {lib['internal_api']} {lib['version']} "
              f"{lib['architecture']}, {lib['num_threads']} threads")
"""


def blas_info():
    """Which BLAS, CPU kernel and thread count each side gets, read in a child process so that the
    measuring process loads nothing extra; both sides must have the same threads available."""
    try:
        out = subprocess.run([sys.executable, "-c", BLAS_INFO], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"(BLAS details unavailable: {e})"
    lines = out.stdout.strip().splitlines()
    return "; ".join(lines) if out.returncode == 0 and lines else "(BLAS details unavailable: " \
        + (out.stderr.strip().splitlines() or ["no output"])[-1] + ")"


def python_side(maker, steps):
    step, checksum = maker()
    t0 = time.perf_counter_ns()
    for _ in range(steps):
        step()
    return (time.perf_counter_ns() - t0) / steps, checksum()


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit("usage: lectures.py [--rounds N] [--only NAME...] -- JAVA COMMAND STARTING LectureBench")
    split = argv.index("--")
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--only", nargs="*", help="workload names")
    args = ap.parse_args(argv[:split])
    args.java = argv[split + 1:]
    load_start = os.getloadavg()
    java = subprocess.Popen(args.java, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    backend = java.stdout.readline().strip().removeprefix("ready ")

    def java_side(name, steps):
        java.stdin.write(f"{name} {steps}\n")
        ns, checksum = java.stdout.readline().split()
        return float(ns), float(checksum)

    chosen = [w for w in WORKLOADS if not args.only or w[0] in args.only]
    for name, maker, steps, _ in chosen:          # warm-up: JIT on the Java side, caches on both
        for _ in range(3):
            java_side(name, steps)
        python_side(maker, steps)
    times = {name: ([], []) for name, *_ in chosen}
    sums = {}
    for r in range(args.rounds):
        for name, maker, steps, _ in chosen:
            # OpenBLAS's worker threads spin for a while after a large product (in both processes):
            # let them fall asleep before each side, so neither side pays for the other's threads
            if r % 2 == 0:
                time.sleep(SETTLE)
                py = python_side(maker, steps)
                time.sleep(SETTLE)
                jv = java_side(name, steps)
            else:
                time.sleep(SETTLE)
                jv = java_side(name, steps)
                time.sleep(SETTLE)
                py = python_side(maker, steps)
            times[name][0].append(py[0])
            times[name][1].append(jv[0])
            sums[name] = (py[1], jv[1])
    java.stdin.close()
    java.wait()
    load_end = os.getloadavg()

    import numpy
    print(f"jbackprop ({backend}) against numpy {numpy.__version__} / micrograd; median of {args.rounds} "
          f"alternating rounds; load average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end")
    print(f"BLAS: {blas_info()}")
    print()
    print("| workload | numpy µs | jbackprop µs | ratio | checksums agree |")
    print("|---|---:|---:|---:|---|")
    ratios = []
    for name, _, _, label in chosen:
        py = statistics.median(times[name][0]) / 1e3
        jv = statistics.median(times[name][1]) / 1e3
        a, b = sums[name]
        agree = abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
        ratios.append((py / jv, name))
        print(f"| {label} | {py:,.2f} | {jv:,.2f} | **{py / jv:.2f}** | {'yes' if agree else 'NO'} ({a:.10g} / {b:.10g}) |")
    print()
    worst = min(ratios)
    print(f"summary: ratio = numpy time / jbackprop time, > 1 means jbackprop is faster; "
          f"lowest {worst[0]:.2f} ({worst[1]}), highest {max(ratios)[0]:.2f} ({max(ratios)[1]})")


if __name__ == "__main__":
    main()
