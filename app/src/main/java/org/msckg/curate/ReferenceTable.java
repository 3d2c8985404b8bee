package org.msckg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.msckg.vocab.Bibliography;
import org.msckg.vocab.MSCKG;

/**
 * The review's numbered references with what is known of each (ontology/references.tsv): the
 * identified ones become bibliographic records (Dublin Core, FaBiO, BIBO, PRISM; DOI and PubMed
 * links), the unresolved ones say so. Every reference keeps its label "[n]", which citations show.
 */
public final class ReferenceTable {
    public static final String REVIEW_DOI = "10.4252/wjsc.v13.i12.1826";
    public static final String IDENTIFIED = "identified";
    public static final String UNRESOLVED = "unresolved";
    private static final List<String> COLUMNS = List.of(
            "ref",
            "status",
            "confidence",
            "cited_in_range",
            "first_author",
            "year",
            "title",
            "journal",
            "volume_pages",
            "doi",
            "pmid",
            "source_url",
            "match_evidence");

    /** One row of the table; empty strings where the table has nothing. */
    public record Entry(
            int number,
            String status,
            String confidence,
            String citedInRange,
            String firstAuthor,
            String year,
            String title,
            String journal,
            String volumePages,
            String doi,
            String pmid,
            String sourceUrl,
            String matchEvidence) {}

    private final Map<Integer, Entry> entries;

    private ReferenceTable(Map<Integer, Entry> entries) {
        this.entries = entries;
    }

    /** An empty table: every reference unresolved (a project without references.tsv). */
    public static ReferenceTable none() {
        return new ReferenceTable(Map.of());
    }

    public static ReferenceTable read(Path file) {
        if (!Files.exists(file)) {
            return none();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        if (!header.equals(COLUMNS)) {
            throw new CurationException(
                    "MSCKG-REF-001", file, 1, 1, "header", "the columns must be " + String.join(", ", COLUMNS));
        }
        Map<Integer, Entry> entries = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> c = new ArrayList<>(List.of(lines.get(i).split("\t", -1)));
            while (c.size() < COLUMNS.size()) {
                c.add("");
            }
            c.replaceAll(String::trim);
            int line = i + 1;
            if (!c.get(0).matches("\\d+")) {
                throw new CurationException(
                        "MSCKG-REF-001", file, line, 1, "ref", "'" + c.get(0) + "' is not a number");
            }
            if (!c.get(1).equals(IDENTIFIED) && !c.get(1).equals(UNRESOLVED)) {
                throw new CurationException(
                        "MSCKG-REF-001", file, line, 2, "status", "status is 'identified' or 'unresolved'");
            }
            if (c.get(1).equals(IDENTIFIED) && c.get(6).isEmpty()) {
                throw new CurationException(
                        "MSCKG-REF-001", file, line, 7, "title", "an identified reference needs its title");
            }
            Entry e = new Entry(
                    Integer.parseInt(c.get(0)),
                    c.get(1),
                    c.get(2),
                    c.get(3),
                    c.get(4),
                    c.get(5),
                    c.get(6),
                    c.get(7),
                    c.get(8),
                    c.get(9),
                    c.get(10),
                    c.get(11),
                    c.get(12));
            entries.put(e.number(), e);
        }
        return new ReferenceTable(Map.copyOf(entries));
    }

    public Optional<Entry> entry(int number) {
        return Optional.ofNullable(entries.get(number));
    }

