package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jbackprop.jupyter.live.DisplaySink;
import org.jbackprop.train.History;
import org.jbackprop.train.NonFiniteMetricException;
import org.jbackprop.train.TrainingInterruptedException;
import org.junit.jupiter.api.Test;

/** The live view with a recording sink and a hand-driven clock: no kernel, no real time. */
class LiveChartTest {

    /** Records every show and update. */
    static class RecordingSink implements DisplaySink {
        final List<Map<String, String>> shown = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final Map<String, Map<String, String>> latest = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

        @Override
        public String show(Map<String, String> bundle, Map<String, Object> metadata) {
            String id = "d" + shown.size();
            shown.add(bundle);
            latest.put(id, bundle);
            this.metadata.put(id, metadata);
            return id;
        }

        @Override
        public void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata) {
            updatedIds.add(displayId);
            latest.put(displayId, bundle);
            this.metadata.put(displayId, metadata);
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private LiveChart live(DisplaySink sink, History... runs) {
        return new LiveChart(List.of(runs), null, true, sink,
                new PrintStream(console, true, StandardCharsets.UTF_8), nanos::get).size(120, 80); // small: fast to draw
    }

    private static Map<String, Double> metrics(double loss, double accuracy) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", loss);
        m.put("accuracy", accuracy);
        return m;
    }

    @Test
    void showsAChartAndAProgressLineAtOnce() {
        RecordingSink sink = new RecordingSink();
        live(sink, new History("run"));
        assertEquals(2, sink.shown.size());
        assertEquals(Map.of(Mime.TEXT_PLAIN, "waiting for the first step"), sink.shown.get(0)); // no empty axes
        assertEquals(Map.of(Mime.TEXT_PLAIN, ""), sink.shown.get(1));
    }

    @Test
    void tenThousandStepsRedrawABoundedNumberOfTimesAndCloseDrawsTheEnd() {
        RecordingSink sink = new RecordingSink();
        History h = new History("run");
        try (LiveChart live = live(sink, h).every(java.time.Duration.ofSeconds(1))) {
            for (int step = 0; step < 10_000; step++) {
                nanos.addAndGet(1_000_000); // each step takes 1 ms: 10 s in all
                h.record(step, metrics(1.0 / (1 + step), step / 10_000.0));
            }
            assertTrue(live.redraws() <= 10, "redraws " + live.redraws()); // at most 1 per second
            assertTrue(live.redraws() >= 5, "redraws " + live.redraws());
        }
        Map<String, String> progress = sink.latest.get("d1");
        assertEquals("done: 10000 steps, loss 0.0001, accuracy 1", progress.get(Mime.TEXT_PLAIN));
        Map<String, String> chart = sink.latest.get("d0");
        assertEquals(List.of(Mime.IMAGE_PNG, Mime.IMAGE_SVG, Mime.TEXT_PLAIN), List.copyOf(chart.keySet()));
        assertFalse(chart.get(Mime.TEXT_PLAIN).contains("done"), "the final line is stored once, under the chart");
        assertEquals(Map.of(Mime.IMAGE_PNG, Map.of("width", 120, "height", 80,
                "alt", "Chart \"run\" against step: loss ends at 0.0001 (step 9999), accuracy ends at 1 (step 9999).")),
                sink.metadata.get("d0"));
    }

