package org.msckg.vocab;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The named graphs of the dataset; the README says what a triple in each means. */
public enum NamedGraphs {
    ONTOLOGY("ontology"),
    IMPORTS("imports"),
    ASSERTED("asserted"),
    INFERRED("inferred"),
    BUILD("build");

    public static final List<NamedGraphs> ALL = List.of(values());

    private final String local;

    NamedGraphs(String local) {
        this.local = local;
    }

    public String iri() {
        return MSCKG.GRAPH + local;
    }

    public Node node() {
        return NodeFactory.createURI(iri());
    }

    public String shortName() {
        return local;
    }
}
