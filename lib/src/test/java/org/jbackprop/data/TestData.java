package org.jbackprop.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the shared data folder beside the project (it is never committed); every test that needs the zoo data asks here. */
public final class TestData {

    private TestData() {
    }

    /** The folder holding data-04-zoo.csv: the system property if it holds the file, else the nearest shared/data up the tree. */
    public static Path folder() {
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
        throw new IllegalStateException("data-04-zoo.csv not found: set -D" + Datasets.DATA_DIR_PROPERTY
                + " or put it in shared/data above " + Paths.get("").toAbsolutePath());
    }
}
