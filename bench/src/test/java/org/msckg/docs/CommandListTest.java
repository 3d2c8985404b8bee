package org.msckg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.msckg.Fixtures;
import org.msckg.bench.BenchMain;
import org.msckg.cli.CommandLines;
import org.msckg.cli.MsckgCommand;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands that README.md and docs/*.md show exist with the options they show, and README.md shows
 * every command; checked against picocli's command specs of the product and of the benchmark module
 * (this module is the one that sees both).
 */
class CommandListTest {
    private static final Pattern OPTION = Pattern.compile("^\\[?(--?[a-z][a-z0-9-]*)");

    private final CommandSpec product = MsckgCommand.commandLine().getCommandSpec();
    private final CommandSpec benchmark = CommandLines.of(new BenchMain()).getCommandSpec();

    /** The command a documented line runs, checking each of its options on the way; its qualified name. */
    private String check(DocCommands.Command c, List<String> problems) {
        CommandSpec spec = !c.words().isEmpty()
                        && benchmark.subcommands().containsKey(c.words().get(0))
                ? benchmark
                : product;
        boolean optionsStarted = false;
        for (String word : c.words()) {
            Matcher option = OPTION.matcher(word);
            if (option.find()) {
                optionsStarted = true;
                if (spec.findOption(option.group(1)) == null) {
                    problems.add(c.where() + ": " + spec.qualifiedName() + " has no option " + option.group(1));
                }
            } else if (!optionsStarted && spec.subcommands().containsKey(word)) {
                spec = spec.subcommands().get(word).getCommandSpec();
            }
        }
        return spec.qualifiedName();
    }

    private static void commandsOf(CommandSpec spec, Set<String> names) {
        spec.subcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                names.add(sub.getCommandSpec().qualifiedName());
                commandsOf(sub.getCommandSpec(), names);
            }
        });
    }

    @Test
    void everyDocumentedCommandAndOptionExists() {
        List<String> problems = new ArrayList<>();
        List<DocCommands.Command> all = DocCommands.all();
        assertTrue(all.size() > 20, "the docs show the commands: " + all);
        all.forEach(c -> check(c, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void theReadmeShowsEveryCommand() {
        Set<String> shown = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (DocCommands.Command c : DocCommands.in(Fixtures.projectRoot().resolve("README.md"))) {
            String name = check(c, problems);
            for (String prefix = name; prefix.contains(" "); prefix = prefix.substring(0, prefix.lastIndexOf(' '))) {
                shown.add(prefix);
            }
        }
        Set<String> commands = new TreeSet<>();
        commandsOf(product, commands);
        commandsOf(benchmark, commands);
        assertTrue(
                commands.containsAll(Set.of("msckg serve", "msckg imports refresh", "msckg bench")),
                commands.toString());
        Set<String> missing = new TreeSet<>(commands);
        missing.removeAll(shown);
        assertEquals(Set.of(), missing, "commands the README does not show");
    }

    @Test
    void anOptionThatDoesNotExistIsFound() {
        List<String> problems = new ArrayList<>();
        String name = check(
                new DocCommands.Command(
                        "example", Map.of(), "", List.of("imports", "refresh", "--source", "DIR", "[--depth", "N]")),
                problems);
        assertEquals("msckg imports refresh", name);
        assertEquals(List.of("example: msckg imports refresh has no option --depth"), problems);
        assertNotNull(product.subcommands().get("serve").getCommandSpec().findOption("--config"));
        assertFalse(product.subcommands().containsKey("bench"), "the benchmark is not a product command");
    }
}
