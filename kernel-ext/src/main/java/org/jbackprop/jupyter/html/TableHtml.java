package org.jbackprop.jupyter.html;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Writes a {@link Grid} of cells or a Tablesaw {@link Table} as an HTML table, escaping every name and cell.
 * Unlike Tablesaw's own writer it can mark the first column as row labels ({@code <th>}),
 * adds a caption, and writes the table it is given: callers pass only the rows they want shown.
 */
public final class TableHtml {

    private TableHtml() {
    }

    /**
     * The table as HTML, one element per line: {@code <table class=...>}, a {@code <caption>},
     * {@code <thead>} with the column names and {@code <tbody>} with the cells.
     *
     * @param table        the cells to write (all of them)
     * @param cssClass     the table's class attribute, or null for none
     * @param caption      the caption text, or null for none
     * @param rowLabels    whether column 0 holds row labels, written as {@code <th>}
     * @param header       whether to write the column names as a header row
     */
    public static String write(Table table, String cssClass, String caption, boolean rowLabels, boolean header) {
        return write(Grid.of(table), cssClass, caption, rowLabels, header);
    }

    /**
     * The grid as HTML, exactly as {@link #write(Table, String, String, boolean, boolean)} writes a
     * table with the same names and cells.
     */
    public static String write(Grid table, String cssClass, String caption, boolean rowLabels, boolean header) {
        StringBuilder sb = new StringBuilder();
        sb.append("<table");
        if (cssClass != null) {
            sb.append(" class=\"").append(Html.escape(cssClass)).append('"');
        }
        sb.append(">\n");
        if (caption != null) {
            sb.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }
        int cols = table.columns().size();
        if (header) {
            sb.append("<thead>\n<tr>");
            for (int c = 0; c < cols; c++) {
                String name = table.columns().get(c);
                sb.append("<th>").append(rowLabels && c == 0 ? "" : Html.escape(name)).append("</th>");
            }
            sb.append("</tr>\n</thead>\n");
        }
        sb.append("<tbody>\n");
        for (List<String> row : table.rows()) {
            sb.append("<tr>");
            for (int c = 0; c < cols; c++) {
                String tag = rowLabels && c == 0 ? "th" : "td";
                sb.append('<').append(tag).append('>').append(Html.escape(row.get(c)))
                        .append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return sb.toString();
    }
}
