package org.jbackprop.jupyter.html;

import org.jbackprop.tensor.ArrayPrint;

/**
 * Formats the numbers of one table as numpy prints the same numbers ({@link ArrayPrint}, the rule
 * {@code Tensor.toString()} follows): one format for all the cells shown, shortest digits up to
 * {@code precision} after the point ({@code 0.37850999}, {@code 1.}), scientific ({@code 1.e-05})
 * when numpy would switch, {@code nan}, {@code inf}, {@code -inf}. A table and {@code println} of
 * the same tensor show the same numbers.
 */
public final class CellFormat {

    /** numpy's default precision, as {@code toString} prints. */
    public static final int DEFAULT_PRECISION = ArrayPrint.PRECISION;

    private CellFormat() {
    }

    /** The cells of {@code values}, all in the one format numpy would choose for them. */
    public static String[] format(double[] values, int precision) {
        return ArrayPrint.elements(values, precision);
    }
}
