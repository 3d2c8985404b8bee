package org.msckg.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.Prefixes;

/** Turns one curated table into RDF, following its directive row (docs/curation.md). */
public final class TemplateConverter {
    private final ReviewText review;
    private final Path root;

    /** @param root the project folder, so that msckg:source names files relative to it */
    public TemplateConverter(ReviewText review, Path root) {
        this.review = review;
        this.root = root;
    }

    public Model convert(TsvTable table) {
        Path shown = root.relativize(table.file().toAbsolutePath().normalize());
        List<Directive> directives = parseDirectives(table, shown);
        int idColumn = directives.stream().map(Directive::kind).toList().indexOf(Directive.Kind.ID);
        if (idColumn < 0) {
            throw new CurationException("MSCKG-CUR-006", shown, 2, 1, "directive", "no column has the ID directive");
        }
        Model model = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
        for (TsvTable.Row row : table.rows()) {
            new RowConverter(model, shown, table, directives, row, idColumn).convert();
        }
        return model;
    }

    private static List<Directive> parseDirectives(TsvTable table, Path shown) {
        List<Directive> directives = new ArrayList<>();
        for (int c = 0; c < table.directives().size(); c++) {
            String text = table.directives().get(c);
            String header = table.headers().get(c);
            int column = c + 1;
            directives.add(Directive.parse(text)
                    .orElseThrow(() -> new CurationException(
                            "MSCKG-CUR-005",
                            shown,
                            2,
                            column,
                            header,
                            "'%s' is not a directive (see docs/curation.md)".formatted(text))));
        }
        return directives;
    }

    private final class RowConverter {
        private final Model model;
        private final Path file;
        private final TsvTable table;
        private final List<Directive> directives;
        private final TsvTable.Row row;
        private final int idColumn;
        private Resource subject;
        private Resource edgeSubject;
        private Resource edgePredicate;
        private Resource edgeObject;

        RowConverter(
                Model model, Path file, TsvTable table, List<Directive> directives, TsvTable.Row row, int idColumn) {
            this.model = model;
            this.file = file;
            this.table = table;
            this.directives = directives;
            this.row = row;
            this.idColumn = idColumn;
        }

        void convert() {
            subject = model.createResource(iri(idColumn, row.cell(idColumn)));
            subject.addProperty(MSCKG.source, file + ":" + row.line());
            for (int c = 0; c < directives.size(); c++) {
                String cell = row.cell(c);
                if (!cell.isEmpty() && c != idColumn) {
                    for (String value : directives.get(c).values(cell)) {
                        apply(c, directives.get(c), value);
                    }
                }
            }
            addDirectEdge();
        }

        private void apply(int c, Directive d, String value) {
            switch (d.kind()) {
                case LABEL -> subject.addProperty(RDFS.label, value);
                case TYPE -> subject.addProperty(RDF.type, resource(c, value));
                case SC -> declareClass().addProperty(RDFS.subClassOf, resource(c, value));
                case SOME -> declareClass().addProperty(RDFS.subClassOf, restriction(c, value));
                case A -> subject.addProperty(property(c, d), value);
                case AI -> subject.addProperty(property(c, d), resource(c, value));
                case AT -> subject.addLiteral(property(c, d), typed(c, d, value));
                case Q -> subject.addProperty(property(c, d), quantity(c, value));
                case SUBJECT -> edgeSubject = reify(RDF.subject, resource(c, value));
                case PREDICATE -> edgePredicate = reify(RDF.predicate, resource(c, value));
                case OBJECT -> edgeObject = reify(RDF.object, resource(c, value));
                case CITE -> cite(c, value);
                case EVIDENCE -> evidence(c, value);
                case ID, IGNORE -> {}
            }
        }

        private Resource declareClass() {
            return subject.addProperty(RDF.type, OWL2.Class);
        }

        private Resource reify(Property p, Resource value) {
            subject.addProperty(p, value);
            return value;
        }

        private void addDirectEdge() {
            boolean any = edgeSubject != null || edgePredicate != null || edgeObject != null;
            boolean all = edgeSubject != null && edgePredicate != null && edgeObject != null;
            if (any && !all) {
                throw error(
                        "MSCKG-CUR-010",
                        directives.indexOf(missingPart()),
                        "claim",
                        "a claim needs SUBJECT, PREDICATE and OBJECT; this row lacks "
                                + missingPart().kind());
            }
            if (all && statedAsFact()) {
                edgeSubject.addProperty(model.createProperty(edgePredicate.getURI()), edgeObject);
            }
        }

        /**
         * The plain edge means "the review states this": a negated claim, or one the review only
         * suggests or calls disputed, keeps its reified triple and qualifiers but gets no plain edge.
         */
        private boolean statedAsFact() {
            boolean negated = subject.hasLiteral(MSCKG.negated, true);
            Resource certainty = subject.getPropertyResourceValue(MSCKG.certainty);
            return !negated && (certainty == null || certainty.equals(MSCKG.stated));
        }

