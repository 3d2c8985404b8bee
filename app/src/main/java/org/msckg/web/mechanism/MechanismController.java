package org.msckg.web.mechanism;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.search.SearchService;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.web.ApiException;
import org.msckg.web.pages.Templates;
import org.msckg.web.pages.Urls;

/**
 * GET /mechanism?from=NAME[&to=NAME][&maxHops=N]: the chains as a picture (Cytoscape.js, drawn from
 * /api/explain) and as text; from and to take a CURIE or a label, synonym or abbreviation.
 */
public final class MechanismController {
    private final ExplainService service;
    private final SearchService names;

    public MechanismController(ExplainService service, SearchService names) {
        this.service = service;
        this.names = names;
    }

    public void page(Context ctx) {
        String from = parameter(ctx, "from");
        String to = parameter(ctx, "to");
        String hops = Optional.of(parameter(ctx, "maxHops"))
                .filter(s -> !s.isEmpty())
                .orElse(String.valueOf(ChainRules.MAX_HOPS));
        Map<String, Object> page = new LinkedHashMap<>(Map.of("from", from, "to", to, "maxHops", hops));
        if (!from.isEmpty()) {
            try {
                Explanation e = service.explain(
                        names.curie("from", from),
                        Optional.of(names.curie("to", to)).filter(s -> !s.isEmpty()),
                        Integer.parseInt(hops));
                page.put("explanation", e);
                page.put("fromLabel", label(e.from()));
                page.put("toLabel", label(e.to()));
                page.put("api", "/api/explain" + Urls.query(Map.of("from", e.from(), "to", e.to(), "maxHops", hops)));
            } catch (NumberFormatException e) {
                throw new ApiException(
                        400, "parameter 'maxHops' must be a whole number from 1 to " + ExplainService.MAX_HOPS_LIMIT);
            } catch (BadRequest e) {
                throw new ApiException(e.status(), e.getMessage());
            }
        }
        ctx.html(Templates.render("mechanism.jte", page));
    }

    private String label(String curie) {
        return curie.isEmpty()
                ? ""
                : names.resolve(curie)
                        .map(SearchService.Hit::label)
                        .filter(l -> !l.isEmpty())
                        .orElse(curie);
    }

    private static String parameter(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).orElse("");
    }
}
