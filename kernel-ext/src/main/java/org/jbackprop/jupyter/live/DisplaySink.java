package org.jbackprop.jupyter.live;

import java.util.Map;

/**
 * Where live outputs go: a notebook kernel's display mechanism, hidden behind two calls so the
 * live view can be tested without a kernel. Bundles map MIME types to texts (PNG as base64); the
 * metadata is Jupyter's output metadata (e.g. {@code {"image/png": {"width": 600, "height": 400}}}).
 */
public interface DisplaySink {

    /** Shows a new output below the running cell and returns its display id. */
    String show(Map<String, String> bundle, Map<String, Object> metadata);

    /** Replaces, in place, the output shown under {@code displayId}. */
    void update(String displayId, Map<String, String> bundle, Map<String, Object> metadata);

    /**
     * Whether the kernel has already answered the cell that is showing outputs: true only when the
     * cell was stopped (the stop button answers a cell before its loop has unwound), so a live view
     * closing then knows it was interrupted, however the kernel ended the loop.
     */
    default boolean cellAnswered() {
        return false;
    }
}
