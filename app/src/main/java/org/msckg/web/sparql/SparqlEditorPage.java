package org.msckg.web.sparql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;
import org.msckg.query.named.QueryArguments;
import org.msckg.vocab.Prefixes;
import org.msckg.web.pages.Templates;
import org.msckg.web.queries.RequestArguments;

/**
 * The SPARQL editor: the query of {@code ?query=} (a shared link), or a named query of
 * {@code ?example=NAME} with its parameters bound from the other parameters or their defaults, or a
 * start query; CodeMirror highlighting, results as a table with labels or as a chart.
 */
public final class SparqlEditorPage {
    private static final String START = """
            SELECT ?claim ?subject ?relation ?object ?evidence WHERE {
              GRAPH graph:asserted {
                ?claim rdf:subject MSCKG:0000021 ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
                       msckg:citation ref:64 ; msckg:evidence ?evidence .
              }
            }
            LIMIT 20""";

    private final NamedQueryCatalog catalog;
    private final RequestArguments names;

    /** @param names how the served dataset's names become CURIEs, as on the named-query pages */
    public SparqlEditorPage(NamedQueryCatalog catalog, RequestArguments names) {
        this.catalog = catalog;
        this.names = names;
    }

    /** @param parameters the request's query parameters, first value of each */
    public String render(Map<String, String> parameters) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("examples", catalog.all());
        page.put("prologue", Prefixes.sparqlPrologue());
        page.put("error", "");
        Optional<NamedQuery> example =
                Optional.ofNullable(parameters.get("example")).flatMap(catalog::get);
        Map<String, String> args = new LinkedHashMap<>(parameters);
        args.remove("example");
        args.remove("query");
        args.values().removeIf(String::isBlank);
        page.put("example", example.orElse(null));
        page.put("args", args);
        if (parameters.containsKey("query")) {
            page.put("query", parameters.get("query"));
        } else if (example.isPresent()) {
            page.put("query", bound(example.get(), args, names, page));
        } else {
            page.put("query", Prefixes.sparqlPrologue() + "\n" + START);
        }
        return Templates.render("sparql.jte", page);
    }

    /** The named query with its parameters written in, or as it is with the error when they do not bind. */
    private static String bound(
            NamedQuery q, Map<String, String> given, RequestArguments names, Map<String, Object> page) {
        try {
            Map<String, String> args = names.resolved(q, given);
            List<String> bindings = q.parameters().stream()
                    .map(p -> "#   ?_%s = %s".formatted(p.name(), args.getOrDefault(p.name(), p.defaultValue())))
                    .toList();
            String header = bindings.isEmpty()
                    ? ""
                    : "# " + q.name() + " with its parameters bound (change them in the form above):\n"
                            + String.join("\n", bindings) + "\n";
            return header + QueryArguments.sparql(q, args);
        } catch (BadRequest e) {
            page.put("error", e.getMessage() + "; the query below has its parameters unbound");
            return q.text();
        }
    }
}
