package org.jbackprop.jupyter.svg;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.jupyter.Picture;

/**
 * Draws a scalar {@link Graph} as cs231n lecture 4 does, laid out by Eclipse ELK ({@link GraphLayout}):
 * left to right, inputs as named boxes next to the gate they feed, gates as circles with their op
 * ("+", "*", "exp", ...) and, when named, their name above; on each edge the forward value above in
 * green and, once backward has run, the gradient flowing back along that edge below in red. The
 * output's value and gradient sit on the edge into its name.
 *
 * <p>The picture is SVG and a 2× PNG painted by the same code ({@link Canvas}); it fits a
 * {@value #COLUMN_WIDTH} px column: a wider layout is wrapped by layer, then scaled down no further
 * than labels of {@value #MIN_FONT_SIZE} px. Transparent background and mid-tone colours, legible
 * on light and dark notebook themes. Graphs above {@link #MAX_NODES} nodes are not drawn (a one-line
 * picture says so).
 */
public final class GraphSvg {

    /** The most nodes drawn. */
    public static final int MAX_NODES = 300;
    /** Forward values: green, above the edge (contrast ≥ 4:1 on white and on JupyterLab's dark #111). */
    public static final String VALUE_COLOR = "#318f31";
    /** Gradients: red, below the edge (contrast ≥ 4:1 on white and on #111). */
    public static final String GRAD_COLOR = "#e0443e";
    /** Lines, circles and names: the mid grey every picture of the project uses. */
    public static final String INK = "#787878";
    /** The font size of every label at full scale, in CSS pixels. */
    public static final int FONT_SIZE = 13;
    /** No label is shown smaller than this, in CSS pixels. */
    public static final int MIN_FONT_SIZE = 10;
    /** The notebook column a picture must fit, in CSS pixels. */
    public static final int COLUMN_WIDTH = 960;

    static final double LEGEND = 22;
    static final double LEGEND_SPACE = 16;
    static final String LEGEND_VALUE = "values above each edge";
    static final String LEGEND_GRAD = "gradients below";

    private GraphSvg() {
    }

    /** The graph as an SVG document (with title and description). */
    public static String svg(Graph graph) {
        return picture(graph).svg();
    }

    /** The graph as a picture: SVG, 2× PNG, display size and alt text. */
    public static Picture picture(Graph graph) {
        List<Node> nodes = graph.nodes();
        if (nodes.isEmpty()) {
            return message("empty graph");
        }
        if (nodes.size() > MAX_NODES) {
            return message("graph of " + nodes.size() + " nodes: too large to draw (limit " + MAX_NODES + ")");
        }
        GraphLayout layout = GraphLayout.of(graph);
        boolean withGrads = graph.nodes().stream().anyMatch(n -> n.grad() != 0);
        double legendWidth = 2 * GraphLayout.PADDING + textWidth(LEGEND_VALUE)
                + (withGrads ? LEGEND_SPACE + textWidth(LEGEND_GRAD) : 0);
        double viewWidth = Math.max(layout.width, Math.ceil(legendWidth));
        double viewHeight = layout.height + LEGEND;
        double scale = Math.min(1.0, COLUMN_WIDTH / viewWidth);
        int width = Math.min(COLUMN_WIDTH, (int) Math.ceil(viewWidth * scale));
        int height = (int) Math.ceil(viewHeight * scale);
        return Picture.of(() -> {
            SvgWriter svg = new SvgWriter(viewWidth, viewHeight, width, height, FONT_SIZE);
            draw(svg, layout);
            return svg.finish();
        }, () -> {
            PaintCanvas png = new PaintCanvas(width, height, scale, FONT_SIZE);
            draw(png, layout);
            return png.png();
        }, width, height, title(graph), alt(graph));
    }

