package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msckg.Fixtures;
import org.msckg.TestServer;
import org.msckg.server.MsckgServer;

/**
 * Every shell example of docs/operations.md that is followed by an {@code expect:} line runs, as
 * written, with bash against a test server over the real graph (its address in place of
 * http://127.0.0.1:7070), and prints the text the doc promises.
 */
class ServingDocIT {
    private static final Pattern EXAMPLE = Pattern.compile("```sh\\n(.*?)```\\nexpect: `([^`]+)`", Pattern.DOTALL);
    private static final String DOC_ADDRESS = "http://127.0.0.1:7070";

    private static MsckgServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCommandPrintsWhatTheDocPromises() throws IOException {
        String doc = Files.readString(Fixtures.projectRoot().resolve("docs/operations.md"));
        var m = EXAMPLE.matcher(doc);
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String command = m.group(1).trim();
            String expected = m.group(2);
            tests.add(DynamicTest.dynamicTest(command, () -> {
                String output = run(command.replace(DOC_ADDRESS, server.baseUrl()));
                assertTrue(output.contains(expected), () -> "expected " + expected + " in\n" + output);
            }));
        }
        assertFalse(tests.size() < 6, "docs/operations.md lost its examples: " + tests.size());
        return tests.stream();
    }

    private static String run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", command)
                .redirectErrorStream(true)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command);
        assertEquals(0, p.exitValue(), () -> command + "\n" + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
