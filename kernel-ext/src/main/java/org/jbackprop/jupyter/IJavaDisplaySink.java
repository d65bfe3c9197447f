package org.jbackprop.jupyter;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.Map;
import java.util.UUID;
import org.jbackprop.jupyter.live.DisplaySink;

/** Live outputs through an IJava 1.3 kernel: {@code display_data} with a display id, then updates of it. */
public final class IJavaDisplaySink implements DisplaySink {

    private final BaseKernel kernel;

    /** A sink over {@code kernel}'s display stream. */
    public IJavaDisplaySink(BaseKernel kernel) {
        this.kernel = kernel;
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
