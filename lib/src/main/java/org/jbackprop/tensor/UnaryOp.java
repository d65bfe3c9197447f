package org.jbackprop.tensor;

/**
 * Element-wise unary operations, each with its own loop so that the JIT can inline it.
 *
 * <p>Generated once by hand from a template (one loop per operation); edit all alike.
 */
enum UnaryOp {
    NEG("neg") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = -v;
            }
        }
    },
    SQUARE("square") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = v * v;
            }
        }
    },
    EXP("exp") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.exp(v);
            }
        }
    },
    LOG("log") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.log(v);
            }
        }
    },
    SQRT("sqrt") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.sqrt(v);
            }
        }
    },
    ABS("abs") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.abs(v);
            }
        }
    },
    SIGN("sign") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = v > 0 ? 1.0 : v < 0 ? -1.0 : v == 0 ? 0.0 : v;
            }
        }
    },
    SIGMOID("sigmoid") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = 1.0 / (1.0 + Math.exp(-v));
            }
        }
    },
    TANH("tanh") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.tanh(v);
            }
        }
    },
    RELU("relu") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.max(0.0, v);
            }
        }
    },
    STEP("step") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = v > 0 ? 1.0 : 0.0;
            }
        }
    },
    FLOOR("floor") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.floor(v);
            }
        }
    },
    CEIL("ceil") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.ceil(v);
            }
        }
    },
    RINT("round") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.rint(v);
            }
        }
    },
    SIN("sin") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.sin(v);
            }
        }
    },
    COS("cos") {
        @Override
        void run(double[] in, double[] out, int n) {
            for (int i = 0; i < n; i++) {
                double v = in[i];
                out[i] = Math.cos(v);
            }
        }
    };

    private final String opName;

    UnaryOp(String opName) {
        this.opName = opName;
    }

    /** The public method's name. */
    String opName() {
        return opName;
    }

    /** out[i] = op(in[i]) for i in [0, n); {@code out} may be {@code in}. */
    abstract void run(double[] in, double[] out, int n);
}
