package org.msckg.cli;

import org.msckg.build.ShapeValidator;
import org.msckg.curate.CurationException;
import org.msckg.imports.ImportTaxonomyFile;
import org.msckg.reason.ReasoningException;
import org.msckg.store.RemoteStore;

/** Turns the domain failures of a command into a message and exit status 1, never a stack trace. */
final class Failures {
    private Failures() {}

    static int report(Runnable work) {
        try {
            work.run();
            return 0;
        } catch (RemoteStore.RemoteStoreException e) {
            System.err.println("build failed: " + e.getMessage());
            return 1;
        } catch (CurationException
                | ReasoningException
                | ShapeValidator.ShapeViolationException
                | ImportTaxonomyFile.StaleImportsException e) {
            System.err.println("build failed: " + e.getMessage());
            System.err.println("the previous dataset, if any, is unchanged.");
            return 1;
        }
    }
}
