package org.msckg.reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/**
 * The claim-level closure: for every entity a hop starts from and every entity reachable from it
 * through at least two hops, the shortest chain of each sign becomes an inferred edge
 * ({@code causally upstream of, positive/negative effect}) with a chain node that names the asserted
 * claims it rests on, in order. Breadth-first from each subject, so the cost grows with the hops,
 * not with the number of paths.
 */
public final class ChainMaterializer {
    static final String POSITIVE = Prefixes.OBO + "RO_0002304";
    static final String NEGATIVE = Prefixes.OBO + "RO_0002305";

    private final ChainFinder finder;
    private final int maxHops;

    public ChainMaterializer(ChainFinder finder, int maxHops) {
        this.finder = finder;
        this.maxHops = maxHops;
    }

    public Model materialize() {
        Model m = ModelFactory.createDefaultModel();
        for (String subject : finder.subjects().stream().sorted().toList()) {
            for (Chain chain : shortestChainsFrom(subject)) {
                write(m, chain);
            }
        }
        return m;
    }

    private List<Chain> shortestChainsFrom(String subject) {
        List<Chain> chains = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        Deque<List<Hop>> queue = new ArrayDeque<>();
        finder.next(subject).stream().filter(h -> h.subject().equals(subject)).forEach(h -> queue.add(List.of(h)));
        queue.forEach(p -> reached.add(key(p)));
        while (!queue.isEmpty()) {
            List<Hop> path = queue.poll();
            if (path.size() >= 2) {
                chains.add(new Chain(path));
            }
            if (path.size() == maxHops) {
                continue;
            }
            Set<String> onPath = new HashSet<>();
            path.forEach(h -> onPath.add(h.subject()));
            String end = path.get(path.size() - 1).object();
            onPath.add(end);
            for (Hop h : finder.next(end)) {
                if (onPath.contains(h.object())) {
                    continue;
                }
                List<Hop> longer = new ArrayList<>(path);
                longer.add(h);
                if (reached.add(key(longer))) {
                    queue.add(longer);
                }
            }
        }
        return chains;
    }

    private static String key(List<Hop> path) {
        return path.get(path.size() - 1).object() + " " + new Chain(path).sign();
    }

    private static void write(Model m, Chain chain) {
        String predicate = chain.sign() > 0 ? POSITIVE : NEGATIVE;
        Resource s = m.createResource(chain.subject());
        Resource o = m.createResource(chain.object());
        s.addProperty(m.createProperty(predicate), o);
        Resource node = m.createResource(MSCKG.BASE + "chain/" + hash(chain.subject() + " " + chain.signSymbol() + " " + chain.object()))
                .addProperty(RDF.type, MSCKG.InferredChain)
                .addProperty(RDF.subject, s)
                .addProperty(RDF.predicate, m.createResource(predicate))
                .addProperty(RDF.object, o)
                .addProperty(MSCKG.sign, chain.signSymbol());
        for (int i = 0; i < chain.hops().size(); i++) {
            Resource claim = m.createResource(chain.hops().get(i).claim());
            node.addProperty(MSCKG.restsOn, claim);
            node.addProperty(MSCKG.hop, m.createResource()
                    .addLiteral(MSCKG.hopIndex, m.createTypedLiteral(i + 1))
                    .addProperty(MSCKG.restsOn, claim));
        }
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
