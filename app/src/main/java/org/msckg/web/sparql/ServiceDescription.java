package org.msckg.web.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.msckg.export.DatasetDescription;
import org.msckg.query.status.GraphStatus;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;
import org.msckg.vocab.SD;
import org.msckg.web.describe.DescriptionController;

/**
 * The SPARQL 1.1 Service Description of the endpoint: SPARQL 1.1 Query only (no update), the result
 * formats Fuseki writes, the union default graph as a feature (no federation), and the default
 * dataset: the union as default graph and the named graphs with their triples.
 */
public final class ServiceDescription {
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML"
    };

    private ServiceDescription() {}

    /**
     * @param endpoint the absolute URL the endpoint was asked at
     * @param base the server's address, where the VoID description is
     */
    public static Model describe(String endpoint, String base, GraphStatus.Status status) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAPPING);
        m.setNsPrefix("sd", SD.NS);
        m.setNsPrefix("void", VOID.NS);
        Resource service = m.createResource(endpoint)
                .addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph);
        for (String format : RESULT_FORMATS) {
            service.addProperty(SD.resultFormat, SD.format(format));
        }
        Resource dataset = m.createResource(DatasetDescription.DATASET.getURI())
                .addProperty(RDF.type, SD.Dataset)
                .addProperty(RDFS.seeAlso, m.createResource(base + DescriptionController.PATH))
                .addProperty(
                        SD.defaultGraph,
                        m.createResource()
                                .addProperty(RDF.type, SD.Graph)
                                .addProperty(RDFS.comment, "The union of the named graphs, each triple once."));
        for (NamedGraphs g : NamedGraphs.ALL) {
            dataset.addProperty(
                    SD.namedGraph,
                    m.createResource()
                            .addProperty(RDF.type, SD.NamedGraph)
                            .addProperty(SD.name, m.createResource(g.iri()))
                            .addProperty(
                                    SD.graph,
                                    m.createResource()
                                            .addProperty(RDF.type, SD.Graph)
                                            .addLiteral(
                                                    VOID.triples,
                                                    status.triplesPerGraph().getOrDefault(g.shortName(), 0L))));
        }
        service.addProperty(SD.defaultDataset, dataset);
        return m;
    }
}
