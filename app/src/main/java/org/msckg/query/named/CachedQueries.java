package org.msckg.query.named;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.msckg.server.freshness.DatasetVersion;
import org.msckg.server.limits.Limits;

/**
 * Named-query results kept in memory, keyed by the dataset's checksum as well as the query and its
 * arguments: a result read from one build is never served for another. When the checksum changes
 * the old entries are dropped; the least recently used go when the cache is full.
 */
public final class CachedQueries {
    private final QueryRunner runner;
    private final DatasetVersion version;
    private final int capacity;
    private final Map<Key, QueryRunner.Result> results;
    private String lastChecksum;

    private record Key(String checksum, String query, Map<String, String> arguments, long offset) {}

    public CachedQueries(QueryRunner runner, DatasetVersion version, int capacity) {
        this.runner = runner;
        this.version = version;
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, QueryRunner.Result> eldest) {
                return size() > capacity;
            }
        };
    }

    public Limits limits() {
        return runner.limits();
    }

    public NamedQueryCatalog catalog() {
        return runner.catalog();
    }

    public QueryRunner.Result run(String name, Map<String, String> arguments) {
        return run(name, arguments, 0);
    }

    /** The page of the answer that starts at its row {@code offset}. */
    public QueryRunner.Result run(String name, Map<String, String> arguments, long offset) {
        if (capacity == 0) {
            return runner.run(name, arguments, offset);
        }
        Optional<String> checksum = version.checksum();
        if (checksum.isEmpty()) {
            return runner.run(name, arguments, offset);
        }
        Key key = new Key(checksum.get(), name, new TreeMap<>(arguments), offset);
        synchronized (results) {
            if (!checksum.get().equals(lastChecksum)) {
                results.clear();
                lastChecksum = checksum.get();
            }
            QueryRunner.Result cached = results.get(key);
            if (cached != null) {
                return cached;
            }
        }
        QueryRunner.Result fresh = runner.run(name, arguments, offset);
        synchronized (results) {
            if (checksum.get().equals(lastChecksum)) {
                results.put(key, fresh);
            }
        }
        return fresh;
    }
}
