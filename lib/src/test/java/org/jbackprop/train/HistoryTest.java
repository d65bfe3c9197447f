package org.jbackprop.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void metricsLoggedAtDifferentStepsStayAlignedWithNaN() {
        History h = new History("run");
        h.record(0, "loss", 0.7);
        h.record(10, "loss", 0.5, "accuracy", 0.75);
        h.record(20, "loss", 0.25);

        assertEquals(List.of(0, 10, 20), h.steps());
        assertEquals(List.of(0.7, 0.5, 0.25), h.values("loss"));
        List<Double> acc = h.values("accuracy");
        assertEquals(3, acc.size());
        assertTrue(Double.isNaN(acc.get(0)) && Double.isNaN(acc.get(2)));
        assertEquals(0.75, acc.get(1));
        assertEquals(0.25, h.last("loss"));
    }

    @Test
    void unorderedMapsRecordMetricsAlphabeticallySoEveryRunIsTheSame() {
        History h = new History();
        h.record(0, Map.of("loss", 1.0, "accuracy", 0.5, "cost", 2.0));
        assertEquals(List.of("accuracy", "cost", "loss"), h.metrics());
    }

    @Test
    void orderedMapsKeepTheirOrder() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", 1.0);
        m.put("accuracy", 0.5);
        History h = new History().record(0, m);
        assertEquals(List.of("loss", "accuracy"), h.metrics());
        assertEquals(List.of("cost", "acc"), new History().record(3, "cost", 1, "acc", 0).metrics());
    }

    @Test
    void listenersHearEveryRecord() {
        History h = new History("lr = 0.1");
        List<Integer> heard = new ArrayList<>();
        History.Listener l = (history, step, values) -> heard.add(step);
        h.addListener(l);
        h.record(1, "loss", 3).record(2, "loss", 2);
        h.removeListener(l);
        h.record(3, "loss", 1);
        assertEquals(List.of(1, 2), heard);
    }

    @Test
    void anUnknownMetricIsNamedWithTheKnownOnes() {
        History h = new History("xor").record(0, "cost", 0.69);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.values("loss"));
        assertTrue(e.getMessage().contains("'loss'") && e.getMessage().contains("[cost]"), e.getMessage());
    }

    /**
     * A long loop: values stay aligned with their steps across every growth of the arrays, a metric
     * first logged late is NaN before, a null value counts as not logged, and views taken early see
     * the later steps.
     */
    @Test
    void aMillionStepsStayAlignedAcrossGrowth() {
        History h = new History("long");
        List<Integer> steps = h.steps();
        List<Double> loss = null;
        for (int s = 0; s < 1_000_000; s++) {
            if (s < 1000) {
                h.record(s, "loss", 1.0 / (s + 1));
            } else {
                Map<String, Double> both = new LinkedHashMap<>();
                both.put("loss", 1.0 / (s + 1));
                both.put("accuracy", s % 3 == 0 ? null : s / 1e6);
                h.record(s * 2, both);
            }
            if (s == 0) {
                loss = h.values("loss");
            }
        }
        assertEquals(1_000_000, h.size());
        assertEquals(1_000_000, steps.size());
        assertEquals(1_000_000, loss.size());
        assertEquals(List.of("loss", "accuracy"), h.metrics());
        List<Double> accuracy = h.values("accuracy");
        for (int s : new int[] {0, 1, 15, 16, 17, 999, 1000, 1001, 1002, 65535, 65536, 524288, 999_999}) {
            assertEquals(s < 1000 ? s : 2 * s, steps.get(s), "step " + s);
            assertEquals(1.0 / (s + 1), loss.get(s), 0.0, "loss at " + s);
            double want = s < 1000 || s % 3 == 0 ? Double.NaN : s / 1e6;
            assertEquals(want, accuracy.get(s), 0.0, "accuracy at " + s);
        }
        assertEquals(1.0 / 1_000_000, h.last("loss"), 0.0);
        assertThrows(IndexOutOfBoundsException.class, () -> h.steps().get(1_000_000));
        assertThrows(UnsupportedOperationException.class, () -> h.steps().add(1));
    }
}
