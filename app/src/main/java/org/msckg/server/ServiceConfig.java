package org.msckg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Reads the endpoints of the "sparql" service from a Fuseki assembler file; refuses any that writes. */
public final class ServiceConfig {
    private static final Set<Operation> READ_ONLY = Set.of(Operation.Query, Operation.GSP_R);
    private static final String ENDPOINTS = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            SELECT ?op ?name WHERE {
              ?service a fuseki:Service ; fuseki:name "sparql" ; fuseki:endpoint ?ep .
              ?ep fuseki:operation ?op .
              OPTIONAL { ?ep fuseki:name ?name }
            }""";

    private final List<Endpoint> endpoints;

    private ServiceConfig(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    public static ServiceConfig read(Path file) {
        Model model;
        try {
            model = RDFDataMgr.loadModel(file.toString());
        } catch (RuntimeException e) {
            throw new ConfigException("MSCKG-CFG-001 %s does not parse: %s".formatted(file, e.getMessage()));
        }
        List<Endpoint> endpoints = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(ENDPOINTS, model)) {
            qe.execSelect().forEachRemaining(row -> {
                Operation op = Operation.get(row.getResource("op").asNode());
                if (op == null || !READ_ONLY.contains(op)) {
                    throw new ConfigException(
                            "MSCKG-CFG-002 %s: endpoint operation <%s> is not read-only; msckg serves only query and gsp-r"
                                    .formatted(file, row.getResource("op").getURI()));
                }
                String name = row.contains("name") ? row.getLiteral("name").getString() : "";
                endpoints.add(Endpoint.create(op, name));
            });
        }
        if (endpoints.isEmpty()) {
            throw new ConfigException(
                    "MSCKG-CFG-003 %s has no fuseki:Service named \"sparql\" with endpoints".formatted(file));
        }
        return new ServiceConfig(endpoints);
    }

    /** The configured endpoints over the given dataset. */
    public DataService service(DatasetGraph dataset) {
        DataService.Builder builder = DataService.newBuilder(dataset);
        endpoints.forEach(e -> builder.addEndpoint(e.getOperation(), e.getName()));
        return builder.build();
    }

    /** The service configuration cannot be used. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
