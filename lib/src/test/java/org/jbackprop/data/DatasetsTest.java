package org.jbackprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.StringJoiner;
import org.jbackprop.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** loadtxt, the zoo data and the Tablesaw conversion; expected values from numpy's loadtxt by hand. */
class DatasetsTest {

    @TempDir
    Path tmp;

    @Test
    void zooHasTheLecturesShapesAndLabels() {
        Dataset zoo = Datasets.zoo();
        assertArrayEquals(new int[] {101, 16}, zoo.x().shape());
        assertArrayEquals(new int[] {101, 1}, zoo.y().shape());
        assertArrayEquals(new int[] {0, 0, 3, 0, 0, 0, 0, 3}, zoo.y().slice("0:8, 0").toIntArray());
        assertArrayEquals(new int[] {0, 5, 0, 6, 1}, zoo.y().slice("-5:, 0").toIntArray());
        assertEquals(Tensor.of(0, 1, 2, 3, 4, 5, 6), zoo.y().unique());
        // np.loadtxt(...)[:, 0:-1].sum(0) from numpy
        assertEquals(Tensor.of(1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 0, 0, 4, 0, 0, 1), zoo.x().row(0));
        assertEquals(Tensor.of(43, 20, 59, 41, 24, 36, 56, 61, 83, 80, 8, 17, 287, 75, 13, 44), zoo.x().sum(0));
    }

    @Test
    void loadtxtSkipsCommentsWithCommasAndQuotes() throws IOException {
        Path f = write("a.csv", "# name, \"quoted\",,\n1,2.5,-3\n\n4,nan,1e-3\n");
        Tensor t = Datasets.loadtxt(f, ',');
        assertArrayEquals(new int[] {2, 3}, t.shape());
        assertEquals(2.5, t.get(0, 1));
        assertTrue(Double.isNaN(t.get(1, 1)));
        assertEquals(1e-3, t.get(1, 2));
    }

    @Test
    void loadtxtSqueezesASingleColumnLikeNumpy() throws IOException {
        Path f = write("col.csv", "1\n2\n3\n");
        assertEquals(Tensor.of(1, 2, 3), Datasets.loadtxt(f, ','));
        assertArrayEquals(new int[] {3, 1}, Datasets.loadtxt(f, ',', 2).shape());
    }

