package org.jbackprop.bench;

import java.util.concurrent.TimeUnit;
import org.jbackprop.tensor.Rng;
import org.jbackprop.tensor.Tensor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The operations that lib/bench/numpy_bench.py times in numpy, for lib/bench/compare.sh:
 * square matmuls, one training step of the lecture's zoo model, and sums along an axis.
 * Average time per operation in microseconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class TensorBench {

    /** Square matrices of size n. */
    @State(Scope.Benchmark)
    public static class Square {
        @Param({"64", "256", "1024"})
        public int n;
        Tensor a;
        Tensor b;

        @Setup(Level.Trial)
        public void setUp() {
            Rng rng = new Rng(1);
            a = rng.randn(n, n);
            b = rng.randn(n, n);
        }
    }

    /** The zoo model of lab-09-7: x (101, 16), W (16, 7), b (7,), one-hot targets (101, 7). */
    @State(Scope.Benchmark)
    public static class Zoo {
        Tensor x;
        Tensor y;
        Tensor w;
        Tensor b;

        @Setup(Level.Trial)
        public void setUp() {
            Rng rng = new Rng(2);
            x = rng.rand(101, 16).greater(0.5);
            y = Tensor.oneHot(rng.uniform(0, 7, 101).map(Math::floor), 7);
            w = rng.randn(16, 7);
            b = rng.randn(7);
        }
    }

    /** A 1000 x 1000 matrix. */
    @State(Scope.Benchmark)
    public static class Big {
        Tensor m;

        @Setup(Level.Trial)
        public void setUp() {
            m = new Rng(3).randn(1000, 1000);
        }
    }

    @Benchmark
    public Tensor matmul(Square s) {
        return s.a.matmul(s.b);
    }

    /**
     * One step of lab-09-7: forward, the lecture's hand-written gradients, and the update.
     * Returns the new weights so that nothing is optimised away.
     */
    @Benchmark
    public Tensor zooStep(Zoo z) {
        double lr = 0.01;
        Tensor layer = z.x.matmul(z.w).add(z.b);
        Tensor yPred = layer.sigmoid();
        Tensor slope = yPred.mul(yPred.rsub(1));
        Tensor dYPred = yPred.sub(z.y).div(slope.add(1e-7));
        Tensor dLayer = dYPred.mul(slope);
        Tensor dW = z.x.T().matmul(dLayer);
        Tensor dB = dLayer.sum(0);
        z.w.subInPlace(dW.mul(lr));
        z.b.subInPlace(dB.mul(lr));
        return z.w;
    }

    /**
     * The same step with {@code x.transposedMatmul(dLayer)} (TensorFlow's {@code transpose_a=True}):
     * X^T is read in place, as numpy's {@code x.T} (a view) lets BLAS do.
     */
    @Benchmark
    public Tensor zooStepTransposedMatmul(Zoo z) {
        double lr = 0.01;
        Tensor layer = z.x.matmul(z.w).add(z.b);
        Tensor yPred = layer.sigmoid();
        Tensor slope = yPred.mul(yPred.rsub(1));
        Tensor dYPred = yPred.sub(z.y).div(slope.add(1e-7));
        Tensor dLayer = dYPred.mul(slope);
        Tensor dW = z.x.transposedMatmul(dLayer);
        Tensor dB = dLayer.sum(0);
        z.w.subInPlace(dW.mul(lr));
        z.b.subInPlace(dB.mul(lr));
        return z.w;
    }

    @Benchmark
    public Tensor sumAxis0(Big b) {
        return b.m.sum(0);
    }

    @Benchmark
    public Tensor sumAxis1(Big b) {
        return b.m.sum(1);
    }
}
