package org.msckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SPARQL 1.1 Service Description terms, and the W3C format IRIs it names result formats by. */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    public static final Resource Service = resource("Service");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Graph = resource("Graph");
    public static final Resource NamedGraph = resource("NamedGraph");
    public static final Resource SPARQL11Query = resource("SPARQL11Query");
    public static final Resource UnionDefaultGraph = resource("UnionDefaultGraph");
    public static final Resource BasicFederatedQuery = resource("BasicFederatedQuery");

    public static final Property endpoint = property("endpoint");
    public static final Property supportedLanguage = property("supportedLanguage");
    public static final Property resultFormat = property("resultFormat");
    public static final Property feature = property("feature");
    public static final Property defaultDataset = property("defaultDataset");
    public static final Property defaultGraph = property("defaultGraph");
    public static final Property namedGraph = property("namedGraph");
    public static final Property name = property("name");
    public static final Property graph = property("graph");

    private SD() {}

    public static Resource format(String local) {
        return ResourceFactory.createResource(FORMATS + local);
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
