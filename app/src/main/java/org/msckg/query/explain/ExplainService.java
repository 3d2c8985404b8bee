package org.msckg.query.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.query.BadRequest;
import org.msckg.query.terms.TermIndex;
import org.msckg.reason.mechanism.Chain;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.reason.mechanism.ChainSearch;
import org.msckg.reason.mechanism.ClosureReader;
import org.msckg.reason.mechanism.Hop;
import org.msckg.reason.mechanism.Hops;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * The chains from one entity (to another), explained hop by hop, each with what it rests on: the
 * single-study chains looked up in the closure the build materialized, the cross-study ones found by
 * the same engine's search from the asked entity (over the dataset's hops, read once). A chain may
 * start at the asked entity, at a class above it (inherited) or at a kind of it, and end at the target
 * or a kind of it.
 */
public final class ExplainService {
    public static final int MAX_HOPS_LIMIT = ChainRules.MAX_HOPS;
    public static final int MAX_CHAINS = 500;

    private final DatasetGraph dataset;
    private final TermIndex terms;
    private CompletableFuture<ChainSearch> search;

    public ExplainService(DatasetGraph dataset, TermIndex terms) {
        this.dataset = dataset;
        this.terms = terms;
    }

    /** @param to empty for every chain that starts at {@code from} */
    public Explanation explain(String from, Optional<String> to, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
            throw new BadRequest("maxHops must be between 1 and " + MAX_HOPS_LIMIT, false);
        }
        String fromIri = entity("from", from);
        Optional<String> toIri = to.map(t -> entity("to", t));
        List<Explanation.ChainView> views = Txn.calculateRead(dataset, () -> chains(fromIri, toIri, maxHops));
        return new Explanation(from, to.orElse(""), maxHops, views);
    }

    private List<Explanation.ChainView> chains(String from, Optional<String> to, int maxHops) {
        Graph inferred = dataset.getGraph(NamedGraphs.INFERRED.node());
        ClosureReader closure = new ClosureReader(inferred, claims());
        Optional<Set<String>> ends = to.map(t -> selfAndSubClasses(inferred, t));
        Predicate<String> end = ends.<Predicate<String>>map(e -> e::contains).orElse(o -> true);
        List<Start> starts = starts(inferred, from);
        // The closure's chains are ranked by what their records say (start, length) to keep the first
        // MAX_CHAINS before their hops are read.
        List<Ranked> ranked = new ArrayList<>();
        starts.stream()
                .flatMap(s -> ends
                        .map(e -> closure.chainsBetween(s.entity(), e, maxHops))
                        .orElseGet(() -> closure.chainsFrom(s.entity(), maxHops))
                        .stream()
                        .map(c -> new Candidate(c, s.kind())))
                .sorted(Comparator.comparing((Candidate c) -> !c.start().equals("asked"))
                        .thenComparingInt(c -> c.found().length()))
                .limit(MAX_CHAINS)
                .forEach(c -> closure.read(c.found()).ifPresent(ch -> ranked.add(new Ranked(ch, c.start(), from))));
        ChainSearch search = search();
        ChainSearch.Distances distances = search.distancesTo(end, maxHops);
        starts.forEach(s -> crossStudy(search, s.entity(), end, maxHops, distances)
                .forEach(ch -> ranked.add(new Ranked(ch, s.kind(), from))));
        return ranked.stream()
                .sorted(Comparator.comparing((Ranked r) -> !r.chain().singleStudy())
                        .thenComparing(r -> !r.start().equals("asked"))
                        .thenComparing(Ranked::chain, ChainRules.RANK))
                .limit(MAX_CHAINS)
                .map(r -> view(
                        r,
                        to.map(t -> r.chain().object().equals(t) ? "asked" : "subclass")
                                .orElse(""),
                        to.orElse("")))
                .toList();
    }

    /** The best cross-study chains from {@code start} to each end, as many as the closure would keep. */
    private static List<Chain> crossStudy(
            ChainSearch search, String start, Predicate<String> end, int maxHops, ChainSearch.Distances distances) {
        Map<String, List<Chain>> byEnd = new HashMap<>();
        search.from(
                start,
                maxHops,
                p -> {
                    if (p.length() >= 2 && end.test(p.object())) {
                        Chain c = p.chain();
                        if (!c.singleStudy()) {
                            byEnd.computeIfAbsent(p.object(), k -> new ArrayList<>())
                                    .add(c);
                        }
                    }
                },
                distances);
        return byEnd.values().stream()
                .flatMap(chains -> chains.stream().sorted(ChainRules.RANK).limit(ChainRules.CROSS_STUDY_CHAINS))
                .toList();
    }

    /** Starts making the search over the dataset's hops in the background, if not yet started. */
    public synchronized ExplainService prepare() {
        if (search == null) {
            search = CompletableFuture.supplyAsync(() -> Txn.calculateRead(dataset, () -> {
                Graph inferred = dataset.getGraph(NamedGraphs.INFERRED.node());
                return new ChainSearch(Hops.read(claims()), e -> superClasses(inferred, e));
            }));
        }
        return this;
    }

    /** Makes the search now, before its dataset is served (a switch's preparation). */
    public ExplainService prepared() {
        search();
        return this;
    }

    private ChainSearch search() {
        return prepare().search.join();
    }

    private Graph claims() {
        return new Union(dataset.getGraph(NamedGraphs.ASSERTED.node()), dataset.getGraph(NamedGraphs.ONTOLOGY.node()));
    }

    private static Set<String> superClasses(Graph inferred, String entity) {
        return inferred.find(NodeFactory.createURI(entity), RDFS.subClassOf.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(n -> n.isURI() && !n.getURI().equals(entity))
                .mapWith(Node::getURI)
                .toSet();
    }

    private record Start(String entity, String kind) {}

    private record Candidate(ClosureReader.Found found, String start) {}

    /** A chain found for an asked entity; a chain from a class above it inherits its first hop. */
    private record Ranked(Chain chain, String start, String asked) {
        boolean inherited(int i) {
            return chain.inherited(i) || (i == 0 && start.equals("superclass"));
        }

        String at(int i) {
            return i == 0 && start.equals("superclass") ? asked : chain.at().get(i);
        }
    }

    /** The asked entity, the classes above it and its kinds, each with how it stands to the asked one. */
    private static List<Start> starts(Graph inferred, String from) {
        List<Start> starts = new ArrayList<>(List.of(new Start(from, "asked")));
        Node node = NodeFactory.createURI(from);
        Set<String> seen = new TreeSet<>(Set.of(from));
        inferred.find(node, RDFS.subClassOf.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .filterKeep(n -> n.isURI() && seen.add(n.getURI()))
                .forEach(n -> starts.add(new Start(n.getURI(), "superclass")));
        inferred.find(Node.ANY, RDFS.subClassOf.asNode(), node)
                .mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && seen.add(n.getURI()))
                .forEach(n -> starts.add(new Start(n.getURI(), "subclass")));
        return starts;
    }

    private static Set<String> selfAndSubClasses(Graph inferred, String entity) {
        Set<String> all = new LinkedHashSet<>(List.of(entity));
        inferred.find(Node.ANY, RDFS.subClassOf.asNode(), NodeFactory.createURI(entity))
                .mapWith(Triple::getSubject)
                .filterKeep(Node::isURI)
                .forEach(n -> all.add(n.getURI()));
        return all;
    }

    private String entity(String param, String curie) {
        String iri = Prefixes.expand(curie.trim())
                .orElseThrow(() -> new BadRequest(
                        "'%s' (parameter %s) is not a CURIE with a known prefix, e.g. GO:0001525 or MSCKG:0000004"
                                .formatted(curie, param),
                        false));
        if (!terms.knows(iri)) {
            throw new BadRequest("no entity %s in the graph (parameter %s)".formatted(curie, param), true);
        }
        return iri;
    }

    private Explanation.ChainView view(Ranked r, String end, String target) {
        Chain chain = r.chain();
        List<Integer> changes = chain.studyChangesAt();
        List<Explanation.HopView> hops = IntStream.range(0, chain.length())
                .mapToObj(i -> view(r, i, changes.contains(i + 1)))
                .toList();
        Explanation.ChainView view = new Explanation.ChainView(
                chain.signSymbol(),
                support(chain),
                chain.singleStudy(),
                !chain.singleStudy(),
                chain.sharedStudies().stream()
                        .sorted()
                        .map(ExplainService::citation)
                        .toList(),
                changes,
                r.start(),
                end,
                IntStream.range(0, chain.length())
                        .filter(r::inherited)
                        .mapToObj(i -> i + 1)
                        .toList(),
                chain.weakestHop() + 1,
                chain.weakestSupport(),
                distinct(chain, Hop::organism),
                distinct(chain, Hop::studyType),
                List.of(),
                hops);
        return view.withMarks(Marks.chain(view, name(r.asked()), target.isEmpty() ? "" : name(target)));
    }

    private List<String> distinct(Chain chain, Function<Hop, String> what) {
        return chain.hops().stream()
                .map(what)
                .filter(s -> !s.isEmpty())
                .map(this::name)
                .distinct()
                .sorted()
                .toList();
    }

    private Explanation.HopView view(Ranked r, int i, boolean studyChange) {
        Hop h = r.chain().hops().get(i);
        String at = r.at(i);
        return new Explanation.HopView(
                curie(h.claim()),
                curie(h.subject()),
                terms.label(h.subject()),
                curie(h.predicate()),
                terms.label(h.predicate()),
                curie(h.object()),
                terms.label(h.object()),
                h.sign() > 0 ? "+" : "-",
                citations(h),
                h.citations().stream().map(terms::citation).toList(),
                h.evidence(),
                h.organism().isEmpty() ? "" : curie(h.organism()),
                terms.label(h.organism()),
                terms.label(h.studyType()),
                context(h),
                curie(at),
                terms.label(at),
                r.inherited(i),
                studyChange,
                Marks.hop(
                        curie(h.subject()),
                        terms.label(h.subject()),
                        curie(at),
                        terms.label(at),
                        r.inherited(i),
                        studyChange));
    }

    private String support(Chain chain) {
        int k = chain.weakestHop();
        Hop weakest = chain.hops().get(k);
        String where = "weakest hop %d (%s -> %s)".formatted(k + 1, name(weakest.subject()), name(weakest.object()));
        if (weakest.studies() == 0) {
            return where + ": a statement of the review without a cited study";
        }
        String kind = weakest.studyType().isEmpty() ? "kind of study not stated" : terms.label(weakest.studyType());
        return "%s: %d stud%s %s, %s"
                .formatted(
                        where,
                        weakest.studies(),
                        weakest.studies() == 1 ? "y" : "ies",
                        String.join(",", citations(weakest)),
                        kind);
    }

    private String context(Hop h) {
        String cells = h.context().stream().map(this::name).collect(Collectors.joining(", "));
        return List.of(cells, h.contextNote()).stream()
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("; "));
    }

    private String name(String iri) {
        String label = terms.label(iri);
        return label.isEmpty() ? curie(iri) : label;
    }

    private static List<String> citations(Hop h) {
        return h.citations().stream().map(ExplainService::citation).toList();
    }

    private static String citation(String iri) {
        return "[" + iri.substring(iri.lastIndexOf('/') + 1) + "]";
    }

    private static String curie(String iri) {
        return Prefixes.shorten(iri);
    }
}
