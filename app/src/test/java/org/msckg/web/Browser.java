package org.msckg.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.msckg.Fixtures;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian chromium driven by its chromedriver, both found on PATH; screenshots under target/screenshots/. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Fixtures.projectRoot().resolve("target/screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /**
     * Starts headless chromium; where chromium or chromedriver is missing the calling tests are skipped,
     * or fail when MSCKG_REQUIRE_BROWSER is set (.ci/run installs both and sets it).
     */
    static Browser start() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = "the browser tests need chromium and chromedriver on the PATH"
                    + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
            if (System.getenv("MSCKG_REQUIRE_BROWSER") != null) {
                throw new IllegalStateException("MSCKG_REQUIRE_BROWSER is set but " + missing);
            }
            System.err.println("SKIPPED browser tests: " + missing);
            Assumptions.abort(missing);
        }
        try {
            Path profile = Files.createTempDirectory("msckg-chromium-");
            Path downloads = Files.createDirectories(Fixtures.projectRoot().resolve("target/downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1366,900",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption(
                    "prefs",
                    Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    Path downloads() {
        return downloads;
    }

    /**
     * Saves what the page shows as an artifact, once it has loaded. Chromium's capture sometimes times out just
     * after a navigation ("aborted by navigation: Not attached to an active page"); it is tried three times, and a
     * screenshot that still cannot be taken is reported on stderr, since the tests check the page itself.
     */
    void screenshot(String name) {
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        TimeoutException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + ".png"), png);
                return;
            } catch (TimeoutException e) {
                last = e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.err.println("screenshot " + name + " not taken: "
                + last.getMessage().lines().findFirst().orElse(""));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .map(Path::toFile)
                    .forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
