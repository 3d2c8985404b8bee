package org.msckg.imports;

/** An import module cannot be refreshed: a source that does not load, a module that cannot be written. */
public class ImportException extends RuntimeException {
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
