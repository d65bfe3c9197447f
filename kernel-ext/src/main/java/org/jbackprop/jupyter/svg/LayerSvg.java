package org.jbackprop.jupyter.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbackprop.jupyter.html.TensorHtml;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.Sequential;

/**
 * A {@link Sequential} as SVG: a left-to-right chain of boxes, one per layer, each with the layer's
 * name ({@code Linear(2→10)}) and its parameters' shapes ({@code W (2, 10)  b (10,)}), joined by arrows
 * from the input x to the output. At most {@link #MAX_LAYERS} layers are drawn.
 */
public final class LayerSvg {

    /** The most layers drawn; longer chains end with a "... n more" box. */
    public static final int MAX_LAYERS = 40;

    static final double CHAR = 7.5;
    static final double GAP = 36;
    static final double HEIGHT = 56;
    static final double TOP = 20;
    static final String INK = "#333333";

    private LayerSvg() {
    }

    /** The network as an SVG document. */
    public static String svg(Sequential network) {
        List<Layer> layers = network.layers();
        List<String[]> boxes = new ArrayList<>();
        for (int i = 0; i < Math.min(layers.size(), MAX_LAYERS); i++) {
            Layer l = layers.get(i);
            boxes.add(new String[] {clip(String.valueOf(l), 60), clip(parameterShapes(l), 60)});
        }
        if (layers.size() > MAX_LAYERS) {
            boxes.add(new String[] {"... " + (layers.size() - MAX_LAYERS) + " more layers", ""});
        }
        double x = 10;
        List<double[]> at = new ArrayList<>();
        for (String[] box : boxes) {
            double w = 20 + CHAR * Math.max(box[0].length(), box[1].length());
            at.add(new double[] {x + GAP, w});
            x += GAP + w;
        }
        double width = x + GAP + 30;
        SvgWriter svg = new SvgWriter(width, TOP + HEIGHT + 20, 13);
        double mid = TOP + HEIGHT / 2;
        svg.text(4, mid + 5, "label", "start", INK, "x");
        double from = 16;
        for (int i = 0; i < boxes.size(); i++) {
            double bx = at.get(i)[0];
            double bw = at.get(i)[1];
            arrow(svg, from, bx, mid);
            svg.group("layer", "data-index", Integer.toString(i));
            svg.rect(bx, TOP, bw, HEIGHT, "#f4f6fb", INK);
            svg.text(bx + bw / 2, TOP + 23, "name", "middle", INK, boxes.get(i)[0]);
            if (!boxes.get(i)[1].isEmpty()) {
                svg.text(bx + bw / 2, TOP + 42, "shapes", "middle", "#777777", boxes.get(i)[1]);
            }
            svg.end();
            from = bx + bw;
        }
        arrow(svg, from, from + GAP, mid);
        svg.text(from + GAP + 4, mid + 5, "label", "start", INK, "out");
        return svg.finish();
    }

    /** The parameter names and shapes, e.g. {@code W (2, 10)  b (10,)}; empty for activations. */
    static String parameterShapes(Layer layer) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : layer.namedParameters().entrySet()) {
            parts.add(e.getKey() + " " + TensorHtml.shapeText(e.getValue().value().shape()));
        }
        return String.join("  ", parts);
    }

    private static void arrow(SvgWriter svg, double x1, double x2, double y) {
        svg.line(x1, y, x2 - 1, y, INK);
        svg.triangle(x2, y, x2 - 8, y - 4, x2 - 8, y + 4, INK);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
