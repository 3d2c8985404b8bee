package org.msckg.store;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Sorts rows of four longs, laid end to end in one array, in place, comparing the columns in a given
 * order: one array serves all six quad indexes, each sorted in turn, without a copy per index or an
 * object per row.
 */
final class TupleSort {
    static final int WIDTH = 4;
    private static final int INSERTION_SORT_ROWS = 16;
    private static final int PARALLEL_ROWS = 1 << 16;
    /**
     * Partitions split in parallel at most this deep (64 parts): enough to keep the cores busy when the
     * splits are uneven, and the stack stays shallow however uneven they are. Splitting until the
     * parts were small, without a bound, overflowed the stack of an x1000 load (28 million rows),
     * where each level of waiting on a part can run another part on the same stack.
     */
    private static final int PARALLEL_DEPTH = 6;

    private TupleSort() {}

    /** @param columns the columns to compare, most significant first (a permutation of 0-3) */
    static void sort(long[] rows, int[] columns) {
        ForkJoinPool.commonPool().invoke(new Part(rows, columns, 0, rows.length / WIDTH - 1, 0));
    }

    /** The sorted rows without repeats: the same array when there are none, else a shorter copy. */
    static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int row = 0; row < sorted.length; row += WIDTH) {
            if (kept == 0 || !Arrays.equals(sorted, row, row + WIDTH, sorted, kept - WIDTH, kept)) {
                System.arraycopy(sorted, row, sorted, kept, WIDTH);
                kept += WIDTH;
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    /** Quicksort with the median of three as pivot, recursing into the smaller part. */
    private static void sort(long[] a, int[] c, int lo, int hi) {
        while (hi - lo > INSERTION_SORT_ROWS) {
            int p = partition(a, c, lo, hi);
            if (p - lo < hi - p) {
                sort(a, c, lo, p - 1);
                lo = p + 1;
            } else {
                sort(a, c, p + 1, hi);
                hi = p - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, c, j, j - 1) < 0; j--) {
                swap(a, j, j - 1);
            }
        }
    }

    /** Splits rows lo to hi (more than three) around a pivot; returns where the pivot ends. */
    private static int partition(long[] a, int[] c, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        if (compare(a, c, mid, lo) < 0) swap(a, mid, lo);
        if (compare(a, c, hi, lo) < 0) swap(a, hi, lo);
        if (compare(a, c, hi, mid) < 0) swap(a, hi, mid);
        int pivot = hi - 1;
        swap(a, mid, pivot);
        int i = lo;
        int j = pivot;
        while (true) {
            while (compare(a, c, ++i, pivot) < 0) {}
            while (compare(a, c, --j, pivot) > 0) {}
            if (i >= j) break;
            swap(a, i, j);
        }
        swap(a, i, pivot);
        return i;
    }

    /** The two sides of a large partition sorted on two cores: the sort is a third of a load's time. */
    private static final class Part extends RecursiveAction {
        private final long[] a;
        private final int[] c;
        private final int lo;
        private final int hi;
        private final int depth;

        Part(long[] a, int[] c, int lo, int hi, int depth) {
            this.a = a;
            this.c = c;
            this.lo = lo;
            this.hi = hi;
            this.depth = depth;
        }

        @Override
        protected void compute() {
            if (hi - lo < PARALLEL_ROWS || depth == PARALLEL_DEPTH) {
                sort(a, c, lo, hi);
                return;
            }
            int p = partition(a, c, lo, hi);
            invokeAll(new Part(a, c, lo, p - 1, depth + 1), new Part(a, c, p + 1, hi, depth + 1));
        }
    }

    private static int compare(long[] a, int[] columns, int x, int y) {
        for (int column : columns) {
            int c = Long.compare(a[x * WIDTH + column], a[y * WIDTH + column]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void swap(long[] a, int x, int y) {
        for (int k = 0; k < WIDTH; k++) {
            long t = a[x * WIDTH + k];
            a[x * WIDTH + k] = a[y * WIDTH + k];
            a[y * WIDTH + k] = t;
        }
    }
}
