package org.jbackprop.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbackprop.autograd.Variable;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.nn.Linear;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.ReLU;
import org.jbackprop.nn.Sequential;
import org.jbackprop.nn.Sigmoid;
import org.jbackprop.nn.loss.BinaryCrossEntropy;
import org.jbackprop.nn.loss.HalfSquaredError;
import org.jbackprop.nn.loss.L1Loss;
import org.jbackprop.optim.SGD;
import org.jbackprop.tensor.Tensor;

/**
 * The Java side of lib/bench/lectures.py: the lecture workloads written as a student writes them with
 * jbackprop. Reads lines {@code NAME STEPS} on stdin; for each, builds the workload's start state
 * (the same numbers lectures.py builds for numpy, from {@link #start}), times STEPS steps and prints
 * {@code NANOS_PER_STEP CHECKSUM}, the checksum summing the state the steps produced.
 */
public final class LectureBench {

    private LectureBench() {
    }

    /** The shared start: value number i, in [-0.5, 0.5), computed exactly alike in Java and Python. */
    static double start(int i) {
        return ((i * 7919L + 13) % 2003) / 2003.0 - 0.5;
    }

    static Tensor fill(int offset, double scale, int... shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = start(offset + i) * scale;
        }
        return Tensor.of(d).reshape(shape);
    }

    /** One workload: {@link #step()} advances it, {@link #checksum()} sums its state. */
    interface Workload {
        void step();

        double checksum();
    }

    static final Tensor XOR_X = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final Tensor XOR_Y = Tensor.of(new double[][] {{0}, {1}, {1}, {0}});

    static Workload make(String name) {
        switch (name) {
            case "zoo": return zoo();
            case "xor221-layers": return xorLayers(2, 2, 1);
            case "xor221-autograd": return xorAutograd(2, 2, 1);
            case "xordeep-layers": return xorLayers(2, 10, 10, 10, 1);
            case "xordeep-autograd": return xorAutograd(2, 10, 10, 10, 1);
            case "mazur": return mazur();
            case "nb11": return nb11();
            case "cs231n-graph": return cs231n();
            case "matmul64": return matmul(64);
            case "matmul256": return matmul(256);
            case "matmul1024": return matmul(1024);
            case "exp707": return exp(707);
            case "exp1e6": return exp(1_000_000);
            default: throw new IllegalArgumentException("unknown workload " + name);
        }
    }

    static double sum(Tensor... ts) {
        double s = 0;
        for (Tensor t : ts) {
            s += t.sum().item();
        }
        return s;
    }

    /** lab-09-7: X (101, 16) of 0/1, one-hot Y (101, 7), the lecture's hand-written gradients. */
    static Workload zoo() {
        Tensor x = fill(0, 1, 101, 16).greater(0.0);
        double[] classes = new double[101];
        for (int i = 0; i < 101; i++) {
            classes[i] = i % 7;
        }
        Tensor y = Tensor.oneHot(Tensor.of(classes), 7);
        Tensor w = fill(5000, 2, 16, 7);
        Tensor b = fill(6000, 2, 7);
        return new Workload() {
            Tensor sigma(Tensor v) {
                return v.sigmoid();
            }

            Tensor sigmaPrime(Tensor v) {
                return sigma(v).mul(sigma(v).rsub(1.0));
            }

            @Override
            public void step() {
                Tensor layer1 = x.matmul(w).add(b);
                Tensor yPred = sigma(layer1);
                Tensor dLoss = yPred.sub(y).div(yPred.mul(yPred.rsub(1.0)).add(1e-7));
                Tensor dLayer = dLoss.mul(sigmaPrime(layer1));
                Tensor dW = x.transposedMatmul(dLayer);
                w.subInPlace(dW.mul(0.01));
                b.subInPlace(0.01 * dLayer.sum().item());
            }

            @Override
            public double checksum() {
                return sum(w, b);
            }
        };
    }

    static List<Linear> linears(int... sizes) {
        List<Linear> layers = new ArrayList<>();
        for (int k = 1; k < sizes.length; k++) {
            layers.add(new Linear(fill(100 * k, 2, sizes[k - 1], sizes[k]), fill(100 * k + 50, 2, sizes[k])));
        }
        return layers;
    }

    /** lab-09-1/2: sigmoid layers, mean binary cross-entropy, GD(0.1), on the four XOR points. */
    static Workload xorLayers(int... sizes) {
        List<Linear> linears = linears(sizes);
        List<org.jbackprop.nn.Layer> layers = new ArrayList<>();
        for (Linear l : linears) {
            layers.add(l);
            layers.add(new Sigmoid());
        }
        Sequential model = new Sequential(layers);
        BinaryCrossEntropy loss = BinaryCrossEntropy.mean();
        SGD sgd = new SGD(model.parameters(), 0.1);
        return new Workload() {
            @Override
            public void step() {
                sgd.zeroGrad();
                loss.forward(model.forward(XOR_X), XOR_Y);
                model.backward(loss.backward());
                sgd.step();
            }

            @Override
            public double checksum() {
                return sumOfValues(model.parameters());
            }
        };
    }

    /** The same network and loss, written with autograd Variables as notebook 06 does. */
    static Workload xorAutograd(int... sizes) {
        List<Variable> params = new ArrayList<>();
        for (Linear l : linears(sizes)) {
            params.add(Variable.parameter("W", l.weight().value()));
            params.add(Variable.parameter("b", l.bias().value()));
        }
        List<Parameter> ps = new ArrayList<>();
        for (Variable v : params) {
            ps.add(v.parameter());
        }
        SGD sgd = new SGD(ps, 0.1);
        Variable x = Variable.constant(XOR_X);
        return new Workload() {
            @Override
            public void step() {
                Variable layer = x;
                for (int k = 0; k < params.size(); k += 2) {
                    layer = layer.matmul(params.get(k)).add(params.get(k + 1)).sigmoid();
                }
                Variable cost = layer.log().mul(XOR_Y).add(layer.rsub(1).log().mul(XOR_Y.rsub(1))).mean().neg();
                sgd.zeroGrad();
                cost.backward();
                sgd.step();
            }

            @Override
            public double checksum() {
                double s = 0;
                for (Parameter p : ps) {
                    s += p.value().sum().item();
                }
                return s;
            }
        };
    }

    /** Mazur's 2-2-2 network: one forward, backward and update of the weights (biases fixed). */
    static Workload mazur() {
        Linear hidden = new Linear(Tensor.of(new double[][] {{.15, .25}, {.20, .30}}), Tensor.of(.35, .35));
        Linear output = new Linear(Tensor.of(new double[][] {{.40, .50}, {.45, .55}}), Tensor.of(.60, .60));
        Sequential network = new Sequential(hidden, new Sigmoid(), output, new Sigmoid());
        HalfSquaredError error = new HalfSquaredError();
        SGD sgd = new SGD(List.of(hidden.weight(), output.weight()), 0.5);
        Tensor x = Tensor.of(new double[][] {{.05, .10}});
        Tensor t = Tensor.of(new double[][] {{.01, .99}});
        return new Workload() {
            @Override
            public void step() {
                sgd.zeroGrad();
                error.forward(network.forward(x), t);
                network.backward(error.backward(1.0));
                sgd.step();
            }

            @Override
            public double checksum() {
                return sum(hidden.weight().value(), output.weight().value());
            }
        };
    }

    /** NB11: 1-10-6-1 ReLU network, L1 loss, SGD(0.001), one epoch over the notebook's 1000 points. */
    static Workload nb11() {
        Tensor x = fill(9000, 30, 1000, 1);
        Tensor y = x.square().mul(8).add(x.mul(7)).add(3).add(fill(20000, 2, 1000, 1));
        List<Linear> l = linears(1, 10, 6, 1);
        Sequential model = new Sequential(l.get(0), new ReLU(), l.get(1), new ReLU(), l.get(2));
        L1Loss lossFunc = new L1Loss();
        SGD optimizer = new SGD(model.parameters(), 0.001);
        return new Workload() {
            @Override
            public void step() {
                Tensor out = model.forward(x);
                optimizer.zeroGrad();
                lossFunc.forward(out, y);
                model.backward(lossFunc.backward());
                optimizer.step();
            }

            @Override
            public double checksum() {
                return sumOfValues(model.parameters());
            }
        };
    }

    /** cs231n's sigmoid circuit f = 1 / (1 + e^−(w0 x0 + w1 x1 + w2)), gate by gate, built and backpropagated 1000 times per step. */
    static Workload cs231n() {
        double[] acc = new double[1];
        return new Workload() {
            @Override
            public void step() {
                for (int i = 0; i < 1000; i++) {
                    Graph g = new Graph();
                    Node w0 = g.input("w0", 2 + start(i));
                    Node x0 = g.input("x0", -1);
                    Node w1 = g.input("w1", -3);
                    Node x1 = g.input("x1", -2);
                    Node w2 = g.input("w2", -3);
                    // cs231n's gates, as micrograd builds them: *, +, neg, exp, +1, 1/x
                    Node f = g.reciprocal(g.add(g.exp(g.neg(g.add(g.add(g.mul(w0, x0), g.mul(w1, x1)), w2))), 1));
                    g.backward(f);
                    acc[0] += w0.grad() + x0.grad() + w1.grad() + x1.grad() + w2.grad();
                }
            }

            @Override
            public double checksum() {
                return acc[0];
            }
        };
    }

    static Workload matmul(int n) {
        Tensor a = fill(0, 2, n, n);
        Tensor b = fill(777, 2, n, n);
        Tensor[] c = new Tensor[1];
        return new Workload() {
            @Override
            public void step() {
                c[0] = a.matmul(b);
            }

            @Override
            public double checksum() {
                return c[0].sum().item();
            }
        };
    }

    static Workload exp(int n) {
        Tensor a = fill(0, 20, n);
        Tensor[] c = new Tensor[1];
        return new Workload() {
            @Override
            public void step() {
                c[0] = a.exp();
            }

            @Override
            public double checksum() {
                return c[0].sum().item();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("ready " + Tensor.backend());
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.trim().split("\\s+");
            Workload w = make(parts[0]);
            int steps = Integer.parseInt(parts[1]);
            long t0 = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                w.step();
            }
            long t1 = System.nanoTime();
            System.out.println(String.format(Locale.ROOT, "%.1f %.17g", (t1 - t0) / (double) steps, w.checksum()));
        }
    }

    /** The sum of every parameter's values: the state checksum the numpy side computes the same way. */
    static double sumOfValues(java.util.List<Parameter> parameters) {
        double s = 0;
        for (Parameter p : parameters) {
            s += p.value().sum().item();
        }
        return s;
    }
}
