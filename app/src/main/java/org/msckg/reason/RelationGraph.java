package org.msckg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;

/**
 * Class-level materialization with the semantics of relation-graph and Ubergraph: a triple C R D
 * whenever C SubClassOf R some D follows from the told existential axioms (subclass axioms and the
 * {@code R some D} operands of class definitions), the class hierarchy the reasoner computed, the
 * property hierarchy, property ranges, transitivity and two-place property chains. Subjects
 * are limited to the given classes (the project's and those its data touch). The reasoner classifies
 * only the import classes the data uses (and their superclasses); a filler it never saw, such as a GO
 * process reached through a part-of chain, is generalized through the imports' classified taxonomy
 * instead, so that the closure is the one Whelk entails (CausalRelationsCrossCheckIT).
 */
public final class RelationGraph {
    private record Edge(String s, String p, String o) {}

    private final Function<String, Set<String>> superClasses;
    private final Map<String, Set<String>> superProperties = new HashMap<>();
    private final Set<String> transitive = new HashSet<>();
    private final Map<String, List<String[]>> chainsByFirst = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();
    private final Map<String, Set<String>> inheritedRanges = new HashMap<>();

    public RelationGraph(Model tbox, Function<String, Set<String>> superClasses, Model importTaxonomy) {
        Map<String, Set<String>> told = new HashMap<>();
        importTaxonomy.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                told.computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>())
                        .add(st.getResource().getURI());
            }
        });
        Map<String, Set<String>> taxonomy = new HashMap<>();
        this.superClasses = c -> {
            Set<String> all = new HashSet<>(superClasses.apply(c));
            all.addAll(taxonomy.computeIfAbsent(c, k -> ancestors(k, told)));
            return all;
        };
        tbox.listStatements(null, RDFS.subPropertyOf, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                superProperties
                        .computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>())
                        .add(st.getResource().getURI());
            }
        });
        tbox.listStatements(null, RDFS.range, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                ranges.computeIfAbsent(st.getSubject().getURI(), k -> new HashSet<>())
                        .add(st.getResource().getURI());
            }
        });
        tbox.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, OWL2.TransitiveProperty)
                .filterKeep(Resource::isURIResource)
                .forEach(p -> transitive.add(p.getURI()));
        tbox.listStatements(null, OWL2.propertyChainAxiom, (RDFNode) null).forEach(st -> {
            List<RDFNode> chain = st.getObject().as(RDFList.class).asJavaList();
            if (chain.size() == 2 && chain.stream().allMatch(RDFNode::isURIResource)) {
                chainsByFirst
                        .computeIfAbsent(chain.get(0).asResource().getURI(), k -> new ArrayList<>())
                        .add(new String[] {
                            chain.get(1).asResource().getURI(), st.getSubject().getURI()
                        });
            }
        });
    }

    /** The ranges of a property and of every property above it: C R D entails C R E for each. */
    private Set<String> rangesOf(String property) {
        return inheritedRanges.computeIfAbsent(property, p -> {
            Set<String> all = new HashSet<>();
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(List.of(p));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (seen.add(next)) {
                    all.addAll(ranges.getOrDefault(next, Set.of()));
                    todo.addAll(superProperties.getOrDefault(next, Set.of()));
                }
            }
            return all;
        });
    }

    private static Set<String> ancestors(String c, Map<String, Set<String>> told) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(told.getOrDefault(c, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(told.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    public Model materialize(Model tbox, Set<String> subjects) {
        Set<Edge> edges = new HashSet<>();
        tbox.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEach(st -> {
            Resource r = st.getObject().isResource() ? st.getResource() : null;
            if (st.getSubject().isURIResource()
                    && r != null
                    && r.hasProperty(OWL2.someValuesFrom)
                    && r.hasProperty(OWL2.onProperty)) {
                RDFNode filler = r.getProperty(OWL2.someValuesFrom).getObject();
                if (filler.isURIResource()) {
                    edges.add(new Edge(
                            st.getSubject().getURI(),
                            r.getPropertyResourceValue(OWL2.onProperty).getURI(),
                            filler.asResource().getURI()));
                }
            }
        });
        tbox.listStatements(null, OWL2.equivalentClass, (RDFNode) null).forEach(st -> {
            definitionEdges(st.getSubject(), st.getObject(), edges);
            definitionEdges(st.getObject(), st.getSubject(), edges);
        });
        Map<String, Set<String>> subClasses = new HashMap<>();
        subjects.forEach(c -> superClasses
                .apply(c)
                .forEach(sup ->
                        subClasses.computeIfAbsent(sup, k -> new HashSet<>()).add(c)));
        Set<Edge> closed = saturate(edges, subClasses);
        Model m = ModelFactory.createDefaultModel();
        closed.stream()
                .filter(e -> subjects.contains(e.s()))
                .forEach(e -> m.add(m.createResource(e.s()), m.createProperty(e.p()), m.createResource(e.o())));
        return m;
    }

    /**
     * {@code C EquivalentTo A and R some D} (how CL, GO and UBERON define classes) entails {@code C
     * SubClassOf R some D}: the told edge C R D, for every such operand with a named filler.
     */
    private static void definitionEdges(RDFNode defined, RDFNode definition, Set<Edge> edges) {
        if (!defined.isURIResource() || !definition.isAnon()) {
            return;
        }
        Resource intersection = definition.asResource().getPropertyResourceValue(OWL2.intersectionOf);
        if (intersection == null) {
            return;
        }
        for (RDFNode operand : intersection.as(RDFList.class).asJavaList()) {
            if (operand.isAnon()
                    && operand.asResource().hasProperty(OWL2.onProperty)
                    && operand.asResource().hasProperty(OWL2.someValuesFrom)) {
                RDFNode filler =
                        operand.asResource().getProperty(OWL2.someValuesFrom).getObject();
                Resource property = operand.asResource().getPropertyResourceValue(OWL2.onProperty);
                if (filler.isURIResource() && property.isURIResource()) {
                    edges.add(new Edge(
                            defined.asResource().getURI(),
                            property.getURI(),
                            filler.asResource().getURI()));
                }
            }
        }
    }

    private Set<Edge> saturate(Set<Edge> told, Map<String, Set<String>> subClasses) {
        Set<Edge> all = new HashSet<>();
        List<Edge> todo = new ArrayList<>(told);
        Map<String, List<Edge>> bySubject = new HashMap<>();
        Map<String, List<Edge>> byObject = new HashMap<>();
        while (!todo.isEmpty()) {
            Edge e = todo.remove(todo.size() - 1);
            if (!all.add(e)) {
                continue;
            }
            bySubject.computeIfAbsent(e.s(), k -> new ArrayList<>()).add(e);
            byObject.computeIfAbsent(e.o(), k -> new ArrayList<>()).add(e);
            superClasses.apply(e.o()).forEach(d -> todo.add(new Edge(e.s(), e.p(), d)));
            rangesOf(e.p()).forEach(d -> todo.add(new Edge(e.s(), e.p(), d)));
            subClasses.getOrDefault(e.s(), Set.of()).forEach(c -> todo.add(new Edge(c, e.p(), e.o())));
            superProperties.getOrDefault(e.p(), Set.of()).forEach(q -> todo.add(new Edge(e.s(), q, e.o())));
            for (Edge next : List.copyOf(bySubject.getOrDefault(e.o(), List.of()))) {
                if (transitive.contains(e.p()) && next.p().equals(e.p())) {
                    todo.add(new Edge(e.s(), e.p(), next.o()));
                }
                chainsByFirst.getOrDefault(e.p(), List.of()).stream()
                        .filter(c -> c[0].equals(next.p()))
                        .forEach(c -> todo.add(new Edge(e.s(), c[1], next.o())));
            }
            for (Edge prev : List.copyOf(byObject.getOrDefault(e.s(), List.of()))) {
                if (transitive.contains(e.p()) && prev.p().equals(e.p())) {
                    todo.add(new Edge(prev.s(), e.p(), e.o()));
                }
                chainsByFirst.getOrDefault(prev.p(), List.of()).stream()
                        .filter(c -> c[0].equals(e.p()))
                        .forEach(c -> todo.add(new Edge(prev.s(), c[1], e.o())));
            }
        }
        return all;
    }
}
