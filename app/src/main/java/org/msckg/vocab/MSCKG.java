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
    /** Records of the inconsistency register (ontology/registers/inconsistencies.tsv). */
    public static final String INCONSISTENCY = BASE + "inconsistency/";

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
    /** Qualifiers that change what a claim means (docs/schema.md, "Qualifiers"). */
    public static final Property negated = property("negated");

    public static final Property certainty = property("certainty");
    public static final Resource stated = schema("stated");

    /** A typed value with a unit: the node a quantity property (msckg:count, msckg:duration ...) points at. */
    public static final Resource Quantity = schema("Quantity");

    public static final Property numericValue = property("numericValue");
    public static final Property minValue = property("minValue");
    public static final Property maxValue = property("maxValue");
    public static final Property greaterThan = property("greaterThan");
    public static final Property unit = property("unit");

    /** The inconsistency register. */
    public static final Resource Inconsistency = schema("Inconsistency");

    public static final Property inconsistencyKind = property("inconsistencyKind");
    public static final Property sideA = property("sideA");
    public static final Property sideB = property("sideB");

    /** Build metadata, in the build graph. */
    public static final Resource Build = schema("Build");

    public static final Property sourceChecksum = property("sourceChecksum");
    public static final Property builtAt = property("builtAt");
    public static final Property tripleCount = property("tripleCount");
    /** On the build: the claims of one review section ({@code msckg:section}, {@code msckg:claimCount}). */
    public static final Property sectionClaims = property("sectionClaims");

    public static final Property claimCount = property("claimCount");
    public static final Property graph = property("graph");
    /** The source files the build read: a table, one line each (docs/schema.md). */
    public static final Property sourceFiles = property("sourceFiles");

    /** The chain closure (docs/schema.md, "Mechanism chains"): one record per pair of entities, its chains. */
    public static final Resource ChainRecord = schema("ChainRecord");

    public static final Resource Chain = schema("Chain");
    /** The best single-study chain of each sign of a pair, also written as an inferred edge. */
    public static final Resource InferredChain = schema("InferredChain");

    public static final Property from = property("from");
    public static final Property to = property("to");
    public static final Property shortest = property("shortest");
    public static final Property studyCount = property("studyCount");
    public static final Property singleStudy = property("singleStudy");
    public static final Property chain = property("chain");
    public static final Property rank = property("rank");
    public static final Property length = property("length");
    public static final Property crossStudy = property("crossStudy");
    public static final Property study = property("study");
    public static final Property hop = property("hop");
    public static final Property hopIndex = property("hopIndex");
    public static final Property at = property("at");
    public static final Property inherited = property("inherited");
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
