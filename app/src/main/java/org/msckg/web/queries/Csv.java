package org.msckg.web.queries;

import java.util.stream.Collectors;
import org.msckg.query.named.QueryRunner;

/** Query results as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they need it. */
final class Csv {
    private Csv() {}

    static String of(QueryRunner.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.columns().stream().map(Csv::field).collect(Collectors.joining(",")))
                .append("\r\n");
        r.rows()
                .forEach(row -> sb.append(r.columns().stream()
                                .map(c -> field(row.getOrDefault(c, "")))
                                .collect(Collectors.joining(",")))
                        .append("\r\n"));
        return sb.toString();
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
