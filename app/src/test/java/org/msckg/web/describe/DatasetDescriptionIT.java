package org.msckg.web.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.TestServer;
import org.msckg.export.DatasetDescription;
import org.msckg.server.MsckgServer;
import org.msckg.server.TestClient;
import org.msckg.vocab.NamedGraphs;

/** /.well-known/void over the real graph: VoID and DCAT that match what the dataset holds. */
class DatasetDescriptionIT {
    private static MsckgServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model voidTurtle() {
        var r = client.get(DescriptionController.PATH, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        return ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TTL");
    }

    @Test
    void describesTheDatasetWithTriplesPerGraphLicenceSourcesAndVersion() {
        Model v = voidTurtle();
        Resource dataset = v.createResource(DatasetDescription.DATASET.getURI());
        assertTrue(v.contains(dataset, RDF.type, VOID.Dataset));
        assertTrue(v.contains(dataset, RDF.type, v.createResource("http://www.w3.org/ns/dcat#Dataset")));
        assertTrue(v.contains(
                dataset, DCTerms.license, v.createResource("https://creativecommons.org/licenses/by-nc/4.0/")));
        assertTrue(v.contains(dataset, DCTerms.source, v.createResource("https://doi.org/10.4252/wjsc.v13.i12.1826")));
        assertTrue(v.contains(dataset, v.createProperty("http://www.w3.org/ns/dcat#version"), (RDFNode) null));
        assertTrue(v.contains(dataset, DCTerms.modified, (RDFNode) null), "the build time");
        assertTrue(v.contains(dataset, VOID.sparqlEndpoint, v.createResource(server.baseUrl() + "/sparql")));
        for (NamedGraphs g : NamedGraphs.ALL) {
            Resource subset = v.createResource(g.iri());
            assertTrue(v.contains(dataset, VOID.subset, subset), g.iri());
            assertEquals(
                    BuiltGraph.result().triples(g),
                    subset.getProperty(VOID.triples).getLong(),
                    g.iri());
        }
        assertTrue(v.contains(v.createResource(NamedGraphs.ASSERTED.iri()), DCTerms.license, (RDFNode) null));
        assertFalse(
                v.contains(v.createResource(NamedGraphs.IMPORTS.iri()), DCTerms.license, (RDFNode) null),
                "the imported modules keep their own licences");
    }

    @Test
    void everyExampleResourceIsInTheGraph() {
        Model v = voidTurtle();
        var examples = v.listObjectsOfProperty(VOID.exampleResource).toList();
        assertFalse(examples.isEmpty());
        for (RDFNode example : examples) {
            Node n = example.asNode();
            assertTrue(
                    Txn.calculateRead(
                            BuiltGraph.dataset(), () -> BuiltGraph.dataset().contains(Node.ANY, n, Node.ANY, Node.ANY)),
                    n + " has statements");
        }
    }

    @Test
    void comesAsJsonLdByAcceptAndToOtherOrigins() {
        var r = client.send(client.request(DescriptionController.PATH)
                .header("Accept", "application/ld+json")
                .header("Origin", "http://elsewhere.example")
                .build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        Model v = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "JSON-LD");
        assertTrue(v.contains(DatasetDescription.DATASET, RDF.type, VOID.Dataset));
    }
}
