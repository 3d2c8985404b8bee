package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.BuiltGraph;
import org.msckg.Fixtures;
import org.msckg.TestServer;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.terms.TermIndex;

/** Mechanism chains on the real graph, through the service and over HTTP. */
class MechanismIT {
    private static final ExplainService EXPLAIN =
            new ExplainService(BuiltGraph.dataset(), TermIndex.of(BuiltGraph.dataset()));
    private static MsckgServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<List<String>> objects(Explanation e) {
        return e.chains().stream()
                .map(c -> c.hops().stream().map(Explanation.HopView::object).toList())
                .toList();
    }

    private static Optional<Explanation.ChainView> chain(Explanation e, List<String> objects) {
        return e.chains().stream()
                .filter(c -> c.hops().stream()
                        .map(Explanation.HopView::object)
                        .toList()
                        .equals(objects))
                .findFirst();
    }

    @Test
    void exosomesPreventBoneLossThroughPiThreeKAktAndAngiogenesisWithTheCitationOnEveryHop() {
        Explanation e = EXPLAIN.explain("MSCKG:0000021", Optional.of("MSCKG:0003001"), 6);
        var c = chain(e, List.of("GO:0043491", "GO:0001525", "MSCKG:0003001"))
                .orElseThrow(() -> new AssertionError(objects(e)));
        assertEquals("-", c.sign(), "the exosomes act against bone loss");
        assertTrue(c.sameStudy());
        c.hops().forEach(h -> assertTrue(h.citations().contains("[64]"), h.toString()));
        assertTrue(c.hops().get(0).evidence().contains("activating the PI3K/Akt signalling pathway"));
        assertEquals(
                "CL:0000115",
                c.hops().get(0).context().isEmpty() ? "" : "CL:0000115",
                "endothelial cells are the context");
        assertTrue(
                c.hops().get(0).context().contains("endothelial cell"),
                c.hops().get(0).context());
    }

    @Test
    void theCellsReachAngiogenesisThroughTheExosomesTheySecrete() {
        Explanation e = EXPLAIN.explain("MSCKG:0000004", Optional.of("GO:0001525"), 6);
        var c = chain(e, List.of("MSCKG:0000021", "GO:0043491", "GO:0001525"))
                .orElseThrow(() -> new AssertionError(objects(e)));
        assertEquals("MSCKG:0000101", c.hops().get(0).relation(), "the first hop is 'secretes'");
        assertEquals("+", c.sign());
        c.hops().forEach(h -> assertTrue(h.citations().contains("[64]"), h.toString()));
    }

    @Test
    void theCellsReachKidneyDiseaseThroughHgfCMetAndErStress() {
        Explanation e = EXPLAIN.explain("MSCKG:0000004", Optional.of("MONDO:0005240"), 4);
        var c = chain(e, List.of("GO:0048012", "GO:0034976", "MSCKG:0003031"))
                .orElseThrow(() -> new AssertionError(objects(e)));
        assertEquals(
                "-", c.sign(), "activating HGF/c-Met, which suppresses ER stress, which drives the injury: protective");
        c.hops().forEach(h -> assertEquals(List.of("[83]"), h.citations(), h.toString()));
        assertTrue(
                e.chains().stream()
                        .map(ch -> ch.hops().get(0).subject())
                        .allMatch(s -> List.of(
                                        "MSCKG:0000004",
                                        "MSCKG:0000010",
                                        "MSCKG:0000011",
                                        "MSCKG:0000012",
                                        "MSCKG:0000013",
                                        "MSCKG:0000016",
                                        "MSCKG:0000002",
                                        "CL:0000134",
                                        "MSCKG:0000017")
                                .contains(s)),
                "every chain starts at iPSC-MSCs, a subtype, or a class they belong to");
    }

    @Test
    void aFindingForIpscMscsIsAFindingForHpscMscs() {
        Explanation e = EXPLAIN.explain("MSCKG:0000002", Optional.of("MONDO:0005240"), 1);
        assertTrue(
                e.chains().stream()
                        .anyMatch(c -> c.hops().get(0).subject().equals("MSCKG:0000004")
                                && c.hops().get(0).object().equals("MONDO:0005300")),
                "iPSC-MSCs protect against chronic kidney disease [85]");
        assertTrue(
                e.chains().stream()
                        .anyMatch(c -> c.hops().get(0).subject().equals("MSCKG:0000003")
                                && c.hops().get(0).object().equals("MONDO:0005556")),
                "hESC-MSCs prevent lupus nephritis [81]");
    }

    private static List<String> kinds(List<Explanation.Mark> marks) {
        return marks.stream().map(Explanation.Mark::kind).toList();
    }

