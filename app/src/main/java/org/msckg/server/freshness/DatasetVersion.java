package org.msckg.server.freshness;

import java.util.Map;
import java.util.Optional;
import org.msckg.build.BuildRecord;
import org.msckg.store.QueryService;

/**
 * Which build the served dataset holds: the source checksum its build graph records, read on every
 * call, so that a dataset replaced underneath (a remote store rebuilt) is noticed at once.
 */
public final class DatasetVersion {
    private final QueryService source;

    public DatasetVersion(QueryService source) {
        this.source = source;
    }

    public Optional<String> checksum() {
        return source.select(BuildRecord.CHECKSUM, Map.of(), BuildRecord::readChecksum);
    }

    /** The entity tag of every response derived from this dataset: weak, as several representations share it. */
    public Optional<String> etag() {
        return checksum().map(c -> "W/\"" + c + "\"");
    }

    /** Whether an If-None-Match header names this tag (or is *); weak comparison, as RFC 9110 asks for it. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
