package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
    void theMechanismDiagramOf64DrawsTheChainAndAnArrowOpensItsEvidence() {
        open("/entity/MSCKG:0000021");
        driver.findElement(By.linkText("mechanism chains from here")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg .edge")));
        open("/mechanism?from=MSCKG:0000021&to=MSCKG:0003001");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg .edge")));
        String nodes = driver.findElement(By.cssSelector("#diagram svg")).getText();
        assertTrue(nodes.contains("angiogenesis") && nodes.contains("bone loss"), nodes);
        WebElement edge = driver.findElement(By.cssSelector("#diagram svg .edge[data-claim='claim:APB-027']"));
        edge.findElement(By.tagName("text")).click();
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
                "contradiction,origin,kind,side,claim,subject,predicate,object,comparison,certainty,citations,evidence",
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
        new Select(driver.findElement(By.id("examples"))).selectByValue("contradictions");
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
