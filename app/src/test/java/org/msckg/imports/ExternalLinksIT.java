package org.msckg.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.vocab.NamedGraphs;

/** The real graph's links to the imported modules: present, not deprecated, labelled as the modules say. */
class ExternalLinksIT {
    private static final ProjectLayout LAYOUT = new ProjectLayout(Fixtures.projectRoot());
    private static Model ontology;
    private static Model asserted;
    private static LinkCheck check;

    @BeforeAll
    static void load() {
        ontology = BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY);
        asserted = BuiltGraph.result().graphs().get(NamedGraphs.ASSERTED);
        check = new LinkCheck(ImportedTerms.load(LAYOUT.importsDir()));
    }

    private static SortedSet<String> used() {
        return ExternalTerms.allUsedIn(ontology, asserted);
    }

    private static String lines(List<String> problems) {
        return problems.size() + " problem(s):\n  " + String.join("\n  ", problems);
    }

    @Test
    void theGraphUsesTermsOfSeveralImportedOntologies() {
        Map<ImportedOntology, SortedSet<String>> byOntology = ExternalTerms.usedIn(ontology, asserted);
        assertTrue(
                byOntology
                        .keySet()
                        .containsAll(List.of(
                                ImportedOntology.CL,
                                ImportedOntology.MONDO,
                                ImportedOntology.NCBITAXON,
                                ImportedOntology.RO)),
                byOntology.keySet().toString());
        assertTrue(used().contains("http://purl.obolibrary.org/obo/CL_0000134"));
        assertFalse(used().stream().anyMatch(iri -> iri.startsWith("https://w3id.org/msckg/")));
    }

    @Test
    void everyExternalTermTheGraphUsesIsInTheModuleOfItsOntology() {
        List<String> problems = check.missing(used());
        assertTrue(problems.isEmpty(), lines(problems));
    }

    @Test
    void theImportsGraphGivesEveryExternalTermTheGraphUsesALabelForPagesAndSearch() {
        Model imports = BuiltGraph.result().graphs().get(NamedGraphs.IMPORTS);
        List<String> unlabelled = used().stream()
                .filter(iri -> !imports.contains(imports.createResource(iri), RDFS.label))
                .toList();
        assertTrue(unlabelled.isEmpty(), lines(unlabelled));
    }

    @Test
    void noExternalTermTheGraphUsesIsDeprecated() {
        List<String> problems = check.deprecated(used());
        assertTrue(problems.isEmpty(), lines(problems));
    }

    @Test
    void everyCuratedLabelBesideAnExternalIdIsItsLabelOrASynonymInTheModule() {
        List<LabelCells.LabelCell> cells =
                LabelCells.read(Stream.concat(LAYOUT.claimTables().stream(), LAYOUT.termTables().stream())
                        .toList());
        assertTrue(cells.size() > 1000, "label cells read: " + cells.size());
        List<String> problems = check.labelMismatches(cells);
        assertTrue(problems.isEmpty(), lines(problems));
    }

    @Test
    void everyProjectTermThatDuplicatesAnExternalLabelIsAllowedWithAReason() {
        List<AllowedDuplicates.Entry> allowed =
                AllowedDuplicates.read(LAYOUT.importsDir().resolve("duplicates-allowed.tsv"));
        List<LinkCheck.Duplicate> found = check.duplicates(ontology);
        List<String> unlisted = found.stream()
                .filter(d -> !AllowedDuplicates.allows(allowed, d))
                .map(LinkCheck.Duplicate::describe)
                .toList();
        assertTrue(unlisted.isEmpty(), "duplicates not in duplicates-allowed.tsv (with a reason): " + lines(unlisted));
        List<String> stale = allowed.stream()
                .filter(e -> found.stream()
                        .noneMatch(d -> d.projectId().equals(e.projectId())
                                && d.externalId().equals(e.externalId())))
                .map(e -> "line " + e.line() + ": " + e.projectId() + " / " + e.externalId())
                .toList();
        assertTrue(
                stale.isEmpty(), "duplicates-allowed.tsv lists pairs that are no longer duplicates: " + lines(stale));
    }

    @Test
    void theTermListsAreTheExternalTermsTheGraphUsesPerOntology() {
        Map<ImportedOntology, SortedSet<String>> byOntology = ExternalTerms.usedIn(ontology, asserted);
        Path dir = LAYOUT.importsDir();
        for (ImportedOntology o : ImportedOntology.values()) {
            assertEquals(
                    byOntology.getOrDefault(o, new TreeSet<>()),
                    TermLists.read(dir, o),
                    o.termsFile() + " is stale: run ./msckg imports terms");
        }
    }

    @Test
    void theTermListsMadeFromTheSourcesEqualThoseMadeFromTheBuiltGraph() {
        assertEquals(ExternalTerms.usedIn(ontology, asserted), TermLists.usedBy(LAYOUT));
    }
}
