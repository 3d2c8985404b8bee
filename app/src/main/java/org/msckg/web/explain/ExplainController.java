package org.msckg.web.explain;

import io.javalin.http.Context;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.web.ApiException;

/** GET /api/explain?from=CURIE[&to=CURIE][&maxHops=N]: the chains between two entities as JSON. */
public final class ExplainController {
    private final ExplainService service;

    public ExplainController(ExplainService service) {
        this.service = service;
    }

    public void get(Context ctx) {
        String from = ctx.queryParam("from");
        if (from == null || from.isBlank()) {
            throw new ApiException(400, "parameter 'from' is required: a CURIE such as MSCKG:0000004");
        }
        try {
            int maxHops = Integer.parseInt(
                    Optional.ofNullable(ctx.queryParam("maxHops")).orElse(String.valueOf(ChainRules.MAX_HOPS)));
            ctx.json(service.explain(
                    from, Optional.ofNullable(ctx.queryParam("to")).filter(s -> !s.isBlank()), maxHops));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "parameter 'maxHops' must be a whole number");
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        }
    }
}
