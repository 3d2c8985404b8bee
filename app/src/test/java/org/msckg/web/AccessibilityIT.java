package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** axe-core (test resources, from its npm package) on every kind of page: no serious or critical violation. */
class AccessibilityIT {
    private static MsckgServer server;
    private static Browser browser;
    private static WebDriver driver;
    private static String axe;

    @BeforeAll
    static void start() {
        browser = Browser.start();
        server = TestServer.start();
        driver = browser.driver();
        // axe over the longest pages (the comparison tables) takes tens of seconds on a busy machine
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        if (browser == null) {
            return;
        }
        browser.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/search?q=iPSC-MSC",
                "/search?q=angiogensis",
                "/search?kind=disease",
                "/entity/MSCKG:0000004",
                "/entity/ref:64",
                "/entity/ref:5",
                "/entity/claim:APB-027",
                "/mechanism",
                "/mechanism?from=iPSC-MSC&to=angiogenesis",
                "/compare",
                "/queries",
                "/queries/claims-about-term?term=TSG-6",
                "/queries/p12-exosome-chain-to-bone-loss",
                "/sparql",
                "/sparql?example=claims-about-term",
                "/api-docs",
                "/no/such/page"
            })
    void aPageHasNoSeriousOrCriticalViolation(String path) {
        driver.get(server.baseUrl() + path);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        if (path.startsWith("/mechanism?")) {
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-edges]")));
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                               nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))));""");
        assertEquals(List.of(), violations, path);
    }
}
