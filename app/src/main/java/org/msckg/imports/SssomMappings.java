package org.msckg.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/**
 * The project-to-external mappings of the ontology graph as an SSSOM TSV mapping set. A curated
 * SKOS match or owl:equivalentClass keeps its predicate, and so does a curated rdfs:subClassOf or
 * rdfs:subPropertyOf from a project term to an external one: it says the project term is narrower,
 * which SSSOM states with the same predicate (a skos:broadMatch would claim the two are concepts
 * of different schemes that only roughly correspond). All are manual curation
 * (semapv:ManualMappingCuration); nothing is inferred.
 */
public final class SssomMappings {
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final String MANUAL = "semapv:ManualMappingCuration";
    public static final String MAPPING_SET_ID = MSCKG.BASE + "mappings/msckg.sssom.tsv";
    public static final String LICENSE = "https://creativecommons.org/licenses/by-nc/4.0/";
    public static final String CREATOR = "msckg curators";
    public static final List<String> COLUMNS = List.of(
            "subject_id",
            "subject_label",
            "predicate_id",
            "object_id",
            "object_label",
            "mapping_justification",
            "comment");

    private static final List<Property> KEPT = List.of(
            SKOS.exactMatch,
            SKOS.closeMatch,
            SKOS.broadMatch,
            SKOS.narrowMatch,
            SKOS.relatedMatch,
            OWL2.equivalentClass,
            OWL2.equivalentProperty);
    private static final List<Property> NARROWER_THAN_EXTERNAL = List.of(RDFS.subClassOf, RDFS.subPropertyOf);

    public record Mapping(
            String subjectId,
            String subjectLabel,
            String predicateId,
            String objectId,
            String objectLabel,
            String justification,
            String comment) {
        List<String> cells() {
            return List.of(subjectId, subjectLabel, predicateId, objectId, objectLabel, justification, comment);
        }
    }

    /** What a mapping set says of itself besides its fixed title, licence and creator. */
    public record SetMetadata(String version, String date) {}

    private SssomMappings() {}

    /** @param labels where labels are read: the ontology graph and the imports */
    public static List<Mapping> from(Model ontology, Model labels) {
        List<Mapping> mappings = new ArrayList<>();
        for (Property p : KEPT) {
            ontology.listStatements(null, p, (RDFNode) null)
                    .filterKeep(SssomMappings::projectToExternal)
                    .forEach(s -> mappings.add(mapping(
                            s, Prefixes.shorten(p.getURI()), "curated " + Prefixes.shorten(p.getURI()), labels)));
        }
        for (Property p : NARROWER_THAN_EXTERNAL) {
            ontology.listStatements(null, p, (RDFNode) null)
                    .filterKeep(SssomMappings::projectToExternal)
                    .forEach(s -> mappings.add(mapping(
                            s, Prefixes.shorten(p.getURI()), "curated " + Prefixes.shorten(p.getURI()), labels)));
        }
        return mappings.stream()
                .distinct()
                .sorted(Comparator.comparing(Mapping::subjectId)
                        .thenComparing(Mapping::objectId)
                        .thenComparing(Mapping::predicateId))
                .toList();
    }

    private static boolean projectToExternal(Statement s) {
        return s.getSubject().isURIResource()
                && s.getSubject().getURI().startsWith(MSCKG.TERM)
                && s.getObject().isURIResource()
                && ImportedOntology.of(s.getResource().getURI()).isPresent();
    }

    private static Mapping mapping(Statement s, String predicate, String comment, Model labels) {
        String subject = s.getSubject().getURI();
        String object = s.getResource().getURI();
        String where = s.getSubject()
                .listProperties(MSCKG.source)
                .nextOptional()
                .map(Statement::getString)
                .map(f -> " in " + f)
                .orElse("");
        return new Mapping(
                Prefixes.shorten(subject),
                label(labels, subject),
                predicate,
                Prefixes.shorten(object),
                label(labels, object),
                MANUAL,
                comment + where);
    }

    private static String label(Model m, String iri) {
        return m.listObjectsOfProperty(m.createResource(iri), RDFS.label)
                .nextOptional()
                .map(n -> n.asLiteral().getString())
                .orElse("");
    }

    /** The mapping set as SSSOM TSV: the YAML metadata block (with the curie_map), then the table. */
    public static String toTsv(List<Mapping> mappings, SetMetadata metadata) {
        Set<String> prefixes = new TreeSet<>(List.of("MSCKG", "semapv", "skos", "rdfs"));
        mappings.forEach(m -> List.of(m.subjectId(), m.predicateId(), m.objectId())
                .forEach(c -> prefixes.add(c.substring(0, c.indexOf(':')))));
        Map<String, String> curieMap = new TreeMap<>();
        for (String p : prefixes) {
            curieMap.put(p, p.equals("semapv") ? SEMAPV : Prefixes.MAPPING.getNsPrefixURI(p));
        }
        StringBuilder tsv = new StringBuilder("# curie_map:\n");
        curieMap.forEach((p, ns) ->
                tsv.append("#   ").append(p).append(": \"").append(ns).append("\"\n"));
        tsv.append("# mapping_set_id: \"")
                .append(MAPPING_SET_ID)
                .append("\"\n")
                .append("# mapping_set_version: \"")
                .append(metadata.version())
                .append("\"\n")
                .append("# mapping_set_title: \"msckg project terms mapped to OBO ontologies\"\n")
                .append(
                        "# mapping_set_description: \"Curated links from MSCKG terms to CL, UBERON, GO, MONDO, ChEBI, NCBITaxon, PR, HGNC and RO terms; ")
                .append(
                        "rdfs:subClassOf and rdfs:subPropertyOf rows are curated axioms: the project term is narrower.\"\n")
                .append("# creator_label:\n#   - \"")
                .append(CREATOR)
                .append("\"\n")
                .append("# mapping_date: \"")
                .append(metadata.date())
                .append("\"\n")
                .append("# license: \"")
                .append(LICENSE)
                .append("\"\n")
                .append("# mapping_tool: \"msckg export mappings\"\n");
        tsv.append(String.join("\t", COLUMNS)).append('\n');
        for (Mapping m : mappings) {
            tsv.append(String.join(
                            "\t",
                            m.cells().stream()
                                    .map(c -> c.replaceAll("[\t\n]", " "))
                                    .toList()))
                    .append('\n');
        }
        return tsv.toString();
    }
}
