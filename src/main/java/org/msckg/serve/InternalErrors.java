package org.msckg.serve;

import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an unexpected failure with a JSON message and an incident number, never a stack trace;
 * the log has the stack trace under the same number.
 */
final class InternalErrors {
    private static final Logger LOG = LoggerFactory.getLogger(InternalErrors.class);

    private InternalErrors() {}

    static void handle(Exception e, Context ctx) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("incident {}: {} {}", incident, ctx.method(), ctx.path(), e);
        ctx.status(500).json(Map.of("status", 500, "incident", incident,
                "error", "MSCKG-SRV-001 internal error, incident " + incident + "; the server log has the details"));
    }
}
