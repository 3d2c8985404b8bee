package org.msckg.query.entity;

import java.util.List;
import org.msckg.query.terms.Citation;
import org.msckg.query.terms.Ref;

/**
 * Everything the graph says about one entity, asserted and inferred kept apart.
 *
 * @param reference the bibliographic record when the entity is a reference (ref:N, ref:review), else null
 * @param cites what the entity cites when it is a claim, with its bibliographic records
 * @param citedAs the claim's citation as printed when it is a range ([4-7]), else empty
 * @param claims the curated claims that name the entity, with their evidence: one page of those the filter lets through
 * @param findings how many claims the filter lets through, the page, and the facets to filter by
 * @param asserted other statements with the entity as subject, in the ontology, imports and asserted graphs
 * @param incoming statements of the asserted graph (not claims) with the entity as object
 * @param inferred what reasoning added with the entity as subject, apart from its place in the hierarchy
 * @param chains mechanism chains materialized from the entity, with the claims they rest on
 */
public record EntityView(
        String curie,
        String iri,
        String label,
        String kind,
        String definition,
        List<String> synonyms,
        List<Link> externalIds,
        Citation reference,
        List<Citation> cites,
        String citedAs,
        Hierarchy hierarchy,
        List<ClaimView> claims,
        Findings findings,
        List<Statement> asserted,
        List<Statement> incoming,
        List<Statement> inferred,
        List<ChainView> chains) {

    public record Link(String id, String href) {}

    /** @param value an entity, or null for a literal */
    public record Statement(Ref subject, Ref predicate, Ref value, String literal) {}

    /** @param parents direct superclasses as stated; restrictions as "relation some filler" */
    public record Hierarchy(
            List<Ref> types,
            List<Ref> parents,
            List<Restriction> restrictions,
            List<Ref> ancestors,
            List<Ref> children) {}

    public record Restriction(Ref relation, Ref filler) {}

    /**
     * @param role how the claim names the entity: subject, object, context, model, comparator, organism, citation
     * @param citedAs the citation as the review prints it when it is a range ([4-7]), else empty
     */
    public record ClaimView(
            Ref claim,
            String kind,
            String role,
            Ref subject,
            Ref predicate,
            Ref object,
            List<Citation> citations,
            String citedAs,
            List<String> evidence,
            String section,
            List<Ref> organisms,
            List<Ref> contexts,
            List<Ref> models,
            String contextNote,
            Ref studyType,
            Ref certainty,
            Ref direction,
            Ref comparator,
            Ref comparison,
            String curationNote) {}

    public record ChainView(
            String chain, String sign, Ref predicate, Ref object, List<Ref> restsOn, List<Citation> citations) {}
}
