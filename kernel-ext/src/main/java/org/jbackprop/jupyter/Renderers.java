package org.jbackprop.jupyter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbackprop.jupyter.chart.ChartImages;
import org.jbackprop.jupyter.chart.Headless;
import org.jbackprop.check.CheckResult;
import org.jbackprop.check.Checks;
import org.jbackprop.check.GradCheckReport;
import org.jbackprop.graph.Graph;
import org.jbackprop.graph.Node;
import org.jbackprop.graph.Trace;
import org.jbackprop.jupyter.html.CheckHtml;
import org.jbackprop.jupyter.html.ReportHtml;
import org.jbackprop.jupyter.html.TensorHtml;
import org.jbackprop.jupyter.svg.GraphSvg;
import org.jbackprop.jupyter.svg.LayerSvg;
import org.jbackprop.nn.Sequential;
import org.jbackprop.tensor.Tensor;
import org.jbackprop.train.History;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The catalogue of how the library's types appear in a notebook, kernel-neutral: each entry maps a
 * type to its MIME texts. The JJava and IJava adapters register exactly these; tests and plain Java
 * call {@link #render(Object)}.
 *
 * <ul>
 *   <li>{@link Tensor}: {@code text/html} table ({@link TensorHtml}) and {@code text/plain} numpy text</li>
 *   <li>{@link History}: its {@link Charts#history chart} as a {@link Picture}: {@code image/png} (2×) and {@code image/svg+xml}, with display size and alt text in the metadata</li>
 *   <li>{@link Graph}: the cs231n picture laid out by ELK, as a {@link Picture} (PNG at 2× and SVG) ({@link GraphSvg})</li>
 *   <li>{@link Sequential}: a chain of layer boxes with parameter shapes, as a {@link Picture} ({@link LayerSvg})</li>
 *   <li>{@link Trace} and {@link GradCheckReport}: {@code text/html} tables ({@link ReportHtml})</li>
 *   <li>{@link Checks} and {@link CheckResult} (exercise checks): {@code text/html} pass/fail tables ({@link CheckHtml})</li>
 *   <li>{@link Figure}, {@link Picture} and any XChart chart (XYChart, CategoryChart, ...): the same picture types</li>
 * </ul>
 */
public final class Renderers {

    static {
        Headless.ensure();
    }

    private Renderers() {
    }

    /** The catalogue, built once: looking a type up happens at every display. */
    private static final List<MimeRenderer<?>> CATALOGUE = List.copyOf(build());

    /** Every renderer, most specific type first (the same objects at every call: do not change them). */
    public static List<MimeRenderer<?>> all() {
        return CATALOGUE;
    }

    private static List<MimeRenderer<?>> build() {
        List<MimeRenderer<?>> all = new ArrayList<>();
        all.add(MimeRenderer.of(Tensor.class)
                .prefer(Mime.TEXT_HTML, TensorHtml::html)
                .prefer(Mime.TEXT_PLAIN, Tensor::toString));
        all.add(MimeRenderer.of(History.class)
                .picture(h -> Charts.history(h).picture())
                .prefer(Mime.TEXT_PLAIN, History::toString));
        all.add(MimeRenderer.of(Figure.class)
                .picture(Figure::picture)
                .prefer(Mime.TEXT_PLAIN, Figure::toString));
        all.add(MimeRenderer.of(Picture.class)
                .picture(p -> p)
                .prefer(Mime.TEXT_PLAIN, Picture::alt));
        all.add(MimeRenderer.of(Graph.class)
                .picture(GraphSvg::picture)
                .prefer(Mime.TEXT_PLAIN, Renderers::graphText));
        all.add(MimeRenderer.of(Sequential.class)
                .picture(LayerSvg::picture)
                .prefer(Mime.TEXT_PLAIN, Sequential::toString));
        all.add(MimeRenderer.of(Trace.class)
                .prefer(Mime.TEXT_HTML, ReportHtml::html)
                .prefer(Mime.TEXT_PLAIN, Trace::toString));
        all.add(MimeRenderer.of(GradCheckReport.class)
                .prefer(Mime.TEXT_HTML, ReportHtml::html)
                .prefer(Mime.TEXT_PLAIN, GradCheckReport::toString));
        all.add(MimeRenderer.of(Checks.class)
                .prefer(Mime.TEXT_HTML, CheckHtml::html)
                .prefer(Mime.TEXT_PLAIN, Checks::toString));
        all.add(MimeRenderer.of(CheckResult.class)
                .prefer(Mime.TEXT_HTML, CheckHtml::html)
                .prefer(Mime.TEXT_PLAIN, CheckResult::toString));
        all.add(chartRenderer());
        return all;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MimeRenderer<?> chartRenderer() {
        MimeRenderer<Chart> r = MimeRenderer.of(Chart.class);
        return r.picture(c -> ChartImages.picture(c))
                .prefer(Mime.TEXT_PLAIN, c -> c.getClass().getSimpleName() + " \"" + c.getTitle() + "\" "
                        + c.getWidth() + " x " + c.getHeight() + ": " + String.join(", ", c.getSeriesMap().keySet()));
    }

    /** A graph as text: one line per node ({@code q = x + y = 3.0 (grad -4.0)}), at most 50. */
    static String graphText(Graph g) {
        List<Node> nodes = g.nodes();
        StringBuilder sb = new StringBuilder("Graph of ").append(nodes.size()).append(" nodes");
        for (int i = 0; i < Math.min(nodes.size(), 50); i++) {
            sb.append('\n').append(nodes.get(i));
        }
        if (nodes.size() > 50) {
            sb.append("\n...");
        }
        return sb.toString();
    }

    /** The first renderer whose type {@code value} is an instance of, or null. */
    public static MimeRenderer<?> find(Object value) {
        if (value == null) {
            return null;
        }
        for (MimeRenderer<?> r : CATALOGUE) {
            if (r.accepts(value)) {
                return r;
            }
        }
        return null;
    }

    /** {@code value}'s preferred MIME texts, as a notebook would show it; never throws. */
    public static Map<String, String> render(Object value) {
        MimeRenderer<?> r = find(value);
        return r == null ? Map.of(Mime.TEXT_PLAIN, Fallback.plainText(value)) : r.render(value);
    }

    /** {@code value}'s preferred MIME texts and their output metadata (a picture's display size and alt text); never throws. */
    public static MimeBundle bundle(Object value) {
        MimeRenderer<?> r = find(value);
        return r == null ? MimeBundle.of(Map.of(Mime.TEXT_PLAIN, Fallback.plainText(value))) : r.bundle(value);
    }

    /** {@code value} as the given MIME types (those it supports), plus {@code text/plain}; never throws. */
    public static Map<String, String> render(Object value, String... mimes) {
        MimeRenderer<?> r = find(value);
        return r == null ? Map.of(Mime.TEXT_PLAIN, Fallback.plainText(value)) : r.render(value, Arrays.asList(mimes));
    }
}