    @Test
    void aSingleStudyChainIsMarkedAsSuchAndCarriesNoCrossStudyOrInheritedMark() {
        Explanation e = EXPLAIN.explain("MSCKG:0000021", Optional.of("MSCKG:0003001"), 6);
        var c = chain(e, List.of("GO:0043491", "GO:0001525", "MSCKG:0003001")).orElseThrow();
        assertEquals(List.of("[64]"), c.studies());
        assertEquals(List.of(), c.studyChangesAt());
        assertEquals(List.of(), c.inheritedHops());
        assertEquals("asked", c.start());
        assertEquals(List.of("single-study", "weakest-support"), kinds(c.marks()));
        assertTrue(c.hops().stream().allMatch(h -> h.marks().isEmpty() && !h.inherited() && !h.studyChange()));
    }

    @Test
    void crossStudyChainsSayWhereTheStudiesChangeAndComeAfterEverySingleStudyChain() {
        Explanation e = EXPLAIN.explain("MSCKG:0000004", Optional.of("GO:0001525"), 6);
        var cross = e.chains().stream()
                .filter(Explanation.ChainView::crossStudy)
                .findFirst()
                .orElseThrow(() -> new AssertionError(objects(e)));
        assertFalse(cross.studyChangesAt().isEmpty());
        assertEquals(List.of(), cross.studies());
        assertTrue(kinds(cross.marks()).contains("cross-study"));
        assertFalse(kinds(cross.marks()).contains("single-study"));
        int change = cross.studyChangesAt().get(0);
        assertTrue(cross.hops().get(change - 1).studyChange());
        assertTrue(kinds(cross.hops().get(change - 1).marks()).contains("study-change"));
        assertFalse(cross.hops().get(0).studyChange(), "the first hop starts the first study");
        int firstCross = e.chains().indexOf(cross);
        assertTrue(e.chains().subList(0, firstCross).stream().allMatch(Explanation.ChainView::sameStudy));
        assertTrue(
                e.chains().subList(firstCross, e.chains().size()).stream().noneMatch(Explanation.ChainView::sameStudy));
    }

