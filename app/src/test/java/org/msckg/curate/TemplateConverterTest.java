package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

class TemplateConverterTest {
    private final Path dir = Fixtures.fixture("tables");
    private final TemplateConverter converter = new TemplateConverter(ReviewText.read(dir.resolve("review.txt")), dir);

    private Model convert(String file) {
        return converter.convert(TsvTable.read(dir.resolve(file)));
    }

    private static Resource r(String curie) {
        return ResourceFactory.createResource(Prefixes.expand(curie).orElseThrow());
    }

    @Test
    void aClaimRowBecomesAReifiedStatementAndTheDirectEdge() {
        Model m = convert("good-claims.tsv");
        Resource claim = r("claim:T-1");
        assertTrue(m.contains(claim, RDF.type, r("msckg:MechanismClaim")));
        assertTrue(m.contains(claim, RDF.subject, r("MSCKG:0000021")));
        assertTrue(m.contains(claim, RDF.predicate, r("RO:0002213")));
        assertTrue(m.contains(claim, RDF.object, r("GO:0043491")));
        assertTrue(
                m.contains(r("MSCKG:0000021"), m.createProperty(r("RO:0002213").getURI()), r("GO:0043491")));
        assertTrue(m.contains(claim, MSCKG.citation, MSCKG.reference(64)));
        assertTrue(m.contains(claim, MSCKG.source, "good-claims.tsv:3"));
        assertFalse(m.contains(claim, MSCKG.citation, MSCKG.reference(63)));
    }

    @Test
    void rangesAndListsOfCitationsExpandToEveryReference() {
        Model m = convert("good-claims.tsv");
        Resource claim = r("claim:T-2");
        for (int n : new int[] {4, 5, 6, 102}) {
            assertTrue(m.contains(claim, MSCKG.citation, MSCKG.reference(n)), "cites [" + n + "]");
        }
        assertFalse(m.contains(claim, MSCKG.citation, MSCKG.reference(7)));
        assertEquals(2, m.listObjectsOfProperty(claim, MSCKG.evidence).toList().size());
        assertTrue(m.contains(claim, MSCKG.source, "good-claims.tsv:5"), "line numbers count the comment line");
    }

    @Test
    void labelColumnsMarkedIgnoredAddNothing() {
        Model m = convert("good-claims.tsv");
        assertFalse(m.listObjects().toList().stream()
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getString().equals("hPSC-MSC")));
    }

    @Test
    void aMalformedCurieIsReportedWithFileLineAndColumn() {
        var e = assertThrows(CurationException.class, () -> convert("malformed-curie.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-018 malformed-curie.tsv:3:6 [object ID]"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals(6, e.column());
    }

    @Test
    void aBadCitationIsReportedWithItsColumn() {
        var e = assertThrows(CurationException.class, () -> convert("bad-citation.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-011 bad-citation.tsv:3:7 [citations]"), e.getMessage());
    }

    @Test
    void aReferenceTheReviewDoesNotHaveIsRefused() {
        var e = assertThrows(CurationException.class, () -> convert("citation-past-last-reference.tsv"));
        assertTrue(
                e.getMessage().startsWith("MSCKG-CUR-011 citation-past-last-reference.tsv:3:7 [citations]"),
                e.getMessage());
        assertTrue(
                e.getMessage().contains("(references 1-102)"),
                "the fixture review cites up to [102]: " + e.getMessage());
    }

    @Test
    void evidenceThatIsNotVerbatimIsRefused() {
        var e = assertThrows(CurationException.class, () -> convert("not-verbatim.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-012 not-verbatim.tsv:3:9 [evidence]"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongDatatypeIsRefused() {
        var e = assertThrows(CurationException.class, () -> convert("bad-integer.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-015 bad-integer.tsv:5:10 [count]"), e.getMessage());
    }

    @Test
    void aClaimWithoutRelationIsRefused() {
        var e = assertThrows(CurationException.class, () -> convert("missing-predicate.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-010 missing-predicate.tsv:5:5"), e.getMessage());
    }

    @Test
    void anUnknownDirectiveIsReportedOnTheDirectiveRow() {
        var e = assertThrows(CurationException.class, () -> convert("bad-directive.tsv"));
        assertTrue(e.getMessage().startsWith("MSCKG-CUR-005 bad-directive.tsv:2:7 [citations]"), e.getMessage());
    }
}