    @Test
    void closeStopsListeningAndIsIdempotent() {
        RecordingSink sink = new RecordingSink();
        History h = new History("run");
        LiveChart live = live(sink, h);
        h.record(0, "loss", 1.0);
        live.close();
        int updates = sink.updatedIds.size();
        live.close();
        nanos.addAndGet(10_000_000_000L);
        h.record(1, "loss", 0.5);
        assertEquals(updates, sink.updatedIds.size());
        assertEquals("done: 1 step, loss 1", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void theFinalStateHasNoTimingAndIsTheHistoryChart() {
        RecordingSink fast = new RecordingSink();
        RecordingSink slow = new RecordingSink();
        History a = new History("xor");
        History b = new History("xor");
        try (LiveChart live = live(fast, a)) {
            for (int step = 0; step <= 300; step++) {
                nanos.addAndGet(1_000_000);
                a.record(step, metrics(1.0 / (1 + step), 1.0));
            }
        }
        try (LiveChart live = live(slow, b)) {
            for (int step = 0; step <= 300; step++) {
                nanos.addAndGet(7_000_000); // a slower machine
                b.record(step, metrics(1.0 / (1 + step), 1.0));
            }
        }
        assertEquals("done: 301 steps, loss 0.00332, accuracy 1", fast.latest.get("d1").get(Mime.TEXT_PLAIN));
        assertEquals(fast.latest, slow.latest); // every MIME type of both displays, chart included
        assertEquals(Charts.history(a).size(120, 80).pngBase64(), fast.latest.get("d0").get(Mime.IMAGE_PNG));
        Svgs.parse(fast.latest.get("d0").get(Mime.IMAGE_SVG));
    }

    @Test
    void severalRunsEndWithOnePartPerRun() {
        RecordingSink sink = new RecordingSink();
        History slow = new History("lr = 0.01");
        History fast = new History("lr = 0.1");
        LiveChart live = live(sink, slow, fast);
        slow.record(0, "cost", 0.9);
        fast.record(0, "cost", 0.5);
        fast.record(1, "cost", 0.25);
        live.close();
        assertEquals("lr = 0.01: done: 1 step, cost 0.9; lr = 0.1: done: 2 steps, cost 0.25", live.finalLine());
        assertEquals(live.finalLine(), sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void severalRunsNameTheRunInTheProgressLine() {
        RecordingSink sink = new RecordingSink();
        History slow = new History("lr = 0.01");
        History fast = new History("lr = 0.1");
        try (LiveChart live = live(sink, slow, fast)) {
            slow.record(0, "cost", 0.9);
            fast.record(0, "cost", 0.5);
            assertEquals("lr = 0.1: step 0  cost 0.5", live.progressLine());
            assertEquals(List.of("lr = 0.01", "lr = 0.1"),
                    org.knowm.xchart.XYChart.class.cast(live.figure().xchart()).getSeriesMap().keySet().stream().toList());
        }
    }

    @Test
    void withoutAKernelItPrintsProgressLines() {
        History h = new History("run");
        try (LiveChart live = live(null, h)) {
            for (int step = 1; step <= 2_000; step++) {
                nanos.addAndGet(1_000_000);
                h.record(step, "loss", 2.0 / step);
            }
        }
        List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.size() >= 5 && lines.size() <= 9, lines.toString()); // 2 s at 4 per second, plus the final line
        assertTrue(lines.get(lines.size() - 2).endsWith("  1000 steps/s"), lines.get(lines.size() - 2)); // during the run
        assertEquals("done: 2000 steps, loss 0.001", lines.get(lines.size() - 1));
    }

    @Test
    void aFailingSinkNeverStopsTraining() {
        DisplaySink broken = new DisplaySink() {
            @Override
            public String show(Map<String, String> bundle, Map<String, Object> metadata) {
                return "id";
            }

            @Override
            public void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata) {
                throw new IllegalStateException("kernel gone");
            }
        };
        History h = new History("run");
        try (LiveChart live = live(broken, h)) {
            for (int step = 0; step < 20; step++) {
                nanos.addAndGet(300_000_000);
                h.record(step, "loss", 1.0);
            }
        }
        assertEquals(20, h.size());
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("live view could not update"));
    }

    @Test
    void aNonFiniteLossIsDrawnAtOnceAndNamedInTheFinalState() {
        RecordingSink sink = new RecordingSink();
        History h = new History("run");
        assertThrows(NonFiniteMetricException.class, () -> {
            try (LiveChart live = live(sink, h)) {
                h.record(0, "loss", 0.5);   // drawn: the first redraw is always due
                h.record(1, "loss", 2.0);   // throttled
                int before = live.redraws();
                try {
                    h.record(2, "loss", Double.POSITIVE_INFINITY);
                } finally {
                    assertEquals(before + 1, live.redraws(), "drawn at the step it appears");
                }
            }
        });
        assertTrue(sink.latest.get("d0").containsKey(Mime.IMAGE_PNG));
        assertEquals("stopped at step 2, loss is Infinity (learning rate too large, or log(0)?): 3 steps, loss inf",
                sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void aStoppedLoopSaysInterruptedAtItsLastStep() {
        RecordingSink sink = new RecordingSink();
        History h = new History("run");
        assertThrows(TrainingInterruptedException.class, () -> {
            try (LiveChart live = live(sink, h)) {
                for (int s = 0; ; s++) {
                    if (s == 41) {
                        Thread.currentThread().interrupt();   // what the kernel's stop button does
                    }
                    h.record(s, "loss", 1.0 / (s + 1));
                }
            }
        });
        assertEquals("interrupted at step 40: 41 steps, loss 0.0244", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    /** The kernel ended the loop its own way (the cell was answered before the loop unwound). */
    @Test
    void aLoopWhoseCellTheKernelAnsweredSaysInterrupted() {
        RecordingSink sink = new RecordingSink() {
            @Override
            public boolean cellAnswered() {
                return true;
            }
        };
        History h = new History("run");
        try (LiveChart live = live(sink, h)) {
            for (int s = 0; s < 5; s++) {
                h.record(s, "loss", 1.0 / (s + 1));
            }
        }
        assertEquals("interrupted at step 4: 5 steps, loss 0.2", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void theFinalLineCountsTrainingStepsNotLoggedPoints() {
        RecordingSink sink = new RecordingSink();
        History h = new History("run");
        try (LiveChart live = live(sink, h)) {
            for (int step = 0; step <= 10_000; step++) {
                if (step % 100 == 0) {
                    h.record(step, "loss", 3.51e-5 + 1.0 / (1 + step) - 1.0 / 10_001);
                }
            }
        }
        assertEquals("done: 10001 steps, loss 3.51e-05, 101 points logged", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void closingBeforeAnyStepSaysSoInsteadOfDrawingEmptyAxes() {
        RecordingSink sink = new RecordingSink();
        live(sink, new History("run")).close();
        assertEquals(Map.of(Mime.TEXT_PLAIN, "no step was logged, so there is no chart"), sink.latest.get("d0"));
        assertEquals("done: 0 steps", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }

    @Test
    void aLoopThatLogsEveryTenthStepCanSayHowLongItRan() { // NB10: 500 steps, logged at 0, 10, ..., 490
        RecordingSink sink = new RecordingSink();
        History h = new History("zoo");
        try (LiveChart live = live(sink, h).steps(500)) {
            for (int step = 0; step < 500; step++) {
                if (step % 10 == 0) {
                    h.record(step, "loss", 1.0 / (1 + step));
                }
            }
        }
        assertEquals("done: 500 steps, loss 0.00204, 50 points logged", sink.latest.get("d1").get(Mime.TEXT_PLAIN));
    }
}
