package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.StoredGraph;

/**
 * {@code ./msckg explain} on the real graph, read as a user reads it: each chain with its marks
 * (single-study or cross-study and where the studies change, inherited starts and steps), each hop
 * with its citation and the review's sentence, and what must not be printed.
 */
class ExplainCommandIT {
    /** A hop: optional [marks], subject 'label' -[relation sign]-> object 'label', its citations, the rest. */
    private static final Pattern HOP = Pattern.compile(
            "^  (\\[[^\\]]+\\] )?\\S+:\\S+ '.+' -\\[.+ [+-]\\]-> \\S+:\\S+ '.+'  (\\[(\\d+|review)\\])+  .*$");

    private static final Pattern EVIDENCE = Pattern.compile("^      \".+\" \\(claim:[A-Z0-9]+-\\d+\\)$");

    @TempDir
    static Path data;

    private static String cellsToAngiogenesis;
    private static String exosomesToBoneLoss;

    @BeforeAll
    static void publishAndExplain() {
        StoredGraph.publish(data);
        cellsToAngiogenesis = explain("MSCKG:0000004", "GO:0001525");
        exosomesToBoneLoss = explain("MSCKG:0000021", "MSCKG:0003001");
    }

    private static String explain(String from, String to) {
        StringWriter out = new StringWriter();
        var cl = MsckgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        int status = cl.execute(
                "explain", "--project", Fixtures.projectRoot().toString(), "--data", data.toString(), from, to);
        assertEquals(0, status);
        return out.toString();
    }

