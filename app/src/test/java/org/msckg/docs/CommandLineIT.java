package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msckg.Fixtures;
import org.msckg.Main;
import org.msckg.cli.MsckgCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs every {@code ./msckg} command that README.md and docs/*.md show (ROBOT's CommandLineIT), on a
 * copy of the project, except those in {@code docs/commands-not-run.tsv}, which says why. Placeholders
 * become test values ({@link #value}); {@code [optional]} parts are given; {@code a|b} runs each. serve
 * runs as its own process, on a free port, until {@code /health} answers; the others run in this JVM.
 */
class CommandLineIT {
    private static final Pattern SERVING = Pattern.compile("^msckg serving http://[^:]+:(\\d+)");
    private static final String PASSWORD = "a password long enough";

    @TempDir
    static Path work;

    static Path project;
    static Map<String, String> notRun;

    @BeforeAll
    static void copyTheProject() throws IOException {
        project = work.resolve("project");
        for (String dir : List.of("ontology", "queries", "fuseki-config")) {
            copy(Fixtures.projectRoot().resolve(dir), project.resolve(dir));
        }
        notRun = new LinkedHashMap<>();
        try (var lines =
                Files.lines(Fixtures.projectRoot().resolve("app/src/test/resources/docs/commands-not-run.tsv"))) {
            lines.filter(l -> !l.startsWith("#") && !l.startsWith("command\t"))
                    .map(l -> l.split("\t"))
                    .forEach(f -> notRun.put(f[0], f[1]));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A documented placeholder (after the option it follows) as the value a test can use. */
    private static String value(String option, String word) throws IOException {
        return switch (option + " " + word) {
            case "--admin-password-file F", "--admin-password-file /etc/msckg/admin-password" ->
                Files.writeString(work.resolve("admin-password"), PASSWORD + "\n")
                        .toString();
            case "--out FILE" -> work.resolve("out").toString();
            case "--out DIR" -> work.resolve("release").toString();
            case "--source DIR" ->
                Files.createDirectories(work.resolve("releases")).toString();
            case "--graph NAME" -> "asserted";
            // a free port rather than 8080, which may be taken
            case "--port 8080" -> "0";
            default -> word;
        };
    }

    /** The argument lists a documented command stands for: placeholders filled, optional parts given, a|b each. */
    private static List<List<String>> invocations(DocCommands.Command c) throws IOException {
        List<List<String>> runs = new ArrayList<>(List.of(new ArrayList<>()));
        String option = "";
        for (String raw : c.words()) {
            String word = raw.replace("[", "").replace("]", "");
            List<String> alternatives = word.startsWith("-") ? List.of(word) : List.of(word.split("\\|"));
            List<List<String>> next = new ArrayList<>();
            for (List<String> run : runs) {
                for (String alternative : alternatives) {
                    List<String> longer = new ArrayList<>(run);
                    longer.add(value(option, alternative));
                    next.add(longer);
                }
            }
            runs = next;
            option = word.startsWith("--") ? word : "";
        }
        return runs;
    }

    @Test
    void everyDocumentedCommandRunsOrIsListedWithAReason() throws Exception {
        List<DocCommands.Command> documented = DocCommands.all();
        Set<String> shown = new LinkedHashSet<>();
        documented.forEach(c -> shown.add(c.text()));
        assertEquals(
                List.of(),
                notRun.keySet().stream().filter(k -> !shown.contains(k)).toList(),
                "commands-not-run.tsv lists commands the docs no longer show");

        Map<List<String>, DocCommands.Command> runs = new LinkedHashMap<>();
        for (DocCommands.Command c : documented) {
            if (!notRun.containsKey(c.text())) {
                for (List<String> args : invocations(c)) {
                    runs.putIfAbsent(args, c);
                }
            }
        }
        assertTrue(
                runs.keySet().stream().anyMatch(a -> a.get(0).equals("serve")),
                runs.keySet().toString());
        // build first, then the servers (own processes, each holding the dataset), then the rest here
        List<String> failures = new ArrayList<>();
        for (String phase : List.of("build", "serve", "")) {
            for (var run : runs.entrySet()) {
                String command = run.getKey().get(0);
                boolean inPhase =
                        phase.isEmpty() ? !command.equals("build") && !command.equals("serve") : command.equals(phase);
                if (inPhase) {
                    boolean server = command.equals("serve") && !run.getKey().contains("--help");
                    String problem = server ? serve(run.getValue(), run.getKey()) : runHere(run.getKey());
                    if (problem != null) {
                        failures.add(run.getValue().where() + " " + String.join(" ", run.getKey()) + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Runs a command in this JVM with the project copy as --project; null when it succeeded. */
    private static String runHere(List<String> args) {
        int out = args.indexOf("--out");
        Path file = out >= 0 ? Path.of(args.get(out + 1)) : null;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CommandLine cl = MsckgCommand.commandLine();
        cl.setDefaultValueProvider(
                arg -> arg instanceof OptionSpec o && o.longestName().equals("--project") ? project.toString() : null);
        int status = cl.execute(args.toArray(String[]::new));
        if (status != 0) {
            return "exit status " + status;
        }
        if (file != null) {
            try {
                return Files.size(file) > 0 ? null : file + " is empty";
            } catch (IOException e) {
                return file + " was not written";
            }
        }
        return null;
    }

    /** Starts {@code msckg serve} as the launcher would, asks /health and stops it; null when it answered 200. */
    private static String serve(DocCommands.Command c, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dmsckg.home=" + project,
                Main.class.getName()));
        command.addAll(args);
        if (!args.contains("--port")) {
            command.addAll(List.of("--port", "0")); // never the default 7070, which another server may hold
        }
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(c.environment());
        environment.replaceAll((k, v) -> k.equals("MSCKG_ADMIN_PASSWORD") ? PASSWORD : v);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            List<String> output = new ArrayList<>();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String port = null;
            for (String line; port == null && (line = lines.readLine()) != null; ) {
                output.add(line);
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = m.group(1);
                }
            }
            if (port == null) {
                return "never served: " + String.join("\n", output);
            }
            Thread drain = new Thread(() -> lines.lines().forEach(l -> {}), "drain serve output");
            drain.setDaemon(true);
            drain.start();
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"status\"")
                    ? null
                    : "/health answered " + health.statusCode() + ": " + health.body();
        } catch (UncheckedIOException e) {
            return e.getMessage();
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
