package org.msckg.reason;

import java.util.HashMap;
import java.util.Map;
import org.msckg.vocab.Prefixes;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLObject;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.util.ShortFormProvider;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;

/** Renders axioms in Manchester syntax, each entity as CURIE and label: MSCKG:0000004 'iPSC-MSC'. */
final class AxiomRenderer {
    private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();

    AxiomRenderer(OWLOntology ontology) {
        Map<OWLEntity, String> labels = new HashMap<>();
        ontology.axioms(org.semanticweb.owlapi.model.AxiomType.ANNOTATION_ASSERTION)
                .filter(a -> a.getProperty().getIRI().equals(OWLRDFVocabulary.RDFS_LABEL.getIRI()))
                .forEach(a -> a.getValue()
                        .asLiteral()
                        .map(OWLLiteral::getLiteral)
                        .ifPresent(label -> a.getSubject()
                                .asIRI()
                                .ifPresent(iri ->
                                        ontology.entitiesInSignature(iri).forEach(e -> labels.putIfAbsent(e, label)))));
        renderer.setShortFormProvider(new ShortFormProvider() {
            @Override
            public String getShortForm(OWLEntity entity) {
                String curie = Prefixes.shorten(entity.getIRI().toString());
                String label = labels.get(entity);
                return label == null ? curie : curie + " '" + label + "'";
            }

            @Override
            public void dispose() {}
        });
    }

    String render(OWLObject o) {
        return renderer.render(o);
    }
}
