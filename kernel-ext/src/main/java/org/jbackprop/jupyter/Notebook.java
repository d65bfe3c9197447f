package org.jbackprop.jupyter;

import java.util.Map;
import org.jbackprop.jupyter.live.DisplaySink;
import org.jbackprop.jupyter.live.Displays;

/**
 * Showing a value from the middle or the end of a cell without a trace of the call itself.
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Shows {@code value} below the running cell as the notebook shows a cell's last value (a table,
     * a chart), and returns nothing: unlike the kernel's {@code display(value)}, whose result (the
     * display id) a cell prints when the call is its last line. Exercise test cells end with it, so
     * that nbgrader sees a display and no result to read as a partial score. Outside a kernel it
     * prints the value's plain text.
     */
    public static void show(Object value) {
        Map<String, String> bundle = Renderers.render(value);
        DisplaySink sink = Displays.current();
        if (sink == null) {
            System.out.println(bundle.getOrDefault(Mime.TEXT_PLAIN, String.valueOf(value)));
            return;
        }
        sink.show(bundle, Map.of());
    }
}
