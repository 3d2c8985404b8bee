package org.msckg.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/** Validates the curated data against the SHACL shapes; each violation names the row it came from. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Path shapesFile) {
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    /**
     * What the build validates, as one graph, not a union of unions: the shapes' SPARQL runs over it
     * once per claim, and Roaring bitmaps answer (term, rdfs:label, ?) without scanning every triple
     * about the term, which grows with the claims (docs/benchmarks.md). Of the inferred graph it
     * holds the class hierarchy: SHACL finds a shape's targets and checks sh:class through
     * rdf:type/rdfs:subClassOf*, so with the entailed hierarchy the asserted types reach every type
     * the build entails for a record, and the inferred rdf:type closure (4.9 million triples at
     * x1000) need not be copied. The rest of the inferred graph is the build's own records (closure,
     * contradictions, class relations), which no shape targets.
     */
    public static Model validatedGraph(Model ontology, Model imports, Model asserted, Model inferred) {
        return ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2Roaring())
                .add(ontology)
                .add(imports)
                .add(asserted)
                .add(inferred.listStatements(null, RDFS.subClassOf, (RDFNode) null));
    }

    /** @param data the union of ontology, imports and curated data */
    public void validate(Model data) {
        Graph graph = data.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (report.conforms()) {
            return;
        }
        List<String> problems = report.getEntries().stream()
                .map(e -> describe(e, data))
                .sorted()
                .distinct()
                .toList();
        throw new ShapeViolationException(problems);
    }

    private static String describe(ReportEntry e, Model data) {
        Node focus = e.focusNode();
        String where = data.listObjectsOfProperty(data.asRDFNode(focus).asResource(), MSCKG.source)
                .nextOptional()
                .map(n -> n.asLiteral().getString())
                .orElse(show(focus));
        String path = e.resultPath() == null
                ? ""
                : " [" + Prefixes.shorten(e.resultPath().toString().replaceAll("[<>]", "")) + "]";
        String value = e.value() == null || e.message().contains(e.value().toString())
                ? ""
                : " (value " + show(e.value()) + ")";
        return where + path + ": " + e.message() + value;
    }

    private static String show(Node n) {
        return n.isURI() ? Prefixes.shorten(n.getURI()) : FmtUtils.stringForNode(n);
    }

    /** The curated data breaks a shape. */
    public static final class ShapeViolationException extends RuntimeException {
        public ShapeViolationException(List<String> problems) {
            super("MSCKG-SHA-001 the curated data breaks %d constraint(s):".formatted(problems.size())
                    + problems.stream().limit(50).map(p -> "\n  - " + p).reduce("", String::concat)
                    + (problems.size() > 50 ? "\n  ... and %d more".formatted(problems.size() - 50) : ""));
        }
    }
}
