package org.msckg.vocab;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.shared.PrefixMapping;

/** CURIE prefixes of the graph: expanding, shortening and checking CURIEs. */
public final class Prefixes {
    public static final String OBO = "http://purl.obolibrary.org/obo/";

    private static final Pattern CURIE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*):([A-Za-z0-9_][A-Za-z0-9_.\\-]*)");

    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("oboInOwl", "http://www.geneontology.org/formats/oboInOwl#")
            .setNsPrefix("obo", OBO)
            .setNsPrefix("msckg", MSCKG.SCHEMA)
            .setNsPrefix("MSCKG", MSCKG.TERM)
            .setNsPrefix("claim", MSCKG.CLAIM)
            .setNsPrefix("protocol", MSCKG.PROTOCOL)
            .setNsPrefix("ref", MSCKG.REF)
            .setNsPrefix("inconsistency", MSCKG.INCONSISTENCY)
            .setNsPrefix("graph", MSCKG.GRAPH)
            .setNsPrefix("CL", OBO + "CL_")
            .setNsPrefix("UBERON", OBO + "UBERON_")
            .setNsPrefix("GO", OBO + "GO_")
            .setNsPrefix("MONDO", OBO + "MONDO_")
            .setNsPrefix("CHEBI", OBO + "CHEBI_")
            .setNsPrefix("NCBITaxon", OBO + "NCBITaxon_")
            .setNsPrefix("PR", OBO + "PR_")
            .setNsPrefix("RO", OBO + "RO_")
            .setNsPrefix("BFO", OBO + "BFO_")
            .setNsPrefix("IAO", OBO + "IAO_")
            .setNsPrefix("ECO", OBO + "ECO_")
            .setNsPrefix("SO", OBO + "SO_")
            .setNsPrefix("UO", OBO + "UO_")
            .setNsPrefix("HGNC", "http://identifiers.org/hgnc/")
            .lock();

    private Prefixes() {}

    /** The IRI of a CURIE, or empty when it is malformed or its prefix unknown. */
    public static Optional<String> expand(String curie) {
        var m = CURIE.matcher(curie);
        if (!m.matches()) {
            return Optional.empty();
        }
        String ns = MAPPING.getNsPrefixURI(m.group(1));
        return ns == null ? Optional.empty() : Optional.of(ns + m.group(2));
    }

    /** The prefixes to shorten with, longest namespace first; obo: only expands. */
    private static final List<Map.Entry<String, String>> SHORTENING = MAPPING.getNsPrefixMap().entrySet().stream()
            .filter(e -> !e.getKey().equals("obo"))
            .sorted(Comparator.comparingInt(
                            (Map.Entry<String, String> e) -> e.getValue().length())
                    .reversed())
            .toList();

    /** The CURIE of an IRI in a known namespace (longest match), or the IRI itself. */
    public static String shorten(String iri) {
        for (Map.Entry<String, String> e : SHORTENING) {
            if (iri.startsWith(e.getValue())) {
                String curie = e.getKey() + ":" + iri.substring(e.getValue().length());
                return CURIE.matcher(curie).matches() ? curie : iri;
            }
        }
        return iri;
    }

    /** The prefixes as a SPARQL prologue. */
    public static String sparqlPrologue() {
        var sb = new StringBuilder();
        MAPPING.getNsPrefixMap()
                .forEach((p, ns) ->
                        sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
