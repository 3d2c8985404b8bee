package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.StoredGraph;
import org.msckg.build.ProjectLayout;
import org.msckg.server.admin.AdminPassword;
import org.msckg.server.limits.Limits;
import org.msckg.server.limits.RequestLimitFilter;
import org.msckg.vocab.NamedGraphs;

/**
 * Thousands of generated and mutated requests with a fixed seed: broken and mutated SPARQL, huge
 * literals, deep nesting, invalid UTF-8, path traversal, random API parameters and methods,
 * mutated Authorization headers on the admin routes, bodies sent slowly or cut short. None may get
 * a 5xx, show a stack trace, leak a file or outlast the query timeout (a slow body: its deadline);
 * /health answers after.
 */
class FuzzIT {
    private static final long SEED = 20261124L;
    private static final int REQUESTS = 2400;
    /** Long enough that the seed queries finish on a loaded 2-core machine; runaway ones still stop. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX msckg: <https://w3id.org/msckg/schema/>
            """;
    private static final List<String> SEED_QUERIES = List.of(
            "SELECT * WHERE { GRAPH <" + NamedGraphs.BUILD.iri() + "> { ?s ?p ?o } } LIMIT 10",
            "ASK { GRAPH ?g { ?s a msckg:Claim } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + NamedGraphs.BUILD.iri() + "> { ?s ?p ?o } }",
            "SELECT ?c (COUNT(*) AS ?n) WHERE { GRAPH <" + NamedGraphs.ASSERTED.iri()
                    + "> { ?c msckg:citation ?r } } GROUP BY ?c ORDER BY DESC(?n) LIMIT 5",
            "DESCRIBE <https://w3id.org/msckg/ref/64>",
            "SELECT ?l WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER(REGEX(?l, \"stem\", \"i\")) } } LIMIT 20",
            "SELECT ?x WHERE { GRAPH <" + NamedGraphs.ONTOLOGY.iri() + "> { ?x rdfs:subClassOf* ?y } } LIMIT 50",
            "SELECT * WHERE { VALUES ?x { 1 2 3 } BIND(?x * 2 AS ?y) FILTER(?y > 2) }",
            "SELECT ?s WHERE { GRAPH <" + NamedGraphs.ASSERTED.iri()
                    + "> { ?s msckg:evidence ?e OPTIONAL { ?s msckg:citation ?r } } } LIMIT 7",
            "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
    private static final String[] TOKENS = {
        "{",
        "}",
        "(",
        ")",
        ".",
        ";",
        ",",
        "?",
        "?x",
        "<",
        ">",
        "\"",
        "'",
        "\"\"\"",
        "FILTER",
        "OPTIONAL",
        "UNION",
        "GRAPH",
        "SELECT",
        "*",
        "\\",
        "\u0000",
        "é",
        "\uD83D\uDE00",
        "%",
        "#",
        " ",
        "LIMIT -1",
        "OFFSET 99999999999999999999",
        "^^",
        "@en",
        "_:b",
        "[]",
        "a",
        "MINUS",
        "NOT EXISTS",
        "BIND(",
        "AS",
        "VALUES",
        "SERVICE <http://127.0.0.1:9/x>",
        "<file:///etc/passwd>",
        "1e999999",
        "\"\\u0000\"",
        "REGEX(",
        "COUNT(",
        "GROUP BY",
        "ORDER BY",
        "HAVING",
        "+",
        "/",
        "|",
        "^",
        "!",
        "&&",
        "||"
    };
    private static final String[] TRAVERSALS = {
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/api/queries/..%2f..%2fpom.xml",
        "/api/queries/%2e%2e%2f%2e%2e%2fpom.xml",
        "/api/queries/../../pom.xml",
        "/static/../../pom.xml",
        "//etc/passwd",
        "/./health",
        "/sparql/../../pom.xml",
        "/%2e%2e%5c%2e%2e%5cpom.xml",
        "/api/queries/....//....//pom.xml",
        "/pom.xml",
        "/ontology/msckg.ttl",
        "/fuseki-config/msckg.ttl",
        "/.git/config",
        "/sparql/..%2f..%2f..%2fetc/passwd",
        "/api/%2e%2e/%2e%2e/pom.xml",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/api/queries/%252e%252e%252fpom.xml",
        "/health/..;/..;/pom.xml",
        "/$%7Bjndi:ldap://127.0.0.1/x%7D"
    };
    private static final String[] BAD_UTF8 = {
        "%C3%28", "%FF%FE", "%E2%82", "%C0%AF", "%ED%A0%80", "%F8%88%80%80%80", "%80", "%ZZ", "%", "%0"
    };
    private static final String[] LEAKS = {
        "root:x:0:0", "<project", "[core]", "fuseki:Service", "msckg:Claim a owl:Class"
    };
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"
    };

    @TempDir
    static Path data;

    @TempDir
    static Path adminData;

    private static final String ADMIN_PASSWORD = "fuzz admin password 1";
    private static final String[] AUTH_SCHEMES = {
        "Basic", "basic", "BASIC", "Bearer", "Digest", "", "Basic  ", "Basic\t"
    };
    private static final String[] AUTH_PAYLOADS = {
        "admin:wrong", "admin", ":", "", "admin:" + "x".repeat(5000), "root:" + ADMIN_PASSWORD, "\u0000:\u0000", "é:ü"
    };

    private static MsckgServer server;
    private static RawHttp raw;

    @BeforeAll
    static void start() {
        server = Application.start(
                new ServedDataset(StoredGraph.publish(data).openCurrent().orElseThrow()),
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg.ttl")),
                Fixtures.fixture("queries"),
                Application.Options.loopback(0)
                        .with(Limits.DEFAULTS.withQueryTimeout(TIMEOUT).withMaxBodyBytes(256 * 1024))
                        .with(new Application.AdminMode(
                                new AdminPassword(ADMIN_PASSWORD),
                                new ProjectLayout(Fixtures.projectRoot()),
                                StoredGraph.publish(adminData))));
        raw = new RawHttp(server.port(), TIMEOUT.plusSeconds(8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Request(String method, String target, String contentType, byte[] body) {
        static Request get(String target) {
            return new Request("GET", target, null, null);
        }

        static Request post(String target, String contentType, String body) {
            return new Request("POST", target, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        String show() {
            String t = method + " " + target + (body == null ? "" : " [" + body.length + " bytes]");
            return t.length() > 300 ? t.substring(0, 300) + "..." : t;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String mutate(String query, Random random) {
        StringBuilder q = new StringBuilder(query);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int at = q.length() == 0 ? 0 : random.nextInt(q.length());
            switch (random.nextInt(5)) {
                case 0 -> q.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> q.delete(at, Math.min(q.length(), at + 1 + random.nextInt(12)));
                case 2 -> q.insert(at, (char) (32 + random.nextInt(95)));
                case 3 -> q.insert(at, q.substring(at, Math.min(q.length(), at + random.nextInt(20))));
                default -> q.setLength(at);
            }
        }
        return PREFIXES + q;
    }

    private static Request nextRequest(Random random) {
        String seed = SEED_QUERIES.get(random.nextInt(SEED_QUERIES.size()));
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> Request.get("/sparql?query=" + encode(mutate(seed, random)));
            case 3 ->
                Request.post(
                        "/sparql",
                        random.nextBoolean() ? "application/sparql-query" : "application/x-www-form-urlencoded",
                        random.nextBoolean() ? mutate(seed, random) : "query=" + encode(mutate(seed, random)));
            case 4 -> hugeLiteral(random);
            case 5 -> deepNesting(random);
            case 6 -> badUtf8(random);
            case 7 -> Request.get(TRAVERSALS[random.nextInt(TRAVERSALS.length)]);
            case 8 -> apiCall(random);
            default ->
                new Request(
                        METHODS[random.nextInt(METHODS.length)],
                        new String[] {
                                    "/sparql",
                                    "/sparql/query",
                                    "/sparql/get",
                                    "/api/queries",
                                    "/health",
                                    "/admin/rebuild",
                                    "/"
                                }
                                [random.nextInt(7)],
                        null,
                        null);
        };
    }

    private static Request hugeLiteral(Random random) {
        int size = new int[] {1_000, 20_000, 100_000, 1_000_000, 2_000_000}[random.nextInt(5)];
        String query = "SELECT * WHERE { ?s ?p \"" + "x".repeat(size) + "\" }";
        return size <= 20_000 && random.nextBoolean()
                ? Request.get("/sparql?query=" + encode(query))
                : Request.post("/sparql", "application/sparql-query", query);
    }

    private static Request deepNesting(Random random) {
        int depth = new int[] {10, 100, 1_000, 5_000, 50_000}[random.nextInt(5)];
        String query = switch (random.nextInt(3)) {
            case 0 -> "SELECT * WHERE " + "{".repeat(depth) + " ?s ?p ?o " + "}".repeat(depth);
            case 1 -> "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(depth) + "1" + ")".repeat(depth) + ") }";
            default -> "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(depth) + "}".repeat(depth) + " }";
        };
        return Request.post("/sparql", "application/sparql-query", query);
    }

    private static Request badUtf8(Random random) {
        String bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
        return Request.get(
                switch (random.nextInt(4)) {
                    case 0 -> "/sparql?query=SELECT" + bad + "*";
                    case 1 -> "/api/queries/" + bad;
                    case 2 -> "/api/queries/claims-citing?ref=" + bad;
                    default -> "/" + bad + "/health";
                });
    }

    private static Request apiCall(Random random) {
        String[] names = {"claims-citing", "labels-containing", "graph-sizes", "no-such-query", "claims-citing.rq", ""};
        String[] params = {"ref", "text", "x", "_ref", "ref[]", ""};
        String[] values = {
            "ref:64",
            "ref:99999999999999999999",
            "CL:0000134",
            "x:y",
            "<script>",
            "é\u0000",
            "",
            "ref:",
            "%ZZ",
            "'; DROP",
            "?_ref",
            "} UNION {",
            "a".repeat(20_000),
            "http://evil/x",
            "ref:64&ref=ref:1"
        };
        StringBuilder target = new StringBuilder("/api/queries/").append(names[random.nextInt(names.length)]);
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            String value = values[random.nextInt(values.length)];
            target.append(i == 0 ? '?' : '&')
                    .append(params[random.nextInt(params.length)])
                    .append('=')
                    .append(value.equals("%ZZ") ? value : encode(value));
        }
        return Request.get(target.toString());
    }

    @Test
    void generatedAndMutatedRequestsGetNo5xxNoStackTraceNoLeakAndNoHang() {
        Random random = new Random(SEED);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Request r = nextRequest(random);
            RawHttp.Response response = raw.send(r.method(), r.target(), r.contentType(), r.body());
            String text = response.text();
            if (response.status() < 100 || response.status() >= 500) {
                problems.add("status " + response.status() + ": " + r.show() + " -> " + abbreviate(text));
            }
            if (text.contains("at org.") || text.contains("at java.") || text.contains("Exception")) {
                problems.add("stack trace or exception: " + r.show() + " -> " + abbreviate(text));
            }
            for (String leak : LEAKS) {
                if (text.contains(leak)) {
                    problems.add("leaks '" + leak + "': " + r.show());
                }
            }
            if (response.millis() > TIMEOUT.toMillis() + 1000) {
                problems.add(response.millis() + " ms: " + r.show());
            }
        }
        assertTrue(
                problems.isEmpty(),
                problems.size() + " problems:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        RawHttp.Response health = raw.send("GET", "/health", null, null);
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
    }

    /** A Basic header, mutated: scheme, payload, its base64 (sometimes broken) and stray bytes. */
    private static String authorization(Random random) {
        String payload = AUTH_PAYLOADS[random.nextInt(AUTH_PAYLOADS.length)];
        String encoded = java.util.Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        String value = switch (random.nextInt(5)) {
            case 0 -> encoded;
            case 1 -> encoded.substring(0, random.nextInt(encoded.length() + 1));
            case 2 -> encoded + "!!";
            case 3 -> payload.replaceAll("[^\\x20-\\x7e]", "?");
            default -> mutate(encoded, random).replaceAll("[\\r\\n]", "");
        };
        return "Authorization: " + AUTH_SCHEMES[random.nextInt(AUTH_SCHEMES.length)] + " " + value;
    }

