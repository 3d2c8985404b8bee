package org.msckg.query.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.msckg.query.terms.Ref;
import org.msckg.query.terms.TermIndex;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/**
 * What an entity page sorts and filters each claim by, read once per dataset with one scan per
 * property: a page looks its entity's claims up here instead of reading the graph five times per
 * claim (a class has tens of thousands of claims at x1000, a page shows 50 of them in full).
 */
final class ClaimFacets {
    private record Facets(
            String curie, String relation, List<Ref> organisms, Ref studyType, String section, Ref certainty) {}

    private final Map<Node, Facets> byClaim;

    private ClaimFacets(Map<Node, Facets> byClaim) {
        this.byClaim = byClaim;
    }

    static ClaimFacets read(Graph asserted, TermIndex terms) {
        Map<String, Ref> refs = new HashMap<>();
        Map<Node, Ref> relation = first(asserted, RDF.predicate.asNode(), terms, refs);
        Map<Node, List<Ref>> organisms = new HashMap<>();
        asserted.find(Node.ANY, MSCKG.organism.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                organisms
                        .computeIfAbsent(t.getSubject(), k -> new ArrayList<>(1))
                        .add(ref(t.getObject(), terms, refs));
            }
        });
        Map<Node, Ref> studyType = first(asserted, MSCKG.studyType.asNode(), terms, refs);
        Map<Node, Ref> certainty = first(asserted, MSCKG.certainty.asNode(), terms, refs);
        Map<Node, String> section = new HashMap<>();
        Map<String, String> sections = new HashMap<>();
        asserted.find(Node.ANY, MSCKG.section.asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                String text = sections.computeIfAbsent(t.getObject().getLiteralLexicalForm(), s -> s);
                section.merge(t.getSubject(), text, (a, b) -> a + "; " + b);
            }
        });
        Map<Node, Facets> byClaim = new HashMap<>();
        relation.forEach((claim, predicate) -> byClaim.put(
                claim,
                new Facets(
                        claim.isURI() ? Prefixes.shorten(claim.getURI()) : claim.toString(),
                        predicate.label().isEmpty() ? predicate.curie() : predicate.label(),
                        organisms.getOrDefault(claim, List.of()),
                        studyType.get(claim),
                        section.getOrDefault(claim, ""),
                        certainty.get(claim))));
        return new ClaimFacets(byClaim);
    }

    /** True for a claim node: one with a relation. */
    boolean isClaim(Node node) {
        return byClaim.containsKey(node);
    }

    /** The claim with the role the entity has in it (subject, object, ...). */
    Findings.Claim claim(Node claim, String role) {
        Facets f = byClaim.get(claim);
        return new Findings.Claim(
                claim, f.curie(), role, f.relation(), f.organisms(), f.studyType(), f.section(), f.certainty());
    }

    private static Map<Node, Ref> first(Graph g, Node p, TermIndex terms, Map<String, Ref> refs) {
        Map<Node, Ref> values = new HashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                values.putIfAbsent(t.getSubject(), ref(t.getObject(), terms, refs));
            }
        });
        return values;
    }

    private static Ref ref(Node iri, TermIndex terms, Map<String, Ref> refs) {
        return refs.computeIfAbsent(iri.getURI(), terms::ref);
    }
}
