package org.msckg.query.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.msckg.query.BadRequest;
import org.msckg.query.terms.Ref;
import org.msckg.query.terms.Term;
import org.msckg.query.terms.TermIndex;
import org.msckg.vocab.Prefixes;

/**
 * Finds entities by CURIE, label, synonym or abbreviation. Ranked: the exact CURIE, then exact
 * names, then names that start with the text, then names with a word that starts with it, then
 * names that contain it; ties go to what more claims are about, then to the shorter name.
 */
public final class SearchService {
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LABELS = 100;
    /** The score of a synonym equal to the text; a label equal to it scores 100. */
    private static final int EXACT_SYNONYM = 95;

    private final TermIndex terms;

    public SearchService(TermIndex terms) {
        this.terms = terms;
    }

    /** @param matched the name (label, synonym or CURIE) that matched */
    public record Hit(String curie, String iri, String label, String kind, String matched, int score) {}

    /** The text to search for is missing or too long. */
    public static final class BadQuery extends RuntimeException {
        BadQuery(String message) {
            super(message);
        }
    }

    public List<Hit> search(String text, int limit) {
        String q = text == null ? "" : text.trim();
        if (q.isEmpty()) {
            throw new BadQuery(
                    "parameter 'q' is required: a label, synonym, abbreviation or CURIE, e.g. iPSC-MSC or CL:0000134");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadQuery("parameter 'q' is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        String needle = normalize(q);
        Optional<String> curieIri = Prefixes.expand(q);
        List<Hit> hits = new ArrayList<>();
        for (Term t : terms.all()) {
            if (curieIri.filter(t.iri()::equals).isPresent()) {
                hits.add(hit(t, t.curie(), 1000));
                continue;
            }
            int best = score(needle, t.label(), 0);
            String matched = t.label();
            for (String synonym : t.synonyms()) {
                int s = score(needle, synonym, 5);
                if (s > best) {
                    best = s;
                    matched = synonym;
                }
            }
            if (best > 0) {
                hits.add(hit(t, matched, best));
            }
        }
        curieIri.filter(iri -> terms.get(iri).isEmpty() && terms.knows(iri))
                .ifPresent(iri -> hits.add(new Hit(Prefixes.shorten(iri), iri, "", terms.kind(iri), q, 1000)));
        hits.sort(Comparator.comparingInt(Hit::score)
                .reversed()
                .thenComparing(Comparator.comparingInt(
                                (Hit h) -> terms.get(h.iri()).map(Term::claims).orElse(0))
                        .reversed())
                .thenComparingInt(h -> h.matched().length())
                .thenComparing(Hit::curie));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /**
     * The entity a CURIE, label, synonym or abbreviation names: the CURIE's entity, else the entity
     * whose name equals the text (case, hyphens and a plural "s" aside; the one more claims are
     * about when several do).
     */
    public Optional<Hit> resolve(String text) {
        if (text == null || text.isBlank() || text.trim().length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        return search(text, 1).stream().filter(h -> h.score() >= EXACT_SYNONYM).findFirst();
    }

    /**
     * The CURIE a request parameter means: a CURIE as it is (the service that uses it checks it),
     * else the CURIE of the entity the name names.
     *
     * @throws BadRequest when no entity has that name, with the near matches, or when several have it
     *     equally (two labels, or two synonyms), with their CURIEs
     */
    public String curie(String parameter, String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || Prefixes.expand(value).isPresent()) {
            return value;
        }
        Optional<Hit> named = resolve(value);
        named.ifPresent(best -> {
            List<Hit> equally = search(value, DEFAULT_LIMIT).stream()
                    .filter(h -> h.score() == best.score())
                    .toList();
            if (equally.size() > 1) {
                throw new BadRequest(
                        "parameter '%s': '%s' names several entities (%s); give the CURIE of the one you mean"
                                .formatted(
                                        parameter,
                                        value,
                                        equally.stream()
                                                .map(h -> h.label() + " " + h.curie())
                                                .collect(Collectors.joining(", "))),
                        false);
            }
        });
        return named.map(Hit::curie).orElseThrow(() -> {
            List<String> near = nearMatches(value, 3).stream().map(Hit::matched).toList();
            return new BadRequest(
                    ("parameter '%s': '%s' is not a CURIE with a known prefix, and no entity is named so%s;"
                                    + " give a CURIE or search at /search?q=%s")
                            .formatted(
                                    parameter,
                                    value,
                                    near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)",
                                    value),
                    false);
        });
    }

    /**
     * Names close to a text that matches nothing (a typo, a spelling variant): at most {@code limit}
     * entities whose label or synonym is within a few edits of it, closest first.
     */
    public List<Hit> nearMatches(String text, int limit) {
        String needle = normalize(text == null ? "" : text);
        if (needle.isEmpty() || needle.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        int threshold = Math.max(2, needle.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        List<Hit> hits = new ArrayList<>();
        for (Term t : terms.all()) {
            Stream.concat(Stream.of(t.label()), t.synonyms().stream())
                    .map(name -> new Hit(
                            t.curie(), t.iri(), t.label(), t.kind(), name, distance.apply(needle, normalize(name))))
                    .filter(h -> h.score() >= 0)
                    .min(Comparator.comparingInt(Hit::score))
                    .ifPresent(hits::add);
        }
        hits.sort(Comparator.comparingInt(Hit::score)
                .thenComparing(Comparator.comparingInt(
                                (Hit h) -> terms.get(h.iri()).map(Term::claims).orElse(0))
                        .reversed())
                .thenComparing(Hit::curie));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** The CURIE and label of each IRI the graph knows (at most {@code MAX_LABELS} of them); others are left out. */
    public Map<String, Ref> labels(Collection<String> iris) {
        Map<String, Ref> out = new LinkedHashMap<>();
        iris.stream().distinct().limit(MAX_LABELS).filter(terms::knows).forEach(iri -> out.put(iri, terms.ref(iri)));
        return out;
    }

    /** The entities of one kind (as the home page counts them: those curated claims are about), by label. */
    public List<Hit> ofKind(String kind) {
        return terms.all().stream()
                .filter(t -> t.kind().equals(kind) && t.claims() > 0)
                .sorted(Comparator.comparing((Term t) -> t.label().toLowerCase(Locale.ROOT)))
                .map(t -> hit(t, t.label(), 0))
                .toList();
    }

    private static Hit hit(Term t, String matched, int score) {
        return new Hit(t.curie(), t.iri(), t.label(), t.kind(), matched, score);
    }

    /** Higher is better; 0 is no match. A synonym ranks just below a label that matches as well. */
    private static int score(String needle, String name, int synonymPenalty) {
        String n = normalize(name);
        int s;
        if (n.equals(needle) || singular(n).equals(singular(needle))) {
            s = 100;
        } else if (n.startsWith(needle)) {
            s = 80;
        } else if ((" " + n).contains(" " + needle)) {
            s = 60;
        } else if (n.contains(needle)) {
            s = 40;
        } else {
            return 0;
        }
        return s - synonymPenalty;
    }

    /** Case, hyphens and runs of spaces do not matter: "BM MSC" finds "BM-MSCs". */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_/]+", " ").trim();
    }

    private static String singular(String s) {
        return s.endsWith("s") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
    }
}
