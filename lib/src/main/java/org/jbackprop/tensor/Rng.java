package org.jbackprop.tensor;

/**
 * A seeded random number generator whose numbers are the same on every run, JVM and machine.
 *
 * <p>The algorithm is fixed here, not borrowed from the JDK: xoshiro256** seeded through
 * SplitMix64, doubles from the top 53 bits, Gaussians by Marsaglia's polar method with
 * {@link StrictMath}. A notebook that writes {@code Rng rng = new Rng(777)} prints the same
 * weights every time. (The numbers differ from numpy's and TensorFlow's: those cannot be
 * reproduced in Java; lectures that depend on them state invariants instead.)
 */
public final class Rng {

    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpare;

    /** A generator whose whole sequence is determined by {@code seed}. */
    public Rng(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits (xoshiro256**). */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A standard normal double (mean 0, standard deviation 1). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Standard normal values of the given shape, like {@code np.random.randn(*shape)}. */
    public Tensor randn(int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = nextGaussian();
        }
        return new Tensor(d, shape.clone());
    }

    /** Normal values with the given mean and standard deviation, like {@code tf.random_normal}. */
    public Tensor normal(double mean, double std, int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        for (int i = 0; i < d.length; i++) {
            d[i] = mean + std * nextGaussian();
        }
        return new Tensor(d, shape.clone());
    }

    /** Uniform values in [0, 1) of the given shape, like {@code np.random.rand(*shape)}. */
    public Tensor rand(int... shape) {
        return uniform(0.0, 1.0, shape);
    }

    /** Uniform values in [low, high) of the given shape, like {@code np.random.uniform}. */
    public Tensor uniform(double low, double high, int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        double w = high - low;
        for (int i = 0; i < d.length; i++) {
            d[i] = low + w * nextDouble();
        }
        return new Tensor(d, shape.clone());
    }

    /**
     * Normal values that are redrawn whenever they fall more than two standard deviations from
     * the mean, TensorFlow's {@code truncated_normal} rule.
     */
    public Tensor truncatedNormal(double mean, double std, int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        for (int i = 0; i < d.length; i++) {
            double z;
            do {
                z = nextGaussian();
            } while (z < -2.0 || z > 2.0);
            d[i] = mean + std * z;
        }
        return new Tensor(d, shape.clone());
    }

    /** A uniform int in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nextInt: bound must be positive, got " + bound);
        }
        long limit = (0x80000000L / bound) * bound; // reject the biased tail
        while (true) {
            long x = nextLong() >>> 33; // 31 random bits
            if (x < limit) {
                return (int) (x % bound);
            }
        }
    }

    /** A random permutation of 0..n-1 (Fisher-Yates), e.g. to shuffle a mini-batch order. */
    public int[] permutation(int n) {
        int[] p = Indexing.all(n);
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
