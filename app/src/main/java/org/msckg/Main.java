package org.msckg;

import java.util.Arrays;
import org.msckg.cli.BuildCommand;
import org.msckg.cli.CommandLine;
import org.msckg.cli.ExplainCommand;
import org.msckg.cli.ExportCommand;
import org.msckg.cli.ImportsCommand;
import org.msckg.cli.ReleaseCommand;
import org.msckg.cli.ServeCommand;
import org.msckg.cli.UsageException;
import org.msckg.store.DatasetStore;

/** The msckg command: build the graph, serve it. */
public final class Main {
    private static final String USAGE = """
            usage: msckg <command> [options]
              build [--data DIR]                       build the graph from ontology/ into a TDB2 dataset
              serve [--port N] [--host H] [--data DIR] serve it (building first when sources changed)
              explain FROM [TO] [--max-hops N]         chains of claims from one entity to another (CURIEs)
              imports classify                         classify the import modules once (after they change)
              imports terms                            write ontology/imports/<ont>_terms.txt from the curated sources
              imports refresh --source DIR [--method BOT|STAR]
                                                       re-extract each import module from DIR/<ont>.owl
              export mappings [--out FILE]             project-to-external mappings as SSSOM TSV
              export --format ttl|nq|jsonld|owl [--graph NAME] [--out FILE] [--data DIR]
                                                       the graph (nq, jsonld: all named graphs; ttl, owl: one or the union)
              release --out DIR                        the release: msckg.owl, msckg-base.owl, msckg.nq, SSSOM, KGX, VoID
              synth --factor N [--out DIR]             a project folder with the curated claims multiplied N times
              bench [--quick] [--factors 1,10,100,1000] benchmark build, start and queries against other engines;
                    [--seconds S]                      writes docs/benchmarks.md
            options:
              --data DIR   where datasets live (default: data/ in the project folder)
              --port N     port to listen on (default 7070; 0 picks a free one)
              --host H     address to bind (default 127.0.0.1)
            serve limits and admin mode (docs/operations.md):
              --query-timeout S            stop a query after S seconds (default 30)
              --max-rows N                 rows per page or API answer; /sparql returns all (default 1000)
              --max-concurrent-queries N   queries at once; more get 503 + Retry-After (default 32)
              --max-body-bytes N           largest request body (default 1048576)
              --max-query-string N         longest query string, in characters (default 32768)
              --admin-password-file FILE   turn on /admin (HTTP Basic, user admin); or set MSCKG_ADMIN_PASSWORD
              --project D  the project folder to build or serve (default: the msckg home)
              --cache N    serve: named-query results kept in memory per build (default 1000; 0: none)
              --in-memory-max-quads N  serve: copy the dataset into memory when it has at most N quads
                           (default: what fits in a quarter of the heap at ~250 bytes each; 0: read TDB2)
              --store URL  build into / serve from a SPARQL 1.1 store (Graph Store Protocol PUT, SPARQL
                           queries) instead of data/; --store-gsp URL when its Graph Store endpoint differs
            """;

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.print(USAGE);
            return;
        }
        try {
            CommandLine cl = CommandLine.parse(Arrays.copyOfRange(args, 1, args.length));
            int status = switch (args[0]) {
                case "build" -> new BuildCommand(cl).run();
                case "serve" -> new ServeCommand(cl).run();
                case "explain" -> new ExplainCommand(cl).run();
                case "imports" -> new ImportsCommand(cl).run();
                case "export" -> new ExportCommand(cl).run();
                case "release" -> new ReleaseCommand(cl).run();
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
            if (status != 0) {
                System.exit(status);
            }
        } catch (DatasetStore.StoreLockedException e) {
            System.err.println("msckg: " + e.getMessage());
            System.exit(1);
        } catch (UsageException e) {
            System.err.println("msckg: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }
}
