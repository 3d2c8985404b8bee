package org.msckg.query;

/**
 * A request a service cannot answer because of what it asked: a CURIE or parameter that does not
 * parse (400) or names nothing the graph knows (404). Services throw it; controllers turn it into
 * an HTTP answer.
 */
public final class BadRequest extends RuntimeException {
    private final boolean notFound;

    public BadRequest(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public boolean notFound() {
        return notFound;
    }

    /** The HTTP status this failure deserves. */
    public int status() {
        return notFound ? 404 : 400;
    }
}
