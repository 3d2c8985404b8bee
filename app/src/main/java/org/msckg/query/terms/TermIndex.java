package org.msckg.query.terms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * Labels, kinds and synonyms of every named entity, and the references' records, read once from the served dataset (it does not
 * change between builds). Claims have no label; their kind comes from their claim classes.
 */
public final class TermIndex {
    private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";
    private static final Node EXACT_SYNONYM = NodeFactory.createURI(OBO_IN_OWL + "hasExactSynonym");
    private static final Node RELATED_SYNONYM = NodeFactory.createURI(OBO_IN_OWL + "hasRelatedSynonym");
    private static final Node OBO_NAMESPACE = NodeFactory.createURI(OBO_IN_OWL + "hasOBONamespace");
    private static final Node MODEL_LABEL = MSCKG.schema("modelLabel").asNode();

    /** Kinds of imported terms by the ontology they come from. */
    private static final Map<String, String> KIND_BY_PREFIX = new LinkedHashMap<>();

    static {
        KIND_BY_PREFIX.put("CL", "cell type");
        KIND_BY_PREFIX.put("UBERON", "anatomical entity");
        KIND_BY_PREFIX.put("GO", "process");
        KIND_BY_PREFIX.put("MONDO", "disease");
        KIND_BY_PREFIX.put("CHEBI", "chemical entity");
        KIND_BY_PREFIX.put("NCBITaxon", "organism");
        KIND_BY_PREFIX.put("PR", "protein");
        KIND_BY_PREFIX.put("HGNC", "gene");
        KIND_BY_PREFIX.put("RO", "relation");
        KIND_BY_PREFIX.put("BFO", "upper-level class");
        KIND_BY_PREFIX.put("IAO", "information entity");
        KIND_BY_PREFIX.put("ECO", "evidence type");
        KIND_BY_PREFIX.put("SO", "sequence feature");
        KIND_BY_PREFIX.put("ref", "reference");
        KIND_BY_PREFIX.put("protocol", "derivation protocol");
        KIND_BY_PREFIX.put("msckg", "schema term");
    }

    private final Map<String, Term> terms;
    private final Map<String, Set<String>> claimKinds;
    private final DatasetGraph dataset;
    private final References references;

    private TermIndex(
            Map<String, Term> terms, Map<String, Set<String>> claimKinds, DatasetGraph dataset, References references) {
        this.terms = terms;
        this.claimKinds = claimKinds;
        this.dataset = dataset;
        this.references = references;
    }