    @Test
    void aFindingStatedForTheParentClassIsShownAsInheritedNeverAsAFindingAboutTheSubclass() {
        // APK-037: hPSC-MSC exosomes (MSCKG:0000020) increase SIRT6 [84]; asked for iPSC-MSC exosomes
        Explanation e = EXPLAIN.explain("MSCKG:0000021", Optional.of("MSCKG:0003037"), 1);
        var c = e.chains().stream()
                .filter(ch -> ch.hops().get(0).claim().equals("claim:APK-037"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(objects(e)));
        assertEquals("superclass", c.start());
        assertEquals("MSCKG:0000020", c.hops().get(0).subject(), "the hop keeps the class it is stated for");
        assertEquals("MSCKG:0000021", c.hops().get(0).at());
        assertTrue(c.hops().get(0).inherited());
        assertEquals(List.of(1), c.inheritedHops());
        assertTrue(kinds(c.marks()).contains("superclass-start"));
        assertTrue(kinds(c.hops().get(0).marks()).contains("inherited"));
        Explanation asked = EXPLAIN.explain("MSCKG:0000020", Optional.of("MSCKG:0003037"), 1);
        var own = asked.chains().stream()
                .filter(ch -> ch.hops().get(0).claim().equals("claim:APK-037"))
                .findFirst()
                .orElseThrow();
        assertEquals("asked", own.start());
        assertFalse(own.hops().get(0).inherited());
        assertFalse(kinds(own.marks()).contains("superclass-start"));
    }

    @Test
    void theMechanismPageShowsTheSameMarksAsTheJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var page = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mechanism?from=MSCKG:0000004&to=GO:0001525"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"mark single-study\">single study [64]"), page.body());
        assertTrue(page.body().contains("class=\"mark cross-study\">cross-study: the studies change at hop"));
        var inherited = http.send(
                HttpRequest.newBuilder(URI.create(
                                server.baseUrl() + "/mechanism?from=MSCKG:0000021&to=MSCKG:0003037&maxHops=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(inherited.body().contains("class=\"mark superclass-start\""), inherited.body());
        assertTrue(inherited.body().contains("class=\"mark inherited\""));
        assertFalse(inherited.body().contains("class=\"mark cross-study\""), "one hop rests on one study");
        var json = http.send(
                HttpRequest.newBuilder(URI.create(
                                server.baseUrl() + "/api/explain?from=MSCKG:0000021&to=MSCKG:0003037&maxHops=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(json.body().contains("\"kind\":\"superclass-start\""), json.body());
        assertTrue(json.body().contains("\"inherited\":true") && json.body().contains("\"crossStudy\":false"));
    }

    @Test
    void explainOverHttpReturnsChainsAndClearErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var ok = http.send(
                HttpRequest.newBuilder(
                                URI.create(server.baseUrl() + "/api/explain?from=MSCKG:0000021&to=MSCKG:0003001"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode());
        assertTrue(
                ok.body().startsWith("{")
                        && ok.body().contains("\"chains\":[")
                        && ok.body().contains("\"citations\":[\"[64]\"]"),
                ok.body());
        var bad = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/explain?from=not-a-curie"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"error\""), bad.body());
        var unknown = http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/explain?from=GO:9999999"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no entity GO:9999999"), unknown.body());
    }

    @Test
    void contradictionsListBothSidesWithTheirEvidence() throws Exception {
        var r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/contradictions"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(
                r.body().contains("contradiction/CMP-031--DER-089"),
                "hPSC-MSCs osteogenesis worse [42] vs aiMSCs better [33]");
        assertTrue(
                r.body().contains("\"claim\":\"claim:CMP-031\"") && r.body().contains("\"claim\":\"claim:DER-089\""),
                r.body());
        assertTrue(r.body().contains("differentiated less effectively"), "the evidence of each side is given");
    }

    @Test
    void theContradictionsQueryListsTheDetectedDisagreementsExactly() {
        var rows = contradictionRows().stream()
                .filter(r -> r.get("origin").equals("detected"))
                .map(r -> String.join(
                        " ",
                        r.get("contradiction").replace("https://w3id.org/msckg/contradiction/", ""),
                        r.get("side"),
                        r.get("claim"),
                        r.get("certainty"),
                        r.get("citations")))
                .toList();
        assertEquals(
                List.of(
                        // hPSC-MSCs osteogenesis worse than BM-MSCs [42] vs aiMSCs better, tiMSCs higher [33]
                        "CMP-031--DER-089 A claim:CMP-031 stated [42]",
                        "CMP-031--DER-089 B claim:DER-089 stated [33]",
                        "CMP-031--DER-091 A claim:CMP-031 stated [42]",
                        "CMP-031--DER-091 B claim:DER-091 stated [33]",
                        // the Discussion calls MSC differentiation into cardiomyocyte-like cells and neuron-like
                        // cells still controversial; the applications report it for hPSC-MSCs (subclasses). One
                        // record per disputing claim, with every claim that states it.
                        "DIS-060 A claim:APK-067 stated [92]",
                        "DIS-060 B claim:DIS-060 disputed [131]",
                        "DIS-062 A claim:APN-010 stated [94]",
                        "DIS-062 A claim:APN-014 stated [95]",
                        "DIS-062 A claim:APN-043 stated [41]",
                        "DIS-062 B claim:DIS-062 disputed [133]"),
                rows);
    }

    @Test
    void theContradictionsQueryGivesAtLeastTenRecordsOfEveryKindWithEvidenceOnEverySide() {
        var rows = contradictionRows();
        var records = rows.stream().map(r -> r.get("contradiction")).collect(java.util.stream.Collectors.toSet());
        assertTrue(records.size() >= 10, records.toString());
        assertEquals(
                java.util.Set.of(
                        "table vs text",
                        "section vs section",
                        "hedge vs assertion",
                        "legend erratum",
                        "citation mismatch",
                        "wording ambiguity",
                        "typo"),
                rows.stream()
                        .filter(r -> r.get("origin").equals("registered"))
                        .map(r -> r.get("kind"))
                        .collect(java.util.stream.Collectors.toSet()));
        rows.forEach(r -> {
            assertFalse(r.get("evidence").isBlank(), r.toString());
            assertFalse(r.get("citations").isBlank(), r.toString());
        });
        long twoSided = rows.stream()
                .filter(r -> r.get("side").equals("B"))
                .map(r -> r.get("contradiction"))
                .distinct()
                .count();
        assertTrue(twoSided >= 10, "records with both sides: " + twoSided);
        assertTrue(
                rows.stream()
                        .anyMatch(r -> r.get("contradiction").equals("inconsistency:I30")
                                && r.get("claim").equals("claim:DIS-062")
                                && r.get("certainty").equals("disputed")),
                "the hedge of the Discussion is registered against the reported transdifferentiation");
    }

    private static List<java.util.Map<String, String>> contradictionRows() {
        var runner = new org.msckg.query.named.QueryRunner(
                BuiltGraph::dataset,
                org.msckg.query.named.NamedQueryCatalog.load(
                        Fixtures.projectRoot().resolve("queries")),
                org.msckg.server.limits.Limits.DEFAULTS);
        return runner.run("contradictions", java.util.Map.of()).rows();
    }
}
