package org.jbackprop.tensor;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * An n-dimensional array of doubles, stored row-major (C order) like numpy's default.
 *
 * <p>The shape never changes after construction; the values may, through the spelled-out
 * in-place methods only ({@code set}, {@code fill}, {@code assign}, {@code addInPlace},
 * {@code subInPlace}, {@code mulInPlace}, {@code divInPlace}). Every other operation returns a new
 * tensor that shares nothing with its inputs (slices and reshapes copy, unlike numpy's views).
 *
 * <p>Aliasing, the one rule: <b>nothing keeps a reference to a tensor you hand it.</b> Layers, losses
 * and autograd cache their own copies of what backward needs, so changing a tensor in place after
 * forward (say {@code W.subInPlace(dW.mul(lr))} before the backward pass) never changes a gradient.
 * The exceptions are named: a {@code Parameter}'s value and gradient are live on purpose, for the
 * optimizer to update in place.
 *
 * <p>Equality is by value, like {@code java.util.List} and numpy's {@code array_equal}: equal shapes
 * and equal values ({@link #equals}). Since the values can change, {@link #hashCode} depends on the
 * shape only: a tensor changed in place while it is a key of a {@code HashMap} or in a
 * {@code HashSet} is still found there, by itself and by any tensor equal to its new values.
 *
 * <p>Names follow numpy and TensorFlow: {@code x.matmul(W).add(b)} is {@code tf.matmul(X, W) + b},
 * {@code y.argmax(1)} is {@code np.argmax(y, 1)}, {@code xy.slice(":, 0:-1")} is {@code xy[:, 0:-1]}.
 * Binary operations broadcast by numpy's rules; a shape that does not fit throws
 * {@link ShapeMismatchException}. NaN and infinity propagate as in IEEE arithmetic.
 */
public final class Tensor {

    final double[] data;
    final int[] shape;

    /** Wraps {@code data} without copying; callers inside the package own both arrays. */
    Tensor(double[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    // ------------------------------------------------------------------ factories

    /** A 1-d tensor of shape (n,) holding a copy of {@code values}. */
    public static Tensor of(double... values) {
        return new Tensor(values.clone(), new int[] {values.length});
    }

    /** A 2-d tensor of shape (rows, cols) from a rectangular Java array. */
    public static Tensor of(double[][] rows) {
        return Creation.rows(rows);
    }

    /** A 3-d tensor of shape (a, b, c) from a rectangular Java array. */
    public static Tensor of(double[][][] blocks) {
        return fromNested(blocks);
    }

    /**
     * A tensor from a rectangular nested Java array of any depth ({@code double[]}, {@code int[]},
     * {@code double[][]}, {@code int[][][]}, ...), like {@code np.array(nested)}; a ragged array is
     * an error naming the index where it breaks.
     */
    public static Tensor fromNested(Object nested) {
        return Creation.fromNested(nested);
    }

    /** A tensor of the given shape holding a copy of {@code flat} in row-major order. */
    public static Tensor fromArray(double[] flat, int... shape) {
        int n = Shapes.sizeOf(shape);
        if (n != flat.length) {
            throw ShapeMismatchException.operands("fromArray", new int[] {flat.length}, shape, -1, "fromArray: "
                    + flat.length + " values cannot fill shape " + Shapes.str(shape) + ", which holds " + n);
        }
        return new Tensor(flat.clone(), shape.clone());
    }

    /** A rank-0 tensor holding one value. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, new int[0]);
    }

    /** A tensor of the given shape filled with zeros, like {@code np.zeros(shape)}. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new double[Shapes.sizeOf(shape)], shape.clone());
    }

    /** A tensor of the given shape filled with ones, like {@code np.ones(shape)}. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** A tensor of the given shape filled with {@code value}, like {@code np.full(shape, value)}. */
    public static Tensor full(double value, int... shape) {
        double[] d = new double[Shapes.sizeOf(shape)];
        Arrays.fill(d, value);
        return new Tensor(d, shape.clone());
    }

    /** Zeros of the same shape as {@code t}. */
    public static Tensor zerosLike(Tensor t) {
        return zeros(t.shape);
    }

    /** Ones of the same shape as {@code t}. */
    public static Tensor onesLike(Tensor t) {
        return ones(t.shape);
    }

    /** The identity matrix of shape (n, n), like {@code np.eye(n)}. */
    public static Tensor eye(int n) {
        Tensor t = zeros(n, n);
        for (int i = 0; i < n; i++) {
            t.data[i * n + i] = 1.0;
        }
        return t;
    }

    /** 0, 1, ..., n-1 as doubles, shape (n,), like {@code np.arange(n)}. */
    public static Tensor arange(int n) {
        if (n < 0) {
            n = 0;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i;
        }
        return new Tensor(d, new int[] {n});
    }

    /**
     * Evenly spaced values in [start, stop), bit-identical to {@code np.arange(start, stop, step)}:
     * the length is ceil((stop - start) / step), element 1 is start + step and element i >= 2 is
     * start + i * delta with delta = (start + step) - start, never accumulated. So
     * {@code arange(-5.0, 5.0, 0.1)} has 100 elements and element 50 is -1.7763568394002505e-14.
     */
    public static Tensor arange(double start, double stop, double step) {
        return Creation.arange(start, stop, step);
    }

    /**
     * {@code num} evenly spaced values from start to stop inclusive, like {@code np.linspace}:
     * element i is start + i * step with step = (stop - start) / (num - 1); the last is stop.
     */
    public static Tensor linspace(double start, double stop, int num) {
        return Creation.linspace(start, stop, num);
    }

    // ------------------------------------------------------------------ shape and elements

    /** A copy of the shape, e.g. {@code [101, 16]}. */
    public int[] shape() {
        return shape.clone();
    }

    /** The shape as numpy prints {@code x.shape}: {@code (101, 16)}, {@code (7,)}, {@code ()}. */
    public String shapeString() {
        return Shapes.str(shape);
    }

    /** The length of one axis; negative axes count from the end. */
    public int shape(int axis) {
        return shape[Shapes.axis("shape", axis, shape)];
    }

    /** Any shape in numpy's tuple notation, e.g. {@code shapeString(101, 16)} is {@code "(101, 16)"}. */
    public static String shapeString(int... shape) {
        return Shapes.str(shape);
    }

    /** The number of axes (0 for a scalar). */
    public int rank() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    private int flatIndex(String op, int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException(op + ": " + index.length + " indices for a tensor of rank "
                    + shape.length + " and shape " + Shapes.str(shape) + "; give one index per axis");
        }
        int flat = 0;
        for (int i = 0; i < shape.length; i++) {
            flat = flat * shape[i] + Indexing.checkIndex(op, index[i], i, shape);
        }
        return flat;
    }

    /** The element at a full index, one int per axis; negative indices count from the end. */
    public double get(int... index) {
        return data[flatIndex("get", index)];
    }

    /** Sets the element at a full index, in place; returns this. */
    public Tensor set(double value, int... index) {
        data[flatIndex("set", index)] = value;
        return this;
    }

    /** The single value of a tensor with one element (numpy's {@code item()}). */
    public double item() {
        if (data.length != 1) {
            throw new IllegalArgumentException("item: tensor of shape " + Shapes.str(shape)
                    + " has " + data.length + " elements, not 1");
        }
        return data[0];
    }

    /** A copy with its own values. */
    public Tensor copy() {
        return new Tensor(data.clone(), shape.clone());
    }

    /**
     * A copy of this tensor written into {@code buffer} when buffer has this shape (and returned),
     * otherwise a new copy: how a layer keeps its private copy of the last input without allocating
     * one every step. {@code buffer} may be null.
     */
    public Tensor copyReusing(Tensor buffer) {
        if (buffer != null && buffer != this && Arrays.equals(buffer.shape, shape)) {
            return buffer.assign(this);
        }
        return copy();
    }

    /** A copy of the values in row-major order. */
    public double[] toArray() {
        return data.clone();
    }

    /** The values of a 2-d tensor of shape (rows, cols) as a {@code double[rows][cols]}. */
    public double[][] toArray2d() {
        if (shape.length != 2) {
            throw ShapeMismatchException.operand("toArray2d", shape, Math.min(shape.length, 2), "toArray2d: needs a 2-d tensor, "
                    + "got shape " + Shapes.str(shape) + "; reshape it first");
        }
        double[][] r = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(data, i * shape[1], r[i], 0, shape[1]);
        }
        return r;
    }

    /** The values cast to int like Java's {@code (int)} and numpy's {@code astype(int)}: truncation toward zero. */
    public int[] toIntArray() {
        int[] r = new int[data.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (int) data[i];
        }
        return r;
    }

    // ------------------------------------------------------------------ indexing

    /**
     * numpy indexing from a spec string: {@code xy.slice(":, 0:-1")} is {@code xy[:, 0:-1]},
     * {@code xy.slice(":, [-1]")} is {@code xy[:, [-1]]} (keeps the axis), {@code "::2, 3"},
     * {@code "..., None"}. Integers drop their axis, slices and index lists keep it. Copies.
     */
    public Tensor slice(String numpySpec) {
        return Indexing.slice(this, numpySpec);
    }

    /** The entries at {@code indices} along {@code axis}, like {@code np.take(x, indices, axis)}; keeps the axis. */
    public Tensor take(int axis, int... indices) {
        return Indexing.take(this, axis, indices);
    }

    /** Row i of a tensor (its first axis), like {@code x[i]}; shape drops the first axis. */
    public Tensor row(int i) {
        return Indexing.row(this, i);
    }

    /** Column j of a 2-d tensor of shape (N, M), like {@code x[:, j]}; shape (N,). */
    public Tensor col(int j) {
        return Indexing.col(this, j);
    }

    /**
     * Boolean-mask selection like numpy's {@code x[mask]} (nonzero = true). A mask of the same
     * shape gives the chosen elements in row-major order, shape (count,); a mask over the leading
     * axes picks whole sub-tensors, e.g. {@code x.select(y.equal(3))} with x (N, 16) and y (N,)
     * gives the rows of class 3, shape (count, 16).
     */
    public Tensor select(Tensor mask) {
        return Indexing.select(this, mask);
    }

    // ------------------------------------------------------------------ shape changes

    /** The same values in a new shape with the same size; one length may be -1 (inferred). Copies. */
    public Tensor reshape(int... newShape) {
        return Movement.reshape(this, newShape);
    }

    /** The values as a 1-d tensor of shape (size,). Copies. */
    public Tensor flatten() {
        return new Tensor(data.clone(), new int[] {data.length});
    }

    /** The axes reversed, like numpy's {@code x.T}: (N, M) becomes (M, N). Copies. */
    public Tensor transpose() {
        return Movement.transpose(this, Movement.reversedAxes(shape.length));
    }

    /** Same as {@link #transpose()}, numpy's spelling {@code x.T}. */
    public Tensor T() {
        return transpose();
    }

    /** The axes permuted: axis i of the result is axis {@code axes[i]} of this, like {@code np.transpose(x, axes)}. Copies. */
    public Tensor transpose(int... axes) {
        return Movement.transpose(this, axes);
    }

    /** All axes of length 1 removed, like {@code np.squeeze(x)}. Copies. */
    public Tensor squeeze() {
        return new Tensor(data.clone(), Arrays.stream(shape).filter(n -> n != 1).toArray());
    }

    /** The given axis, which must have length 1, removed. Copies. */
    public Tensor squeeze(int axis) {
        return Movement.squeeze(this, axis);
    }

    /** A new axis of length 1 inserted at {@code axis} (-1 appends), like {@code np.expand_dims}. Copies. */
    public Tensor expandDims(int axis) {
        return Movement.expandDims(this, axis);
    }

    // ------------------------------------------------------------------ joining

    /** The tensors joined along an existing axis; all other lengths must agree, like {@code np.concatenate}. */
    public static Tensor concat(int axis, Tensor... tensors) {
        return Join.concat(axis, tensors);
    }

    /** Rows stacked, like {@code np.vstack}: 1-d tensors of shape (n,) count as rows (1, n). */
    public static Tensor vstack(Tensor... tensors) {
        return Join.vstack(tensors);
    }

    /** Columns joined, like {@code np.hstack}: along axis 1, or axis 0 for 1-d tensors. */
    public static Tensor hstack(Tensor... tensors) {
        return Join.hstack(tensors);
    }

    /** Tensors of one shape joined along a new axis, like {@code np.stack}: k of (N, M) at axis 0 give (k, N, M). */
    public static Tensor stack(int axis, Tensor... tensors) {
        return Join.stack(axis, tensors);
    }

    // ------------------------------------------------------------------ arithmetic (broadcasting)

    /** this + other, broadcast like numpy. */
    public Tensor add(Tensor other) {
        return Broadcast.apply(BinaryOp.ADD, this, other);
    }

    /** this + c. */
    public Tensor add(double c) {
        return Broadcast.applyScalar(BinaryOp.ADD, this, c);
    }

    /** this - other, broadcast like numpy. */
    public Tensor sub(Tensor other) {
        return Broadcast.apply(BinaryOp.SUB, this, other);
    }

    /** this - c. */
    public Tensor sub(double c) {
        return Broadcast.applyScalar(BinaryOp.SUB, this, c);
    }

    /** c - this (numpy's {@code c - x}). */
    public Tensor rsub(double c) {
        return Broadcast.applyScalarLeft(BinaryOp.SUB, c, this);
    }

    /** this * other element-wise, broadcast like numpy (not a matrix product: see {@link #matmul}). */
    public Tensor mul(Tensor other) {
        return Broadcast.apply(BinaryOp.MUL, this, other);
    }

    /** this * c. */
    public Tensor mul(double c) {
        return Broadcast.applyScalar(BinaryOp.MUL, this, c);
    }

    /** this / other element-wise, broadcast like numpy; x / 0 gives inf or nan as in IEEE. */
    public Tensor div(Tensor other) {
        return Broadcast.apply(BinaryOp.DIV, this, other);
    }

    /** this / c. */
    public Tensor div(double c) {
        return Broadcast.applyScalar(BinaryOp.DIV, this, c);
    }

    /** c / this (numpy's {@code c / x}). */
    public Tensor rdiv(double c) {
        return Broadcast.applyScalarLeft(BinaryOp.DIV, c, this);
    }

    /** this ** p element-wise, like numpy's {@code x ** p} (p = 0.5 is sqrt, so (-inf) ** 0.5 is nan). */
    public Tensor pow(double p) {
        // numpy's fast paths for a scalar exponent, which fix the results at -0.0 and -inf
        if (p == 2.0) {
            return square();
        }
        if (p == 0.5) {
            return sqrt();
        }
        if (p == 1.0) {
            return copy();
        }
        if (p == -1.0) {
            return rdiv(1.0);
        }
        return Broadcast.applyScalar(BinaryOp.POW, this, p);
    }

    /** this ** other element-wise, broadcast like numpy. */
    public Tensor pow(Tensor other) {
        return Broadcast.apply(BinaryOp.POW, this, other);
    }

    /** The larger of this and other element-wise (nan wins), like {@code np.maximum}. */
    public Tensor maximum(Tensor other) {
        return Broadcast.apply(BinaryOp.MAXIMUM, this, other);
    }

    /** The larger of this and c element-wise, like {@code np.maximum(x, c)}. */
    public Tensor maximum(double c) {
        return Broadcast.applyScalar(BinaryOp.MAXIMUM, this, c);
    }

    /** The smaller of this and other element-wise (nan wins), like {@code np.minimum}. */
    public Tensor minimum(Tensor other) {
        return Broadcast.apply(BinaryOp.MINIMUM, this, other);
    }

    /** The smaller of this and c element-wise. */
    public Tensor minimum(double c) {
        return Broadcast.applyScalar(BinaryOp.MINIMUM, this, c);
    }

    /** Values limited to [lo, hi], like {@code np.clip(x, lo, hi)}; nan stays nan. */
    public Tensor clip(double lo, double hi) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.min(Math.max(data[i], lo), hi);
        }
        return new Tensor(d, shape.clone());
    }

    /** 1 where this == other, else 0 (broadcast). */
    public Tensor equal(Tensor other) {
        return Broadcast.apply(BinaryOp.EQUAL, this, other);
    }

    /** 1 where this == c, else 0. */
    public Tensor equal(double c) {
        return Broadcast.applyScalar(BinaryOp.EQUAL, this, c);
    }

    /** 1 where this != other, else 0 (broadcast). */
    public Tensor notEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.NOT_EQUAL, this, other);
    }

    /** 1 where this != c, else 0. */
    public Tensor notEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.NOT_EQUAL, this, c);
    }

    /** 1 where this &gt; other, else 0 (broadcast). */
    public Tensor greater(Tensor other) {
        return Broadcast.apply(BinaryOp.GREATER, this, other);
    }

    /** 1 where this &gt; c, else 0, e.g. {@code hypothesis.greater(0.5)} for "predicted". */
    public Tensor greater(double c) {
        return Broadcast.applyScalar(BinaryOp.GREATER, this, c);
    }

    /** 1 where this &gt;= other, else 0 (broadcast). */
    public Tensor greaterEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.GREATER_EQUAL, this, other);
    }

    /** 1 where this &gt;= c, else 0. */
    public Tensor greaterEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.GREATER_EQUAL, this, c);
    }

    /** 1 where this &lt; other, else 0 (broadcast). */
    public Tensor less(Tensor other) {
        return Broadcast.apply(BinaryOp.LESS, this, other);
    }

    /** 1 where this &lt; c, else 0. */
    public Tensor less(double c) {
        return Broadcast.applyScalar(BinaryOp.LESS, this, c);
    }

    /** 1 where this &lt;= other, else 0 (broadcast). */
    public Tensor lessEqual(Tensor other) {
        return Broadcast.apply(BinaryOp.LESS_EQUAL, this, other);
    }

    /** 1 where this &lt;= c, else 0. */
    public Tensor lessEqual(double c) {
        return Broadcast.applyScalar(BinaryOp.LESS_EQUAL, this, c);
    }

    /** a where cond is nonzero, else b; all three broadcast together, like {@code np.where(cond, a, b)}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        return Broadcast.where(cond, a, b);
    }

    /** The values repeated to the given shape by numpy's broadcasting rule, like {@code np.broadcast_to}. Copies. */
    public Tensor broadcastTo(int... target) {
        return Broadcast.to(this, target);
    }

    /** -this. */
    public Tensor neg() {
        return unary(UnaryOp.NEG);
    }

    /** this * this element-wise. */
    public Tensor square() {
        return unary(UnaryOp.SQUARE);
    }

    /** e ** x element-wise. */
    public Tensor exp() {
        return unary(UnaryOp.EXP);
    }

    /** The natural logarithm element-wise; log(0) = -inf, log of a negative = nan. */
    public Tensor log() {
        return unary(UnaryOp.LOG);
    }

    /** The square root element-wise; nan for negatives. */
    public Tensor sqrt() {
        return unary(UnaryOp.SQRT);
    }

    /** |x| element-wise. */
    public Tensor abs() {
        return unary(UnaryOp.ABS);
    }

    /** -1, 0 or 1 by the sign of each element (nan stays nan), like {@code np.sign}. */
    public Tensor sign() {
        return unary(UnaryOp.SIGN);
    }

    /** 1 / (1 + e ** -x) element-wise. */
    public Tensor sigmoid() {
        return unary(UnaryOp.SIGMOID);
    }

    /** tanh element-wise. */
    public Tensor tanh() {
        return unary(UnaryOp.TANH);
    }

    /** max(0, x) element-wise (nan stays nan). */
    public Tensor relu() {
        return unary(UnaryOp.RELU);
    }

    /**
     * ReLU's forward in one pass: returns max(0, x) element-wise, as {@link #relu()}, and writes the
     * mask [x &gt; 0] (1 or 0, as {@link #step()}) into {@code positive}, a tensor of this shape
     * whose values are overwritten; its backward is {@code dOut.mul(positive)}.
     */
    public Tensor relu(Tensor positive) {
        if (!Arrays.equals(shape, positive.shape)) {
            throw ShapeMismatchException.expected("relu", shape, positive.shape, Shapes.firstDifference(shape, positive.shape),
                    "relu: the mask of shape " + Shapes.str(positive.shape) + " must have the shape of x, "
                    + Shapes.str(shape));
        }
        double[] y = new double[data.length];
        Kernels.relu(data, y, positive.data, y.length);
        return new Tensor(y, shape.clone());
    }

    /** The step function: 1 where x &gt; 0, else 0. */
    public Tensor step() {
        return unary(UnaryOp.STEP);
    }

    /** The largest whole number not above each element, like {@code np.floor}. */
    public Tensor floor() {
        return unary(UnaryOp.FLOOR);
    }

    /** The smallest whole number not below each element, like {@code np.ceil}. */
    public Tensor ceil() {
        return unary(UnaryOp.CEIL);
    }

    /** Each element rounded to the nearest whole number, halves to even, like {@code np.round(x)}: 0.5 gives 0, 1.5 gives 2. */
    public Tensor round() {
        return unary(UnaryOp.RINT);
    }

    /** Each element rounded to {@code decimals} places like {@code np.round(x, decimals)}: rint(x * 10^d) / 10^d. */
    public Tensor round(int decimals) {
        if (decimals == 0) {
            return round();
        }
        double scale = Math.pow(10, Math.abs(decimals));
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = decimals > 0 ? Math.rint(data[i] * scale) / scale : Math.rint(data[i] / scale) * scale;
        }
        return new Tensor(d, shape.clone());
    }

    /** The sine element-wise (radians). */
    public Tensor sin() {
        return unary(UnaryOp.SIN);
    }

    /** The cosine element-wise (radians). */
    public Tensor cos() {
        return unary(UnaryOp.COS);
    }

    /** 1 where the element is nan, else 0, like {@code np.isnan}. */
    public Tensor isNan() {
        return map(v -> v != v ? 1.0 : 0.0);
    }

    /** 1 where the element is +inf or -inf, else 0, like {@code np.isinf}. */
    public Tensor isInf() {
        return map(v -> Double.isInfinite(v) ? 1.0 : 0.0);
    }

    /** 1 where the element is neither nan nor infinite, else 0, like {@code np.isfinite}. */
    public Tensor isFinite() {
        return map(v -> Double.isFinite(v) ? 1.0 : 0.0);
    }

    /** f applied to each element. */
    public Tensor map(DoubleUnaryOperator f) {
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = f.applyAsDouble(data[i]);
        }
        return new Tensor(d, shape.clone());
    }

    private Tensor unary(UnaryOp op) {
        double[] d = new double[data.length];
        op.run(data, d, d.length);
        return new Tensor(d, shape.clone());
    }

    // ------------------------------------------------------------------ in place

    /** this := this + other (other broadcast to this shape); returns this. */
    public Tensor addInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.ADD, "addInPlace", this, other);
        return this;
    }

    /** this := this + c; returns this. */
    public Tensor addInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.ADD, this, c);
        return this;
    }

    /** this := this - other (other broadcast to this shape), e.g. {@code W.subInPlace(dW.mul(lr))}; returns this. */
    public Tensor subInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.SUB, "subInPlace", this, other);
        return this;
    }

    /** this := this - c; returns this. */
    public Tensor subInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.SUB, this, c);
        return this;
    }

    /** this := this * other (other broadcast to this shape); returns this. */
    public Tensor mulInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.MUL, "mulInPlace", this, other);
        return this;
    }

    /** this := this * c; returns this. */
    public Tensor mulInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.MUL, this, c);
        return this;
    }

    /** this := this / other (other broadcast to this shape); returns this. */
    public Tensor divInPlace(Tensor other) {
        Broadcast.applyInPlace(BinaryOp.DIV, "divInPlace", this, other);
        return this;
    }

    /** this := this / c; returns this. */
    public Tensor divInPlace(double c) {
        Broadcast.applyScalarInPlace(BinaryOp.DIV, this, c);
        return this;
    }

    /** Every element := value; returns this. */
    public Tensor fill(double value) {
        Arrays.fill(data, value);
        return this;
    }

    /** Copies the values of {@code other}, which must have this shape; returns this. */
    public Tensor assign(Tensor other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw ShapeMismatchException.expected("assign", shape, other.shape, Shapes.firstDifference(shape, other.shape), "assign: "
                    + "cannot copy values of shape " + Shapes.str(other.shape) + " into a tensor of shape "
                    + Shapes.str(shape));
        }
        System.arraycopy(other.data, 0, data, 0, data.length);
        return this;
    }

    // ------------------------------------------------------------------ reductions

    /** The sum of all elements (numpy's pairwise order), rank 0. */
    public Tensor sum() {
        return Reduce.all(Reduce.Kind.SUM, this);
    }

    /** The sums along one axis, which is removed; negative axes count from the end. */
    public Tensor sum(int axis) {
        return sum(axis, false);
    }

    /** The sums along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor sum(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.SUM, this, axis, keepDims);
    }

    /** The sums over several axes, which are removed, like {@code np.sum(x, axis=(1, 2))}. */
    public Tensor sum(int[] axes) {
        return sum(axes, false);
    }

    /** The sums over several axes, kept with length 1 if {@code keepDims} ({@code np.sum(x, (1, 2), keepdims=True)}). */
    public Tensor sum(int[] axes, boolean keepDims) {
        return Reduce.over(Reduce.Kind.SUM, this, axes, keepDims);
    }

    /** The mean of all elements, rank 0 (nan for an empty tensor). */
    public Tensor mean() {
        return scalar(sum().data[0] / data.length);
    }

    /** The means along one axis, which is removed. */
    public Tensor mean(int axis) {
        return mean(axis, false);
    }

    /** The means along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor mean(int axis, boolean keepDims) {
        Tensor s = sum(axis, keepDims);
        int n = shape[Shapes.axis("mean", axis, shape)];
        for (int i = 0; i < s.data.length; i++) {
            s.data[i] = s.data[i] / n;
        }
        return s;
    }

    /** The means over several axes, which are removed, like {@code np.mean(x, axis=(1, 2))}. */
    public Tensor mean(int[] axes) {
        return mean(axes, false);
    }

    /** The means over several axes, kept with length 1 if {@code keepDims}. */
    public Tensor mean(int[] axes, boolean keepDims) {
        return Reduce.meanOver(this, axes, keepDims);
    }

    /** The largest element, rank 0 (nan if any is nan). */
    public Tensor max() {
        return Reduce.all(Reduce.Kind.MAX, this);
    }

    /** The largest elements along one axis, which is removed. */
    public Tensor max(int axis) {
        return max(axis, false);
    }

    /** The largest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor max(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.MAX, this, axis, keepDims);
    }

    /** The largest elements over several axes, kept with length 1 if {@code keepDims} ({@code np.max(x, (1, 2))}). */
    public Tensor max(int[] axes, boolean keepDims) {
        return Reduce.over(Reduce.Kind.MAX, this, axes, keepDims);
    }

    /** The smallest element, rank 0 (nan if any is nan). */
    public Tensor min() {
        return Reduce.all(Reduce.Kind.MIN, this);
    }

    /** The smallest elements along one axis, which is removed. */
    public Tensor min(int axis) {
        return min(axis, false);
    }

    /** The smallest elements along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor min(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.MIN, this, axis, keepDims);
    }

    /** The smallest elements over several axes, kept with length 1 if {@code keepDims} ({@code np.min(x, (1, 2))}). */
    public Tensor min(int[] axes, boolean keepDims) {
        return Reduce.over(Reduce.Kind.MIN, this, axes, keepDims);
    }

    /** The product of all elements, rank 0 (1 for an empty tensor). */
    public Tensor prod() {
        return Reduce.all(Reduce.Kind.PROD, this);
    }

    /** The products along one axis, which is removed. */
    public Tensor prod(int axis) {
        return prod(axis, false);
    }

    /** The products along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor prod(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.PROD, this, axis, keepDims);
    }

    /** The population variance of all elements (numpy's default ddof = 0), rank 0. */
    public Tensor var() {
        double m = mean().data[0];
        Tensor d = sub(m);
        return scalar(d.mul(d).sum().data[0] / data.length);
    }

    /** The population variance along one axis, which is removed. */
    public Tensor var(int axis) {
        return var(axis, false);
    }

    /** The population variance along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor var(int axis, boolean keepDims) {
        Tensor m = mean(axis, true);
        Tensor d = sub(m);
        return d.mul(d).mean(axis, keepDims);
    }

    /** The population standard deviation of all elements, rank 0. */
    public Tensor std() {
        return var().sqrt();
    }

    /** The population standard deviation along one axis, which is removed. */
    public Tensor std(int axis) {
        return var(axis, false).sqrt();
    }

    /** The population standard deviation along one axis, kept with length 1 if {@code keepDims}. */
    public Tensor std(int axis, boolean keepDims) {
        return var(axis, keepDims).sqrt();
    }

    /** The flat index of the largest element (first one on ties, first nan wins), rank 0. */
    public Tensor argmax() {
        return Reduce.all(Reduce.Kind.ARGMAX, this);
    }

    /** The index of the largest element along an axis (ties: first index), like {@code np.argmax(y, axis)}. */
    public Tensor argmax(int axis) {
        return Reduce.along(Reduce.Kind.ARGMAX, this, axis, false);
    }

    /** Same as {@link #argmax(int)}, keeping the axis with length 1 if {@code keepDims}. */
    public Tensor argmax(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.ARGMAX, this, axis, keepDims);
    }

    /** The flat index of the smallest element (first one on ties), rank 0. */
    public Tensor argmin() {
        return Reduce.all(Reduce.Kind.ARGMIN, this);
    }

    /** The index of the smallest element along an axis (ties: first index). */
    public Tensor argmin(int axis) {
        return Reduce.along(Reduce.Kind.ARGMIN, this, axis, false);
    }

    /** Same as {@link #argmin(int)}, keeping the axis with length 1 if {@code keepDims}. */
    public Tensor argmin(int axis, boolean keepDims) {
        return Reduce.along(Reduce.Kind.ARGMIN, this, axis, keepDims);
    }

    // ------------------------------------------------------------------ labels

    /**
     * One-hot rows: the result has shape labels.shape + (classes,), as {@code tf.one_hot}, so labels of
     * shape (101, 1) give (101, 1, 7) (reshape to (101, 7) as the lecture does). A label outside
     * [0, classes) or not a whole number is an error naming its row and value (labels 1..7 with 7
     * classes would otherwise train on wrong targets without a word); {@link #oneHotOrZeros} keeps
     * TensorFlow's rule of an all-zero row.
     */
    public static Tensor oneHot(Tensor labels, int classes) {
        return Labels.oneHot(labels, classes, true);
    }

    /**
     * {@code tf.one_hot}'s exact rule: like {@link #oneHot}, but a label outside [0, classes) gives a
     * row of zeros instead of an error.
     */
    public static Tensor oneHotOrZeros(Tensor labels, int classes) {
        return Labels.oneHot(labels, classes, false);
    }

    /** The distinct values in ascending order, shape (k,), like {@code np.unique(x)} (one nan, last). */
    public Tensor unique() {
        return Labels.unique(this);
    }

    // ------------------------------------------------------------------ linear algebra

    /**
     * The matrix product with numpy's {@code @} rules: (N, K) @ (K, M) gives (N, M); a 1-d left
     * operand is a row, a 1-d right operand a column (the added axis is removed again); leading
     * batch axes broadcast, (B, N, K) @ (K, M) gives (B, N, M).
     */
    public Tensor matmul(Tensor other) {
        return MatMul.matmul(this, other);
    }

    /**
     * {@code this.matmul(w).add(b)} in one pass, with the same bits: x of shape (N, in), W of shape
     * (in, out), b of shape (out,), result (N, out) — a fully connected layer's x·W + b, TF's
     * {@code tf.matmul(X, W) + b}, PyTorch's {@code torch.addmm(b, x, W)}. b is added to each sum
     * once it is complete, as the two-step version does, so only the extra pass over the product
     * is saved. Other shapes fall back to {@code matmul(w).add(b)}.
     */
    public Tensor matmulAdd(Tensor w, Tensor b) {
        return MatMul.matmulAdd(this, w, b);
    }

    /**
     * this^T @ other without copying the transpose (BLAS reads it in place): {@code x.transposedMatmul(dOut)}
     * equals {@code x.T().matmul(dOut)}, x of shape (N, in) and dOut of shape (N, out) giving dW of
     * shape (in, out); TensorFlow's {@code tf.matmul(x, dOut, transpose_a=True)}. For ranks other than
     * 2 the last two axes of this are swapped (a 1-d tensor is its own transpose).
     */
    public Tensor transposedMatmul(Tensor other) {
        return MatMul.matmul(this, other, true, false);
    }

    /**
     * this @ other^T without copying the transpose (BLAS reads it in place): {@code dOut.matmulTransposed(W)}
     * equals {@code dOut.matmul(W.T())}, dOut of shape (N, out) and W of shape (in, out) giving dX of
     * shape (N, in); TensorFlow's {@code tf.matmul(dOut, W, transpose_b=True)}. For ranks other than 2
     * the last two axes of other are swapped (a 1-d tensor is its own transpose).
     */
    public Tensor matmulTransposed(Tensor other) {
        return MatMul.matmul(this, other, false, true);
    }

    /** numpy's {@code np.dot}: inner product of 1-d tensors, matrix product of 2-d ones, product with a scalar. */
    public Tensor dot(Tensor other) {
        return MatMul.dot(this, other);
    }

    /** The outer product of the flattened tensors: (n,) and (m,) give (n, m), like {@code np.outer}. */
    public Tensor outer(Tensor other) {
        return MatMul.outer(this, other);
    }

    /** The BLAS that large matrix products go to, e.g. "OpenBLAS (native)", or "java" for plain Java loops. */
    public static String backend() {
        return Gemm.backend();
    }

    // ------------------------------------------------------------------ comparison

    /**
     * True if the shapes are equal and every |this - other| &lt;= 1e-8 + 1e-5 * |other|: numpy's
     * {@code np.allclose(a, b)} with its default tolerances. nan is never close.
     */
    public boolean allClose(Tensor other) {
        return allClose(other, 1e-5, 1e-8);
    }

    /**
     * True if the shapes are equal and every |this - other| &lt;= atol + rtol * |other|, in numpy's
     * argument order {@code np.allclose(a, b, rtol, atol)}. nan is never close; equal infinities are.
     */
    public boolean allClose(Tensor other, double rtol, double atol) {
        if (!Arrays.equals(shape, other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = other.data[i];
            if (a == b) {
                continue;
            }
            if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the shapes are equal and every |this - other| &lt;= atol, an absolute tolerance only:
     * {@code np.allclose(a, b, rtol=0, atol=atol)}, e.g. {@code dW.allWithin(numericalDW, 1e-7)}.
     */
    public boolean allWithin(Tensor other, double atol) {
        return allClose(other, 0.0, atol);
    }

    /** Equal shapes and equal values ({@code Double.equals} semantics: nan equals nan, 0.0 differs from -0.0). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tensor)) {
            return false;
        }
        Tensor t = (Tensor) o;
        return Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    /**
     * A hash of the shape only, consistent with {@link #equals}: the values are left out because the
     * in-place methods change them, which would lose the tensor inside a {@code HashMap} or {@code HashSet}.
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(shape);
    }

    /** numpy's printout, e.g. {@code [[1. 0.]\n [0. 1.]]}; more than 1000 elements are summarised with "...". */
    @Override
    public String toString() {
        return TensorFormat.format(this);
    }
}
