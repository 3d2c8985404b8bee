package org.msckg.reason;

import java.util.List;

/** A reasoning failure explained by the axioms involved (a justification), one per line. */
public class ReasoningException extends RuntimeException {
    private final List<String> axioms;

    protected ReasoningException(String headline, List<String> axioms) {
        super(headline + axioms.stream().map(a -> "\n  - " + a).reduce("", String::concat));
        this.axioms = List.copyOf(axioms);
    }

    public List<String> axioms() {
        return axioms;
    }
}
