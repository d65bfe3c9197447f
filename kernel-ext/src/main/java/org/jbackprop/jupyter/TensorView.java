package org.jbackprop.jupyter;

import org.jbackprop.jupyter.html.TensorHtml;
import org.jbackprop.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * How tensors are shown in the notebook, settable from a cell without imports:
 * {@code TensorView.precision(2)} shows at most two digits after the point from then on (numpy's
 * {@code np.set_printoptions(precision=2)}; the default 8 prints what {@code println} prints), {@code TensorView.rows(60, 10)}
 * shows up to 60 rows in full and 10 + 10 beyond (pandas' {@code max_rows} and {@code min_rows}).
 */
public final class TensorView {

    private TensorView() {
    }

    /** Shows at most {@code digits} digits after the point in every tensor displayed from now on (default 8, as {@code println}). */
    public static void precision(int digits) {
        TensorHtml.precision(digits);
    }

    /** Shows up to {@code max} rows in full; beyond that {@code edge} head and {@code edge} tail rows (default 20 and 5). */
    public static void rows(int max, int edge) {
        TensorHtml.setOptions(TensorHtml.options().withRows(max, edge));
    }

    /** Shows up to {@code max} columns in full; beyond that {@code edge} at each end (default 20 and 5). */
    public static void cols(int max, int edge) {
        TensorHtml.setOptions(TensorHtml.options().withCols(max, edge));
    }

    /** Back to the defaults. */
    public static void reset() {
        TensorHtml.setOptions(TensorHtml.Options.defaults());
    }

    /** The HTML a notebook shows for {@code t}. */
    public static String html(Tensor t) {
        return TensorHtml.html(t);
    }

    /**
     * The shown cells of a tensor of rank 0 to 2 as a Tablesaw table of strings (row labels in a
     * first column named ""), e.g. to save or to process with Tablesaw.
     */
    public static Table table(Tensor t) {
        if (t.rank() > 2) {
            throw new IllegalArgumentException("table: a tensor of rank " + t.rank() + " and shape "
                    + TensorHtml.shapeText(t.shape()) + " has no single table; take a 2-d slice first");
        }
        return TensorHtml.table(t, new int[0], TensorHtml.options());
    }
}
