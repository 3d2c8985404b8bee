package org.msckg.query.named;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.msckg.query.BadRequest;
import org.msckg.vocab.Prefixes;

/** The arguments of a named query as RDF terms, checked against its parameters, defaults filled in. */
public final class QueryArguments {
    private QueryArguments() {}

    /** Variable name ({@code _NAME}) to term, for every parameter of the query. */
    public static Map<String, Node> bind(NamedQuery q, Map<String, String> arguments) {
        for (String arg : arguments.keySet()) {
            if (q.parameters().stream().noneMatch(p -> p.name().equals(arg))) {
                throw new BadRequest("query '%s' has no parameter '%s'".formatted(q.name(), arg), false);
            }
        }
        Map<String, Node> bindings = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : q.parameters()) {
            bindings.put("_" + p.name(), node(p, arguments.getOrDefault(p.name(), p.defaultValue())));
        }
        return bindings;
    }

    /** The query with its arguments written into the text, for a SPARQL endpoint that takes no parameters. */
    public static String sparql(NamedQuery q, Map<String, String> arguments) {
        Map<Var, Node> vars = new LinkedHashMap<>();
        bind(q, arguments).forEach((v, n) -> vars.put(Var.alloc(v), n));
        Query query = QueryTransformOps.transform(QueryFactory.create(q.text()), vars);
        return query.serialize();
    }

    private static Node node(NamedQuery.Parameter p, String value) {
        return switch (p.type()) {
            case CURIE ->
                NodeFactory.createURI(Prefixes.expand(value)
                        .orElseThrow(() -> new BadRequest(
                                "parameter '%s': '%s' is not a CURIE with a known prefix".formatted(p.name(), value),
                                false)));
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(String.valueOf(Long.parseLong(value)), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new BadRequest("parameter '%s': '%s' is not an integer".formatted(p.name(), value), false);
                }
            }
            case STRING -> NodeFactory.createLiteralString(value);
        };
    }
}
