package org.msckg.server.limits;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's answer to a request it refuses itself, before any filter sees it (a header or request
 * line it cannot parse, a URI it finds ambiguous, an HTTP version it does not speak, headers too
 * large), written as msckg's JSON error instead of Jetty's HTML page: {@code MSCKG-HTTP-001} with
 * Jetty's reason for a 4xx or an unsupported version, {@code MSCKG-SRV-001} with an incident
 * number (the reason in the log) for any other failure.
 */
public final class JsonErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String reason = cause instanceof HttpException h && h.getReason() != null
                ? h.getReason()
                : cause == null && message != null ? message : HttpStatus.getMessage(code);
        String text;
        if (code < 500 || code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            String status = code + " " + HttpStatus.getMessage(code);
            text = "MSCKG-HTTP-001 the request is not HTTP that msckg serves (%s)%s"
                    .formatted(status, reason.equals(HttpStatus.getMessage(code)) ? "" : ": " + reason);
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {}: Jetty answered {} with {}: {}", incident, request.getHttpURI(), code, reason);
            text = ErrorMessages.internalError(incident);
        }
        byte[] body = ErrorMessages.json(code, text).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
