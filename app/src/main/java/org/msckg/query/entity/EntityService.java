package org.msckg.query.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.query.BadRequest;
import org.msckg.query.entity.EntityView.ChainView;
import org.msckg.query.entity.EntityView.ClaimView;
import org.msckg.query.entity.EntityView.Hierarchy;
import org.msckg.query.entity.EntityView.Link;
import org.msckg.query.entity.EntityView.Restriction;
import org.msckg.query.entity.EntityView.Statement;
import org.msckg.query.terms.Citation;
import org.msckg.query.terms.NaturalOrder;
import org.msckg.query.terms.Ref;
import org.msckg.query.terms.TermIndex;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/** What the graph says about one entity, read with the graph API: request values never become query text. */
public final class EntityService {
    private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";
    private static final Node DEFINITION = NodeFactory.createURI(Prefixes.OBO + "IAO_0000115");
    private static final Node EXACT_MATCH = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#exactMatch");
    private static final Node DB_XREF = NodeFactory.createURI(OBO_IN_OWL + "hasDbXref");
    private static final Set<Node> SHOWN_APART = Set.of(
            RDFS.label.asNode(),
            RDFS.subClassOf.asNode(),
            RDF.type.asNode(),
            DEFINITION,
            NodeFactory.createURI(OBO_IN_OWL + "hasExactSynonym"),
            EXACT_MATCH);
    /** A cross-reference written as PREFIX:ID, which the resolver below links to the source's page. */
    private static final Pattern XREF = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*:[^\\s:]+");

