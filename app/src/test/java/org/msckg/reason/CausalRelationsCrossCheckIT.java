package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.build.BuildOperation;
import org.msckg.build.ProjectLayout;
import org.msckg.export.GraphExport;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * The class-level causal relations of the inferred graph ({@code C R D} when {@code C SubClassOf R
 * some D} is entailed, docs/schema.md) against what Whelk entails on the same axioms: the project's
 * ontology and its import modules. Whelk runs in a JVM of its own with ROBOT's classpath (OWL API 4;
 * tools/whelk/), never in the service's, and its closure is read off its state (seconds, not the
 * per-class queries of an expression-materializing reasoner). The causal relations are RO's
 * "causally related to" and every property below it. Each side's extra triples are listed in the
 * failure message.
 */
class CausalRelationsCrossCheckIT {
    private static final Path ROOT = Fixtures.projectRoot();
    private static final String CAUSALLY_RELATED_TO = Prefixes.OBO + "RO_0002410";

    @TempDir
    static Path work;

    private static Model inferred;
    private static Model tbox;
    private static Set<String> scope;
    private static Set<String> relations;
    private static Set<String> whelk;

    @BeforeAll
    static void classifyWithWhelk() throws IOException, InterruptedException {
        assertTrue(
                Files.isDirectory(ROOT.resolve("target/robot")) && Files.isDirectory(ROOT.resolve("target/whelk")),
                "target/robot/ or target/whelk/ is missing: mvn verify builds them before the integration tests");
        var graphs = BuiltGraph.result().graphs();
        inferred = graphs.get(NamedGraphs.INFERRED);
        tbox = graphs.get(NamedGraphs.ONTOLOGY).union(graphs.get(NamedGraphs.IMPORTS));
        scope = BuildOperation.classesInScope(graphs.get(NamedGraphs.ONTOLOGY), graphs.get(NamedGraphs.ASSERTED));
        relations = causalRelations(tbox);
        try (OutputStream out = Files.newOutputStream(work.resolve("ontology.owl"))) {
            GraphExport.write(BuiltGraph.dataset(), GraphExport.Format.OWL, Optional.of(NamedGraphs.ONTOLOGY), out);
        }
        Files.write(work.resolve("subjects.txt"), new TreeSet<>(scope));
        Files.write(work.resolve("relations.txt"), new TreeSet<>(relations));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ROOT.resolve("target/whelk/msckg-whelk.jar") + java.io.File.pathSeparator + ROOT.resolve("target/robot")
                        + "/*",
                "org.msckg.whelk.CausalClosure",
                work.resolve("subjects.txt").toString(),
                work.resolve("relations.txt").toString(),
                work.resolve("whelk.txt").toString(),
                work.resolve("ontology.owl").toString()));
        new ProjectLayout(ROOT).importModules().forEach(m -> command.add(m.toString()));
        Path log = work.resolve("whelk.log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "Whelk did not finish in 5 minutes");
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), () -> "Whelk failed: " + output);
        System.out.print(output);
        whelk = new TreeSet<>(Files.readAllLines(work.resolve("whelk.txt"), StandardCharsets.UTF_8));
    }

    /** RO's "causally related to" and every object property below it, as the ontologies state them. */
    private static Set<String> causalRelations(Model tbox) {
        Set<String> found = new HashSet<>(Set.of(CAUSALLY_RELATED_TO));
        boolean grew = true;
        while (grew) {
            grew = tbox.listStatements(null, RDFS.subPropertyOf, (RDFNode) null)
                    .filterKeep(st -> st.getSubject().isURIResource()
                            && st.getObject().isURIResource()
                            && found.contains(st.getResource().getURI()))
                    .mapWith(st -> found.add(st.getSubject().getURI()))
                    .toList()
                    .contains(true);
        }
        return found;
    }

    /** The inferred graph's triples over the causal relations about classes in scope. */
    private static Set<String> msckg() {
        Set<String> triples = new TreeSet<>();
        for (String r : relations) {
            inferred.listStatements(null, inferred.createProperty(r), (RDFNode) null)
                    .filterKeep(st -> st.getObject().isURIResource()
                            && scope.contains(st.getSubject().getURI()))
                    .forEach(st -> triples.add(triple(st.getSubject(), r, st.getResource())));
        }
        return triples;
    }

    /**
     * The chain edges of the claim-level closure (docs/schema.md "Mechanism chains"): RO:0002304 and
     * RO:0002305 in the same graph, but from curated findings, not from class axioms.
     */
    private static Set<String> chainEdges() {
        Set<String> chains = new TreeSet<>();
        inferred.listSubjectsWithProperty(RDF.type, MSCKG.InferredChain)
                .forEach(c -> chains.add(triple(
                        c.getPropertyResourceValue(RDF.subject),
                        c.getPropertyResourceValue(RDF.predicate).getURI(),
                        c.getPropertyResourceValue(RDF.object))));
        return chains;
    }

    private static String triple(Resource s, String p, Resource o) {
        return s.getURI() + " " + p + " " + o.getURI();
    }

    /** As the build does (queries/qc/unlabelled-obo-term-violation.rq): no triple names an unlabelled OBO term. */
    private static boolean namesAnUnlabelledTerm(String triple) {
        for (String iri : triple.split(" ")) {
            if (iri.startsWith(Prefixes.OBO) && !tbox.contains(tbox.createResource(iri), RDFS.label)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void theCausalRelationsAreRosCausalHierarchy() {
        assertTrue(relations.containsAll(Set.of(
                Prefixes.OBO + "RO_0002211",
                Prefixes.OBO + "RO_0002213",
                Prefixes.OBO + "RO_0002212",
                Prefixes.OBO + "RO_0002304",
                Prefixes.OBO + "RO_0002305",
                Prefixes.OBO + "RO_0002418")));
        assertFalse(relations.contains(Prefixes.OBO + "BFO_0000050"), "part of is no causal relation");
    }

    @Test
    void whelkEntailsCausalClassRelations() {
        assertFalse(whelk.isEmpty(), "Whelk entails no causal class relation about a class in scope");
    }

    @Test
    void everyCausalClassRelationOfTheBuildIsEntailedByWhelk() {
        assertEquals(
                Set.of(), minus(minus(msckg(), chainEdges()), whelk), "the build states what Whelk does not entail");
    }

    @Test
    void everyCausalClassRelationWhelkEntailsIsInTheBuild() {
        Set<String> missing = minus(whelk, msckg());
        missing.removeIf(CausalRelationsCrossCheckIT::namesAnUnlabelledTerm);
        assertEquals(Set.of(), missing, "Whelk entails what the build misses");
    }
}
