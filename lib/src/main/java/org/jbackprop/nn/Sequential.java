package org.jbackprop.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.Stop;

/**
 * Layers applied one after another (PyTorch's {@code nn.Sequential}): forward runs them first to
 * last, backward runs their backward passes last to first, feeding each the previous one's dX.
 *
 * <pre>{@code
 * Sequential model = new Sequential(new Linear(1, 10, rng), new ReLU(), new Linear(10, 6, rng),
 *         new ReLU(), new Linear(6, 1, rng));
 * }</pre>
 */
public final class Sequential implements Layer {

    private final List<Layer> layers;
    private boolean forwardDone;

    /** The given layers, in order. */
    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    /** The given layers, in order. */
    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        this.layers = Collections.unmodifiableList(new ArrayList<>(layers));
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The i-th layer. */
    public Layer layer(int i) {
        return layers.get(i);
    }

    /** x through every layer; the output of the last. */
    @Override
    public Tensor forward(Tensor x) {
        Stop.check("Sequential.forward");
        Tensor out = x;
        for (Layer l : layers) {
            out = l.forward(out);
        }
        forwardDone = true;
        return out;
    }

    /** dOut through every layer's backward, last to first; returns dX of the first. */
    @Override
    public Tensor backward(Tensor dOut) {
        if (!forwardDone) {
            throw new IllegalStateException("Sequential.backward called before forward");
        }
        Tensor d = dOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            d = layers.get(i).backward(d);
        }
        return d;
    }

    /** Every layer's parameters, first layer first. */
    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (Layer l : layers) {
            out.addAll(l.parameters());
        }
        return Collections.unmodifiableList(out);
    }

    /** Parameters named by layer index and name, e.g. "0.W", "0.b", "2.W". */
    @Override
    public Map<String, Parameter> namedParameters() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Map.Entry<String, Parameter> e : layers.get(i).namedParameters().entrySet()) {
                out.put(i + "." + e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** E.g. {@code Sequential(Linear(1→10), ReLU, Linear(10→1))}. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Layer l : layers) {
            names.add(l.toString());
        }
        return "Sequential(" + String.join(", ", names) + ")";
    }
}
