package org.msckg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the test fixtures and of the project under test. */
public final class Fixtures {
    private Fixtures() {}

    public static Path fixture(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + relative, e);
        }
    }

    public static String read(String relative) {
        try {
            return Files.readString(fixture(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder (Maven sets msckg.home to the base directory). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("msckg.home", ".")).toAbsolutePath().normalize();
    }
}
