package org.msckg.web.explain;

import io.javalin.http.Context;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.search.SearchService;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.web.ApiException;

/** GET /api/explain?from=NAME[&to=NAME][&maxHops=N]: the chains between two entities (CURIEs or names) as JSON. */
public final class ExplainController {
    private final ExplainService service;
    private final SearchService names;

    public ExplainController(ExplainService service, SearchService names) {
        this.service = service;
        this.names = names;
    }

    public void get(Context ctx) {
        String from = ctx.queryParam("from");
        if (from == null || from.isBlank()) {
            throw new ApiException(
                    400, "parameter 'from' is required: a CURIE such as MSCKG:0000004, or a name such as iPSC-MSC");
        }
        try {
            int maxHops = Integer.parseInt(
                    Optional.ofNullable(ctx.queryParam("maxHops")).orElse(String.valueOf(ChainRules.MAX_HOPS)));
            ctx.json(service.explain(
                    names.curie("from", from),
                    Optional.ofNullable(ctx.queryParam("to"))
                            .filter(s -> !s.isBlank())
                            .map(to -> names.curie("to", to)),
                    maxHops));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "parameter 'maxHops' must be a whole number");
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
    }
}
