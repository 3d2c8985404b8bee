package org.msckg.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msckg.query.entity.EntityView.Statement;
import org.msckg.query.terms.Ref;

/** What reasoning adds about an entity, one row per relation. */
public record InferredRow(Ref predicate, List<Statement> values) {
    static List<InferredRow> of(List<Statement> statements) {
        Map<Ref, List<Statement>> rows = new LinkedHashMap<>();
        statements.forEach(
                s -> rows.computeIfAbsent(s.predicate(), k -> new ArrayList<>()).add(s));
        return rows.entrySet().stream()
                .map(e -> new InferredRow(e.getKey(), e.getValue()))
                .toList();
    }
}
