package org.msckg.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.msckg.Fixtures;

/** The {@code ./msckg} commands shown in code blocks of README.md and docs/*.md, as written. */
public final class DocCommands {
    private static final Pattern LINE = Pattern.compile("^((?:[A-Z_]+=\\S+\\s+)*)\\./msckg(\\s.*)?$");

    /**
     * One command: where it is shown, the environment it sets ({@code VAR=value ./msckg ...}), its text
     * without the comment, and its words after {@code ./msckg}.
     */
    public record Command(String where, Map<String, String> environment, String text, List<String> words) {}

    private DocCommands() {}

    public static List<Path> pages() {
        Path root = Fixtures.projectRoot();
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Command> all() {
        return pages().stream().flatMap(p -> in(p).stream()).toList();
    }

    public static List<Command> in(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Command> commands = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            String text = line.replaceFirst("\\s+#.*$", "").strip();
            Matcher m = LINE.matcher(text);
            if (inBlock && m.matches()) {
                Map<String, String> environment = new LinkedHashMap<>();
                for (String assignment : m.group(1).strip().split("\\s+")) {
                    if (!assignment.isEmpty()) {
                        String[] kv = assignment.split("=", 2);
                        environment.put(kv[0], kv[1].replaceAll("^'|'$", ""));
                    }
                }
                String rest = m.group(2) == null ? "" : m.group(2).strip();
                commands.add(new Command(
                        Fixtures.projectRoot().relativize(page) + ":" + (i + 1),
                        environment,
                        text,
                        rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"))));
            }
        }
        return commands;
    }
}
