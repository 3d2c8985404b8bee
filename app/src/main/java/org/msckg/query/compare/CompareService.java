package org.msckg.query.compare;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.msckg.query.terms.Citation;
import org.msckg.query.terms.NaturalOrder;
import org.msckg.query.terms.Ref;
import org.msckg.query.terms.TermIndex;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/** Reads Table 1 rows (msckg:Table1Row) and the text's comparisons (msckg:ComparisonClaim with a comparator). */
public final class CompareService {
    private static final Node TABLE1_ROW = MSCKG.schema("Table1Row").asNode();
    private static final Node COMPARISON_CLAIM = MSCKG.schema("ComparisonClaim").asNode();
    private static final Node TABLE_ROW = MSCKG.schema("tableRow").asNode();
    private static final Node PROPERTY = MSCKG.schema("property").asNode();
    private static final Node PRIMARY_VALUE = MSCKG.schema("primaryValue").asNode();
    private static final Node HPSC_VALUE = MSCKG.schema("hpscValue").asNode();

    private final DatasetGraph dataset;
    private final TermIndex terms;

    public CompareService(DatasetGraph dataset, TermIndex terms) {
        this.dataset = dataset;
        this.terms = terms;
    }

    public Comparison compare() {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getGraph(NamedGraphs.ASSERTED.node());
            List<Comparison.TableRow> table = g.find(Node.ANY, RDF.type.asNode(), TABLE1_ROW).toList().stream()
                    .map(t -> row(g, t.getSubject()))
                    .sorted(Comparator.comparingInt(Comparison.TableRow::row))
                    .toList();
            List<Comparison.TextComparison> text =
                    g.find(Node.ANY, RDF.type.asNode(), COMPARISON_CLAIM).toList().stream()
                            .map(Triple::getSubject)
                            .filter(c -> !g.contains(c, RDF.type.asNode(), TABLE1_ROW)
                                    && g.contains(c, MSCKG.comparator.asNode(), Node.ANY))
                            .map(c -> text(g, c))
                            .sorted(Comparator.comparing((Comparison.TextComparison c) ->
                                            c.comparator().label())
                                    .thenComparing(c -> c.claim().curie(), NaturalOrder.TEXT))
                            .toList();
            return new Comparison(table, text);
        });
    }

    private Comparison.TableRow row(Graph g, Node c) {
        return new Comparison.TableRow(
                terms.ref(c.getURI()),
                literals(g, c, TABLE_ROW).stream()
                        .mapToInt(Integer::parseInt)
                        .findFirst()
                        .orElse(0),
                literal(g, c, PROPERTY),
                refs(g, c, MSCKG.context.asNode()),
                literal(g, c, PRIMARY_VALUE),
                literal(g, c, HPSC_VALUE),
                ref(g, c, MSCKG.comparison.asNode()),
                citations(g, c),
                literal(g, c, MSCKG.evidence.asNode()),
                literal(g, c, MSCKG.curationNote.asNode()));
    }

    private Comparison.TextComparison text(Graph g, Node c) {
        return new Comparison.TextComparison(
                terms.ref(c.getURI()),
                ref(g, c, RDF.subject.asNode()),
                ref(g, c, RDF.object.asNode()),
                literal(g, c, PROPERTY),
                ref(g, c, MSCKG.comparator.asNode()),
                ref(g, c, MSCKG.comparison.asNode()),
                citations(g, c),
                literals(g, c, MSCKG.evidence.asNode()),
                literal(g, c, MSCKG.section.asNode()),
                refs(g, c, MSCKG.organism.asNode()));
    }

    private List<Citation> citations(Graph g, Node c) {
        return g.find(c, MSCKG.citation.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isURI)
                .map(n -> terms.citation(n.getURI()))
                .sorted(Comparator.comparing(Citation::curie, NaturalOrder.TEXT))
                .toList();
    }

    private Ref ref(Graph g, Node s, Node p) {
        return refs(g, s, p).stream().findFirst().orElse(new Ref("", ""));
    }

    private List<Ref> refs(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isURI)
                .map(n -> terms.ref(n.getURI()))
                .toList();
    }

    private static String literal(Graph g, Node s, Node p) {
        return String.join(" | ", literals(g, s, p));
    }

    private static List<String> literals(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream()
                .map(Triple::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .toList();
    }
}
