package org.jbackprop.jupyter.html;

import java.util.ArrayList;
import java.util.List;
import org.jbackprop.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * A tensor as an HTML table, truncated like pandas and numpy: a 1-d tensor is one row, a 2-d tensor
 * a table with row and column indices, and a tensor of rank 3 or more a sequence of 2-d slices, each
 * captioned with its leading indices ({@code [0, :, :]}). Long axes show their head and tail around an
 * ellipsis row or column, so the output stays a few KB whatever the tensor's size: only the shown
 * cells are ever read, into a {@link Grid} (or a Tablesaw {@link Table} for {@link #table}).
 */
public final class TensorHtml {

    /** The ellipsis written in place of hidden rows, columns and slices. */
    public static final String ELLIPSIS = "...";

    /**
     * How much of a tensor to show.
     *
     * @param precision  at most this many digits after the point, numpy's print option (see {@link CellFormat})
     * @param maxRows    rows shown in full up to this count; beyond it {@code edgeRows} head and tail rows
     * @param edgeRows   rows shown at each end of a long axis
     * @param maxCols    columns shown in full up to this count
     * @param edgeCols   columns shown at each end of a long axis
     * @param maxSlices  2-d slices shown in full up to this count (rank 3 and more)
     * @param edgeSlices slices shown at each end when there are more
     */
    public record Options(int precision, int maxRows, int edgeRows, int maxCols, int edgeCols,
                          int maxSlices, int edgeSlices) {

        /** Checks that every bound is positive and the precision is 0..17. */
        public Options {
            if (precision < 0 || precision > 17) {
                throw new IllegalArgumentException("precision must be between 0 and 17, got " + precision);
            }
            if (edgeRows < 1 || edgeCols < 1 || edgeSlices < 1) {
                throw new IllegalArgumentException("edgeRows, edgeCols and edgeSlices must be at least 1, got "
                        + edgeRows + ", " + edgeCols + ", " + edgeSlices);
            }
            if (maxRows < 2 * edgeRows || maxCols < 2 * edgeCols || maxSlices < 2 * edgeSlices) {
                throw new IllegalArgumentException("each max must be at least twice its edge, got rows "
                        + maxRows + "/" + edgeRows + ", cols " + maxCols + "/" + edgeCols + ", slices "
                        + maxSlices + "/" + edgeSlices);
            }
            if (maxRows > 1_000 || maxCols > 1_000 || maxSlices > 100) {
                throw new IllegalArgumentException("at most 1000 rows, 1000 columns and 100 slices can be shown, got "
                        + maxRows + ", " + maxCols + ", " + maxSlices);
            }
        }

        /** The defaults: numpy's precision 8 (as {@code toString}), up to 20 rows and columns (else 5 + 5), up to 6 slices (else 2 + 2). */
        public static Options defaults() {
            return new Options(CellFormat.DEFAULT_PRECISION, 20, 5, 20, 5, 6, 2);
        }

        /** These options with another precision. */
        public Options withPrecision(int precision) {
            return new Options(precision, maxRows, edgeRows, maxCols, edgeCols, maxSlices, edgeSlices);
        }

        /** These options with other row bounds. */
        public Options withRows(int maxRows, int edgeRows) {
            return new Options(precision, maxRows, edgeRows, maxCols, edgeCols, maxSlices, edgeSlices);
        }

        /** These options with other column bounds. */
        public Options withCols(int maxCols, int edgeCols) {
            return new Options(precision, maxRows, edgeRows, maxCols, edgeCols, maxSlices, edgeSlices);
        }

        /** These options with other slice bounds. */
        public Options withSlices(int maxSlices, int edgeSlices) {
            return new Options(precision, maxRows, edgeRows, maxCols, edgeCols, maxSlices, edgeSlices);
        }
    }

    private static volatile Options defaults = Options.defaults();

    private TensorHtml() {
    }

    /** The options used when a tensor is displayed. */
    public static Options options() {
        return defaults;
    }

    /** Sets the options used when a tensor is displayed, e.g. {@code options().withPrecision(2)}. */
    public static void setOptions(Options options) {
        defaults = java.util.Objects.requireNonNull(options, "options");
    }

    /** Shows at most {@code digits} digits after the point in every tensor displayed from now on (default 8, numpy's). */
    public static void precision(int digits) {
        setOptions(defaults.withPrecision(digits));
    }

    /** The tensor as HTML with the current {@link #options()}. */
    public static String html(Tensor t) {
        return html(t, defaults);
    }

    /** The tensor as HTML: one table for rank 0 to 2, a captioned sequence of slice tables for rank 3 and more. */
    public static String html(Tensor t, Options o) {
        int[] shape = t.shape();
        String caption = "shape " + shapeText(shape);
        if (shape.length <= 2) {
            return TableHtml.write(grid(t, new int[0], o), "jbackprop-tensor", caption, shape.length == 2, shape.length > 0);
        }
        StringBuilder sb = new StringBuilder("<div class=\"jbackprop-tensor\">\n<div>").append(caption).append("</div>\n");
        for (int[] lead : leadingIndices(shape, o)) {
            if (lead == null) {
                sb.append("<div>").append(ELLIPSIS).append("</div>\n");
            } else {
                sb.append(TableHtml.write(grid(t, lead, o), null, sliceLabel(lead, shape.length), true, true));
            }
        }
        return sb.append("</div>\n").toString();
    }

    /**
     * The shown cells of one 2-d slice as a Tablesaw table of strings: for rank 2 and more a first
     * column of row indices (named ""), then one column per shown column index, "..." for the gap.
     * Rank 0 is one cell in a column "0"; rank 1 is one row.
     *
     * @param lead the leading indices of the slice (empty for rank 0 to 2)
     */
    public static Table table(Tensor t, int[] lead, Options o) {
        return grid(t, lead, o).toTable();
    }

    /** The same cells as {@link #table}, as a {@link Grid}: what {@link #html} writes, without touching Tablesaw. */
    static Grid grid(Tensor t, int[] lead, Options o) {
        int[] shape = t.shape();
        int rank = shape.length;
        long[] rows = rank >= 2 ? Window.positions(shape[rank - 2], o.maxRows(), o.edgeRows()) : new long[] {0};
        long[] cols = rank >= 1 ? Window.positions(shape[rank - 1], o.maxCols(), o.edgeCols()) : new long[] {0};
        double[] values = new double[rows.length * cols.length];
        int[] index = new int[rank];
        System.arraycopy(lead, 0, index, 0, lead.length);
        int n = 0;
        for (long r : rows) {
            for (long c : cols) {
                if (r == Window.GAP || c == Window.GAP) {
                    continue;
                }
                if (rank >= 2) {
                    index[rank - 2] = (int) r;
                }
                if (rank >= 1) {
                    index[rank - 1] = (int) c;
                }
                values[n++] = t.get(index);
            }
        }
        String[] cells = rank == 0 ? new String[] {org.jbackprop.tensor.ArrayPrint.scalar(values[0])} // as toString
                : CellFormat.format(java.util.Arrays.copyOf(values, n), o.precision());
        List<String> names = new ArrayList<>();
        if (rank >= 2) {
            names.add("");
        }
        for (long c : cols) {
            names.add(label(c));
        }
        List<List<String>> grid = new ArrayList<>();
        int k = 0;
        for (long r : names.isEmpty() ? new long[0] : rows) {   // no columns, no rows: as in a Tablesaw table
            List<String> row = new ArrayList<>(names.size());
            if (rank >= 2) {
                row.add(label(r));
            }
            for (long c : cols) {
                row.add(r == Window.GAP || c == Window.GAP ? ELLIPSIS : cells[k++]);
            }
            grid.add(row);
        }
        return new Grid(rank <= 2 ? "shape " + shapeText(shape) : sliceLabel(lead, rank), names, grid);
    }

    /** The leading indices of the shown slices in order, null where slices are skipped. */
    static List<int[]> leadingIndices(int[] shape, Options o) {
        int lead = shape.length - 2;
        long count = 1;
        for (int i = 0; i < lead; i++) {
            count *= shape[i];
        }
        List<int[]> out = new ArrayList<>();
        for (long flat : Window.positions(count, o.maxSlices(), o.edgeSlices())) {
            if (flat == Window.GAP) {
                out.add(null);
                continue;
            }
            int[] idx = new int[lead];
            long rest = flat;
            for (int i = lead - 1; i >= 0; i--) {
                idx[i] = (int) (rest % shape[i]);
                rest /= shape[i];
            }
            out.add(idx);
        }
        return out;
    }

    /** numpy's way of writing a shape: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    public static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** The slice label, e.g. {@code [1, :, :]} for leading index 1 of a rank-3 tensor. */
    static String sliceLabel(int[] lead, int rank) {
        StringBuilder sb = new StringBuilder("[");
        for (int i : lead) {
            sb.append(i).append(", ");
        }
        return sb.append(":, :]").toString();
    }

    private static String label(long position) {
        return position == Window.GAP ? ELLIPSIS : Long.toString(position);
    }
}
