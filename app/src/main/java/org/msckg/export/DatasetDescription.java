package org.msckg.export;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.msckg.imports.ImportedOntology;
import org.msckg.query.status.GraphStatus;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * The dataset described in VoID and DCAT: one {@code void:Dataset} (also a {@code dcat:Dataset})
 * with a subset per named graph (the subset's IRI is the graph's name), triples per graph, the
 * licence of the review's content, sources, version (the build's source checksum), build time and
 * example resources; when served, its SPARQL endpoint as a DCAT data service. One description for
 * every place that gives it.
 */
public final class DatasetDescription {
    /** The dataset as a whole (minted in the project namespace). */
    public static final Resource DATASET = ResourceFactory.createResource(MSCKG.BASE + "dataset");

    public static final String CC_BY_NC = "https://creativecommons.org/licenses/by-nc/4.0/";
    public static final String REVIEW_DOI = "https://doi.org/10.4252/wjsc.v13.i12.1826";

    private static final String DCAT_NS = "http://www.w3.org/ns/dcat#";
    private static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT_NS, "version");

    /** What a triple in each graph means, as the README's table says it. */
    private static final Map<NamedGraphs, String> GRAPH_DESCRIPTIONS = Map.of(
            NamedGraphs.ONTOLOGY, "The project ontology: claim schema, relations and the terms minted in MSCKG:.",
            NamedGraphs.IMPORTS, "The imported OBO modules, with the names the review gives their terms.",
            NamedGraphs.ASSERTED,
                    "What the review states: one reified claim per curated row and its plain edge,"
                            + " derivation protocols, references.",
            NamedGraphs.INFERRED,
                    "What reasoning adds: class hierarchy, type closure, class-level relations,"
                            + " mechanism chains, contradictions.",
            NamedGraphs.BUILD, "When the dataset was built, from which sources and how many triples each graph holds.");

    /** Graphs whose content is curated from or derived from the review (CC BY-NC 4.0). */
    private static final List<NamedGraphs> REVIEW_CONTENT =
            List.of(NamedGraphs.ONTOLOGY, NamedGraphs.ASSERTED, NamedGraphs.INFERRED);

    /** Resources to start from: the central cell type, a claim, a reference of the review. */
    static final List<String> EXAMPLES = List.of(MSCKG.TERM + "0000004", MSCKG.CLAIM + "APK-033", MSCKG.REF + "64");

    private DatasetDescription() {}

    /** @param sparqlEndpoint the endpoint's absolute URL, when the dataset is served */
    public static Model of(DatasetGraph dataset, Optional<String> sparqlEndpoint) {
        GraphStatus.Status status = GraphStatus.local(() -> dataset).read();
        return describe(status, sparqlEndpoint);
    }

    private static Model describe(GraphStatus.Status status, Optional<String> sparqlEndpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAPPING);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT_NS);
        Resource dataset = m.createResource(DATASET.getURI())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, m.createResource(DCAT_NS + "Dataset"))
                .addProperty(DCTerms.title, "msckg: mesenchymal stem cells derived from human pluripotent stem cells")
                .addProperty(
                        DCTerms.description,
                        "A knowledge graph of hPSC-derived mesenchymal stem cells curated from Liu TM, World J Stem"
                                + " Cells 2021;13(12):1826-1844: claims with citations, evidence and context,"
                                + " in the terms of CL, UBERON, GO, MONDO, ChEBI, NCBITaxon, PR and RO.")
                .addProperty(DCTerms.license, m.createResource(CC_BY_NC))
                .addProperty(DCTerms.source, m.createResource(REVIEW_DOI))
                .addProperty(VOID.uriSpace, MSCKG.BASE)
                .addLiteral(VOID.triples, total(status))
                .addProperty(DCAT.keyword, "mesenchymal stem cell")
                .addProperty(DCAT.keyword, "induced pluripotent stem cell")
                .addProperty(DCAT.keyword, "knowledge graph");
        addSources(m, dataset);
        addBuild(m, dataset, status);
        EXAMPLES.forEach(e -> dataset.addProperty(VOID.exampleResource, m.createResource(e)));
        for (NamedGraphs g : NamedGraphs.ALL) {
            Resource subset = m.createResource(g.iri())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, g.shortName())
                    .addProperty(DCTerms.description, GRAPH_DESCRIPTIONS.get(g))
                    .addLiteral(VOID.triples, status.triplesPerGraph().getOrDefault(g.shortName(), 0L));
            if (REVIEW_CONTENT.contains(g)) {
                subset.addProperty(DCTerms.license, m.createResource(CC_BY_NC))
                        .addProperty(DCTerms.source, m.createResource(REVIEW_DOI));
            }
            dataset.addProperty(VOID.subset, subset);
        }
        Resource imports = m.createResource(NamedGraphs.IMPORTS.iri())
                .addProperty(
                        RDFS.comment,
                        "Each imported module keeps the licence of its ontology (CC BY 4.0 or CC0 1.0; HGNC data"
                                + " freely available): see ontology/imports/README.md.");
        addSources(m, imports);
        sparqlEndpoint.ifPresent(endpoint -> addService(m, dataset, endpoint));
        return m;
    }

    private static long total(GraphStatus.Status status) {
        return status.triplesPerGraph().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static void addSources(Model m, Resource r) {
        for (ImportedOntology o : ImportedOntology.values()) {
            r.addProperty(
                    DCTerms.source,
                    m.createResource(
                            o == ImportedOntology.HGNC
                                    ? "https://www.genenames.org"
                                    : Prefixes.OBO + o.key() + ".owl"));
        }
    }

    private static void addBuild(Model m, Resource dataset, GraphStatus.Status status) {
        if (status.sourceChecksum() != null) {
            dataset.addProperty(DCAT_VERSION, status.sourceChecksum())
                    .addProperty(MSCKG.sourceChecksum, status.sourceChecksum());
        }
        if (status.builtAt() != null) {
            dataset.addProperty(DCTerms.modified, m.createTypedLiteral(status.builtAt(), XSDDatatype.XSDdateTime));
        }
    }

    private static void addService(Model m, Resource dataset, String endpointUrl) {
        Resource endpoint = m.createResource(endpointUrl);
        dataset.addProperty(VOID.sparqlEndpoint, endpoint)
                .addProperty(
                        DCAT.distribution,
                        m.createResource()
                                .addProperty(RDF.type, DCAT.Distribution)
                                .addProperty(DCAT.accessURL, endpoint)
                                .addProperty(DCTerms.license, m.createResource(CC_BY_NC))
                                .addProperty(
                                        DCAT.accessService,
                                        m.createResource()
                                                .addProperty(RDF.type, DCAT.DataService)
                                                .addProperty(DCAT.endpointURL, endpoint)
                                                .addProperty(
                                                        DCTerms.conformsTo,
                                                        m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                                                .addProperty(DCAT.servesDataset, dataset)));
    }
}
