package org.msckg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.build.SourceChecksum.SourceFile;

/** The source checksum, and the file statuses that spare a later check from reading unchanged files. */
class SourceChecksumTest {
    @TempDir
    Path root;

    private ProjectLayout layout;
    private Path ontology;
    private Path table;

    @BeforeEach
    void aProjectOfTwoSources() throws IOException {
        layout = new ProjectLayout(root);
        ontology = Files.createDirectories(layout.ontologyFile().getParent()).resolve("msckg.ttl");
        table = Files.createDirectories(layout.claimsDir()).resolve("table1.tsv");
        Files.writeString(ontology, "@prefix msckg: <https://w3id.org/msckg/schema/> .\n");
        Files.writeString(table, "subject\tobject\nMSCKG:0000001\tMONDO:0005300\n");
    }

    /** As a build records the sources once their files have not changed for a while. */
    private SourceChecksum settled() {
        return SourceChecksum.of(root, layout.sources(), Instant.now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void theChecksumIsASha256OverEachPathZeroByteAndContentInPathOrder() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path p : List.of(table, ontology)) {
            digest.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(p));
        }
        assertEquals(
                HexFormat.of().formatHex(digest.digest()),
                SourceChecksum.of(layout).value(),
                "the sum of datasets built before file statuses were recorded");
    }

    @Test
    void aSourceChangedJustBeforeTheChecksumGetsNoStatusSoASameSizeEditIsStillSeen() throws IOException {
        SourceChecksum recorded = SourceChecksum.of(layout);
        assertTrue(
                recorded.files().stream().allMatch(f -> f.status().isEmpty()),
                "written less than " + SourceChecksum.SETTLED + " ago: " + recorded.files());
        FileTime time = Files.getLastModifiedTime(table);
        Files.writeString(table, Files.readString(table).replace("5300", "5301"));
        Files.setLastModifiedTime(table, time);
        assertFalse(recorded.matches(layout), "same size, same modification time, other content");
    }

    @Test
    void aSourceWhoseStatusIsAsRecordedIsNotRead() {
        SourceChecksum recorded = settled();
        assertTrue(
                recorded.files().stream().allMatch(f -> f.status().isPresent()),
                recorded.files().toString());
        List<SourceFile> otherSums = recorded.files().stream()
                .map(f -> new SourceFile(f.path(), "0".repeat(64), f.status()))
                .toList();
        assertTrue(
                new SourceChecksum(recorded.value(), otherSums).matches(layout),
                "matched on the status alone: the recorded sums were not compared");
    }

    @Test
    void aSameSizeEditWithANewModificationTimeCallsForARebuild() throws IOException {
        SourceChecksum recorded = settled();
        FileTime time = Files.getLastModifiedTime(table);
        Files.writeString(table, Files.readString(table).replace("5300", "5301"));
        Files.setLastModifiedTime(table, FileTime.from(time.toInstant().plusSeconds(1)));
        assertFalse(recorded.matches(layout));
    }

    @Test
    void aSourceTouchedWithoutAChangeIsReadAndFoundTheSame() throws IOException {
        SourceChecksum recorded = settled();
        Files.setLastModifiedTime(table, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(recorded.matches(layout));
    }

    @Test
    void anAddedOrRemovedSourceCallsForARebuild() throws IOException {
        SourceChecksum recorded = settled();
        Path added = layout.claimsDir().resolve("table2.tsv");
        Files.writeString(added, "subject\tobject\n");
        assertFalse(recorded.matches(layout), "a table was added");
        Files.delete(added);
        assertTrue(recorded.matches(layout));
        Files.delete(table);
        assertFalse(recorded.matches(layout), "a table was removed");
    }

    @Test
    void aRecordWithoutFilesIsComparedWhole() throws IOException {
        String value = SourceChecksum.of(layout).value();
        assertTrue(new SourceChecksum(value, List.of()).matches(layout));
        Files.writeString(table, "subject\tobject\n");
        assertFalse(new SourceChecksum(value, List.of()).matches(layout));
    }
}
