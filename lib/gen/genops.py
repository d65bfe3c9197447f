# Regenerates BinaryOp.java and UnaryOp.java; run from lib/: python3 gen/genops.py
binary = [
 ("ADD","add","x + y"),("SUB","sub","x - y"),("MUL","mul","x * y"),("DIV","div","x / y"),
 ("POW","pow","Math.pow(x, y)"),("MAXIMUM","maximum","Math.max(x, y)"),("MINIMUM","minimum","Math.min(x, y)"),
 ("EQUAL","equal","x == y ? 1.0 : 0.0"),("NOT_EQUAL","notEqual","x != y ? 1.0 : 0.0"),
 ("GREATER","greater","x > y ? 1.0 : 0.0"),("GREATER_EQUAL","greaterEqual","x >= y ? 1.0 : 0.0"),
 ("LESS","less","x < y ? 1.0 : 0.0"),("LESS_EQUAL","lessEqual","x <= y ? 1.0 : 0.0"),
]
out = []
out.append('''package org.jbackprop.tensor;

/**
 * Element-wise binary operations, each with its own tight loops so that the JIT can inline and
 * vectorise them: contiguous/contiguous, contiguous/scalar, scalar/contiguous and strided.
 *
 * <p>Generated once by hand from a template (one loop set per operation); edit all alike.
 */
enum BinaryOp {
''')
for i,(c,name,expr) in enumerate(binary):
    def e(x,y): return "(" + expr.replace("x", "\u0001").replace("y", y).replace("\u0001", x) + ")"
    # careful: 'Math.max' contains 'x'; handle by tokens
    import re
    def sub(x,y):
        s = re.sub(r'\bx\b', '\u0001', expr)
        s = re.sub(r'\by\b', '\u0002', s)
        return s.replace('\u0001', x).replace('\u0002', y)
    out.append(f'''    {c}("{name}") {{
        @Override
        double apply(double x, double y) {{
            return {sub("x","y")};
        }}

        @Override
        void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n) {{
            if (as == 1 && bs == 1) {{
                for (int i = 0; i < n; i++) {{
                    o[oo + i] = {sub("a[ao + i]","b[bo + i]")};
                }}
            }} else if (as == 1 && bs == 0) {{
                double y = b[bo];
                for (int i = 0; i < n; i++) {{
                    o[oo + i] = {sub("a[ao + i]","y")};
                }}
            }} else if (as == 0 && bs == 1) {{
                double x = a[ao];
                for (int i = 0; i < n; i++) {{
                    o[oo + i] = {sub("x","b[bo + i]")};
                }}
            }} else {{
                for (int i = 0; i < n; i++) {{
                    o[oo + i] = {sub("a[ao + i * as]","b[bo + i * bs]")};
                }}
            }}
        }}

        @Override
        void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                   double[] o, int oo, int rows, int n) {{
            for (int r = 0; r < rows; r++) {{
                int ar = ao + r * as0;
                int br = bo + r * bs0;
                int or = oo + r * n;
                if (as1 == 1 && bs1 == 1) {{
                    for (int i = 0; i < n; i++) {{
                        o[or + i] = {sub("a[ar + i]","b[br + i]")};
                    }}
                }} else if (as1 == 1 && bs1 == 0) {{
                    double y = b[br];
                    for (int i = 0; i < n; i++) {{
                        o[or + i] = {sub("a[ar + i]","y")};
                    }}
                }} else if (as1 == 0 && bs1 == 1) {{
                    double x = a[ar];
                    for (int i = 0; i < n; i++) {{
                        o[or + i] = {sub("x","b[br + i]")};
                    }}
                }} else {{
                    for (int i = 0; i < n; i++) {{
                        o[or + i] = {sub("a[ar + i * as1]","b[br + i * bs1]")};
                    }}
                }}
            }}
        }}
    }}{"," if i < len(binary)-1 else ";"}
''')
out.append('''
    private final String opName;

    BinaryOp(String opName) {
        this.opName = opName;
    }

    /** The public method's name, used in error messages. */
    String opName() {
        return opName;
    }

    /** The operation on one pair of values. */
    abstract double apply(double x, double y);

    /**
     * o[oo + i] = a[ao + i*as] op b[bo + i*bs] for i in [0, n); strides are 0 (broadcast) or more.
     */
    abstract void run(double[] a, int ao, int as, double[] b, int bo, int bs, double[] o, int oo, int n);

    /**
     * {@link #run} for {@code rows} consecutive output rows of length n in one call:
     * o[oo + r*n + i] = a[ao + r*as0 + i*as1] op b[bo + r*bs0 + i*bs1]. One virtual call per
     * block instead of one per row keeps row and column broadcasts, e.g. (101, 7) + (7,), fast.
     */
    abstract void run2d(double[] a, int ao, int as0, int as1, double[] b, int bo, int bs0, int bs1,
                        double[] o, int oo, int rows, int n);
}
''')
open("src/main/java/org/jbackprop/tensor/BinaryOp.java","w").write("".join(out))

unary = [
 ("NEG","neg","-x"),("SQUARE","square","x * x"),("EXP","exp","Math.exp(x)"),("LOG","log","Math.log(x)"),
 ("SQRT","sqrt","Math.sqrt(x)"),("ABS","abs","Math.abs(x)"),
 ("SIGN","sign","x > 0 ? 1.0 : x < 0 ? -1.0 : x == 0 ? 0.0 : x"),
 ("SIGMOID","sigmoid","1.0 / (1.0 + Math.exp(-x))"),("TANH","tanh","Math.tanh(x)"),
 ("RELU","relu","Math.max(0.0, x)"),("STEP","step","x > 0 ? 1.0 : 0.0"),
 ("FLOOR","floor","Math.floor(x)"),("CEIL","ceil","Math.ceil(x)"),("RINT","round","Math.rint(x)"),
 ("SIN","sin","Math.sin(x)"),("COS","cos","Math.cos(x)"),
]
out=['''package org.jbackprop.tensor;

/**
 * Element-wise unary operations, each with its own loop so that the JIT can inline it.
 *
 * <p>Generated once by hand from a template (one loop per operation); edit all alike.
 */
enum UnaryOp {
''']
import re
# Transcendentals stay scalar Math calls: HotSpot gives Math.exp the same bits in the interpreter and
# in compiled code, while the Vector API's EXP switches from a Java fallback to SVML once C2 compiles
# it, so the same notebook printed different last digits from run to run.
for i,(c,name,expr) in enumerate(unary):
    s = re.sub(r'\bx\b', 'v', expr)
    out.append(f'''    {c}("{name}") {{
        @Override
        void run(double[] in, double[] out, int n) {{
            for (int i = 0; i < n; i++) {{
                double v = in[i];
                out[i] = {s};
            }}
        }}
    }}{"," if i < len(unary)-1 else ";"}
''')
out.append('''
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
''')
open("src/main/java/org/jbackprop/tensor/UnaryOp.java","w").write("".join(out))
