package org.msckg.imports;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.Prefixes;

/** How a module changed between two versions: labelled terms added or removed, labels, deprecation. */
final class ModuleDiff {
    private final Model before;
    private final Model after;

    ModuleDiff(Model before, Model after) {
        this.before = before;
        this.after = after;
    }

    boolean deprecatedAfter(String iri) {
        return after.contains(after.createResource(iri), OWL2.deprecated, after.createTypedLiteral(true));
    }

    /** "CURIE: 'old' -> 'new'" when a term is labelled in both versions, differently. */
    Optional<String> labelChange(String iri) {
        Optional<String> was = label(before, iri);
        Optional<String> is = label(after, iri);
        if (was.isPresent() && is.isPresent() && !was.equals(is)) {
            return Optional.of("%s: '%s' -> '%s'".formatted(Prefixes.shorten(iri), was.get(), is.get()));
        }
        return Optional.empty();
    }

    int added() {
        Set<String> old = labelled(before);
        return (int) labelled(after).stream().filter(t -> !old.contains(t)).count();
    }

    int removed() {
        Set<String> now = labelled(after);
        return (int) labelled(before).stream().filter(t -> !now.contains(t)).count();
    }

    private static Optional<String> label(Model m, String iri) {
        return m.listObjectsOfProperty(m.createResource(iri), RDFS.label)
                .nextOptional()
                .map(n -> n.asLiteral().getString());
    }

    private static Set<String> labelled(Model m) {
        return m.listSubjectsWithProperty(RDFS.label)
                .filterKeep(Resource::isURIResource)
                .mapWith(Resource::getURI)
                .toSet();
    }
}
