package org.msckg.reason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/**
 * The claim-level closure: for every entity a hop starts from and every entity reachable from it
 * through at least two hops that one study supports (all of them cite the same numbered reference),
 * the shortest chain of each sign becomes an inferred edge ({@code causally upstream of,
 * positive/negative effect}) with a chain node that names the asserted claims it rests on, in order.
 * Chains that join different studies are not materialized: they are hypotheses, which
 * {@link ChainFinder} finds on demand (explain), and their number grows with the square of the
 * entities rather than with the claims. Breadth-first from each subject within each study, so the
 * cost grows with the hops, not with the number of paths.
 */
public final class ChainMaterializer {
    static final String POSITIVE = Prefixes.OBO + "RO_0002304";
    static final String NEGATIVE = Prefixes.OBO + "RO_0002305";
    /** One chain of each sign to an object is written, whichever study it rests on. */
    private static final String ANY_STUDY = "";

    private final ChainFinder finder;
    private final int maxHops;
    private final Map<String, Map<String, List<Hop>>> nextByStudy = new HashMap<>();

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

    /** A path within one study, as a linked list from its last hop back, so that extending it copies nothing. */
    private record Step(Hop hop, Step previous, String study, int sign, int length) {
        boolean passes(String entity) {
            for (Step s = this; s != null; s = s.previous) {
                if (s.hop.subject().equals(entity)) {
                    return true;
                }
            }
            return false;
        }

        Chain chain() {
            Hop[] hops = new Hop[length];
            for (Step s = this; s != null; s = s.previous) {
                hops[s.length - 1] = s.hop;
            }
            return new Chain(List.of(hops));
        }
    }

    private List<Chain> shortestChainsFrom(String subject) {
        List<Chain> chains = new ArrayList<>();
        Set<String> written = new HashSet<>();
        Set<String> reached = new HashSet<>();
        Deque<Step> queue = new ArrayDeque<>();
        next(subject)
                .forEach((study, hops) -> hops.stream()
                        .filter(h -> h.subject().equals(subject))
                        .filter(h -> reached.add(key(study, h.object(), h.sign())))
                        .forEach(h -> queue.add(new Step(h, null, study, h.sign(), 1))));
        while (!queue.isEmpty()) {
            Step path = queue.poll();
            if (path.length() >= 2 && written.add(key(ANY_STUDY, path.hop().object(), path.sign()))) {
                chains.add(path.chain());
            }
            if (path.length() == maxHops) {
                continue;
            }
            String end = path.hop().object();
            for (Hop h : next(end).getOrDefault(path.study(), List.of())) {
                int sign = path.sign() * h.sign();
                if (!h.object().equals(end)
                        && !path.passes(h.object())
                        && reached.add(key(path.study(), h.object(), sign))) {
                    queue.add(new Step(h, path, path.study(), sign, path.length() + 1));
                }
            }
        }
        return chains;
    }

    /**
     * The hops that may follow {@code entity}, per reference they cite, keeping only the first of
     * those with the same subject, object and sign: a later one could never reach anything first.
     */
    private Map<String, List<Hop>> next(String entity) {
        return nextByStudy.computeIfAbsent(entity, e -> {
            Map<String, List<Hop>> byStudy = new TreeMap<>();
            Set<String> seen = new HashSet<>();
            for (Hop h : finder.next(e)) {
                for (String study : h.studyCitations()) {
                    if (seen.add(study + " " + h.subject() + " " + h.object() + " " + h.sign())) {
                        byStudy.computeIfAbsent(study, k -> new ArrayList<>()).add(h);
                    }
                }
            }
            return byStudy;
        });
    }

    private static String key(String study, String object, int sign) {
        return study + (sign > 0 ? " + " : " - ") + object;
    }

    private static void write(Model m, Chain chain) {
        String predicate = chain.sign() > 0 ? POSITIVE : NEGATIVE;
        Resource s = m.createResource(chain.subject());
        Resource o = m.createResource(chain.object());
        s.addProperty(m.createProperty(predicate), o);
        Resource node = m.createResource(
                        MSCKG.BASE + "chain/" + hash(chain.subject() + " " + chain.signSymbol() + " " + chain.object()))
                .addProperty(RDF.type, MSCKG.InferredChain)
                .addProperty(RDF.subject, s)
                .addProperty(RDF.predicate, m.createResource(predicate))
                .addProperty(RDF.object, o)
                .addProperty(MSCKG.sign, chain.signSymbol());
        for (int i = 0; i < chain.hops().size(); i++) {
            Resource claim = m.createResource(chain.hops().get(i).claim());
            node.addProperty(MSCKG.restsOn, claim);
            node.addProperty(
                    MSCKG.hop,
                    m.createResource()
                            .addLiteral(MSCKG.hopIndex, m.createTypedLiteral(i + 1))
                            .addProperty(MSCKG.restsOn, claim));
        }
    }

    private static String hash(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
