package org.msckg.query.terms;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.Bibliography;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/** The bibliographic records of the references (ref:N, ref:review), read once from the served dataset. */
public final class References {
    private final Map<String, Citation> citations;
    private final Map<String, Citation> byLabel = new HashMap<>();

    private References(Map<String, Citation> citations) {
        this.citations = citations;
        citations.values().forEach(c -> byLabel.put(c.label(), c));
    }

    public static References of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> read(dataset.getGraph(NamedGraphs.ASSERTED.node())));
    }

    private static References read(Graph g) {
        Map<String, Citation> citations = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), MSCKG.Reference.asNode()).forEachRemaining(t -> {
            Node r = t.getSubject();
            if (!r.isURI()) {
                return;
            }
            boolean identified =
                    literal(g, r, MSCKG.identification.asNode()).orElse("").equals("identified");
            String label = literal(g, r, RDFS.label.asNode()).orElse(Prefixes.shorten(r.getURI()));
            citations.put(
                    r.getURI(),
                    new Citation(
                            Prefixes.shorten(r.getURI()),
                            label,
                            identified,
                            identified ? display(g, r) : "the cited work is not identified",
                            literal(g, r, Bibliography.doi.asNode())
                                    .map(d -> Bibliography.DOI_RESOLVER + d)
                                    .orElse(""),
                            literal(g, r, Bibliography.pmid.asNode())
                                    .map(p -> Bibliography.PUBMED + p + "/")
                                    .orElse(""),
                            literal(g, r, MSCKG.matchConfidence.asNode())
                                    .orElse("")
                                    .equals("lower"),
                            literal(g, r, MSCKG.citedInRange.asNode()).orElse("")));
        });
        return new References(Map.copyOf(citations));
    }

    /** "Liu X 2017, Exosomes secreted from ...": first author and year where the record has them. */
    private static String display(Graph g, Node r) {
        String who = (literal(g, r, DCTerms.creator.asNode()).orElse("") + " "
                        + literal(g, r, Bibliography.hasPublicationYear.asNode())
                                .orElse(""))
                .trim();
        String title = literal(g, r, DCTerms.title.asNode()).orElse("");
        return who.isEmpty() ? title : who + ", " + title;
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst();
    }

    /** The citation of a reference IRI; empty for an IRI that is no reference. */
    public Optional<Citation> get(String iri) {
        return Optional.ofNullable(citations.get(iri));
    }

    /** The citation of a cited IRI: its record, or one that says the graph has none. */
    public Citation cited(String iri, String label) {
        return get(iri).orElseGet(() -> Citation.unrecorded(Prefixes.shorten(iri), label));
    }

    /**
     * The citations a query result's value names: a reference's CURIE (ref:64), or its printed labels
     * joined by commas ([63],[64]); empty when any part names no reference.
     */
    public List<Citation> named(String value) {
        Optional<Citation> one = byCurie(value).or(() -> Optional.ofNullable(byLabel.get(value)));
        if (one.isPresent()) {
            return List.of(one.get());
        }
        List<Citation> out = Arrays.stream(value.split(","))
                .map(String::trim)
                .map(byLabel::get)
                .toList();
        return value.isEmpty() || out.contains(null) ? List.of() : out;
    }

    /** The citation of a reference CURIE such as ref:64. */
    public Optional<Citation> byCurie(String curie) {
        return Prefixes.expand(curie).flatMap(this::get);
    }
}
