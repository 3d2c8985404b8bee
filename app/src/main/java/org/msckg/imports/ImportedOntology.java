package org.msckg.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.msckg.vocab.Prefixes;

/**
 * The external ontologies whose modules sit in ontology/imports/, with the CURIE prefixes each one
 * provides. BFO's relations and upper classes come with RO, SO's "gene" with the HGNC module.
 */
public enum ImportedOntology {
    CL("cl", "CL"),
    UBERON("uberon", "UBERON"),
    GO("go", "GO"),
    MONDO("mondo", "MONDO"),
    CHEBI("chebi", "CHEBI"),
    NCBITAXON("ncbitaxon", "NCBITaxon"),
    PR("pr", "PR"),
    HGNC("hgnc", "HGNC", "SO"),
    RO("ro", "RO", "BFO"),
    ECO("eco", "ECO"),
    IAO("iao", "IAO");

    private final String key;
    private final List<String> prefixes;

    ImportedOntology(String key, String... prefixes) {
        this.key = key;
        this.prefixes = List.of(prefixes);
    }

    /** The file stem: cl for cl_module.owl, cl_terms.txt and a full release cl.owl. */
    public String key() {
        return key;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public String moduleFile() {
        return key + "_module.owl";
    }

    public String termsFile() {
        return key + "_terms.txt";
    }

    /** The ontology an IRI belongs to, by its namespace; empty for project and W3C IRIs. */
    public static Optional<ImportedOntology> of(String iri) {
        return Arrays.stream(values())
                .filter(o -> o.prefixes.stream().anyMatch(p -> inNamespace(iri, p)))
                .findFirst();
    }

    private static boolean inNamespace(String iri, String prefix) {
        String ns = Prefixes.MAPPING.getNsPrefixURI(prefix);
        return iri.startsWith(ns) && iri.length() > ns.length() && Character.isDigit(iri.charAt(ns.length()));
    }
}
