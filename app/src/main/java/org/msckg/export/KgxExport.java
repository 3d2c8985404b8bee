package org.msckg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.curate.ReferenceTable;
import org.msckg.vocab.Bibliography;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;
import org.msckg.vocab.OboInOwl;
import org.msckg.vocab.Prefixes;

/**
 * The curated claims as a KGX TSV graph (nodes.tsv, edges.tsv) in Biolink terms: one edge per
 * claim, its predicate and categories from {@link BiolinkMappings}, its publications (DOI or PMID
 * where the reference is identified, else the review's DOI), knowledge level, agent type and source.
 * Every other property of a claim becomes a column of its own ({@code msckg_<name>}, or the Biolink
 * slot named in {@link #SLOTS}), so qualifiers added to the claim model flow through without a
 * change here.
 */
public final class KgxExport {
    public static final List<String> NODE_COLUMNS =
            List.of("id", "category", "name", "description", "synonym", "iri", "provided_by");
    public static final List<String> EDGE_COLUMNS = List.of(
            "id",
            "subject",
            "predicate",
            "object",
            "category",
            "original_predicate",
            "negated",
            "object_direction_qualifier",
            "knowledge_level",
            "agent_type",
            "primary_knowledge_source",
            "publications");
    public static final String KNOWLEDGE_SOURCE = "infores:msckg";
    public static final String REVIEW_PUBLICATION = "doi:" + ReferenceTable.REVIEW_DOI;
    private static final Property IAO_DEFINITION = ResourceFactory.createProperty(Prefixes.OBO + "IAO_0000115");
    private static final Set<Property> EDGE_PROPERTIES =
            Set.of(RDF.type, RDF.subject, RDF.predicate, RDF.object, MSCKG.citation);

    /** KGX names of claim properties that are Biolink slots; the rest become msckg_&lt;local name&gt;. */
    private static final Map<Property, String> SLOTS = Map.of(
            MSCKG.evidence, "supporting_text",
            MSCKG.organism, "species_context_qualifier",
            MSCKG.context, "anatomical_context_qualifier");

    /** Two tables, header first; cells are CURIEs or text, several values joined by |. */
    public record Tables(List<List<String>> nodes, List<List<String>> edges) {}

    private final BiolinkMappings mappings;

    public KgxExport(BiolinkMappings mappings) {
        this.mappings = mappings;
    }

