package org.msckg.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.msckg.curate.Citations;
import org.msckg.curate.Directive;
import org.msckg.curate.TsvTable;

/**
 * Copies of curated claim rows with the same shape: copy k renames every claim ID, maps the terms
 * the rows point at through a permutation of the curated terms of the same prefix (so the copy's
 * chains still join and every term is a real one), cites references of its own (reference n of the
 * original becomes n + (k - 1) x the review's last reference, so claims that share a study in the
 * original share one in the copy, and no study grows with the factor) and quotes synthetic
 * sentences, one per distinct sentence of the original, that {@link #review(int)} lists.
 */
final class ClaimMultiplier {
    private static final Set<String> FIXED_PREFIXES = Set.of("msckg", "claim", "protocol", "ref");

    private final long seed;
    private final int lastReference;
    private final Map<TsvTable, List<Directive>> directives = new IdentityHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, List<String>> termsByPrefix = new TreeMap<>();
    private final Map<String, Integer> sentenceIndex = new LinkedHashMap<>();

    ClaimMultiplier(List<TsvTable> tables, int lastReference, long seed) {
        this.seed = seed;
        this.lastReference = lastReference;
        Map<String, Set<String>> terms = new TreeMap<>();
        for (TsvTable t : tables) {
            List<Directive> ds = t.directives().stream()
                    .map(d -> Directive.parse(d)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    "MSCKG-SYN-003 %s: '%s' is not a directive".formatted(t.file(), d))))
                    .toList();
            directives.put(t, ds);
            for (TsvTable.Row row : t.rows()) {
                for (int c = 0; c < ds.size(); c++) {
                    Directive d = ds.get(c);
                    String cell = row.cell(c);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    switch (d.kind()) {
                        case ID -> ids.add(cell);
                        case SUBJECT, OBJECT, AI -> {
                            List<String> values = d.values(cell);
                            values.forEach(v -> terms.computeIfAbsent(prefix(v), k -> new TreeSet<>())
                                    .add(v));
                            recordLabels(values, ds, row, c);
                        }
                        case EVIDENCE ->
                            d.values(cell).forEach(s -> sentenceIndex.putIfAbsent(s, sentenceIndex.size()));
                        default -> {}
                    }
                }
            }
        }
        terms.forEach((prefix, values) -> {
            values.removeAll(ids);
            if (!FIXED_PREFIXES.contains(prefix) && !values.isEmpty()) {
                termsByPrefix.put(prefix, List.copyOf(values));
            }
        });
    }

    private void recordLabels(List<String> values, List<Directive> ds, TsvTable.Row row, int c) {
        if (c + 1 < ds.size() && ds.get(c + 1).kind() == Directive.Kind.IGNORE) {
            String[] names = row.cell(c + 1).split("\\|");
            if (names.length == values.size()) {
                for (int i = 0; i < names.length; i++) {
                    labels.putIfAbsent(values.get(i), names[i].trim());
                }
            }
        }
    }

    /** Copy number {@code copy} (from 1) of every row of the table, cell by cell. */
    List<List<String>> copy(TsvTable table, int copy) {
        Map<String, String> terms = permutation(copy);
        List<Directive> ds = directives.get(table);
        List<List<String>> rows = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            List<String> mapped = List.of();
            for (int c = 0; c < ds.size(); c++) {
                Directive d = ds.get(c);
                String cell = row.cell(c);
                List<String> previous = mapped;
                mapped = List.of();
                if (cell.isEmpty()) {
                    cells.add(cell);
                    continue;
                }
                switch (d.kind()) {
                    case ID -> cells.add(renamed(cell, copy));
                    case SUBJECT, OBJECT, AI -> {
                        mapped = d.values(cell).stream()
                                .map(v -> ids.contains(v) ? renamed(v, copy) : terms.getOrDefault(v, v))
                                .toList();
                        cells.add(String.join("|", mapped));
                    }
                    case IGNORE ->
                        cells.add(
                                previous.isEmpty() || !previous.stream().allMatch(labels::containsKey)
                                        ? cell
                                        : previous.stream().map(labels::get).collect(Collectors.joining("|")));
                    case CITE -> cells.add(citation(cell, copy));
                    case EVIDENCE ->
                        cells.add(d.values(cell).stream()
                                .map(s -> sentence(copy, sentenceIndex.get(s), s))
                                .collect(Collectors.joining("|")));
                    default -> cells.add(cell);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The synthetic review: every sentence the copies 1 to {@code copies} quote, one per line, and a
     * line per copy that cites its references, so the review's last reference covers them all.
     */
    List<String> review(int copies) {
        List<String> lines = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            for (var e : sentenceIndex.entrySet()) {
                lines.add(sentence(copy, e.getValue(), e.getKey()));
            }
            lines.add("Synthetic copy %d cites references [%d-%d]."
                    .formatted(copy, shifted(1, copy), shifted(lastReference, copy)));
        }
        return lines;
    }

    /** The original's words in an order of this copy's own, numbered so that no two sentences are alike. */
    private String sentence(int copy, int index, String original) {
        List<String> words = new ArrayList<>(
                List.of(original.replaceAll("[\\[\\]|]", " ").trim().split("\\s+")));
        Collections.shuffle(words, new Random(seed * 17 + copy * 7_919L + index));
        return "Synthetic finding %d.%d: %s.".formatted(copy, index + 1, String.join(" ", words));
    }

    private Map<String, String> permutation(int copy) {
        Random random = new Random(seed + copy);
        Map<String, String> map = new HashMap<>();
        termsByPrefix.forEach((prefix, values) -> {
            List<String> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < values.size(); i++) {
                map.put(values.get(i), shuffled.get(i));
            }
        });
        return map;
    }

    private String citation(String original, int copy) {
        List<Integer> numbers = Citations.parse(original).orElse(List.of(Citations.REVIEW));
        if (numbers.contains(Citations.REVIEW)) {
            return "[review]";
        }
        return numbers.stream().map(n -> String.valueOf(shifted(n, copy))).collect(Collectors.joining(",", "[", "]"));
    }

    private int shifted(int reference, int copy) {
        return reference + (copy - 1) * lastReference;
    }

    private static String renamed(String id, int copy) {
        return id + "-s" + copy;
    }

    private static String prefix(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? "" : curie.substring(0, colon);
    }
}
