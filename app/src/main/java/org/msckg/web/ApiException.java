package org.msckg.web;

import java.util.Map;

/** A request that cannot be answered, with the status and a message a person can act on. */
public class ApiException extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public ApiException(int status, String message) {
        this(status, message, 0);
    }

    /** @param retryAfterSeconds sent as Retry-After when above 0: the condition passes by itself */
    public ApiException(int status, String message, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, Object> body() {
        return Map.of("error", getMessage(), "status", status);
    }
}
