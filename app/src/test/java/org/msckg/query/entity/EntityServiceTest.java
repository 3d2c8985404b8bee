package org.msckg.query.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.query.terms.TermIndex;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

class EntityServiceTest {
    private static final Node CELL = NodeFactory.createURI(MSCKG.TERM + "0000004");
    private static final Node WHOLE = NodeFactory.createURI(MSCKG.TERM + "0000011");
    private static final Node CLAIM = NodeFactory.createURI(MSCKG.CLAIM + "T-001");
    private static final Node HAS_PART = NodeFactory.createURI(Prefixes.OBO + "BFO_0000051");
    private static final Node SECRETES = NodeFactory.createURI(MSCKG.TERM + "0000101");

    @Test
    void namedByListsTheStatementsThatNameTheEntityButNotTheClaimsAboutIt() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            Node ontology = NamedGraphs.ONTOLOGY.node();
            dataset.add(ontology, CELL, RDFS.label.asNode(), NodeFactory.createLiteralString("iPSC-MSC"));
            dataset.add(ontology, WHOLE, RDFS.label.asNode(), NodeFactory.createLiteralString("FOP iPSC-MSC"));
            Node asserted = NamedGraphs.ASSERTED.node();
            dataset.add(asserted, WHOLE, HAS_PART, CELL);
            dataset.add(asserted, CLAIM, RDF.subject.asNode(), CELL);
            dataset.add(asserted, CLAIM, RDF.predicate.asNode(), SECRETES);
            dataset.add(asserted, CLAIM, RDF.object.asNode(), WHOLE);
        });
        EntityView view = new EntityService(dataset, TermIndex.of(dataset)).describe("MSCKG:0000004");
        assertEquals(
                List.of("MSCKG:0000011 BFO:0000051"),
                view.incoming().stream()
                        .map(s -> s.subject().curie() + " " + s.predicate().curie())
                        .toList());
        assertEquals(
                List.of("claim:T-001"),
                view.claims().stream().map(c -> c.claim().curie()).toList(),
                "the claim is a finding, not a statement that names the entity");
    }
}
