package org.jbackprop.jupyter.chart;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the SVG that VectorGraphics2D writes for a chart, without changing what it shows. This is
 * the one pass over drawn output the project keeps, on purpose: what a chart shows (ticks, labels,
 * colours, legend) is set through XChart's styler only; this pass touches only how VectorGraphics2D
 * serialises it, which cuts a 500-step history chart from 269 KB to 48 KB (notebooks carry every
 * chart) and makes the same chart give the same text twice:
 * <ul>
 *   <li>numbers are rounded to two decimals ({@code 315.24635416666666} becomes {@code 315.25}), the
 *       glyph outlines of texts (filled, unstroked paths) to one;</li>
 *   <li>runs of {@code <line>} elements with the same style, each starting where the previous one
 *       ended (how XChart draws a series, one segment at a time), become one {@code <path>};</li>
 *   <li>the random clip-path ids ({@code clip869097320}) are renumbered {@code clip0, clip1, ...} in
 *       order of appearance, so drawing the same chart twice gives the same document.</li>
 * </ul>
 * It only rewrites numbers, ids and line elements; text content cannot be touched because XChart
 * draws every text as glyph outlines.
 */
public final class SvgCompact {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+(?:[eE]-?\\d+)?");
    /** A filled, unstroked path: a text's glyph outlines, kept to a tenth of a pixel. */
    private static final Pattern GLYPHS = Pattern.compile("<path d=\"[^\"]*\" style=\"fill:[^\"]*;stroke:none;\"/>");
    private static final Pattern CLIP_ID = Pattern.compile("clip(-?\\d+)");
    private static final Pattern LINE = Pattern.compile(
            "[ \\t]*<line style=\"([^\"]*)\" x1=\"([^\"]*)\" x2=\"([^\"]*)\" y1=\"([^\"]*)\" y2=\"([^\"]*)\"/>\\n?");

    private SvgCompact() {
    }

    /** The compacted document (see the class comment). */
    public static String compact(String svg) {
        return mergeLines(renumberClips(round(svg)));
    }

    /** Every decimal number rounded to two decimals (one in glyph outlines), trailing zeros dropped ({@code -0.00} becomes {@code 0}). */
    static String round(String svg) {
        Matcher g = GLYPHS.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length() / 2);
        int last = 0;
        while (g.find()) {
            sb.append(round(svg.substring(last, g.start()), 100));
            sb.append(round(g.group(), 10));
            last = g.end();
        }
        sb.append(round(svg.substring(last), 100));
        return sb.toString();
    }

    private static String round(String text, int scale) {
        Matcher m = DECIMAL.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append(number(Double.parseDouble(m.group()), scale));
            last = m.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    /** {@code v} with at most two decimals, e.g. {@code 3.5}, {@code 12}, {@code -0.25}. */
    static String number(double v) {
        return number(v, 100);
    }

    /**
     * {@code v} rounded to a multiple of 1/scale (scale 10 or 100), trailing zeros dropped. Written
     * from the whole number of hundredths (tenths) with integer arithmetic: a chart's SVG has
     * thousands of numbers, and {@code String.format} with a regular expression per number was the
     * slowest step of drawing a chart (tested to give {@link #formatted}'s text).
     */
    static String number(double v, int scale) {
        long units = Math.round(v * scale);
        if (units == 0) {
            return "0";
        }
        if (units >= EXACT_UNITS || units <= -EXACT_UNITS) {   // (Math.abs(Long.MIN_VALUE) is negative)
            return formatted(units, scale);
        }
        StringBuilder sb = new StringBuilder(24);
        if (units < 0) {
            sb.append('-');
        }
        long abs = Math.abs(units);
        sb.append(abs / scale);
        long fraction = abs % scale;
        if (fraction != 0) {
            sb.append('.');
            if (scale == 100) {
                sb.append(fraction / 10);
                if (fraction % 10 != 0) {
                    sb.append(fraction % 10);
                }
            } else {
                sb.append(fraction);
            }
        }
        return sb.toString();
    }

    /** Below this many units, units / scale as a double prints back as exactly those units. */
    private static final long EXACT_UNITS = 1_000_000_000_000_000L;

    /** The same text through {@code String.format} (numbers too large for the integer path, and the tests' reference). */
    static String formatted(long units, int scale) {
        String s = String.format(Locale.ROOT, scale == 10 ? "%.1f" : "%.2f", units / (double) scale);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Clip-path ids renumbered from 0 in order of first appearance. */
    static String renumberClips(String svg) {
        Map<String, String> ids = new HashMap<>();
        Matcher m = CLIP_ID.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            String id = ids.computeIfAbsent(m.group(1), k -> Integer.toString(ids.size()));
            m.appendReplacement(sb, "clip" + id);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Chains of connected same-style {@code <line>} elements as single {@code <path>} elements. */
    static String mergeLines(String svg) {
        Matcher m = LINE.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        int last = 0;
        String style = null;
        String endX = null;
        String endY = null;
        StringBuilder d = null;
        String indent = "    ";
        while (m.find()) {
            boolean adjacent = m.start() == last;
            boolean continues = adjacent && style != null && style.equals(m.group(1))
                    && endX.equals(m.group(2)) && endY.equals(m.group(4));
            if (continues) {
                d.append(" L").append(m.group(3)).append(',').append(m.group(5));
            } else {
                flush(sb, indent, style, d);
                style = null;
                sb.append(svg, last, m.start());
                String line = m.group();
                indent = line.substring(0, line.indexOf('<'));
                style = m.group(1);
                d = new StringBuilder("M").append(m.group(2)).append(',').append(m.group(4))
                        .append(" L").append(m.group(3)).append(',').append(m.group(5));
            }
            endX = m.group(3);
            endY = m.group(5);
            last = m.end();
        }
        flush(sb, indent, style, d);
        sb.append(svg, last, svg.length());
        return sb.toString();
    }

    private static void flush(StringBuilder sb, String indent, String style, StringBuilder d) {
        if (style == null) {
            return;
        }
        String joined = style.contains("stroke-linecap:round") && !style.contains("stroke-linejoin")
                ? style + "stroke-linejoin:round;" : style;
        sb.append(indent).append("<path d=\"").append(d).append("\" style=\"").append(joined).append("\"/>\n");
    }
}
