package org.msckg.cli;

/** The command line does not parse. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
