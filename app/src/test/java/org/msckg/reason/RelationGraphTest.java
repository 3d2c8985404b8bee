package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;

class RelationGraphTest {
    private static final String T = MSCKG.TERM;
    private static final Model TBOX =
            RDFDataMgr.loadModel(Fixtures.fixture("chains/tbox.ttl").toString());
    /** 9000011 is a subclass of the cell 9000010; 9000031 (sprouting) of angiogenesis; 9000060 above regeneration. */
    private static final Map<String, Set<String>> SUPERS = Map.of(
            T + "9000011", Set.of(T + "9000010"),
            T + "9000050", Set.of(T + "9000060"));

    private static final Set<String> SCOPE =
            Set.of(T + "9000010", T + "9000011", T + "9000012", T + "9000020", T + "9000030", T + "9000040");
    /** The imports' classified taxonomy: 9000060 under 9000070, a class the reasoner never saw. */
    private static final Model TAXONOMY = ModelFactory.createDefaultModel()
            .add(
                    ResourceFactory.createResource(T + "9000060"),
                    RDFS.subClassOf,
                    ResourceFactory.createResource(T + "9000070"));

    private static final Model CLOSED =
            new RelationGraph(TBOX, c -> SUPERS.getOrDefault(c, Set.of()), TAXONOMY).materialize(TBOX, SCOPE);

    private static boolean has(String s, String p, String o) {
        return CLOSED.contains(
                CLOSED.createResource(T + s), CLOSED.createProperty(T + p), CLOSED.createResource(T + o));
    }

    @Test
    void toldExistentialsBecomePlainTriples() {
        assertTrue(has("9000010", "9100004", "9000020"));
        assertTrue(has("9000020", "9100001", "9000030"));
    }

    @Test
    void superPropertiesTransitivityAndChainsAreFollowed() {
        assertTrue(has("9000020", "9100002", "9000030"), "positively regulates implies regulates");
        assertTrue(has("9000030", "9100003", "9000050"), "part of is transitive");
        assertTrue(has("9000010", "9100002", "9000030"), "secretes o positively regulates implies regulates");
        assertFalse(has("9000010", "9100001", "9000030"), "the chain gives regulates, not positively regulates");
    }

    @Test
    void subclassesInheritAndObjectsGeneralize() {
        assertTrue(has("9000011", "9100004", "9000020"), "a subclass of the cell secretes what the cell secretes");
        assertTrue(has("9000040", "9100003", "9000060"), "part of regeneration implies part of its superclass");
        assertFalse(has("9000050", "9100003", "9000060"), "classes outside the scope get no triples");
        assertFalse(has("9000020", "9100004", "9000020"));
    }

    @Test
    void theExistentialsOfAClassDefinitionAreEdgesOfTheDefinedClass() {
        assertTrue(has("9000012", "9100004", "9000021"), "defined as a cell that secretes 9000021");
        assertFalse(has("9000010", "9100004", "9000021"), "the definition says nothing of the plain cell");
    }

    @Test
    void theRangeOfAPropertyOrOfOneAboveItIsAnObject() {
        assertTrue(has("9000020", "9100002", "9000090"), "regulates has the range 9000090");
        assertTrue(has("9000020", "9100001", "9000090"), "so has positively regulates, below it");
        assertFalse(has("9000030", "9100003", "9000090"), "part of has no range");
    }

    @Test
    void objectsTheReasonerNeverSawGeneralizeThroughTheImportTaxonomy() {
        assertTrue(has("9000040", "9100003", "9000070"), "part of 9000060, which the taxonomy puts under 9000070");
        assertFalse(has("9000040", "9100003", "9000010"), "nothing beyond what the taxonomy says");
    }
}
