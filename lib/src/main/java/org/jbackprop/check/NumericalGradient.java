package org.jbackprop.check;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.jbackprop.tensor.Tensor;

/**
 * Numerical derivatives by central differences, (f(x+h) − f(x−h)) / 2h, the independent oracle every
 * backward pass is checked against. The error is O(h²) from the formula plus about ε·|f|/h from
 * rounding, so h = 1e-5 is a good default in double precision.
 */
public final class NumericalGradient {

    /** The step cs231n's gradient_check.py uses. */
    public static final double DEFAULT_STEP = 1e-5;

    private NumericalGradient() {
    }

    /** df/dx at {@code x} for a function of one variable, e.g. {@code derivative(Math::exp, 0.7, 1e-5)}. */
    public static double derivative(DoubleUnaryOperator f, double x, double h) {
        requireStep(h);
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    /**
     * ∇f at {@code x} for a function of a vector: one central difference per coordinate. {@code f}
     * gets a scratch copy of x with one coordinate nudged; {@code x} itself is never changed.
     */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
        requireStep(h);
        double[] scratch = x.clone();
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            scratch[i] = x[i] + h;
            double plus = f.applyAsDouble(scratch);
            scratch[i] = x[i] - h;
            double minus = f.applyAsDouble(scratch);
            scratch[i] = x[i];
            g[i] = (plus - minus) / (2 * h);
        }
        return g;
    }

    /**
     * ∂f/∂x for every element of a tensor, where {@code f} reads {@code x} (e.g. a layer's weight):
     * each element is nudged in place by ±h, f is evaluated, and the element is put back exactly.
     * Returns a tensor of the shape of x.
     */
    public static Tensor gradient(DoubleSupplier f, Tensor x, double h) {
        requireStep(h);
        int[] shape = x.shape();
        double[] g = new double[x.size()];
        int[] index = new int[shape.length];
        for (int flat = 0; flat < g.length; flat++) {
            double v = x.get(index);
            try {
                x.set(v + h, index);
                double plus = f.getAsDouble();
                x.set(v - h, index);
                double minus = f.getAsDouble();
                g[flat] = (plus - minus) / (2 * h);
            } finally {
                x.set(v, index);
            }
            for (int a = shape.length - 1; a >= 0; a--) {
                if (++index[a] < shape[a]) {
                    break;
                }
                index[a] = 0;
            }
        }
        return Tensor.fromArray(g, shape);
    }

    static void requireStep(double h) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("the step h must be a positive finite number, got " + h);
        }
    }
}
