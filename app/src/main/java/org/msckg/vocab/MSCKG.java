package org.msckg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The project's namespaces and the schema terms the code refers to. */
public final class MSCKG {
    public static final String BASE = "https://w3id.org/msckg/";
    /** Terms minted by the project, OBO style: MSCKG:0000004. */
    public static final String TERM = BASE + "MSCKG_";
    /** Schema of claims, protocols and references. */
    public static final String SCHEMA = BASE + "schema/";

    public static final String CLAIM = BASE + "claim/";
    public static final String PROTOCOL = BASE + "protocol/";
    public static final String REF = BASE + "ref/";
    public static final String GRAPH = BASE + "graph/";

    public static final Resource Claim = schema("Claim");
    public static final Resource Reference = schema("Reference");
    public static final Resource Review = ResourceFactory.createResource(REF + "review");

    public static final Property citation = property("citation");
    public static final Property evidence = property("evidence");
    public static final Property section = property("section");
    public static final Property source = property("source");
    public static final Property sign = property("sign");
    public static final Property direction = property("direction");
    public static final Property organism = property("organism");
    public static final Property context = property("context");
    public static final Property contextNote = property("contextNote");
    public static final Property model = property("model");
    public static final Property studyType = property("studyType");
    public static final Property form = property("form");
    public static final Property comparator = property("comparator");
    public static final Property comparison = property("comparison");
    public static final Property curationNote = property("curationNote");
    public static final Property refNumber = property("refNumber");
    public static final Property kind = property("kind");

    /** What is known of a numbered reference (ontology/references.tsv). */
    public static final Property identification = property("identification");

    public static final Property matchConfidence = property("matchConfidence");
    public static final Property matchEvidence = property("matchEvidence");
    public static final Property matchSource = property("matchSource");
    public static final Property citedInRange = property("citedInRange");
    public static final Property citedAs = property("citedAs");

    /** Build metadata, in the build graph. */
    public static final Resource Build = schema("Build");

    public static final Property sourceChecksum = property("sourceChecksum");
    public static final Property builtAt = property("builtAt");
    public static final Property tripleCount = property("tripleCount");
    public static final Property graph = property("graph");

    /** Inferred chains (claim-level closure). */
    public static final Resource InferredChain = schema("InferredChain");

    public static final Property hop = property("hop");
    public static final Property hopIndex = property("hopIndex");
    public static final Property restsOn = property("restsOn");

    private MSCKG() {}

    public static Resource schema(String local) {
        return ResourceFactory.createResource(SCHEMA + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(SCHEMA + local);
    }

    public static Resource reference(int number) {
        return ResourceFactory.createResource(REF + number);
    }
}
