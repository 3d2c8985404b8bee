package org.msckg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line that runs a command holds that command alone; the others need every command. */
class MsckgCommandTest {
    private static final Set<String> ALL = Set.of("build", "serve", "explain", "imports", "export", "release", "help");

    private static Set<String> commands(String... args) {
        return MsckgCommand.commandLineFor(args).getSubcommands().keySet();
    }

    @Test
    void aCommandRunsWithOnlyItsOwnOptionsRead() {
        assertEquals(Set.of("serve"), commands("serve", "--port", "0"));
        assertEquals(Set.of("export"), commands("export", "--help"));
        assertEquals(ALL, MsckgCommand.commandLine().getSubcommands().keySet());
    }

    @Test
    void theListOfCommandsHelpAndAMisspeltCommandGetEveryCommand() {
        for (List<String> args :
                List.of(List.<String>of(), List.of("--help"), List.of("help", "serve"), List.of("sevre"))) {
            assertEquals(ALL, commands(args.toArray(String[]::new)), args.toString());
        }
    }

    @Test
    void aMisspeltCommandIsAUsageErrorThatSuggestsTheCommandMeant() {
        StringWriter err = new StringWriter();
        CommandLine cl = MsckgCommand.commandLineFor(new String[] {"sevre"});
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("sevre"));
        assertTrue(err.toString().contains("serve"), err.toString());
    }

    @Test
    void aCommandsHelpNamesItUnderMsckg() {
        StringWriter out = new StringWriter();
        CommandLine cl = MsckgCommand.commandLineFor(new String[] {"serve", "--help"});
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("serve", "--help"));
        assertTrue(out.toString().startsWith("Usage: msckg serve "), out.toString());
    }
}
