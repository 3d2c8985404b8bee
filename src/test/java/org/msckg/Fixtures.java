package org.msckg;

import java.net.URISyntaxException;
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

    /** The project folder (Maven sets msckg.home to the base directory). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("msckg.home", ".")).toAbsolutePath().normalize();
    }
}
