package org.msckg.curate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a column of a curated table turns into: see docs/curation.md. */
public record Directive(Kind kind, Optional<String> property, Optional<String> datatype, boolean split) {

    public enum Kind {
        ID,
        LABEL,
        TYPE,
        SC,
        SOME,
        A,
        AI,
        AT,
        Q,
        SUBJECT,
        PREDICATE,
        OBJECT,
        CITE,
        EVIDENCE,
        IGNORE
    }

    private static final Pattern SPLIT = Pattern.compile("\\s+SPLIT=\\|\\s*$");

    /** Parses a directive cell; empty when it is not one. */
    public static Optional<Directive> parse(String text) {
        String t = text.trim();
        boolean split = SPLIT.matcher(t).find();
        t = SPLIT.matcher(t).replaceFirst("");
        if (t.equals(">") || t.isEmpty()) {
            return Optional.of(new Directive(Kind.IGNORE, Optional.empty(), Optional.empty(), false));
        }
        List<String> parts = List.of(t.split("\\s+"));
        Kind kind;
        try {
            kind = Kind.valueOf(parts.get(0));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int arity = switch (kind) {
            case A, AI, Q -> 2;
            case AT -> 3;
            default -> 1;
        };
        if (parts.size() != arity) {
            return Optional.empty();
        }
        return Optional.of(new Directive(
                kind,
                arity > 1 ? Optional.of(parts.get(1)) : Optional.empty(),
                arity > 2 ? Optional.of(parts.get(2)) : Optional.empty(),
                split || kind == Kind.EVIDENCE));
    }

    public List<String> values(String cell) {
        if (!split) {
            return List.of(cell);
        }
        return Pattern.compile("\\|")
                .splitAsStream(cell)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
