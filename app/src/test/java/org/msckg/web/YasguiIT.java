package org.msckg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * YASGUI, the SPARQL editor the community uses, on a page served from another origin (a second
 * server on another port and host name), runs its own starter query against /sparql and shows
 * rows: CORS and the union default graph together. YASGUI comes from npm (fixtures/yasgui: its
 * package.json and lock file), installed into target/yasgui by {@code npm ci} on first use.
 */
class YasguiIT {
    private static final Path INSTALL = Fixtures.projectRoot().resolve("app/target/yasgui");
    private static final Path DIST = INSTALL.resolve("node_modules/@zazuko/yasgui/build");

    private static Browser browser;
    private static MsckgServer server;
    private static HttpServer otherOrigin;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        installYasgui();
        server = TestServer.start();
        otherOrigin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/index.html", Fixtures.fixture("yasgui/index.html"), "text/html; charset=utf-8");
        serve("/yasgui.min.js", DIST.resolve("yasgui.min.js"), "text/javascript");
        serve("/yasgui.min.css", DIST.resolve("yasgui.min.css"), "text/css");
        otherOrigin.start();
    }

    @AfterAll
    static void stop() {
        if (browser == null) {
            return;
        }
        browser.close();
        if (server != null) {
            server.close();
        }
        if (otherOrigin != null) {
            otherOrigin.stop(0);
        }
    }

    @Test
    void yasguiOnAnotherOriginRunsItsStarterQueryAndShowsRows() {
        String page = "http://localhost:%d/index.html?endpoint=%s"
                .formatted(
                        otherOrigin.getAddress().getPort(),
                        URLEncoder.encode(server.baseUrl() + "/sparql", StandardCharsets.UTF_8));
        browser.driver().get(page);
        var js = (JavascriptExecutor) browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .withMessage(() -> "YASGUI drew no answer; page error: " + js.executeScript("return window.pageError"))
                .until(d -> js.executeScript("return window.answer") != null);
        browser.screenshot("yasgui-other-origin");
        assertTrue(
                String.valueOf(js.executeScript("return window.starterQuery")).contains("?sub ?pred ?obj"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) js.executeScript("return window.answer");
        assertNull(answer.get("error"), "YASGUI reports no error (a CORS refusal would be one)");
        assertEquals(10L, answer.get("rows"));
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".yasr tbody tr")).size() == 10);
    }

    private static void serve(String path, Path file, String type) {
        otherOrigin.createContext(path, exchange -> {
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** npm ci of the fixture's lock file, once per checkout; skipped like the browser without npm. */
    private static void installYasgui() {
        if (Files.exists(DIST.resolve("yasgui.min.js"))) {
            return;
        }
        try {
            Files.createDirectories(INSTALL);
            for (String f : List.of("package.json", "package-lock.json")) {
                Files.copy(Fixtures.fixture("yasgui/" + f), INSTALL.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            Process npm = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                    .directory(INSTALL.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(INSTALL.resolve("npm.log").toFile())
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci of YASGUI failed: see " + INSTALL.resolve("npm.log"));
            }
        } catch (IOException e) {
            String missing = "the YASGUI test needs npm on the PATH (" + e.getMessage() + ")";
            if (System.getenv("MSCKG_REQUIRE_BROWSER") != null) {
                throw new UncheckedIOException(missing, e);
            }
            browser.close();
            browser = null;
            Assumptions.abort(missing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing YASGUI", e);
        }
    }
}
