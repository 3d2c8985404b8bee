package org.msckg.query.terms;

/**
 * A cited reference as pages and the JSON API show it: its label ([64]), "first author year, title"
 * when the work is identified (else a sentence saying it is not), its DOI and PubMed links (empty when
 * unknown), whether the identification rests on less evidence (lowerConfidence), and the printed range
 * ([4-7]) when the review cites it only inside a range it cannot split (empty otherwise).
 */
public record Citation(
        String curie,
        String label,
        boolean identified,
        String display,
        String doiUrl,
        String pubmedUrl,
        boolean lowerConfidence,
        String citedInRange) {

    /** A cited IRI the graph has no reference record for: it says so rather than inventing one. */
    static Citation unrecorded(String curie, String label) {
        String name = label.isEmpty() ? curie : label;
        return new Citation(curie, name, false, "the graph has no record of the cited work", "", "", false, "");
    }
}
