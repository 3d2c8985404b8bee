package org.msckg.web.describe;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.msckg.server.metrics.ServerMetrics;

/** GET /metrics: the server's metrics in Prometheus's text format. */
public final class MetricsController {
    private final ServerMetrics metrics;

    public MetricsController(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    public void get(Context ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            metrics.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(metrics.contentType()).result(out.toByteArray());
    }
}
