package org.jbackprop.jupyter.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jbackprop.graph.Circuits;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.jupyter.Picture;
import org.jbackprop.jupyter.Svgs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The graph picture's structure: what is drawn, where, and that nothing overlaps (no PNG hashes). */
class GraphSvgTest {

    /** cs231n lecture 4: f = (x + y) z at x = -2, y = 5, z = -4 (the shared lib test circuit). */
    private static Graph cs231n(boolean backward) {
        Graph g = Circuits.addMultiply();
        if (backward) {
            g.backward(g.node("f"));
        }
        return g;
    }

    private static Graph backward(Graph g, String output) {
        g.backward(g.node(output));
        return g;
    }

    @Test
    void gatesAreCirclesWithTheirOpsAndInputsAreNamedBoxes() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(true)));
        List<Element> gates = byClass(doc, "g", "node gate");
        assertEquals(List.of("+", "*"), gates.stream().map(e -> text(e, "op")).toList());
        assertEquals("q", text(gates.get(0), "label"));
        assertEquals(1, gates.get(0).getElementsByTagNameNS("*", "circle").getLength());
        List<Element> inputs = byClass(doc, "g", "node input");
        assertEquals(Set.of("x", "y", "z"), Set.copyOf(inputs.stream().map(e -> text(e, "label")).toList()));
        assertEquals("f", text(byClass(doc, "g", "node output").get(0), "label"));
        double plus = Double.parseDouble(circle(gates.get(0)).getAttribute("cx"));
        double times = Double.parseDouble(circle(gates.get(1)).getAttribute("cx"));
        assertTrue(plus < times, "left to right: + before *");
    }

    @Test
    void valuesAboveInGreenAndGradientsBelowInRed() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(true)));
        Element xToQ = edge(doc, "0", "3");
        assertEquals("-2", text(xToQ, "value"));
        assertEquals("-4", text(xToQ, "grad"));
        Element zToF = edge(doc, "2", "4");
        assertEquals("-4", text(zToF, "value"));
        assertEquals("3", text(zToF, "grad"));
        Element qToF = edge(doc, "3", "4");
        assertEquals("3", text(qToF, "value"));
        assertEquals("-4", text(qToF, "grad"));
        Element value = first(xToQ, "value");
        Element grad = first(xToQ, "grad");
        assertEquals(GraphSvg.VALUE_COLOR, value.getAttribute("fill"));
        assertEquals(GraphSvg.GRAD_COLOR, grad.getAttribute("fill"));
        assertTrue(num(value, "y") < num(grad, "y"));
        Element out = edge(doc, "4", "-1");
        assertEquals("-12", text(out, "value"));
        assertEquals("1", text(out, "grad"));
    }

    @Test
    void theEdgeRunsBetweenItsValueAndItsGradient() {
        for (Element e : byClass(Svgs.parse(GraphSvg.svg(backward(Circuits.sigmoidCircuit(), "f"))), "g", "edge")) {
            double[] value = box(first(e, "value"));
            double[] grad = box(first(e, "grad"));
            double[] p = points(e);
            boolean between = false;
            for (int i = 0; i + 3 < p.length; i += 2) {
                boolean horizontal = Math.abs(p[i + 1] - p[i + 3]) < 1e-6;
                double lo = Math.min(p[i], p[i + 2]);
                double hi = Math.max(p[i], p[i + 2]);
                between |= horizontal && p[i + 1] > value[3] && p[i + 1] < grad[1]
                        && lo <= value[0] && hi >= value[2];
            }
            assertTrue(between, "edge " + e.getAttribute("data-from") + "->" + e.getAttribute("data-to"));
        }
    }

    @Test
    void beforeBackwardOnlyValuesAreDrawn() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(false)));
        assertEquals(0, byClass(doc, "text", "grad").size());
        assertEquals(5, byClass(doc, "text", "value").size()); // 4 edges + the output
        assertEquals(0, byClass(doc, "text", "legend grad").size());
    }

    @Test
    void aFanOutShowsEachBranchsShareOfTheGradient() {
        Graph g = new Graph();
        Node a = g.input("a", 3);
        Node b = g.mul(a, a).name("b"); // a feeds both inputs of one gate: a^2
        g.backward(b);
        List<Element> edges = byClass(Svgs.parse(GraphSvg.svg(g)), "g", "edge");
        assertEquals(2, edges.size());
        for (Element e : edges) {
            assertEquals("3", text(e, "grad")); // each branch carries 3, together 6 = da
        }
    }

    @Test
    void eachInputSitsNextToTheGateItFeeds() {
        Document doc = Svgs.parse(GraphSvg.svg(backward(Circuits.sigmoidCircuit(), "f")));
        // w2 (id 4) feeds the second + (id 8), four gates to the right of w0's *: its box is next to that +
        double w2Right = rectRight(doc, "4");
        double w0Right = rectRight(doc, "0");
        double secondPlus = Double.parseDouble(circle(node(doc, "8")).getAttribute("cx"));
        assertTrue(w2Right > w0Right + 200, "w2 at " + w2Right + ", w0 at " + w0Right);
        assertTrue(secondPlus - w2Right < 200, "w2 ends at " + w2Right + ", its gate is at " + secondPlus);
    }

    @Test
    void lectureGraphsFitTheColumnWithLegibleLabelsAndNothingOverlaps() {
        List<Graph> graphs = List.of(cs231n(true), cs231n(false), backward(Circuits.sigmoidCircuit(), "f"),
                backward(Circuits.mazur(), "E_total"), backward(Circuits.scalarNet(), "loss"));
        for (Graph g : graphs) {
            Picture p = GraphSvg.picture(g);
            Document doc = Svgs.parse(p.svg());
            Element svg = doc.getDocumentElement();
            String what = p.title() + " (" + g.nodes().size() + " nodes)";
            double width = Double.parseDouble(svg.getAttribute("width"));
            double viewWidth = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
            assertTrue(width <= GraphSvg.COLUMN_WIDTH, what + " is " + width + " px wide");
            assertEquals(p.width(), (int) width);
            double fontPx = GraphSvg.FONT_SIZE * width / viewWidth;
            assertTrue(fontPx >= GraphSvg.MIN_FONT_SIZE - 1e-9, what + ": labels shown at " + fontPx + " px");

            List<Element> texts = elements(doc, "text");
            List<double[]> boxes = new ArrayList<>();
            for (Element t : texts) {
                double[] b = box(t);
                assertTrue(b[0] >= 0 && b[2] <= viewWidth, what + ": '" + t.getTextContent() + "' leaves the picture");
                boxes.add(b);
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(overlap(boxes.get(i), boxes.get(j)), what + ": '" + texts.get(i).getTextContent()
                            + "' overlaps '" + texts.get(j).getTextContent() + "'");
                }
            }
            for (Element shape : shapes(doc)) {
                double[] s = shapeBox(shape);
                Element owner = (Element) shape.getParentNode();
                for (int i = 0; i < boxes.size(); i++) {
                    if (texts.get(i).getParentNode() != owner) {
                        assertFalse(overlap(s, boxes.get(i)), what + ": '" + texts.get(i).getTextContent()
                                + "' overlaps node " + owner.getAttribute("data-id"));
                    }
                }
                for (Element e : byClass(doc, "g", "edge")) {
                    assertFalse(crosses(points(e), shrink(s, 1.5)), what + ": edge " + e.getAttribute("data-from")
                            + "->" + e.getAttribute("data-to") + " runs through node " + owner.getAttribute("data-id"));
                }
            }
            for (Element e : elements(doc, "polyline")) {
                double[] p2 = points((Element) e.getParentNode());
                for (int i = 0; i < boxes.size(); i++) {
                    assertFalse(crosses(p2, boxes.get(i)), what + ": an edge strikes through '"
                            + texts.get(i).getTextContent() + "'");
                }
            }
            Set<String> shown = new HashSet<>();
            texts.forEach(t -> shown.add(t.getTextContent()));
            for (Node n : g.nodes()) {
                if (n.isNamed()) {
                    assertTrue(shown.contains(n.name()), what + ": the name " + n.name() + " is not drawn");
                }
            }
        }
    }

    @Test
    void titleDescriptionAndAltTextSayWhatIsShown() {
        Picture p = GraphSvg.picture(cs231n(true));
        Document doc = Svgs.parse(p.svg());
        assertEquals("Computational graph of f", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals("Computational graph of 5 nodes from inputs x = -2, y = 5, z = -4 to f = -12; "
                + "gradients of the inputs after backward: x -4, y -4, z 3.", p.alt());
        assertEquals(p.alt(), doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent());
        assertEquals(p.alt(), ((java.util.Map<?, ?>) p.metadata().get("image/png")).get("alt"));
    }

    @Test
    void thePngIsTwiceTheDisplaySizeAndInksEveryTextTheSvgDraws() throws Exception {
        Picture p = GraphSvg.picture(backward(Circuits.sigmoidCircuit(), "f"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(p.png()));
        assertEquals(2 * p.width(), png.getWidth());
        assertEquals(2 * p.height(), png.getHeight());
        Document doc = Svgs.parse(p.svg());
        Element svg = doc.getDocumentElement();
        double scale = 2 * p.width() / Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
        assertEquals(0, png.getRGB(0, 0) >>> 24, "the background is transparent");
        for (Element t : elements(doc, "text")) {
            double[] b = box(t);
            int opaque = 0;
            for (int x = (int) (b[0] * scale); x < (int) (b[2] * scale); x++) {
                for (int y = (int) (b[1] * scale); y < (int) (b[3] * scale); y++) {
                    opaque += (png.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
                }
            }
            assertTrue(opaque > 3, "the PNG has no ink where the SVG writes '" + t.getTextContent() + "'");
        }
    }

    @Test
    void aGraphOfInputsOnlyAndNonFiniteValuesStillDraw() {
        Graph g = new Graph();
        g.input("x", 1);
        Picture p = GraphSvg.picture(g);
        assertEquals("Computational graph of 1 node from inputs x = 1.", p.alt());
        assertEquals(1, byClass(Svgs.parse(p.svg()), "g", "node input").size());
        Node y = g.input("y", 0);
        Node q = g.log(y).name("q");
        g.backward(g.mul(q, g.node("x")).name("f"));
        Document doc = Svgs.parse(GraphSvg.svg(g));
        assertEquals("-inf", text(edge(doc, "2", "3"), "value"));
        assertEquals(2 * GraphSvg.picture(g).width(), readPng(GraphSvg.picture(g)).getWidth());
    }

    @Test
    void hostileLabelsStayText() {
        Graph g = new Graph();
        Node x = g.input("<script>alert(1)</script>", 1);
        g.exp(x).name("</svg><b>");
        Document doc = Svgs.parse(GraphSvg.svg(g));
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength());
        assertEquals("<script>alert(1)</script>", text(byClass(doc, "g", "node input").get(0), "label"));
    }

    @Test
    void emptyAndHugeGraphsGiveAOneLinePicture() {
        assertEquals("empty graph", text(Svgs.parse(GraphSvg.svg(new Graph())).getDocumentElement(), "message"));
        Graph g = new Graph();
        Node n = g.input("x", 0.5);
        for (int i = 0; i < GraphSvg.MAX_NODES; i++) {
            n = g.sigmoid(n);
        }
        Picture p = GraphSvg.picture(g);
        assertTrue(p.svg().length() < 800, p.svg());
        assertEquals("graph of 301 nodes: too large to draw (limit 300)",
                text(Svgs.parse(p.svg()).getDocumentElement(), "message"));
        assertEquals(2 * p.width(), readPng(p).getWidth());
    }

    @Test
    void numbersInOneFormatOfFourSignificantDigits() {
        assertEquals("-2", GraphSvg.number(-2));
        assertEquals("0.7311", GraphSvg.number(0.7310585786));
        assertEquals("0", GraphSvg.number(-0.0));
        assertEquals("0.001", GraphSvg.number(0.001));
        assertEquals("0.0004386", GraphSvg.number(0.000438567734));
        assertEquals("3.51e-05", GraphSvg.number(3.5101877830e-05));
        assertEquals("nan", GraphSvg.number(Double.NaN));
    }

    @Test
    void longInputAndOutputLabelsFitInsideTheViewBox() {
        Graph g = new Graph();
        Node apples = g.input("apple_num", 2);
        Node oranges = g.input("orange_num_of_the_day", 3);
        g.backward(g.add(apples, oranges).name("total_price_with_tax"));
        Document doc = Svgs.parse(GraphSvg.svg(g));
        double width = Double.parseDouble(doc.getDocumentElement().getAttribute("viewBox").split(" ")[2]);
        for (Element label : byClass(doc, "text", "label")) {
            double[] b = box(label);
            assertTrue(b[0] >= 0 && b[2] <= width, label.getTextContent() + " spans " + b[0] + ".." + b[2]);
        }
    }

    // ---- reading the SVG ----------------------------------------------------------------------

    static List<Element> elements(Document doc, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    static List<Element> byClass(Document doc, String tag, String cssClass) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements(doc, tag)) {
            if (e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element edge(Document doc, String from, String to) {
        for (Element e : elements(doc, "g")) {
            if (e.getAttribute("class").startsWith("edge") && e.getAttribute("data-from").equals(from)
                    && e.getAttribute("data-to").equals(to)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    private static Element node(Document doc, String id) {
        for (Element e : elements(doc, "g")) {
            if (e.getAttribute("class").startsWith("node") && e.getAttribute("data-id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static Element circle(Element node) {
        return (Element) node.getElementsByTagNameNS("*", "circle").item(0);
    }

    private static double rectRight(Document doc, String id) {
        Element r = (Element) node(doc, id).getElementsByTagNameNS("*", "rect").item(0);
        return num(r, "x") + num(r, "width");
    }

    static Element first(Element parent, String cssClass) {
        NodeList texts = parent.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element e = (Element) texts.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                return e;
            }
        }
        throw new AssertionError("no text of class " + cssClass);
    }

    static String text(Element parent, String cssClass) {
        return first(parent, cssClass).getTextContent();
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** A text's box: left, top, right, bottom (ascent 0.76 em above the baseline, descent 0.24 em below). */
    static double[] box(Element t) {
        double w = GraphSvg.textWidth(t.getTextContent());
        double x = num(t, "x");
        double y = num(t, "y");
        String anchor = t.getAttribute("text-anchor");
        double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        return new double[] {left, y - 0.76 * GraphSvg.FONT_SIZE, left + w, y + 0.24 * GraphSvg.FONT_SIZE};
    }

    private static List<Element> shapes(Document doc) {
        List<Element> out = new ArrayList<>(elements(doc, "circle"));
        out.addAll(elements(doc, "rect"));
        return out;
    }

    private static double[] shapeBox(Element s) {
        if (s.getTagName().endsWith("circle")) {
            double r = num(s, "r");
            return new double[] {num(s, "cx") - r, num(s, "cy") - r, num(s, "cx") + r, num(s, "cy") + r};
        }
        return new double[] {num(s, "x"), num(s, "y"), num(s, "x") + num(s, "width"), num(s, "y") + num(s, "height")};
    }

    private static double[] shrink(double[] b, double d) {
        return new double[] {b[0] + d, b[1] + d, b[2] - d, b[3] - d};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The polyline of an edge group. */
    private static double[] points(Element edge) {
        Element line = (Element) edge.getElementsByTagNameNS("*", "polyline").item(0);
        String[] xy = line.getAttribute("points").trim().split("[ ,]+");
        double[] p = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            p[i] = Double.parseDouble(xy[i]);
        }
        return p;
    }

    /** Whether an axis-parallel polyline passes through the inside of a box. */
    private static boolean crosses(double[] p, double[] b) {
        for (int i = 0; i + 3 < p.length; i += 2) {
            double x1 = Math.min(p[i], p[i + 2]);
            double x2 = Math.max(p[i], p[i + 2]);
            double y1 = Math.min(p[i + 1], p[i + 3]);
            double y2 = Math.max(p[i + 1], p[i + 3]);
            if (x2 > b[0] && x1 < b[2] && y2 > b[1] && y1 < b[3]) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage readPng(Picture p) {
        try {
            return ImageIO.read(new ByteArrayInputStream(p.png()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
