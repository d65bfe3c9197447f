package org.jbackprop.jupyter.html;

/** Escaping for text placed in HTML or XML (SVG): element content and quoted attribute values alike. */
public final class Html {

    private Html() {
    }

    /**
     * {@code text} with {@code & < > " '} replaced by entities, and control characters that XML 1.0
     * forbids dropped, so {@code "<script>"} shows as text in HTML and parses in SVG. Null becomes "null".
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