        private Resource quantity(int c, String value) {
            Quantity q = Quantity.parse(value)
                    .orElseThrow(() -> error(
                            "MSCKG-CUR-019",
                            c,
                            header(c),
                            "'%s' is not a quantity such as '10 UO:0000033', '70-80 UO:0000187', '>1000 UO:0000189' or '>=2 UO:0000189'"
                                    .formatted(value)));
            Resource node = model.createResource()
                    .addProperty(RDF.type, MSCKG.Quantity)
                    .addProperty(MSCKG.unit, resource(c, q.unit()));
            q.exact().ifPresent(v -> node.addLiteral(MSCKG.numericValue, model.createTypedLiteral(v)));
            q.min().ifPresent(v -> node.addLiteral(MSCKG.minValue, model.createTypedLiteral(v)));
            q.max().ifPresent(v -> node.addLiteral(MSCKG.maxValue, model.createTypedLiteral(v)));
            q.greaterThan().ifPresent(v -> node.addLiteral(MSCKG.greaterThan, model.createTypedLiteral(v)));
            return node;
        }

        private Directive missingPart() {
            Directive.Kind missing = edgeSubject == null
                    ? Directive.Kind.SUBJECT
                    : edgePredicate == null ? Directive.Kind.PREDICATE : Directive.Kind.OBJECT;
            return directives.stream()
                    .filter(d -> d.kind() == missing)
                    .findFirst()
                    .orElse(new Directive(missing, Optional.empty(), Optional.empty(), false));
        }

        private void cite(int c, String value) {
            List<Integer> numbers = Citations.parse(value)
                    .filter(ns -> ns.stream().allMatch(n -> n <= review.lastReference()))
                    .orElseThrow(() -> error(
                            "MSCKG-CUR-011",
                            c,
                            header(c),
                            "'%s' is not a citation such as [64], [34,35], [4-7] or [review] (references 1-%d)"
                                    .formatted(value, review.lastReference())));
            for (int n : numbers) {
                subject.addProperty(MSCKG.citation, n == Citations.REVIEW ? MSCKG.Review : MSCKG.reference(n));
            }
            if (Citations.hasRange(value)) {
                subject.addProperty(MSCKG.citedAs, value.trim());
            }
        }

        private void evidence(int c, String quote) {
            if (!review.contains(quote)) {
                throw error(
                        "MSCKG-CUR-012",
                        c,
                        header(c),
                        "evidence is not a verbatim quote of the review: \"" + abbreviate(quote) + "\"");
            }
            subject.addProperty(MSCKG.evidence, quote);
        }

        private Resource restriction(int c, String value) {
            String[] parts = value.trim().split("\\s+");
            if (parts.length != 2) {
                throw error(
                        "MSCKG-CUR-013", c, header(c), "'%s' must be 'RELATION FILLER', two CURIEs".formatted(value));
            }
            return model.createResource()
                    .addProperty(RDF.type, OWL2.Restriction)
                    .addProperty(OWL2.onProperty, resource(c, parts[0]))
                    .addProperty(OWL2.someValuesFrom, resource(c, parts[1]));
        }

        private Literal typed(int c, Directive d, String value) {
            String dt = Prefixes.expand(d.datatype().orElseThrow())
                    .orElseThrow(() -> error(
                            "MSCKG-CUR-014",
                            c,
                            "directive",
                            "unknown datatype " + d.datatype().get()));
            RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(dt);
            if (!type.isValid(value)) {
                throw error(
                        "MSCKG-CUR-015",
                        c,
                        header(c),
                        "'%s' is not a valid %s".formatted(value, d.datatype().get()));
            }
            return model.createTypedLiteral(value, type);
        }

        private Property property(int c, Directive d) {
            String curie = d.property().orElseThrow();
            return model.createProperty(Prefixes.expand(curie)
                    .orElseThrow(() -> new CurationException(
                            "MSCKG-CUR-016",
                            file,
                            2,
                            c + 1,
                            header(c),
                            "'%s' in the directive is not a known CURIE".formatted(curie))));
        }

        private Resource resource(int c, String curie) {
            return model.createResource(iri(c, curie));
        }

        private String iri(int c, String curie) {
            if (curie.isEmpty()) {
                throw error("MSCKG-CUR-017", c, header(c), "is empty");
            }
            return Prefixes.expand(curie)
                    .orElseThrow(() -> error(
                            "MSCKG-CUR-018",
                            c,
                            header(c),
                            "'%s' is not a CURIE with a known prefix (see docs/curation.md)".formatted(curie)));
        }

        private String header(int c) {
            return c >= 0 && c < table.headers().size() ? table.headers().get(c) : "?";
        }

        private CurationException error(String id, int column, String field, String problem) {
            return new CurationException(id, file, row.line(), column + 1, field, problem);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
