package org.jbackprop.jupyter.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jbackprop.tensor.Tensor;
import org.jbackprop.jupyter.TestTensors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TensorHtmlTest {

    private static final TensorHtml.Options DEFAULTS = TensorHtml.Options.defaults();

    @Test
    void matrixWithIndicesAndShapeCaption() {
        Tensor t = Tensor.of(new double[][] {{1, 2.5, 3}, {4, 5, Double.NaN}});
        assertEquals("""
                <table class="jbackprop-tensor">
                <caption>shape (2, 3)</caption>
                <thead>
                <tr><th></th><th>0</th><th>1</th><th>2</th></tr>
                </thead>
                <tbody>
                <tr><th>0</th><td>1.</td><td>2.5</td><td>3.</td></tr>
                <tr><th>1</th><td>4.</td><td>5.</td><td>nan</td></tr>
                </tbody>
                </table>
                """, TensorHtml.html(t, DEFAULTS));
    }

    @Test
    void vectorAsOneRow() {
        assertEquals("""
                <table class="jbackprop-tensor">
                <caption>shape (3,)</caption>
                <thead>
                <tr><th>0</th><th>1</th><th>2</th></tr>
                </thead>
                <tbody>
                <tr><td>1.</td><td>-inf</td><td>3.</td></tr>
                </tbody>
                </table>
                """, TensorHtml.html(Tensor.of(1, Double.NEGATIVE_INFINITY, 3), DEFAULTS));
    }

    @Test
    void scalarAsOneCell() {
        assertEquals("""
                <table class="jbackprop-tensor">
                <caption>shape ()</caption>
                <tbody>
                <tr><td>0.25</td></tr>
                </tbody>
                </table>
                """, TensorHtml.html(Tensor.scalar(0.25), DEFAULTS));
    }

    @Test
    void longAxesShowHeadAndTailAroundAnEllipsis() {
        TensorHtml.Options small = DEFAULTS.withRows(3, 1).withCols(4, 2);
        assertEquals("""
                <table class="jbackprop-tensor">
                <caption>shape (4, 5)</caption>
                <thead>
                <tr><th></th><th>0</th><th>1</th><th>...</th><th>3</th><th>4</th></tr>
                </thead>
                <tbody>
                <tr><th>0</th><td>0.</td><td>1.</td><td>...</td><td>3.</td><td>4.</td></tr>
                <tr><th>...</th><td>...</td><td>...</td><td>...</td><td>...</td><td>...</td></tr>
                <tr><th>3</th><td>15.</td><td>16.</td><td>...</td><td>18.</td><td>19.</td></tr>
                </tbody>
                </table>
                """, TensorHtml.html(TestTensors.arange(4, 5), small));
    }

    @Test
    void rankThreeAsCaptionedSlices() {
        assertEquals("""
                <div class="jbackprop-tensor">
                <div>shape (2, 1, 2)</div>
                <table>
                <caption>[0, :, :]</caption>
                <thead>
                <tr><th></th><th>0</th><th>1</th></tr>
                </thead>
                <tbody>
                <tr><th>0</th><td>0.</td><td>1.</td></tr>
                </tbody>
                </table>
                <table>
                <caption>[1, :, :]</caption>
                <thead>
                <tr><th></th><th>0</th><th>1</th></tr>
                </thead>
                <tbody>
                <tr><th>0</th><td>2.</td><td>3.</td></tr>
                </tbody>
                </table>
                </div>
                """, TensorHtml.html(TestTensors.arange(2, 1, 2), DEFAULTS));
    }

    @Test
    void manySlicesShowTheFirstAndLastWithTheirLeadingIndices() {
        String html = TensorHtml.html(TestTensors.arange(3, 4, 1, 1), DEFAULTS.withSlices(4, 2));
        assertEquals(4, count(html, "<table>"));
        assertTrue(html.contains("<caption>[0, 0, :, :]</caption>"), html);
        assertTrue(html.contains("<caption>[0, 1, :, :]</caption>"), html);
        assertTrue(html.contains("<div>...</div>"), html);
        assertTrue(html.contains("<caption>[2, 2, :, :]</caption>"), html);
        assertTrue(html.contains("<caption>[2, 3, :, :]</caption><thead>".replace("<thead>", "\n<thead>")), html);
        assertTrue(html.contains("<td>11.</td>"), html);
    }

    @Test
    void tenMillionElementsGiveAFewKilobytes() {
        Tensor big = TestTensors.arange(1000, 10_000);
        String html = TensorHtml.html(big);
        assertTrue(html.length() < 4_000, "length " + html.length());
        assertEquals(12, count(html, "<tr>"), html); // header + 5 head + ellipsis + 5 tail
        assertTrue(html.contains("<tr><th>999</th><td>9.990000e+06</td>"), html);
        assertTrue(html.endsWith("<td>9.999999e+06</td></tr>\n</tbody>\n</table>\n"), html);
    }

    @Test
    void tableHoldsOnlyTheShownCells() {
        Table table = TensorHtml.table(TestTensors.arange(1000, 10_000), new int[0], DEFAULTS);
        assertEquals(11, table.rowCount());
        assertEquals(12, table.columnCount()); // row labels + 5 + ellipsis + 5
        assertEquals("9995", table.column(7).name());
        assertEquals("9.995000e+03", table.getString(0, 7)); // numpy: 0 ... 9999999 prints in e-notation
    }

    @Test
    void theGridWritesWhatItsTablesawTableWrites() {
        // html() writes a Grid so that the first tensor shown never waits for Tablesaw's class-path
        // scan; the Tablesaw table of the same cells must write the very same bytes.
        for (int[] shape : new int[][] {{}, {0}, {3}, {0, 3}, {2, 0}, {2, 3}, {30, 4}, {3, 30}, {25, 25}, {2, 3, 4}}) {
            Tensor t = shape.length == 0 ? Tensor.scalar(-0.125) : TestTensors.arange(shape);
            int[] lead = new int[Math.max(0, shape.length - 2)];
            String expected = TableHtml.write(TensorHtml.table(t, lead, DEFAULTS), "c", "cap", shape.length >= 2, shape.length > 0);
            assertEquals(expected, TableHtml.write(TensorHtml.grid(t, lead, DEFAULTS), "c", "cap", shape.length >= 2, shape.length > 0),
                    java.util.Arrays.toString(shape));
        }
    }

    @Test
    void aGridGivenByColumnsReadsNullAsEmptyLikeTablesaw() {
        Grid g = Grid.ofColumns("t", java.util.List.of("a", "b"),
                java.util.List.of(java.util.Arrays.asList("1", null), java.util.List.of("x", "y")));
        assertEquals(java.util.List.of(java.util.List.of("1", "x"), java.util.List.of("", "y")), g.rows());
        assertEquals(TableHtml.write(g.toTable(), null, null, false, true), TableHtml.write(g, null, null, false, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grid.ofColumns("t",
                java.util.List.of("a", "b"), java.util.List.of(java.util.List.of("1"), java.util.List.of())));
        assertEquals("column b has 0 cells, column a has 1", e.getMessage());
        // an empty first column is checked too, not taken as a table of no rows
        e = assertThrows(IllegalArgumentException.class, () -> Grid.ofColumns("t",
                java.util.List.of("a", "b"), java.util.List.of(java.util.List.of(), java.util.List.of("1"))));
        assertEquals("column b has 1 cells, column a has 0", e.getMessage());
    }

    @Test
    void aGridRowMustHaveOneCellPerColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grid("t", java.util.List.of("a", "b"), java.util.List.of(java.util.List.of("1"))));
        assertEquals("row 0 has 1 cells, but there are 2 columns", e.getMessage());
    }

    @Test
    void emptyTensorsRenderTheirShape() {
        assertEquals("""
                <table class="jbackprop-tensor">
                <caption>shape (0,)</caption>
                <thead>
                <tr></tr>
                </thead>
                <tbody>
                </tbody>
                </table>
                """, TensorHtml.html(Tensor.zeros(0), DEFAULTS));
        String noRows = TensorHtml.html(Tensor.zeros(0, 3), DEFAULTS);
        assertTrue(noRows.contains("<tr><th></th><th>0</th><th>1</th><th>2</th></tr>"), noRows);
        assertTrue(noRows.contains("<tbody>\n</tbody>"), noRows);
        assertEquals("<div class=\"jbackprop-tensor\">\n<div>shape (0, 2, 2)</div>\n</div>\n",
                TensorHtml.html(Tensor.zeros(0, 2, 2), DEFAULTS));
    }

    @Test
    void precisionIsConfigurable() {
        String html = TensorHtml.html(Tensor.of(1.0 / 3, 2.0 / 3), DEFAULTS.withPrecision(2));
        assertTrue(html.contains("<td>0.33</td><td>0.67</td>"), html);
    }

    @Test
    void optionsRejectBoundsThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withRows(3, 2));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCols(10, 0));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPrecision(18));
    }

    @Test
    void shapeTextLikeNumpy() {
        assertEquals("()", TensorHtml.shapeText(new int[0]));
        assertEquals("(3,)", TensorHtml.shapeText(new int[] {3}));
        assertEquals("(2, 3, 4)", TensorHtml.shapeText(new int[] {2, 3, 4}));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
