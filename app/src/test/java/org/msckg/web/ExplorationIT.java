package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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

/** Exploring without SPARQL or CURIEs, in headless chromium: facets, names, lists, the shareable editor. */
class ExplorationIT {
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

    private static int findings() {
        String heading = driver.findElement(By.id("findings")).getText();
        return Integer.parseInt(heading.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    @Test
    void theOrganismFacetNarrowsTheFindingsToRatsAndCountsThem() {
        open("/entity/MSCKG:0000004");
        int all = findings();
        assertTrue(all > 100, "iPSC-MSCs have many findings: " + all);
        assertTrue(driver.findElements(By.cssSelector("article.claim")).size() <= 25, "one page of findings at a time");
        WebElement rat = driver.findElement(By.cssSelector("#facet-organism a[data-value='NCBITaxon:10116']"));
        int counted = Integer.parseInt(rat.findElement(By.xpath("following-sibling::span[@class='count']"))
                .getText());
        rat.click();
        browser.waiting().until(ExpectedConditions.urlContains("organism=NCBITaxon"));
        browser.screenshot("entity-ipsc-msc-rat");
        assertEquals(counted, findings());
        assertTrue(counted < all);
        List<WebElement> claims = driver.findElements(By.cssSelector("article.claim"));
        assertFalse(claims.isEmpty());
        claims.forEach(c -> assertTrue(c.getText().contains("Rattus norvegicus"), c.getText()));
        assertFalse(driver.findElements(By.cssSelector("h4.relation")).isEmpty(), "findings grouped by relation");
    }

    @Test
    void findingsComeInPagesAndTheInferredSectionLeavesOutUpperOntologyClasses() {
        open("/entity/MSCKG:0000004");
        String first = driver.findElement(By.cssSelector("article.claim")).getAttribute("id");
        driver.findElement(By.id("next-page")).click();
        browser.waiting().until(ExpectedConditions.urlContains("page=2"));
        assertFalse(
                first.equals(driver.findElement(By.cssSelector("article.claim")).getAttribute("id")));
        String inferred = driver.findElement(By.cssSelector("table.inferred")).getText();
        for (String upper : List.of("occurrent", "continuant")) {
            assertFalse(inferred.contains(upper), upper + " in " + inferred);
        }
    }

    @Test
    void theHomePageKindsLeadToTheirListsAndAnEmptySearchSuggestsNearNames() {
        open("/");
        driver.findElement(By.cssSelector("#entity-kinds a[href='/search?kind=disease']"))
                .click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        browser.screenshot("diseases");
        assertTrue(
                driver.findElements(By.cssSelector("#search-results tbody tr")).size() > 10);
        assertTrue(driver.findElements(By.cssSelector("#search-results .kind")).stream()
                .allMatch(k -> k.getText().equals("disease")));
        open("/search?q=angiogensis");
        browser.screenshot("search-near-matches");
        assertTrue(driver.findElement(By.id("no-results")).isDisplayed());
        driver.findElement(By.cssSelector("#near-matches a")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-results")));
        assertEquals(
                "angiogenesis",
                driver.findElement(By.cssSelector("#search-results tbody a")).getText());
    }

    @Test
    void anUnknownPathAnswersAPageToABrowser() {
        open("/no/such/page");
        browser.screenshot("not-found");
        assertEquals("Not found", driver.findElement(By.tagName("h1")).getText());
        assertTrue(main().contains("no page at /no/such/page"), main());
    }

    @Test
    void aNamedQueryTakesANameForItsTermAndShowsLabelsBesideIdentifiers() {
        open("/queries");
        WebElement term = driver.findElement(By.cssSelector("#q-claims-about-term input[name=term]"));
        term.clear();
        term.sendKeys("TSG-6");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("#q-claims-about-term datalist option"))
                        .isEmpty());
        driver.findElement(By.id("run-claims-about-term")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("query-results")));
        browser.screenshot("query-claims-about-tsg-6");
        String header =
                driver.findElement(By.cssSelector("#query-results thead")).getText();
        assertTrue(header.contains("subjectLabel") && header.contains("objectLabel"), header);
        assertTrue(
                driver.findElement(By.id("query-results"))
                        .getText()
                        .contains("tumor necrosis factor-stimulated gene-6 protein"),
                driver.findElement(By.id("query-results")).getText());
    }

    @Test
    void theEditorOpensASharedQueryAndRunningItPutsItInTheAddress() {
        String ask = "PREFIX msckg: <https://w3id.org/msckg/schema/>\nASK { GRAPH ?g { ?row a msckg:Table1Row } }";
        open("/sparql?query=" + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-keyword")));
        assertEquals(ask, ((JavascriptExecutor) driver).executeScript("return window.msckgEditor.getValue();"));
        String other = "SELECT ?cell (COUNT(?claim) AS ?claims) WHERE { GRAPH <https://w3id.org/msckg/graph/asserted> {"
                + " ?claim <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?cell } } GROUP BY ?cell"
                + " ORDER BY DESC(?claims) LIMIT 5";
        ((JavascriptExecutor) driver).executeScript("window.msckgEditor.setValue(arguments[0]);", other);
        driver.findElement(By.id("run-query")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sparql-results .label")));
        browser.screenshot("sparql-labels");
        String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
        assertTrue(url.endsWith("/sparql?query=" + other), url);
        WebElement first = driver.findElement(By.cssSelector("#sparql-results tbody a.iri"));
        assertTrue(first.getAttribute("href").contains("/entity/"), "project IRIs link to their entity pages");
        driver.findElement(By.id("show-chart")).click();
        assertEquals(5, driver.findElements(By.cssSelector("#chart ul.bars li")).size());
        browser.screenshot("sparql-chart");
        driver.navigate().refresh();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-keyword")));
        assertEquals(other, ((JavascriptExecutor) driver).executeScript("return window.msckgEditor.getValue();"));
    }

    @Test
    void anExampleWithAParameterSaysWhatItIsBoundTo() {
        open("/sparql?example=claims-about-term&term=MSCKG:0000021");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .cm-keyword")));
        assertTrue(driver.findElement(By.id("example-parameters")).isDisplayed());
        String query = (String) ((JavascriptExecutor) driver).executeScript("return window.msckgEditor.getValue();");
        assertTrue(query.contains("?_term = MSCKG:0000021"), query);
        assertFalse(query.contains("?_term ;"), "the parameter is written into the query: " + query);
    }
}
