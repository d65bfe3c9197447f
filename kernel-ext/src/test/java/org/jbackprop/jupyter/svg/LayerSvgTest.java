package org.jbackprop.jupyter.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.jupyter.Svgs;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Linear;
import org.jbackprop.nn.ReLU;
import org.jbackprop.nn.Sequential;
import org.jbackprop.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LayerSvgTest {

    @Test
    void aChainOfBoxesWithParameterShapes() {
        Rng rng = new Rng(1);
        Sequential net = new Sequential(new Linear(1, 10, rng), new ReLU(), new Linear(10, 1, rng));
        Document doc = Svgs.parse(LayerSvg.svg(net));
        List<Element> boxes = GraphSvgTest.byClass(doc, "g", "layer");
        assertEquals(3, boxes.size());
        assertEquals("Linear(1→10)", GraphSvgTest.text(boxes.get(0), "name"));
        assertEquals("W (1, 10)  b (10,)", GraphSvgTest.text(boxes.get(0), "shapes"));
        assertEquals("preserve", GraphSvgTest.first(boxes.get(0), "shapes")
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "space"), "two spaces stay two spaces");
        assertEquals("ReLU", GraphSvgTest.text(boxes.get(1), "name"));
        assertEquals(0, boxes.get(1).getElementsByTagNameNS("*", "text").getLength() - 1);
        double x0 = Double.parseDouble(((Element) boxes.get(0).getElementsByTagNameNS("*", "rect").item(0)).getAttribute("x"));
        double x2 = Double.parseDouble(((Element) boxes.get(2).getElementsByTagNameNS("*", "rect").item(0)).getAttribute("x"));
        assertEquals(true, x0 < x2);
    }

    @Test
    void longChainsAreCut() {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            layers.add(new ReLU());
        }
        Document doc = Svgs.parse(LayerSvg.svg(new Sequential(layers)));
        List<Element> boxes = GraphSvgTest.byClass(doc, "g", "layer");
        assertEquals(LayerSvg.MAX_LAYERS + 1, boxes.size());
        assertEquals("... 60 more layers", GraphSvgTest.text(boxes.get(LayerSvg.MAX_LAYERS), "name"));
    }

    @Test
    void aDeepChainWrapsToTheColumnAndItsPngIsTwiceTheSize() throws Exception {
        Rng rng = new Rng(0);
        List<Layer> layers = new ArrayList<>();
        layers.add(new Linear(784, 100, rng));
        for (int i = 0; i < 6; i++) {
            layers.add(new ReLU());
            layers.add(new Linear(100, 100, rng));
        }
        org.jbackprop.jupyter.Picture p = LayerSvg.picture(new Sequential(layers));
        Document doc = Svgs.parse(p.svg());
        Element svg = doc.getDocumentElement();
        double width = Double.parseDouble(svg.getAttribute("width"));
        double viewWidth = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
        assertEquals(true, width <= GraphSvg.COLUMN_WIDTH, "width " + width);
        assertEquals(true, GraphSvg.FONT_SIZE * width / viewWidth >= GraphSvg.MIN_FONT_SIZE);
        List<Element> boxes = GraphSvgTest.byClass(doc, "g", "layer");
        assertEquals(13, boxes.size());
        double firstY = Double.parseDouble(((Element) boxes.get(0).getElementsByTagNameNS("*", "rect").item(0)).getAttribute("y"));
        double lastY = Double.parseDouble(((Element) boxes.get(12).getElementsByTagNameNS("*", "rect").item(0)).getAttribute("y"));
        assertEquals(true, lastY > firstY, "wrapped onto a second row");
        for (Element box : boxes) {
            double[] b = GraphSvgTest.box(GraphSvgTest.first(box, "name"));
            assertEquals(true, b[0] >= 0 && b[2] <= viewWidth, "layer name inside the picture");
        }
        assertEquals("Network of 13 layers", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals(true, p.alt().startsWith("Sequential network of 13 layers: x → Linear(784→100) → ReLU → "), p.alt());
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.png()));
        assertEquals(2 * p.width(), png.getWidth());
        assertEquals(2 * p.height(), png.getHeight());
    }
}
