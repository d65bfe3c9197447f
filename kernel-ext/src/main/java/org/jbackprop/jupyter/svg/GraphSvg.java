package org.jbackprop.jupyter.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;

/**
 * Draws a scalar {@link Graph} as SVG, like cs231n lecture 4: inputs at the left, gates as circles
 * with their op ("+", "*", "exp", ...) laid out left to right in columns by longest path from the
 * inputs; on each edge the forward value above in green and, once backward has run, the gradient
 * flowing back along that edge below in red. The output's value and gradient sit on a short edge
 * leaving the last gate.
 *
 * <p>Pure SVG, no script. Graphs above {@link #MAX_NODES} nodes are not drawn (a one-line SVG says so).
 */
public final class GraphSvg {

    /** The most nodes drawn. */
    public static final int MAX_NODES = 300;
    /** Forward values: green, above the edge. */
    public static final String VALUE_COLOR = "#2ca02c";
    /** Gradients: red, below the edge. */
    public static final String GRAD_COLOR = "#d62728";

    static final double COLUMN = 150;
    static final double ROW = 90;
    static final double RADIUS = 20;
    static final double LEFT = 50;
    static final double TOP = 30;
    static final double OUT_EDGE = 80;
    static final String INK = "#333333";
    /** The font size of every label, in pixels. */
    static final int FONT_SIZE = 13;

    private GraphSvg() {
    }

    /** The graph as an SVG document. */
    public static String svg(Graph graph) {
        List<Node> nodes = graph.nodes();
        if (nodes.isEmpty()) {
            return message("empty graph");
        }
        if (nodes.size() > MAX_NODES) {
            return message("graph of " + nodes.size() + " nodes: too large to draw (limit " + MAX_NODES + ")");
        }
        Map<Node, Integer> layer = layers(nodes);
        Map<Node, double[]> at = positions(nodes, layer);
        double shift = 0;
        double outLabels = 0;
        for (Node n : nodes) {
            if (n.isInput()) {
                shift = Math.max(shift, 6 + textWidth(n.name()) + 8 - LEFT);
            } else {
                outLabels = Math.max(outLabels, textWidth(n.name()));
            }
        }
        for (double[] p : at.values()) {
            p[0] += shift;
        }
        Map<Node, Integer> uses = new HashMap<>();
        for (Node n : nodes) {
            for (Node in : n.inputs()) {
                uses.merge(in, 1, Integer::sum);
            }
        }
        boolean withGrads = nodes.stream().anyMatch(n -> n.grad() != 0);
        int columns = 1 + layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int rows = rowsPerLayer(nodes, layer).values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double width = shift + LEFT + (columns - 1) * COLUMN + RADIUS + OUT_EDGE + 6 + Math.max(44, outLabels + 8);
        double height = TOP + rows * ROW + (withGrads ? 20 : 0);
        SvgWriter svg = new SvgWriter(width, height, FONT_SIZE);

        for (Node n : nodes) {
            for (int i = 0; i < n.inputs().size(); i++) {
                Node from = n.inputs().get(i);
                double edgeGrad = withGrads ? n.grad() * n.localGrads().get(i) : 0;
                edge(svg, from, n, at, from.value(), edgeGrad, withGrads);
            }
        }
        for (Node n : nodes) {
            double[] p = at.get(n);
            if (!n.isInput() && !uses.containsKey(n)) {
                outputEdge(svg, n, p, withGrads);
            }
            if (n.isInput()) {
                svg.group("node input", "data-id", Integer.toString(n.id()));
                svg.text(p[0] - 6, p[1] + 5, "label", "end", INK, n.name());
            } else {
                svg.group("node gate", "data-id", Integer.toString(n.id()));
                svg.circle(p[0], p[1], RADIUS, "#ffffff", INK);
                svg.text(p[0], p[1] + 5, "op", "middle", INK, n.op());
                if (!n.label().isEmpty() && uses.containsKey(n)) {
                    svg.text(p[0], p[1] - RADIUS - 6, "label", "middle", "#777777", n.label());
                }
            }
            svg.end();
        }
        if (withGrads) {
            svg.text(shift + LEFT, height - 8, "legend value", "start", VALUE_COLOR, "values above");
            svg.text(shift + LEFT + 100, height - 8, "legend grad", "start", GRAD_COLOR, "gradients below");
        }
        return svg.finish();
    }

    /** Longest path from the inputs: inputs 0, a gate one more than its deepest input. */
    static Map<Node, Integer> layers(List<Node> nodes) {
        Map<Node, Integer> layer = new HashMap<>();
        for (Node n : nodes) { // topological order: inputs come first
            int l = 0;
            for (Node in : n.inputs()) {
                l = Math.max(l, layer.getOrDefault(in, 0) + 1);
            }
            layer.put(n, n.isInput() ? 0 : Math.max(l, 1));
        }
        return layer;
    }

