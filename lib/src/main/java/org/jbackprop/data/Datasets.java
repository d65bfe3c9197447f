package org.jbackprop.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jbackprop.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * Loading the lectures' data: numpy's {@code loadtxt} and the zoo data set.
 *
 * <pre>{@code
 * Tensor xy = Datasets.loadtxt(Path.of("data-04-zoo.csv"), ',');   // (101, 17)
 * Tensor x = xy.slice(":, 0:-1");                                    // (101, 16)
 * Tensor y = xy.slice(":, [-1]");                                    // (101, 1)
 * Dataset zoo = Datasets.zoo();                                      // the same, shipped in the jar
 * }</pre>
 */
public final class Datasets {

    /** The lecture's file name for the zoo data. */
    public static final String ZOO_FILE = "data-04-zoo.csv";
    /** Where the zoo data sits inside this library's jar. */
    public static final String ZOO_RESOURCE = "/org/jbackprop/data/" + ZOO_FILE;
    /** Where the original UCI Zoo data set is published (the source named in the shipped file). */
    public static final String ZOO_SOURCE = "https://archive.ics.uci.edu/dataset/111/zoo";

    private Datasets() {
    }

    /**
     * Numbers from a delimited text file, like {@code np.loadtxt(path, delimiter=',')}: lines
     * starting with {@code #} and blank lines are skipped; every row must have the same number of
     * columns. Like numpy, a single row or a single column gives a 1-d tensor; otherwise the result
     * has shape (rows, columns). Read with Tablesaw's CSV reader.
     *
     * @throws IllegalArgumentException naming the file, line and column of a ragged row or of a
     *                                  value that is not a number
     * @throws UncheckedIOException     if the file is missing or unreadable
     */
    public static Tensor loadtxt(Path path, char delimiter) {
        return loadtxt(path, delimiter, 0);
    }

    /**
     * Same as {@link #loadtxt(Path, char)} but never squeezed below {@code ndmin} axes (numpy's
     * {@code ndmin}); {@code ndmin = 2} always gives shape (rows, columns).
     */
    public static Tensor loadtxt(Path path, char delimiter, int ndmin) {
        Table table = Csv.readStrings(path, delimiter);
        Tensor t = Tables.toTensor(table, (row, col, text) -> {
            int line = Csv.lineOfRow(path, row);
            return new IllegalArgumentException(path + ", line " + line + ", column " + (col + 1)
                    + ": \"" + text + "\" is not a number");
        });
        if (ndmin >= 2) {
            return t;
        }
        int[] s = t.shape();
        if (s[0] == 1 || s[1] == 1) {
            return t.flatten();
        }
        return t;
    }

    /**
     * The lecture's zoo data, x of shape (101, 16) and y of shape (101, 1) with classes 0..6,
     * read from {@code folder/data-04-zoo.csv} instead of the copy inside the library (for a
     * file of your own in the same form).
     */
    public static Dataset zoo(Path folder) {
        Path file = folder.resolve(ZOO_FILE);
        Tensor xy = loadtxt(file, ',', 2);
        return new Dataset(xy.slice(":, 0:-1"), xy.slice(":, [-1]"));
    }

    /**
     * The lecture's zoo data, x of shape (101, 16) and y of shape (101, 1) with classes 0..6, from
     * the copy of {@value #ZOO_FILE} that ships inside this library (UCI Zoo, donated by Richard
     * Forsyth, CC BY 4.0; the attribution is in the file's {@code #} lines). Needs no network,
     * no file and no setting, so it works the same in a clone, on Binder and after {@code %maven}.
     */
    public static Dataset zoo() {
        String name = "resource " + ZOO_RESOURCE;
        try (InputStream in = Datasets.class.getResourceAsStream(ZOO_FILE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name + " is missing from the jbackprop-lib jar"));
            }
            Table table = Csv.readStrings(new InputStreamReader(in, StandardCharsets.UTF_8), name, ',');
            Tensor xy = Tables.toTensor(table, (row, col, text) -> new IllegalArgumentException(name
                    + ", data row " + (row + 1) + ", column " + (col + 1) + ": \"" + text + "\" is not a number"));
            return new Dataset(xy.slice(":, 0:-1"), xy.slice(":, [-1]"));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Converts a file in UCI zoo.data format (name, 16 attributes, type 1..7) to x (N, 16), y (N, 1) in 0..6. */
    public static Dataset fromUciZoo(Path zooData) {
        Table table = Csv.readStrings(zooData, ',');
        if (table.columnCount() != 18) {
            throw new IllegalArgumentException(zooData + ": expected 18 columns (animal name, 16 attributes, "
                    + "type) as in UCI's zoo.data, found " + table.columnCount());
        }
        table.removeColumns(0);
        Tensor xy = Tables.toTensor(table, (row, col, text) -> new IllegalArgumentException(zooData + ", line "
                + Csv.lineOfRow(zooData, row) + ", column " + (col + 2) + ": \"" + text + "\" is not a number"));
        Tensor x = xy.slice(":, 0:-1");
        Tensor y = xy.slice(":, [-1]").sub(1.0);
        return new Dataset(x, y);
    }
}
