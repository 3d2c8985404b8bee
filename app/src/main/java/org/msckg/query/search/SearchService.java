package org.msckg.query.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
