package org.jbackprop.train;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The record of one training run: for each metric ("loss", "accuracy", ...) the values logged
 * at each step, in the order they were logged. A notebook renders it as a chart.
 *
 * <p>Steps and values are kept in plain {@code int} and {@code double} arrays (12 bytes a point,
 * where lists of boxed numbers took about 50), so that a loop logging every step for minutes does
 * not fill the kernel's heap.
 */
public final class History {

    /** Told after every {@link #record}; the notebook's live view listens here. */
    public interface Listener {
        /** Called after {@code history} logged {@code values} at {@code step}. */
        void recorded(History history, int step, Map<String, Double> values);
    }

    private final String name;
    private int size;
    private int[] steps = new int[16];
    private final Map<String, Column> series = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String firstNonFinite;

    /** An empty history named e.g. "lr = 0.1"; the name becomes the chart's legend entry. */
    public History(String name) {
        this.name = name;
    }

    /** An empty history named "run". */
    public History() {
        this("run");
    }

    /** The run's name. */
    public String name() {
        return name;
    }

    /** Logs one metric at a step, e.g. {@code record(100, "loss", 0.69)}. */
    public History record(int step, String metric, double value) {
        return record(step, Map.of(metric, value));
    }

    /** Logs two metrics at the same step, e.g. {@code record(step, "loss", loss, "accuracy", acc)}. */
    public History record(int step, String metric1, double value1, String metric2, double value2) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(metric1, value1);
        values.put(metric2, value2);
        return record(step, values);
    }

    /**
     * Logs several metrics at the same step; metrics not given stay NaN at this step. A NaN or infinite
     * value is recorded and shown to the listeners, then stops the loop with a
     * {@link NonFiniteMetricException} naming the step, the metric and the value (a diverged loss never
     * recovers; training on would only fill the weights with NaN). A pressed stop button ends the loop
     * here with a {@link TrainingInterruptedException}, before anything is recorded. A new metric
     * takes its place in the order of a {@code LinkedHashMap} or {@code SortedMap}; from any other map
     * (e.g. {@code Map.of}, whose order changes from run to run) in alphabetical order, so charts and
     * printouts are the same on every run.
     */
    public History record(int step, Map<String, Double> values) {
        Stop.check("History.record", step);
        if (values.size() > 1 && !(values instanceof LinkedHashMap) && !(values instanceof SortedMap)) {
            values = new TreeMap<>(values);
        }
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, 2 * size);
            for (Column column : series.values()) {
                column.data = Arrays.copyOf(column.data, 2 * size);
            }
        }
        steps[size] = step;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Column column = series.computeIfAbsent(e.getKey(), k -> new Column(steps.length, size));
            Double v = e.getValue();
            column.data[size] = v == null ? Double.NaN : v;
        }
        for (Map.Entry<String, Column> e : series.entrySet()) {
            if (!values.containsKey(e.getKey())) {
                e.getValue().data[size] = Double.NaN;
            }
        }
        size++;
        NonFiniteMetricException problem = null;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double v = e.getValue();
            if (v != null && !Double.isFinite(v)) {
                problem = new NonFiniteMetricException(name, step, e.getKey(), v);
                if (firstNonFinite == null) {
                    firstNonFinite = e.getKey() + " is " + v + " at step " + step;
                }
                break;
            }
        }
        for (Listener l : listeners) {
            l.recorded(this, step, values);
        }
        if (problem != null) {
            throw problem;
        }
        return this;
    }

    /** The logged steps, in order (a read-only view that grows as steps are logged). */
    public List<Integer> steps() {
        return new View<>() {
            @Override
            public Integer get(int i) {
                return steps[Objects.checkIndex(i, size)];
            }
        };
    }

    /** The names of the recorded metrics, in first-logged order. */
    public List<String> metrics() {
        return List.copyOf(series.keySet());
    }

    /**
     * The values of one metric, aligned with {@link #steps()}; NaN where it was not logged (a
     * read-only view that grows as steps are logged).
     */
    public List<Double> values(String metric) {
        Column column = series.get(metric);
        if (column == null) {
            throw new IllegalArgumentException("History '" + name + "' has no metric '" + metric
                    + "'; it has " + series.keySet());
        }
        return new View<>() {
            @Override
            public Double get(int i) {
                return column.data[Objects.checkIndex(i, size)];
            }
        };
    }

    /** The last logged value of a metric. */
    public double last(String metric) {
        List<Double> s = values(metric);   // a metric exists only once it has a value
        return s.get(s.size() - 1);
    }

    /**
     * The first non-finite value logged, e.g. {@code "loss is Infinity at step 93"}, or null if every
     * value was finite.
     */
    public String firstNonFinite() {
        return firstNonFinite;
    }

    /** The number of logged steps. */
    public int size() {
        return size;
    }

    /** Adds a listener told after every record. */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("History '" + name + "': " + size + " steps");
        for (String m : series.keySet()) {
            sb.append(", ").append(m).append(' ').append(size == 0 ? "-" : last(m));
        }
        return sb.toString();
    }

    /** One metric's values, one per logged step; the array grows with {@link #steps}. */
    private static final class Column {
        double[] data;

        Column(int capacity, int notLogged) {
            data = new double[capacity];
            Arrays.fill(data, 0, notLogged, Double.NaN); // not logged at the earlier steps
        }
    }

    /** A read-only list over this history's arrays, as long as the history is at the time of each call. */
    private abstract class View<T> extends AbstractList<T> implements RandomAccess {
        @Override
        public int size() {
            return size;
        }
    }
}
