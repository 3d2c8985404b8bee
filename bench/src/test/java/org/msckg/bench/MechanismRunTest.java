package org.msckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.build.ProjectLayout;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.NamedQueryCatalog;

class MechanismRunTest {
    @Test
    void theMechanismQueriesAreThoseThatReadTheChainClosure() {
        List<String> mechanism =
                NamedQueryCatalog.load(new ProjectLayout(Fixtures.projectRoot()).queriesDir()).all().stream()
                        .filter(MechanismRun::mechanism)
                        .map(NamedQuery::name)
                        .sorted()
                        .toList();
        assertEquals(
                List.of(
                        "mechanism-kidney-disease-pathways",
                        "mechanism-products-to-angiogenesis",
                        "p12-exosome-chain-to-bone-loss",
                        "p23-mechanism-of-intestinal-repair"),
                mechanism,
                "mechanism-secreted-factors-and-effects reads claims, not the closure");
    }
}
