package org.msckg.server.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The error answers msckg writes outside the web app: JSON {@code {"error": "...", "status": N}}. */
public final class ErrorMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorMessages() {}

    public static String internalError(String incident) {
        return "MSCKG-SRV-001 internal error, incident " + incident + "; the server log has the details";
    }

    static String json(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