    /** The chains as printed, one block each: the chain line, its marks, then hop and evidence lines. */
    private static List<List<String>> chains(String text) {
        List<List<String>> chains = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            if (block.startsWith("chain ")) {
                chains.add(Arrays.asList(block.split("\n")));
            }
        }
        return chains;
    }

    /** The chain whose hops rest on exactly these claims, in order. */
    private static List<String> chainOf(String text, String... claims) {
        return chains(text).stream()
                .filter(c -> c.stream()
                        .filter(l -> EVIDENCE.matcher(l).matches())
                        .map(l -> l.substring(l.lastIndexOf("(claim:") + 7, l.length() - 1))
                        .toList()
                        .equals(List.of(claims)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chain " + List.of(claims) + " in\n" + text));
    }

    private static List<String> hops(List<String> chain) {
        return chain.stream().filter(l -> HOP.matcher(l).matches()).toList();
    }

    @Test
    void theHeaderCountsTheChainsPrinted() {
        int n = chains(cellsToAngiogenesis).size();
        assertTrue(n > 1);
        assertTrue(
                cellsToAngiogenesis.startsWith(n + " chain(s) from MSCKG:0000004 to GO:0001525 (at most 6 hops)\n"),
                cellsToAngiogenesis);
    }

    @Test
    void everyHopHasACitationAndTheReviewsSentenceWithItsClaim() {
        for (String text : List.of(cellsToAngiogenesis, exosomesToBoneLoss)) {
            for (List<String> chain : chains(text)) {
                List<String> lines = chain.subList(2, chain.size());
                assertEquals(0, lines.size() % 2, chain.toString());
                for (int i = 0; i < lines.size(); i += 2) {
                    assertTrue(HOP.matcher(lines.get(i)).matches(), "a hop with its citation: " + lines.get(i));
                    assertTrue(
                            EVIDENCE.matcher(lines.get(i + 1)).matches(),
                            "the sentence and claim under a hop: " + lines.get(i + 1));
                }
            }
        }
    }

    @Test
    void aSingleStudyChainSaysSoAndHasNoStudyChangeOrInheritedStep() {
        List<String> c = chainOf(cellsToAngiogenesis, "APB-026", "APB-030");
        assertTrue(c.get(0).startsWith("chain "), c.get(0));
        assertTrue(c.get(0).contains("sign +"), c.get(0));
        assertTrue(c.get(1).startsWith("  [single study [64]; weakest support: 1 study (hop 1)"), c.get(1));
        hops(c).forEach(h -> {
            assertTrue(h.contains("  [64]  "), "[64] on every hop: " + h);
            assertFalse(h.startsWith("  ["), "no hop mark: " + h);
        });
        assertTrue(c.contains("      \"iPSC-MSC exosomes increased the proliferation, migration, and osteogenesis of"
                + " BM-MSCs[63], significantly prevented bone loss, and promoted local angiogenesis by activating the"
                + " PI3K/Akt signalling pathway in endothelial cells in a steroid-induced rat osteonecrosis model[64]"
                + " (Figure 1).\" (claim:APB-030)"));
        String all = String.join("\n", c);
        for (String absent : List.of("cross-study", "other studies from here", "inherited", "stated for")) {
            assertFalse(all.contains(absent), absent + " in a single-study chain of the asked entity: " + all);
        }
    }

    @Test
    void aCrossStudyChainMarksTheHopWhereTheStudiesChange() {
        List<String> c = chainOf(cellsToAngiogenesis, "APB-026", "APC-036", "APC-039");
        assertTrue(c.get(1).startsWith("  [cross-study: the studies change at hop 2;"), c.get(1));
        assertFalse(c.get(1).contains("single study"), c.get(1));
        List<String> hops = hops(c);
        assertEquals(3, hops.size());
        assertTrue(hops.get(0).startsWith("  MSCKG:0000004 'iPSC-derived mesenchymal stem cell' -[secretes +]->"));
        assertTrue(hops.get(0).contains("  [64]  "), hops.get(0));
        assertTrue(hops.get(1).startsWith("  [other studies from here] MSCKG:0000021"), hops.get(1));
        assertTrue(hops.get(1).contains("  [121]  "), hops.get(1));
        assertTrue(hops.get(2).startsWith("  GO:0043542"), "no change mark where the study stays: " + hops.get(2));
    }

    @Test
    void aFindingForASuperclassIsShownAsInheritedNeverAsAboutTheSubclass() {
        List<String> c = chainOf(cellsToAngiogenesis, "F1-011", "APB-028");
        assertTrue(
                c.get(1)
                        .contains("inherited: starts with a finding stated for hPSC-derived mesenchymal stem cell"
                                + " (MSCKG:0000002), a class above iPSC-derived mesenchymal stem cell"),
                c.get(1));
        assertTrue(
                hops(c).get(0)
                        .startsWith("  [stated for hPSC-derived mesenchymal stem cell (MSCKG:0000002), a class above"
                                + " iPSC-derived mesenchymal stem cell (MSCKG:0000004)] MSCKG:0000002 'hPSC-derived"
                                + " mesenchymal stem cell' -[positively regulates +]-> GO:0043491"),
                hops(c).get(0));
        assertFalse(
                cellsToAngiogenesis.contains("MSCKG:0000004 'iPSC-derived mesenchymal stem cell' -[positively"
                        + " regulates +]-> GO:0043491"),
                "F1-011 is stated for hPSC-MSCs, not for iPSC-MSCs");
    }

    @Test
    void anInheritedStepInsideAChainNamesTheClassItWasStatedFor() {
        List<String> c = chainOf(cellsToAngiogenesis, "APK-054", "F1-009");
        assertTrue(
                c.get(1)
                        .contains("hop 2 inherited: stated for secreted product of mesenchymal stem cells"
                                + " (MSCKG:0000029), a class above iPSC-MSC conditioned medium (MSCKG:0000030)"),
                c.get(1));
        assertTrue(
                hops(c).get(1).startsWith("  [stated for secreted product of mesenchymal stem cells"), hops(c).get(1));
        assertTrue(hops(c).get(1).contains("  [review]  "), "the review's own statement: " + hops(c).get(1));
    }

    @Test
    void singleStudyChainsComeFirstAndTheReviewIsNoStudy() {
        List<String> marks =
                chains(cellsToAngiogenesis).stream().map(c -> c.get(1)).toList();
        int firstCross = marks.indexOf(marks.stream()
                .filter(m -> m.startsWith("  [cross-study"))
                .findFirst()
                .orElseThrow());
        assertTrue(firstCross > 0);
        assertTrue(
                marks.subList(0, firstCross).stream().allMatch(m -> m.startsWith("  [single study [")),
                marks.toString());
        assertTrue(marks.subList(firstCross, marks.size()).stream().noneMatch(m -> m.contains("single study")));
        assertFalse(cellsToAngiogenesis.contains("single study [review]"));
        assertFalse(cellsToAngiogenesis.contains("null"));
        assertFalse(cellsToAngiogenesis.contains("[]"));
    }

    @Test
    void theSixtyFourChainToBoneLossIsOneStudyWithoutInheritance() {
        assertTrue(exosomesToBoneLoss.startsWith("4 chain(s) from MSCKG:0000021 to MSCKG:0003001"), exosomesToBoneLoss);
        List<String> c = chainOf(exosomesToBoneLoss, "APB-027", "APB-028", "APB-029");
        assertTrue(c.get(0).contains("sign -"), "the exosomes act against bone loss: " + c.get(0));
        chains(exosomesToBoneLoss).forEach(chain -> assertTrue(chain.get(1).startsWith("  [single study [64];")));
        for (String absent : List.of("cross-study", "other studies from here", "stated for", "inherited")) {
            assertFalse(exosomesToBoneLoss.contains(absent), absent);
        }
    }
}
