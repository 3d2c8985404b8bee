package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.vocab.Bibliography;
import org.msckg.vocab.MSCKG;

class ReferenceTableTest {
    private static final String HEADER =
            "ref\tstatus\tconfidence\tcited_in_range\tfirst_author\tyear\ttitle\tjournal\tvolume_pages\tdoi\tpmid\tsource_url\tmatch_evidence\n";

    @TempDir
    Path dir;

    private ReferenceTable table(String rows) throws IOException {
        Path f = dir.resolve("references.tsv");
        Files.writeString(f, HEADER + rows);
        return ReferenceTable.read(f);
    }

    @Test
    void anIdentifiedRowBecomesARecordAndAnUnresolvedOneSaysSo() throws IOException {
        Model m = table(
                        "1\tidentified\tlower\t\tDoe J\t2010\tA title\tJ Test\t1(2):3-4\t10.1/x\t123\thttps://example.org\twhy\n"
                                + "2\tunresolved\t\t[2-3]\t\t\t\t\t\t\t\t\twhy not\n")
                .toRdf(3);
        assertTrue(m.contains(MSCKG.reference(1), Bibliography.doi, "10.1/x"));
        assertTrue(m.contains(
                MSCKG.reference(1), DCTerms.bibliographicCitation, "Doe J et al. 2010. A title. J Test 1(2):3-4."));
        assertTrue(m.contains(MSCKG.reference(1), MSCKG.matchConfidence, "lower"));
        assertTrue(m.contains(MSCKG.reference(2), MSCKG.identification, "unresolved"));
        assertTrue(m.contains(MSCKG.reference(2), MSCKG.citedInRange, "[2-3]"));
        assertFalse(m.contains(MSCKG.reference(2), DCTerms.title));
        assertTrue(
                m.contains(MSCKG.reference(3), MSCKG.identification, "unresolved"),
                "a number the table lacks is unresolved");
    }

    @Test
    void anIdentifiedRowWithoutTitleStopsTheBuild() throws IOException {
        var e = assertThrows(
                CurationException.class, () -> table("7\tidentified\thigh\t\tDoe J\t2010\t\t\t\t\t\t\t\n"));
        assertTrue(e.getMessage().startsWith("MSCKG-REF-001"), e.getMessage());
        assertEquals(2, e.line());
    }
}
