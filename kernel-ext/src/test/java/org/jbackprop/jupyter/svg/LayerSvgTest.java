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
}