    /** Draws the laid-out graph: edges with their labels first, then the nodes over their ends. */
    static void draw(Canvas c, GraphLayout layout) {
        for (GraphLayout.Edge e : layout.edges) {
            c.group(e.to() < 0 ? "edge output" : "edge", "data-from", Integer.toString(e.from()),
                    "data-to", Integer.toString(e.to()));
            double[] p = e.points();
            c.polyline(p, INK);
            int n = p.length;
            arrowhead(c, p[n - 2], p[n - 1], p[n - 4], p[n - 3]);
            double mid = e.lx() + e.lw() / 2;
            c.text(mid, e.ly() + GraphLayout.LINE - 4, "value", "middle", VALUE_COLOR, e.value());
            if (!e.grad().isEmpty()) {
                c.text(mid, e.ly() + 2 * GraphLayout.LINE + GraphLayout.GAP - 4, "grad", "middle", GRAD_COLOR,
                        e.grad());
            }
            c.end();
        }
        for (GraphLayout.Box b : layout.boxes) {
            switch (b.kind()) {
                case INPUT -> {
                    c.group("node input", "data-id", Integer.toString(b.id()));
                    c.rect(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1, "none", INK);
                    c.text(b.cx(), b.cy() + 4.5, "label", "middle", INK, b.name());
                }
                case GATE -> {
                    c.group("node gate", "data-id", Integer.toString(b.id()));
                    c.circle(b.cx(), b.cy(), b.r(), "none", INK);
                    c.text(b.cx(), b.cy() + 4.5, "op", "middle", INK, b.op());
                    if (!b.name().isEmpty()) {
                        c.text(b.cx(), b.y() + GraphLayout.LINE - 4, "label", "middle", INK, b.name());
                    }
                }
                default -> {
                    c.group("node output", "data-id", Integer.toString(b.id()));
                    c.text(b.x() + 4, b.cy() + 4.5, "label", "start", INK, b.name());
                }
            }
            c.end();
        }
        double y = layout.height + LEGEND - 8;
        boolean withGrads = layout.edges.stream().anyMatch(e -> !e.grad().isEmpty());
        c.text(GraphLayout.PADDING, y, "legend value", "start", VALUE_COLOR, LEGEND_VALUE);
        if (withGrads) {
            double x = GraphLayout.PADDING + textWidth(LEGEND_VALUE) + LEGEND_SPACE;
            c.text(x, y, "legend grad", "start", GRAD_COLOR, LEGEND_GRAD);
        }
    }

    private static void arrowhead(Canvas c, double x, double y, double fromX, double fromY) {
        double dx = x - fromX;
        double dy = y - fromY;
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double back = 7;
        double half = 3.5;
        c.triangle(x, y, x - ux * back - uy * half, y - uy * back + ux * half,
                x - ux * back + uy * half, y - uy * back - ux * half, INK);
    }

    /** An edge number as the pictures write it: 4 significant digits. */
    static String number(double v) {
        return GraphLayout.number(v);
    }

    /** E.g. "Computational graph of f". */
    static String title(Graph graph) {
        return "Computational graph of " + String.join(", ", outputs(graph));
    }

    /**
     * One sentence for screen readers and where images do not load, e.g. "Computational graph of
     * 5 nodes: inputs x, y, z; f = -12, gradients after backward: ∂f/∂x = -4, ∂f/∂y = -4, ∂f/∂z = 3."
     */
    static String alt(Graph graph) {
        List<String> inputs = new ArrayList<>();
        List<String> grads = new ArrayList<>();
        for (Node n : graph.inputs()) {
            inputs.add(n.name() + " = " + number(n.value()));
            grads.add(n.name() + " " + number(n.grad()));
        }
        boolean withGrads = graph.nodes().stream().anyMatch(n -> n.grad() != 0);
        List<String> outs = new ArrayList<>();
        for (Node n : outputNodes(graph)) {
            outs.add(n.name() + " = " + number(n.value()));
        }
        int size = graph.nodes().size();
        StringBuilder sb = new StringBuilder("Computational graph of ").append(size)
                .append(size == 1 ? " node from inputs " : " nodes from inputs ").append(String.join(", ", clip(inputs)));
        if (!outs.isEmpty()) {
            sb.append(" to ").append(String.join(", ", outs));
        }
        if (withGrads) {
            sb.append("; gradients of the inputs after backward: ").append(String.join(", ", clip(grads)));
        }
        return sb.append('.').toString();
    }

    private static List<String> clip(List<String> items) {
        if (items.size() <= 14) {
            return items;
        }
        List<String> out = new ArrayList<>(items.subList(0, 12));
        out.add("and " + (items.size() - 12) + " more");
        return out;
    }

    private static List<String> outputs(Graph graph) {
        List<String> out = new ArrayList<>();
        for (Node n : outputNodes(graph)) {
            out.add(n.name());
        }
        return out.isEmpty() ? List.of("its inputs") : out;
    }

    /** The gates no other gate reads: what the graph computes. */
    private static List<Node> outputNodes(Graph graph) {
        List<Node> nodes = graph.nodes();
        boolean[] used = new boolean[nodes.size()];
        for (Node n : nodes) {
            for (Node in : n.inputs()) {
                used[in.id()] = true;
            }
        }
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.isInput() && !used[n.id()]) {
                out.add(n);
            }
        }
        return out;
    }

    /** A small picture holding one line of text. */
    static Picture message(String text) {
        int width = (int) Math.ceil(PaintCanvas.textWidth(text, FONT_SIZE)) + 20;
        int height = 30;
        return Picture.of(() -> {
            SvgWriter svg = new SvgWriter(width, height, FONT_SIZE);
            svg.text(10, 20, "message", "start", INK, text);
            return svg.finish();
        }, () -> {
            PaintCanvas png = new PaintCanvas(width, height, FONT_SIZE);
            png.text(10, 20, "message", "start", INK, text);
            return png.png();
        }, width, height, "Computational graph", text);
    }

    /** A label's width at the full font size, in CSS pixels (measured with the picture font). */
    static double textWidth(String label) {
        return PaintCanvas.textWidth(label, FONT_SIZE);
    }
}