    /** The references [1]..[last] and the review itself, as RDF. */
    public Model toRdf(int last) {
        Model m = ModelFactory.createDefaultModel();
        m.add(MSCKG.Review, RDF.type, MSCKG.Reference)
                .add(MSCKG.Review, RDF.type, Bibliography.JournalArticle)
                .add(MSCKG.Review, RDFS.label, "Liu TM, World J Stem Cells 2021;13(12):1826-1844 (the review)")
                .add(MSCKG.Review, DCTerms.title, "Mesenchymal stem cells derived from human pluripotent stem cells")
                .add(MSCKG.Review, DCTerms.creator, "Liu TM")
                .add(MSCKG.Review, Bibliography.hasPublicationYear, m.createTypedLiteral("2021", XSDDatatype.XSDgYear))
                .add(MSCKG.Review, Bibliography.publicationName, "World J Stem Cells")
                .add(MSCKG.Review, DCTerms.identifier, "doi:" + REVIEW_DOI)
                .add(MSCKG.Review, Bibliography.doi, REVIEW_DOI)
                .add(MSCKG.Review, RDFS.seeAlso, m.createResource(Bibliography.DOI_RESOLVER + REVIEW_DOI))
                .add(MSCKG.Review, MSCKG.identification, IDENTIFIED)
                .add(
                        MSCKG.Review,
                        DCTerms.license,
                        m.createResource("https://creativecommons.org/licenses/by-nc/4.0/"));
        for (int n = 1; n <= last; n++) {
            Resource r = MSCKG.reference(n);
            m.add(r, RDF.type, MSCKG.Reference)
                    .add(r, RDFS.label, "[" + n + "]")
                    .addLiteral(r, MSCKG.refNumber, m.createTypedLiteral(n))
                    .add(r, DCTerms.isReferencedBy, MSCKG.Review);
            Optional<Entry> entry = entry(n).filter(e -> e.status().equals(IDENTIFIED));
            if (entry.isPresent()) {
                describe(m, r, entry.get());
            } else {
                m.add(r, MSCKG.identification, UNRESOLVED)
                        .add(r, RDFS.comment, "Reference [" + n + "] of the review; the cited work is not identified.");
            }
            entry(n).map(Entry::citedInRange)
                    .filter(s -> !s.isEmpty())
                    .ifPresent(range -> m.add(r, MSCKG.citedInRange, range));
        }
        return m;
    }

    private static void describe(Model m, Resource r, Entry e) {
        m.add(r, RDF.type, Bibliography.JournalArticle)
                .add(r, MSCKG.identification, IDENTIFIED)
                .add(r, MSCKG.matchConfidence, e.confidence().isEmpty() ? "high" : e.confidence())
                .add(r, DCTerms.title, e.title())
                .add(r, DCTerms.bibliographicCitation, citation(e));
        if (!e.firstAuthor().isEmpty()) {
            m.add(r, DCTerms.creator, e.firstAuthor());
        }
        if (e.year().matches("\\d{4}")) {
            m.add(r, Bibliography.hasPublicationYear, m.createTypedLiteral(e.year(), XSDDatatype.XSDgYear));
        }
        if (!e.journal().isEmpty()) {
            m.add(r, Bibliography.publicationName, e.journal());
        }
        if (!e.doi().isEmpty()) {
            m.add(r, Bibliography.doi, e.doi())
                    .add(r, DCTerms.identifier, "doi:" + e.doi())
                    .add(r, RDFS.seeAlso, m.createResource(Bibliography.DOI_RESOLVER + e.doi()));
        }
        if (!e.pmid().isEmpty()) {
            m.add(r, Bibliography.pmid, e.pmid())
                    .add(r, DCTerms.identifier, "pmid:" + e.pmid())
                    .add(r, RDFS.seeAlso, m.createResource(Bibliography.PUBMED + e.pmid() + "/"));
        }
        if (!e.matchEvidence().isEmpty()) {
            m.add(r, MSCKG.matchEvidence, e.matchEvidence());
        }
        if (!e.sourceUrl().isEmpty()) {
            m.add(r, MSCKG.matchSource, e.sourceUrl());
        }
    }

    /** "First author et al. Year. Title. Journal volume(issue):pages." */
    static String citation(Entry e) {
        StringBuilder s = new StringBuilder(e.firstAuthor())
                .append(" et al. ")
                .append(e.year())
                .append(". ");
        s.append(e.title());
        if (!e.title().endsWith(".")) {
            s.append('.');
        }
        if (!e.journal().isEmpty()) {
            s.append(' ').append(e.journal());
            if (!e.volumePages().isEmpty()) {
                s.append(' ').append(e.volumePages());
            }
            s.append('.');
        }
        return s.toString();
    }
}
