package org.msckg.web.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msckg.query.named.NamedQuery;

class RequestArgumentsTest {
    private static final NamedQuery QUERY = new NamedQuery(
            "q",
            "summary",
            "",
            List.of(
                    new NamedQuery.Parameter("cell", NamedQuery.Type.CURIE, "MSCKG:0000002", "the cell"),
                    new NamedQuery.Parameter("limit", NamedQuery.Type.INTEGER, "10", "rows")),
            "SELECT * WHERE {}");

    private static final RequestArguments WITHOUT_NAMES = new RequestArguments(() -> {
        throw new IllegalStateException("the names were looked up");
    });

    @Test
    void curiesAndOtherParametersNeedNoNames() {
        Map<String, String> args = Map.of("cell", "MSCKG:0000004", "limit", "5");
        assertEquals(args, WITHOUT_NAMES.resolved(QUERY, args));
        assertEquals(Map.of("limit", "5"), WITHOUT_NAMES.resolved(QUERY, Map.of("limit", "5")));
    }

    @Test
    void aNameIsLookedUp() {
        var e = assertThrows(
                IllegalStateException.class, () -> WITHOUT_NAMES.resolved(QUERY, Map.of("cell", "iPSC-MSC")));
        assertEquals("the names were looked up", e.getMessage());
    }
}
