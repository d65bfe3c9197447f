package org.jbackprop.jupyter.live;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplaysTest {

    @AfterEach
    void forget() {
        Displays.set(null);
    }

    @Test
    void noKernelNoSink() {
        assertNull(Displays.current()); // JJava's classes are on the test class path, but no kernel runs
    }

    @Test
    void theAdaptersSinkWins() {
        DisplaySink sink = new DisplaySink() {
            @Override
            public String show(Map<String, String> bundle, Map<String, Object> metadata) {
                return "id";
            }

            @Override
            public void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata) {
            }
        };
        Displays.set(sink);
        assertSame(sink, Displays.current());
    }
}
