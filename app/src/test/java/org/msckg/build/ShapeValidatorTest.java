package org.msckg.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.build.ShapeValidator.ShapeViolationException;
import org.msckg.vocab.MSCKG;

class ShapeValidatorTest {
    private final ShapeValidator validator =
            new ShapeValidator(Fixtures.projectRoot().resolve("ontology/shapes/msckg-shapes.ttl"));
    private final Model claims =
            RDFDataMgr.loadModel(Fixtures.fixture("shapes/claims.ttl").toString());

    @Test
    void claimsWithoutCitationOrEvidenceOrWithAnUnknownTermAreRejectedNamingTheirRow() {
        var e = assertThrows(ShapeValidator.ShapeViolationException.class, () -> validator.validate(claims));
        String m = e.getMessage();
        assertTrue(m.startsWith("MSCKG-SHA-001 the curated data breaks 3 constraint(s)"), m);
        assertTrue(m.contains("claims/x.tsv:4 [msckg:citation]: a claim needs a citation"), m);
        assertTrue(m.contains("claims/x.tsv:5 [msckg:evidence]: a claim needs the verbatim sentence"), m);
        assertTrue(
                m.contains("claims/x.tsv:6") && m.contains("MONDO_9999999") && m.contains("not a term of the ontology"),
                m);
        assertFalse(m.contains("claims/x.tsv:3"), "the good claim is not reported");
    }

    @Test
    void aClaimWithCitationEvidenceAndKnownTermsPasses() {
        claims.removeAll(claims.createResource("https://w3id.org/msckg/claim/uncited"), null, null);
        claims.removeAll(claims.createResource("https://w3id.org/msckg/claim/unsupported"), null, null);
        claims.removeAll(claims.createResource("https://w3id.org/msckg/claim/unknown"), null, null);
        validator.validate(claims);
    }

    @Test
    void theBuildValidatesRecordsThroughTheEntailedHierarchyButNotItsOwnRecords() {
        Model asserted = ModelFactory.createDefaultModel();
        Resource row = asserted.createResource("https://w3id.org/msckg/claim/row")
                .addProperty(RDF.type, asserted.createResource(MSCKG.SCHEMA + "Table2Row"))
                .addProperty(MSCKG.source, "tables/t.tsv:7");
        Model inferred = ModelFactory.createDefaultModel();
        inferred.add(
                inferred.createResource(MSCKG.SCHEMA + "Table2Row"),
                RDFS.subClassOf,
                inferred.createResource(MSCKG.SCHEMA + "Claim"));
        inferred.add(row, RDF.type, inferred.createResource(MSCKG.SCHEMA + "Claim"));
        Resource record = inferred.createResource("https://w3id.org/msckg/closure/r1");
        inferred.add(record, inferred.createProperty(MSCKG.SCHEMA + "chain"), row);
        Model empty = ModelFactory.createDefaultModel();

        Model validated = ShapeValidator.validatedGraph(empty, empty, asserted, inferred);

        assertFalse(validated.contains(record, null, (RDFNode) null), "the build's own records are left out");
        assertFalse(validated.contains(row, RDF.type, validated.createResource(MSCKG.SCHEMA + "Claim")));
        var e = assertThrows(ShapeViolationException.class, () -> validator.validate(validated));
        assertTrue(
                e.getMessage().contains("tables/t.tsv:7 [msckg:citation]: a claim needs a citation"), e.getMessage());
    }
}
