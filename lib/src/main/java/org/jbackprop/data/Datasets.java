package org.jbackprop.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import org.jbackprop.tensor.Tensor;
import tech.tablesaw.api.Table;

/**
 * Loading the lectures' data: numpy's {@code loadtxt} and the zoo data set.
 *
 * <pre>{@code
 * Tensor xy = Datasets.loadtxt(Path.of("data-04-zoo.csv"), ',');   // (101, 17)
 * Tensor x = xy.slice(":, 0:-1");                                    // (101, 16)
 * Tensor y = xy.slice(":, [-1]");                                    // (101, 1)
 * Dataset zoo = Datasets.zoo();                                      // the same, found or fetched
 * }</pre>
 */
public final class Datasets {

    /** The lecture's file name for the zoo data. */
    public static final String ZOO_FILE = "data-04-zoo.csv";
    /** Where the original UCI Zoo data is published. */
    public static final URI ZOO_URL = URI.create("https://archive.ics.uci.edu/ml/machine-learning-databases/zoo/zoo.data");
    /** The system property naming a folder that holds {@value #ZOO_FILE}. */
    public static final String DATA_DIR_PROPERTY = "jbackprop.data.dir";
    /** The environment variable naming a folder that holds {@value #ZOO_FILE}. */
    public static final String DATA_DIR_ENV = "JBACKPROP_DATA_DIR";

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
     * read from {@code folder/data-04-zoo.csv}.
     */
    public static Dataset zoo(Path folder) {
        Path file = folder.resolve(ZOO_FILE);
        Tensor xy = loadtxt(file, ',', 2);
        return new Dataset(xy.slice(":, 0:-1"), xy.slice(":, [-1]"));
    }

    /**
     * The lecture's zoo data, found without arguments: from the folder named by the system
     * property {@value #DATA_DIR_PROPERTY} or the environment variable {@value #DATA_DIR_ENV}
     * when set; otherwise the original UCI Zoo file is downloaded once into
     * {@code ~/.cache/jbackprop} and converted (name column dropped, classes 1..7 become 0..6).
     */
    public static Dataset zoo() {
        String dir = System.getProperty(DATA_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(DATA_DIR_ENV);
        }
        if (dir != null && !dir.isBlank() && Files.isRegularFile(Paths.get(dir).resolve(ZOO_FILE))) {
            return zoo(Paths.get(dir));
        }
        return zoo(ZOO_URL, Paths.get(System.getProperty("user.home"), ".cache", "jbackprop"));
    }

    /**
     * The zoo data from the UCI original: {@code cacheDir/zoo.data} is used if present, otherwise
     * it is first downloaded from {@code url} (any URL Java can open, e.g. a {@code file:} URL in
     * tests). The converted data equals {@code data-04-zoo.csv}.
     */
    public static Dataset zoo(URI url, Path cacheDir) {
        Path cached = cacheDir.resolve("zoo.data");
        if (!Files.isRegularFile(cached)) {
            download(url, cached);
        }
        return fromUciZoo(cached);
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

    private static void download(URI url, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "zoo", ".part");
            try (InputStream in = url.toURL().openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("zoo: cannot download " + url + " into " + target + " (" + e
                    + "); without a network, put " + ZOO_FILE + " into a folder and set -D" + DATA_DIR_PROPERTY
                    + "=folder or " + DATA_DIR_ENV, e);
        }
    }
}
