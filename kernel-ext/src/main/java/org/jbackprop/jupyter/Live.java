package org.jbackprop.jupyter;

import java.util.Arrays;
import org.jbackprop.jupyter.live.DisplaySink;
import org.jbackprop.jupyter.live.Displays;
import org.jbackprop.train.History;

/**
 * Live training views, shown while the cell runs and updated in place:
 * {@code try (LiveChart live = Live.chart(history)) { ...train... }}.
 * Outside a notebook they print a progress line at the same bounded rate.
 */
public final class Live {

    private Live() {
    }

    /**
     * A live chart of one run (every metric) or several runs (their first metric), with a progress
     * line below it.
     */
    public static LiveChart chart(History... runs) {
        return new LiveChart(Arrays.asList(runs), null, true, Displays.current(), System.out, System::nanoTime);
    }

    /** A live chart comparing one metric across runs, e.g. {@code chart("cost", slow, fast)}. */
    public static LiveChart chart(String metric, History... runs) {
        return new LiveChart(Arrays.asList(runs), metric, true, Displays.current(), System.out, System::nanoTime);
    }

    /** Only the progress line (step, metrics, steps per second), updated in place. */
    public static LiveChart progress(History... runs) {
        return new LiveChart(Arrays.asList(runs), null, false, Displays.current(), System.out, System::nanoTime);
    }

    /** A live chart drawing to the given sink (for other front ends and for tests). */
    public static LiveChart chart(DisplaySink sink, History... runs) {
        return new LiveChart(Arrays.asList(runs), null, true, sink, System.out, System::nanoTime);
    }
}
