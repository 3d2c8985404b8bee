package org.msckg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/** The curated graph against the review itself: quotes, references and both tables. */
class CurationCoverageIT {
    private static final Path ROOT = Fixtures.projectRoot();
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:\\s*[-–,]\\s*\\d+)*)]");

    private static Property p(String local) {
        return ResourceFactory.createProperty(MSCKG.SCHEMA + local);
    }

    private static Model asserted() {
        return BuiltGraph.result().graphs().get(NamedGraphs.ASSERTED);
    }

    private static String review() throws IOException {
        return Files.readString(ROOT.resolve("ontology/source/review.txt"));
    }

    @Test
    void everyEvidenceIsAVerbatimQuoteOfTheReview() throws IOException {
        ReviewText review = ReviewText.of(review());
        List<String> notVerbatim = new ArrayList<>();
        asserted()
                .listStatements(null, MSCKG.evidence, (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(st -> {
                    if (!review.contains(st.getString())) {
                        notVerbatim.add(st.getSubject() + ": " + st.getString());
                    }
                });
        assertTrue(notVerbatim.isEmpty(), String.join("\n", notVerbatim));
        assertTrue(asserted()
                        .listStatements(null, MSCKG.evidence, (org.apache.jena.rdf.model.RDFNode) null)
                        .toList()
                        .size()
                > 800);
    }

    @Test
    void everyReferenceTheReviewCitesIsCitedByAClaimUnlessExcusedWithAReason() throws IOException {
        Set<Integer> inReview = new TreeSet<>();
        var m = CITATION.matcher(review());
        while (m.find()) {
            Citations.parse("[" + m.group(1) + "]").ifPresent(inReview::addAll);
        }
        assertEquals(134, inReview.size(), "the review cites [1]..[134]");
        Set<Integer> excused = new TreeSet<>();
        for (String line : Files.readAllLines(ROOT.resolve("ontology/uncited-references.tsv")).stream()
                .skip(1)
                .toList()) {
            if (!line.startsWith("#")) {
                String[] cells = line.split("\t");
                assertTrue(cells.length == 2 && !cells[1].isBlank(), "an excused reference needs a reason: " + line);
                excused.add(Integer.parseInt(cells[0]));
            }
        }
        Set<Integer> missing = new TreeSet<>(inReview);
        missing.removeAll(BuiltGraph.result().citedReferences());
        missing.removeAll(excused);
        assertEquals(Set.of(), missing, "references cited in the review but by no claim");
    }

    /** The data rows of a table of the review: cells of tab-indented lines, rows separated by blank lines. */
    private static List<List<String>> tableRows(String review, String title, String end) {
        String block = review.substring(review.indexOf(title), review.indexOf(end, review.indexOf(title)));
        List<List<String>> rows = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : block.split("\n", -1)) {
            if (line.startsWith("\t")) {
                current.add(line.substring(1).trim());
            } else if (line.isBlank() && !current.isEmpty()) {
                rows.add(current);
                current = new ArrayList<>();
            }
        }
        return rows.subList(1, rows.size());
    }

    private static Map<Integer, Resource> rowsOf(Resource type) {
        Map<Integer, Resource> rows = new TreeMap<>();
        asserted()
                .listSubjectsWithProperty(RDF.type, type)
                .forEach(r -> rows.put(r.getProperty(p("tableRow")).getInt(), r));
        return rows;
    }

    @Test
    void everyRowOfTable2IsPresentInOrderWithItsEffectAndReferences() throws IOException {
        List<List<String>> review = tableRows(review(), "Table 2 Mesenchymal", "CKD: Chronic kidney disease");
        assertEquals(31, review.size());
        Map<Integer, Resource> rows = rowsOf(MSCKG.schema("Table2Row"));
        assertEquals(31, rows.size());
        for (int i = 0; i < 31; i++) {
            Resource claim = rows.get(i + 1);
            List<String> cells = review.get(i);
            assertEquals(cells.get(3), claim.getProperty(MSCKG.evidence).getString(), "row " + (i + 1) + " effect");
            assertEquals(cells.get(1), claim.getProperty(p("modelLabel")).getString(), "row " + (i + 1) + " model");
            Set<Integer> refs = new TreeSet<>(Citations.parse(cells.get(4)).orElseThrow());
            Set<Integer> cited = new TreeSet<>();
            claim.listProperties(MSCKG.citation)
                    .forEach(st ->
                            cited.add(Integer.parseInt(st.getResource().getURI().substring(MSCKG.REF.length()))));
            assertEquals(refs, cited, "row " + (i + 1) + " references");
        }
    }

    @Test
    void everyRowOfTable1IsPresentInOrderWithBothValues() throws IOException {
        List<List<String>> review = tableRows(review(), "Table 1 Comparison", "MSCs: Mesenchymal stem cells;");
        assertEquals(10, review.size());
        Map<Integer, Resource> rows = rowsOf(MSCKG.schema("Table1Row"));
        assertEquals(10, rows.size());
        for (int i = 0; i < 10; i++) {
            Resource claim = rows.get(i + 1);
            List<String> cells = review.get(i);
            assertEquals(cells.get(0), claim.getProperty(p("property")).getString());
            assertEquals(cells.get(1), claim.getProperty(p("primaryValue")).getString());
            assertEquals(cells.get(2), claim.getProperty(p("hpscValue")).getString());
        }
    }

    @Test
    void theFigureLegendErratumIsRecordedNotCorrected() {
        boolean noted = asserted()
                .listStatements(null, MSCKG.curationNote, (org.apache.jena.rdf.model.RDFNode) null)
                .filterKeep(st -> st.getString().contains("Interleukin 6")
                        && st.getSubject().getURI().contains("/F1-"))
                .hasNext();
        assertTrue(noted, "'IL10: Interleukin 6' in the Figure 1 legend carries a curation note");
    }
}
