package org.msckg.export;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.msckg.curate.ReferenceTable;
import org.msckg.vocab.Bibliography;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * The VoID and DCAT description of a built dataset: what it is, its licence and sources, its
 * version (the ontology's version IRI and the build's source checksum), the triples of each named
 * graph and example resources. One description for every place that gives it: the release's
 * {@code void.ttl} and the server's {@code /.well-known/void}, which passes its SPARQL endpoint.
 */
public final class DatasetDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final Resource DATASET = ResourceFactory.createResource(MSCKG.BASE + "dataset");
    public static final String LICENSE = "https://creativecommons.org/licenses/by-nc/4.0/";
    static final List<String> EXAMPLES = List.of(MSCKG.TERM + "0000004", MSCKG.REF + "64", MSCKG.CLAIM + "APK-033");

    private static final Resource VOID_DATASET = ResourceFactory.createResource(VOID + "Dataset");
    private static final Property TRIPLES = ResourceFactory.createProperty(VOID + "triples");
    private static final Property SUBSET = ResourceFactory.createProperty(VOID + "subset");
    private static final Property EXAMPLE = ResourceFactory.createProperty(VOID + "exampleResource");
    private static final Property ENDPOINT = ResourceFactory.createProperty(VOID + "sparqlEndpoint");
    private static final Property VOCABULARY = ResourceFactory.createProperty(VOID + "vocabulary");
    private static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT.NS + "version");
    private static final Property URI_SPACE = ResourceFactory.createProperty(VOID + "uriSpace");

    private DatasetDescription() {}

    /** @param sparqlEndpoint the endpoint's absolute URL, when the dataset is served */
    public static Model of(DatasetGraph dataset, Optional<String> sparqlEndpoint) {
        return Txn.calculateRead(dataset, () -> describe(dataset, sparqlEndpoint));
    }

    private static Model describe(DatasetGraph dataset, Optional<String> sparqlEndpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAPPING);
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS);
        Resource d = m.createResource(DATASET.getURI())
                .addProperty(RDF.type, VOID_DATASET)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "msckg: knowledge graph of hPSC-derived mesenchymal stem cells")
                .addProperty(
                        DCTerms.description,
                        "Findings, mechanisms and derivation protocols of mesenchymal stem cells derived from human"
                                + " pluripotent stem cells, curated from one review, in OBO terms.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCTerms.source, m.createResource(Bibliography.DOI_RESOLVER + ReferenceTable.REVIEW_DOI))
                .addProperty(DCTerms.source, MSCKG.Review)
                .addProperty(URI_SPACE, MSCKG.BASE)
                .addProperty(VOCABULARY, m.createResource(MSCKG.SCHEMA))
                .addProperty(VOCABULARY, m.createResource(Prefixes.OBO))
                .addProperty(DCAT.landingPage, m.createResource("https://w3id.org/msckg/"));
        version(dataset).ifPresent(v -> d.addProperty(DCAT_VERSION, v).addProperty(OWL2.versionInfo, v));
        build(dataset, "builtAt")
                .ifPresent(t -> d.addProperty(DCTerms.modified, m.createTypedLiteral(t, XSDDatatype.XSDdateTime)));
        build(dataset, "sourceChecksum").ifPresent(c -> d.addProperty(DCTerms.identifier, "sha256:" + c));
        sparqlEndpoint.ifPresent(e -> d.addProperty(ENDPOINT, m.createResource(e)));
        EXAMPLES.stream()
                .filter(iri -> dataset.getUnionGraph()
                        .contains(ResourceFactory.createResource(iri).asNode(), Node.ANY, Node.ANY))
                .forEach(iri -> d.addProperty(EXAMPLE, m.createResource(iri)));
        long total = 0;
        for (NamedGraphs g : NamedGraphs.ALL) {
            long n = dataset.getGraph(g.node()).size();
            total += n;
            d.addProperty(
                    SUBSET,
                    m.createResource(g.iri())
                            .addProperty(RDF.type, VOID_DATASET)
                            .addProperty(DCTerms.title, "named graph " + g.shortName())
                            .addLiteral(TRIPLES, m.createTypedLiteral(n)));
        }
        d.addLiteral(TRIPLES, m.createTypedLiteral(total));
        m.createResource(NamedGraphs.ASSERTED.iri()).addProperty(DCTerms.license, m.createResource(LICENSE));
        m.createResource(NamedGraphs.IMPORTS.iri())
                .addProperty(
                        DCTerms.description,
                        "Modules of OBO ontologies under their own licences (CC BY 4.0 or CC0 1.0, per module)");
        return m;
    }

    /** The ontology's version IRI, as the ontology graph declares it. */
    private static Optional<String> version(DatasetGraph dataset) {
        return dataset.getGraph(NamedGraphs.ONTOLOGY.node())
                .find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().isURI()
                        ? t.getObject().getURI()
                        : t.getObject().toString());
    }

    private static Optional<String> build(DatasetGraph dataset, String property) {
        return dataset.getGraph(NamedGraphs.BUILD.node())
                .find(Node.ANY, MSCKG.schema(property).asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm);
    }

    /** The number a VoID description gives for a graph, for tests and the server's metrics. */
    public static long triples(Model description, String graphIri) {
        RDFNode n = description.getResource(graphIri).getProperty(TRIPLES).getObject();
        return n.asLiteral().getLong();
    }
}
