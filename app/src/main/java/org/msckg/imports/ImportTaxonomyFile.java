package org.msckg.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.msckg.build.ProjectLayout;
import org.msckg.build.SourceChecksum;
import org.msckg.reason.OwlOntologies;
import org.msckg.vocab.MSCKG;
import org.semanticweb.owlapi.reasoner.OWLReasonerFactory;

/**
 * ontology/imports/imports-taxonomy.ttl: the imports' classified hierarchy, stamped with the checksum
 * of the modules it was computed from. A build refuses a stale one.
 */
public final class ImportTaxonomyFile {
    static final Resource STAMP =
            org.apache.jena.rdf.model.ResourceFactory.createResource(MSCKG.BASE + "imports-taxonomy");

    private ImportTaxonomyFile() {}

    public static Path path(ProjectLayout layout) {
        return layout.importsDir().resolve("imports-taxonomy.ttl");
    }

    public static Model read(ProjectLayout layout) {
        Path file = path(layout);
        if (!Files.exists(file)) {
            throw new StaleImportsException(
                    "MSCKG-IMP-001 %s is missing: run ./msckg imports classify".formatted(file.getFileName()));
        }
        Model m = RDFDataMgr.loadModel(file.toString());
        String expected = checksum(layout);
        String stamped = m.listObjectsOfProperty(STAMP, MSCKG.sourceChecksum)
                .nextOptional()
                .map(n -> n.asLiteral().getString())
                .orElse("");
        if (!stamped.equals(expected)) {
            throw new StaleImportsException(("MSCKG-IMP-002 %s was computed from other import modules than those in %s:"
                            + " run ./msckg imports classify")
                    .formatted(file.getFileName(), layout.importsDir().getFileName()));
        }
        return m;
    }

    /** Classifies the import modules and writes the stamped taxonomy; returns the number of subclass pairs. */
    public static long write(ProjectLayout layout, OWLReasonerFactory factory) {
        Model m = ImportTaxonomy.classify(OwlOntologies.importAxioms(layout.importModules()), factory);
        long pairs = m.size();
        m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("obo", "http://purl.obolibrary.org/obo/");
        m.add(STAMP, MSCKG.sourceChecksum, checksum(layout));
        try (var out = Files.newOutputStream(path(layout))) {
            RDFDataMgr.write(out, m, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pairs;
    }

    private static String checksum(ProjectLayout layout) {
        return SourceChecksum.of(layout.root(), layout.importModules()).value();
    }

    /** The taxonomy does not match the modules. */
    public static final class StaleImportsException extends RuntimeException {
        public StaleImportsException(String message) {
            super(message);
        }
    }
}
