package org.jbackprop.jupyter.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.graph.Circuits;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.jupyter.Svgs;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphSvgTest {

    /** cs231n lecture 4: f = (x + y) z at x = -2, y = 5, z = -4 (the shared lib test circuit). */
    private static Graph cs231n(boolean backward) {
        Graph g = Circuits.addMultiply();
        if (backward) {
            g.backward(g.node("f"));
        }
        return g;
    }

    @Test
    void gatesAreCirclesWithTheirOpsLaidOutByLongestPath() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(true)));
        List<Element> gates = byClass(doc, "g", "node gate");
        assertEquals(2, gates.size());
        assertEquals("+", text(gates.get(0), "op"));
        assertEquals("*", text(gates.get(1), "op"));
        Element plus = (Element) gates.get(0).getElementsByTagNameNS("*", "circle").item(0);
        Element times = (Element) gates.get(1).getElementsByTagNameNS("*", "circle").item(0);
        assertEquals("200", plus.getAttribute("cx")); // layer 1
        assertEquals("350", times.getAttribute("cx")); // layer 2
        List<Element> inputs = byClass(doc, "g", "node input");
        assertEquals(List.of("x", "y", "z"), inputs.stream().map(e -> text(e, "label")).toList());
    }

    @Test
    void valuesAboveInGreenAndGradientsBelowInRed() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(true)));
        Element xToQ = edge(doc, "0", "3");
        assertEquals("-2.00", text(xToQ, "value"));
        assertEquals("-4.00", text(xToQ, "grad"));
        Element zToF = edge(doc, "2", "4");
        assertEquals("-4.00", text(zToF, "value"));
        assertEquals("3.00", text(zToF, "grad"));
        Element qToF = edge(doc, "3", "4");
        assertEquals("3.00", text(qToF, "value"));
        assertEquals("-4.00", text(qToF, "grad"));
        Element value = first(xToQ, "value");
        Element grad = first(xToQ, "grad");
        assertEquals(GraphSvg.VALUE_COLOR, value.getAttribute("fill"));
        assertEquals(GraphSvg.GRAD_COLOR, grad.getAttribute("fill"));
        assertTrue(Double.parseDouble(value.getAttribute("y")) < Double.parseDouble(grad.getAttribute("y")));
        Element out = byClass(doc, "g", "edge output").get(0);
        assertEquals("-12.00", text(out, "value"));
        assertEquals("1.00", text(out, "grad"));
        assertEquals("f", text(out, "label"));
    }

    @Test
    void beforeBackwardOnlyValuesAreDrawn() {
        Document doc = Svgs.parse(GraphSvg.svg(cs231n(false)));
        assertEquals(0, byClass(doc, "text", "grad").size());
        assertEquals(5, byClass(doc, "text", "value").size()); // 4 edges + the output
    }

    @Test
    void aFanOutShowsEachBranchsShareOfTheGradient() {
        Graph g = new Graph();
        Node a = g.input("a", 3);
        Node b = g.mul(a, a).name("b"); // a feeds both inputs of one gate: a^2
        g.backward(b);
        Document doc = Svgs.parse(GraphSvg.svg(g));
        List<Element> edges = byClass(doc, "g", "edge");
        assertEquals(2, edges.size());
        for (Element e : edges) {
            assertEquals("3.00", text(e, "grad")); // each branch carries 3, together 6 = da
        }
    }

    @Test
    void hostileLabelsStayText() {
        Graph g = new Graph();
        Node x = g.input("<script>alert(1)</script>", 1);
        g.exp(x).name("</svg><b>");
        String svg = GraphSvg.svg(g);
        Document doc = Svgs.parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "b").getLength());
        assertEquals("<script>alert(1)</script>", text(byClass(doc, "g", "node input").get(0), "label"));
    }

    @Test
    void emptyAndHugeGraphsGiveAOneLineSvg() {
        assertEquals("empty graph", text(Svgs.parse(GraphSvg.svg(new Graph())).getDocumentElement(), "message"));
        Graph g = new Graph();
        Node n = g.input("x", 0.5);
        for (int i = 0; i < GraphSvg.MAX_NODES; i++) {
            n = g.sigmoid(n);
        }
        String svg = GraphSvg.svg(g);
        assertTrue(svg.length() < 500, svg);
        assertEquals("graph of 301 nodes: too large to draw (limit 300)",
                text(Svgs.parse(svg).getDocumentElement(), "message"));
    }

    @Test
    void numbersLikeTheLecture() {
        assertEquals("-2.00", GraphSvg.number(-2));
        assertEquals("0.73", GraphSvg.number(0.7310585786));
        assertEquals("0.00", GraphSvg.number(-0.0));
        assertEquals("1.00e-03", GraphSvg.number(0.001));
        assertEquals("nan", GraphSvg.number(Double.NaN));
    }

    static List<Element> byClass(Document doc, String tag, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element edge(Document doc, String from, String to) {
        for (Element e : byClass(doc, "g", "edge")) {
            if (e.getAttribute("data-from").equals(from) && e.getAttribute("data-to").equals(to)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
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

    @Test
    void longInputAndOutputLabelsFitInsideTheViewBox() {
        Graph g = new Graph();
        Node apples = g.input("apple_num", 2);
        Node oranges = g.input("orange_num_of_the_day", 3);
        Node total = g.add(apples, oranges).name("total_price_with_tax");
        g.backward(total);
        Document doc = Svgs.parse(GraphSvg.svg(g));
        String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        for (Element label : byClass(doc, "text", "label")) {
            double x = Double.parseDouble(label.getAttribute("x"));
            double extent = GraphSvg.textWidth(label.getTextContent());
            String anchor = label.getAttribute("text-anchor");
            double left = anchor.equals("end") ? x - extent : anchor.equals("middle") ? x - extent / 2 : x;
            double right = left + extent;
            assertTrue(left >= 0, label.getTextContent() + " starts at " + left);
            assertTrue(right <= width, label.getTextContent() + " ends at " + right + " > " + width);
        }
        // 21 characters at 0.62 * 13 px: about 169 px, more than the default 50 px margin
        assertTrue(GraphSvg.textWidth("orange_num_of_the_day") > 160);
    }
}
