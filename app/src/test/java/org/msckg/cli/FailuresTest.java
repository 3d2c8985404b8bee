package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void aBuildThatRunsOutOfHeapExitsWithOneAndSaysHowMuchItHadAndHowToGiveItMore() {
        PrintStream err = System.err;
        var captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Failures.report(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
        } finally {
            System.setErr(err);
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertTrue(said.startsWith("build failed: MSCKG-BLD-001 the build ran out of memory"), said);
        assertTrue(said.contains("the previous dataset, if any, is unchanged."), said);
        assertTrue(!said.contains("Java heap space") && !said.contains("at org."), "no JVM text: " + said);
    }

    @Test
    void theAdviceDoublesTheHeapInWholeGibibytes() {
        String message = Failures.outOfMemory(6L * 1024 * 1024 * 1024);
        assertTrue(message.contains("a heap of 6,144 MiB"), message);
        assertTrue(message.contains("MSCKG_JAVA_OPTS=-Xmx12g ./msckg build"), message);
        assertTrue(Failures.outOfMemory(256L * 1024 * 1024).contains("-Xmx2g"));
    }
}
