package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A researcher's way through the pages, in headless chromium over the real graph; each step leaves a screenshot. */
class BrowserIT {
    private static MsckgServer server;
    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = TestServer.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser == null) {
            return;
        }
        browser.close();
        server.close();
    }

    private static void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void waitForPicture() {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-edges]")));
    }

    private static String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    @Test
    void theHomePageCountsWhatTheGraphHoldsAndSearchesFromItsBox() {
        open("/");
        browser.screenshot("home");
        assertTrue(main().contains("134\nnumbered references of the review"), main());
        assertTrue(main().contains("mechanism hop"), "claims are counted by kind");
        assertTrue(main().contains("cell type"), "entities are counted by kind");
        WebElement box = driver.findElement(By.cssSelector("main input[name=q]"));
        box.sendKeys("iPSC-MSC");
        box.submit();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        browser.screenshot("search-ipsc-msc");
        List<WebElement> rows = driver.findElements(By.cssSelector("#search-results tbody tr"));
        assertEquals(
                "iPSC-derived mesenchymal stem cell",
                rows.get(0).findElement(By.tagName("a")).getText());
        assertTrue(rows.get(0).getText().contains("cell type"), "the kind of the hit is shown");
    }

    @Test
    void anEntityPageShowsFindingsWithCitationsAndKeepsInferredApart() {
        open("/search?q=iPSC-MSC");
        driver.findElement(By.linkText("iPSC-derived mesenchymal stem cell")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/entity/MSCKG"));
        browser.screenshot("entity-ipsc-msc");
        assertEquals(
                "iPSC-derived mesenchymal stem cell",
                driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("asserted")).isDisplayed());
        assertTrue(driver.findElement(By.id("inferred")).isDisplayed());
        open("/entity/MSCKG:0000004?section=Bone%20regeneration&pageSize=200");
        WebElement secretes = driver.findElement(By.id("claim:APB-026"));
        assertTrue(secretes.getText().contains("secretes"), secretes.getText());
        assertTrue(secretes.findElements(By.cssSelector("a.citation")).stream()
                .anyMatch(a -> a.getText().equals("[64]")));
        assertTrue(main().contains("hPSC-derived mesenchymal stem cell"), "its parent in the hierarchy");
    }

    @Test
    void aCitationLeadsToTheReferenceAndEveryClaimThatCitesIt() {
        open("/entity/MSCKG:0000021");
        WebElement claim = driver.findElement(By.id("claim:APB-027"));
        claim.findElement(By.linkText("[64]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/entity/ref"));
        browser.screenshot("reference-64");
        assertEquals("[64]", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElements(By.id("claim:APB-027")).size() == 1, "the claim that cited it is listed");
        assertTrue(main().contains("PI3K/Akt"), "with its evidence");
    }

    @Test
    void theMechanismPictureOf64DrawsTheChainAndAnArrowOpensItsEvidence() {
        open("/entity/MSCKG:0000021");
        driver.findElement(By.linkText("mechanism chains from here")).click();
        waitForPicture();
        open("/mechanism?from=MSCKG:0000021&to=MSCKG:0003001");
        waitForPicture();
        @SuppressWarnings("unchecked")
        List<String> nodes = (List<String>) js("return window.msckgMechanism.cy.nodes().map(n => n.data('label'));");
        assertTrue(
                String.join(" ", nodes).contains("angiogenesis")
                        && String.join(" ", nodes).contains("bone loss"),
                nodes.toString());
        WebElement evidence = driver.findElement(By.id("evidence"));
        assertFalse(evidence.isDisplayed(), "no evidence before a click");
        clickEdge("claim:APB-027");
        browser.waiting().until(ExpectedConditions.visibilityOf(evidence));
        browser.screenshot("mechanism-64");
        assertTrue(evidence.getText().contains("[64]"), evidence.getText());
        assertTrue(
                evidence.getText().contains("by activating the PI3K/Akt signalling pathway in endothelial cells"),
                evidence.getText());
        assertTrue(evidence.getText().contains("claim:APB-027"), evidence.getText());
        assertEquals(
                List.of("[64]"),
                evidence.findElements(By.cssSelector("a.citation")).stream()
                        .map(WebElement::getText)
                        .toList(),
                "the citation of this hop, not [63] of the same sentence");
        assertTrue(
                evidence.getText().contains("Liu X 2017, Exosomes secreted from human-induced pluripotent"),
                "the reference with first author, year and title: " + evidence.getText());
        assertEquals(
                "https://doi.org/10.7150/ijbs.16951",
                evidence.findElement(By.cssSelector("a.doi")).getAttribute("href"));
    }

    /**
     * Clicks the arrow of a claim as a user does: the pointer goes to the arrow's midpoint as Cytoscape
     * renders it (relative to the picture), and presses there.
     */
    private static void clickEdge(String claim) {
        WebElement diagram = driver.findElement(By.id("diagram"));
        js("arguments[0].scrollIntoView({block: 'center'});", diagram);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js(
                "const e = window.msckgMechanism.cy.edges().filter(e => e.data('claim') === arguments[0]);"
                        + " return e.length === 1 ? e.renderedMidpoint() : null;",
                claim);
        assertTrue(at != null, "one arrow for " + claim);
        Rectangle box = diagram.getRect();
        new Actions(driver)
                .moveToElement(diagram, (int) Math.round(at.get("x").doubleValue() - box.getWidth() / 2.0), (int)
                        Math.round(at.get("y").doubleValue() - box.getHeight() / 2.0))
                .click()
                .perform();
    }

    @Test
    void namesOpenTheAngiogenesisChainsWithEveryChainOfTheApiDrawnAndNoEdgeLabelsOverlapping() throws Exception {
        open("/mechanism?from=iPSC-MSC&to=angiogenesis");
        waitForPicture();
        browser.screenshot("mechanism-ipsc-msc-angiogenesis");
        assertTrue(
                driver.findElement(By.id("summary"))
                        .getText()
                        .contains("from iPSC-derived mesenchymal stem cell to angiogenesis"),
                driver.findElement(By.id("summary")).getText());
        assertTrue(
                main().contains("phosphatidylinositol 3-kinase/protein kinase B signal transduction"),
                "the PI3K/Akt chains");
        JsonNode api = new ObjectMapper()
                .readTree(java.net
                        .URI
                        .create(server.baseUrl() + "/api/explain?from=MSCKG:0000004&to=GO:0001525")
                        .toURL()
                        .openStream());
        assertTrue(api.path("chains").size() > 1);
        assertEquals(
                api.path("chains").size(),
                driver.findElements(By.cssSelector("section.chain")).size());
        @SuppressWarnings("unchecked")
        List<String> edges = (List<String>) js("return window.msckgMechanism.cy.edges().map(e => e.id());");
        for (JsonNode chain : api.path("chains")) {
            for (JsonNode hop : chain.path("hops")) {
                String id =
                        hop.path("claim").asText() + "|" + hop.path("subject").asText() + "|"
                                + hop.path("object").asText();
                assertTrue(edges.contains(id), "hop " + id + " is drawn");
            }
        }
        @SuppressWarnings("unchecked")
        List<String> overlapping = (List<String>) js("""
                const m = window.msckgMechanism, es = m.cy.edges().toArray(), out = [];
                const boxes = es.map(e => m.labelBox(e));
                for (let i = 0; i < es.length; i++) for (let j = i + 1; j < es.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(es[i].id() + ' / ' + es[j].id());
                }
                return out;""");
        assertEquals(List.of(), overlapping, "edge labels overlap");
        assertEquals(10, driver.findElements(By.cssSelector("#legend li")).size(), "the legend names every style");
        assertMarksDrawn(api);
    }

    /** Every mark the engine gives a chain appears in the picture: study changes, weakest hops, starts and ends. */
    private static void assertMarksDrawn(JsonNode api) {
        @SuppressWarnings("unchecked")
        List<String> changes =
                (List<String>) js("return window.msckgMechanism.cy.edges('.study-change').map(e => e.id());");
        @SuppressWarnings("unchecked")
        List<String> weakest = (List<String>) js("return window.msckgMechanism.cy.edges('.weakest').map(e => e.id());");
        @SuppressWarnings("unchecked")
        List<String> asked = (List<String>) js("return window.msckgMechanism.cy.nodes('.asked').map(n => n.id());");
        @SuppressWarnings("unchecked")
        List<String> kinds =
                (List<String>) js("return window.msckgMechanism.cy.nodes('.start-subclass').map(n => n.id());");
        @SuppressWarnings("unchecked")
        List<String> above =
                (List<String>) js("return window.msckgMechanism.cy.nodes('.start-superclass').map(n => n.id());");
        boolean anyChange = false;
        for (JsonNode chain : api.path("chains")) {
            JsonNode hops = chain.path("hops");
            for (int i = 0; i < hops.size(); i++) {
                JsonNode hop = hops.get(i);
                String id =
                        hop.path("claim").asText() + "|" + hop.path("subject").asText() + "|"
                                + hop.path("object").asText();
                if (hop.path("studyChange").asBoolean()) {
                    anyChange = true;
                    assertTrue(changes.contains(id), "the study change at " + id + " is drawn");
                }
                if (chain.path("weakestHop").asInt() == i + 1) {
                    assertTrue(weakest.contains(id), "the weakest hop " + id + " is drawn");
                }
            }
            String first = hops.get(0).path("subject").asText();
            String last = hops.get(hops.size() - 1).path("object").asText();
            if (chain.path("start").asText().equals("superclass")) {
                assertTrue(above.contains(first), first + " starts a chain above the asked entity");
            }
            if (chain.path("start").asText().equals("subclass")) {
                assertTrue(kinds.contains(first), first + " starts a chain at a kind of it");
            }
            if (chain.path("end").asText().equals("subclass")) {
                assertTrue(kinds.contains(last), last + " ends a chain at a kind of the target");
            }
        }
        assertTrue(anyChange, "the angiogenesis chains cross studies somewhere");
        assertTrue(
                weakest.size() < ((Number) js("return window.msckgMechanism.cy.edges().length;")).intValue(),
                "not every arrow is a weakest hop");
        assertEquals(
                List.of("GO:0001525", "MSCKG:0000004"), asked.stream().sorted().toList());
    }

    @Test
    void aNamedQueryRunsFromItsFormAndItsResultsDownloadAsCsv() throws IOException {
        open("/queries");
        browser.screenshot("queries");
        driver.findElement(By.id("run-contradictions")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("query-results")));
        browser.screenshot("query-contradictions");
        assertTrue(driver.findElement(By.id("query-results")).getText().contains("claim:CMP-031"));
        Path csv = browser.downloads().resolve("contradictions.csv");
        Files.deleteIfExists(csv);
        driver.findElement(By.id("download-csv")).click();
        browser.waiting().until(d -> Files.exists(csv) && csv.toFile().length() > 0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(
                "contradiction,contradictionLabel,origin,kind,side,claim,subject,subjectLabel,predicate,predicateLabel,object,objectLabel,"
                        + "comparison,comparisonLabel,certainty,citations,evidence",
                lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains("claim:DER-089")), String.join("\n", lines));
    }

    @Test
    void theSparqlEditorHighlightsAndRunsAQueryOnTheEndpoint() {
        open("/sparql");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-keyword")));
        ((JavascriptExecutor) driver).executeScript("window.msckgEditor.setValue(arguments[0]);", """
                PREFIX msckg: <https://w3id.org/msckg/schema/>
                SELECT (COUNT(?row) AS ?rows) WHERE { GRAPH <https://w3id.org/msckg/graph/asserted> { ?row a msckg:Table1Row } }""");
        driver.findElement(By.id("run-query")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sparql-results")));
        browser.screenshot("sparql-count");
        assertEquals(
                "10",
                driver.findElement(By.cssSelector("#sparql-results tbody td")).getText(),
                "Table 1 has ten rows");
        assertTrue(driver.getCurrentUrl().contains("/sparql?query="), "running puts the query in the address");
        new Select(driver.findElement(By.id("examples"))).selectByValue("contradictions");
        browser.waiting().until(ExpectedConditions.urlContains("example=contradictions"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-keyword")));
        driver.findElement(By.id("run-query")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sparql-results"), "CMP-031"));
        browser.screenshot("sparql-example");
    }

    @Test
    void theComparePageListsTableOneAndTheTextWithCitations() {
        open("/compare");
        browser.screenshot("compare");
        List<WebElement> rows = driver.findElements(By.cssSelector("#table1-rows tbody tr"));
        assertEquals(10, rows.size());
        assertTrue(
                rows.get(0).getText().contains("Cell number")
                        && rows.get(0).getText().contains("[17]"),
                rows.get(0).getText());
        assertTrue(driver.findElement(By.id("text-comparisons")).getText().contains("primary mesenchymal stem cell"));
    }
}
