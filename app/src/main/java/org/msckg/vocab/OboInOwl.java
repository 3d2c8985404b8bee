package org.msckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The oboInOwl annotation properties the graph reads (synonyms, cross-references). */
public final class OboInOwl {
    public static final String NAMESPACE = "http://www.geneontology.org/formats/oboInOwl#";

    public static final Property hasExactSynonym = property("hasExactSynonym");
    public static final Property hasRelatedSynonym = property("hasRelatedSynonym");
    public static final Property hasBroadSynonym = property("hasBroadSynonym");
    public static final Property hasNarrowSynonym = property("hasNarrowSynonym");
    public static final Property hasOBONamespace = property("hasOBONamespace");

    private OboInOwl() {}

    private static Property property(String local) {
        return ResourceFactory.createProperty(NAMESPACE + local);
    }
}
