package org.msckg.query.terms;

import java.util.Optional;

/**
 * A cited reference as pages show it: its label ([64]), "first author year, title" when the work is
 * identified, its DOI and PubMed links, whether the identification rests on less evidence
 * (lowerConfidence), and the printed range ([4-7]) when the text cannot split it.
 */
public record Citation(
        String curie,
        String label,
        boolean identified,
        String display,
        Optional<String> doiUrl,
        Optional<String> pubmedUrl,
        boolean lowerConfidence,
        Optional<String> citedInRange) {}
