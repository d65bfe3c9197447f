package org.jbackprop.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * numpy's broadcasting rule as properties: for random compatible shapes every element of the
 * result equals the element-by-element definition (each operand indexed with 0 on its length-1
 * and missing axes), and incompatible shapes always throw, naming the first failing axis.
 */
class BroadcastPropertiesTest {

    /** Two shapes derived from one full shape by dropping leading axes and setting axes to 1. */
    static final class Pair {
        final int[] a;
        final int[] b;

        Pair(int[] a, int[] b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return Shapes.str(a) + " and " + Shapes.str(b);
        }
    }

    @Provide
    Arbitrary<Pair> compatible() {
        Arbitrary<List<Integer>> full = Arbitraries.integers().between(0, 4).list().ofMinSize(0).ofMaxSize(4);
        Arbitrary<List<Boolean>> ones = Arbitraries.of(true, false).list().ofSize(8);
        Arbitrary<Integer> drop = Arbitraries.integers().between(0, 4);
        return Combinators.combine(full, ones, drop, drop).as((f, o, da, db) -> {
            int[] fs = f.stream().mapToInt(Integer::intValue).toArray();
            return new Pair(derive(fs, o.subList(0, 4), da), derive(fs, o.subList(4, 8), db));
        });
    }

    private static int[] derive(int[] full, List<Boolean> ones, int drop) {
        int d = Math.min(drop, full.length);
        int[] s = new int[full.length - d];
        for (int i = 0; i < s.length; i++) {
            s[i] = ones.get(i) ? 1 : full[i + d];
        }
        return s;
    }

    private static Tensor filled(int[] shape, double offset) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = offset + i * 1.5;
        }
        return t;
    }

    /** The value of {@code t} at the result index {@code idx}, by the rule's definition. */
    private static double at(Tensor t, int[] idx) {
        int off = idx.length - t.shape.length;
        int flat = 0;
        for (int i = 0; i < t.shape.length; i++) {
            int k = t.shape[i] == 1 ? 0 : idx[off + i];
            flat = flat * t.shape[i] + k;
        }
        return t.data[flat];
    }

    private static int[] expectedShape(int[] a, int[] b) {
        int r = Math.max(a.length, b.length);
        int[] s = new int[r];
        for (int i = 0; i < r; i++) {
            int da = i - (r - a.length) >= 0 ? a[i - (r - a.length)] : 1;
            int db = i - (r - b.length) >= 0 ? b[i - (r - b.length)] : 1;
            s[i] = da == 1 ? db : da;
        }
        return s;
    }

    @Property(tries = 300)
    void everyElementFollowsTheDefinition(@ForAll("compatible") Pair p) {
        Tensor a = filled(p.a, 1);
        Tensor b = filled(p.b, -7);
        int[] shape = expectedShape(p.a, p.b);
        Tensor sum = a.add(b);
        Tensor diff = a.sub(b);
        Tensor prod = a.mul(b);
        Tensor gt = a.greater(b);
        assertArrayEquals(shape, sum.shape(), p.toString());
        int[] idx = new int[shape.length];
        for (int f = 0; f < sum.size(); f++) {
            int rem = f;
            for (int i = shape.length - 1; i >= 0; i--) {
                idx[i] = rem % shape[i];
                rem /= shape[i];
            }
            double x = at(a, idx);
            double y = at(b, idx);
            assertEquals(x + y, sum.data[f], p.toString());
            assertEquals(x - y, diff.data[f], p.toString());
            assertEquals(x * y, prod.data[f], p.toString());
            assertEquals(x > y ? 1.0 : 0.0, gt.data[f], p.toString());
        }
    }

    @Property(tries = 200)
    void addAndMulCommute(@ForAll("compatible") Pair p) {
        Tensor a = filled(p.a, 0.25);
        Tensor b = filled(p.b, 3);
        assertEquals(a.add(b), b.add(a));
        assertEquals(a.mul(b), b.mul(a));
        assertEquals(a.maximum(b), b.maximum(a));
    }

    @Property(tries = 200)
    void inPlaceEqualsPureWhenTheShapeFits(@ForAll("compatible") Pair p) {
        Tensor a = filled(p.a, 2);
        Tensor b = filled(p.b, 5);
        int[] shape = expectedShape(p.a, p.b);
        if (java.util.Arrays.equals(shape, p.a)) {
            Tensor expected = a.sub(b);
            assertEquals(expected, a.copy().subInPlace(b));
        } else {
            assertThrows(ShapeMismatchException.class, () -> a.copy().subInPlace(b));
        }
    }

    @Provide
    Arbitrary<Pair> incompatible() {
        return compatible().filter(p -> p.a.length > 0 && p.b.length > 0).map(p -> {
            int[] a = p.a.clone();
            int[] b = p.b.clone();
            // make the last axes clash: lengths 2 and 3 (neither is 1)
            a[a.length - 1] = 2;
            b[b.length - 1] = 3;
            return new Pair(a, b);
        });
    }

    @Property(tries = 200)
    void incompatibleShapesThrowNamingTheAxis(@ForAll("incompatible") Pair p) {
        Tensor a = Tensor.zeros(p.a);
        Tensor b = Tensor.zeros(p.b);
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> a.mul(b));
        assertEquals("mul", e.operation());
        assertArrayEquals(p.a, e.leftShape());
        assertArrayEquals(p.b, e.rightShape());
        int firstClash = -1;
        int r = Math.max(p.a.length, p.b.length);
        for (int i = 0; i < r && firstClash < 0; i++) {
            int ia = i - (r - p.a.length);
            int ib = i - (r - p.b.length);
            int da = ia >= 0 ? p.a[ia] : 1;
            int db = ib >= 0 ? p.b[ib] : 1;
            if (da != db && da != 1 && db != 1) {
                firstClash = i;
            }
        }
        assertEquals(firstClash, e.axis());
    }

    @Property(tries = 200)
    void reductionsKeepDimsBroadcastBack(@ForAll("compatible") Pair p) {
        Tensor a = filled(p.a, 1);
        for (int axis = -a.rank(); axis < a.rank(); axis++) {
            Tensor s = a.sum(axis, true);
            assertEquals(a.rank(), s.rank());
            assertArrayEquals(a.shape(), a.sub(s).shape());
            assertArrayEquals(a.sum(axis).toArray(), s.toArray());
            if (a.size() > 0) {
                double scale = Math.max(1, a.abs().max().item());
                for (double v : a.sub(a.mean(axis, true)).sum(axis).toArray()) {
                    assertEquals(0.0, v / scale, 1e-9);
                }
            }
        }
    }

    @Property(tries = 200)
    void reshapeAndTransposeRoundTrip(@ForAll("compatible") Pair p) {
        Tensor a = filled(p.a, 0);
        assertEquals(a, a.reshape(-1).reshape(p.a));
        assertEquals(a, a.T().T());
        assertArrayEquals(a.toArray(), a.flatten().toArray());
    }
}
