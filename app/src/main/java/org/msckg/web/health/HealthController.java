package org.msckg.web.health;

import io.javalin.http.Context;
import org.msckg.query.status.GraphStatus;

/** GET /health: the status of the served dataset as JSON. */
public final class HealthController {
    private final GraphStatus status;

    public HealthController(GraphStatus status) {
        this.status = status;
    }

    public void get(Context ctx) {
        ctx.json(status.read());
    }
}
