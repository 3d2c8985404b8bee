package org.msckg.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.msckg.build.ProjectLayout;
import org.msckg.export.BiolinkMappings;
import org.msckg.export.DatasetDescription;
import org.msckg.export.GraphExport;
import org.msckg.export.KgxExport;
import org.msckg.imports.SssomMappings;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * Writes a release of a built dataset into a folder, as ODK projects publish theirs (docs/release.md):
 * msckg.owl, msckg-base.owl with its imports and catalog, msckg.nq, msckg.sssom.tsv, kgx/nodes.tsv
 * and kgx/edges.tsv, void.ttl.
 */
public final class ReleaseOperation {
    public static final String FULL = "msckg.owl";
    public static final String BASE = "msckg-base.owl";
    public static final String QUADS = "msckg.nq";
    public static final String MAPPINGS = "msckg.sssom.tsv";
    public static final String NODES = "kgx/nodes.tsv";
    public static final String EDGES = "kgx/edges.tsv";
    public static final String DESCRIPTION = "void.ttl";
    public static final String CATALOG = "catalog-v001.xml";

    private final ProjectLayout layout;

    public ReleaseOperation(ProjectLayout layout) {
        this.layout = layout;
    }

    /** @return the files written, relative to {@code out} */
    public List<String> write(DatasetGraph dataset, Path out) {
        List<String> written = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            Model ontology = graph(dataset, NamedGraphs.ONTOLOGY);
            String version = version(ontology);
            rdf(out, FULL, written, ontology(dataset), RDFFormat.RDFXML_PLAIN);
            List<String> importIris = new ArrayList<>();
            StringBuilder catalog = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                    <catalog prefer="public" xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                    """);
            for (Path module : layout.importModules()) {
                String key = module.getFileName().toString().replaceFirst("_module\\.owl$", "");
                String iri = OwlRelease.importIri(key);
                String file = "imports/" + key + "_import.owl";
                importIris.add(iri);
                catalog.append("  <uri name=\"")
                        .append(iri)
                        .append("\" uri=\"")
                        .append(file)
                        .append("\"/>\n");
                rdf(
                        out,
                        file,
                        written,
                        OwlRelease.importModule(RDFDataMgr.loadModel(module.toString()), iri),
                        RDFFormat.RDFXML_PLAIN);
            }
            catalog.append("</catalog>\n");
            rdf(
                    out,
                    BASE,
                    written,
                    OwlRelease.base(ontology, graph(dataset, NamedGraphs.IMPORTS), importIris, version),
                    RDFFormat.RDFXML_PLAIN);
            text(out, CATALOG, written, catalog.toString());
            try (OutputStream o = open(out, QUADS, written)) {
                GraphExport.write(dataset, GraphExport.Format.NQ, Optional.empty(), o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text(out, MAPPINGS, written, mappings(dataset));
            KgxExport.Tables kgx = new KgxExport(BiolinkMappings.read(layout.kgxDir())).export(dataset);
            text(out, NODES, written, tsv(kgx.nodes()));
            text(out, EDGES, written, tsv(kgx.edges()));
            rdf(out, DESCRIPTION, written, DatasetDescription.of(dataset, Optional.empty()), RDFFormat.TURTLE_PRETTY);
        });
        return written;
    }

    /**
     * The OWL ontology of {@link #FULL}: the project ontology, the import modules and the inferred
     * subclass axioms under one header, without the claims (docs/schema.md, "The OWL representation").
     */
    public static Model ontology(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Model ontology = graph(dataset, NamedGraphs.ONTOLOGY);
            return OwlRelease.full(
                    ontology,
                    graph(dataset, NamedGraphs.IMPORTS),
                    graph(dataset, NamedGraphs.INFERRED),
                    version(ontology));
        });
    }

    /** The SSSOM mapping set of a dataset, with the release version and the build date as its metadata. */
    public static String mappings(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Model ontology = graph(dataset, NamedGraphs.ONTOLOGY);
            Model imports = graph(dataset, NamedGraphs.IMPORTS);
            return SssomMappings.toTsv(
                    SssomMappings.from(ontology, ontology.union(imports)),
                    new SssomMappings.SetMetadata(version(ontology), builtOn(dataset)));
        });
    }

    private static Model graph(DatasetGraph dataset, NamedGraphs g) {
        return ModelFactory.createModelForGraph(dataset.getGraph(g.node()));
    }

    /** The release version: the last path segment before the file in the ontology's version IRI (0.1.0). */
    static String version(Model ontology) {
        return ontology.listObjectsOfProperty(OWL2.versionIRI)
                .filterKeep(n -> n.isURIResource() && n.asResource().getURI().startsWith(MSCKG.BASE + "releases/"))
                .nextOptional()
                .map(n -> n.asResource().getURI().substring((MSCKG.BASE + "releases/").length()))
                .map(v -> v.substring(0, v.indexOf('/')))
                .orElseThrow(() -> new IllegalStateException("the ontology header has no version IRI under "
                        + MSCKG.BASE + "releases/ (ontology/msckg.ttl)"));
    }

    /** The date of the build the release is made of (yyyy-mm-dd). */
    private static String builtOn(DatasetGraph dataset) {
        return dataset.getGraph(NamedGraphs.BUILD.node())
                .find(Node.ANY, MSCKG.builtAt.asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm().substring(0, 10))
                .orElseThrow(() -> new IllegalStateException("the dataset has no build time"));
    }

    private static String tsv(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> s.append(String.join("\t", r)).append('\n'));
        return s.toString();
    }

    private static void rdf(Path out, String file, List<String> written, Model m, RDFFormat format) {
        try (OutputStream o = open(out, file, written)) {
            RDFDataMgr.write(o, m, format);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(file), e);
        }
    }

    private static void text(Path out, String file, List<String> written, String text) {
        try (OutputStream o = open(out, file, written)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(file), e);
        }
    }

    private static OutputStream open(Path out, String file, List<String> written) throws IOException {
        Path path = out.resolve(file);
        Files.createDirectories(path.getParent());
        written.add(file);
        return Files.newOutputStream(path);
    }
}
