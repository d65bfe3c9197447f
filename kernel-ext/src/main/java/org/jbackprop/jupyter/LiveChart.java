package org.jbackprop.jupyter;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jbackprop.jupyter.live.DisplaySink;
import org.jbackprop.jupyter.live.Painter;
import org.jbackprop.jupyter.live.Throttle;
import org.jbackprop.tensor.Significant;
import org.jbackprop.train.History;
import org.jbackprop.train.Stop;

/**
 * A training chart that redraws itself in place while the cell runs, with a progress line
 * ({@code step 1200  loss 0.3412  accuracy 0.875  2301 steps/s}) under it. It listens to its
 * histories and redraws at most a few times a second, so logging every step of a 10,000-step loop
 * costs next to nothing; {@link #close()} always draws the final state, which is what the saved
 * notebook keeps. Without a kernel (plain Java) it prints the progress line instead.
 *
 * <pre>{@code
 * try (LiveChart live = Live.chart(history)) {
 *     for (int step = 0; step <= 10_000; step++) {
 *         ...
 *         history.record(step, Map.of("loss", loss, "accuracy", acc));
 *     }
 * }
 * }</pre>
 */
public final class LiveChart implements AutoCloseable, History.Listener {

    /** The default shortest time between two redraws: at most four a second. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    private final List<History> runs;
    private final String metric;
    private final boolean withChart;
    private final DisplaySink sink;
    private final PrintStream console;
    private final LongSupplier clock;
    private Throttle throttle;
    private String chartId;
    private String progressId;
    private boolean logY;
    private String title;
    private int width = Charts.WIDTH;
    private int height = Charts.HEIGHT;
    private int totalSteps = -1;
    private History lastRun;
    private long firstStepNanos;
    private int firstStep;
    private boolean anyStep;
    private int redraws;
    private boolean closed;
    private final int stopsAtOpen = Stop.count();
    private boolean interrupted;
    private final Painter painter = new Painter();

    /**
     * A live view (use {@link Live}); shows its outputs at once.
     *
     * @param runs      the histories to follow (at least one)
     * @param metric    the metric to compare across runs, or null for every metric of a single run
     * @param withChart false for the progress line only
     * @param sink      the kernel's display, or null to print progress lines on {@code console}
     * @param console   where progress lines go without a kernel
     * @param clock     nanosecond clock, {@code System::nanoTime} outside tests
     */
    LiveChart(List<History> runs, String metric, boolean withChart, DisplaySink sink, PrintStream console,
              LongSupplier clock) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a live chart needs at least one History to follow");
        }
        this.runs = List.copyOf(runs);
        this.metric = metric;
        this.withChart = withChart;
        this.sink = sink;
        this.console = console;
        this.clock = clock;
        this.throttle = new Throttle(clock, DEFAULT_INTERVAL.toNanos());
        this.lastRun = this.runs.get(0);
        if (sink != null) {
            safely(() -> {
                if (withChart) {  // one line, no empty axes, until there is something to draw
                    chartId = sink.show(Map.of(Mime.TEXT_PLAIN, progressLine()), Map.of());
                }
                progressId = sink.show(Map.of(Mime.TEXT_PLAIN, withChart ? "" : progressLine()), Map.of());
            });
        }
        for (History h : this.runs) {
            h.addListener(this);
        }
    }

    /** Redraws at most once per {@code interval} (default 250 ms). */
    public synchronized LiveChart every(Duration interval) {
        this.throttle = new Throttle(clock, interval.toNanos());
        return this;
    }

    /** A logarithmic y axis (points at or below zero are left out). */
    public synchronized LiveChart logY() {
        this.logY = true;
        return this;
    }

    /** The chart's title. */
    public synchronized LiveChart title(String title) {
        this.title = title;
        return this;
    }

    /**
     * The number of steps the loop runs, for a loop that logs every k-th step but not its last
     * ({@code for (step = 0; step < 500; step++) if (step % 10 == 0) record(...)}): the final line
     * then says {@code done: 500 steps} rather than counting from the first logged step to the last (491).
     * A loop that ends early (stop button, NaN) still reports where it stopped.
     */
    public synchronized LiveChart steps(int total) {
        if (total < 0) {
            throw new IllegalArgumentException("steps must be 0 or more, got " + total);
        }
        this.totalSteps = total;
        return this;
    }

    /** The chart's size in pixels. */
    public synchronized LiveChart size(int width, int height) {
        Figure.checkSize(width, height);
        this.width = width;
        this.height = height;
        return this;
    }

    /** Called by the histories after each record: redraws when the throttle allows. */
    @Override
    public synchronized void recorded(History history, int step, Map<String, Double> values) {
        if (closed) {
            return;
        }
        lastRun = history;
        if (!anyStep) {
            anyStep = true;
            firstStep = step;
            firstStepNanos = clock.getAsLong();
        }
        if (throttle.ready() || !allFinite(values)) {   // a diverged loss is shown at the step it appears
            long start = throttle.now();
            redraw();
            throttle.drew(start);
        }
    }

    /** Draws the current state now, whatever the throttle says. */
    public synchronized void refresh() {
        redraw();
    }

    /**
     * Stops following the histories and draws the final state (once; later calls do nothing): the
     * chart {@link Charts#history} (or {@link Charts#compare}) draws and {@link #finalLine()}.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        interrupted = Stop.count() != stopsAtOpen || Thread.currentThread().isInterrupted()
                || (sink != null && sink.cellAnswered());
        for (History h : runs) {
            h.removeListener(this);
        }
        redraw();
        painter.close();
    }

    /** How many times the view has been redrawn (the first show not counted). */
    public synchronized int redraws() {
        return redraws;
    }

    /**
     * The progress line: the last logged step of the most recently updated run, its metrics, and
     * steps per second since the first step seen, e.g. {@code step 1200  loss 0.3412  2301 steps/s}.
     */
    public synchronized String progressLine() {
        History run = lastRun;
        if (run.size() == 0) {
            return (runs.size() > 1 ? run.name() + ": " : "") + "waiting for the first step";
        }
        int step = run.steps().get(run.size() - 1);
        StringBuilder sb = new StringBuilder();
        if (runs.size() > 1) {
            sb.append(run.name()).append(": ");
        }
        sb.append("step ").append(step);
        for (String m : run.metrics()) {
            sb.append("  ").append(m).append(' ').append(Significant.format(run.last(m), 4));
        }
        double seconds = (clock.getAsLong() - firstStepNanos) / 1e9;
        if (anyStep && seconds > 0 && step > firstStep) {
            sb.append("  ").append(Significant.format((step - firstStep) / seconds, 3)).append(" steps/s");
        }
        return sb.toString();
    }

    /**
     * The line shown after {@link #close()}, counting training steps (from the first logged step to
     * the last) and, when fewer, the points logged; no timing, so a re-executed notebook saves the
     * same output: {@code done: 10001 steps, loss 3.51e-05, 101 points logged} (one part per run,
     * {@code ; }-separated). A loop ended by the stop button says {@code interrupted at step N: ...};
     * one ended by a NaN or infinite value says {@code stopped at step N, loss is Infinity (...): ...}.
     */
    public synchronized String finalLine() {
        List<String> parts = new java.util.ArrayList<>();
        for (History run : runs) {
            StringBuilder sb = new StringBuilder();
            if (runs.size() > 1) {
                sb.append(run.name()).append(": ");
            }
            int points = run.size();
            int steps = points == 0 ? 0 : run.steps().get(points - 1) - run.steps().get(0) + 1;
            steps = Math.max(steps, points);
            if (totalSteps >= 0 && "done".equals(ending(run))) {
                steps = Math.max(steps, totalSteps);
            }
            sb.append(ending(run)).append(": ").append(steps).append(steps == 1 ? " step" : " steps");
            if (points > 0) {
                for (String m : run.metrics()) {
                    sb.append(", ").append(m).append(' ').append(Significant.format(run.last(m), 3));
                }
            }
            if (points < steps) {
                sb.append(", ").append(points).append(points == 1 ? " point logged" : " points logged");
            }
            parts.add(sb.toString());
        }
        return String.join("; ", parts);
    }

    /** How the run ended: "done", "interrupted at step N" or "stopped at step N, loss is Infinity (...)". */
    private String ending(History run) {
        String problem = run.firstNonFinite();
        if (problem != null) {
            int at = problem.lastIndexOf(" at step ");
            return "stopped" + problem.substring(at) + ", " + problem.substring(0, at)
                    + " (learning rate too large, or log(0)?)";
        }
        if (interrupted && run.size() > 0) {
            return "interrupted at step " + run.steps().get(run.size() - 1);
        }
        return interrupted ? "interrupted" : "done";
    }

    private static boolean allFinite(Map<String, Double> values) {
        for (Double v : values.values()) {
            if (v != null && !Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private void redraw() {
        redraws++;
        String line = closed ? finalLine() : progressLine();
        if (sink == null) {
            console.println(line);
            return;
        }
        safely(() -> {  // the line first: it is cheap, and a stopped loop's last words must not wait for the chart
            if (progressId != null) {
                sink.update(progressId, Map.of(Mime.TEXT_PLAIN, line), Map.of());
            }
            if (withChart && chartId != null) {
                if (runs.stream().anyMatch(h -> h.size() > 0)) {
                    MimeBundle b;
                    try {
                        b = closed ? painter.drawToTheEnd(this::chartBundle) : painter.draw(this::chartBundle);
                    } catch (InterruptedException stop) {
                        return;   // the stop button: skip this frame; the loop stops at its next library call
                    }
                    sink.update(chartId, b.data(), b.metadata());
                } else if (closed) {
                    sink.update(chartId, Map.of(Mime.TEXT_PLAIN, "no step was logged, so there is no chart"), Map.of());
                }
            }
        });
    }

    /**
     * The chart as a PNG at twice its size with its display size and alt text, the alt text also as
     * its {@code text/plain}; the final frame adds the SVG, as every other chart has. A chart that
     * cannot be drawn becomes a one-line note.
     */
    private MimeBundle chartBundle() {
        Map<String, String> bundle = new LinkedHashMap<>();
        Picture picture;
        try {
            picture = drawFigure().picture();
            bundle.put(Mime.IMAGE_PNG, picture.pngBase64());
            if (closed) {
                bundle.put(Mime.IMAGE_SVG, picture.svg());
            }
        } catch (RuntimeException | LinkageError e) {
            bundle.clear();
            bundle.put(Mime.TEXT_PLAIN, Fallback.failureNote(Figure.class, Mime.IMAGE_PNG, e));
            return MimeBundle.of(bundle);
        }
        bundle.put(Mime.TEXT_PLAIN, picture.alt());
        return new MimeBundle(bundle, picture.metadata());
    }

    /** The figure as it stands now. */
    public synchronized Figure figure() {
        return drawFigure();
    }

    /** The figure, unsynchronized: the painter thread draws it while the training thread holds the lock. */
    private Figure drawFigure() {
        Figure fig = runs.size() == 1 && metric == null ? Charts.history(runs.get(0))
                : Charts.compare(metric != null ? metric : firstMetric(), runs.toArray(new History[0]));
        if (title != null) {
            fig.title(title);
        }
        if (logY) {
            fig.logY();
        }
        return fig.size(width, height);
    }

    private String firstMetric() {
        for (History h : runs) {
            if (!h.metrics().isEmpty()) {
                return h.metrics().get(0);
            }
        }
        return "loss";
    }

    /** Runs a display call; a kernel that fails to display must not stop the training loop. */
    private void safely(Runnable display) {
        try {
            display.run();
        } catch (RuntimeException | LinkageError e) {
            console.println("jbackprop: live view could not update: " + e);
        }
    }

    @Override
    public synchronized String toString() {
        return "LiveChart " + (closed ? "(closed) " : "") + progressLine();
    }
}
