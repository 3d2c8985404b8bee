package org.msckg.query.named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/** The named queries of a folder, parsed once, by name (the file name without .rq). */
public final class NamedQueryCatalog {
    private static final Pattern HEADER = Pattern.compile("^#\\+\\s*(\\w+):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s+(curie|string|integer)\\s+(\\S+)\\s*(.*)");

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** The queries of the folder; none when there is no such folder. */
    public static NamedQueryCatalog load(Path dir) {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return new NamedQueryCatalog(queries);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                NamedQuery q = parse(f);
                queries.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named queries in " + dir, e);
        }
        return new NamedQueryCatalog(queries);
    }

    static NamedQuery parse(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String summary = "";
        StringBuilder description = new StringBuilder();
        List<NamedQuery.Parameter> params = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            var m = HEADER.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "summary" -> summary = m.group(2).trim();
                case "description" ->
                    description
                            .append(description.length() > 0 ? " " : "")
                            .append(m.group(2).trim());
                case "param" -> {
                    var p = PARAM.matcher(m.group(2).trim());
                    if (!p.matches()) {
                        throw new IllegalArgumentException(
                                "MSCKG-QRY-001 %s:%d: '#+ param:' needs NAME TYPE(curie|string|integer) DEFAULT description"
                                        .formatted(file, lineNo));
                    }
                    if (p.group(1).equals(NamedQuery.OFFSET)) {
                        throw new IllegalArgumentException(
                                "MSCKG-QRY-004 %s:%d: a parameter may not be named '%s': the API and pages page answers with it"
                                        .formatted(file, lineNo, NamedQuery.OFFSET));
                    }
                    params.add(new NamedQuery.Parameter(
                            p.group(1), NamedQuery.Type.valueOf(p.group(2).toUpperCase()), p.group(3), p.group(4)));
                }
                default -> {}
            }
        }
        if (summary.isEmpty()) {
            throw new IllegalArgumentException(
                    "MSCKG-QRY-002 %s: a named query needs a '#+ summary:' line".formatted(file));
        }
        try {
            QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("MSCKG-QRY-003 %s: %s".formatted(file, e.getMessage()), e);
        }
        return new NamedQuery(name, summary, description.toString(), List.copyOf(params), text);
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
