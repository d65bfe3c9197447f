package org.jbackprop.jupyter;

/** The MIME types the renderers produce, as the strings Jupyter uses as keys of a display bundle. */
public final class Mime {

    /** Plain text, shown by every frontend and in a terminal. */
    public static final String TEXT_PLAIN = "text/plain";
    /** An HTML fragment (tables). */
    public static final String TEXT_HTML = "text/html";
    /** A PNG image, base64-encoded as Jupyter expects. */
    public static final String IMAGE_PNG = "image/png";
    /** An SVG document as text. */
    public static final String IMAGE_SVG = "image/svg+xml";

    private Mime() {
    }
}
