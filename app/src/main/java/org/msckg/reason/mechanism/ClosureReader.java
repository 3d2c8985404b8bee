package org.msckg.reason.mechanism;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.msckg.vocab.MSCKG;

/**
 * Reads the closure the build wrote: the chains of the records that start at an entity, by index
 * lookups on the inferred graph (no walk). Claims are read back as {@link Hop}s from the claim graph.
 */
public final class ClosureReader {
    private final Graph inferred;
    private final Model claims;

    /** @param claims the asserted claims and the ontology that gives their relations a sign */
    public ClosureReader(Graph inferred, Graph claims) {
        this.inferred = inferred;
        this.claims = ModelFactory.createModelForGraph(claims);
    }

    /** A chain of the closure before its hops are read: enough to rank it. */
    public record Found(Node node, boolean singleStudy, int length, int rank) {}

    /** By rank on its record, then length, then name: the same order however the chains were found. */
    private static final Comparator<Found> ORDER = Comparator.comparingInt(Found::rank)
            .thenComparingInt(Found::length)
            .thenComparing(f -> f.node().getURI());

    /** The chains of the records from {@code from}, at most {@code maxHops} long. */
    public List<Found> chainsFrom(String from, int maxHops) {
        List<Found> found = new ArrayList<>();
        inferred.find(Node.ANY, MSCKG.from.asNode(), NodeFactory.createURI(from))
                .forEach(t -> addChains(t.getSubject(), maxHops, found));
        found.sort(ORDER);
        return found;
    }

    /**
     * The chains of the records from {@code from} to each of {@code ends}, at most {@code maxHops}
     * long: each record looked up by its name, however many records start at {@code from}.
     */
    public List<Found> chainsBetween(String from, Collection<String> ends, int maxHops) {
        List<Found> found = new ArrayList<>();
        for (String to : ends) {
            Node record = NodeFactory.createURI(ClosureWriter.recordIri(from, to));
            if (uri(record, MSCKG.from.asNode()).equals(from)
                    && uri(record, MSCKG.to.asNode()).equals(to)) {
                addChains(record, maxHops, found);
            }
        }
        found.sort(ORDER);
        return found;
    }

    private void addChains(Node record, int maxHops, List<Found> found) {
        for (Node c : objects(record, MSCKG.chain.asNode())) {
            int length = intValue(c, MSCKG.length.asNode());
            if (length <= maxHops) {
                boolean cross = objects(c, MSCKG.crossStudy.asNode()).stream()
                        .anyMatch(n -> n.isLiteral() && Boolean.TRUE.equals(n.getLiteralValue()));
                found.add(new Found(c, !cross, length, intValue(c, MSCKG.rank.asNode())));
            }
        }
    }

    /** The chain with its hops read back from the claims. */
    public Optional<Chain> read(Found found) {
        return chain(found.node());
    }

    private Optional<Chain> chain(Node node) {
        Map<Integer, Node> hops = new TreeMap<>();
        objects(node, MSCKG.hop.asNode()).forEach(h -> hops.put(intValue(h, MSCKG.hopIndex.asNode()), h));
        List<Hop> read = new ArrayList<>();
        List<String> at = new ArrayList<>();
        for (Node h : hops.values()) {
            Optional<Hop> hop = Hops.of(claims.createResource(uri(h, MSCKG.restsOn.asNode())));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            read.add(hop.get());
            at.add(uri(h, MSCKG.at.asNode()));
        }
        return read.isEmpty() ? Optional.empty() : Optional.of(new Chain(read, at));
    }

    private List<Node> objects(Node s, Node p) {
        return inferred.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private String uri(Node s, Node p) {
        return objects(s, p).stream()
                .filter(Node::isURI)
                .map(Node::getURI)
                .findFirst()
                .orElse("");
    }

    private int intValue(Node s, Node p) {
        return objects(s, p).stream()
                .filter(Node::isLiteral)
                .map(n -> ((Number) n.getLiteralValue()).intValue())
                .findFirst()
                .orElse(Integer.MAX_VALUE);
    }
}