    @Test
    void raggedRowNamesFileAndLine() throws IOException {
        Path f = write("ragged.csv", "# header\n1,2,3\n4,5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.loadtxt(f, ','));
        assertTrue(e.getMessage().startsWith(f + ", line 3: found 2 columns, but line 2 has 3"), e.getMessage());
    }

    @Test
    void nonNumberNamesFileLineAndColumn() throws IOException {
        Path f = write("bad.csv", "# header\n1,2,3\n\n4,x5,6\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.loadtxt(f, ','));
        assertEquals(f + ", line 4, column 2: \"x5\" is not a number", e.getMessage());
    }

    @Test
    void missingFileNamesTheFile() {
        Path f = tmp.resolve("nope.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Datasets.loadtxt(f, ','));
        assertTrue(e.getMessage().startsWith(f + ": no such file"), e.getMessage());
    }

    @Test
    void shippedFileCarriesTheAttributionAndTheLectureFileUnchanged() throws Exception {
        byte[] bytes;
        try (InputStream in = Datasets.class.getResourceAsStream(Datasets.ZOO_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] attribution = text.substring(0, text.indexOf("# https://archive.ics.uci.edu")).split("\n");
        String header = String.join("\n", attribution);
        assertTrue(header.contains(Datasets.ZOO_SOURCE), header);
        assertTrue(header.contains("Richard Forsyth"), header);
        assertTrue(header.contains("CC BY 4.0"), header);
        for (String line : attribution) {
            assertTrue(line.startsWith("#"), line);
        }
        // below the attribution: the lecture's data-04-zoo.csv byte for byte (LECTURES.md: SHA-256 cbf109a3…c476)
        byte[] lecture = text.substring(header.length() + 1).getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lecture));
        assertEquals("cbf109a391118676bb76a5b0174573c295aed8561cc223abb4c3463990f2c476", sha);
    }

    @Test
    void uciOriginalConvertsToTheLectureForm() throws IOException {
        Path source = write("zoo.data", "aardvark,1,0,0,1,0,0,1,1,1,1,0,0,4,0,0,1,1\n"
                + "antelope,1,0,0,1,0,0,0,1,1,1,0,0,4,1,0,1,1\n"
                + "bass,0,0,1,0,0,1,1,1,1,0,0,1,0,1,0,0,4\n");
        Dataset zoo = Datasets.fromUciZoo(source);
        Dataset lecture = Datasets.zoo();
        assertEquals(lecture.x().slice("0:3"), zoo.x());
        assertEquals(lecture.y().slice("0:3"), zoo.y());
        assertEquals(Tensor.of(new double[][] {{0}, {0}, {3}}), zoo.y());
    }

    @Test
    void aFolderOfYourOwnOverridesTheShippedCopy() throws IOException {
        Dataset lecture = Datasets.zoo();
        StringBuilder csv = new StringBuilder("# a comment, with a comma and \"quotes\"\n");
        for (double[] row : Tensor.concat(1, lecture.x().slice("0:4"), lecture.y().slice("0:4").add(1)).toArray2d()) {
            StringJoiner line = new StringJoiner(",");
            for (double v : row) {
                line.add(Long.toString((long) v));
            }
            csv.append(line).append('\n');
        }
        Path folder = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(folder.resolve(Datasets.ZOO_FILE), csv);
        Dataset mine = Datasets.zoo(folder);
        assertEquals(lecture.x().slice("0:4"), mine.x());
        assertEquals(Tensor.of(new double[][] {{1}, {1}, {4}, {1}}), mine.y());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Datasets.zoo(tmp.resolve("none")));
        assertTrue(e.getMessage().contains(Datasets.ZOO_FILE + ": no such file"), e.getMessage());
    }

    @Test
    void uciFilesWithTheWrongLayoutAreRejected() throws IOException {
        Path short1 = write("short.data", "aardvark,1,0,1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.fromUciZoo(short1));
        assertTrue(e.getMessage().contains("expected 18 columns"), e.getMessage());
        Path bad = write("bad.data", "aardvark,1,0,0,1,0,0,1,1,1,1,0,0,four,0,0,1,1\n");
        e = assertThrows(IllegalArgumentException.class, () -> Datasets.fromUciZoo(bad));
        assertEquals(bad + ", line 1, column 14: \"four\" is not a number", e.getMessage());
    }

    @Test
    void numericTablesOfAnyColumnType() {
        Table table = Table.create("t", tech.tablesaw.api.IntColumn.create("i", 1, 2),
                tech.tablesaw.api.DoubleColumn.create("d", 0.5, Double.NaN),
                tech.tablesaw.api.StringColumn.create("s", "3", "-inf"));
        assertEquals(Tensor.of(new double[][] {{1, 0.5, 3}, {2, Double.NaN, Double.NEGATIVE_INFINITY}}),
                Tables.toTensor(table));
        Table words = Table.create("w", tech.tablesaw.api.StringColumn.create("s", "cat"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.toTensor(words));
        assertTrue(e.getMessage().contains("\"cat\" is not a number"), e.getMessage());
        assertEquals(Tensor.of(new double[][] {{1}, {2}}), Tables.toTensor(Tables.toTable(Tensor.of(1, 2))));
        assertEquals("C0", Tables.toTable(Tensor.of(1, 2)).column(0).name());
    }

    @Test
    void tensorToTableAndBack() {
        Tensor t = Tensor.of(new double[][] {{1, 2}, {3, Double.NaN}});
        Table table = Tables.toTable(t, "a", "b");
        assertEquals(2, table.rowCount());
        assertEquals("b", table.column(1).name());
        assertEquals(t, Tables.toTensor(table));
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
