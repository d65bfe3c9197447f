package org.jbackprop.jupyter;

import java.util.Map;
import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.jbackprop.jupyter.live.DisplaySink;

/**
 * Live outputs through a JJava kernel: {@code display_data} with a display id, then
 * {@code update_display_data} for the same id. Sets the id as transient data (never
 * {@code DisplayData.setDisplayId}, whose signature differs between JJava 1.0-a6 and 1.0a8).
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
        kernel.getIO().display.updateDisplay(displayId, data(bundle, metadata, displayId));
    }

    private static DisplayData data(Map<String, String> bundle, Map<String, Object> metadata, String id) {
        DisplayData d = new DisplayData();
        bundle.forEach(d::putData);
        metadata.forEach(d::putMetaData);
        d.putTransientData("display_id", id);
        return d;
    }
}
