package org.msckg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options (--name value) and positional arguments of a command. */
public record CommandLine(Map<String, String> options, List<String> positional) {
    /** Options that take no value; present means "true". */
    private static final Set<String> FLAGS = Set.of("quick");

    public static CommandLine parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (FLAGS.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.length) {
                    options.put(name, args[++i]);
                } else {
                    throw new UsageException("option " + a + " needs a value");
                }
            } else {
                positional.add(a);
            }
        }
        return new CommandLine(Map.copyOf(options), List.copyOf(positional));
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number, not '" + v + "'");
        }
    }

    /** The project folder: --project, else the msckg.home property the launcher sets, else the working directory. */
    public Path home() {
        return Path.of(option("project", System.getProperty("msckg.home", ".")));
    }

    public Path dataDir() {
        return Path.of(option("data", home().resolve("data").toString()));
    }

    public void allowOnly(String... names) {
        Set<String> allowed = Set.of(names);
        options.keySet().stream().filter(k -> !allowed.contains(k)).findFirst().ifPresent(k -> {
            throw new UsageException("unknown option --" + k);
        });
    }
}
