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
        } catch (OutOfMemoryError e) {
            System.err.println(
                    "build failed: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            System.err.println("the previous dataset, if any, is unchanged.");
            return 1;
        }
    }

    /** The message for a build that ran out of heap: how much it had, and how to give it more. */
    static String outOfMemory(long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        return ("MSCKG-BLD-001 the build ran out of memory in a heap of %,d MiB; give the JVM more, e.g."
                        + " MSCKG_JAVA_OPTS=-Xmx%dg ./msckg build (docs/operations.md, \"Memory: the heap\")")
                .formatted(mib, Math.max(2, 2 * ((mib + 1023) / 1024)));
    }
}
