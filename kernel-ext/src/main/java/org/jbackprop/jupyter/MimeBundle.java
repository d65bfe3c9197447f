package org.jbackprop.jupyter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one display sends to Jupyter: the data (MIME type to text, a PNG as base64) and the output
 * metadata (e.g. {@code {"image/png": {"width": 600, "height": 400, "alt": "..."}}}, see
 * {@link Picture#metadata()}). Both maps keep their insertion order and are read-only.
 */
public final class MimeBundle {

    private final Map<String, String> data;
    private final Map<String, Object> metadata;

    /** A bundle of {@code data} and {@code metadata} (copied). */
    public MimeBundle(Map<String, String> data, Map<String, Object> metadata) {
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A bundle of data without metadata. */
    public static MimeBundle of(Map<String, String> data) {
        return new MimeBundle(data, Map.of());
    }

    /** MIME type to text, in the order produced. */
    public Map<String, String> data() {
        return data;
    }

    /** The output metadata: keyed by MIME type ({@code "image/png"}) or top-level keys; empty when none. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** The MIME types and the metadata keys, e.g. {@code [image/png, image/svg+xml, text/plain] {image/png={...}}}. */
    @Override
    public String toString() {
        return data.keySet() + " " + metadata;
    }
}
