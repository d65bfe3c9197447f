package org.jbackprop.jupyter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.jbackprop.jupyter.live.DisplaySink;

/**
 * Live outputs through a JJava kernel: {@code display_data} with a display id, then
 * {@code update_display_data} for the same id. Sets the id as transient data (never
 * {@code DisplayData.setDisplayId}, whose signature differs between JJava 1.0-a6 and 1.0a8).
 *
 * <p>An update made while no cell is running is kept, not lost: JJava detaches its display stream
 * when it answers a cell, and the stop button answers the cell before the interrupted loop's
 * {@code close()} draws its last state ({@code interrupted at step N}). Such updates wait, the latest
 * per display id, and go out as soon as the next cell attaches the stream; an update names its
 * display id, so the front end still replaces the earlier cell's output.
 */
public final class JJavaDisplaySink implements DisplaySink {

    private final BaseKernel kernel;

    /** A sink over {@code kernel}'s display stream. */
    public JJavaDisplaySink(BaseKernel kernel) {
        this.kernel = kernel;
    }

    /** A sink over the notebook's JJava kernel, or null outside one. */
    public static DisplaySink ofNotebookKernel() {
        BaseKernel kernel = BaseKernel.notebookKernel();
        return kernel == null ? null : new JJavaDisplaySink(kernel);
    }

    @Override
    public String show(Map<String, String> bundle, Map<String, Object> metadata) {
        String id = UUID.randomUUID().toString();
        kernel.getIO().display.display(data(bundle, metadata, id));
        return id;
    }

    @Override
    public void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata) {
        DisplayData d = data(bundle, metadata, displayId);
        if (kernel.getIO().display.isAttached()) {
            kernel.getIO().display.updateDisplay(displayId, d);
        } else {
            Detached.keep(kernel, displayId, d);
        }
    }

    @Override
    public boolean cellAnswered() {
        return !kernel.getIO().display.isAttached();
    }

    /**
     * Updates made between two cells, sent by one short-lived daemon thread when the next cell
     * attaches the display stream; the thread ends once they are sent.
     */
    private static final class Detached {

        private static final long POLL_MILLIS = 50;
        private static final Map<String, DisplayData> WAITING = new LinkedHashMap<>();
        private static Thread sender;

        static synchronized void keep(BaseKernel kernel, String displayId, DisplayData d) {
            WAITING.remove(displayId);
            WAITING.put(displayId, d);
            if (sender == null) {
                sender = new Thread(() -> sendWhenAttached(kernel), "jbackprop-waiting-display");
                sender.setDaemon(true);
                sender.start();
            }
        }

        private static void sendWhenAttached(BaseKernel kernel) {
            try {
                while (!kernel.getIO().display.isAttached()) {
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, DisplayData> due;
            synchronized (Detached.class) {
                due = new LinkedHashMap<>(WAITING);
                WAITING.clear();
                sender = null;
            }
            due.forEach((id, d) -> kernel.getIO().display.updateDisplay(id, d));
        }
    }

    private static DisplayData data(Map<String, String> bundle, Map<String, Object> metadata, String id) {
        DisplayData d = new DisplayData();
        bundle.forEach(d::putData);
        metadata.forEach(d::putMetaData);
        d.putTransientData("display_id", id);
        return d;
    }
}
