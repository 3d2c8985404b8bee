package org.msckg.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A curated TSV file: header row, directive row, data rows with their line numbers. */
public record TsvTable(Path file, List<String> headers, List<String> directives, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }
    }

    public static TsvTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new CurationException("MSCKG-CUR-001", file, 0, 0, "file", "is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.size() < 2) {
            throw new CurationException(
                    "MSCKG-CUR-002",
                    file,
                    lines.size() + 1,
                    1,
                    "header",
                    "a table needs a header row and a directive row");
        }
        List<String> headers = List.of(lines.get(0).split("\t", -1));
        List<String> directives = List.of(lines.get(1).split("\t", -1));
        if (directives.size() != headers.size()) {
            throw new CurationException(
                    "MSCKG-CUR-003",
                    file,
                    2,
                    Math.min(headers.size(), directives.size()) + 1,
                    "directive",
                    "the directive row has %d cells, the header %d".formatted(directives.size(), headers.size()));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(text.split("\t", -1));
            if (cells.size() > headers.size()) {
                throw new CurationException(
                        "MSCKG-CUR-004",
                        file,
                        i + 1,
                        headers.size() + 1,
                        "row",
                        "%d cells, but the header has %d columns (a tab inside a cell?)"
                                .formatted(cells.size(), headers.size()));
            }
            rows.add(new Row(i + 1, cells));
        }
        return new TsvTable(file, headers, directives, rows);
    }
}
