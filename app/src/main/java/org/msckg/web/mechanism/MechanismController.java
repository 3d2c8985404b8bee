package org.msckg.web.mechanism;

import io.javalin.http.Context;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.web.ApiException;

/** GET /mechanism?from=CURIE[&to=CURIE][&maxHops=N]: the chains as a diagram (drawn from /api/explain) and as text. */
public final class MechanismController {
    private final ExplainService service;

    public MechanismController(ExplainService service) {
        this.service = service;
    }

    public void page(Context ctx) {
        String from =
                Optional.ofNullable(ctx.queryParam("from")).map(String::trim).orElse("");
        String to = Optional.ofNullable(ctx.queryParam("to")).map(String::trim).orElse("");
        String hops = Optional.ofNullable(ctx.queryParam("maxHops"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(String.valueOf(ChainRules.MAX_HOPS));
        if (from.isEmpty()) {
            ctx.html(MechanismPage.form(from, to, hops));
            return;
        }
        try {
            int maxHops = Integer.parseInt(hops);
            ctx.html(MechanismPage.render(
                    service.explain(from, Optional.of(to).filter(s -> !s.isEmpty()), maxHops), hops));
        } catch (NumberFormatException e) {
            throw new ApiException(
                    400, "parameter 'maxHops' must be a whole number from 1 to " + ExplainService.MAX_HOPS_LIMIT);
        } catch (BadRequest e) {
            throw new ApiException(e.notFound() ? 404 : 400, e.getMessage());
        }
    }
}
