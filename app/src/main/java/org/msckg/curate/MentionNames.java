package org.msckg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;

/**
 * The names the review gives imported terms (ontology/imports/mentions.tsv: mention, CURIE, IRI, ...)
 * as related synonyms, so that "BM-MSCs" and "bone marrow-MSCs" find the CL class they were mapped to.
 * A mention "name (ABBR)" gives both the name and the abbreviation.
 */
public final class MentionNames {
    public static final Property RELATED_SYNONYM = ModelFactory.createDefaultModel()
            .createProperty("http://www.geneontology.org/formats/oboInOwl#hasRelatedSynonym");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}\\p{N}+\\-]*\\p{L}[\\p{L}\\p{N}+\\-]*");

    private MentionNames() {}

    /** @return an empty model when the project has no mentions table */
    public static Model read(Path mentions) {
        Model m = ModelFactory.createDefaultModel();
        if (!Files.exists(mentions)) {
            return m;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(mentions, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mentions, e);
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 || cells[2].isBlank() || !cells[2].startsWith("http")) {
                continue;
            }
            String label = cells[3].trim();
            for (String name : names(cells[0])) {
                if (!name.equalsIgnoreCase(label)) {
                    m.add(m.createResource(cells[2].trim()), RELATED_SYNONYM, name);
                }
            }
        }
        return m;
    }

    static Set<String> names(String mention) {
        Set<String> names = new LinkedHashSet<>();
        Matcher inner = PARENTHESIS.matcher(mention);
        while (inner.find()) {
            String abbreviation = inner.group(1).trim();
            if (ABBREVIATION.matcher(abbreviation).matches() && abbreviation.length() >= 2) {
                names.add(abbreviation);
            }
        }
        String plain = PARENTHESIS
                .matcher(mention)
                .replaceAll("")
                .replaceAll("\\s+", " ")
                .trim();
        if (!plain.isEmpty()) {
            names.add(plain);
        }
        return names;
    }
}
