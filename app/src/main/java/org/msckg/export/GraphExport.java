package org.msckg.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.Prefixes;

/**
 * Writes the graph in a format other tools load: N-Quads and JSON-LD keep the named graphs; Turtle
 * and RDF/XML (for Protégé and ROBOT) hold one named graph or the union of all of them.
 */
public final class GraphExport {

    public enum Format {
        TTL(RDFFormat.TURTLE_BLOCKS, false),
        NQ(RDFFormat.NQUADS, true),
        JSONLD(RDFFormat.JSONLD11, true),
        OWL(RDFFormat.RDFXML_PLAIN, false);

        private final RDFFormat rdfFormat;
        private final boolean keepsGraphs;

        Format(RDFFormat rdfFormat, boolean keepsGraphs) {
            this.rdfFormat = rdfFormat;
            this.keepsGraphs = keepsGraphs;
        }

        public boolean keepsGraphs() {
            return keepsGraphs;
        }

        public static Optional<Format> named(String name) {
            try {
                return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private GraphExport() {}

    /** Writes {@code graph}, or every named graph when it is empty, of the dataset. */
    public static void write(DatasetGraph dataset, Format format, Optional<NamedGraphs> graph, OutputStream out) {
        List<NamedGraphs> graphs = graph.map(List::of).orElse(NamedGraphs.ALL);
        Txn.executeRead(dataset, () -> {
            if (format.keepsGraphs()) {
                DatasetGraph selected = DatasetGraphFactory.createGeneral();
                selected.prefixes().putAll(Prefixes.MAPPING.getNsPrefixMap());
                graphs.forEach(g -> selected.addGraph(g.node(), dataset.getGraph(g.node())));
                RDFDataMgr.write(out, selected, format.rdfFormat);
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                union.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
                graphs.forEach(g -> dataset.getGraph(g.node()).find().forEach(union::add));
                RDFDataMgr.write(out, union, format.rdfFormat);
            }
        });
    }
}
