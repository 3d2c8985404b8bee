package org.msckg.query.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.query.entity.EntityService;
import org.msckg.vocab.NamedGraphs;

/** The references of ontology/references.tsv in the real graph and in the read model pages use. */
class ReferencesIT {
    private static final References REFERENCES = References.of(BuiltGraph.dataset());

    @Test
    void anIdentifiedReferenceShowsFirstAuthorYearTitleAndItsDoiLink() {
        Citation c = REFERENCES.byCurie("ref:64").orElseThrow();
        assertEquals("[64]", c.label());
        assertTrue(c.identified());
        assertTrue(c.display().startsWith("Liu X 2017, Exosomes secreted from human-induced pluripotent"), c.display());
        assertEquals("https://doi.org/10.7150/ijbs.16951", c.doiUrl());
        assertFalse(c.lowerConfidence());
    }

    @Test
    void lowerConfidenceUnresolvedAndRangesSaySo() {
        assertTrue(REFERENCES.byCurie("ref:1").orElseThrow().lowerConfidence(), "[1] is a lower-confidence match");
        Citation unresolved = REFERENCES.byCurie("ref:2").orElseThrow();
        assertFalse(unresolved.identified());
        assertTrue(unresolved.display().contains("not identified"), unresolved.display());
        assertEquals("", unresolved.doiUrl());
        assertEquals("", unresolved.pubmedUrl());
        assertFalse(unresolved.display().contains("[2]"), "nothing is invented: " + unresolved.display());
        assertEquals("[4-7]", REFERENCES.byCurie("ref:5").orElseThrow().citedInRange());
        assertEquals("", REFERENCES.byCurie("ref:64").orElseThrow().citedInRange());
        assertTrue(REFERENCES.byCurie("ref:24").orElseThrow().pubmedUrl().endsWith("/17198883/"));
        assertEquals(
                "https://doi.org/10.4252/wjsc.v13.i12.1826",
                REFERENCES.byCurie("ref:review").orElseThrow().doiUrl());
        assertEquals(Optional.empty(), REFERENCES.byCurie("MSCKG:0000004"), "a term is no reference");
    }

    @Test
    void theTermIndexGivesEveryCitationItsRecordAndACitedIriWithoutOneSaysSo() {
        TermIndex terms = TermIndex.of(BuiltGraph.dataset());
        assertEquals(REFERENCES.byCurie("ref:64").orElseThrow(), terms.citation("https://w3id.org/msckg/ref/64"));
        Citation unrecorded = terms.citation("https://w3id.org/msckg/ref/9999");
        assertFalse(unrecorded.identified());
        assertEquals("ref:9999", unrecorded.label());
        assertTrue(unrecorded.display().contains("no record"), unrecorded.display());
        assertEquals("", unrecorded.doiUrl());
    }

    @Test
    void aResultValueNamesItsReferencesByCurieOrByTheirPrintedLabels() {
        assertEquals(
                List.of("[64]"),
                REFERENCES.named("ref:64").stream().map(Citation::label).toList());
        assertEquals(
                List.of("[63]", "[64]"),
                REFERENCES.named("[63],[64]").stream().map(Citation::label).toList());
        assertEquals(List.of(), REFERENCES.named("[64],not a reference"), "all or nothing");
        assertEquals(List.of(), REFERENCES.named("MSCKG:0000004"));
        assertEquals(List.of(), REFERENCES.named("64"));
        assertEquals(List.of(), REFERENCES.named(""));
    }

    @Test
    void ref64InTurtleCarriesItsDoiTitleAndLink() {
        Model ref = new EntityService(BuiltGraph.dataset(), TermIndex.of(BuiltGraph.dataset())).rdf("ref:64");
        StringWriter ttl = new StringWriter();
        RDFDataMgr.write(ttl, ref, RDFFormat.TURTLE_PRETTY);
        assertTrue(ttl.toString().contains("\"10.7150/ijbs.16951\""), ttl.toString());
        assertTrue(ttl.toString().contains("<https://doi.org/10.7150/ijbs.16951>"), ttl.toString());
        assertTrue(ttl.toString().contains("Int J Biol Sci"), ttl.toString());
    }

    @Test
    void aClaimCitingARangeKeepsItAsPrinted() {
        Model asserted = BuiltGraph.result().graphs().get(NamedGraphs.ASSERTED);
        String query = """
                PREFIX msckg: <https://w3id.org/msckg/schema/>
                ASK { ?claim msckg:citedAs "[4-7]" ; msckg:citation <https://w3id.org/msckg/ref/5> }""";
        assertTrue(org.apache.jena.query.QueryExecution.model(asserted)
                .query(query)
                .ask());
    }
}
