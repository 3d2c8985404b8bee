package org.msckg.curate;

import java.nio.file.Path;

/**
 * A curated table that cannot be turned into RDF. The message starts with a stable ID
 * (docs/errors.md) and names file, line, column and field.
 */
public class CurationException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public CurationException(String id, Path file, int line, int column, String field, String problem) {
        super("%s %s:%d:%d [%s] %s".formatted(id, file, line, column, field, problem));
        this.file = file.toString();
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
