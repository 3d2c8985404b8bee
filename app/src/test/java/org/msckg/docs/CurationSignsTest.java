package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/** The signs of the relations table in docs/curation.md are the ones ontology/msckg.ttl gives (none: no sign). */
class CurationSignsTest {
    @Test
    void theRelationTableGivesTheOntologysSigns() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.projectRoot().resolve("docs/curation.md"));
        int start = lines.indexOf("### Relations for the PREDICATE column");
        assertTrue(start >= 0, "docs/curation.md has the relations table");
        Map<String, String> documented = new TreeMap<>();
        for (String line : lines.subList(start + 4, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|", -1);
            String[] curies = cells[1].replace("`", "").split("/");
            String[] signs = cells[3].split("/");
            for (int i = 0; i < curies.length; i++) {
                documented.put(curies[i].strip(), signs.length > i ? signs[i].strip() : "");
            }
        }
        assertTrue(documented.size() > 15, documented.toString());
        Model ontology = RDFDataMgr.loadModel(
                Fixtures.projectRoot().resolve("ontology/msckg.ttl").toString());
        Map<String, String> given = new TreeMap<>();
        documented.keySet().forEach(curie -> {
            var sign = ontology.getProperty(
                    ontology.createResource(Prefixes.expand(curie).orElseThrow()), MSCKG.sign);
            given.put(curie, sign == null ? "" : sign.getString());
        });
        assertEquals(given, documented);
        assertEquals("+", given.get("RO:0002213"));
        assertEquals("", given.get("RO:0002292"), "expresses describes, it has no sign");
    }
}
