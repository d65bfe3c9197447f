package org.jbackprop.jupyter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jbackprop.train.History;
import org.jbackprop.train.NonFiniteMetricException;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

    private static History run(String name, double lr) {
        History h = new History(name);
        for (int step = 0; step <= 100; step += 10) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("loss", Math.exp(-lr * step));
            values.put("accuracy", 1 - Math.exp(-lr * step));
            h.record(step, values);
        }
        return h;
    }

    @Test
    void historyPutsLossLeftAndAccuracyOnASecondAxis() {
        XYChart chart = Charts.history(run("lr = 0.1", 0.1)).xchart();
        assertEquals(List.of("loss", "accuracy"), Charts.seriesNames(chart));
        assertEquals(0, chart.getSeriesMap().get("loss").getYAxisGroup());
        assertEquals(1, chart.getSeriesMap().get("accuracy").getYAxisGroup());
        assertEquals("accuracy", chart.getYAxisGroupTitle(1));
        assertEquals("step", chart.getXAxisTitle());
        assertEquals("lr = 0.1", chart.getTitle());
    }

    @Test
    void compareDrawsOneLinePerRunNamedByTheRun() {
        XYChart chart = Charts.compare("loss", run("lr = 0.1", 0.1), run("lr = 0.01", 0.01)).xchart();
        assertEquals(List.of("lr = 0.1", "lr = 0.01"), Charts.seriesNames(chart));
        XYSeries slow = chart.getSeriesMap().get("lr = 0.01");
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100}, slow.getXData());
        assertEquals(Math.exp(-0.5), slow.getYData()[5], 1e-15);
        assertEquals("loss", chart.getTitle());
    }

    @Test
    void compareGivesRunsOfTheSameNameDistinctLegendEntries() {
        XYChart chart = Charts.compare(run("run", 0.1), run("run", 0.2)).xchart();
        assertEquals(List.of("run", "run (2)"), Charts.seriesNames(chart));
    }

    @Test
    void pngIsTwiceTheFigureSize() throws Exception {
        byte[] png = Charts.history(run("a", 0.1)).size(320, 200).png();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
    }

    @Test
    void svgIsWellFormedWithTheFigureSizeAndNoProlog() {
        String svg = Charts.history(run("a", 0.1)).svg();
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        Element root = Svgs.parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("0 0 600 400", root.getAttribute("viewBox"));
        assertTrue(root.getElementsByTagNameNS("*", "path").getLength() > 10);
    }

    @Test
    void hostileTitlesNeverBecomeMarkup() {
        History h = run("<script>alert(1)</script>", 0.1);
        Figure fig = Charts.history(h).xLabel("</svg><script>x</script>").yLabel("a & b");
        Document doc = Svgs.parse(fig.svg());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertFalse(fig.svg().contains("<script"));
    }

    @Test
    void nanOnlyEmptyAndOnePointHistoriesRender() throws Exception {
        // a NaN is recorded (then the record throws, ending a training loop): the loss series is NaN only
        History nan = new History("nan").record(0, "accuracy", 0.5);
        assertThrows(NonFiniteMetricException.class, () -> nan.record(1, "loss", Double.NaN));
        History empty = new History("empty");
        History one = new History("one").record(5, "loss", 0.7);
        for (History h : List.of(nan, empty, one)) {
            Figure fig = Charts.history(h);
            assertTrue(ImageIO.read(new ByteArrayInputStream(fig.png())).getWidth() == 1200, h.name());
            Svgs.parse(fig.svg());
        }
        XYChart chart = Charts.history(one).xchart();
        assertArrayEquals(new double[] {0.7}, chart.getSeriesMap().get("loss").getYData());
        Svgs.parse(Charts.compare("loss", nan, empty, one).logY().svg());
    }

    @Test
    void logScaleLeavesOutPointsAtOrBelowZero() {
        History h = new History("h").record(0, "loss", 1.0).record(1, "loss", 0.0).record(2, "loss", 0.01);
        XYChart chart = Charts.compare("loss", h).logY().xchart();
        assertArrayEquals(new double[] {0, 2}, chart.getSeriesMap().get("h").getXData());
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        Svgs.parse(Charts.compare("loss", h).logY().svg());
    }

    @Test
    void longRunsAreThinnedToABoundedNumberOfPoints() {
        History h = new History("long");
        for (int step = 0; step < 100_000; step++) {
            h.record(step, "loss", step == 54_321 ? 50.0 : 1.0 / (1 + step));
        }
        XYSeries s = Charts.compare("loss", h).<XYChart>xchart().getSeriesMap().get("long");
        assertTrue(s.getXData().length <= 2_000, "points " + s.getXData().length);
        double max = 0;
        for (double y : s.getYData()) {
            max = Math.max(max, y);
        }
        assertEquals(50.0, max, 0.0); // the spike survives thinning
    }

    @Test
    void figureChecksItsSizeAndLimits() {
        Figure fig = Charts.history(run("a", 0.1));
        assertThrows(IllegalArgumentException.class, () -> fig.size(0, 100));
        assertThrows(IllegalArgumentException.class, () -> fig.ylim(1, 0));
        fig.ylim(-0.1, 1.1);
        assertEquals(-0.1, fig.<XYChart>xchart().getStyler().getYAxisMin());
    }

    @Test
    void toStringNamesTitleSizeAndSeries() {
        assertEquals("Figure \"loss\" 600 x 400: lr = 0.1, lr = 0.01",
                Charts.compare("loss", run("lr = 0.1", 0.1), run("lr = 0.01", 0.01)).toString());
    }
}
