package org.msckg.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msckg.query.entity.EntityView.ClaimView;
import org.msckg.query.terms.Ref;

/** The findings of one page that share a relation (the service sorts them by relation). */
public record FindingGroup(Ref relation, List<ClaimView> claims) {
    static List<FindingGroup> of(List<ClaimView> claims) {
        Map<Ref, List<ClaimView>> groups = new LinkedHashMap<>();
        claims.forEach(c ->
                groups.computeIfAbsent(c.predicate(), k -> new ArrayList<>()).add(c));
        return groups.entrySet().stream()
                .map(e -> new FindingGroup(e.getKey(), e.getValue()))
                .toList();
    }
}
