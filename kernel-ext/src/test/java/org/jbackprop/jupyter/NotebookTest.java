package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbackprop.check.Checks;
import org.jbackprop.jupyter.live.DisplaySink;
import org.jbackprop.jupyter.live.Displays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {

    @AfterEach
    void forgetSink() {
        Displays.set(null);
    }

    @Test
    void showSendsTheRenderedBundleToTheKernel() {
        List<Map<String, String>> shown = new ArrayList<>();
        Displays.set(new DisplaySink() {
            @Override
            public String show(Map<String, String> bundle, Map<String, Object> metadata) {
                shown.add(bundle);
                return "id";
            }

            @Override
            public void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata) {
            }
        });
        Notebook.show(new Checks("t").close("a", 1.0, 1.0));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).get(Mime.TEXT_HTML).startsWith("<table class=\"jbackprop-checks\">"));
        assertEquals("t: 1 of 1 passed\n  PASS a: right (max abs error 0)", shown.get(0).get(Mime.TEXT_PLAIN));
    }

    @Test
    void withoutAKernelItPrintsThePlainText() {
        Displays.set(null);
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Notebook.show(new Checks("t").close("a", 1.0, 1.0));
        } finally {
            System.setOut(old);
        }
        assertEquals("t: 1 of 1 passed\n  PASS a: right (max abs error 0)\n", out.toString(StandardCharsets.UTF_8));
    }
}