    private static Map<Integer, Integer> rowsPerLayer(List<Node> nodes, Map<Node, Integer> layer) {
        Map<Integer, Integer> rows = new HashMap<>();
        for (Node n : nodes) {
            rows.merge(layer.get(n), 1, Integer::sum);
        }
        return rows;
    }

    /**
     * Centre of each node: column by layer; within a layer, inputs by creation order and gates by the
     * mean row of their inputs (fewer crossings), each layer centred vertically.
     */
    static Map<Node, double[]> positions(List<Node> nodes, Map<Node, Integer> layer) {
        Map<Integer, List<Node>> byLayer = new HashMap<>();
        for (Node n : nodes) {
            byLayer.computeIfAbsent(layer.get(n), k -> new ArrayList<>()).add(n);
        }
        int rows = byLayer.values().stream().mapToInt(List::size).max().orElse(1);
        Map<Node, Double> row = new HashMap<>();
        Map<Node, double[]> at = new HashMap<>();
        int columns = byLayer.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int l = 0; l < columns; l++) {
            List<Node> column = byLayer.getOrDefault(l, List.of());
            if (l > 0) {
                column.sort(Comparator.comparingDouble((Node n) -> meanRow(n, row)).thenComparingInt(Node::id));
            }
            double offset = (rows - column.size()) / 2.0;
            for (int i = 0; i < column.size(); i++) {
                Node n = column.get(i);
                row.put(n, offset + i);
                at.put(n, new double[] {LEFT + l * COLUMN, TOP + (offset + i) * ROW + ROW / 2});
            }
        }
        return at;
    }

    private static double meanRow(Node n, Map<Node, Double> row) {
        double sum = 0;
        for (Node in : n.inputs()) {
            sum += row.getOrDefault(in, 0.0);
        }
        return n.inputs().isEmpty() ? 0 : sum / n.inputs().size();
    }

    private static void edge(SvgWriter svg, Node from, Node to, Map<Node, double[]> at, double value, double grad,
                             boolean withGrads) {
        double[] a = at.get(from);
        double[] b = at.get(to);
        double x1 = a[0] + (from.isInput() ? 4 : RADIUS);
        double y1 = a[1];
        double dx = b[0] - x1;
        double dy = b[1] - y1;
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double x2 = b[0] - dx / length * RADIUS;
        double y2 = b[1] - dy / length * RADIUS;
        svg.group("edge", "data-from", Integer.toString(from.id()), "data-to", Integer.toString(to.id()));
        svg.line(x1, y1, x2, y2, INK);
        arrowhead(svg, x2, y2, dx / length, dy / length);
        double lx = x1 + (x2 - x1) * 0.45;
        double ly = y1 + (y2 - y1) * 0.45;
        svg.text(lx, ly - 6, "value", "middle", VALUE_COLOR, number(value));
        if (withGrads) {
            svg.text(lx, ly + 16, "grad", "middle", GRAD_COLOR, number(grad));
        }
        svg.end();
    }

    private static void outputEdge(SvgWriter svg, Node n, double[] p, boolean withGrads) {
        double x1 = p[0] + RADIUS;
        double x2 = x1 + OUT_EDGE;
        svg.group("edge output", "data-from", Integer.toString(n.id()));
        svg.line(x1, p[1], x2, p[1], INK);
        arrowhead(svg, x2, p[1], 1, 0);
        svg.text((x1 + x2) / 2, p[1] - 6, "value", "middle", VALUE_COLOR, number(n.value()));
        if (withGrads) {
            svg.text((x1 + x2) / 2, p[1] + 16, "grad", "middle", GRAD_COLOR, number(n.grad()));
        }
        svg.text(x2 + 6, p[1] + 5, "label", "start", INK, n.name());
        svg.end();
    }

    private static void arrowhead(SvgWriter svg, double x, double y, double ux, double uy) {
        double back = 8;
        double half = 4;
        svg.triangle(x, y, x - ux * back - uy * half, y - uy * back + ux * half,
                x - ux * back + uy * half, y - uy * back - ux * half, INK);
    }

    /** An edge number as the lecture writes it: two decimals ({@code -2.00}, {@code 0.73}), else 3 significant digits. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a == 0 || (a >= 0.01 && a < 1e5)) {
            return String.format(Locale.ROOT, "%.2f", v == 0 ? 0.0 : v);
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }

    /**
     * A generous estimate of a label's width in pixels at the 13 px font: 0.62 em per character
     * (wider than the average sans-serif glyph), so margins sized from it never clip a label.
     */
    static double textWidth(String label) {
        return label == null ? 0 : 0.62 * FONT_SIZE * label.codePointCount(0, label.length());
    }

    /** A small SVG holding one line of text. */
    static String message(String text) {
        return new SvgWriter(Math.max(200, 8 * text.length() + 20), 30, 13)
                .text(10, 20, "message", "start", INK, text).finish();
    }
}
