package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.reason.mechanism.ClosureBuilder;
import org.msckg.reason.mechanism.ClosureWriter;
import org.msckg.reason.mechanism.Hops;
import org.msckg.server.Application;
import org.msckg.server.MsckgServer;
import org.msckg.server.ServiceConfig;
import org.msckg.vocab.NamedGraphs;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Markup in labels and evidence (a fixture) is shown as text on every page and never runs. */
class HostileLabelsIT {
    private static final String LABEL = "<script>window.injected=1</script> stem cell";
    private static MsckgServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dataset, Fixtures.fixture("web/hostile.trig").toString());
        Model claims = ModelFactory.createModelForGraph(dataset.getGraph(NamedGraphs.ASSERTED.node()))
                .union(ModelFactory.createModelForGraph(dataset.getGraph(NamedGraphs.ONTOLOGY.node())));
        Model closure = ClosureWriter.write(new ClosureBuilder(Hops.read(claims), c -> Set.of()).build());
        closure.getGraph()
                .find()
                .forEach(
                        t -> dataset.add(NamedGraphs.INFERRED.node(), t.getSubject(), t.getPredicate(), t.getObject()));
        server = Application.start(
                dataset,
                ServiceConfig.read(Fixtures.projectRoot().resolve("fuseki-config/msckg-mem.ttl")),
                Fixtures.projectRoot().resolve("queries"),
                "127.0.0.1",
                0);
    }

    @AfterAll
    static void stop() {
        if (browser == null) {
            return;
        }
        browser.close();
        server.close();
    }

    private void open(String path) {
        browser.driver().get(server.baseUrl() + path);
    }

    private Object injected() {
        return ((JavascriptExecutor) browser.driver())
                .executeScript("return window.injected === undefined ? 'none' : window.injected;");
    }

    @Test
    void aLabelWithAScriptTagIsShownAsTextOnTheEntityPage() {
        open("/entity/MSCKG:9000001");
        browser.screenshot("hostile-entity");
        assertEquals(LABEL, browser.driver().findElement(By.tagName("h1")).getText());
        String text = browser.driver().findElement(By.tagName("main")).getText();
        assertTrue(text.contains("<b>bold</b> cell"), "the synonym's markup is text");
        assertTrue(
                text.contains("The cells <script>window.injected=3</script> promoted angiogenesis[1]."),
                "the evidence's markup is text");
        assertTrue(text.contains("angio<img src=x onerror=\"window.injected=2\">genesis"), text);
        assertTrue(
                browser.driver().findElements(By.cssSelector("main img")).isEmpty(),
                "no image element came from a label");
        assertEquals("none", injected());
    }

    @Test
    void searchResultsAndTheMechanismDiagramShowTheLabelAsText() {
        open("/search?q=script");
        browser.screenshot("hostile-search");
        assertEquals(
                LABEL,
                browser.driver()
                        .findElement(By.cssSelector("#search-results tbody tr a"))
                        .getText());
        open("/mechanism?from=MSCKG:9000001&to=MSCKG:9000002");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-edges]")));
        browser.screenshot("hostile-mechanism");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String nodeLabels = String.valueOf(
                js.executeScript("return window.msckgMechanism.cy.nodes().map(n => n.data('label')).join(' ');"));
        assertTrue(nodeLabels.replace("\n", " ").contains("<script>window.injected=1</script>"), nodeLabels);
        js.executeScript("window.msckgMechanism.showEvidence(window.msckgMechanism.cy.edges()[0]);");
        String evidence = browser.driver().findElement(By.id("evidence")).getText();
        assertTrue(evidence.contains("<script>window.injected=3</script>"), evidence);
        assertFalse(
                browser.driver().getPageSource().contains("<script>window.injected"),
                "the page source holds no live script tag");
        assertEquals("none", injected());
    }
}
