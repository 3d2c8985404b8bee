package org.msckg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.curate.Citations;
import org.msckg.curate.Directive;
import org.msckg.curate.ReviewText;
import org.msckg.curate.TsvTable;

class SyntheticProjectTest {
    private static final ProjectLayout SOURCE = new ProjectLayout(Fixtures.projectRoot());

    @TempDir
    static Path out;

    private static ProjectLayout synth;
    private static SyntheticProject.Summary summary;

    @BeforeAll
    static void generate() {
        summary = new SyntheticProject(SOURCE, 2, 7).writeTo(out);
        synth = new ProjectLayout(out);
    }

    private static List<TsvTable> tables(ProjectLayout layout) {
        return layout.claimTables().stream().map(TsvTable::read).toList();
    }

    /** The cells of one directive kind over all rows of the tables, split where the directive splits. */
    private static List<String> values(List<TsvTable> tables, Directive.Kind kind) {
        return tables.stream()
                .flatMap(t -> {
                    List<Directive> ds = t.directives().stream()
                            .map(d -> Directive.parse(d).orElseThrow())
                            .toList();
                    return t.rows().stream()
                            .flatMap(r -> java.util.stream.IntStream.range(0, ds.size())
                                    .filter(c -> ds.get(c).kind() == kind
                                            && !r.cell(c).isEmpty())
                                    .boxed()
                                    .flatMap(c -> ds.get(c).values(r.cell(c)).stream()));
                })
                .toList();
    }

    @Test
    void everyCuratedRowIsThereOncePerCopyUnderANewId() {
        List<String> curated = values(tables(SOURCE), Directive.Kind.ID);
        List<String> ids = values(tables(synth), Directive.Kind.ID);
        assertEquals(2 * curated.size(), ids.size());
        assertEquals(ids.size(), summary.rows());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "claim IDs are unique");
        assertTrue(ids.stream().allMatch(id -> id.endsWith("-s1") || id.endsWith("-s2")));
        assertTrue(ids.stream().noneMatch(curated::contains));
    }

    @Test
    void everyEvidenceIsQuotedFromTheSyntheticReviewAndNoneFromTheRealOne() {
        ReviewText review = ReviewText.read(synth.reviewFile());
        List<String> evidence = values(tables(synth), Directive.Kind.EVIDENCE);
        assertFalse(evidence.isEmpty());
        assertTrue(evidence.stream().allMatch(review::contains));
        String realSentence = values(tables(SOURCE), Directive.Kind.EVIDENCE).get(0);
        assertFalse(review.contains(realSentence), "the synthetic review does not carry the real one");
    }

    @Test
    void subjectsObjectsAndOtherTermsAreRealTermsOfTheCuratedTables() {
        Set<String> curated = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Directive.Kind k : List.of(Directive.Kind.SUBJECT, Directive.Kind.OBJECT, Directive.Kind.AI)) {
            curated.addAll(values(tables(SOURCE), k));
            used.addAll(values(tables(synth), k));
        }
        curated.addAll(values(tables(SOURCE), Directive.Kind.ID).stream()
                .flatMap(id -> java.util.stream.Stream.of(id + "-s1", id + "-s2"))
                .toList());
        used.removeAll(curated);
        assertEquals(Set.of(), used, "no invented term");
        assertEquals(
                Set.copyOf(values(tables(SOURCE), Directive.Kind.PREDICATE)),
                Set.copyOf(values(tables(synth), Directive.Kind.PREDICATE)));
    }

    @Test
    void eachCopyCitesItsOwnReferencesGroupedAsInTheOriginal() {
        int last = ReviewText.read(SOURCE.reviewFile()).lastReference();
        assertEquals(
                2 * last,
                ReviewText.read(synth.reviewFile()).lastReference(),
                "the synthetic review lists both copies' references");
        List<TsvTable> copies = tables(synth);
        List<TsvTable> originals = tables(SOURCE);
        for (int t = 0; t < originals.size(); t++) {
            List<String> curated = values(List.of(originals.get(t)), Directive.Kind.CITE);
            List<String> copied = values(List.of(copies.get(t)), Directive.Kind.CITE);
            assertEquals(2 * curated.size(), copied.size());
            for (int i = 0; i < curated.size(); i++) {
                List<Integer> original = Citations.parse(curated.get(i)).orElseThrow();
                List<Integer> second =
                        Citations.parse(copied.get(curated.size() + i)).orElseThrow();
                assertEquals(
                        original.contains(Citations.REVIEW)
                                ? List.of(Citations.REVIEW)
                                : original.stream().map(n -> n + last).toList(),
                        second,
                        curated.get(i));
            }
        }
    }

    @Test
    void chainsStillJoinInsideEachCopy() {
        assertEquals(joins(tables(SOURCE), ""), joins(tables(synth), "-s1"));
        assertEquals(joins(tables(SOURCE), ""), joins(tables(synth), "-s2"));
    }

    /** How many (claim, claim) pairs of one copy join: the object of the first is the subject of the second. */
    private static long joins(List<TsvTable> tables, String copySuffix) {
        List<String[]> edges = new java.util.ArrayList<>();
        for (TsvTable t : tables) {
            List<Directive.Kind> kinds = t.directives().stream()
                    .map(d -> Directive.parse(d).orElseThrow().kind())
                    .toList();
            int id = kinds.indexOf(Directive.Kind.ID);
            int s = kinds.indexOf(Directive.Kind.SUBJECT);
            int o = kinds.indexOf(Directive.Kind.OBJECT);
            if (s < 0 || o < 0) {
                continue;
            }
            t.rows().stream()
                    .filter(r -> copySuffix.isEmpty() || r.cell(id).endsWith(copySuffix))
                    .forEach(r -> edges.add(new String[] {r.cell(s), r.cell(o)}));
        }
        return edges.stream()
                .mapToLong(a -> edges.stream().filter(b -> a[1].equals(b[0])).count())
                .sum();
    }

    @Test
    void ontologyTermsImportsAndShapesAreCopiedUnchanged() throws Exception {
        assertEquals(Files.readString(SOURCE.ontologyFile()), Files.readString(synth.ontologyFile()));
        assertEquals(Files.readString(SOURCE.shapesFile()), Files.readString(synth.shapesFile()));
        assertEquals(SOURCE.termTables().size(), synth.termTables().size());
        assertEquals(SOURCE.importModules().size(), synth.importModules().size());
        assertTrue(Files.isDirectory(synth.queriesDir()));
    }

    @Test
    void theSourceProjectIsNeverOverwrittenAndTheFactorIsPositive() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> new SyntheticProject(SOURCE, 1, 1).writeTo(SOURCE.root()));
        assertTrue(e.getMessage().startsWith("MSCKG-SYN-002"));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticProject(SOURCE, 0, 1));
    }
}
