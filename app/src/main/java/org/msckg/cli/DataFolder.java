package org.msckg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the TDB2 datasets live. */
public final class DataFolder {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "where datasets live (default: data/ in the project folder)")
    private Path data;

    public Path dir(Path home) {
        return data != null ? data : home.resolve("data");
    }
}
