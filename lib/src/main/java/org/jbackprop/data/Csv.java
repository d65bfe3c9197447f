package org.jbackprop.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads delimited text into a table of strings with Tablesaw's CSV reader (lines starting with
 * {@code #} and blank lines skipped, no header), and turns a failure into a message that names
 * the file, the line and the column.
 */
final class Csv {

    private Csv() {
    }

    /** Every field as text; rows are the data lines of the file in order. */
    static Table readStrings(Path path, char delimiter) {
        if (!Files.isRegularFile(path)) {
            throw new UncheckedIOException(path + ": no such file (looked for " + path.toAbsolutePath() + ")",
                    new NoSuchFileException(path.toString()));
        }
        try {
            return Table.read().usingOptions(options(CsvReadOptions.builder(path.toFile()), delimiter));
        } catch (RuntimeException e) {
            String where = locateRagged(path, delimiter);
            throw new IllegalArgumentException(where != null ? where
                    : path + ": cannot read as '" + delimiter + "'-separated values: " + rootMessage(e), e);
        }
    }

    /** Every field as text from a reader (e.g. a resource in the jar); {@code source} names it in errors. */
    static Table readStrings(Reader reader, String source, char delimiter) {
        try {
            return Table.read().usingOptions(options(CsvReadOptions.builder(reader), delimiter));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": cannot read as '" + delimiter + "'-separated values: "
                    + rootMessage(e), e);
        }
    }

    private static CsvReadOptions options(CsvReadOptions.Builder builder, char delimiter) {
        return builder.separator(delimiter)
                .header(false)
                .commentPrefix('#')
                .columnTypes(name -> ColumnType.STRING)
                .missingValueIndicator("\u0000") // keep every field's text, "nan" included
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** The 1-based file line of data row {@code row} (0-based), skipping comment and blank lines. */
    static int lineOfRow(Path path, int row) {
        List<String> lines = lines(path);
        int r = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isData(lines.get(i))) {
                r++;
                if (r == row) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static boolean isData(String line) {
        return !line.startsWith("#") && !line.isBlank();
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Finds the first data line whose field count differs from the first data line's (quotes respected). */
    private static String locateRagged(Path path, char delimiter) {
        List<String> lines = lines(path);
        int expected = -1;
        int firstLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isData(line)) {
                continue;
            }
            int fields = countFields(line, delimiter);
            if (expected < 0) {
                expected = fields;
                firstLine = i + 1;
            } else if (fields != expected) {
                return path + ", line " + (i + 1) + ": found " + fields + " columns, but line " + firstLine
                        + " has " + expected + "; every row must have the same number of columns"
                        + (fields > expected ? " (column " + (expected + 1) + " is extra)"
                        : " (column " + (fields + 1) + " is missing)");
            }
        }
        return null;
    }

    private static int countFields(String line, char delimiter) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

    /**
     * A number as Python's float() reads it: decimal and exponent forms, nan, inf, -inf,
     * infinity (any case), surrounding spaces allowed; null if the text is not a number.
     */
    static Double parseNumber(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            return null;
        }
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
