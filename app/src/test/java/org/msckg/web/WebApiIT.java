package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;

/** The JSON API and the pages over HTTP on the real graph: answers, content negotiation and errors. */
class WebApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MsckgServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        var r = get(path, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> curies(String q) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        json("/api/search?q=" + q)
                .path("results")
                .forEach(r -> out.add(r.path("curie").asText()));
        return out;
    }

    private static void assertClearError(HttpResponse<String> r, int status, String message) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.path("error").asText().contains(message), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace: " + r.body());
    }

    @Test
    void searchFindsLabelsSynonymsAbbreviationsAndCuriesBestFirst() throws Exception {
        assertEquals("MSCKG:0000004", curies("iPSC-MSC").get(0), "an exact synonym");
        assertEquals("CL:0002540", curies("BM-MSC").get(0), "the review's abbreviation of a CL class");
        assertEquals("MSCKG:0004001", curies("TSG-6").get(0));
        assertEquals("MONDO:0005300", curies("CKD").get(0));
        assertEquals("CL:0000134", curies("CL:0000134").get(0), "an external CURIE");
        assertEquals(
                "MSCKG:0000004",
                curies("iPSC-derived%20mesenchymal%20stem%20cell").get(0),
                "a label");
        JsonNode first = json("/api/search?q=TSG-6").path("results").get(0);
        assertEquals("https://w3id.org/msckg/MSCKG_0004001", first.path("iri").asText());
        assertEquals("gene product", first.path("kind").asText());
        assertTrue(first.path("label").asText().startsWith("tumor necrosis factor"));
        assertEquals(List.of(), curies("zzqqxx"));
    }

    @Test
    void theOrganismFilterGivesFewerFindingsAndOnlyThoseInRats() throws Exception {
        JsonNode all = json("/api/entity/MSCKG:0000004?pageSize=200");
        JsonNode rat = json("/api/entity/MSCKG:0000004?organism=NCBITaxon:10116&pageSize=200");
        int total = all.path("findings").path("total").asInt();
        int rats = rat.path("findings").path("total").asInt();
        assertTrue(rats > 0 && rats < total, rats + " of " + total);
        assertEquals(rats, rat.path("claims").size());
        for (JsonNode c : rat.path("claims")) {
            List<String> organisms = new ArrayList<>();
            c.path("organisms").forEach(o -> organisms.add(o.path("curie").asText()));
            assertTrue(organisms.contains("NCBITaxon:10116"), c.toString());
        }
        JsonNode organismFacet = all.path("findings").path("facets").get(0);
        assertEquals("organism", organismFacet.path("name").asText());
        boolean counted = false;
        for (JsonNode v : organismFacet.path("values")) {
            counted |= v.path("value").asText().equals("NCBITaxon:10116")
                    && v.path("count").asInt() == rats;
        }
        assertTrue(counted, "the facet counts the rat findings: " + organismFacet);
        JsonNode page2 = json("/api/entity/MSCKG:0000004?page=2&pageSize=10");
        assertEquals(10, page2.path("claims").size());
        assertEquals(2, page2.path("findings").path("page").asInt());
        assertClearError(
                get("/api/entity/MSCKG:0000004?organism=rat", "application/json"), 400, "parameter 'organism'");
        assertClearError(get("/api/entity/MSCKG:0000004?page=0", "application/json"), 400, "parameter 'page'");
    }

    @Test
    void namesStandForTheirEntitiesInExplanationsAndEntityPaths() throws Exception {
        JsonNode chains = json("/api/explain?from=iPSC-MSC&to=angiogenesis");
        assertEquals("MSCKG:0000004", chains.path("from").asText());
        assertEquals("GO:0001525", chains.path("to").asText());
        assertTrue(chains.path("chains").size() > 1);
        assertClearError(
                get("/api/explain?from=no-such-thing-at-all", "application/json"), 400, "no entity is named so");
        var redirect = get("/entity/iPSC-MSC", "text/html");
        assertEquals(302, redirect.statusCode());
        assertEquals(
                "/entity/MSCKG%3A0000004",
                redirect.headers().firstValue("Location").orElse(""));
        var page = get("/mechanism?from=iPSC-MSC&to=angiogenesis", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("phosphatidylinositol 3-kinase/protein kinase B signal transduction"));
        var query = get("/queries/claims-about-term?term=TSG-6", "text/html");
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("MSCKG:0004001"), "the name is bound as its CURIE");
    }

    @Test
    void anUnknownPathIsAPageForBrowsersAndJsonForClients() throws Exception {
        var page = get("/no/such/page", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Not found</h1>"), page.body());
        assertClearError(get("/no/such/page", "application/json"), 404, "no page at /no/such/page");
        assertClearError(get("/api/no-such-thing", "text/html"), 404, "no page at /api/no-such-thing");
    }

    @Test
    void badSearchParametersAreClearErrors() throws Exception {
        assertClearError(get("/api/search", "application/json"), 400, "parameter 'q' is required");
        assertClearError(get("/api/search?q=MSC&limit=many", "application/json"), 400, "parameter 'limit'");
        assertClearError(get("/api/search?q=" + "x".repeat(201), "application/json"), 400, "longer than 200");
    }

    @Test
    void theEntityApiGivesClaimsWithCitationsAndEvidenceAndRefusesBadCuries() throws Exception {
        JsonNode e = json("/api/entity/MSCKG:0000021");
        assertEquals("iPSC-MSC-derived exosome", e.path("label").asText());
        boolean found = false;
        for (JsonNode c : e.path("claims")) {
            if (c.path("claim").path("curie").asText().equals("claim:APB-027")) {
                found = true;
                assertEquals("subject", c.path("role").asText());
                assertEquals("[64]", c.path("citations").get(0).path("label").asText());
                assertTrue(c.path("evidence").get(0).asText().contains("PI3K/Akt"));
                assertEquals(
                        "NCBITaxon:10116",
                        c.path("organisms").get(0).path("curie").asText());
            }
        }
        assertTrue(found, "claim:APB-027 is about the exosomes");
        assertTrue(e.path("hierarchy").path("parents").size() > 0);
        assertEquals(
                0,
                e.path("chains").size(),
                "every end of the exosomes' one-study chains ([64]) is stated by a single claim too");
        assertTrue(
                json("/api/entity/MSCKG:0000004").path("chains").size() > 0,
                "the iPSC-MSCs' one-study chains, e.g. [120]");
        assertClearError(get("/api/entity/not-a-curie", "application/json"), 400, "is not a CURIE");
        assertClearError(get("/api/entity/XYZ:123", "application/json"), 400, "is not a CURIE with a known prefix");
        assertClearError(get("/api/entity/GO:9999999", "application/json"), 404, "no entity GO:9999999");
    }

    @Test
    void citationsCarryFirstAuthorYearTitleAndLinksInTheApiAndOnEveryPage() throws Exception {
        JsonNode cited = null;
        for (JsonNode c : json("/api/entity/MSCKG:0000021").path("claims")) {
            if (c.path("claim").path("curie").asText().equals("claim:APB-027")) {
                cited = c.path("citations").get(0);
            }
        }
        assertEquals("[64]", cited.path("label").asText());
        assertEquals("ref:64", cited.path("curie").asText());
        assertTrue(cited.path("identified").asBoolean());
        assertTrue(cited.path("display").asText().startsWith("Liu X 2017, Exosomes secreted"), cited.toString());
        assertEquals("https://doi.org/10.7150/ijbs.16951", cited.path("doiUrl").asText());
        assertEquals(cited, json("/api/entity/claim:APB-027").path("cites").get(0), "the claim's own answer");
        JsonNode reference = json("/api/entity/ref:64").path("reference");
        assertEquals(cited, reference, "the reference's own answer carries the same record");
        JsonNode unresolved = json("/api/entity/ref:2").path("reference");
        assertFalse(unresolved.path("identified").asBoolean());
        assertEquals("", unresolved.path("doiUrl").asText());
        assertTrue(unresolved.path("display").asText().contains("not identified"), unresolved.toString());
        assertTrue(json("/api/entity/MSCKG:0000004").path("reference").isNull(), "a term is no reference");
        JsonNode hop = json("/api/explain?from=MSCKG:0000021&to=MSCKG:0003001")
                .path("chains")
                .get(0)
                .path("hops")
                .get(0);
        assertEquals(hop.path("citations").size(), hop.path("references").size());
        assertEquals(
                hop.path("citations").get(0).asText(),
                hop.path("references").get(0).path("label").asText());
        assertTrue(json("/api/compare")
                .path("table1")
                .get(0)
                .path("citations")
                .get(0)
                .has("display"));

        for (String path : List.of(
                "/entity/ref:64",
                "/entity/MSCKG:0000021",
                "/entity/claim:APB-027",
                "/mechanism?from=MSCKG:0000021&to=MSCKG:0003001",
                "/queries/p12-exosome-chain-to-bone-loss")) {
            String page = get(path, "text/html").body();
            assertTrue(page.contains("Liu X 2017, Exosomes secreted from human-induced pluripotent"), path);
            assertTrue(page.contains("href=\"https://doi.org/10.7150/ijbs.16951\""), path);
        }
        String contradictions = get("/queries/contradictions", "text/html").body();
        assertTrue(
                contradictions.contains("<span class=\"bib\">") && contradictions.contains("class=\"doi external\""),
                "the citations column of the contradictions shows the cited works");
        String p12 = get("/queries/p12-exosome-chain-to-bone-loss", "text/html").body();
        assertTrue(p12.contains("Liu X 2017, Exosomes secreted"), "the citation column shows the record");
        assertTrue(p12.contains("<td>[64]</td>"), "the label column beside it stays a label");
        String unresolvedPage = get("/entity/ref:2", "text/html").body();
        int start = unresolvedPage.indexOf("id=\"reference\"");
        String record = unresolvedPage.substring(start, unresolvedPage.indexOf("</p>", start));
        assertTrue(record.contains("the cited work is not identified"), record);
        assertFalse(record.contains("class=\"doi"), "no DOI is invented for [2]: " + record);
        assertFalse(record.contains("class=\"pubmed"), "nor a PubMed record: " + record);
        String lower = get("/entity/ref:1", "text/html").body();
        assertTrue(lower.contains("lower-confidence identification"), "[1] is marked as a lower-confidence match");
        String review = get("/entity/ref:review", "text/html").body();
        assertTrue(review.contains("href=\"https://doi.org/10.4252/wjsc.v13.i12.1826\""), "the review links its DOI");
    }

    @Test
    void aClaimCitingARangeKeepsTheRangeAsPrinted() throws Exception {
        JsonNode claims = json("/api/entity/ref:5?pageSize=200").path("claims");
        assertTrue(claims.size() > 0);
        for (JsonNode c : claims) {
            assertEquals("[4-7]", c.path("citedAs").asText(), c.path("claim").toString());
            assertTrue(c.path("citations").size() >= 2, "each work of the range is named");
        }
        String page = get("/entity/ref:5", "text/html").body();
        assertTrue(page.contains("cited as [4-7]:"), "the range as printed");
        assertTrue(page.contains("(cited only in the range [4-7])"), "the reference's own page says so");
        assertEquals(
                "",
                json("/api/entity/MSCKG:0000021")
                        .path("claims")
                        .get(0)
                        .path("citedAs")
                        .asText());
    }

    @Test
    void theNamedQueryApiTakesNamesForEntitiesAndRefusesUnknownOrAmbiguousOnes() throws Exception {
        JsonNode byName = json("/api/queries/claims-about-term?term=TSG-6");
        JsonNode byCurie = json("/api/queries/claims-about-term?term=MSCKG:0004001");
        assertTrue(byCurie.path("rows").size() > 0);
        assertEquals(byCurie.path("rows"), byName.path("rows"), "a name is bound as the CURIE it names");
        assertClearError(
                get("/api/queries/claims-about-term?term=no-such-thing-at-all", "application/json"),
                400,
                "parameter 'term': 'no-such-thing-at-all' is not a CURIE with a known prefix, and no entity is named so");
        var ambiguous = get("/api/queries/claims-about-term?term=UUO", "application/json");
        assertClearError(ambiguous, 400, "parameter 'term': 'UUO' names several entities");
        assertTrue(
                ambiguous.body().contains("MONDO:0003329") && ambiguous.body().contains("MSCKG:0003033"),
                "with the CURIEs to choose from: " + ambiguous.body());
        assertEquals(
                400,
                get("/queries/claims-about-term?term=UUO", "text/html").statusCode(),
                "the page reads the same resolver");
        assertClearError(get("/api/queries/no-such-query?term=TSG-6", "application/json"), 404, "no-such-query");
    }

    @Test
    void anEntityUrlAnswersTurtleAndJsonLdByContentNegotiation() throws Exception {
        var turtle = get("/entity/CL:0000134", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals("Accept", turtle.headers().firstValue("Vary").orElse(""), "caches keep the representations apart");
        Model m = ModelFactory.createDefaultModel().read(new StringReader(turtle.body()), null, "TURTLE");
        assertTrue(m.contains(
                ResourceFactory.createResource("http://purl.obolibrary.org/obo/CL_0000134"),
                RDFS.label,
                "mesenchymal stem cell"));
        var jsonld = get("/entity/CL:0000134", "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJsonLd = ModelFactory.createDefaultModel().read(new StringReader(jsonld.body()), null, "JSON-LD");
        assertEquals(m.size(), fromJsonLd.size(), "the same statements in both formats");
        var html = get("/entity/CL:0000134", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertTrue(html.body().contains("<h1>mesenchymal stem cell</h1>"));
        assertTrue(html.body().contains("href=\"http://purl.obolibrary.org/obo/CL_0000134\""), "the public OBO page");
        assertEquals(400, get("/entity/CL:0000134?format=pdf", "text/html").statusCode());
    }

    @Test
    void theEntityPageOfIpscMscsKeepsAssertedAndInferredApart() throws Exception {
        String page = get("/entity/MSCKG:0000004?section=Bone%20regeneration&pageSize=200", "text/html")
                .body();
        int asserted = page.indexOf("id=\"asserted\"");
        int inferred = page.indexOf("id=\"inferred\"");
        assertTrue(asserted > 0 && inferred > asserted);
        String assertedPart = page.substring(asserted, inferred);
        assertTrue(
                assertedPart.contains("id=\"claim:APB-026\"") && assertedPart.contains(">[64]</a>"),
                "findings with citations");
        assertFalse(
                page.substring(inferred).contains("<article class=\"claim\""), "no curated claim among the inferred");
        assertTrue(page.substring(inferred).contains("Mechanism chains from here"));
    }

    @Test
    void unknownEntitiesAndBadCuriesGetAnErrorPageWithTheReason() throws Exception {
        var missing = get("/entity/GO:9999999", "text/html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no entity GO:9999999")
                && missing.body().contains("<h1>Not found</h1>"));
        var bad = get("/entity/%3Cscript%3E", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("&lt;script&gt;") && bad.body().contains("is not a CURIE"), bad.body());
        assertFalse(bad.body().contains("<script>"), "the CURIE is escaped");
        assertEquals(
                400,
                get("/mechanism?from=MSCKG:0000004&maxHops=lots", "text/html").statusCode());
        assertEquals(404, get("/queries/no-such-query", "text/html").statusCode());
    }

    @Test
    void compareGivesTableOneRowByRowAndTheTextsComparisonsWithCitations() throws Exception {
        JsonNode c = json("/api/compare");
        List<Integer> rows = new ArrayList<>();
        c.path("table1").forEach(r -> rows.add(r.path("row").asInt()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), rows);
        JsonNode first = c.path("table1").get(0);
        assertEquals("Cell number", first.path("property").asText());
        assertEquals("Limited", first.path("primaryValue").asText());
        assertEquals("Unlimited", first.path("hpscValue").asText());
        assertEquals(
                List.of("[17]", "[36]"),
                List.of(
                        first.path("citations").get(0).path("label").asText(),
                        first.path("citations").get(1).path("label").asText()));
        boolean cmp1 = false;
        for (JsonNode t : c.path("text")) {
            assertFalse(
                    t.path("comparator").path("curie").asText().isEmpty(), "every text comparison has a comparator");
            cmp1 |= t.path("claim").path("curie").asText().equals("claim:CMP-001")
                    && t.path("comparator").path("curie").asText().equals("MSCKG:0000001");
        }
        assertTrue(cmp1, "hPSC-MSCs are similar to primary MSCs in morphology [17,22,38-40]");
    }

    @Test
    void namedQueryResultsDownloadAsCsvWithTheSameRowsAsTheJson() throws Exception {
        var csv = get("/queries/contradictions/csv", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("contradictions.csv"));
        String[] lines = csv.body().split("\r\n");
        int jsonRows = json("/api/queries/contradictions").path("rows").size();
        assertEquals(jsonRows + 1, lines.length);
        assertTrue(
                get("/queries/contradictions?nonsense=1", "text/html").statusCode() == 400,
                "an unknown parameter is refused");
    }

    @Test
    void theEditorsExampleFormTakesTheNameOfAnEntityAsTheQueryPagesDo() throws Exception {
        String html = "text/html,application/xhtml+xml,*/*;q=0.8";
        var named = get("/sparql?example=claims-about-term&term=iPSC-MSC", html);
        assertEquals(200, named.statusCode());
        assertTrue(named.body().contains("?_term = MSCKG:0000004"), "the name is bound as its CURIE");
        var unknown = get("/sparql?example=claims-about-term&term=no%20such%20cell", html);
        assertTrue(
                unknown.body().contains("id=\"binding-error\">parameter 'term': 'no such cell'"),
                "the error names the parameter and the name");
        assertFalse(unknown.body().contains("?_term = no such cell"), "nothing unresolved is written in");
    }

    @Test
    void browsersGetTheSparqlEditorWhileSparqlClientsStillGetFuseki() throws Exception {
        var page = get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("codemirror.js") && page.body().contains("id=\"examples\""));
        var shared = get("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(shared.body().contains("<!DOCTYPE html>"), "a browser gets the editor");
        assertTrue(shared.body().contains(">ASK{?s ?p ?o}</textarea>"), "holding the query of the link");
        var results = get("/sparql?query=ASK%7B%7D", "application/sparql-results+json, text/plain");
        assertFalse(results.body().contains("<!DOCTYPE html>"), "a SPARQL client gets Fuseki");
        var json = get("/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertTrue(json.body().contains("\"boolean\""), json.body());
        assertEquals(
                200, get("/static/vendor/codemirror/codemirror.js", "*/*").statusCode(), "the editor works offline");
        assertEquals(404, get("/static/vendor/codemirror/no-such.js", "*/*").statusCode());
        assertEquals(404, get("/static/vendor/", "*/*").statusCode(), "a folder is not a file");
    }

    @Test
    void theOpenApiDescriptionListsEveryApiPathAndIsBrowsable() throws Exception {
        JsonNode spec = json("/openapi.json");
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(
                paths.containsAll(List.of(
                        "/api/search",
                        "/api/entity/{curie}",
                        "/api/compare",
                        "/api/queries",
                        "/api/queries/{name}",
                        "/api/explain",
                        "/api/contradictions")),
                paths.toString());
        for (String p : paths) {
            String example = p.replace("{curie}", "CL:0000134").replace("{name}", "contradictions");
            String query = p.equals("/api/search") ? "?q=MSC" : p.equals("/api/explain") ? "?from=MSCKG:0000021" : "";
            assertEquals(200, get(example + query, "application/json").statusCode(), "documented path answers: " + p);
        }
        var docs = get("/api-docs", "text/html");
        assertTrue(docs.body().contains("<code>GET /api/search</code>"), "the documentation page shows each path");
    }
}