    private static final String RESOLVER = "https://bioregistry.io/";
    private static final Node CERTAINTY = MSCKG.certainty.asNode();
    private static final Map<String, Node> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("subject", RDF.subject.asNode());
        ROLES.put("object", RDF.object.asNode());
        ROLES.put("context", MSCKG.context.asNode());
        ROLES.put("model", MSCKG.model.asNode());
        ROLES.put("comparator", MSCKG.comparator.asNode());
        ROLES.put("organism", MSCKG.organism.asNode());
        ROLES.put("citation", MSCKG.citation.asNode());
    }

    private final DatasetGraph dataset;
    private final TermIndex terms;
    private ClaimFacets facets;

    public EntityService(DatasetGraph dataset, TermIndex terms) {
        this.dataset = dataset;
        this.terms = terms;
    }

    /** The IRI of a CURIE the graph knows. */
    public String iri(String curie) {
        String iri = Prefixes.expand(curie == null ? "" : curie.trim())
                .orElseThrow(() -> new BadRequest(
                        "'%s' is not a CURIE with a known prefix; write it as PREFIX:ID, e.g. CL:0000134 or MSCKG:0000004"
                                .formatted(curie),
                        false));
        if (!terms.knows(iri)) {
            throw new BadRequest(
                    "no entity %s in the graph; search for it by name at /search?q=".formatted(curie.trim()), true);
        }
        return iri;
    }

    public EntityView describe(String curie) {
        return describe(curie, EntityFilter.ALL);
    }

    /** The entity with one page of the findings the filter lets through. */
    public EntityView describe(String curie, EntityFilter filter) {
        String iri = iri(curie);
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph ontology = graph(NamedGraphs.ONTOLOGY);
            Graph imports = graph(NamedGraphs.IMPORTS);
            Graph asserted = graph(NamedGraphs.ASSERTED);
            Graph inferred = graph(NamedGraphs.INFERRED);
            List<Graph> stated = List.of(ontology, imports, asserted);
            String definition = stated.stream()
                    .flatMap(g -> literals(g, node, DEFINITION).stream())
                    .findFirst()
                    .or(() -> stated.stream()
                            .flatMap(g -> literals(g, node, RDFS.comment.asNode()).stream())
                            .findFirst())
                    .orElse("");
            List<String> synonyms = terms.get(iri).map(t -> t.synonyms()).orElse(List.of());
            Findings.Page findings = Findings.of(claims(node, asserted), filter);
            List<ClaimView> shown = findings.claims().stream()
                    .map(c -> claim(c.claim(), c.role(), asserted))
                    .toList();
            return new EntityView(
                    Prefixes.shorten(iri),
                    iri,
                    terms.label(iri),
                    terms.kind(iri),
                    definition,
                    synonyms,
                    externalIds(iri, stated),
                    terms.references().get(iri).orElse(null),
                    citations(uris(asserted, node, MSCKG.citation.asNode())),
                    String.join("; ", literals(asserted, node, MSCKG.citedAs.asNode())),
                    hierarchy(node, stated, inferred),
                    shown,
                    findings.findings(),
                    statements(node, stated),
                    incoming(node, asserted),
                    inferredStatements(node, stated, inferred),
                    chains(node, inferred, asserted));
        });
    }

    /** The statements about the entity in every graph, and the claim nodes that name it, as one model. */
    public Model rdf(String curie) {
        Node node = NodeFactory.createURI(iri(curie));
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.setNsPrefixes(Prefixes.MAPPING);
            Graph asserted = graph(NamedGraphs.ASSERTED);
            Set<Node> claims = new LinkedHashSet<>();
            ROLES.values().forEach(p -> asserted.find(Node.ANY, p, node).forEach(t -> claims.add(t.getSubject())));
            for (NamedGraphs g : NamedGraphs.ALL) {
                graph(g).find(node, Node.ANY, Node.ANY).forEach(m.getGraph()::add);
            }
            claims.forEach(c -> asserted.find(c, Node.ANY, Node.ANY).forEach(m.getGraph()::add));
            return m;
        });
    }

    private Graph graph(NamedGraphs g) {
        return dataset.getGraph(g.node());
    }

    private List<Link> externalIds(String iri, List<Graph> stated) {
        Set<String> ids = new LinkedHashSet<>();
        Node node = NodeFactory.createURI(iri);
        if (iri.startsWith(Prefixes.OBO) || iri.startsWith("http://identifiers.org/")) {
            ids.add(iri);
        }
        for (Graph g : stated) {
            uris(g, node, EXACT_MATCH).forEach(ids::add);
            literals(g, node, DB_XREF)
                    .forEach(x -> ids.add(Prefixes.expand(x)
                            .filter(e -> e.startsWith(Prefixes.OBO))
                            .orElse(x)));
        }
        return ids.stream()
                .map(id -> id.startsWith("http")
                        ? new Link(Prefixes.shorten(id), id)
                        : new Link(id, XREF.matcher(id).matches() ? RESOLVER + id : ""))
                .toList();
    }

    private Hierarchy hierarchy(Node node, List<Graph> stated, Graph inferred) {
        Set<String> parents = new LinkedHashSet<>();
        List<Restriction> restrictions = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> children = new LinkedHashSet<>();
        for (Graph g : stated) {
            g.find(node, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isURI()) {
                    parents.add(t.getObject().getURI());
                } else {
                    restriction(g, t.getObject()).ifPresent(restrictions::add);
                }
            });
            uris(g, node, RDF.type.asNode()).stream()
                    .filter(u -> !u.startsWith(OWL.NS))
                    .forEach(types::add);
            g.find(Node.ANY, RDFS.subClassOf.asNode(), node).forEach(t -> {
                if (t.getSubject().isURI()) {
                    children.add(t.getSubject().getURI());
                }
            });
        }
        Set<String> ancestors = new LinkedHashSet<>(uris(inferred, node, RDFS.subClassOf.asNode()));
        ancestors.removeAll(parents);
        ancestors.remove(node.getURI());
        ancestors.removeIf(EntityService::isUpperOntology);
        return new Hierarchy(refs(types), refs(parents), restrictions, sortedRefs(ancestors), sortedRefs(children));
    }

    private Optional<Restriction> restriction(Graph g, Node blank) {
        List<String> property = uris(g, blank, OWL.onProperty.asNode());
        List<String> filler = uris(g, blank, OWL.someValuesFrom.asNode());
        return property.isEmpty() || filler.isEmpty()
                ? Optional.empty()
                : Optional.of(new Restriction(ref(property.get(0)), ref(filler.get(0))));
    }

    /** Every claim about the entity with what the page sorts and filters by; the page's claims are read in full later. */
    private List<Findings.Claim> claims(Node node, Graph asserted) {
        ClaimFacets index = facets(asserted);
        Map<Node, String> roles = new LinkedHashMap<>();
        ROLES.forEach((role, p) -> asserted.find(Node.ANY, p, node).forEach(t -> {
            if (index.isClaim(t.getSubject())) {
                roles.merge(t.getSubject(), role, (a, b) -> a + ", " + b);
            }
        }));
        return roles.entrySet().stream()
                .map(e -> index.claim(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Findings.Claim::relation)
                        .thenComparing(c -> roleOrder(c.role()))
                        .thenComparing(Findings.Claim::curie, NaturalOrder.TEXT))
                .toList();
    }

    /** Reads the claims' facets now, before its dataset is served (a switch's preparation). */
    public EntityService prepared() {
        Txn.executeRead(dataset, () -> facets(graph(NamedGraphs.ASSERTED)));
        return this;
    }

    /**
     * Read once per dataset, at the first page, unless {@link #prepared}: the other indexes are made
     * for TDB2 at the start too, and this one is five more scans over every claim. This service serves
     * one dataset.
     */
    private synchronized ClaimFacets facets(Graph asserted) {
        if (facets == null) {
            facets = ClaimFacets.read(asserted, terms);
        }
        return facets;
    }

    private ClaimView claim(Node claim, String role, Graph g) {
        return new ClaimView(
                ref(claim.getURI()),
                terms.kind(claim.getURI()),
                role,
                first(g, claim, RDF.subject.asNode()),
                first(g, claim, RDF.predicate.asNode()),
                first(g, claim, RDF.object.asNode()),
                citations(uris(g, claim, MSCKG.citation.asNode())),
                String.join("; ", literals(g, claim, MSCKG.citedAs.asNode())),
                literals(g, claim, MSCKG.evidence.asNode()),
                String.join("; ", literals(g, claim, MSCKG.section.asNode())),
                refs(uris(g, claim, MSCKG.organism.asNode())),
                refs(uris(g, claim, MSCKG.context.asNode())),
                refs(uris(g, claim, MSCKG.model.asNode())),
                String.join("; ", literals(g, claim, MSCKG.contextNote.asNode())),
                first(g, claim, MSCKG.studyType.asNode()),
                first(g, claim, CERTAINTY),
                first(g, claim, MSCKG.direction.asNode()),
                first(g, claim, MSCKG.comparator.asNode()),
                first(g, claim, MSCKG.comparison.asNode()),
                String.join("; ", literals(g, claim, MSCKG.curationNote.asNode())));
    }

    private List<Statement> statements(Node node, List<Graph> stated) {
        Set<Statement> out = new LinkedHashSet<>();
        Ref self = ref(node.getURI());
        for (Graph g : stated) {
            g.find(node, Node.ANY, Node.ANY).forEach(t -> {
                if (!SHOWN_APART.contains(t.getPredicate())) {
                    statement(self, t).ifPresent(out::add);
                }
            });
        }
        return List.copyOf(out);
    }

    private List<Statement> incoming(Node node, Graph asserted) {
        ClaimFacets claims = facets(asserted);
        List<Statement> out = new ArrayList<>();
        asserted.find(Node.ANY, Node.ANY, node).forEach(t -> {
            if (t.getSubject().isURI() && !claims.isClaim(t.getSubject())) {
                out.add(new Statement(
                        ref(t.getSubject().getURI()), ref(t.getPredicate().getURI()), null, ""));
            }
        });
        out.sort(Comparator.comparing((Statement s) -> s.predicate().curie())
                .thenComparing(s -> s.subject().curie(), NaturalOrder.TEXT));
        return out;
    }

    private List<Statement> inferredStatements(Node node, List<Graph> stated, Graph inferred) {
        Ref self = ref(node.getURI());
        List<Statement> out = new ArrayList<>();
        inferred.find(node, Node.ANY, Node.ANY).forEach(t -> {
            boolean alsoStated = stated.stream().anyMatch(g -> g.contains(t));
            boolean upper =
                    t.getObject().isURI() && isUpperOntology(t.getObject().getURI());
            if (!alsoStated && !upper && !t.getPredicate().equals(RDFS.subClassOf.asNode())) {
                statement(self, t).ifPresent(out::add);
            }
        });
        out.sort(Comparator.comparing((Statement s) -> s.predicate().label().isEmpty()
                        ? s.predicate().curie()
                        : s.predicate().label())
                .thenComparing(s -> s.value() == null
                        ? s.literal()
                        : s.value().label().isEmpty()
                                ? s.value().curie()
                                : s.value().label()));
        return out;
    }

    private List<ChainView> chains(Node node, Graph inferred, Graph asserted) {
        List<ChainView> out = new ArrayList<>();
        inferred.find(Node.ANY, RDF.subject.asNode(), node).forEach(t -> {
            Node chain = t.getSubject();
            if (!inferred.contains(chain, RDF.type.asNode(), MSCKG.InferredChain.asNode())) {
                return;
            }
            List<String> restsOn = uris(inferred, chain, MSCKG.restsOn.asNode()).stream()
                    .sorted(NaturalOrder.TEXT)
                    .toList();
            Set<String> cited = new LinkedHashSet<>();
            restsOn.forEach(c -> cited.addAll(uris(asserted, NodeFactory.createURI(c), MSCKG.citation.asNode())));
            out.add(new ChainView(
                    chain.isURI() ? Prefixes.shorten(chain.getURI()) : "",
                    String.join("", literals(inferred, chain, MSCKG.sign.asNode())),
                    first(inferred, chain, RDF.predicate.asNode()),
                    first(inferred, chain, RDF.object.asNode()),
                    refs(restsOn),
                    citations(List.copyOf(cited))));
        });
        out.sort(Comparator.comparing((ChainView c) -> c.object().label())
                .thenComparing(c -> c.restsOn().size()));
        return out;
    }

    private Optional<Statement> statement(Ref subject, Triple t) {
        Ref predicate = ref(t.getPredicate().getURI());
        if (t.getObject().isURI()) {
            return Optional.of(
                    new Statement(subject, predicate, ref(t.getObject().getURI()), ""));
        }
        if (t.getObject().isLiteral()) {
            return Optional.of(
                    new Statement(subject, predicate, null, t.getObject().getLiteralLexicalForm()));
        }
        return Optional.empty();
    }

    private List<Citation> citations(List<String> iris) {
        return iris.stream().sorted(NaturalOrder.TEXT).map(terms::citation).toList();
    }

    private Ref first(Graph g, Node s, Node p) {
        List<String> values = uris(g, s, p);
        return values.isEmpty() ? null : ref(values.get(0));
    }

    private Ref ref(String iri) {
        return new Ref(Prefixes.shorten(iri), terms.label(iri));
    }

    private List<Ref> refs(Collection<String> iris) {
        return iris.stream().map(this::ref).toList();
    }

    private List<Ref> sortedRefs(Collection<String> iris) {
        return refs(iris).stream()
                .sorted(Comparator.comparing((Ref r) ->
                        r.label().isEmpty() ? "~" + r.curie() : r.label().toLowerCase()))
                .toList();
    }

    private static List<String> uris(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isURI)
                .map(Node::getURI)
                .toList();
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList();
    }

    /**
     * Classes every process or thing falls under (owl:Thing, obo:all, BFO's entity, occurrent,
     * process ...): true of every entity of their kind, so they say nothing about this one.
     */
    static boolean isUpperOntology(String iri) {
        return iri.equals(OWL.Thing.getURI())
                || iri.equals(Prefixes.OBO + "all")
                || iri.startsWith(Prefixes.OBO + "BFO_");
    }

    /** Where a claim's first role (subject, object, context, ...) sorts among the roles. */
    private static int roleOrder(String role) {
        return new ArrayList<>(ROLES.keySet()).indexOf(role.split(",")[0]);
    }
}
