package org.msckg.reason;

import java.util.List;

/** A class can have no instances; the message names it and the axioms that make it so. */
public class UnsatisfiableClassException extends ReasoningException {
    public UnsatisfiableClassException(String classShown, List<String> axioms) {
        super("MSCKG-REA-002 the class " + classShown + " is unsatisfiable; these axioms together cause it:", axioms);
    }
}
