package org.msckg.query.terms;

/** An entity named by CURIE, with its label (empty when it has none). */
public record Ref(String curie, String label) {}
