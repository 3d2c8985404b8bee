package org.msckg.reason;

import java.util.List;

/** The ontology has no model; the message lists the axioms that together cause it. */
public class InconsistentOntologyException extends ReasoningException {
    public InconsistentOntologyException(List<String> axioms) {
        super("MSCKG-REA-001 the ontology is inconsistent; these axioms together cause it:", axioms);
    }
}
