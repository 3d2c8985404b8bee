package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        open("/entity/MSCKG:0000004?section=Bone%20regeneration");
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
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js("""
                // a point of the picture where this arrow, not a neighbour, is what a click hits
                const cy = window.msckgMechanism.cy, e = cy.edges().filter(e => e.data('claim') === 'claim:APB-027')[0];
                const b = e.boundingBox({ includeLabels: false }), z = cy.zoom(), pan = cy.pan();
                for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
                  const x = b.x1 + (b.x2 - b.x1) * i / 40, y = b.y1 + (b.y2 - b.y1) * j / 40;
                  const hit = cy.renderer().findNearestElement(x, y, true, false);
                  if (hit && hit.id() === e.id()) {
                    return {x: x * z + pan.x - cy.width() / 2, y: y * z + pan.y - cy.height() / 2};
                  }
                }
                return null;""");
        assertTrue(at != null, "the arrow of claim:APB-027 can be clicked somewhere");
        new Actions(driver)
                .moveToElement(
                        driver.findElement(By.id("diagram")),
                        ((Number) at.get("x")).intValue(),
                        ((Number) at.get("y")).intValue())
                .click()
                .perform();
        WebElement evidence = driver.findElement(By.id("evidence"));
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
        assertEquals(5, driver.findElements(By.cssSelector("#legend li")).size(), "the legend names every style");
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
