package org.msckg.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** How many rows a SPARQL JSON result holds. */
final class ResultCount {
    private ResultCount() {}

    static int ofJson(String body) {
        var rs = ResultSetMgr.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }
}
