package org.msckg.server.sparql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the SPARQL service will not carry out, answered as {@code {"error", "status"}} like
 * every other refusal, or as plain text to a client that asks for text only.
 */
final class Refusal {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Refusal() {}

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        byte[] body;
        if (wantsPlainText(request.getHeader("Accept"))) {
            response.setContentType("text/plain; charset=utf-8");
            body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", message);
            error.put("status", status);
            response.setContentType("application/json");
            body = JSON.writeValueAsBytes(error);
        }
        if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            // The body stays unread: the connection cannot carry another request.
            response.setHeader("Connection", "close");
        }
        response.setStatus(status);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean wantsPlainText(String accept) {
        return accept != null && accept.contains("text/plain") && !accept.contains("json") && !accept.contains("*/*");
    }
}
