package org.jbackprop.jupyter.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbackprop.jupyter.Picture;
import org.jbackprop.jupyter.html.TensorHtml;
import org.jbackprop.nn.Layer;
import org.jbackprop.nn.Parameter;
import org.jbackprop.nn.Sequential;

/**
 * A {@link Sequential} as SVG: a left-to-right chain of boxes, one per layer, each with the layer's
 * name ({@code Linear(2→10)}) and its parameters' shapes ({@code W (2, 10)  b (10,)}), joined by arrows
 * from the input x to the output, in the mid grey and transparent background of every picture (legible
 * on light and dark themes). At most {@link #MAX_LAYERS} layers are drawn.
 */
public final class LayerSvg {

    /** The most layers drawn; longer chains end with a "... n more" box. */
    public static final int MAX_LAYERS = 40;

    static final double GAP = 36;
    static final double HEIGHT = 56;
    static final double TOP = 20;
    static final double LEFT = 10;
    static final double RIGHT = 40;
    static final double ROW_GAP = 30;
    static final int FONT = GraphSvg.FONT_SIZE;
    static final String INK = GraphSvg.INK;

    private LayerSvg() {
    }

    /** The network as an SVG document (with title and description). */
    public static String svg(Sequential network) {
        return picture(network).svg();
    }

    /**
     * The network as a picture: SVG and a 2× PNG painted by the same code, display size and alt text.
     * A chain wider than {@link GraphSvg#COLUMN_WIDTH} is scaled down to it, but never below labels of
     * {@link GraphSvg#MIN_FONT_SIZE} px; a longer chain wraps onto further rows.
     */
    public static Picture picture(Sequential network) {
        List<Layer> layers = network.layers();
        List<String[]> boxes = new ArrayList<>();
        for (int i = 0; i < Math.min(layers.size(), MAX_LAYERS); i++) {
            Layer l = layers.get(i);
            boxes.add(new String[] {clip(String.valueOf(l), 60), clip(parameterShapes(l), 60)});
        }
        if (layers.size() > MAX_LAYERS) {
            boxes.add(new String[] {"... " + (layers.size() - MAX_LAYERS) + " more layers", ""});
        }
        double maxWidth = GraphSvg.COLUMN_WIDTH * GraphSvg.FONT_SIZE / (double) GraphSvg.MIN_FONT_SIZE;
        List<double[]> at = new ArrayList<>(); // x, y, width of each box
        double x = LEFT;
        double y = TOP;
        double widest = 0;
        for (String[] box : boxes) {
            double w = 20 + Math.max(PaintCanvas.textWidth(box[0], FONT), PaintCanvas.textWidth(box[1], FONT));
            if (x > LEFT && x + GAP + w + GAP + RIGHT > maxWidth) {
                x = LEFT;
                y += HEIGHT + ROW_GAP;
            }
            at.add(new double[] {x + GAP, y, w});
            x += GAP + w;
            widest = Math.max(widest, x);
        }
        double viewWidth = widest + GAP + RIGHT;
        double viewHeight = y + HEIGHT + 14;
        double scale = Math.min(1.0, GraphSvg.COLUMN_WIDTH / viewWidth);
        int width = Math.min(GraphSvg.COLUMN_WIDTH, (int) Math.ceil(viewWidth * scale));
        int height = (int) Math.ceil(viewHeight * scale);
        String alt = alt(network, boxes);
        return Picture.of(() -> {
            SvgWriter svg = new SvgWriter(viewWidth, viewHeight, width, height, FONT);
            draw(svg, boxes, at);
            return svg.finish();
        }, () -> {
            PaintCanvas png = new PaintCanvas(width, height, scale, FONT);
            draw(png, boxes, at);
            return png.png();
        }, width, height, "Network of " + layers.size() + " layers", alt);
    }

    private static void draw(Canvas c, List<String[]> boxes, List<double[]> at) {
        double mid = at.isEmpty() ? TOP + HEIGHT / 2 : at.get(0)[1] + HEIGHT / 2;
        c.text(4, mid + 5, "label", "start", INK, "x");
        double from = 16;
        double row = at.isEmpty() ? TOP : at.get(0)[1];
        for (int i = 0; i < boxes.size(); i++) {
            double bx = at.get(i)[0];
            double by = at.get(i)[1];
            double bw = at.get(i)[2];
            if (by != row) { // a new row: the arrow goes down and back to the left
                double prevMid = row + HEIGHT / 2;
                double turn = row + HEIGHT + ROW_GAP / 2;
                c.polyline(new double[] {from, prevMid, from + GAP / 2, prevMid, from + GAP / 2, turn, LEFT + 8, turn,
                    LEFT + 8, by + HEIGHT / 2, bx - 1, by + HEIGHT / 2}, INK);
                c.triangle(bx, by + HEIGHT / 2, bx - 8, by + HEIGHT / 2 - 4, bx - 8, by + HEIGHT / 2 + 4, INK);
                row = by;
            } else {
                arrow(c, from, bx, by + HEIGHT / 2);
            }
            c.group("layer", "data-index", Integer.toString(i));
            c.rect(bx, by, bw, HEIGHT, "none", INK);
            c.text(bx + bw / 2, by + 23, "name", "middle", INK, boxes.get(i)[0]);
            if (!boxes.get(i)[1].isEmpty()) {
                c.text(bx + bw / 2, by + 42, "shapes", "middle", INK, boxes.get(i)[1]);
            }
            c.end();
            from = bx + bw;
        }
        double last = row + HEIGHT / 2;
        arrow(c, from, from + GAP, last);
        c.text(from + GAP + 4, last + 5, "label", "start", INK, "out");
    }

    /** E.g. "Sequential network x → Linear(2→10) → Sigmoid → Linear(10→1) → out; parameters W (2, 10), b (10,), ...". */
    static String alt(Sequential network, List<String[]> boxes) {
        List<String> names = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        for (String[] b : boxes) {
            names.add(b[0]);
            if (!b[1].isEmpty()) {
                shapes.add(b[0] + ": " + b[1]);
            }
        }
        return "Sequential network of " + network.layers().size() + " layers: x → " + String.join(" → ", names)
                + " → out" + (shapes.isEmpty() ? "" : "; parameters " + String.join("; ", shapes)) + ".";
    }

    /** The parameter names and shapes, e.g. {@code W (2, 10)  b (10,)}; empty for activations. */
    static String parameterShapes(Layer layer) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Parameter> e : layer.namedParameters().entrySet()) {
            parts.add(e.getKey() + " " + TensorHtml.shapeText(e.getValue().value().shape()));
        }
        return String.join("  ", parts);
    }

    private static void arrow(Canvas c, double x1, double x2, double y) {
        c.line(x1, y, x2 - 1, y, INK);
        c.triangle(x2, y, x2 - 8, y - 4, x2 - 8, y + 4, INK);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
