package org.msckg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
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
 * some D} is entailed) against what Whelk and ELK entail on the same axioms: the project's ontology
 * and its import modules. The reasoners run with ROBOT's classpath (OWL API 4) in a JVM of their own
 * (fixtures/crosscheck/CausalClosure.java), never in the service's. Chain edges of the claim-level
 * closure share RO:0002304/RO:0002305 but are no class axioms; they are left out.
 */
class CausalRelationsCrossCheckIT {
    private static final Path ROBOT = Fixtures.projectRoot().resolve("target/robot");
    /** RO's causal relations: regulates and its signed and direct kinds, causally upstream of and its effects. */
    private static final List<String> RELATIONS = List.of(
            "RO_0002211",
            "RO_0002212",
            "RO_0002213",
            "RO_0002578",
            "RO_0002629",
            "RO_0002630",
            "RO_0002411",
            "RO_0002304",
            "RO_0002305",
            "RO_0002418");

    @TempDir
    static Path work;

    private static Set<String> scope;

    @BeforeAll
    static void export() throws IOException {
        assertTrue(
                Files.isDirectory(ROBOT),
                "target/robot/ is missing: mvn verify copies ROBOT there before the integration tests");
        Model ontology = BuiltGraph.result().graphs().get(NamedGraphs.ONTOLOGY);
        scope = BuildOperation.classesInScope(
                ontology, BuiltGraph.result().graphs().get(NamedGraphs.ASSERTED));
        try (OutputStream out = Files.newOutputStream(work.resolve("ontology.owl"))) {
            GraphExport.write(BuiltGraph.dataset(), GraphExport.Format.OWL, Optional.of(NamedGraphs.ONTOLOGY), out);
        }
        Files.write(work.resolve("subjects.txt"), new TreeSet<>(scope));
        Files.write(
                work.resolve("relations.txt"),
                RELATIONS.stream().map(r -> Prefixes.OBO + r).toList());
    }

    private static Set<String> entailedBy(String reasoner) throws IOException, InterruptedException {
        Path out = work.resolve(reasoner + ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                ROBOT + "/*",
                Fixtures.fixture("crosscheck/CausalClosure.java").toString(),
                reasoner,
                work.resolve("subjects.txt").toString(),
                work.resolve("relations.txt").toString(),
                out.toString(),
                work.resolve("ontology.owl").toString()));
        new ProjectLayout(Fixtures.projectRoot()).importModules().forEach(m -> command.add(m.toString()));
        Path log = work.resolve(reasoner + ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), reasoner + " did not finish in 10 minutes");
        assertEquals(0, p.exitValue(), () -> reasoner + " failed: " + read(log));
        return new TreeSet<>(Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    /** The inferred graph's causal class-level triples about classes in scope, chain edges left out. */
    private static Set<String> msckg() {
        Model inferred = BuiltGraph.result().graphs().get(NamedGraphs.INFERRED);
        Set<String> chains = new TreeSet<>();
        inferred.listSubjectsWithProperty(RDF.type, MSCKG.InferredChain)
                .forEach(c -> chains.add(c.getPropertyResourceValue(RDF.subject).getURI() + " "
                        + c.getPropertyResourceValue(RDF.predicate).getURI() + " "
                        + c.getPropertyResourceValue(RDF.object).getURI()));
        Set<String> triples = new TreeSet<>();
        for (String r : RELATIONS) {
            inferred.listStatements(null, inferred.createProperty(Prefixes.OBO + r), (Resource) null)
                    .filterKeep(st -> st.getObject().isURIResource()
                            && scope.contains(st.getSubject().getURI()))
                    .mapWith(st ->
                            st.getSubject().getURI() + " " + st.getPredicate().getURI() + " "
                                    + st.getResource().getURI())
                    .filterDrop(chains::contains)
                    .forEach(triples::add);
        }
        return triples;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void theCausalClassRelationsAreThoseWhelkEntails() throws Exception {
        Set<String> whelk = entailedBy("whelk");
        Set<String> ours = msckg();
        assertEquals(Set.of(), minus(ours, whelk), "msckg states what Whelk does not entail");
        assertEquals(Set.of(), minus(whelk, ours), "Whelk entails what msckg misses");
    }

    @Test
    void whelkAndElkAgree() throws Exception {
        assertEquals(entailedBy("whelk"), entailedBy("elk"));
    }
}
