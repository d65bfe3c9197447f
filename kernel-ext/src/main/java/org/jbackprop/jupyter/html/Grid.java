package org.jbackprop.jupyter.html;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The cells a table shows, as text: column names and rows of strings. {@link TableHtml} writes it;
 * tensors, gradient checks, traces and exercise checks are built as grids, not Tablesaw
 * {@link Table}s, because the first use of {@code Table} runs Tablesaw's class-path scan (half a
 * second in a kernel), which a student would otherwise wait for at the first table shown.
 *
 * @param name    the table's name (a Tablesaw table's name when converted)
 * @param columns the column names, one per column
 * @param rows    the cells, {@code rows[r][c]}, each row as long as {@code columns}
 */
public record Grid(String name, List<String> columns, List<List<String>> rows) {

    /** Checks that every row has one cell per column and no cell is null. */
    public Grid {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells, but there are "
                        + columns.size() + " columns");
            }
        }
        Objects.requireNonNull(name, "name");
    }

    /**
     * A grid given column by column: {@code names.get(c)} heads {@code columns.get(c)}, all columns
     * equally long; a null cell is empty, as in a Tablesaw string column.
     */
    public static Grid ofColumns(String name, List<String> names, List<? extends List<String>> columns) {
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException(names.size() + " column names for " + columns.size() + " columns");
        }
        int height = columns.isEmpty() ? 0 : columns.get(0).size();
        for (int c = 1; c < columns.size(); c++) {
            if (columns.get(c).size() != height) {
                throw new IllegalArgumentException("column " + names.get(c) + " has " + columns.get(c).size()
                        + " cells, column " + names.get(0) + " has " + height);
            }
        }
        List<List<String>> rows = new java.util.ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            List<String> row = new java.util.ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                String cell = columns.get(c).get(r);
                row.add(cell == null ? "" : cell);
            }
            rows.add(row);
        }
        return new Grid(name, names, rows);
    }

    /** The cells of a Tablesaw table, each as its {@link Table#getString} text. */
    public static Grid of(Table table) {
        int cols = table.columnCount();
        String[] names = new String[cols];
        for (int c = 0; c < cols; c++) {
            names[c] = table.column(c).name();
        }
        String[][] cells = new String[table.rowCount()][cols];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = table.getString(r, c);
            }
        }
        return new Grid(table.name(), List.of(names), java.util.Arrays.stream(cells).map(List::of).toList());
    }

    /** These cells as a Tablesaw table of string columns with the same names. */
    public Table toTable() {
        Table table = Table.create(name);
        for (int c = 0; c < columns.size(); c++) {
            String[] column = new String[rows.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = rows.get(r).get(c);
            }
            table.addColumns(StringColumn.create(columns.get(c), column));
        }
        return table;
    }
}