    @Test
    void mutatedAuthorizationHeadersGetA4xxAndNeverStartARebuild() {
        Random random = new Random(SEED + 1);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String header = authorization(random);
            boolean post = random.nextBoolean();
            RawHttp.Response response = raw.send(
                    post ? "POST" : "GET",
                    post ? "/admin/rebuild" : "/admin/status",
                    List.of(header),
                    post ? "application/x-www-form-urlencoded" : null,
                    post ? new byte[0] : null,
                    Duration.ZERO);
            // 401 and 429 from msckg; Jetty answers a header it cannot parse (a stray tab or control byte) with 400.
            if (response.status() != 401 && response.status() != 429 && response.status() != 400) {
                problems.add(response.status() + ": " + abbreviate(header) + " -> " + abbreviate(response.text()));
            }
            if (response.text().contains("at org.") || response.text().contains("Exception")) {
                problems.add("stack trace: " + abbreviate(header));
            }
        }
        assertTrue(
                problems.isEmpty(),
                problems.size() + " problems:\n"
                        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void slowAndCutShortBodiesAreAnsweredOrCutOffInTime() throws Exception {
        Random random = new Random(SEED + 2);
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            byte[] body = mutate(SEED_QUERIES.get(random.nextInt(SEED_QUERIES.size())), random)
                    .getBytes(StandardCharsets.UTF_8);
            boolean cutShort = random.nextBoolean();
            Duration pause = Duration.ofMillis(200 + random.nextInt(1800));
            String contentType =
                    random.nextBoolean() ? "application/sparql-query" : "application/x-www-form-urlencoded";
            sent.add(pool.submit(() -> {
                RawHttp slow = new RawHttp(server.port(), Duration.ofSeconds(40));
                RawHttp.Response r = slow.send(
                        "POST", "/sparql", List.of(), contentType, body, body.length + (cutShort ? 500 : 0), pause);
                if (r.status() >= 500 || r.status() == -1) {
                    problems.add(r.status() + " after " + r.millis() + " ms: " + abbreviate(r.text()));
                }
                if (r.text().contains("at org.") || r.text().contains("Exception")) {
                    problems.add("stack trace: " + abbreviate(r.text()));
                }
                long bound = RequestLimitFilter.BODY_DEADLINE
                                .plus(MsckgServer.IDLE_TIMEOUT)
                                .plus(TIMEOUT)
                                .toMillis()
                        + 5000;
                if (r.millis() > bound) {
                    problems.add("held " + r.millis() + " ms");
                }
            }));
        }
        for (var f : sent) {
            f.get();
        }
        pool.shutdown();
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        assertEquals(200, raw.send("GET", "/health", null, null).status());
    }

    private static String abbreviate(String s) {
        String one = s.replace("\r\n", " | ").replace("\n", " | ");
        return one.length() > 400 ? one.substring(0, 400) + "..." : one;
    }
}
