package org.msckg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A SHA-256 over the paths and contents of a project's sources: equal sums, equal graphs. With it
 * come each source's own SHA-256 and file status (size, modification and change times), which the
 * build records so that {@link #matches} later reads only the files whose status changed, as git's
 * index does.
 *
 * @param value the checksum
 * @param files the sources, as the checksum read them
 */
public record SourceChecksum(String value, List<SourceFile> files) {
    /**
     * A status taken less than this after the file's last change is not recorded: on a file system
     * that keeps times to the second (FAT: two), a change right after the status could leave the
     * same time, and only the content tells.
     */
    public static final Duration SETTLED = Duration.ofSeconds(2);

    public SourceChecksum {
        files = List.copyOf(files);
    }

    /**
     * One source as a checksum read it.
     *
     * @param path relative to the project folder
     * @param sha256 of its content
     * @param status when the file had not changed for {@link #SETTLED} before it was read
     */
    public record SourceFile(String path, String sha256, Optional<FileStatus> status) {}

    /**
     * What a file's status says of its content without reading it: a write changes the change time,
     * which no tool can set back, and on most file systems the modification time too.
     *
     * @param changed the status change time (ctime), on file systems that keep one
     */
    public record FileStatus(long size, Instant modified, Optional<Instant> changed) {
        static FileStatus of(Path file) throws IOException {
            boolean unix = file.getFileSystem().supportedFileAttributeViews().contains("unix");
            Map<String, Object> a =
                    Files.readAttributes(file, unix ? "unix:size,lastModifiedTime,ctime" : "size,lastModifiedTime");
            return new FileStatus(
                    (Long) a.get("size"),
                    millis(a.get("lastModifiedTime")),
                    Optional.ofNullable(a.get("ctime")).map(FileStatus::millis));
        }

        /** To the millisecond, as the build record keeps times. */
        private static Instant millis(Object time) {
            return ((FileTime) time).toInstant().truncatedTo(ChronoUnit.MILLIS);
        }

        boolean settledBy(Instant now) {
            Instant last = changed.filter(modified::isBefore).orElse(modified);
            return last.isBefore(now.minus(SETTLED));
        }
    }

    public static SourceChecksum of(ProjectLayout layout) {
        return of(layout.root(), layout.sources());
    }

    public static SourceChecksum of(Path root, List<Path> files) {
        return of(root, files, Instant.now());
    }

    /**
     * @param now when the statuses are taken: each before its file's content is read, so that a later
     *     write shows in the status
     */
    static SourceChecksum of(Path root, List<Path> files, Instant now) {
        MessageDigest digest = sha256();
        List<SourceFile> read = new ArrayList<>();
        try {
            for (Path p : files) {
                Optional<FileStatus> status = Optional.of(FileStatus.of(p)).filter(s -> s.settledBy(now));
                String path = root.relativize(p).toString();
                byte[] content = Files.readAllBytes(p);
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                read.add(new SourceFile(path, hex(sha256().digest(content)), status));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceChecksum(hex(digest.digest()), read);
    }

    /**
     * Whether the project's sources are still those this checksum was taken of: the same paths, and
     * each file either of the recorded status or of the recorded content. A checksum without files
     * (recorded before they were) is compared whole.
     */
    public boolean matches(ProjectLayout layout) {
        if (files.isEmpty()) {
            return of(layout).value().equals(value);
        }
        Map<String, SourceFile> recorded =
                files.stream().collect(Collectors.toMap(SourceFile::path, Function.identity()));
        List<Path> sources = layout.sources();
        if (sources.size() != recorded.size()) {
            return false;
        }
        try {
            for (Path p : sources) {
                SourceFile file = recorded.get(layout.root().relativize(p).toString());
                if (file == null) {
                    return false;
                }
                if (file.status().isPresent() && file.status().get().equals(FileStatus.of(p))) {
                    continue;
                }
                if (!hex(sha256().digest(Files.readAllBytes(p))).equals(file.sha256())) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
