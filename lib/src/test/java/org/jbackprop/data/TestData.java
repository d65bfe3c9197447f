package org.jbackprop.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The lecture's zoo data for tests (it is never committed); every test that needs it asks here. */
public final class TestData {

    private TestData() {
    }

    /**
     * The zoo data: the local copy when the {@value Datasets#DATA_DIR_PROPERTY} property (set by the
     * build to {@code ../shared/data}) or a {@code shared/data} folder up the tree holds it, else
     * what {@link Datasets#zoo()} finds for a student's clone: the cache, or the UCI download.
     */
    public static Dataset zoo() {
        Path local = localFolder();
        return local != null ? Datasets.zoo(local) : Datasets.zoo();
    }

    private static Path localFolder() {
        String prop = System.getProperty(Datasets.DATA_DIR_PROPERTY);
        if (prop != null && Files.isRegularFile(Paths.get(prop).resolve(Datasets.ZOO_FILE))) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve(Datasets.ZOO_FILE))) {
                return candidate;
            }
        }
        return null;
    }
}
