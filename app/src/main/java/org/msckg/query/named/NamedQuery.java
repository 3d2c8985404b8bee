package org.msckg.query.named;

import java.util.List;

/**
 * A query of queries/*.rq. Its header gives {@code #+ summary:}, {@code #+ description:} and one
 * {@code #+ param: NAME TYPE DEFAULT description} per parameter; the query binds a parameter as
 * the variable {@code ?_NAME}.
 */
public record NamedQuery(String name, String summary, String description, List<Parameter> parameters, String text) {
    /** The request parameter that picks a page of the answer, so no query's parameter may be named so. */
    public static final String OFFSET = "offset";

    public enum Type {
        CURIE,
        STRING,
        INTEGER
    }

    public record Parameter(String name, Type type, String defaultValue, String description) {}
}
