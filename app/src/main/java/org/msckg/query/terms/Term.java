package org.msckg.query.terms;

import java.util.List;

/**
 * A named entity of the graph as pages and search see it.
 *
 * @param synonyms exact synonyms first, then other names the ontology or the review gives it
 * @param claims how many curated claims name it as subject or object
 */
public record Term(String iri, String curie, String label, String kind, List<String> synonyms, int claims) {}
