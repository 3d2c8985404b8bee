package org.msckg.whelk;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.geneontology.whelk.AtomicConcept;
import org.geneontology.whelk.Axiom;
import org.geneontology.whelk.Bridge;
import org.geneontology.whelk.Concept;
import org.geneontology.whelk.Reasoner;
import org.geneontology.whelk.ReasonerState;
import org.geneontology.whelk.Role;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code java -cp 'target/whelk/*' org.msckg.whelk.CausalClosure SUBJECTS RELATIONS OUT ONTOLOGY...}:
 * classifies the ontologies' axioms with Whelk and writes "C R D", one a line and sorted, for every
 * subject C, relation R and named class D with {@code C SubClassOf R some D} entailed. It reads the
 * closure off Whelk's state as relation-graph does: C's links (C SubClassOf r some T, with T named or
 * anonymous; property chains and transitivity already applied), every super-role R of r and every
 * named subsumer D of T.
 */
public final class CausalClosure {
    private CausalClosure() {}

    public static void main(String[] args) throws Exception {
        Set<String> subjects = lines(args[0]);
        Set<String> relations = lines(args[1]);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology merged = manager.createOntology();
        for (String file : Arrays.asList(args).subList(3, args.length)) {
            manager.addAxioms(
                    merged,
                    OWLManager.createOWLOntologyManager()
                            .loadOntologyFromOntologyDocument(new File(file))
                            .getAxioms());
        }
        long start = System.nanoTime();
        ReasonerState state = classify(Bridge.ontologyToAxioms(merged));
        Set<String> out = new TreeSet<>();
        CollectionConverters.asJava(state.linksBySubject()).forEach((subject, links) -> {
            if (subject instanceof AtomicConcept c && subjects.contains(c.id())) {
                CollectionConverters.asJava(links).forEach((role, targets) -> {
                    List<String> named = superRoles(state, role).stream()
                            .filter(relations::contains)
                            .toList();
                    if (!named.isEmpty()) {
                        for (Concept target : CollectionConverters.asJava(targets)) {
                            for (String d : namedSubsumers(state, target)) {
                                named.forEach(r -> out.add(c.id() + " " + r + " " + d));
                            }
                        }
                    }
                });
            }
        });
        try (PrintWriter w = new PrintWriter(args[2], StandardCharsets.UTF_8)) {
            out.forEach(w::println);
        }
        System.out.printf(
                "Whelk: %d axioms, %d triples in %d ms%n",
                merged.getAxiomCount(), out.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code Reasoner.assert}: a Java keyword, so called by name. */
    private static ReasonerState classify(scala.collection.immutable.Set<Axiom> axioms) throws Exception {
        return (ReasonerState) Reasoner.class
                .getMethod("assert", scala.collection.immutable.Set.class, scala.collection.immutable.Map.class, boolean.class)
                .invoke(null, axioms, Reasoner.assert$default$2(), false);
    }

    /** The role and every role above it; composition roles (Whelk's own, for longer chains) have none. */
    private static Set<String> superRoles(ReasonerState state, Role role) {
        Set<String> ids = new HashSet<>();
        ids.add(role.id());
        state.hier().get(role).foreach(s -> {
            CollectionConverters.asJava(s).forEach(r -> ids.add(r.id()));
            return null;
        });
        return ids;
    }

    private static Set<String> namedSubsumers(ReasonerState state, Concept target) {
        Set<String> ids = new HashSet<>();
        if (target instanceof AtomicConcept a) {
            ids.add(a.id());
        }
        state.closureSubsBySubclass().get(target).foreach(s -> {
            CollectionConverters.asJava(s).forEach(d -> {
                if (d instanceof AtomicConcept a) {
                    ids.add(a.id());
                }
            });
            return null;
        });
        ids.remove("http://www.w3.org/2002/07/owl#Thing");
        ids.remove("http://www.w3.org/2002/07/owl#Nothing");
        return ids;
    }

    private static Set<String> lines(String file) throws IOException {
        return new HashSet<>(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
    }
}
