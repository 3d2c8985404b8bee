package org.msckg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The class-data archive the launcher asks a {@code serve} to record (docs/operations.md): once the
 * server has started and answered its first request, the JVM writes the classes loaded so far
 * ({@code VM.cds dynamic_dump}, which needs {@code -XX:+RecordDynamicDumpInfo}) to the file named by
 * {@value #PROPERTY}, which later starts map. It is written while the server runs, not at the JVM's exit: a start stopped before its
 * server started (Ctrl-C during a build, a locked dataset) records nothing, and stopping the server
 * never waits for a dump. A start that built the dataset first records nothing either (the next start
 * does): the JDK 17 JVM crashes dumping the lambda classes of a build
 * ({@code SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}), at its exit as well.
 */
final class ClassDataArchive {
    static final String PROPERTY = "msckg.cds.record";

    private ClassDataArchive() {}

    /**
     * When the launcher asks for an archive: once the server has answered {@code health} (its own,
     * so that the classes of answering a request are archived too), records it, in the background.
     */
    static void recordIfAsked(URI health) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        Thread recorder = new Thread(
                () -> {
                    answerOnce(health);
                    record(Path.of(target));
                },
                "class-data-archive");
        recorder.setDaemon(true);
        recorder.start();
    }

    private static void answerOnce(URI health) {
        try (InputStream in = health.toURL().openStream()) {
            in.readAllBytes();
        } catch (IOException e) {
            // the archive then holds the classes of the start alone
        }
    }

    private static void record(Path archive) {
        Path recording = archive.resolveSibling(archive.getFileName() + ".recording");
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "vmCds",
                            new Object[] {new String[] {"dynamic_dump", recording.toString()}},
                            new String[] {String[].class.getName()});
            if (!Files.isRegularFile(recording) || Files.size(recording) == 0) {
                throw new IOException(String.valueOf(answer).strip());
            }
            Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("  class-data archive recorded for the next starts: " + archive);
        } catch (JMException | IOException | RuntimeException e) {
            System.err.println("msckg: the class-data archive was not recorded (" + e.getMessage()
                    + "); the next start records it again");
        }
    }
}
