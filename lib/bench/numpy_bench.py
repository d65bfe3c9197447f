#!/usr/bin/env python3
"""The operations of lib/src/jmh/java/org/jbackprop/bench/TensorBench.java, timed in numpy.

Prints one JSON object: benchmark name -> microseconds per operation (best of several
repeats, like JMH's steady state). Used by compare.sh; runnable alone.
"""
import json
import sys
import timeit

import numpy as np


def best_us(fn, min_time=0.2, repeats=5):
    number = 1
    while timeit.timeit(fn, number=number) < min_time / 5:
        number *= 2
    return min(timeit.repeat(fn, number=number, repeat=repeats)) / number * 1e6


def main():
    results = {}
    rng = np.random.default_rng(1)
    for n in (64, 256, 1024):
        a = rng.standard_normal((n, n))
        b = rng.standard_normal((n, n))
        results[f"matmul:{n}"] = best_us(lambda: a @ b)

    x = (rng.random((101, 16)) > 0.5).astype(float)
    y = np.eye(7)[rng.integers(0, 7, 101)]
    state = {"w": rng.standard_normal((16, 7)), "b": rng.standard_normal(7)}

    def zoo_step():
        lr = 0.01
        w, bias = state["w"], state["b"]
        layer = x @ w + bias
        y_pred = 1 / (1 + np.exp(-layer))
        slope = y_pred * (1 - y_pred)
        d_y_pred = (y_pred - y) / (slope + 1e-7)
        d_layer = d_y_pred * slope
        d_w = x.T @ d_layer
        d_b = d_layer.sum(0)
        w -= lr * d_w
        bias -= lr * d_b
        return w

    results["zooStep"] = best_us(zoo_step)
    # numpy's x.T is a view that BLAS reads in place: the same code is the baseline for Java's
    # x.transposedMatmul(dLayer) (TensorFlow's transpose_a=True)
    results["zooStepTransposedMatmul"] = results["zooStep"]
    m = rng.standard_normal((1000, 1000))
    results["sumAxis0"] = best_us(lambda: m.sum(0))
    results["sumAxis1"] = best_us(lambda: m.sum(1))
    json.dump(results, sys.stdout)
    print()


if __name__ == "__main__":
    main()
