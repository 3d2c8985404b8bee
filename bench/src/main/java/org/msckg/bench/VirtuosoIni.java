package org.msckg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A throwaway virtuoso.ini: SQL and HTTP on 127.0.0.1 only, the data folder allowed. */
final class VirtuosoIni {
    /** The benchmark's ResultSetMaxRows, above any answer it asks for: Virtuoso cuts answers to it silently. */
    static final int BENCH_MAX_ROWS = 10_000_000;

    private VirtuosoIni() {}

    static String text(Path dir, Path data, int sqlPort, int httpPort, int resultSetMaxRows) {
        return """
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel      = 7
                FileExtend         = 200
                MaxCheckpointRemap = 2000
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile       = %1$s/virtuoso-temp.db
                TransactionFile    = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping           = 0

                [Parameters]
                ServerPort           = 127.0.0.1:%3$d
                DisableUnixSocket    = 1
                MaxClientConnections = 20
                CheckpointInterval   = 60
                CaseMode             = 2
                DirsAllowed          = ., %2$s
                NumberOfBuffers      = 170000
                MaxDirtyBuffers      = 130000
                ThreadsPerQuery      = 2
                AsyncQueueMaxThreads = 10

                [HTTPServer]
                ServerPort           = 127.0.0.1:%4$d
                ServerRoot           = %1$s
                MaxClientConnections = 20
                ServerThreads        = 20
                MaxKeepAlives        = 20
                KeepAliveTimeout     = 10
                EnabledGzipContent   = 0

                [SPARQL]
                ResultSetMaxRows           = %5$d
                MaxQueryCostEstimationTime = 0
                MaxQueryExecutionTime      = 60
                """.formatted(dir, data, sqlPort, httpPort, resultSetMaxRows);
    }

    /** The first line virtuoso-t -? prints, which names its version. */
    static String version() {
        try {
            Process p = new ProcessBuilder("virtuoso-t", "-?")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            var m = java.util.regex.Pattern.compile("Version (\\S+)").matcher(out);
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
