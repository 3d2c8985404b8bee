package org.msckg.web.queries;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.msckg.query.BadRequest;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.query.search.SearchService;
import org.msckg.vocab.Prefixes;
import org.msckg.web.ApiException;

/**
 * The arguments of a named query as the pages and /api/queries take them: a parameter that takes an
 * entity takes its name (label, synonym, abbreviation) or its CURIE, and a name becomes the CURIE it
 * names; one that names nothing or several entities is a 400 that names the parameter.
 */
public final class RequestArguments {
    private final Supplier<SearchService> names;

    public RequestArguments(SearchService names) {
        this(() -> names);
    }

    /**
     * Names looked up only for a value that is not a CURIE: a request that gives CURIEs, or no
     * entity, is answered without the search index, which a {@code serve --store} server makes
     * after its start.
     */
    public RequestArguments(Supplier<SearchService> names) {
        this.names = names;
    }

    public SearchService names() {
        return names.get();
    }

    /** The non-empty request parameters, names of entities replaced by their CURIEs. */
    public Map<String, String> of(Context ctx, NamedQuery q) {
        Map<String, String> args = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals(NamedQuery.OFFSET) && !v.isEmpty() && !v.get(0).isBlank()) {
                args.put(k, v.get(0).trim());
            }
        });
        try {
            return resolved(q, args);
        } catch (BadRequest e) {
            throw new ApiException(e.status(), e.getMessage());
        }
    }

    /**
     * The {@code offset} request parameter, the answer's row a page starts at: 0 when absent; a value
     * that is not a number is a 400 that names it (a negative one is refused by the query runner).
     */
    public static long offset(Context ctx) {
        String value = ctx.queryParam(NamedQuery.OFFSET);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(400, QueryRunner.badOffset(value));
        }
    }

    /** {@code args} with the names of entities replaced by their CURIEs; a {@link BadRequest} names the parameter. */
    public Map<String, String> resolved(NamedQuery q, Map<String, String> args) {
        Map<String, String> resolved = new LinkedHashMap<>(args);
        q.parameters().stream()
                .filter(p -> p.type() == NamedQuery.Type.CURIE && resolved.containsKey(p.name()))
                .filter(p -> Prefixes.expand(resolved.get(p.name())).isEmpty())
                .forEach(p -> resolved.put(p.name(), names().curie(p.name(), resolved.get(p.name()))));
        return resolved;
    }
}
