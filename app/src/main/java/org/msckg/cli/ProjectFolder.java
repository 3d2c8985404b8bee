package org.msckg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --project DIR}: the project folder a command reads (ontology/, queries/, fuseki-config/). */
public final class ProjectFolder {
    @Option(
            names = "--project",
            paramLabel = "DIR",
            description = "the project folder (default: the msckg home, the folder of ./msckg)")
    private Path project;

    /** --project, else the msckg.home property the launcher sets, else the working directory. */
    public Path home() {
        return project != null ? project : Path.of(System.getProperty("msckg.home", "."));
    }
}