    public Tables export(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Model asserted = ModelFactory.createModelForGraph(dataset.getGraph(NamedGraphs.ASSERTED.node()));
            Model terms = ModelFactory.createDefaultModel()
                    .add(ModelFactory.createModelForGraph(dataset.getGraph(NamedGraphs.ONTOLOGY.node())))
                    .add(ModelFactory.createModelForGraph(dataset.getGraph(NamedGraphs.IMPORTS.node())));
            return export(asserted, terms);
        });
    }

    Tables export(Model asserted, Model terms) {
        List<Resource> claims = asserted
                .listSubjectsWithProperty(RDF.predicate)
                .filterKeep(c -> c.hasProperty(RDF.subject) && c.hasProperty(RDF.object))
                .toList()
                .stream()
                .sorted((a, b) -> String.valueOf(a.getURI()).compareTo(String.valueOf(b.getURI())))
                .toList();
        Set<String> extra = new TreeSet<>();
        List<Map<String, String>> edges = new ArrayList<>();
        Set<Resource> nodes = new LinkedHashSet<>();
        for (Resource claim : claims) {
            Map<String, String> row = edge(claim, asserted);
            row.keySet().stream().filter(k -> !EDGE_COLUMNS.contains(k)).forEach(extra::add);
            edges.add(row);
            nodes.add(claim.getPropertyResourceValue(RDF.subject));
            nodes.add(claim.getPropertyResourceValue(RDF.object));
        }
        List<String> edgeColumns = new ArrayList<>(EDGE_COLUMNS);
        edgeColumns.addAll(extra);
        List<List<String>> edgeTable = new ArrayList<>();
        edgeTable.add(edgeColumns);
        edges.forEach(r -> edgeTable.add(
                edgeColumns.stream().map(c -> r.getOrDefault(c, "")).toList()));
        List<List<String>> nodeTable = new ArrayList<>();
        nodeTable.add(NODE_COLUMNS);
        nodes.stream()
                .filter(Resource::isURIResource)
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(n -> nodeTable.add(node(n, terms, asserted)));
        return new Tables(nodeTable, edgeTable);
    }

    private Map<String, String> edge(Resource claim, Model asserted) {
        Map<String, String> row = new LinkedHashMap<>();
        String relation = curie(claim.getPropertyResourceValue(RDF.predicate));
        BiolinkMappings.Predicate p = mappings.predicate(relation);
        row.put("id", curie(claim));
        row.put("subject", curie(claim.getPropertyResourceValue(RDF.subject)));
        row.put("predicate", p.predicate());
        row.put("object", curie(claim.getPropertyResourceValue(RDF.object)));
        row.put("category", "biolink:Association");
        row.put("original_predicate", relation);
        boolean negated = p.negated()
                || claim.listProperties(MSCKG.negated)
                        .filterKeep(
                                s -> s.getObject().isLiteral() && s.getString().equals("true"))
                        .hasNext();
        row.put("negated", negated ? "true" : "");
        row.put("object_direction_qualifier", p.direction());
        row.put("knowledge_level", "knowledge_assertion");
        row.put("agent_type", "manual_agent");
        row.put("primary_knowledge_source", KNOWLEDGE_SOURCE);
        row.put("publications", String.join("|", publications(claim, asserted)));
        Map<String, Set<String>> qualifiers = new TreeMap<>();
        claim.listProperties()
                .filterDrop(s -> EDGE_PROPERTIES.contains(s.getPredicate()))
                .forEach(s -> qualifiers
                        .computeIfAbsent(column(s.getPredicate()), k -> new LinkedHashSet<>())
                        .add(value(s.getObject())));
        List<String> cited = new ArrayList<>();
        claim.listProperties(MSCKG.citation).forEach(s -> cited.add(curie(s.getResource())));
        qualifiers.put(
                "msckg_citation", new LinkedHashSet<>(cited.stream().sorted().toList()));
        qualifiers.remove(column(MSCKG.negated));
        qualifiers.forEach((k, v) -> row.put(k, String.join("|", v)));
        return row;
    }

    /** DOI, else PMID, of each cited reference; the review's DOI for references not identified. */
    private static Set<String> publications(Resource claim, Model asserted) {
        Set<String> pubs = new TreeSet<>();
        claim.listProperties(MSCKG.citation).forEach(s -> {
            Resource ref = asserted.createResource(s.getResource().getURI());
            Optional<String> doi = literal(ref, Bibliography.doi).map(d -> "doi:" + d);
            Optional<String> pmid = literal(ref, Bibliography.pmid).map(id -> "PMID:" + id);
            pubs.add(doi.or(() -> pmid).orElse(REVIEW_PUBLICATION));
        });
        if (pubs.isEmpty()) {
            pubs.add(REVIEW_PUBLICATION);
        }
        return pubs;
    }

    private List<String> node(Resource n, Model terms, Model asserted) {
        String curie = curie(n);
        Resource t = terms.createResource(n.getURI());
        Optional<String> label =
                literal(t, RDFS.label).or(() -> literal(asserted.createResource(n.getURI()), RDFS.label));
        Optional<String> namespace = literal(t, OboInOwl.hasOBONamespace);
        Optional<String> kind = literal(t, MSCKG.kind);
        Set<String> synonyms = new TreeSet<>();
        for (Property p : List.of(OboInOwl.hasExactSynonym, OboInOwl.hasRelatedSynonym)) {
            t.listProperties(p)
                    .filterKeep(s -> s.getObject().isLiteral())
                    .forEach(s -> synonyms.add(clean(s.getString())));
        }
        return List.of(
                curie,
                mappings.category(curie, namespace, kind),
                clean(label.orElse("")),
                clean(literal(t, IAO_DEFINITION).orElse("")),
                String.join("|", synonyms),
                n.getURI(),
                n.getURI().startsWith(MSCKG.BASE) ? KNOWLEDGE_SOURCE : "");
    }

    private static String column(Property p) {
        String slot = SLOTS.get(p);
        if (slot != null) {
            return slot;
        }
        return Prefixes.shorten(p.getURI()).replace(':', '_');
    }

    private static String value(RDFNode o) {
        if (o.isLiteral()) {
            return clean(o.asLiteral().getLexicalForm());
        }
        if (o.isURIResource()) {
            return curie(o.asResource());
        }
        List<String> parts = new ArrayList<>();
        o.asResource().listProperties().forEach(s -> parts.add(column(s.getPredicate()) + "=" + value(s.getObject())));
        return String.join(";", parts.stream().sorted().toList());
    }

    private static Optional<String> literal(Resource r, Property p) {
        return r.listProperties(p)
                .filterKeep(s -> s.getObject().isLiteral())
                .nextOptional()
                .map(Statement::getLiteral)
                .map(Literal::getLexicalForm);
    }

    private static String curie(Resource r) {
        return r.isURIResource() ? Prefixes.shorten(r.getURI()) : "_:" + r.getId();
    }

    /** KGX TSV cells hold no tabs, newlines or the | that separates values. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\n\\r|]+", " ").trim();
    }
}
