package org.msckg.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work run on a thread of its own beside the caller's, for build stages that do not depend on each
 * other: on 2 cores the two run at once (docs/benchmarks.md, "Build stages side by side").
 */
public final class Beside<T> {
    private final FutureTask<T> task;

    private Beside(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> Beside<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Beside<>(task);
    }

    public static Beside<Void> start(String name, Runnable work) {
        return start(name, () -> {
            work.run();
            return null;
        });
    }

    /** The work's result once it has ended; what made it fail is thrown here. */
    public T join() {
        try {
            return uninterruptibly();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for the work to end, whatever its outcome: a caller that fails waits before it reports, so
     * that no work of a failed build or write is left running.
     */
    public void await() {
        try {
            uninterruptibly();
        } catch (ExecutionException e) {
            // the caller's own failure is the one reported
        }
    }

    private T uninterruptibly() throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
