package org.jbackprop.data;

import org.jbackprop.tensor.Tensor;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Conversion between tensors and Tablesaw tables: a 2-d tensor of shape (rows, columns) is a
 * table with one double column per tensor column.
 */
public final class Tables {

    /** Builds the exception for a cell that is not a number (row and column are 0-based). */
    @FunctionalInterface
    interface BadCell {
        RuntimeException at(int row, int col, String text);
    }

    private Tables() {
    }

    /**
     * A table with one double column per column of {@code t}.
     *
     * @param t     a tensor of shape (rows, columns), or (rows,) for a single column
     * @param names column names, one per column; none gives C0, C1, ...
     */
    public static Table toTable(Tensor t, String... names) {
        Tensor m = t.rank() == 1 ? t.reshape(-1, 1) : t;
        if (m.rank() != 2) {
            throw new IllegalArgumentException("toTable: needs a 1-d or 2-d tensor, got shape "
                    + java.util.Arrays.toString(t.shape()));
        }
        int cols = m.shape(1);
        if (names.length != 0 && names.length != cols) {
            throw new IllegalArgumentException("toTable: " + names.length + " names for " + cols + " columns");
        }
        Table table = Table.create("tensor");
        for (int j = 0; j < cols; j++) {
            table.addColumns(DoubleColumn.create(names.length == 0 ? "C" + j : names[j], m.col(j).toArray()));
        }
        return table;
    }

    /**
     * A tensor of shape (rows, columns) from a table whose columns are all numeric (missing
     * numbers become nan) or text holding numbers.
     */
    public static Tensor toTensor(Table table) {
        return toTensor(table, (row, col, text) -> new IllegalArgumentException("toTensor: table " + table.name()
                + ", row " + row + ", column " + table.column(col).name() + ": \"" + text + "\" is not a number"));
    }

    static Tensor toTensor(Table table, BadCell bad) {
        int rows = table.rowCount();
        int cols = table.columnCount();
        double[] d = new double[Math.multiplyExact(rows, cols)];
        for (int j = 0; j < cols; j++) {
            Column<?> c = table.column(j);
            if (c instanceof NumericColumn) {
                NumericColumn<?> n = (NumericColumn<?>) c;
                for (int i = 0; i < rows; i++) {
                    d[i * cols + j] = n.isMissing(i) ? Double.NaN : n.getDouble(i);
                }
            } else if (c instanceof StringColumn) {
                StringColumn s = (StringColumn) c;
                for (int i = 0; i < rows; i++) {
                    String text = s.get(i);
                    Double v = Csv.parseNumber(text);
                    if (v == null) {
                        throw bad.at(i, j, text);
                    }
                    d[i * cols + j] = v;
                }
            } else {
                throw new IllegalArgumentException("toTensor: column " + c.name() + " of type " + c.type()
                        + " holds no numbers");
            }
        }
        return Tensor.fromArray(d, rows, cols);
    }
}
