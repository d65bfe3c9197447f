package org.jbackprop.jupyter.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.tensor.Significant;

/**
 * Where everything of a {@link Graph} picture goes, computed by Eclipse ELK's layered algorithm
 * (Sugiyama-style: layers left to right, few crossings, network-simplex layering that puts each input
 * in the layer just before the gate it feeds). Each edge carries one inline label two lines high, the
 * edge running through its middle: the value above, the gradient below; ELK reserves room for it, so
 * no label overlaps a node, an edge or another label. Graphs wider than {@link #MAX_WIDTH} are wrapped
 * into rows of layers by ELK's graph wrapping.
 *
 * <p>Coordinates are CSS pixels at the full font size; the picture scales them down to fit a column.
 */
final class GraphLayout {

    /** The widest layout kept before wrapping: 960 px at the smallest allowed scale (10 px / 13 px). */
    static final double MAX_WIDTH = GraphSvg.COLUMN_WIDTH * GraphSvg.FONT_SIZE / (double) GraphSvg.MIN_FONT_SIZE;
    /** Height of one line of text. */
    static final double LINE = 16;
    /** The gap between the value line and the gradient line, where the edge runs. */
    static final double GAP = 6;
    /** The smallest radius of a gate's circle. */
    static final double MIN_RADIUS = 16;
    static final double PADDING = 12;

    /** The kinds of box: an input's name, a gate's circle, the output's name. */
    enum Kind { INPUT, GATE, OUTPUT }

    /**
     * One node of the picture.
     *
     * @param kind  what is drawn
     * @param id    the graph node's id (for an output box: the id of the gate it names)
     * @param x     left of the box
     * @param y     top of the box
     * @param w     box width
     * @param h     box height
     * @param cx    the circle's centre (gates) or the text's centre
     * @param cy    the circle's centre or the text's middle
     * @param r     the circle's radius (gates), 0 otherwise
     * @param name  the name drawn (above a gate's circle, inside an input box); may be empty
     * @param op    the gate's op ("+", "exp"); empty for inputs and outputs
     */
    record Box(Kind kind, int id, double x, double y, double w, double h, double cx, double cy, double r,
               String name, String op) {
    }

    /**
     * One edge of the picture with its label.
     *
     * @param from   id of the node the value leaves
     * @param to     id of the gate it enters, or −1 for the edge into the output's name
     * @param points the route: x0, y0, x1, y1, ... ending at the target
     * @param lx     left of the label box
     * @param ly     top of the label box
     * @param lw     label box width
     * @param lh     label box height
     * @param value  the value text, above the edge
     * @param grad   the gradient text, below the edge; empty before backward
     */
    record Edge(int from, int to, double[] points, double lx, double ly, double lw, double lh, String value,
                String grad) {
    }

    final List<Box> boxes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    double width;
    double height;
    /** True when ELK wrapped the layers into more than one row. */
    boolean wrapped;

    private static boolean registered;

    private GraphLayout() {
    }

    /** An edge number as every picture writes it: 4 significant digits ({@code -2}, {@code 0.7311}, {@code 0.0004386}). */
    static String number(double v) {
        return Significant.format(v, 4);
    }

