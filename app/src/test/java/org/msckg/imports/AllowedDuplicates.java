package org.msckg.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ontology/imports/duplicates-allowed.tsv: project terms that may share a name with an external
 * term, each with the reason. Columns: project ID, project name, external ID, external label, reason.
 */
public final class AllowedDuplicates {
    private AllowedDuplicates() {}

    public record Entry(int line, String projectId, String externalId, String reason) {}

    public static List<Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            entries.add(new Entry(
                    i + 1,
                    cells[0].trim(),
                    cells.length > 2 ? cells[2].trim() : "",
                    cells.length > 4 ? cells[4].trim() : ""));
        }
        return entries;
    }

    public static boolean allows(List<Entry> entries, LinkCheck.Duplicate d) {
        return entries.stream()
                .anyMatch(e -> e.projectId().equals(d.projectId())
                        && e.externalId().equals(d.externalId())
                        && !e.reason().isEmpty());
    }
}