    public static TermIndex of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> read(dataset));
    }

    private static TermIndex read(DatasetGraph dataset) {
        Graph ontology = dataset.getGraph(NamedGraphs.ONTOLOGY.node());
        Graph imports = dataset.getGraph(NamedGraphs.IMPORTS.node());
        Graph asserted = dataset.getGraph(NamedGraphs.ASSERTED.node());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Graph g : List.of(ontology, imports, asserted)) {
            g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    labels.putIfAbsent(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                }
            });
        }
        Map<String, Set<String>> synonyms = new HashMap<>();
        for (Node p : List.of(EXACT_SYNONYM, RELATED_SYNONYM)) {
            for (Graph g : List.of(ontology, imports)) {
                g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                    if (t.getSubject().isURI()) {
                        addName(synonyms, t.getSubject().getURI(), t.getObject());
                    }
                });
            }
        }
        // One scan per property, not a lookup per claim and property: over TDB2 a lookup costs tens
        // of microseconds, and x1000 has 812,000 claims.
        Set<Node> claims = new HashSet<>();
        asserted.find(Node.ANY, RDF.predicate.asNode(), Node.ANY).forEach(t -> claims.add(t.getSubject()));
        Map<String, Integer> claimCounts = new HashMap<>();
        for (Node end : List.of(RDF.subject.asNode(), RDF.object.asNode())) {
            claimValues(asserted, claims, end)
                    .forEach((claim, iris) -> iris.forEach(iri -> claimCounts.merge(iri, 1, Integer::sum)));
        }
        // The name the review gives a disease model (CKD) is a name of the model's term.
        Map<Node, List<String>> models = claimValues(asserted, claims, MSCKG.model.asNode());
        asserted.find(Node.ANY, MODEL_LABEL, Node.ANY).forEach(t -> {
            List<String> model = models.getOrDefault(t.getSubject(), List.of());
            if (model.size() == 1) {
                addName(synonyms, model.get(0), t.getObject());
            }
        });
        Map<String, Set<String>> claimKinds = new HashMap<>();
        claimValues(asserted, claims, RDF.type.asNode()).forEach((claim, types) -> {
            if (claim.isURI()) {
                types.forEach(type -> claimKinds
                        .computeIfAbsent(claim.getURI(), k -> new TreeSet<>())
                        .add(Optional.ofNullable(labels.get(type)).orElseGet(() -> Prefixes.shorten(type))));
            }
        });
        Map<String, Term> terms = new LinkedHashMap<>();
        labels.forEach((iri, label) -> {
            List<String> names = new ArrayList<>(synonyms.getOrDefault(iri, Set.of()));
            names.removeIf(n -> n.equalsIgnoreCase(label));
            terms.put(
                    iri,
                    new Term(
                            iri,
                            Prefixes.shorten(iri),
                            label,
                            kind(iri, ontology, imports),
                            List.copyOf(names),
                            claimCounts.getOrDefault(iri, 0)));
        });
        return new TermIndex(terms, claimKinds, dataset, References.of(dataset));
    }

    private static void addName(Map<String, Set<String>> names, String iri, Node name) {
        if (name.isLiteral()) {
            names.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(name.getLiteralLexicalForm());
        }
    }

    /** The IRIs each claim has as values of {@code p}, read with one scan. */
    private static Map<Node, List<String>> claimValues(Graph g, Set<Node> claims, Node p) {
        Map<Node, List<String>> values = new HashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEach(t -> {
            if (t.getObject().isURI() && claims.contains(t.getSubject())) {
                values.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                        .add(t.getObject().getURI());
            }
        });
        return values;
    }

    private static String kind(String iri, Graph ontology, Graph imports) {
        Node node = NodeFactory.createURI(iri);
        Optional<String> stated = ontology.find(node, MSCKG.kind.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm())
                .findFirst();
        if (stated.isPresent()) {
            return stated.get();
        }
        if (ontology.contains(node, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                || imports.contains(node, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
            return "relation";
        }
        Optional<String> namespace = imports.find(node, OBO_NAMESPACE, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm().replace('_', ' '))
                .findFirst();
        if (namespace.isPresent() && iri.startsWith(Prefixes.OBO + "GO_")) {
            return namespace.get();
        }
        String curie = Prefixes.shorten(iri);
        int colon = curie.indexOf(':');
        return colon < 0 ? "entity" : KIND_BY_PREFIX.getOrDefault(curie.substring(0, colon), "entity");
    }

    public Optional<Term> get(String iri) {
        return Optional.ofNullable(terms.get(iri));
    }

    public Collection<Term> all() {
        return terms.values();
    }

    /** The label of an IRI, or empty when it has none. */
    public String label(String iri) {
        Term t = terms.get(iri);
        return t == null ? "" : t.label();
    }

    public Ref ref(String iri) {
        return new Ref(Prefixes.shorten(iri), label(iri));
    }

    /** The bibliographic records of the references, for every page and answer that shows a citation. */
    public References references() {
        return references;
    }

    /** A cited IRI as pages show it: "first author year, title" with its links, or that it is not identified. */
    public Citation citation(String iri) {
        return references.cited(iri, label(iri));
    }

    /** The kind of any entity: a term's kind, a claim's claim classes. */
    public String kind(String iri) {
        Term t = terms.get(iri);
        return t != null ? t.kind() : String.join(", ", claimKinds.getOrDefault(iri, Set.of("entity")));
    }

    /**
     * True when the graph says anything about this IRI: a term, or the subject of a statement, looked
     * up when asked (collecting every subject read all 28 million quads of x1000 at each start).
     */
    public boolean knows(String iri) {
        return terms.containsKey(iri)
                || Txn.calculateRead(
                        dataset,
                        () -> dataset.find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY)
                                .hasNext());
    }

    /** How many curated claims there are of each claim class, by class label. */
    public Map<String, Long> claimsByKind() {
        Map<String, Long> counts = new TreeMap<>();
        claimKinds.values().forEach(kinds -> kinds.forEach(k -> counts.merge(k, 1L, Long::sum)));
        return counts;
    }
}
