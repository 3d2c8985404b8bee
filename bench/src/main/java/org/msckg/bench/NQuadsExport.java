package org.msckg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.msckg.store.DatasetStore;

/** The current dataset of a data folder as one N-Quads file, which the other engines load. */
final class NQuadsExport {
    private NQuadsExport() {}

    static Path write(Path dataDir, Path file) {
        var dsg = new DatasetStore(dataDir).openCurrent().orElseThrow();
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TDBInternal.expel(dsg);
        }
        return file;
    }
}
