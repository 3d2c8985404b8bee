package org.msckg.web;

import java.util.Map;

/** A request that cannot be answered, with the status and a message a person can act on. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return Map.of("error", getMessage(), "status", status);
    }
}