    /** Lays out {@code graph}; wraps it by layer when one row would be wider than {@link #MAX_WIDTH}. */
    static GraphLayout of(Graph graph) {
        GraphLayout flat = run(graph, 0);
        if (flat.width <= MAX_WIDTH) {
            return flat;
        }
        GraphLayout best = flat;
        double ratio = flat.width / flat.height;
        for (int attempt = 0; attempt < 8 && best.width > MAX_WIDTH; attempt++) {
            ratio *= 0.6;
            GraphLayout next = run(graph, ratio);
            if (next.width < best.width) {
                best = next;
            }
        }
        return best;
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    /** One ELK run; {@code aspectRatio} > 0 turns on wrapping towards that width : height. */
    private static GraphLayout run(Graph graph, double aspectRatio) {
        register();
        boolean withGrads = graph.nodes().stream().anyMatch(n -> n.grad() != 0);
        Map<Node, Integer> uses = new HashMap<>();
        for (Node n : graph.nodes()) {
            for (Node in : n.inputs()) {
                uses.merge(in, 1, Integer::sum);
            }
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 10.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        root.setProperty(LayeredOptions.SPACING_LABEL_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        if (aspectRatio > 0) {
            root.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
            root.setProperty(CoreOptions.ASPECT_RATIO, aspectRatio);
            root.setProperty(LayeredOptions.WRAPPING_ADDITIONAL_EDGE_SPACING, 16.0);
        }

        Map<Node, ElkNode> elk = new HashMap<>();
        Map<Node, ElkPort> west = new HashMap<>();
        Map<Node, ElkPort> east = new HashMap<>();
        Map<ElkNode, Box> shape = new HashMap<>();
        for (Node n : graph.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            Box b;
            int font = GraphSvg.FONT_SIZE;
            if (n.isInput()) {
                double w = Math.ceil(PaintCanvas.textWidth(n.name(), font)) + 14;
                double h = 24;
                b = new Box(Kind.INPUT, n.id(), 0, 0, w, h, w / 2, h / 2, 0, n.name(), "");
            } else {
                double r = Math.max(MIN_RADIUS, Math.ceil(PaintCanvas.textWidth(n.op(), font) / 2) + 5);
                boolean showName = n.isNamed() && uses.containsKey(n);
                String name = showName ? n.name() : "";
                double nameWidth = PaintCanvas.textWidth(name, font);
                double top = showName ? LINE + 2 : 0;
                double w = Math.max(2 * r, Math.ceil(nameWidth) + 4);
                double h = top + 2 * r;
                b = new Box(Kind.GATE, n.id(), 0, 0, w, h, w / 2, top + r, r, name, n.op());
            }
            e.setDimensions(b.w(), b.h());
            if (!n.isInput()) {
                west.put(n, port(e, PortSide.WEST, b.cx() - b.r(), b.cy()));
            }
            east.put(n, port(e, PortSide.EAST, b.cx() + (n.isInput() ? b.w() / 2 : b.r()), b.cy()));
            elk.put(n, e);
            shape.put(e, b);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (Node n : graph.nodes()) {
            for (int i = 0; i < n.inputs().size(); i++) {
                Node from = n.inputs().get(i);
                double grad = n.grad() * n.localGrads().get(i);
                String[] t = {number(from.value()), withGrads ? number(grad) : ""};
                elkEdges.add(edge(east.get(from), west.get(n), t));
                texts.add(t);
                ends.add(new int[] {from.id(), n.id()});
            }
        }
        for (Node n : graph.nodes()) {
            if (n.isInput() || uses.containsKey(n)) {
                continue;
            }
            ElkNode out = ElkGraphUtil.createNode(root);
            out.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            String name = n.name();
            double w = Math.ceil(PaintCanvas.textWidth(name, GraphSvg.FONT_SIZE)) + 8;
            double h = 24;
            out.setDimensions(w, h);
            ElkPort in = port(out, PortSide.WEST, 0, h / 2);
            shape.put(out, new Box(Kind.OUTPUT, n.id(), 0, 0, w, h, w / 2, h / 2, 0, name, ""));
            String[] t = {number(n.value()), withGrads ? number(n.grad()) : ""};
            elkEdges.add(edge(east.get(n), in, t));
            texts.add(t);
            ends.add(new int[] {n.id(), -1});
        }

        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        GraphLayout layout = new GraphLayout();
        layout.width = root.getWidth();
        layout.height = root.getHeight();
        layout.wrapped = aspectRatio > 0;
        for (ElkNode e : root.getChildren()) {
            Box b = shape.get(e);
            layout.boxes.add(new Box(b.kind(), b.id(), e.getX(), e.getY(), b.w(), b.h(), e.getX() + b.cx(),
                    e.getY() + b.cy(), b.r(), b.name(), b.op()));
        }
        for (int k = 0; k < elkEdges.size(); k++) {
            ElkEdge e = elkEdges.get(k);
            ElkEdgeSection s = e.getSections().get(0);
            List<Double> pts = new ArrayList<>();
            pts.add(s.getStartX());
            pts.add(s.getStartY());
            for (ElkBendPoint p : s.getBendPoints()) {
                pts.add(p.getX());
                pts.add(p.getY());
            }
            pts.add(s.getEndX());
            pts.add(s.getEndY());
            double[] xy = pts.stream().mapToDouble(Double::doubleValue).toArray();
            ElkLabel l = e.getLabels().get(0);
            layout.edges.add(new Edge(ends.get(k)[0], ends.get(k)[1], xy, l.getX(), l.getY(), l.getWidth(),
                    l.getHeight(), texts.get(k)[0], texts.get(k)[1]));
        }
        return layout;
    }

    private static ElkPort port(ElkNode node, PortSide side, double x, double y) {
        ElkPort p = ElkGraphUtil.createPort(node);
        p.setProperty(CoreOptions.PORT_SIDE, side);
        p.setDimensions(0, 0);
        p.setLocation(x, y);
        return p;
    }

    private static ElkEdge edge(ElkPort from, ElkPort to, String[] text) {
        ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
        ElkLabel l = ElkGraphUtil.createLabel(text[0] + " / " + text[1], e);
        double w = Math.max(PaintCanvas.textWidth(text[0], GraphSvg.FONT_SIZE),
                PaintCanvas.textWidth(text[1], GraphSvg.FONT_SIZE));
        l.setDimensions(Math.ceil(w) + 6, 2 * LINE + GAP);
        l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        l.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
        return e;
    }
}
