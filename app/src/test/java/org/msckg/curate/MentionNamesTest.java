package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;

class MentionNamesTest {
    @Test
    void aMentionWithAnAbbreviationGivesTheNameAndTheAbbreviation() {
        assertEquals(Set.of("BM-MSCs", "bone marrow-MSCs"), MentionNames.names("bone marrow-MSCs (BM-MSCs)"));
        assertEquals(Set.of("NK", "natural killer cells"), MentionNames.names("natural killer (NK) cells"));
        assertEquals(
                Set.of("CD34 primitive hematopoietic cells"),
                MentionNames.names("CD34 (+) primitive hematopoietic cells"),
                "a parenthesis without a letter is not an abbreviation");
    }

    @Test
    void mappedMentionsBecomeRelatedSynonymsAndUnmappedOnesNothing() {
        Model m = MentionNames.read(Fixtures.fixture("web/mentions.tsv"));
        var bm = ResourceFactory.createResource("http://purl.obolibrary.org/obo/CL_0002540");
        List<String> names = m.listObjectsOfProperty(bm, MentionNames.RELATED_SYNONYM)
                .mapWith(n -> n.asLiteral().getString())
                .toList();
        assertEquals(Set.of("BM-MSCs", "bone marrow-MSCs", "marrow stromal cells"), Set.copyOf(names));
        assertFalse(
                m.listObjects().toList().stream().anyMatch(n -> n.toString().contains("TSG-6")),
                "the unmapped mention adds nothing");
        assertFalse(names.contains("mesenchymal stem cell of the bone marrow"), "the label itself is not repeated");
        assertTrue(MentionNames.read(Fixtures.projectRoot().resolve("no/such/mentions.tsv"))
                .isEmpty());
    }
}
